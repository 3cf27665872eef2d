"""Period summaries for the Trends view, reports and the "this week" read-out.

Rules the numbers follow (where a choice had to be made):

* Periods are clipped to the requested range: a week that starts before ``start`` is
  summarised from ``start`` on, and its norm counts only the weekdays inside the range.
  The label stays the period's own (``2026-W48``).
* Minutes on a category key that is not among ``categories`` are ignored everywhere
  (kinds, logged minutes, the hours fallback): they cannot be classified, and counting
  them as "logged" would skew the leadership share.
* If two logs carry the same date, the later one in the input wins.
* Means are over the days that have the value, not over all days of the period.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, TypeVar

from wellbeing_desktop.domain import messages as msg
from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.domain.models import ActivityKind, Category, DayLog, Language, Who5CheckIn

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

STEPS = (1, 2, 3, 4, 5)

WORKDAYS_PER_WEEK = 5
"""The weekly hours norm is spread over five working days."""


def daily_norm_hours(weekly_hours: float) -> float:
    """The hours norm of one working day: the weekly norm over five days."""
    return weekly_hours / WORKDAYS_PER_WEEK


def daily_norm_minutes(weekly_hours: float) -> int:
    """The hours norm of one working day in whole minutes (``weekly norm × 60 / 5``)."""
    return round(weekly_hours * 60 / WORKDAYS_PER_WEEK)


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def period_start(day: date, granularity: Granularity) -> date:
    """First day of the period holding ``day``: the day, its ISO week's Monday, or the 1st."""
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day


def period_end(day: date, granularity: Granularity) -> date:
    """Last day (inclusive) of the period holding ``day``."""
    start = period_start(day, granularity)
    if granularity is Granularity.WEEK:
        return start + timedelta(days=6)
    if granularity is Granularity.MONTH:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return start


def period_label(day: date, granularity: Granularity) -> str:
    """``2026-11-24``, ``2026-W48`` (ISO week-numbering year) or ``2026-11``."""
    if granularity is Granularity.WEEK:
        iso = day.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if granularity is Granularity.MONTH:
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


def weekdays_between(start: date, end: date) -> int:
    """Monday–Friday days in ``[start, end]`` (0 when end is before start)."""
    if end < start:
        return 0
    days = (end - start).days + 1
    full_weeks, rest = divmod(days, 7)
    first = start.weekday()
    return full_weeks * 5 + sum(1 for i in range(rest) if (first + i) % 7 < 5)


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    """What a period adds up to. ``None`` means "nothing logged to compute it from".

    Attributes:
        start, end: the (clipped) period, both inclusive.
        label: the period's name, e.g. ``2026-W48``.
        days_logged: days with a log in the period.
        minutes_by_kind: minutes per activity kind; every kind is present.
        logged_minutes: minutes on known categories.
        leadership_share: leadership minutes ÷ logged minutes (0..1).
        hours_worked: per day the stated hours worked, else that day's logged minutes.
        hours_norm: weekly norm ÷ 5 for each Monday–Friday day in the period.
        stress_mean, stress_max: over days with a staircase step.
        days_per_step: days on each step 1..5; every step is present.
        signal_counts, demand_item_counts, resource_item_counts: days each key was
            picked, most frequent first (ties by key).
        demands_mean, resources_mean, energy_mean: over days with the value.
        balance: mean of (resources − demands) over days that have both.
        who5_scores: (date, 0..100 score) of check-ins in the period, oldest first.
    """

    start: date
    end: date
    label: str
    days_logged: int
    minutes_by_kind: dict[ActivityKind, int]
    logged_minutes: int
    leadership_share: float | None
    hours_worked: float
    hours_norm: float
    stress_mean: float | None
    stress_max: int | None
    days_per_step: dict[int, int]
    signal_counts: dict[str, int]
    demands_mean: float | None
    resources_mean: float | None
    balance: float | None
    demand_item_counts: dict[str, int]
    resource_item_counts: dict[str, int]
    energy_mean: float | None
    who5_scores: tuple[tuple[date, int], ...]


def _mean(values: Sequence[int]) -> float | None:
    if not values:
        return None
    # Imported here: ``statistics`` brings ``decimal`` and ``fractions``, which Today's
    # first paint (it imports this module for ``daily_norm_minutes``) does not need.
    from statistics import fmean

    return fmean(values)


