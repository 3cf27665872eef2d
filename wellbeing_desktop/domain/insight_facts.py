"""What the insight rules read and make.

What the insight rules read and make (services/trends.py asks ``find_insights``): the
insight and its tone, the thresholds and where they come from, the numbers as the user
reads them, and ``Facts``, the period the rules look at.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting
from wellbeing_desktop.domain import insight_words as words
from wellbeing_desktop.domain.catalogues import (
    Texts,
    localized,
)
from wellbeing_desktop.domain.models import Language, Settings, SparringTopic, Who5CheckIn
from wellbeing_desktop.domain.suggestions import (
    NUDGE_DAYS,
    NUDGE_STEP,
)
from wellbeing_desktop.domain.thresholds import HOURS_TOLERANCE as HOURS_TOLERANCE
from wellbeing_desktop.domain.thresholds import tenths as tenths

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date

    from wellbeing_desktop.domain.aggregation import PeriodSummary
    from wellbeing_desktop.domain.thresholds import Who5Change


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


# --- thresholds ---------------------------------------------------------------------
# Norms come from the user's settings (domain notes §5: 37 h a week by default; §5.2: the
# leadership-share target is the user's own). WHO-5 cut-offs are domain notes §3.3 (in
# catalogues). The run lengths are the ones issue #4 names ("3 weeks in a row", "2+ weeks").
OPERATIONS_WEEKS = 3
HOURS_WEEKS = 2
BALANCE_WEEKS = 2
# Stress is compared over two-week windows (the staircase's "most days of two weeks", §7).
STRESS_WINDOW_WEEKS = 2
STRESS_CHANGE = 1.0  # a whole step up or down, mean against mean
# "Stress is raised" for the sparring rule: the sparring nudge's 3 days on step 3 or above
# (suggestions.py), here within the last two weeks.
RAISED_STEP = NUDGE_STEP
RAISED_DAYS = NUDGE_DAYS
# A run of weeks counts at most this many weeks, and the figures list exactly the weeks
# the sentence counts; a longer run (or one reaching back to the range's first week) is
# "at least N weeks", so every view of the same weeks says the same.
MAX_WEEK_FIGURES = 6

# --- numbers as the user reads them -------------------------------------------------------


def percent(share: float) -> int:
    """A 0..1 share as the whole per cent it is shown as."""
    return round(share * 100)


def week_number(week: PeriodSummary) -> int:
    return week.start.isocalendar().week


def format_weeks(run: Sequence[PeriodSummary], language: Language) -> str:
    """``uge 46–48`` / ``weeks 46–48``; the years are named when the run crosses one."""
    first, last = run[0].start.isocalendar(), run[-1].start.isocalendar()
    one, many = ("uge", "uge") if language is Language.DANISH else ("week", "weeks")
    if len(run) == 1:
        return f"{one} {first.week}"
    if first.year == last.year:
        return f"{many} {first.week}–{last.week}"
    return f"{one} {first.week} {first.year} – {one} {last.week} {last.year}"


def span(values: Sequence[str], language: Language) -> str:
    """``mellem 28 % og 31 %`` / ``between 28% and 31%``, or the one value."""
    low, high = values[0], values[-1]
    if low == high:
        return f"på {low}" if language is Language.DANISH else low
    if language is Language.DANISH:
        return f"mellem {low} og {high}"
    return f"between {low} and {high}"


# --- the facts the rules read -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Facts:
    weeks: tuple[PeriodSummary, ...]  # the range's weeks (an empty last one dropped)
    end: date
    settings: Settings
    sparring: tuple[SparringTopic, ...]
    who5: tuple[Who5CheckIn, ...]  # inside the range, oldest first
    language: Language
    # A change of 10 points or more between the latest check-in in the range and the one
    # before it, even when that one lies before the range (``thresholds.who5_change``).
    who5_change: Who5Change | None = None

    def tr(self, texts: Texts, **values: object) -> str:
        return localized(texts, self.language).format(**values)

    def percent(self, value: int) -> str:
        return formatting.whole_percent(value, self.language)

    def decimal(self, value: float) -> str:
        return formatting.number(value, self.language)

    def day_text(self, day: date) -> str:
        return formatting.long_date(day, self.language)

    def week_figures(
        self, run: Sequence[PeriodSummary], value: Callable[[PeriodSummary], str]
    ) -> tuple[tuple[str, str], ...]:
        return tuple((self.tr(words.LABEL_WEEK, week=week_number(w)), value(w)) for w in run)

    def counted(self, run: Sequence[PeriodSummary]) -> Run:
        """The weeks of ``run`` a sentence counts (and its figures list)."""
        shown = tuple(run[-MAX_WEEK_FIGURES:])
        at_least = len(run) > len(shown) or (bool(run) and run[0] is self.weeks[0])
        return Run(shown, at_least)

    def run_text(self, run: Run, *, in_a_row: bool = True) -> str:
        """``3 uger i træk`` / ``mindst 6 uger i træk`` (``in_a_row=False``: ``3 uger``)."""
        if in_a_row:
            texts = words.RUN_AT_LEAST if run.at_least else words.RUN
        else:
            texts = words.WEEKS_AT_LEAST if run.at_least else words.WEEKS
        return self.tr(texts, n=len(run.weeks))

    def insight(
        self,
        rule: str,
        tone: InsightTone,
        text: str,
        figures: tuple[tuple[str, str], ...],
        period: tuple[date, date],
        source: Texts,
    ) -> Insight:
        return Insight(
            rule=rule,
            tone=tone,
            text=text,
            figures=figures,
            period_start=period[0],
            period_end=period[1],
            source=localized(source, self.language),
        )


@dataclass(frozen=True, slots=True)
class Run:
    """The weeks of a run a sentence counts; ``at_least``: the run may be longer."""

    weeks: tuple[PeriodSummary, ...]
    at_least: bool


def trailing(
    weeks: Sequence[PeriodSummary], holds: Callable[[PeriodSummary], bool]
) -> list[PeriodSummary]:
    """The run of weeks at the end of ``weeks`` for which ``holds`` is true."""
    run: list[PeriodSummary] = []
    for week in reversed(weeks):
        if not holds(week):
            break
        run.append(week)
    run.reverse()
    return run
