"""The Trends view's reads of the journal, one at a time, and what their results become.

Each read runs on a worker thread and holds a connection and the rows of up to ten
years, so only one runs at a time: a read asked for meanwhile waits, and only the newest
one is made. A result that arrives after the user asked for something else (a newer
generation), or after the journal was locked, is dropped.
"""

from __future__ import annotations

from time import perf_counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from wellbeing_desktop.services.trends_data import (
    heat_span,
    load_day_points,
    load_insights,
    load_trends,
)
from wellbeing_desktop.ui.common.tasks import user_message

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.domain.insights import DayPoint, Insight
    from wellbeing_desktop.services.trends_data import HeatYear, TrendsData
    from wellbeing_desktop.ui.trends.trends_view import TrendsView

SHOW_BUSY_AFTER_MS = 250


class TrendsReads(QObject):
    """The read queue of one Trends view: chart numbers, insights, a year's days."""

    def __init__(self, view: TrendsView) -> None:
        super().__init__(view)
        self._view = view
        self.generation = 0  # of chart data; a late result of an older one is dropped
        self.insight_generation = 0
        self.insights_pending = False  # the strip (and the charts' places) may still move
        self.heat_generation = 0
        # One read of the journal at a time (each holds a connection and the rows of up to
        # ten years): a read asked for meanwhile waits, and only the newest one is made.
        self.reading = False
        self.want_data = False
        self.want_insights = False
        self.busy_timer = QTimer(self)
        self.busy_timer.setSingleShot(True)
        self.busy_timer.setInterval(SHOW_BUSY_AFTER_MS)
        self.busy_timer.timeout.connect(view.show_busy)
        self.quiet = False  # the newest read only checks for changes (read_data)
        self.recheck_wanted = False  # the view was shown while settling: check once settled

    @property
    def settling(self) -> bool:
        """Whether numbers or insights are still on their way (the page may still move)."""
        return self.reading or self.want_data or self.insights_pending

    def read_data(self, quiet: bool = False) -> None:
        """Read the view's choice again; reads under way or waiting are for an older one.

        ``quiet``: a check that the journal did not change meanwhile; the same numbers
        coming back are not drawn again (nor their insights asked for).
        """
        # Their results are dropped (the insights are asked again for the new numbers).
        self.quiet = quiet
        self.generation += 1
        self.heat_generation += 1
        if self.want_insights or self.insights_pending:
            self.insight_generation += 1
            self.insights_pending = False
        self.want_data = True
        self.want_insights = False
        if not quiet and not self.busy_timer.isActive():
            self.busy_timer.start()
        self._next_read()

    def read_insights(self) -> None:
        """Ask for the insights of the numbers shown (after the read under way, if any)."""
        view = self._view
        data = view.data
        self.insight_generation += 1
        self._insights_settled()
        if data is None or not view.session.is_open:
            return
        start = data.start
        if start is None or not data.days_logged:
            view.insights.clear()  # the status line already says nothing is logged
            return
        view.insights.show_working(view.session.language)
        self.insights_pending = True
        self.want_insights = True
        self._next_read()

    def read_heat(self, heat: HeatYear) -> None:
        """Read the days of another year for the calendar heatmap."""
        view = self._view
        data = view.data
        if data is None or not view.session.is_open or view.heatmap is None:
            return
        start, end = heat_span(data.request.end, heat)
        self.heat_generation += 1
        generation = self.heat_generation
        journal = view.session.journal
        view.tasks.run(
            lambda: load_day_points(journal, start, end),
            lambda points: self._heat_loaded(generation, points, start, end),
            lambda exc: self._heat_failed(generation, exc),
        )

    def drop(self) -> None:
        """Forget every read: results still on their way are dropped when they come."""
        self.generation += 1
        self.insight_generation += 1
        self.insights_pending = False
        self.want_data = self.want_insights = False
        self.heat_generation += 1
        self.recheck_wanted = False
        self.busy_timer.stop()

    # --- the queue ---------------------------------------------------------------------

    def _next_read(self) -> None:
        """Start the read that is wanted, unless one is under way (it calls this when done)."""
        if self.reading or not self._view.session.is_open:
            return
        if self.want_data:
            self.want_data = False
            self._read_data()
        elif self.want_insights:
            self.want_insights = False
            self._read_insights()

    def _read_done(self) -> None:
        self.reading = False
        self._next_read()
        self._recheck_if_wanted()

    def _recheck_if_wanted(self) -> None:
        # After the handler under way (it may ask for insights, which settle later).
        if self.recheck_wanted and not self.settling:
            self.recheck_wanted = False
            QTimer.singleShot(0, self._view, self._view.recheck)

    def _current(self, generation: int, newest: int) -> bool:
        return generation == newest and self._view.session.is_open

    # --- chart numbers -----------------------------------------------------------------

    def _read_data(self) -> None:
        view = self._view
        journal = view.session.journal
        request = view.current_request(journal.today())
        generation = self.generation
        started = perf_counter()
        self.reading = True
        view.tasks.run(
            lambda: load_trends(journal, request),
            lambda data: self._loaded(generation, data, started),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, data: TrendsData, started: float) -> None:
        self._read_done()
        if not self._current(generation, self.generation):
            return  # the user asked for something else meanwhile, or locked
        view = self._view
        self.busy_timer.stop()
        if self.quiet and data == view.data:
            return  # checked: nothing changed
        view.last_fetch_ms = (perf_counter() - started) * 1000
        view.show_message("")
        view.show_data(data)
        self.read_insights()

    def _failed(self, generation: int, exc: Exception) -> None:
        self._read_done()
        if not self._current(generation, self.generation):
            return
        view = self._view
        self.busy_timer.stop()
        view.show_status()
        view.show_message(user_message(exc, view.session.language))
        self._insights_settled()  # no insights will come: the charts may be built

    # --- insights ----------------------------------------------------------------------

    def _read_insights(self) -> None:
        view = self._view
        data = view.data
        if data is None or data.start is None:
            return
        start, end = data.start, data.request.end
        language = view.session.language
        journal = view.session.journal
        generation = self.insight_generation
        self.reading = True
        view.tasks.run(
            lambda: load_insights(journal, start, end, language, data),
            lambda found: self._insights_loaded(generation, found),
            lambda exc: self._insights_failed(generation, exc),
        )

    def _insights_loaded(self, generation: int, found: tuple[Insight, ...]) -> None:
        self._read_done()
        if not self._current(generation, self.insight_generation):
            return
        self._view.insights.show_insights(found, self._view.session.language)
        self._insights_settled()

    def _insights_failed(self, generation: int, exc: Exception) -> None:
        self._read_done()
        if self._current(generation, self.insight_generation):
            self._insights_settled()
            self._view.insights.show_message(user_message(exc, self._view.session.language))

    def _insights_settled(self) -> None:
        self.insights_pending = False
        self._view.places.look()
        self._recheck_if_wanted()

    # --- a year's days -----------------------------------------------------------------

    def _heat_failed(self, generation: int, exc: Exception) -> None:
        if self._current(generation, self.heat_generation):
            self._view.show_message(user_message(exc, self._view.session.language))

    def _heat_loaded(
        self, generation: int, points: tuple[DayPoint, ...], start: date, end: date
    ) -> None:
        if self._current(generation, self.heat_generation):
            self._view.show_heat_days(points, start, end)
