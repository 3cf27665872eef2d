"""The day's automatic backup, made after the unlocked journal is on screen.

Opening the journal no longer makes it (issue #20: a read never pays for it). The window
asks for it once the journal's first page has had time to paint: the backup runs off
the GUI thread (``Journal.backup_if_due``: a ``VACUUM INTO`` on a connection of its own,
verified, then placed; nothing when not due), so typing goes on meanwhile. A lock, or
closing the window, waits for it while the journal is still open (``JournalSession.locking``),
so the journal never closes under it; a failure is logged by its kind only and never
stops the user (the next unlock tries again, as the backup is then still due).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from wellbeing_desktop.ui.common.guarded_tasks import GuardedTasks

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession


# After the journal opened: its first page paints (a few tens of ms) and the user reads
# it first; the backup goes after that, never in the way of the first paint.
DELAY_MS = 1500


class DailyBackup(QObject):
    """Makes the day's backup once the unlocked journal has painted; a lock waits for it."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._guarded = GuardedTasks(tasks)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._journal: Journal | None = None
        session.locking.connect(self._journal_locking)

    def schedule(self, journal: Journal) -> None:
        """Make ``journal``'s backup a moment from now, if it is due then."""
        self._journal = journal
        self._timer.start(DELAY_MS)

    @property
    def running(self) -> bool:
        """Whether a backup is being made now (off the GUI thread)."""
        return self._guarded.writing

    def _start(self) -> None:
        journal, self._journal = self._journal, None
        session = self._session
        if journal is None or not session.is_open or session.journal is not journal:
            return  # locked meanwhile: the next unlock asks again
        self._guarded.run_write(lambda: _backup_if_due(journal), _ignore, _ignore)

    def _journal_locking(self) -> None:
        """The journal closes next: no backup starts now, one under way ends first."""
        self._timer.stop()
        self._journal = None
        self._guarded.finish()


def _backup_if_due(journal: Journal) -> None:
    # Imported here: this module is part of the start window, which imports no services.
    from wellbeing_desktop.services.access import daily_backup

    daily_backup(journal)  # a failure is logged by its kind, never raised


def _ignore(_result: Any) -> None:
    """The outcome is in the log (and in the backups folder); nothing to show."""
