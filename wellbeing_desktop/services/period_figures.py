"""The headline figures of a period, computed once for ``stats``, the 1:1 draft and reports.

Everything comes from ``Journal.overall`` so the command line and every report agree.
Which weeks hours per week count is the domain's rule (``aggregation.counted_weeks``, also
importable from here); the leader group's pulse counts the same weeks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.aggregation import counted_weeks as counted_weeks
from wellbeing_desktop.domain.catalogues import Texts, localized
from wellbeing_desktop.domain.day_range import EARLIEST_DAY
from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.domain.messages import DAY_ON_OR_BEFORE
from wellbeing_desktop.domain.thresholds import who5_change

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.domain.aggregation import PeriodSummary
    from wellbeing_desktop.domain.models import CatalogueKind, Language, Who5CheckIn
    from wellbeing_desktop.domain.thresholds import Who5Change
    from wellbeing_desktop.services.journal import Journal


# ``stats`` without --from and --to: this week and the three before it.
DEFAULT_WEEKS = 4


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    """A period's summary with the settings and WHO-5 check-ins that give it meaning.

    Attributes:
        summary: ``Journal.overall`` for the period.
        target_percent, weekly_norm: the user's leadership target and hours norm.
        weeks_logged: the calendar weeks (Monday to Sunday) counted for hours per week:
            whole in the period with at least one logged day (see :func:`counted_weeks`).
        hours_counted: the hours worked in those weeks.
        hours_per_week: ``hours_counted`` ÷ ``weeks_logged`` (see :func:`hours_per_week`).
        left_out: the first day (in the period) of each week with logged days that was
            left out because the period holds only part of it (the running week).
        part_week_only: no whole week has logged days, so the part weeks are counted.
        latest_who5: the newest check-in on or before the period's end, if any.
        previous_who5: the check-in before that one, if any.
        who5_change: a change of 10 points or more between the latest check-in in the
            period and the one before it (``thresholds.who5_change``, as the insights).
    """

    summary: PeriodSummary
    target_percent: int
    weekly_norm: float
    weeks_logged: int
    hours_per_week: float
    latest_who5: Who5CheckIn | None
    previous_who5: Who5CheckIn | None
    who5_change: Who5Change | None
    hours_counted: float = 0.0
    left_out: tuple[date, ...] = ()
    part_week_only: bool = False


def hours_per_week(hours_worked: float, weeks_logged: int) -> float:
    """Hours per week: the hours worked in the counted weeks over their number.

    Which weeks count: :func:`counted_weeks`. Hours worked are a day's "hours in all"
    where given, else its category minutes.
    """
    return hours_worked / weeks_logged if weeks_logged else 0.0


def default_stats_period(today: date, weeks: int = DEFAULT_WEEKS) -> tuple[date, date]:
    """``stats`` without a period: the current calendar week and the ``weeks - 1`` before.

    From the Monday ``weeks - 1`` weeks before this week's to ``today`` (whole weeks, so
    the weeks that count for hours per week are whole but for the current one).
    """
    monday = today - timedelta(days=today.weekday())
    return max(monday - timedelta(weeks=weeks - 1), EARLIEST_DAY), today


def stats_period(journal: Journal, start: date | None, end: date | None) -> tuple[date, date]:
    """The period ``stats`` sums up for ``--from``/``--to`` (None: not given).

    Neither: :func:`default_stats_period`. Only ``start``: up to today (or ``start``, if
    that is later). Only ``end``: from the first logged day (or ``end``, if there is none
    before it). Other records (a WHO-5 check-in) never stretch the period. The figures
    look back: an ``end`` after today is today (else the running week would count as a
    whole one), and a ``start`` after today is refused.

    Raises:
        ValidationError: ``start`` is after today (field ``from``).
    """
    today = journal.today()
    if start is not None and start > today:
        raise ValidationError("from", start.isoformat(), Message(DAY_ON_OR_BEFORE, date=today))
    if end is not None:
        end = min(end, today)
    if start is None and end is None:
        return default_stats_period(today)
    if start is not None:
        return start, end if end is not None else max(start, today)
    first = journal.first_day()
    last = end if end is not None else today
    return (first if first is not None and first <= last else last), last


def period_figures(journal: Journal, start: date | None, end: date | None) -> PeriodFigures:
    """The figures of ``[start, end]`` (open ends: the first or last date with data).

    Raises:
        ValidationError: ``start`` is after ``end``, or there is no range and no data.
    """
    summary = journal.overall(start, end)
    settings = journal.settings()
    counted, left_out, part_week_only = counted_weeks(
        _logged_weeks(journal, summary.start, summary.end)
    )
    hours_counted = sum(week.hours_worked for week in counted)
    checkins = journal.who5_checkins()
    earlier = [c for c in checkins if c.taken_on <= summary.end]
    return PeriodFigures(
        summary=summary,
        target_percent=settings.leadership_target_percent,
        weekly_norm=settings.weekly_hours_norm,
        weeks_logged=len(counted),
        hours_per_week=hours_per_week(hours_counted, len(counted)),
        latest_who5=earlier[-1] if earlier else None,
        previous_who5=earlier[-2] if len(earlier) > 1 else None,
        who5_change=who5_change(checkins, summary.start, summary.end),
        hours_counted=hours_counted,
        left_out=tuple(week.start for week in left_out),
        part_week_only=part_week_only,
    )


@dataclass(frozen=True, slots=True)
class _Week:
    """What :func:`counted_weeks` and the hours per week need of a week's summary."""

    start: date
    end: date
    days_logged: int
    hours_worked: float


