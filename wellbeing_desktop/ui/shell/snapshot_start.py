"""The start with a remembered key: Today painted from a snapshot, the journal opened after.

Importing the services (SQLAlchemy, the ORM, ours) costs a start a few hundred
milliseconds of CPU. A start whose key is remembered does not wait for them: a worker
reads the key from the Secret Service and what Today shows through the SQLCipher driver
alone (``services.today_snapshot``), the window shows Today from that, ready for typing,
and another worker then imports the services and opens the ``Journal`` with the same key.
What is typed meanwhile is saved by Today's autosave once the journal is open. A lock or a
close in between waits for nothing: the unlock view shows at once and says it is saving;
when the open completes, what was typed is saved and the journal closed, and the note
says so (or, if the open failed, what was not saved and why). A quit waits for the open.

Anything unusual (no snapshot: a locked keyring, a damaged file, a schema to update,
first run) goes the ordinary way (``MainWindow._open_with_keyring``). When the Secret
Service surely holds no key for the journal (``NothingRememberedError``) the keyring is
not read the ordinary way either: the window waits for the passphrase, whose unlock
paints Today from a snapshot too (``show_and_open``), the services imported after that.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from shiboken6 import isValid

from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.shell.first_paint import FirstPaint
from wellbeing_desktop.ui.shell.lock_reason import LockNote, LockReason
from wellbeing_desktop.ui.shell.pages import Page

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from wellbeing_desktop.domain.language import Language
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.today_snapshot import TodaySnapshot
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow
    from wellbeing_desktop.ui.today.today_view import TodayView

OPEN_WAIT_SECONDS = 60.0  # a quit waits this long for the open under way (SQLCipher, imports)
PAINT_WAIT_MS = 300  # the open starts after Today's paint, or after this at the latest

_log = logging.getLogger(__name__)


class SnapshotStart(QObject):
    """Today from the start's snapshot, then the journal (see the module's docstring).

    ``read_snapshot`` runs in a worker: the snapshot, or None for the ordinary way
    (``MainWindow.open_with_keyring_as_usual``).
    """

    def __init__(
        self,
        window: MainWindow,
        tasks: TaskRunner,
        read_snapshot: Callable[[], TodaySnapshot | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._read_snapshot = read_snapshot
        self._opening: Future[Journal | None] | None = None
        self._start_open: Callable[[], None] = lambda: None
        self._lock_note: LockNote | None = None  # a lock came while the journal opened
        self._quit_hooked = False
        self.reading = False  # the snapshot is being read (``start``) and not shown yet

    def start(self) -> None:
        """Read the snapshot in a worker; Today shows it, else the ordinary start goes on."""
        self.reading = True
        self._tasks.run(self._read_snapshot, self._read, self._not_read)

    def _not_read(self, exc: Exception) -> None:
        from wellbeing_desktop.services.today_snapshot import NothingRememberedError

        self._after_reading()
        if isinstance(exc, NothingRememberedError) and isValid(self._window):
            self._window.nothing_remembered()  # the passphrase is asked; no keyring read
            return
        self._read(None)

    def _after_reading(self) -> None:
        """The snapshot's read is over: the window's after-paint work goes now."""
        self.reading = False
        if isValid(self._window):
            self._window.after_first_paint()

    def _read(self, snapshot: TodaySnapshot | None) -> None:
        window = self._window
        if not isValid(window) or not isValid(self):
            return
        if self._opening is not None or window.session.is_open or snapshot is None:
            self._after_reading()  # nothing to show from it
            if snapshot is None and self._opening is None and not window.session.is_open:
                window.open_with_keyring_as_usual()
            return  # else the passphrase was typed meanwhile and opens it: one open only
        self._open(snapshot.data_key, after_paint=self._show(snapshot))

    def show_and_open(self, snapshot: TodaySnapshot, passphrase: str, *, show: bool) -> None:
        """The passphrase unlock: Today from ``snapshot`` (if ``show``), then the open.

        Without ``show`` (the user goes back to another page or day) the unlock view
        stays until the journal is open. Nothing when a journal is opening already (the
        remembered key's, started while the passphrase was checked): one open only.
        """
        if self._opening is not None or self._window.session.is_open:
            _log.info("passphrase unlock dropped: the journal is opening already")
            return
        today = self._show(snapshot) if show else None
        self._open(snapshot.data_key, passphrase, after_paint=today)

    def _show(self, snapshot: TodaySnapshot) -> QWidget:
        from wellbeing_desktop.ui.today.start_focus import focus_first_field
        from wellbeing_desktop.ui.today.today_view import TodayView

        window = self._window
        # The screen-lock watcher starts before anything of the journal shows (the idle
        # lock and the rest of the after-paint work come after Today's paint).
        window.system_lock  # noqa: B018
        window.session.set_language(snapshot.settings.language)
        shell = window.build_shell()
        today = shell.views[Page.TODAY]
        assert isinstance(today, TodayView)
        today.show_snapshot(snapshot)
        window.stack.setCurrentWidget(shell)
        shell.show_page(Page.TODAY)
        focus_first_field(today)
        return today

    def _open(
        self, data_key: bytes, passphrase: str | None = None, *, after_paint: QWidget | None
    ) -> None:
        """Open the journal in a worker with the snapshot's key (and its passphrase).

        Once ``after_paint`` (Today) has painted, or after ``PAINT_WAIT_MS`` at most: the
        services' imports would otherwise take the interpreter from that paint (None: at
        once). A lock before then starts it at once (``lock_while_opening``).
        """
        session = self._window.session
        opening: Future[Journal | None] = Future()
        self._opening = opening
        self._lock_note = None
        started = False

        def start() -> None:
            nonlocal started
            if started:
                return
            started = True
            self._tasks.run(open_journal, lambda _j: self._done(opening), self._failed_late)
            if self.reading:
                self._after_reading()  # Today painted (or waited for long enough)

        def open_journal() -> Journal | None:
            try:
                journal = session.access.open_with_key(data_key, passphrase=passphrase)
            except BaseException as exc:
                opening.set_exception(exc)
                raise
            opening.set_result(journal)
            return journal

        self._start_open = start
        session.begin_opening(self._locked)
        app = QCoreApplication.instance()
        if app is not None and not self._quit_hooked:
            self._quit_hooked = True
            app.aboutToQuit.connect(self.finish_before_quit)
        if after_paint is None:
            start()
            return
        FirstPaint(after_paint, start, children=False)
        QTimer.singleShot(PAINT_WAIT_MS, self, start)

    def _failed_late(self, _exc: Exception) -> None:
        opening = self._opening
        if opening is not None and opening.done():
            self._done(opening)

    def _locked(self) -> None:
        """A lock came while the journal opens: close it once open (``lock_while_opening``)."""
        if self._opening is not None and self._lock_note is None:
            self.lock_while_opening(LockNote(LockReason.MANUAL))

    def lock_while_opening(self, note: LockNote) -> None:
        """A lock (or close) while the journal opens: the unlock view shows now, and says so.

        Nothing waits: Today keeps what was typed, hidden; once the open completes it is
        saved and the journal closed (``_done``), and ``note`` then says what became of it.
        """
        if self._opening is None:
            return
        self._start_open()  # if the lock came before Today painted
        self._lock_note = note
        today = self._today()
        typed = today is not None and today.has_unsaved_edits
        self._window.unlock_view.show_lock_note(replace(note, saving=typed))

    def finish_before_quit(self) -> None:
        """The app quits while the journal opens: wait for it, save what was typed, close."""
        opening = self._opening
        if opening is None or not isValid(self._window):
            return
        if self._lock_note is None:
            self._lock_note = LockNote(LockReason.WINDOW_CLOSED)
        self._start_open()
        try:
            opening.exception(timeout=OPEN_WAIT_SECONDS)
        except TimeoutError:
            _log.warning("journal still opening at quit: what was typed was not saved")
            self._opening = None
            opening.add_done_callback(_close_if_opened)  # no one will take it
            return
        self._done(opening)

    def _today(self) -> TodayView | None:
        from wellbeing_desktop.ui.today.today_view import TodayView

        shell = self._window.built_shell
        today = shell.views.built(Page.TODAY) if shell is not None else None
        return today if isinstance(today, TodayView) else None

    def _done(self, opening: Future[Journal | None]) -> None:
        """The open completed: show the journal, or (locked meanwhile) save and close it."""
        journal, error = self._result(opening)
        if not isValid(self) or not isValid(self._window):
            if journal is not None:
                journal.close()  # no one to take it
            return
        if opening is not self._opening:
            return  # taken already (``finish_before_quit``)
        self._opening = None
        window = self._window
        window.session.end_opening()
        note, self._lock_note = self._lock_note, None
        if journal is not None and window.session.is_open:
            journal.close()  # opened otherwise meanwhile (the passphrase after a lock)
            return
        if journal is None:
            self._not_opened(error, note)
            return
        if note is None:
            window.open_journal(journal)
            return
        # Locked while it opened: what was typed is saved, then the journal closes.
        session = window.session
        session.open(journal)
        all_saved = session.close()
        if window.stack.currentWidget() is window.unlock_view:
            window.unlock_view.show_lock_note(replace(note, all_saved=all_saved, saving=False))

    @staticmethod
    def _result(opening: Future[Journal | None]) -> tuple[Journal | None, BaseException | None]:
        error = opening.exception()
        if error is not None:
            _log.warning("journal not opened after the start's snapshot (%s)", type(error).__name__)
            return None, error
        journal = opening.result()
        if journal is None:
            _log.warning("journal not opened after the start's snapshot (the key changed)")
        return journal, None

    def _not_opened(self, error: BaseException | None, note: LockNote | None) -> None:
        """The open failed after Today showed: forget what it showed, say why, ask again."""
        today = self._today()
        typed = today is not None and today.has_unsaved_edits
        if today is not None:
            today.journal_closed()
        window = self._window
        if note is None:
            window.snapshot_failed()
            note = LockNote(LockReason.MANUAL)
        window.unlock_view.show_lock_note(
            replace(note, all_saved=False, saving=False, problem=_why(error), typed=typed)
        )


def _close_if_opened(opening: Future[Journal | None]) -> None:
    """Close the journal an open left with no one to take it (in the worker that opened it)."""
    journal = None if opening.exception() is not None else opening.result()
    if journal is not None:
        journal.close()


KEY_CHANGED: Message = translatable(
    "snapshot_start",
    "The journal's passphrase or key was changed by another program while it opened.",
)


UNEXPECTED_OPEN: Message = translatable(
    "snapshot_start", "Something went wrong while the journal opened ({name})."
)


def _why(error: BaseException | None) -> Callable[[Language], str]:
    """Why the open failed, one sentence in a language (None: the key no longer fits)."""
    from wellbeing_desktop.ui.common.tasks import user_message

    if error is None:
        return lambda language: tr(KEY_CHANGED, language)
    from wellbeing_desktop.domain.errors import WellbeingError

    if not isinstance(error, WellbeingError):
        # Not the tasks' "… Nothing was lost": said after "what you typed was not saved".
        name = type(error).__name__
        return lambda language: tr(UNEXPECTED_OPEN, language).format(name=name)
    exc = error
    return lambda language: user_message(exc, language)
