"""The start with a remembered key: Today painted from a snapshot, the journal opened after.

Importing the services (SQLAlchemy, the ORM, ours) costs a start a few hundred
milliseconds of CPU. A start whose key is remembered does not wait for them: a worker
reads the key from the Secret Service and what Today shows through the SQLCipher driver
alone (``services.today_snapshot``), the window shows Today from that, ready for typing,
and another worker then imports the services and opens the ``Journal`` with the same key.
What is typed meanwhile is saved by Today's autosave once the journal is open; a lock or
a close in between waits for the open (``JournalSession.settle_opening``), then saves.

Anything unusual (no snapshot: a locked keyring, a damaged file, a schema to update,
first run) goes the ordinary way (``MainWindow._open_with_keyring``). When the Secret
Service surely holds no key for the journal (``NothingRememberedError``) the keyring is
not read the ordinary way either: the window waits for the passphrase, whose unlock
paints Today from a snapshot too (``show_and_open``), the services imported after that.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from wellbeing_desktop.ui.shell.first_paint import FirstPaint
from wellbeing_desktop.ui.shell.lock_reason import LockNote, LockReason
from wellbeing_desktop.ui.shell.pages import Page

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.today_snapshot import TodaySnapshot
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow

OPEN_WAIT_SECONDS = 60.0  # a lock waits this long for the open under way (SQLCipher, imports)
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

    def start(self) -> None:
        """Read the snapshot in a worker; Today shows it, else the ordinary start goes on."""
        self._tasks.run(self._read_snapshot, self._read, self._not_read)

    def _not_read(self, exc: Exception) -> None:
        from wellbeing_desktop.services.today_snapshot import NothingRememberedError

        if isinstance(exc, NothingRememberedError) and isValid(self._window):
            self._window.nothing_remembered()  # the passphrase is asked; no keyring read
            return
        self._read(None)

    def _read(self, snapshot: TodaySnapshot | None) -> None:
        window = self._window
        if not isValid(window) or not isValid(self):
            return
        if snapshot is None or window.session.is_open:
            window.open_with_keyring_as_usual()
            return
        self._open(snapshot.data_key, after_paint=self._show(snapshot))

    def show_and_open(self, snapshot: TodaySnapshot, passphrase: str, *, show: bool) -> None:
        """The passphrase unlock: Today from ``snapshot`` (if ``show``), then the open.

        Without ``show`` (the user goes back to another page or day) the unlock view
        stays until the journal is open.
        """
        today = self._show(snapshot) if show else None
        self._open(snapshot.data_key, passphrase, after_paint=today)

    def _show(self, snapshot: TodaySnapshot) -> QWidget:
        from wellbeing_desktop.ui.today.start_focus import focus_first_field
        from wellbeing_desktop.ui.today.today_view import TodayView

        window = self._window
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
        once). A lock or close before then starts it at once and waits (``settle``).
        """
        session = self._window.session
        opening: Future[Journal | None] = Future()
        self._opening = opening
        started = False

        def start() -> None:
            nonlocal started
            if started:
                return
            started = True
            self._tasks.run(open_journal, lambda _j: self.settle(), lambda _e: self.settle())

        def open_journal() -> Journal | None:
            try:
                journal = session.access.open_with_key(data_key, passphrase=passphrase)
            except BaseException as exc:
                opening.set_exception(exc)
                raise
            opening.set_result(journal)
            return journal

        self._start_open = start
        session.begin_opening(self.settle)
        if after_paint is None:
            start()
            return
        FirstPaint(after_paint, start, children=False)
        QTimer.singleShot(PAINT_WAIT_MS, self, start)

    def settle(self) -> None:
        """Take the opened journal (waiting for it if it is still opening) and show it."""
        opening, self._opening = self._opening, None
        if opening is None:
            return  # taken already (a lock waited for it)
        self._start_open()  # if a lock came before Today painted
        window = self._window
        window.session.end_opening()
        try:
            journal = opening.result(timeout=OPEN_WAIT_SECONDS)
        except Exception as exc:  # noqa: BLE001 - any failure: back to the unlock view
            _log.warning("journal not opened after the start's snapshot (%s)", type(exc).__name__)
            journal = None
        if not isValid(window):
            if journal is not None:
                journal.close()
            return
        if journal is not None and window.session.is_open:
            journal.close()  # opened otherwise meanwhile (cannot happen: the view is Today)
            return
        if journal is None:
            self._back_to_unlock()
            return
        window.open_journal(journal)

    def _back_to_unlock(self) -> None:
        """The open failed after Today showed: forget what it showed, ask the usual way."""
        from wellbeing_desktop.ui.today.today_view import TodayView

        window = self._window
        shell = window.built_shell
        today = shell.views.built(Page.TODAY) if shell is not None else None
        typed = isinstance(today, TodayView) and today.has_unsaved_edits
        if isinstance(today, TodayView):
            today.journal_closed()
        window.snapshot_failed()
        if typed:  # the unlock view says that what was typed is not saved
            window.unlock_view.show_lock_note(LockNote(LockReason.MANUAL, all_saved=False))