WEEKS_PER_READ = 53  # a year of weeks at a time: 30 years of summaries are ~7 MiB (issue #20)


def _logged_weeks(journal: Journal, start: date, end: date) -> list[_Week]:
    """The weeks of ``[start, end]`` with a logged day, read a year of weeks at a time.

    Each read ends on a Sunday (or at ``end``), so a week is never cut between two
    reads: the weeks are those of one read of the whole period.
    """
    weeks: list[_Week] = []
    first = start
    while first <= end:
        monday = first - timedelta(days=first.weekday())
        last = min(end, monday + timedelta(weeks=WEEKS_PER_READ, days=-1))
        weeks += (
            _Week(week.start, week.end, week.days_logged, week.hours_worked)
            for week in journal.summaries(Granularity.WEEK, first, last, keep=False)
            if week.days_logged
        )
        first = last + timedelta(days=1)
    return weeks


def item_labels(journal: Journal, kind: CatalogueKind, language: Language) -> dict[str, str]:
    """Catalogue key → short label in the language, built-in and the user's own items.

    A closing explanation in brackets is left out (»Første gang«-situation (første
    MUS, …) → »Første gang«-situation): the reader of a list needs the name only.
    """
    return {item.key: short_label(item.label(language)) for item in journal.catalogue(kind)}


def short_label(label: str) -> str:
    if label.endswith(")") and " (" in label:
        return label[: label.rindex(" (")]
    return label


_BALANCE_EPSILON = 0.05  # as the Today view: a gap that shows as 0,0 reads as balance


def balance_phrase(demands: float, resources: float, language: Language) -> str:
    """The balance in the user's own voice, lower case, for inside a sentence."""
    gap = demands - resources
    if abs(gap) < _BALANCE_EPSILON:
        return localized(
            ("krav og ressourcer er i balance", "demands and resources are in balance"), language
        )
    if gap > 0:
        amount = fmt.number(gap, language)
        return localized(
            (
                f"kravene overstiger ressourcerne med {amount}",
                f"demands exceed resources by {amount}",
            ),
            language,
        )
    return localized(
        ("ressourcerne opvejer kravene", "my resources outweigh the demands"), language
    )


# --- the figures as label → value pairs --------------------------------------------------

LEADERSHIP_SHARE: Texts = ("Ledelsesandel", "Leadership share")
HOURS_PER_WEEK: Texts = ("Timer pr. uge", "Hours per week")
STRESS_STEP: Texts = ("Stresstrin", "Stress step")
DAYS_PER_STEP: Texts = ("Dage pr. trin", "Days per step")
DEMANDS_RESOURCES: Texts = ("Krav / ressourcer", "Demands / resources")
LATEST_WHO5: Texts = ("Seneste WHO-5", "Latest WHO-5")


def share_fact(figures: PeriodFigures, language: Language) -> tuple[str, str]:
    share = figures.summary.leadership_share
    value = "–" if share is None else fmt.percent(share, language)
    target = fmt.whole_percent(figures.target_percent, language)
    goal = localized(("mål", "target"), language)
    return localized(LEADERSHIP_SHARE, language), f"{value} ({goal} {target})"


def hours_fact(figures: PeriodFigures, language: Language) -> tuple[str, str]:
    norm = localized(("norm", "norm"), language)
    value = fmt.hours(figures.hours_per_week, language)
    return (
        localized(HOURS_PER_WEEK, language),
        f"{value} ({norm} {fmt.norm_hours(figures.weekly_norm, language)})",
    )


def stress_facts(figures: PeriodFigures, language: Language) -> list[tuple[str, str]]:
    s = figures.summary
    if s.stress_mean is None or s.stress_max is None:
        return []
    mean, most = localized(("gennemsnit", "mean"), language), localized(("højst", "max"), language)
    per_step = " · ".join(f"{step}: {count}" for step, count in s.days_per_step.items())
    return [
        (
            localized(STRESS_STEP, language),
            f"{mean} {fmt.number(s.stress_mean, language)}, {most} {s.stress_max}",
        ),
        (localized(DAYS_PER_STEP, language), per_step),
    ]


def balance_fact(figures: PeriodFigures, language: Language) -> tuple[str, str] | None:
    s = figures.summary
    if s.demands_mean is None or s.resources_mean is None:
        return None
    return (
        localized(DEMANDS_RESOURCES, language),
        f"{fmt.number(s.demands_mean, language)} / {fmt.number(s.resources_mean, language)}",
    )


def who5_fact(figures: PeriodFigures, language: Language) -> tuple[str, str]:
    latest = figures.latest_who5
    if latest is None:
        return localized(LATEST_WHO5, language), localized(("ingen endnu", "none yet"), language)
    on = fmt.long_date(latest.taken_on, language)
    return localized(LATEST_WHO5, language), f"{latest.score} ({on})"
