"""Where the period axis puts its labels.

Where the period axis puts its labels: on boundaries a reader knows (Mondays, months,
quarters, years), thinned until the labels, measured, fit side by side. Pure: no Qt
(the caller measures).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
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


# A coarser rule's boundaries are among the finer one's.
_FINER: dict[Callable[[date, date | None], bool], Callable[[date, date | None], bool]] = {
    _new_quarter: _new_month,
    _new_half: _new_quarter,
    _new_year: _new_half,
}
# Pixels of the narrowest label there is ("2026", "uge 1", "1. jan." are all wider).
_NARROWEST = 6


def _cannot_fit(chosen: Sequence[tuple[int, TickKind]], scale: float, gap: float) -> bool:
    """Whether ``chosen`` crowds even with the first left out, however short the labels.

    Thousands of labels by day over years: these are neither made nor measured. Each
    neighbour needs at least the gap and the narrowest label between their centres.
    """
    if len(chosen) < 3:
        return False
    room = (chosen[-1][0] - chosen[1][0]) * scale
    return (len(chosen) - 2) * (gap + _NARROWEST) > room


def crowding(
    ticks: Sequence[tuple[float, str]],
    scale: float,
    measure: Callable[[str], float],
    gap: float = 14.0,
) -> list[int]:
    """Positions in ``ticks`` (value, text; in order) of the labels that crowd the one before.

    Labels are centred on their value; ``scale`` is pixels per unit of value; two
    neighbours need ``gap`` pixels between them.
    """
    clashes = []
    for number in range(1, len(ticks)):
        (left, left_text), (right, right_text) = ticks[number - 1], ticks[number]
        if (right - left) * scale < (measure(left_text) + measure(right_text)) / 2 + gap:
            clashes.append(number)
    return clashes


def fit_ticks(
    starts: Sequence[date],
    granularity: Granularity,
    language: Language,
    span: tuple[float, float],
    width: float,
    measure: Callable[[str], float],
    gap: float = 14.0,
) -> dict[int, str]:
    """The labels (index -> text) that fit side by side on an axis ``width`` pixels long.

    ``span`` is the range of indices the axis shows, ``measure`` a label's width in
    pixels. The finest tier whose labels keep ``gap`` between neighbours wins. A first
    label that crowds the second (a part period at the start: "dec. 2025" a few weeks
    before "jan. 2026") is left out rather than moving to a coarser tier; the first label
    shown carries the year. When no tier fits, the coarsest is thinned until it does.
    """
    if not starts or width <= 0:
        return {}
    low, high = span
    scale = width / max(high - low, 1e-9)

    def labels_of(chosen: Sequence[tuple[int, TickKind]]) -> dict[int, str]:
        return {
            index: tick_text(starts[index], kind, language, first=number == 0)
            for number, (index, kind) in enumerate(chosen)
        }

    sizes: dict[str, float] = {}

    def width_of(text: str) -> float:
        if text not in sizes:
            sizes[text] = measure(text)
        return sizes[text]

    def crowded(labels: dict[int, str]) -> list[int]:
        return crowding(list(labels.items()), scale, width_of, gap)

    rules = _RULES[granularity]
    chosen: list[tuple[int, TickKind]] = []
    boundaries_of: dict[Callable[[date, date | None], bool], list[int]] = {}
    for number, (rule, kind, every) in enumerate(rules):
        if rule is _always and len(starts) / every * 20 > width:
            continue  # not even the narrowest label fits that often
        if rule not in boundaries_of:
            # A coarser boundary is one of the finer ones (a new year starts a half,
            # which starts a quarter, which starts a month): only those are asked.
            finer = boundaries_of.get(_FINER.get(rule, _always))
            boundaries_of[rule] = [
                index
                for index in (range(len(starts)) if finer is None else finer)
                if rule(starts[index], starts[index - 1] if index else None)
            ]
        chosen = [(index, kind) for n, index in enumerate(boundaries_of[rule]) if n % every == 0]
        if number < len(rules) - 1 and _cannot_fit(chosen, scale, gap):
            continue  # the next tier's labels are fewer: no need to make and measure these
        labels = labels_of(chosen)
        clashes = crowded(labels)
        if clashes == [1]:  # only the first crowds the second: leave the first out
            chosen = chosen[1:]
            labels = labels_of(chosen)
            clashes = crowded(labels)
        if not clashes:
            return labels
    while chosen:  # none fits: thin the coarsest until it does
        labels = labels_of(chosen)
        clashes = crowded(labels)
        if not clashes:
            return labels
        del chosen[clashes[0]]
    return {}


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
