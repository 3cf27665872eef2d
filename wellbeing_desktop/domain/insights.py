"""Plain-language insights from the numbers: transparent, testable rules.

Each rule names the figures that triggered it, the period, and where its threshold
comes from (domain notes). Wording is reflective, never diagnostic.

The rules read the weeks of the range the user chose (``PeriodSummary`` per ISO week),
the WHO-5 check-ins inside it, the sparring topics and the user's own norms. Choices:

* "The last weeks" are the range's last weeks; the very last one is skipped when
  nothing is logged in it yet (a Monday morning), but any other week without a log
  breaks a run: a gap is never read as a pattern, in either direction.
* A rule compares the numbers as it shows them (whole per cent, one decimal), so the
  sentence never contradicts its own figures.
* Good news mirrors a concern: it names the end of a run the app would have pointed
  out (and resources outweighing demands, the UX brief's own words).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting
from wellbeing_desktop.domain import insight_words as words
from wellbeing_desktop.domain.aggregation import PeriodSummary, weekdays_between
from wellbeing_desktop.domain.catalogues import (
    WHO5_LOW,
    WHO5_NOTABLE_CHANGE,
    WHO5_REDUCED,
    Texts,
    localized,
)
from wellbeing_desktop.domain.models import Language, Settings, SparringTopic, Who5CheckIn
from wellbeing_desktop.domain.suggestions import (
    NUDGE_DAYS,
    NUDGE_STEP,
    PERSISTENT_MIN_DAYS,
    SPARRING_QUIET_DAYS,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence


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
# Figures list at most this many weeks of a run; the text names the whole run.
MAX_WEEK_FIGURES = 6

# --- numbers as the user reads them -------------------------------------------------------


def percent(share: float) -> int:
    """A 0..1 share as the whole per cent it is shown as."""
    return round(share * 100)


def _tenths(value: float) -> int:
    """A value as the tenths it is shown with (``2.96`` → 30, shown ``3,0``)."""
    return round(round(value, 1) * 10)


def _week_number(week: PeriodSummary) -> int:
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


def _span(values: Sequence[str], language: Language) -> str:
    """``mellem 28 % og 31 %`` / ``between 28% and 31%``, or the one value."""
    low, high = values[0], values[-1]
    if low == high:
        return f"på {low}" if language is Language.DANISH else low
    if language is Language.DANISH:
        return f"mellem {low} og {high}"
    return f"between {low} and {high}"


# --- the facts the rules read -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Facts:
    weeks: tuple[PeriodSummary, ...]  # the range's weeks (an empty last one dropped)
    end: date
    settings: Settings
    sparring: tuple[SparringTopic, ...]
    who5: tuple[Who5CheckIn, ...]  # inside the range, oldest first
    language: Language

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
        return tuple(
            (self.tr(words.LABEL_WEEK, week=_week_number(w)), value(w))
            for w in run[-MAX_WEEK_FIGURES:]
        )

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


def _trailing(
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


# --- time split (§5.2) ------------------------------------------------------------------


def _below_target(target: int) -> Callable[[PeriodSummary], bool]:
    def holds(week: PeriodSummary) -> bool:
        share = week.leadership_share
        return share is not None and percent(share) < target

    return holds


def _share_text(f: _Facts) -> Callable[[PeriodSummary], str]:
    return lambda week: f.percent(percent(week.leadership_share or 0.0))


def _operations_over_target(f: _Facts) -> Insight | None:
    target = f.settings.leadership_target_percent
    run = _trailing(f.weeks, _below_target(target))
    if len(run) < OPERATIONS_WEEKS:
        return None
    shares = sorted(percent(w.leadership_share or 0.0) for w in run)
    text = f.tr(
        words.TEXT_OPERATIONS,
        n=len(run),
        weeks=format_weeks(run, f.language),
        span=_span([f.percent(shares[0]), f.percent(shares[-1])], f.language),
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


def _target_reached(f: _Facts) -> Insight | None:
    target = f.settings.leadership_target_percent
    if not f.weeks or f.weeks[-1].leadership_share is None:
        return None
    latest = f.weeks[-1]
    share = percent(latest.leadership_share or 0.0)
    before = _trailing(f.weeks[:-1], _below_target(target))
    if share < target or len(before) < OPERATIONS_WEEKS:
        return None
    text = f.tr(
        words.TEXT_TARGET_REACHED,
        share=f.percent(share),
        week=format_weeks([latest], f.language),
        target=f.percent(target),
        n=len(before),
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


# --- hours (§5, §5.1) -------------------------------------------------------------------


def _over_norm(week: PeriodSummary) -> bool:
    return week.days_logged > 0 and _tenths(week.hours_worked) > _tenths(week.hours_norm)


def _hours_text(f: _Facts) -> Callable[[PeriodSummary], str]:
    return lambda w: f.tr(
        words.LABEL_HOURS, hours=f.decimal(w.hours_worked), norm=f.decimal(w.hours_norm)
    )


def _hours_over_norm(f: _Facts) -> Insight | None:
    run = _trailing(f.weeks, _over_norm)
    if len(run) < HOURS_WEEKS:
        return None
    # Totals, not a span: a week clipped by the range has a smaller norm of its own.
    text = f.tr(
        words.TEXT_HOURS,
        n=len(run),
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


def _hours_back_within_norm(f: _Facts) -> Insight | None:
    if not f.weeks:
        return None
    latest = f.weeks[-1]
    # Unlogged weekdays count as no hours, so only a week logged on every weekday can
    # show that the hours came down (a half-logged week would always look short).
    fully_logged = latest.days_logged >= weekdays_between(latest.start, latest.end)
    before = _trailing(f.weeks[:-1], _over_norm)
    if _over_norm(latest) or not fully_logged or len(before) < HOURS_WEEKS:
        return None
    text = f.tr(
        words.TEXT_HOURS_BACK,
        hours=f.decimal(latest.hours_worked),
        week=format_weeks([latest], f.language),
        n=len(before),
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


def _windows(f: _Facts) -> tuple[_Steps, _Steps] | None:
    """The last two weeks and the two weeks before, if both have enough steps."""
    if len(f.weeks) < 2 * STRESS_WINDOW_WEEKS:
        return None
    last = _steps(f.weeks[-STRESS_WINDOW_WEEKS:])
    before = _steps(f.weeks[-2 * STRESS_WINDOW_WEEKS : -STRESS_WINDOW_WEEKS])
    return (last, before) if last.enough and before.enough else None


def _stress_change(f: _Facts, rising: bool) -> Insight | None:
    windows = _windows(f)
    if windows is None:
        return None
    last, before = windows
    change = _tenths(last.mean) - _tenths(before.mean)
    if (change if rising else -change) < _tenths(STRESS_CHANGE):
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


def _last_two_weeks(f: _Facts) -> _Steps | None:
    return _steps(f.weeks[-STRESS_WINDOW_WEEKS:]) if f.weeks else None


def _stress_raised(f: _Facts) -> Insight | None:
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


def _no_sparring_while_stressed(f: _Facts) -> Insight | None:
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
    return _tenths(week.demands_mean) - _tenths(week.resources_mean)


def _balance_rule(f: _Facts, demands_win: bool) -> Insight | None:
    def holds(week: PeriodSummary) -> bool:
        gap = _balance_gap(week)
        return gap is not None and (gap > 0 if demands_win else gap < 0)

    run = _trailing(f.weeks, holds)
    if len(run) < BALANCE_WEEKS:
        return None
    latest = run[-1]
    demands, resources = latest.demands_mean or 0.0, latest.resources_mean or 0.0
    text = f.tr(
        words.TEXT_DEMANDS if demands_win else words.TEXT_RESOURCES,
        n=len(run),
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


def _who5_figure(f: _Facts, checkin: Who5CheckIn) -> tuple[str, str]:
    return (f.tr(words.LABEL_WHO5, day=f.day_text(checkin.taken_on)), str(checkin.score))


def _who5_level(f: _Facts, low: bool) -> Insight | None:
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


def _who5_up(f: _Facts) -> Insight | None:
    if len(f.who5) < 2:
        return None
    before, latest = f.who5[-2], f.who5[-1]
    if latest.score - before.score < WHO5_NOTABLE_CHANGE:
        return None
    text = f.tr(
        words.TEXT_WHO5_UP,
        diff=latest.score - before.score,
        before=before.score,
        before_day=f.day_text(before.taken_on),
        score=latest.score,
        day=f.day_text(latest.taken_on),
    )
    return f.insight(
        "who5_up",
        InsightTone.GOOD,
        text,
        (_who5_figure(f, before), _who5_figure(f, latest)),
        (before.taken_on, latest.taken_on),
        words.SOURCE_WHO5,
    )


# Most pressing first: the signposts, then stress, hours, time split, balance; good news last.
RULES: tuple[Callable[[_Facts], Insight | None], ...] = (
    partial(_who5_level, low=True),  # who5_low
    partial(_who5_level, low=False),  # who5_reduced
    _stress_raised,
    partial(_stress_change, rising=True),  # stress_rising
    _no_sparring_while_stressed,
    _hours_over_norm,
    _operations_over_target,
    partial(_balance_rule, demands_win=True),  # demands_over_resources
    _who5_up,
    partial(_stress_change, rising=False),  # stress_easing
    _hours_back_within_norm,
    _target_reached,  # leadership_target_reached
    partial(_balance_rule, demands_win=False),  # resources_outweigh_demands
)


def find_insights(
    weeks: Sequence[PeriodSummary],
    *,
    sparring: Iterable[SparringTopic],
    who5: Iterable[Who5CheckIn],
    settings: Settings,
    start: date,
    end: date,
    language: Language,
) -> list[Insight]:
    """The insights for ``[start, end]``, most pressing first, good news last.

    Args:
        weeks: the range's summaries per ISO week (``Granularity.WEEK``), oldest first.
        sparring: every sparring topic (the rule looks back 30 days from ``end``).
        who5: check-ins; only those inside ``[start, end]`` are read.
        settings: the user's weekly hours norm and leadership-share target.
    """
    trimmed = tuple(weeks)
    if trimmed and trimmed[-1].days_logged == 0:
        trimmed = trimmed[:-1]  # nothing logged yet in the last week
    facts = _Facts(
        weeks=trimmed,
        end=end,
        settings=settings,
        sparring=tuple(sparring),
        who5=tuple(sorted((c for c in who5 if start <= c.taken_on <= end), key=_taken_on)),
        language=language,
    )
    return [found for rule in RULES if (found := rule(facts)) is not None]


def _taken_on(checkin: Who5CheckIn) -> date:
    return checkin.taken_on
