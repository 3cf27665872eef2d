"""The insight rules, one function each.

The insight rules, one function each, most pressing first in ``RULES``; each returns
an ``Insight`` naming its figures, period and source, or None (domain/insights.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import insight_words as words
from wellbeing_desktop.domain.aggregation import PeriodSummary, weekdays_between
from wellbeing_desktop.domain.catalogues import (
    WHO5_LOW,
    WHO5_REDUCED,
)
from wellbeing_desktop.domain.insight_facts import (
    BALANCE_WEEKS,
    HOURS_WEEKS,
    OPERATIONS_WEEKS,
    RAISED_DAYS,
    RAISED_STEP,
    STRESS_CHANGE,
    STRESS_WINDOW_WEEKS,
    Facts,
    Insight,
    InsightTone,
    format_weeks,
    percent,
    span,
    tenths,
    trailing,
)
from wellbeing_desktop.domain.suggestions import (
    PERSISTENT_MIN_DAYS,
    SPARRING_QUIET_DAYS,
)
from wellbeing_desktop.domain.thresholds import HOURS_TOLERANCE, over_weekly_norm

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from wellbeing_desktop.domain.models import Who5CheckIn


# --- time split (§5.2) ------------------------------------------------------------------


def _below_target(target: int) -> Callable[[PeriodSummary], bool]:
    def holds(week: PeriodSummary) -> bool:
        share = week.leadership_share
        return share is not None and percent(share) < target

    return holds


def _share_text(f: Facts) -> Callable[[PeriodSummary], str]:
    return lambda week: f.percent(percent(week.leadership_share or 0.0))


def _operations_over_target(f: Facts) -> Insight | None:
    target = f.settings.leadership_target_percent
    found = trailing(f.weeks, _below_target(target))
    if len(found) < OPERATIONS_WEEKS:
        return None
    counted = f.counted(found)
    run = counted.weeks
    shares = sorted(percent(w.leadership_share or 0.0) for w in run)
    text = f.tr(
        words.TEXT_OPERATIONS,
        run=f.run_text(counted),
        weeks=format_weeks(run, f.language),
        span=span([f.percent(shares[0]), f.percent(shares[-1])], f.language),
        target=f.percent(target),
    )
    figures = (*f.week_figures(run, _share_text(f)), (f.tr(words.LABEL_TARGET), f.percent(target)))
    return f.insight(
        "operations_over_target",
        InsightTone.ATTENTION,
        text,
        figures,
        (run[0].start, run[-1].end),
        words.SOURCE_TARGET,
    )


def _target_reached(f: Facts) -> Insight | None:
    target = f.settings.leadership_target_percent
    if not f.weeks or f.weeks[-1].leadership_share is None:
        return None
    latest = f.weeks[-1]
    share = percent(latest.leadership_share or 0.0)
    found = trailing(f.weeks[:-1], _below_target(target))
    if share < target or len(found) < OPERATIONS_WEEKS:
        return None
    counted = f.counted(found)
    before = counted.weeks
    text = f.tr(
        words.TEXT_TARGET_REACHED,
        share=f.percent(share),
        week=format_weeks([latest], f.language),
        target=f.percent(target),
        run=f.run_text(counted, in_a_row=False),
    )
    figures = (
        *f.week_figures([*before, latest], _share_text(f)),
        (f.tr(words.LABEL_TARGET), f.percent(target)),
    )
    return f.insight(
        "leadership_target_reached",
        InsightTone.GOOD,
        text,
        figures,
        (before[0].start, latest.end),
        words.SOURCE_TARGET,
    )


# --- hours (the 37-hour norm, §5) ---------------------------------------------------------


def _over_norm(week: PeriodSummary) -> bool:
    """More than the tolerance over the week's norm (as the hours are shown)."""
    return week.days_logged > 0 and over_weekly_norm(week.hours_worked, week.hours_norm)


