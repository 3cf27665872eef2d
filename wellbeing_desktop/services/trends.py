"""The Trends view's numbers: period summaries, heatmap points and insights, fast.

``summaries`` and ``overall`` give exactly what ``domain.aggregation.summarize`` and
``overall`` give for the journal's days (that pure code stays the reference, and the
tests compare the two), but they are made from flat rows of ``storage.series``: one
grouped query per day and one per period for the picked items, instead of loading
every day through the ORM. Each function runs inside the caller's session.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import messages as words
from wellbeing_desktop.domain.aggregation import (
    STEPS,
    Granularity,
    PeriodSummary,
    daily_norm_hours,
    period_end,
    period_label,
    period_start,
)
from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.domain.insights import DayPoint, Insight, find_insights
from wellbeing_desktop.domain.models import ActivityKind, CatalogueKind, Language
from wellbeing_desktop.storage import series
from wellbeing_desktop.storage.repositories import (
    SettingsRepository,
    SparringRepository,
    Who5Repository,
)
from wellbeing_desktop.storage.series import KINDS, DayRow

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

_LEADERSHIP = KINDS.index(ActivityKind.LEADERSHIP)
_NO_ITEMS: dict[CatalogueKind, dict[str, int]] = {kind: {} for kind in CatalogueKind}


def resolve_range(
    session: Session, start: date | None, end: date | None
) -> tuple[date, date] | None:
    """The range to summarise, with the defaults ``domain.aggregation`` takes.

    An open end is taken from the data: the logged days inside the given end(s) and every
    WHO-5 check-in (as ``Journal.summaries`` always handed the domain all check-ins).
    """
    if start is None or end is None:
        found = series.bounds(session, start, end)
        firsts = [d for d in (found.first_day, found.first_who5) if d is not None]
        lasts = [d for d in (found.last_day, found.last_who5) if d is not None]
        if start is None:
            start = min(firsts) if firsts else end
        if end is None:
            end = max(lasts) if lasts else start
    if start is None or end is None:
        return None
    if start > end:
        raise ValidationError(
            "from", start.isoformat(), Message(words.START_BEFORE_END, date=end.isoformat())
        )
    return start, end


def _mean(total: int, count: int) -> float | None:
    # statistics.fmean of ints is their exact sum over the count: the same float.
    return total / count if count else None


def _ranked(counts: dict[str, int]) -> dict[str, int]:
    if not counts:
        return {}
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


# Monday–Friday days among ``rest`` days from weekday ``first`` (as weekdays_between counts).
_WEEKDAYS_IN_REST = tuple(
    tuple(sum(1 for i in range(rest) if (first + i) % 7 < 5) for rest in range(7))
    for first in range(7)
)


def _weekdays(first: date, last: date) -> int:
    """``aggregation.weekdays_between`` without its loop (thousands of periods by day)."""
    if last < first:
        return 0
    full_weeks, rest = divmod((last - first).days + 1, 7)
    return full_weeks * 5 + _WEEKDAYS_IN_REST[first.weekday()][rest]


def _summary(
    first: date,
    last: date,
    label: str,
    days: Sequence[DayRow],
    items: dict[CatalogueKind, dict[str, int]],
    who5: Sequence[tuple[date, int]],
    daily_norm: float,
) -> PeriodSummary:
    if not days and not who5:
        return _empty_summary(first, last, label, items, daily_norm)
    minutes = [0] * len(KINDS)
    worked = 0
    steps: dict[int, int] = {}  # days per step
    step_total = demand_total = demand_days = resource_total = resource_days = 0
    balance_total = balance_days = energy_total = energy_days = 0
    for day in days:
        day_minutes = 0
        for index, value in enumerate(day.minutes):
            minutes[index] += value
            day_minutes += value
        worked += day.hours_worked_minutes if day.hours_worked_minutes is not None else day_minutes
        if day.stress_step is not None:
            steps[day.stress_step] = steps.get(day.stress_step, 0) + 1
            step_total += day.stress_step
        if day.demands is not None:
            demand_total += day.demands
            demand_days += 1
        if day.resources is not None:
            resource_total += day.resources
            resource_days += 1
            if day.demands is not None:
                balance_total += day.resources - day.demands
                balance_days += 1
        if day.energy is not None:
            energy_total += day.energy
            energy_days += 1
    logged = sum(minutes)
    step_days = sum(steps.values())
    return PeriodSummary(
        start=first,
        end=last,
        label=label,
        days_logged=len(days),
        minutes_by_kind=dict(zip(KINDS, minutes, strict=True)),
        logged_minutes=logged,
        leadership_share=minutes[_LEADERSHIP] / logged if logged else None,
        hours_worked=worked / 60,
        hours_norm=daily_norm * _weekdays(first, last),
        stress_mean=_mean(step_total, step_days),
        stress_max=max(steps) if steps else None,
        days_per_step={step: steps.get(step, 0) for step in STEPS},
        signal_counts=_ranked(items[CatalogueKind.SIGNAL]),
        demands_mean=_mean(demand_total, demand_days),
        resources_mean=_mean(resource_total, resource_days),
        balance=_mean(balance_total, balance_days),
        demand_item_counts=_ranked(items[CatalogueKind.DEMAND]),
        resource_item_counts=_ranked(items[CatalogueKind.RESOURCE]),
        energy_mean=_mean(energy_total, energy_days),
        who5_scores=tuple(who5),
    )


def _empty_summary(
    first: date,
    last: date,
    label: str,
    items: dict[CatalogueKind, dict[str, int]],
    daily_norm: float,
) -> PeriodSummary:
    """``_summary`` of a period without logged days or check-ins (many, by day)."""
    return PeriodSummary(
        start=first,
        end=last,
        label=label,
        days_logged=0,
        minutes_by_kind=dict.fromkeys(KINDS, 0),
        logged_minutes=0,
        leadership_share=None,
        hours_worked=0.0,
        hours_norm=daily_norm * _weekdays(first, last),
        stress_mean=None,
        stress_max=None,
        days_per_step=dict.fromkeys(STEPS, 0),
        signal_counts=_ranked(items[CatalogueKind.SIGNAL]),
        demands_mean=None,
        resources_mean=None,
        balance=None,
        demand_item_counts=_ranked(items[CatalogueKind.DEMAND]),
        resource_item_counts=_ranked(items[CatalogueKind.RESOURCE]),
        energy_mean=None,
        who5_scores=(),
    )


def summaries(
    session: Session,
    granularity: Granularity,
    start: date | None = None,
    end: date | None = None,
) -> list[PeriodSummary]:
    """What ``domain.aggregation.summarize`` gives for the journal's days and check-ins.

    Raises:
        ValidationError: ``start`` is after ``end``.
    """
    return summaries_by(session, (granularity,), start, end)[granularity]


def summaries_by(
    session: Session,
    granularities: Sequence[Granularity],
    start: date | None = None,
    end: date | None = None,
) -> dict[Granularity, list[PeriodSummary]]:
    """``summaries`` of one range at each of ``granularities``, from one read of its rows.

    The days, picks and check-ins of the range are read once and added up per period of
    each granularity (the Trends view's months and its insights' weeks, say).

    Raises:
        ValidationError: ``start`` is after ``end``.
    """
    found = resolve_range(session, start, end)
    if found is None:
        return {granularity: [] for granularity in granularities}
    first, last = found
    daily_norm = daily_norm_hours(SettingsRepository(session).load().weekly_hours_norm)
    days = series.day_rows(session, first, last)
    items = series.items_by_periods(session, first, last, granularities)
    scores = series.who5_scores(session, first, last)
    return {
        granularity: _periods(
            granularity, first, last, days, items[granularity], scores, daily_norm
        )
        for granularity in granularities
    }


def _periods(
    granularity: Granularity,
    first: date,
    last: date,
    days: Sequence[DayRow],
    items: dict[date | None, dict[CatalogueKind, dict[str, int]]],
    scores: Sequence[tuple[date, int]],
    daily_norm: float,
) -> list[PeriodSummary]:
    if granularity is Granularity.DAY:
        return _days(first, last, days, items, scores, daily_norm)
    days_by_period: defaultdict[date, list[DayRow]] = defaultdict(list)
    for row in days:
        days_by_period[period_start(row.day, granularity)].append(row)
    who5_by_period: defaultdict[date, list[tuple[date, int]]] = defaultdict(list)
    for score in scores:
        who5_by_period[period_start(score[0], granularity)].append(score)

    result: list[PeriodSummary] = []
    cursor = period_start(first, granularity)
    one_day = timedelta(days=1)
    while cursor <= last:
        stop = period_end(cursor, granularity)
        result.append(
            _summary(
                max(cursor, first),
                min(stop, last),
                period_label(cursor, granularity),
                days_by_period.get(cursor, ()),
                items.get(cursor, _NO_ITEMS),
                who5_by_period.get(cursor, ()),
                daily_norm,
            )
        )
        cursor = stop + one_day
    return result


def _days(
    first: date,
    last: date,
    days: Sequence[DayRow],
    items: dict[date | None, dict[CatalogueKind, dict[str, int]]],
    scores: Sequence[tuple[date, int]],
    daily_norm: float,
) -> list[PeriodSummary]:
    """``_periods`` by day: each day its own period, named by its date.

    Thousands of periods over ten years (most of the all-by-day read): a day with one log
    and no check-in is summed up directly (``_day_summary``), the rest as any period.
    """
    rows = {row.day: row for row in days}  # one row per logged day
    who5_by_day: defaultdict[date, list[tuple[date, int]]] = defaultdict(list)
    for score in scores:
        who5_by_day[score[0]].append(score)
    result: list[PeriodSummary] = []
    append = result.append
    cursor = first
    one_day = timedelta(days=1)
    while cursor <= last:
        row = rows.get(cursor)
        picked = items.get(cursor, _NO_ITEMS)
        if cursor in who5_by_day:
            one = (row,) if row is not None else ()
            append(
                _summary(
                    cursor, cursor, cursor.isoformat(), one, picked, who5_by_day[cursor], daily_norm
                )
            )
        elif row is None:
            append(_empty_summary(cursor, cursor, cursor.isoformat(), picked, daily_norm))
        else:
            append(_day_summary(row, picked, daily_norm))
        cursor += one_day
    return result


def _day_summary(
    row: DayRow, items: dict[CatalogueKind, dict[str, int]], daily_norm: float
) -> PeriodSummary:
    """``_summary`` of one day's period holding that day's log and no check-in.

    The same values as ``_summary(day, day, day.isoformat(), (row,), items, (), ...)``
    (the tests compare them), without its loops: the means over one day are its values
    divided by one.
    """
    day = row.day
    minutes = row.minutes
    logged = sum(minutes)
    worked = row.hours_worked_minutes if row.hours_worked_minutes is not None else logged
    step, demands, resources, energy = row.stress_step, row.demands, row.resources, row.energy
    return PeriodSummary(
        start=day,
        end=day,
        label=day.isoformat(),
        days_logged=1,
        minutes_by_kind=dict(zip(KINDS, minutes, strict=True)),
        logged_minutes=logged,
        leadership_share=minutes[_LEADERSHIP] / logged if logged else None,
        hours_worked=worked / 60,
        hours_norm=daily_norm * (1 if day.weekday() < 5 else 0),
        stress_mean=step / 1 if step is not None else None,
        stress_max=step,
        days_per_step={s: 1 if s == step else 0 for s in STEPS},
        signal_counts=_ranked(items[CatalogueKind.SIGNAL]),
        demands_mean=demands / 1 if demands is not None else None,
        resources_mean=resources / 1 if resources is not None else None,
        balance=(resources - demands) / 1
        if resources is not None and demands is not None
        else None,
        demand_item_counts=_ranked(items[CatalogueKind.DEMAND]),
        resource_item_counts=_ranked(items[CatalogueKind.RESOURCE]),
        energy_mean=energy / 1 if energy is not None else None,
        who5_scores=(),
    )


def overall(session: Session, start: date | None = None, end: date | None = None) -> PeriodSummary:
    """What ``domain.aggregation.overall`` gives for the journal's days and check-ins.

    Raises:
        ValidationError: no range was given and the journal holds no data to take one
            from, or ``start`` is after ``end``.
    """
    found = resolve_range(session, start, end)
    if found is None:
        raise ValidationError("from", None, words.DATE_RANGE_OR_DAYS, show_value=False)
    first, last = found
    items = series.items_by_period(session, first, last, None)
    return _summary(
        first,
        last,
        f"{first.isoformat()} – {last.isoformat()}",
        series.day_rows(session, first, last),
        items.get(None, _NO_ITEMS),
        series.who5_scores(session, first, last),
        daily_norm_hours(SettingsRepository(session).load().weekly_hours_norm),
    )


def day_points(session: Session, start: date, end: date) -> list[DayPoint]:
    """Each logged day in ``[start, end]`` as the year heatmap shows it, oldest first."""
    points: list[DayPoint] = []
    for row in series.day_rows(session, start, end):
        logged = sum(row.minutes)
        share = row.minutes[_LEADERSHIP] / logged if logged else None
        points.append(DayPoint(row.day, row.stress_step, share))
    return points


def insights(
    session: Session,
    start: date,
    end: date,
    language: Language,
    weeks: Sequence[PeriodSummary] | None = None,
) -> list[Insight]:
    """The insights for ``[start, end]``.

    The insights for ``[start, end]``: the rules of ``domain.insights`` over the weeks
    of the range, the sparring topics, the WHO-5 check-ins and the user's settings.
    ``weeks``, when given, are ``summaries(session, WEEK, start, end)`` already made (the
    Trends view's weekly numbers): they are not read again.

    Raises:
        ValidationError: ``start`` is after ``end``.
    """
    if weeks is None:
        weeks = summaries(session, Granularity.WEEK, start, end)
    return find_insights(
        weeks,
        sparring=SparringRepository(session).all(),
        who5=Who5Repository(session).all(),
        settings=SettingsRepository(session).load(),
        start=start,
        end=end,
        language=language,
    )
