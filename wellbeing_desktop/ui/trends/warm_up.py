"""The charts' libraries imported ahead, in idle time after the unlock.

Importing numpy and pyqtgraph takes a few hundred milliseconds, which the first show of
the Trends view would otherwise pay. Once the unlocked journal has painted and the day's
backup has had its moment, a worker imports them (and builds nothing: no widget, no Qt
object). Never before the unlock (the passphrase path's memory peak is the key
derivation's, and an unlock that fails never loads them), and once per process. The
worker holds the interpreter lock in turns of a few milliseconds, so the user's typing
goes on. The view's own modules are imported by the view itself, on the GUI thread.
The same worker then reads one week of numbers, kept nowhere, so the view's queries are
compiled by the time it is first shown.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from wellbeing_desktop.ui.shell.daily_backup import DELAY_MS as BACKUP_DELAY_MS
from wellbeing_desktop.ui.trends.chart_libraries import import_chart_libraries, loaded

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession

log = logging.getLogger(__name__)

# After the day's backup has started (its VACUUM mostly waits on SQLite and the disk).
DELAY_MS = BACKUP_DELAY_MS + 1000


class ChartWarmUp(QObject):
    """Imports the charts' libraries in a worker a moment after the journal opened.

    Then it has the Trends reads' queries compiled, on one week of the journal.
    """

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self._asked = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        session.locking.connect(self._timer.stop)

    def schedule(self) -> None:
        """Import them a moment from now, if the journal is still open then."""
        if not self._asked and not loaded():
            self._timer.start(DELAY_MS)

    def _start(self) -> None:
        if self._asked or not self._session.is_open:
            return  # locked meanwhile: the next unlock asks again
        self._asked = True
        journal = self._session.journal
        self._tasks.run(lambda: _warm_up(journal), _ignore, _failed)


def _warm_up(journal: Journal) -> None:
    """The libraries, then the Trends reads' queries over one week (compiled once)."""
    import_chart_libraries()
    # SQLAlchemy compiles a statement the first time it runs (a few ms for the grouped
    # day rows), which the first show would pay on top of its read. One week's numbers,
    # kept nowhere, have every query of the view's reads compiled.
    from wellbeing_desktop.domain.aggregation import Granularity
    from wellbeing_desktop.services.journal import JournalClosedError

    try:
        today = journal.today()
        journal.summaries(Granularity.WEEK, today - timedelta(days=6), today, keep=False)
        journal.day_points(today, today)
    except JournalClosedError:
        return  # locked meanwhile: the view reads when it is shown


def _ignore(_result: Any) -> None:
    """Nothing to show: the Trends view finds the modules imported."""


def _failed(exc: Exception) -> None:
    # The view imports them again when shown, and says so if that fails too.
    log.warning("Trends not warmed up ahead (%s)", type(exc).__name__)
