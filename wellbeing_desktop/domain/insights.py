"""Plain-language insights from the numbers: transparent, testable rules (stub: being built).

Each rule names the figures that triggered it, the period, and where its threshold
comes from (domain notes). Wording is reflective, never diagnostic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class InsightTone(StrEnum):
    ATTENTION = "attention"  # something worth a look
    GOOD = "good"  # an improvement, named too


@dataclass(frozen=True, slots=True)
class Insight:
    """One sentence or two about the period, with the numbers behind it."""

    rule: str  # stable id of the rule, e.g. "operations_over_target"
    tone: InsightTone
    text: str  # in the language asked for, with the numbers in it
    figures: tuple[tuple[str, str], ...]  # label → value, shown beside the text
    period_start: date
    period_end: date
    source: (
        str  # where the threshold comes from, e.g. "WHO-5: Topp et al. 2015 (domain notes §3.3)"
    )


@dataclass(frozen=True, slots=True)
class DayPoint:
    """One logged day reduced to what the year heatmap shows."""

    day: date
    stress_step: int | None
    leadership_share: float | None  # None when no minutes were logged
