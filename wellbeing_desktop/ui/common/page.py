"""The base of every page of the unlocked app: the wiring to the session each page repeats.

A page builds its widgets in ``__init__`` (after ``super().__init__``), then calls
``connect_session()`` last. The session's signals reach the page through five hooks; a
page overrides the ones it needs (each default does nothing):

- ``journal_opened()``: a journal was unlocked (also called by ``connect_session`` when
  one is open already);
- ``journal_closing()``: the journal is about to lock or the window to hide: save what
  is pending, now, and return ``False`` if some of it could not be saved (the lock
  screen then does not claim that everything typed was saved);
- ``journal_closed()``: the journal locked: no widget may keep a word of it (also called
  by ``connect_session(clear_when_locked=True)`` when no journal is open);
- ``journal_changed(change, initiator)``: something was written (``initiator`` is the
  view that wrote; a page usually ignores its own writes);
- ``retranslate(language)``: the user chose another language (also called once by
  ``connect_session``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from wellbeing_desktop.ui.common.wheel import guard_wheel

if TYPE_CHECKING:
    from wellbeing_desktop.domain.language import Language
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import Change, JournalSession


class PageView(QWidget):
    """A page of the unlocked app (Today, Journal, Trends, Sparring, 1:1, Settings)."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")  # the style sheet's page background
        self._session = session
        self._tasks = tasks

    def connect_session(self, *, clear_when_locked: bool = False) -> None:
        """Wire the session's signals to the hooks, show the words, load if open.

        Called once, at the end of the page's ``__init__``. With ``clear_when_locked``,
        a page built while no journal is open starts from ``journal_closed()``.
        """
        session = self._session
        session.opened.connect(self.journal_opened)
        session.closing.connect(self._closing)
        session.closed.connect(self.journal_closed)
        session.changed.connect(self.journal_changed)
        session.language_changed.connect(self.retranslate)
        self.retranslate(session.language)
        if session.is_open:
            self.journal_opened()
        elif clear_when_locked:
            self.journal_closed()

    def _closing(self) -> None:
        if self.journal_closing() is False:
            self._session.report_unsaved()

    # --- hooks ---------------------------------------------------------------------------

    def journal_opened(self) -> None:
        """A journal was unlocked: load what the page shows."""

    def journal_closing(self) -> bool | None:
        """The journal is about to lock: save what is pending (``False``: not all of it)."""

    def journal_closed(self) -> None:
        """The journal locked: drop everything of it."""

    def journal_changed(self, change: Change, initiator: object) -> None:
        """Something was written by ``initiator`` (maybe this page)."""

    def retranslate(self, language: Language) -> None:
        """Show the page's words in ``language``."""


def page_scroll_area(content: QWidget) -> QScrollArea:
    """The frameless scroll area a page's content scrolls in (vertically only)."""
    scroll = QScrollArea()
    scroll.setObjectName("pageScroll")
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    _FitsWidth(scroll, content)
    guard_wheel(content)  # scrolling the page never changes a figure it passes over
    return scroll


class _FitsWidth(QObject):
    """Gives a page's content the height it needs at the width it is shown at.

    A resizable scroll area sizes its content by the content's minimum size hint, which
    does not know that word-wrapped text takes more lines in a narrow window: the
    content was squeezed and its last lines cut off instead of the page scrolling.
    """

    def __init__(self, scroll: QScrollArea, content: QWidget) -> None:
        super().__init__(scroll)
        self._viewport = scroll.viewport()
        self._content = content
        self._viewport.installEventFilter(self)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if getattr(self, "_viewport", None) is None:
            # Qt can deliver one more event while Python's garbage collector takes this
            # filter apart (its attributes already cleared): nothing is left to fit.
            return False
        kind = event.type()
        if (watched is self._viewport and kind == QEvent.Type.Resize) or (
            watched is self._content and kind == QEvent.Type.LayoutRequest
        ):
            self._fit()
        return False

    def _fit(self) -> None:
        content = self._content
        if content.hasHeightForWidth():
            needed = max(
                content.heightForWidth(self._viewport.width()),
                content.minimumSizeHint().height(),
            )
            if needed > 0 and needed != content.minimumHeight():
                content.setMinimumHeight(needed)
