"""A proposed time split for a day with no time logged: never a value until the user acts.

The rule (issue #15): the typical split of the same weekday — per category, the median of
the last four days of that weekday that logged time — else the split of the latest day
logged in the week before it (yesterday's; after a weekend Friday's; not for a Saturday
or Sunday: a working day's split does not fit them), else nothing. When the user has
pointed the app to a calendar and it holds counted events that day, the calendar's
minutes come first (``calendar_proposal``, issue #16): facts before habits. The Today
view only shows a ``TimeProposal`` and its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping
    from datetime import date

    from wellbeing_desktop.domain.calendar_time import CalendarDay

SAME_WEEKDAYS = 4  # the median of the last four logged days of that weekday
MIN_SAME_WEEKDAYS = 2  # one day alone is not "typical": then the latest day's split is offered
SATURDAY = 5  # date.weekday(): a Saturday or Sunday is not offered a working day's split
RECENT_DAYS = 7  # the latest logged day of the last week stands in when no weekday is typical
LOOKBACK_WEEKS = 8  # older days of that weekday no longer say what is typical
ROUND_TO_MINUTES = 5  # the mean of two middle values is rounded to five minutes


class ProposalSource(StrEnum):
    """Where a proposal comes from ("as a typical Tuesday"; "as yesterday", "as Friday")."""

    TYPICAL_WEEKDAY = "typical_weekday"
    LATEST_DAY = "latest_day"  # the latest day logged in the week before (``based_on``)
    CALENDAR = "calendar"  # the day's events in the user's calendar files (``calendar``)


@dataclass(frozen=True, slots=True)
class TimeProposal:
    """Minutes per category proposed for ``day``; ``based_on`` are the days it comes from."""

    day: date
    source: ProposalSource
    minutes: dict[str, int] = field(default_factory=dict)
    based_on: tuple[date, ...] = ()
    calendar: CalendarDay | None = None  # the events behind a CALENDAR proposal

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes.values())


def lookback_start(day: date) -> date:
    """The first day a proposal for ``day`` may read (the days before ``day`` only)."""
    return day - timedelta(weeks=LOOKBACK_WEEKS)


def propose_time(
    day: date,
    earlier: Mapping[date, Mapping[str, int]],
    categories: Collection[str] | None = None,
) -> TimeProposal | None:
    """The proposal for ``day`` from the days before it, or ``None``.

    ``earlier`` holds minutes per category by day (any days: only those in
    ``[lookback_start(day), day)`` that logged time count). ``categories``, when given,
    keeps only those category keys (a category removed since is not proposed). The
    caller decides whether ``day`` itself needs one (only when it has no time logged).
    """
    start = lookback_start(day)
    logged = {
        logged_day: kept
        for logged_day, minutes in earlier.items()
        if start <= logged_day < day and (kept := _kept(minutes, categories))
    }
    same = sorted((d for d in logged if d.weekday() == day.weekday()), reverse=True)
    same = same[:SAME_WEEKDAYS]
    if len(same) >= MIN_SAME_WEEKDAYS:
        split = median_split([logged[d] for d in same])
        if split:
            return TimeProposal(day, ProposalSource.TYPICAL_WEEKDAY, split, tuple(sorted(same)))
    recent = [d for d in logged if d >= day - timedelta(days=RECENT_DAYS)]
    if recent and day.weekday() < SATURDAY:  # a weekend day is proposed only its own kind
        latest = max(recent)
        return TimeProposal(day, ProposalSource.LATEST_DAY, dict(logged[latest]), (latest,))
    return None


def median_split(days: list[Mapping[str, int]]) -> dict[str, int]:
    """Per category the median over ``days`` (a day without the category counts as 0).

    An even count takes the mean of the middle two, rounded to five minutes (half up:
    1 h 45 and 2 h give 1 h 55, not 1 h 52); categories whose median is 0 are left out.
    """
    keys = {key for minutes in days for key in minutes}
    split: dict[str, int] = {}
    for key in sorted(keys):
        values = sorted(minutes.get(key, 0) for minutes in days)
        middle = len(values) // 2
        if len(values) % 2:
            value = values[middle]  # a value one of the days logged
        else:
            value = _round((values[middle - 1] + values[middle]) / 2)
        if value > 0:
            split[key] = value
    return split


def _round(value: float) -> int:
    return int(value / ROUND_TO_MINUTES + 0.5) * ROUND_TO_MINUTES


def _kept(minutes: Mapping[str, int], categories: Collection[str] | None) -> dict[str, int]:
    return {
        key: value
        for key, value in minutes.items()
        if value > 0 and (categories is None or key in categories)
    }


def calendar_proposal(calendar: CalendarDay) -> TimeProposal | None:
    """The proposal from the day's calendar: its placed minutes, or None when it has none.

    Unplaced events and time outside events are not proposed: the user places them.
    A day whose events are all unplaced still gets a proposal (of nothing placed yet) so
    that its events can be seen and placed.
    """
    if not calendar.counted_minutes:
        return None
    return TimeProposal(calendar.day, ProposalSource.CALENDAR, dict(calendar.minutes), (), calendar)