def _within_norm(week: PeriodSummary) -> bool:
    return tenths(week.hours_worked) <= tenths(week.hours_norm)


def _hours_text(f: Facts) -> Callable[[PeriodSummary], str]:
    return lambda w: f.tr(
        words.LABEL_HOURS, hours=f.decimal(w.hours_worked), norm=f.decimal(w.hours_norm)
    )


def _hours_over_norm(f: Facts) -> Insight | None:
    found = trailing(f.weeks, _over_norm)
    if len(found) < HOURS_WEEKS:
        return None
    counted = f.counted(found)
    run = counted.weeks
    # Totals, not a span: a week clipped by the range has a smaller norm of its own.
    text = f.tr(
        words.TEXT_HOURS,
        run=f.run_text(counted),
        tolerance=f"{HOURS_TOLERANCE:g}",
        weeks=format_weeks(run, f.language),
        hours=f.decimal(sum(w.hours_worked for w in run)),
        norm=f.decimal(sum(w.hours_norm for w in run)),
    )
    figures = (
        *f.week_figures(run, _hours_text(f)),
        (f.tr(words.LABEL_NORM), f.decimal(f.settings.weekly_hours_norm)),
    )
    return f.insight(
        "hours_over_norm",
        InsightTone.ATTENTION,
        text,
        figures,
        (run[0].start, run[-1].end),
        words.SOURCE_HOURS,
    )


def _hours_back_within_norm(f: Facts) -> Insight | None:
    if not f.weeks:
        return None
    latest = f.weeks[-1]
    # Unlogged weekdays count as no hours, so only a week logged on every weekday can
    # show that the hours came down (a half-logged week would always look short).
    fully_logged = latest.days_logged >= weekdays_between(latest.start, latest.end)
    found = trailing(f.weeks[:-1], _over_norm)
    if not _within_norm(latest) or not fully_logged or len(found) < HOURS_WEEKS:
        return None
    counted = f.counted(found)
    before = counted.weeks
    text = f.tr(
        words.TEXT_HOURS_BACK,
        hours=f.decimal(latest.hours_worked),
        week=format_weeks([latest], f.language),
        run=f.run_text(counted, in_a_row=False),
        tolerance=f"{HOURS_TOLERANCE:g}",
    )
    return f.insight(
        "hours_back_within_norm",
        InsightTone.GOOD,
        text,
        f.week_figures([*before, latest], _hours_text(f)),
        (before[0].start, latest.end),
        words.SOURCE_HOURS,
    )


# --- the stress staircase (§1, §7) --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Steps:
    weeks: tuple[PeriodSummary, ...]
    days: int  # days with a step
    high: int  # days on step 3 or above
    total: int  # sum of the steps

    @property
    def mean(self) -> float:
        return self.total / self.days

    @property
    def enough(self) -> bool:
        # A few logged days cannot stand for two weeks (suggestions.PERSISTENT_MIN_DAYS).
        return self.days >= PERSISTENT_MIN_DAYS


def _steps(weeks: Sequence[PeriodSummary]) -> _Steps:
    per_step = [(step, n) for w in weeks for step, n in w.days_per_step.items()]
    return _Steps(
        weeks=tuple(weeks),
        days=sum(n for _, n in per_step),
        high=sum(n for step, n in per_step if step >= RAISED_STEP),
        total=sum(step * n for step, n in per_step),
    )


def _windows(f: Facts) -> tuple[_Steps, _Steps] | None:
    """The last two weeks and the two weeks before, if both have enough steps."""
    if len(f.weeks) < 2 * STRESS_WINDOW_WEEKS:
        return None
    last = _steps(f.weeks[-STRESS_WINDOW_WEEKS:])
    before = _steps(f.weeks[-2 * STRESS_WINDOW_WEEKS : -STRESS_WINDOW_WEEKS])
    return (last, before) if last.enough and before.enough else None


