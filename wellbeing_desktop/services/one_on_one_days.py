"""What a 1:1 draft needs from the days of its period, read as they come (issue #20)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.services.sharing import marked_for

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.services.journal import Journal


@dataclass(slots=True)
class DaysSeen:
    """What the agenda needs from the period's days, gathered in one streamed read.

    A 30-year period's days, read all at once with their reflections, took more memory
    than the rest of the report (issue #20); this keeps counts, and the few days marked
    for the 1:1.
    """

    steps: list[int] = field(default_factory=list)  # stress steps, oldest day first
    with_demand_items: int = 0  # days with a demand picked
    with_demands: int = 0  # days with a demands rating
    with_picks: int = 0  # days with a demand or a resource picked
    resources_picked: Counter[str] = field(default_factory=Counter)  # days, over those
    marked: list[DayLog] = field(default_factory=list)  # reflections marked for the 1:1

    @classmethod
    def read(cls, journal: Journal, start: date, end: date) -> DaysSeen:
        seen = cls()
        with journal.streamed_days(start, end) as days:  # oldest first
            for day in days:
                if day.stress_step:
                    seen.steps.append(day.stress_step)
                if day.demand_items:
                    seen.with_demand_items += 1
                if day.demands is not None:
                    seen.with_demands += 1
                if day.demand_items or day.resource_items:
                    seen.with_picks += 1
                    seen.resources_picked.update(set(day.resource_items))
                if marked_for(day, ShareLevel.ONE_ON_ONE):
                    seen.marked.append(day)
        return seen


def stress_trend(days: Sequence[DayLog]) -> int:
    """+1 higher on the staircase towards the end, −1 lower, 0 steady or too few days.

    Compares the mean step of the first and the second half of the days with a step;
    half a step or more counts as a change. Needs at least four days.
    """
    return step_trend([d.stress_step for d in sorted(days, key=lambda d: d.day) if d.stress_step])


def step_trend(steps: Sequence[int]) -> int:
    """``stress_trend`` of the days' steps, oldest day first."""
    if len(steps) < 4:
        return 0
    half = len(steps) // 2
    first, second = steps[:half], steps[-half:]
    change = sum(second) / len(second) - sum(first) / len(first)
    if change >= 0.5:
        return 1
    if change <= -0.5:
        return -1
    return 0