def _ranked(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def minutes_by_kind(
    minutes: Mapping[str, int], kinds: Mapping[str, ActivityKind]
) -> dict[ActivityKind, int]:
    """Minutes per kind of work of minutes per category (a category not in ``kinds``: none)."""
    by_kind = dict.fromkeys(ActivityKind, 0)
    for key, value in minutes.items():
        kind = kinds.get(key)
        if kind is not None:
            by_kind[kind] += value
    return by_kind


def _time_of(
    logs: Sequence[DayLog], kinds: dict[str, ActivityKind]
) -> tuple[dict[ActivityKind, int], int]:
    """Minutes per kind of work, and the minutes worked (a day's own hours, else its log)."""
    total_by_kind = dict.fromkeys(ActivityKind, 0)
    worked_minutes = 0
    for log in logs:
        day_by_kind = minutes_by_kind(log.minutes, kinds)
        day_minutes = sum(day_by_kind.values())
        for kind, value in day_by_kind.items():
            total_by_kind[kind] += value
        worked_minutes += (
            log.hours_worked_minutes if log.hours_worked_minutes is not None else day_minutes
        )
    return total_by_kind, worked_minutes


def _summarize_period(
    start: date,
    end: date,
    label: str,
    logs: Sequence[DayLog],
    who5: Sequence[Who5CheckIn],
    kinds: dict[str, ActivityKind],
    weekly_norm: float,
) -> PeriodSummary:
    minutes_by_kind, worked_minutes = _time_of(logs, kinds)
    steps: list[int] = []
    demands: list[int] = []
    resources: list[int] = []
    balances: list[int] = []
    energies: list[int] = []
    signals: Counter[str] = Counter()
    demand_items: Counter[str] = Counter()
    resource_items: Counter[str] = Counter()
    for log in logs:
        if log.stress_step is not None:
            steps.append(log.stress_step)
        if log.demands is not None:
            demands.append(log.demands)
        if log.resources is not None:
            resources.append(log.resources)
        if log.demands is not None and log.resources is not None:
            balances.append(log.resources - log.demands)
        if log.energy is not None:
            energies.append(log.energy)
        # set(): a key listed twice on one day still counts as one day.
        signals.update(set(log.signals))
        demand_items.update(set(log.demand_items))
        resource_items.update(set(log.resource_items))

    logged = sum(minutes_by_kind.values())
    step_counts = Counter(steps)
    return PeriodSummary(
        start=start,
        end=end,
        label=label,
        days_logged=len(logs),
        minutes_by_kind=minutes_by_kind,
        logged_minutes=logged,
        leadership_share=minutes_by_kind[ActivityKind.LEADERSHIP] / logged if logged else None,
        hours_worked=worked_minutes / 60,
        hours_norm=daily_norm_hours(weekly_norm) * weekdays_between(start, end),
        stress_mean=_mean(steps),
        stress_max=max(steps) if steps else None,
        days_per_step={step: step_counts[step] for step in STEPS},
        signal_counts=_ranked(signals),
        demands_mean=_mean(demands),
        resources_mean=_mean(resources),
        balance=_mean(balances),
        demand_item_counts=_ranked(demand_items),
        resource_item_counts=_ranked(resource_items),
        energy_mean=_mean(energies),
        who5_scores=tuple(sorted((c.taken_on, c.score) for c in who5)),
    )


def _prepare(
    logs: Iterable[DayLog],
    who5: Iterable[Who5CheckIn],
    start: date | None,
    end: date | None,
) -> tuple[list[DayLog], list[Who5CheckIn], date, date] | None:
    """Deduplicated logs and check-ins inside the range, and the range; None if empty."""
    by_day = {log.day: log for log in logs}  # later duplicates win
    checkins = list(who5)
    dates = [*by_day, *(c.taken_on for c in checkins)]
    if start is None:
        start = min(dates) if dates else end
    if end is None:
        end = max(dates) if dates else start
    if start is None or end is None:
        return None
    if start > end:
        raise ValidationError(
            "from", start.isoformat(), Message(msg.START_BEFORE_END, date=end.isoformat())
        )
    inside = sorted((log for day, log in by_day.items() if start <= day <= end), key=_day)
    return inside, [c for c in checkins if start <= c.taken_on <= end], start, end


def _day(log: DayLog) -> date:
    return log.day


def summarize(
    logs: Iterable[DayLog],
    *,
    categories: Iterable[Category],
    who5: Iterable[Who5CheckIn] = (),
    weekly_norm: float,
    granularity: Granularity,
    start: date | None = None,
    end: date | None = None,
) -> list[PeriodSummary]:
    """One summary per period in ``[start, end]``, oldest first, empty periods included.

    Empty periods (``days_logged == 0``) are kept so charts show gaps, not a false line.
    ``start``/``end`` default to the first and last date in the data; with no data and
    no range, the result is empty.

    Raises:
        ValidationError: ``start`` is after ``end``.
    """
    prepared = _prepare(logs, who5, start, end)
    if prepared is None:
        return []
    inside, checkins, first, last = prepared
    kinds = {category.key: category.kind for category in categories}
    logs_by_period: defaultdict[date, list[DayLog]] = defaultdict(list)
    for log in inside:
        logs_by_period[period_start(log.day, granularity)].append(log)
    who5_by_period: defaultdict[date, list[Who5CheckIn]] = defaultdict(list)
    for checkin in checkins:
        who5_by_period[period_start(checkin.taken_on, granularity)].append(checkin)

    summaries: list[PeriodSummary] = []
    cursor = period_start(first, granularity)
    while cursor <= last:
        stop = period_end(cursor, granularity)
        summaries.append(
            _summarize_period(
                max(cursor, first),
                min(stop, last),
                period_label(cursor, granularity),
                logs_by_period.get(cursor, []),
                who5_by_period.get(cursor, []),
                kinds,
                weekly_norm,
            )
        )
        cursor = stop + timedelta(days=1)
    return summaries


def overall(
    logs: Iterable[DayLog],
    *,
    categories: Iterable[Category],
    who5: Iterable[Who5CheckIn] = (),
    weekly_norm: float,
    start: date | None = None,
    end: date | None = None,
) -> PeriodSummary:
    """One summary for the whole range, labelled ``2026-11-01 – 2026-11-26``.

    Raises:
        ValidationError: no range was given and there is no data to take one from, or
            ``start`` is after ``end``.
    """
    prepared = _prepare(logs, who5, start, end)
    if prepared is None:
        raise ValidationError("from", None, msg.DATE_RANGE_OR_DAYS, show_value=False)
    inside, checkins, first, last = prepared
    kinds = {category.key: category.kind for category in categories}
    label = f"{first.isoformat()} – {last.isoformat()}"
    return _summarize_period(first, last, label, inside, checkins, kinds, weekly_norm)


class WeekSpan(Protocol):
    """What ``counted_weeks`` reads of a week: a ``PeriodSummary``, or less of one."""

    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def days_logged(self) -> int: ...


Week = TypeVar("Week", bound=WeekSpan)


def counted_weeks(weeks: Sequence[Week]) -> tuple[list[Week], list[Week], bool]:
    """The weeks hours per week count, the weeks left out, and whether only part weeks count.

    A week counts when it has at least one logged day and lies wholly in the period
    (Monday to Sunday): a week without a logged day (a holiday) would dilute the figure,
    and a week the period holds only part of (the running week, still going; a week cut
    by --from or --to) would count a few days as a whole week (1 hour on Monday would
    halve a 4-week figure). When no whole week has logged days, the part weeks count:
    the figure is then the hours so far (``part_week_only``).
    """
    logged = [week for week in weeks if week.days_logged]
    whole = [week for week in logged if (week.end - week.start).days == 6]
    if whole:
        return whole, [week for week in logged if (week.end - week.start).days != 6], False
    return logged, [], bool(logged)


# Differences this small show as "0,0" at one decimal, so they read as balance.
_BALANCE_EPSILON = 0.05


def _number(value: float, language: Language) -> str:
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.1f}"
    return text.replace(".", ",") if language is Language.DANISH else text


def balance_sentence(demands: float, resources: float, language: Language) -> str:
    """The plain sentence under the demand/resource sliders (UX words table).

    Works for a single day's 0..10 values and for period means (shown with one decimal).
    """
    gap = demands - resources
    if abs(gap) < _BALANCE_EPSILON:
        if language is Language.DANISH:
            return "Krav og ressourcer er i balance"
        return "Demands and resources are in balance"
    if gap > 0:
        amount = _number(round(gap, 1), language)
        if language is Language.DANISH:
            return f"Krav overstiger ressourcer med {amount}"
        return f"Demands exceed resources by {amount}"
    if language is Language.DANISH:
        return "Ressourcerne opvejer kravene"
    return "Your resources outweigh the demands"
