"""What the Trends view asks the journal for, and what comes back (no widgets, no Qt).

``load_trends`` and ``load_insights`` run on a worker thread; they only call the
journal's service API and return frozen values the GUI thread draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.aggregation import Granularity, PeriodSummary, period_start

if TYPE_CHECKING:
    from wellbeing_desktop.domain.insights import DayPoint, Insight
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.journal import Journal


class TrendsRange(StrEnum):
    FOUR_WEEKS = "4w"
    QUARTER = "quarter"
    YEAR = "year"
    ALL = "all"
    CUSTOM = "custom"


# Ranges count whole ISO weeks back from (and including) the current one.
RANGE_WEEKS = {TrendsRange.FOUR_WEEKS: 4, TrendsRange.QUARTER: 13, TrendsRange.YEAR: 52}
# What a range starts with; the user may pick another granularity afterwards.
SUGGESTED_GRANULARITY = {
    TrendsRange.FOUR_WEEKS: Granularity.DAY,
    TrendsRange.QUARTER: Granularity.WEEK,
    TrendsRange.YEAR: Granularity.WEEK,
    TrendsRange.ALL: Granularity.MONTH,
}
HEATMAP_WEEKS = 53
# A custom range is shown by day up to six weeks (42 bars), by week up to a year and a
# week (53 bars, as the Year range), by month beyond.
CUSTOM_DAYS_BY_DAY = 42
CUSTOM_DAYS_BY_WEEK = 371


def suggested_granularity(
    range_: TrendsRange, custom: tuple[date, date] | None = None
) -> Granularity:
    """The granularity a range starts with (a custom one's fits its length).

    The user may pick another afterwards; this is what the range shows first.
    """
    if range_ is not TrendsRange.CUSTOM:
        return SUGGESTED_GRANULARITY[range_]
    if custom is None:
        return Granularity.DAY
    days = abs((custom[1] - custom[0]).days) + 1
    if days <= CUSTOM_DAYS_BY_DAY:
        return Granularity.DAY
    if days <= CUSTOM_DAYS_BY_WEEK:
        return Granularity.WEEK
    return Granularity.MONTH


@dataclass(frozen=True, slots=True)
class HeatYear:
    """The days the year calendar shows: ``year`` None is the 53 weeks up to ``end``."""

    year: int | None = None


@dataclass(frozen=True, slots=True)
class TrendsRequest:
    range: TrendsRange
    granularity: Granularity
    start: date | None  # None: from the first day in the journal
    end: date
    heat_start: date
    heat_end: date


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def resolve_request(
    range_: TrendsRange,
    granularity: Granularity,
    today: date,
    custom: tuple[date, date] | None = None,
    heat: HeatYear | None = None,
) -> TrendsRequest:
    """The dates a range and granularity stand for on ``today``.

    Week-counted ranges start on a Monday and then on the first day of the period that
    holds it (a month, for monthly bars), so no bar is cut short at the start. A custom
    range is taken as given (the earlier date first); it ends no later than today.
    """
    start: date | None
    if range_ is TrendsRange.CUSTOM:
        first, last = custom if custom is not None else (today - timedelta(days=27), today)
        first, last = min(first, last), max(first, last)
        end = min(last, today)
        start = min(first, end)
    elif range_ is TrendsRange.ALL:
        start, end = None, today
    else:
        weeks = RANGE_WEEKS[range_]
        start = period_start(monday(today) - timedelta(weeks=weeks - 1), granularity)
        end = today
    heat_start, heat_end = heat_span(end, heat)
    return TrendsRequest(range_, granularity, start, end, heat_start, heat_end)


def heat_span(end: date, heat: HeatYear | None) -> tuple[date, date]:
    """The year calendar's days: a calendar year, or the 53 weeks up to ``end``."""
    if heat is not None and heat.year is not None and heat.year <= end.year:
        return date(heat.year, 1, 1), min(date(heat.year, 12, 31), end)
    return monday(end) - timedelta(weeks=HEATMAP_WEEKS - 1), end


@dataclass(frozen=True, slots=True)
class TrendsData:
    """Everything the charts draw for one request."""

    request: TrendsRequest
    summaries: tuple[PeriodSummary, ...]
    day_points: tuple[DayPoint, ...]
    target_percent: int
    weekly_norm: float
    today: date

    @property
    def start(self) -> date | None:
        """The first day the summaries cover (the request's, or the journal's first day)."""
        if self.summaries:
            return self.summaries[0].start
        return self.request.start

    @property
    def days_logged(self) -> int:
        return sum(summary.days_logged for summary in self.summaries)


def load_trends(journal: Journal, request: TrendsRequest) -> TrendsData:
    """Read what the charts need (on a worker thread)."""
    settings = journal.settings()
    summaries = journal.summaries(request.granularity, request.start, request.end)
    points = journal.day_points(request.heat_start, request.heat_end)
    return TrendsData(
        request=request,
        summaries=tuple(summaries),
        day_points=tuple(points),
        target_percent=settings.leadership_target_percent,
        weekly_norm=settings.weekly_hours_norm,
        today=journal.today(),
    )


def load_day_points(journal: Journal, start: date, end: date) -> tuple[DayPoint, ...]:
    return tuple(journal.day_points(start, end))


def load_insights(
    journal: Journal, start: date, end: date, language: Language, data: TrendsData | None = None
) -> tuple[Insight, ...]:
    """The insights for ``[start, end]``, reusing the weeks of ``data``.

    The insights for ``[start, end]``; the weeks of ``data`` are used, not read again,
    when they are the weekly numbers of exactly that range.
    """
    weeks = None
    if (
        data is not None
        and data.request.granularity is Granularity.WEEK
        and data.start == start
        and data.request.end == end
    ):
        weeks = data.summaries
    return tuple(journal.insights(start, end, language, weeks))
