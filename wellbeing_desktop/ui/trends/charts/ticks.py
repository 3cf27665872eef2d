"""Where the period axis puts its labels.

Where the period axis puts its labels: on boundaries a reader knows (Mondays, months,
quarters, years), thinned until they fit the width. Pure: no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.trends.charts.words import WEEK_SHORT, month_short, short_day

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language


class TickKind(Enum):
    DAY = "day"  # 24. nov
    WEEK = "week"  # uge 48
    MONTH = "month"  # nov 2026
    YEAR = "year"  # 2026


Rule = tuple[Callable[[date, date | None], bool], TickKind, int]


def _every(n: int) -> Callable[[int], bool]:
    return lambda index: index % n == 0


def _new_month(day: date, previous: date | None) -> bool:
    return previous is None or (day.year, day.month) != (previous.year, previous.month)


def _new_quarter(day: date, previous: date | None) -> bool:
    return previous is None or (day.year, (day.month - 1) // 3) != (
        previous.year,
        (previous.month - 1) // 3,
    )


def _new_half(day: date, previous: date | None) -> bool:
    return previous is None or (day.year, (day.month - 1) // 6) != (
        previous.year,
        (previous.month - 1) // 6,
    )


def _new_year(day: date, previous: date | None) -> bool:
    return previous is None or day.year != previous.year


def _monday(day: date, _previous: date | None) -> bool:
    return day.weekday() == 0


def _always(_day: date, _previous: date | None) -> bool:
    return True


# Tiers from fine to coarse: (is this period a boundary?, how it reads, keep every n-th).
_RULES: dict[Granularity, tuple[Rule, ...]] = {
    Granularity.DAY: (
        (_always, TickKind.DAY, 1),
        (_always, TickKind.DAY, 2),
        (_monday, TickKind.DAY, 1),
        (_monday, TickKind.DAY, 2),
        (_new_month, TickKind.MONTH, 1),
        (_new_quarter, TickKind.MONTH, 1),
        (_new_half, TickKind.MONTH, 1),
        (_new_year, TickKind.YEAR, 1),
        (_new_year, TickKind.YEAR, 2),
    ),
    Granularity.WEEK: (
        (_always, TickKind.WEEK, 1),
        (_always, TickKind.WEEK, 2),
        (_new_month, TickKind.MONTH, 1),
        (_new_quarter, TickKind.MONTH, 1),
        (_new_half, TickKind.MONTH, 1),
        (_new_year, TickKind.YEAR, 1),
        (_new_year, TickKind.YEAR, 2),
    ),
    Granularity.MONTH: (
        (_always, TickKind.MONTH, 1),
        (_new_quarter, TickKind.MONTH, 1),
        (_new_half, TickKind.MONTH, 1),
        (_new_year, TickKind.YEAR, 1),
        (_new_year, TickKind.YEAR, 2),
        (_new_year, TickKind.YEAR, 5),
    ),
}


def choose_ticks(
    starts: Sequence[date], granularity: Granularity, max_ticks: int
) -> list[tuple[int, TickKind]]:
    """Indices of ``starts`` to label and how, at most ``max_ticks`` of them if possible.

    The finest tier that fits wins; the coarsest is used when none fits. Every chart
    of a range asks the same question, so the answer is remembered.
    """
    return list(_choose(tuple(starts), granularity, max_ticks))


@lru_cache(maxsize=64)
def _choose(
    starts: tuple[date, ...], granularity: Granularity, max_ticks: int
) -> tuple[tuple[int, TickKind], ...]:
    if not starts:
        return ()
    rules = _RULES[granularity]
    chosen: list[tuple[int, TickKind]] = []
    boundaries_of: dict[Callable[[date, date | None], bool], list[int]] = {}
    for rule, kind, every in rules:
        if rule is _always and len(starts) / every > max(1, max_ticks):
            continue  # cannot fit; no need to list them
        if rule not in boundaries_of:
            boundaries_of[rule] = [
                index
                for index, day in enumerate(starts)
                if rule(day, starts[index - 1] if index else None)
            ]
        boundaries = boundaries_of[rule]
        keep = _every(every)
        chosen = [(index, kind) for n, index in enumerate(boundaries) if keep(n)]
        if len(chosen) <= max(1, max_ticks):
            return tuple(chosen)
    return tuple(chosen)


def tick_text(day: date, kind: TickKind, language: Language, *, first: bool = False) -> str:
    """The label of one tick; the first month label and each January carry the year."""
    if kind is TickKind.DAY:
        return short_day(day, language)
    if kind is TickKind.WEEK:
        return f"{tr(WEEK_SHORT, language)} {day.isocalendar().week}"
    if kind is TickKind.MONTH:
        year = f" {day.year}" if first or day.month == 1 else ""
        return f"{month_short(day.month, language)}{year}"
    return str(day.year)
