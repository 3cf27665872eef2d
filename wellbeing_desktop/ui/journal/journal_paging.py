"""The search results after the first page: read when the list asks, or when the user pauses.

A search shows its first page at once (more than a screen holds, and cheaper to read and
lay out than the whole list); the rest, up to the search's limit, is read by running the
same search with the whole limit. Its order is fully determined (newest day, rank, row
id), so the first page is the start of the whole list and the rest follows it as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from wellbeing_desktop.ui.journal.journal_models import hit_rows

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QAbstractItemView

    from wellbeing_desktop.services.journal import Journal, SearchHit
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.journal.journal_models import JournalListModel, JournalRow

FIRST_PAGE = 40  # hits read at once: a hit's row is ~64 px, a screen holds about ten
REST_DELAY_MS = 300  # the user has paused: read the rest (for reading, screen readers)


class HitPager(QObject):
    """Hands the model the hits after its first page, once, for the search last started.

    Signals:
    arrived(int): the rest is in the model; how many entries match now.
    failed(Exception): reading the rest failed (reaching the list's end tries again).
    """

    arrived = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        model: JournalListModel,
        list_view: QAbstractItemView,
        tasks: TaskRunner,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._list_view = list_view
        self._tasks = tasks
        self._journal: Journal | None = None
        self._query = ""
        self._limit = 0
        self._token = 0  # which search the rest belongs to
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REST_DELAY_MS)
        self._timer.timeout.connect(self.fetch)
        model.more_wanted.connect(self.fetch)

    def start(self, journal: Journal, query: str, limit: int) -> None:
        """The model shows the first page of ``query``'s hits; read the rest after a pause."""
        self.stop()
        self._journal, self._query, self._limit = journal, query, limit
        self._timer.start()

    def stop(self) -> None:
        """Forget the search: its rest is not read, or is dropped when it comes."""
        self._token += 1
        self._timer.stop()
        self._journal = None

    def fetch(self) -> None:
        self._timer.stop()
        journal, query, limit, token = self._journal, self._query, self._limit, self._token
        if journal is None or not self._model.has_more:
            return
        self._journal = None  # read once
        self._tasks.run(
            lambda: journal.search(query, limit=limit),
            lambda hits: self._done(token, hits),
            lambda exc: self._failed(token, journal, exc),
        )

    def _done(self, token: int, hits: list[SearchHit]) -> None:
        if token != self._token or not self._model.has_more:
            return
        rows, shown = hit_rows(hits), self._model.rows()
        if rows[: len(shown)] == shown:
            self._model.append_rows(rows[len(shown) :])
        else:  # the journal changed in between (another process wrote): show it as it is
            self._replace(rows)
        self.arrived.emit(getattr(hits, "total", len(hits)))

    def _replace(self, rows: Sequence[JournalRow]) -> None:
        """Show the whole new list, the keyboard still on the day it was on."""
        current = self._list_view.currentIndex()
        day = self._model.rows()[current.row()].day if current.isValid() else None
        self._model.set_rows(rows, with_year=self._model.with_year)
        for row, shown in enumerate(self._model.rows()):
            if shown.day == day:
                index = self._model.index(row)
                self._list_view.setCurrentIndex(index)
                self._list_view.scrollTo(index)
                break

    def _failed(self, token: int, journal: Journal, exc: Exception) -> None:
        if token == self._token:
            self._journal = journal  # the list's end asks again
            self._model.ask_again()
            self.failed.emit(exc)