def _stress_change(f: Facts, rising: bool) -> Insight | None:
    windows = _windows(f)
    if windows is None:
        return None
    last, before = windows
    change = tenths(last.mean) - tenths(before.mean)
    if (change if rising else -change) < tenths(STRESS_CHANGE):
        return None
    text = f.tr(
        words.TEXT_STRESS_RISING if rising else words.TEXT_STRESS_EASING,
        last=f.decimal(last.mean),
        before=f.decimal(before.mean),
        weeks=format_weeks(last.weeks, f.language),
    )
    figures = (
        (f.tr(words.LABEL_LAST_TWO), f.decimal(last.mean)),
        (f.tr(words.LABEL_TWO_BEFORE), f.decimal(before.mean)),
    )
    return f.insight(
        "stress_rising" if rising else "stress_easing",
        InsightTone.ATTENTION if rising else InsightTone.GOOD,
        text,
        figures,
        (before.weeks[0].start, last.weeks[-1].end),
        words.SOURCE_STAIRCASE,
    )


def _last_two_weeks(f: Facts) -> _Steps | None:
    return _steps(f.weeks[-STRESS_WINDOW_WEEKS:]) if f.weeks else None


def _stress_raised(f: Facts) -> Insight | None:
    """Step 3 or above on most days with a step in the last two weeks (§7)."""
    last = _last_two_weeks(f)
    if last is None or not last.enough or last.high * 2 <= last.days:
        return None
    text = f.tr(
        words.TEXT_STRESS_RAISED,
        high=last.high,
        days=last.days,
        weeks=format_weeks(last.weeks, f.language),
    )
    figures = (
        (f.tr(words.LABEL_HIGH_DAYS), str(last.high)),
        (f.tr(words.LABEL_STEP_DAYS), str(last.days)),
    )
    return f.insight(
        "stress_raised",
        InsightTone.ATTENTION,
        text,
        figures,
        (last.weeks[0].start, last.weeks[-1].end),
        words.SOURCE_STAIRCASE,
    )


def _no_sparring_while_stressed(f: Facts) -> Insight | None:
    last = _last_two_weeks(f)
    if last is None or last.high < RAISED_DAYS:
        return None
    quiet_since = f.end - timedelta(days=SPARRING_QUIET_DAYS - 1)
    talks = [
        day
        for topic in f.sparring
        for day in (topic.raised_on, topic.resolved_on)
        if day is not None and day <= f.end
    ]
    latest = max(talks, default=None)
    if latest is not None and latest >= quiet_since:
        return None
    text = f.tr(words.TEXT_NO_SPARRING, high=last.high, quiet=SPARRING_QUIET_DAYS)
    figures = (
        (f.tr(words.LABEL_HIGH_DAYS), str(last.high)),
        (
            f.tr(words.LABEL_LAST_SPARRING),
            f.day_text(latest) if latest else f.tr(words.NO_SPARRING_YET),
        ),
    )
    return f.insight(
        "no_sparring_while_stressed",
        InsightTone.ATTENTION,
        text,
        figures,
        (quiet_since, f.end),
        words.SOURCE_SPARRING,
    )


# --- demands and resources (§2) -----------------------------------------------------------


def _balance_gap(week: PeriodSummary) -> int | None:
    """Demands minus resources in shown tenths; None without both means."""
    if week.demands_mean is None or week.resources_mean is None:
        return None
    return tenths(week.demands_mean) - tenths(week.resources_mean)


