"""The open journal as the GUI sees it: who holds it, what changed, what language to speak."""

from __future__ import annotations

import threading
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    # Imported when first needed, not at start: services pull SQLAlchemy, keyring and
    # cryptography, and the unlock window paints before them (see ``deferred``).
    from collections.abc import Callable

    from wellbeing_desktop.domain.language import Language
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.calendar import CalendarReader
    from wellbeing_desktop.services.journal import Journal


class Change(StrEnum):
    """What a write touched, so each view refreshes only when it must (Anki's OpChanges)."""

    DAY = "day"
    SPARRING = "sparring"
    ONE_ON_ONE = "one_on_one"
    WHO5 = "who5"
    SETTINGS = "settings"
    CATALOGUE = "catalogue"


class JournalSession(QObject):
    """Holds the unlocked journal while it is open.

    Signals:
        opened(): a journal was unlocked; views may load.
        closing(): the journal is about to lock, or the window to hide (``flush``); views
            save what is pending, now (and keep showing it); a view that could not save
            it all says so with ``report_unsaved``.
        locking(): the journal closes next (after ``closing``, not on a mere hide): a
            write under way off the GUI thread must end now (it is waited for).
        closed(): the journal was locked; views must drop everything they show.
        changed(Change, object): something was written; the object is the view that wrote.
        language_changed(Language): the user chose another language.
    """

    opened = Signal()
    closing = Signal()
    locking = Signal()
    closed = Signal()
    changed = Signal(object, object)
    language_changed = Signal(object)

    def __init__(
        self,
        access: JournalAccess | None,
        language: Language,
        parent: QObject | None = None,
        *,
        paths: JournalPaths | None = None,
        make_access: Callable[[], JournalAccess] | None = None,
    ) -> None:
        super().__init__(parent)
        if access is None and (paths is None or make_access is None):
            raise ValueError("a session needs an access, or the paths and a way to make one")
        self._access = access
        self._make_access = make_access
        self._making = threading.Lock()  # the access may first be asked for in a worker
        self._paths = paths
        self._journal: Journal | None = None
        self._language = language
        self._unsaved = False  # a view could not save on the last ``closing``
        self._calendar: CalendarReader | None = None
        # A journal opening in a worker while a view already shows its snapshot (the
        # start with a remembered key): called to wait for it and open it here.
        self._settle_opening: Callable[[], None] | None = None

    @classmethod
    def deferred(
        cls, paths: JournalPaths, make_access: Callable[[], JournalAccess], language: Language
    ) -> JournalSession:
        """A session whose ``JournalAccess`` is made on first use.

        A session whose ``JournalAccess`` is made on first use (by ``make_access``),
        so that the app can paint its first window before importing the services.
        """
        return cls(None, language, paths=paths, make_access=make_access)

    @property
    def access(self) -> JournalAccess:
        """The journal's access, made here once when deferred.

        The journal's access; a deferred session makes it here, once (thread-safe:
        the window asks for it in a worker first, to import the services there).
        """
        if self._access is None:
            with self._making:
                if self._access is None:
                    assert self._make_access is not None
                    self._access = self._make_access()
                    self._make_access = None
        return self._access

    @property
    def has_access(self) -> bool:
        """Whether the ``JournalAccess`` is made.

        Whether the ``JournalAccess`` is made (it is, unless the session is deferred
        and nothing has asked for it yet).
        """
        return self._access is not None

    def journal_exists(self) -> bool:
        """Whether a journal is there to unlock (without making the access if deferred)."""
        if self._access is None and self._paths is not None:
            return self._paths.journal_exists()
        return self.access.exists()

    @property
    def is_open(self) -> bool:
        return self._journal is not None and self._journal.is_open

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            from wellbeing_desktop.services.journal import JournalClosedError

            raise JournalClosedError()
        return self._journal

    @property
    def calendar_reader(self) -> CalendarReader:
        """The app's one calendar reader (issue #16): days read stay while files are unchanged.

        Made on first use; forgotten when the journal locks, so no title stays in memory.
        """
        if self._calendar is None:
            from wellbeing_desktop.services.calendar import CalendarReader

            self._calendar = CalendarReader()
        return self._calendar

    def forget_calendar(self) -> None:
        """Drop the calendar days read (the journal locked, or a read came back too late)."""
        if self._calendar is not None:
            self._calendar.forget()

    @property
    def language(self) -> Language:
        return self._language

    def set_language(self, language: Language) -> None:
        if language is not self._language:
            self._language = language
            self.language_changed.emit(language)

    @property
    def is_opening(self) -> bool:
        """Whether a journal is opening in a worker (its views may already show it)."""
        return self._settle_opening is not None

    def begin_opening(self, settle: Callable[[], None]) -> None:
        """A journal opens in a worker; ``settle`` is told when a lock comes meanwhile.

        Until the open completes a view may show a snapshot and take typing. ``close``
        (a lock) calls ``settle``, which must not wait: the opener saves what was typed
        and closes the journal once the open completes (or says what was not saved).
        ``is_opening`` stays true until ``end_opening``.
        """
        self._settle_opening = settle

    def end_opening(self) -> None:
        """The opening journal was opened (or failed): nothing to wait for any more."""
        self._settle_opening = None

    def settle_opening(self) -> None:
        """A lock came while a journal opens: its opener closes it once opened (no wait)."""
        if self._settle_opening is not None:
            self._settle_opening()

    def open(self, journal: Journal) -> None:
        self._journal = journal
        self.set_language(journal.settings().language)
        self.opened.emit()

    def flush(self) -> bool:
        """Views save what is pending now; the journal stays open (the window hides).

        Returns:
            Whether every view saved all of it (``True`` when no journal is open; ``False``
            while one is still opening: what was typed saves when it is open).
        """
        if self._journal is None:
            return not self.is_opening
        self._unsaved = False
        self.closing.emit()
        return not self._unsaved

    def report_unsaved(self) -> None:
        """A view could not save all that was typed (while ``closing`` is handled)."""
        self._unsaved = True

    def close(self) -> bool:
        """Lock: views save what is pending, the journal closes, then views clear.

        Returns:
            Whether every view saved all that was typed before the journal closed
            (``True`` when no journal was open).
        """
        self.settle_opening()
        if self._journal is None:
            return True
        all_saved = self.flush()
        self.locking.emit()
        self._journal.close()
        self._journal = None
        self.forget_calendar()
        self.closed.emit()
        return all_saved

    def notify(self, change: Change, initiator: object = None) -> None:
        self.changed.emit(change, initiator)
