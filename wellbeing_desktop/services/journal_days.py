"""What the Journal page lists: the days written around a month, each with its figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.aggregation import Granularity, PeriodSummary, summarize

if TYPE_CHECKING:
    from collections.abc import Mapping

    from wellbeing_desktop.domain.models import DayLog
    from wellbeing_desktop.services.journal import Journal

# Days a month calendar shows around a month: up to two weeks before, six weeks from the 1st.
_MARGIN_BEFORE = timedelta(days=14)
_SPAN = timedelta(days=42)


def month_range(year: int, month: int) -> tuple[date, date, date, date]:
    """The first and last day of the month, and the range to load around it."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1), first - _MARGIN_BEFORE, first + _SPAN


@dataclass(frozen=True, slots=True)
class DaysWithFigures:
    """The days written in a range, with their figures.

    The days written in a range, each day's figures (leadership share and the like)
    by its date, and the leadership target they are measured against.
    """

    logs: tuple[DayLog, ...]
    figures: Mapping[date, PeriodSummary]
    target_percent: int


def days_with_figures(journal: Journal, start: date, end: date) -> DaysWithFigures:
    """The days from ``start`` to ``end`` (both included) with their figures."""
    logs = journal.days(start, end)
    categories = journal.categories()
    settings = journal.settings()
    summaries = summarize(
        logs,
        categories=categories,
        weekly_norm=settings.weekly_hours_norm,
        granularity=Granularity.DAY,
    )
    return DaysWithFigures(
        tuple(logs),
        {summary.start: summary for summary in summaries},
        settings.leadership_target_percent,
    )
