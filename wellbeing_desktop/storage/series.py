"""Read-only queries for the Trends view: flat rows per day, item counts per period.

Every query is a Core ``select()`` over the mapped tables' columns and returns plain
tuples: nothing here loads a ``DayLogRow`` (and with it the selectin loads of its
minutes, items and tags), and nothing here writes. Dates are compared and grouped as
the ``YYYY-MM-DD`` text SQLite stores them as, and parsed back with
``date.fromisoformat`` (faster than the column type's per-row regex).

Minutes count only on categories the journal knows (an inner match on
``categories.key``), the same rule ``domain.aggregation`` follows.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, String, and_, case, cast, func, select

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import ActivityKind, CatalogueKind
from wellbeing_desktop.storage.orm import CategoryRow, DayItemRow, DayLogRow, DayMinutesRow, Who5Row

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

# The order of ``DayRow.minutes``.
KINDS: tuple[ActivityKind, ...] = tuple(ActivityKind)
_CATALOGUES = {kind.value: kind for kind in CatalogueKind}


class DayRow(NamedTuple):
    """One logged day, flat: what the period summaries and the heatmap are made from."""

    day: date
    minutes: tuple[int, ...]  # per activity kind, in KINDS order; known categories only
    hours_worked_minutes: int | None
    stress_step: int | None
    demands: int | None
    resources: int | None
    energy: int | None
    signal_count: int


class ItemCount(NamedTuple):
    """On how many days of a period one catalogue item was picked."""

    period: date | None  # the period's first day; None when not grouped by period
    catalogue: CatalogueKind
    key: str
    days: int


class Bounds(NamedTuple):
    """First and last date with data; ``None`` when there is none."""

    first_day: date | None
    last_day: date | None
    first_who5: date | None
    last_who5: date | None


def _text_day(column: Any) -> ColumnElement[str]:
    # The column as the stored text, so the type's result processor is skipped.
    return cast(column, String)


def _in_range(column: Any, start: date | None, end: date | None) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column <= end)
    return and_(True, *conditions)


def _optional_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def bounds(session: Session, start: date | None = None, end: date | None = None) -> Bounds:
    """The first and last logged day and WHO-5 check-in.

    The first and last logged day inside ``[start, end]`` (open ends allowed), and the
    first and last WHO-5 check-in of the whole journal.
    """
    days = session.execute(
        select(func.min(_text_day(DayLogRow.day)), func.max(_text_day(DayLogRow.day))).where(
            _in_range(DayLogRow.day, start, end)
        )
    ).one()
    who5 = session.execute(
        select(func.min(_text_day(Who5Row.taken_on)), func.max(_text_day(Who5Row.taken_on)))
    ).one()
    return Bounds(
        _optional_day(days[0]),
        _optional_day(days[1]),
        _optional_day(who5[0]),
        _optional_day(who5[1]),
    )


def day_rows(session: Session, start: date, end: date) -> list[DayRow]:
    """One row per logged day in ``[start, end]``, oldest first."""
    # A day without minutes still has one (NULL) joined row, so each sum is 0, not NULL.
    minute_sums = [
        func.sum(case((CategoryRow.kind == kind.value, DayMinutesRow.minutes), else_=0))
        for kind in KINDS
    ]
    signal_count = (
        select(func.count())
        .where(
            DayItemRow.day_log_id == DayLogRow.id,
            DayItemRow.catalogue == CatalogueKind.SIGNAL.value,
        )
        .correlate(DayLogRow)
        .scalar_subquery()
    )
    query = (
        select(
            _text_day(DayLogRow.day),
            DayLogRow.hours_worked_minutes,
            DayLogRow.stress_step,
            DayLogRow.demands,
            DayLogRow.resources,
            DayLogRow.energy,
            signal_count,
            *minute_sums,
        )
        .outerjoin(DayMinutesRow, DayMinutesRow.day_log_id == DayLogRow.id)
        .outerjoin(CategoryRow, CategoryRow.key == DayMinutesRow.category_key)
        .where(_in_range(DayLogRow.day, start, end))
        .group_by(DayLogRow.day)  # unique: grouping by it walks its index, no sort
        .order_by(DayLogRow.day)
    )
    rows: list[DayRow] = []
    for day, hours, step, demands, resources, energy, signals, *minutes in session.execute(query):
        rows.append(
            DayRow(
                date.fromisoformat(day),
                tuple(minutes),
                hours,
                step,
                demands,
                resources,
                energy,
                signals,
            )
        )
    return rows


def _period_of(column: Any, granularity: Granularity) -> ColumnElement[str]:
    """SQLite's first day of the period holding the date, as text (``domain.period_start``)."""
    if granularity is Granularity.WEEK:
        # Back six days, then forward to the next Monday (or stay on it): the ISO week's Monday.
        return func.date(column, "-6 days", "weekday 1", type_=String)
    if granularity is Granularity.MONTH:
        return func.date(column, "start of month", type_=String)
    return func.date(column, type_=String)


def item_counts(
    session: Session, start: date, end: date, granularity: Granularity | None
) -> list[ItemCount]:
    """Days each signal, demand and resource was picked.

    Days each signal, demand and resource was picked in ``[start, end]``, counted in
    SQL per period (``granularity``) or over the whole range (``None``).

    One day counts once per item: (day, catalogue, item) is the table's primary key.
    """
    keys: list[ColumnElement[str]] = [
        DayItemRow.catalogue.expression,
        DayItemRow.item_key.expression,
    ]
    if granularity is not None:
        keys.insert(0, _period_of(DayLogRow.day, granularity))
    query = (
        select(*keys, func.count())
        .join(DayLogRow, DayLogRow.id == DayItemRow.day_log_id)
        .where(_in_range(DayLogRow.day, start, end))
        .group_by(*keys)
    )
    rows: Sequence[Any] = session.execute(query).all()
    if granularity is None:
        return [ItemCount(None, _CATALOGUES[c], key, n) for c, key, n in rows]
    periods: dict[str, date] = {}  # a few hundred distinct periods for thousands of rows
    return [
        ItemCount(
            periods.get(p) or periods.setdefault(p, date.fromisoformat(p)),
            _CATALOGUES[c],
            key,
            n,
        )
        for p, c, key, n in rows
    ]


def who5_scores(session: Session, start: date, end: date) -> list[tuple[date, int]]:
    """(date, 0..100 score) of the check-ins in ``[start, end]``, oldest first (§3.3)."""
    raw = Who5Row.a1 + Who5Row.a2 + Who5Row.a3 + Who5Row.a4 + Who5Row.a5
    query = (
        select(_text_day(Who5Row.taken_on), raw * 4)
        .where(_in_range(Who5Row.taken_on, start, end))
        .order_by(Who5Row.taken_on)
    )
    return [(date.fromisoformat(day), score) for day, score in session.execute(query)]


def counts_by_period(
    counts: Sequence[ItemCount],
) -> defaultdict[date | None, dict[CatalogueKind, dict[str, int]]]:
    """The counts as period → catalogue → item key → days."""
    grouped: defaultdict[date | None, dict[CatalogueKind, dict[str, int]]] = defaultdict(
        lambda: {kind: {} for kind in _CATALOGUES.values()}
    )
    for count in counts:
        grouped[count.period][count.catalogue][count.key] = count.days
    return grouped