def _balance_rule(f: Facts, demands_win: bool) -> Insight | None:
    def holds(week: PeriodSummary) -> bool:
        gap = _balance_gap(week)
        return gap is not None and (gap > 0 if demands_win else gap < 0)

    found = trailing(f.weeks, holds)
    if len(found) < BALANCE_WEEKS:
        return None
    counted = f.counted(found)
    run = counted.weeks
    latest = run[-1]
    demands, resources = latest.demands_mean or 0.0, latest.resources_mean or 0.0
    text = f.tr(
        words.TEXT_DEMANDS if demands_win else words.TEXT_RESOURCES,
        run=f.run_text(counted),
        weeks=format_weeks(run, f.language),
        demands=f.decimal(demands),
        resources=f.decimal(resources),
    )

    def value(week: PeriodSummary) -> str:
        return f.tr(
            words.LABEL_BALANCE,
            demands=f.decimal(week.demands_mean or 0.0),
            resources=f.decimal(week.resources_mean or 0.0),
        )

    return f.insight(
        "demands_over_resources" if demands_win else "resources_outweigh_demands",
        InsightTone.ATTENTION if demands_win else InsightTone.GOOD,
        text,
        f.week_figures(run, value),
        (run[0].start, latest.end),
        words.SOURCE_JDR,
    )


# --- WHO-5 (§3.3, §7) --------------------------------------------------------------------


def _who5_figure(f: Facts, checkin: Who5CheckIn) -> tuple[str, str]:
    return (f.tr(words.LABEL_WHO5, day=f.day_text(checkin.taken_on)), str(checkin.score))


def _who5_level(f: Facts, low: bool) -> Insight | None:
    if not f.who5:
        return None
    latest = f.who5[-1]
    if low != (latest.score <= WHO5_LOW) or latest.score > WHO5_REDUCED:
        return None
    cut_off = WHO5_LOW if low else WHO5_REDUCED
    text = f.tr(
        words.TEXT_WHO5_LOW if low else words.TEXT_WHO5_REDUCED,
        day=f.day_text(latest.taken_on),
        score=latest.score,
    )
    return f.insight(
        "who5_low" if low else "who5_reduced",
        InsightTone.ATTENTION,
        text,
        (_who5_figure(f, latest), (f.tr(words.LABEL_CUT_OFF), str(cut_off))),
        (latest.taken_on, latest.taken_on),
        words.SOURCE_WHO5,
    )


def _who5_change(f: Facts, rising: bool) -> Insight | None:
    """The latest check-in in the range against the one before it: 10 points or more.

    The rule is ``thresholds.who5_change`` (the coach summary's too); the one before may
    lie before the range (a fall 15 → 29 Nov shows in a 4-week range from 16 Nov): the
    sentence names both dates.
    """
    found = f.who5_change
    if found is None or found.rising != rising:
        return None
    before, latest, change = found.before, found.latest, found.points
    text = f.tr(
        words.TEXT_WHO5_UP if rising else words.TEXT_WHO5_DOWN,
        diff=abs(change),
        before=before.score,
        before_day=f.day_text(before.taken_on),
        score=latest.score,
        day=f.day_text(latest.taken_on),
    )
    return f.insight(
        "who5_up" if rising else "who5_down",
        InsightTone.GOOD if rising else InsightTone.ATTENTION,
        text,
        (_who5_figure(f, before), _who5_figure(f, latest)),
        (before.taken_on, latest.taken_on),
        words.SOURCE_WHO5,
    )


# Most pressing first: the signposts, then stress, hours, time split, balance; good news last.
RULES: tuple[Callable[[Facts], Insight | None], ...] = (
    partial(_who5_level, low=True),  # who5_low
    partial(_who5_level, low=False),  # who5_reduced
    partial(_who5_change, rising=False),  # who5_down
    _stress_raised,
    partial(_stress_change, rising=True),  # stress_rising
    _no_sparring_while_stressed,
    _hours_over_norm,
    _operations_over_target,
    partial(_balance_rule, demands_win=True),  # demands_over_resources
    partial(_who5_change, rising=True),  # who5_up
    partial(_stress_change, rising=False),  # stress_easing
    _hours_back_within_norm,
    _target_reached,  # leadership_target_reached
    partial(_balance_rule, demands_win=False),  # resources_outweigh_demands
)
