"""Read-only queries for the Trends view: flat rows per day, item counts per period.

Every query but ``items_by_period`` and ``change_mark`` (see there) is a Core ``select()``
over the mapped tables' columns and returns plain tuples: nothing here loads a
``DayLogRow`` (and with it the selectin loads of its minutes, items and tags), and
nothing here writes. Dates
are compared and grouped as the ``YYYY-MM-DD`` text SQLite stores them as, and parsed
back with ``date.fromisoformat`` (faster than the column type's per-row regex).

Minutes count only on categories the journal knows (an inner match on
``categories.key``), the same rule ``domain.aggregation`` follows.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, String, and_, case, cast, func, select

from wellbeing_desktop.domain.aggregation import Granularity, period_start
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


# The items picked on each logged day in a range, as stored (dates as text). Run on the
# session's driver connection: ten years are thousands of rows, and grouping them by
# period here in Python cost less than SQLite's date() on every row and a sort, or
# SQLAlchemy's rows for them.
_ITEMS_SQL = (
    f"SELECT l.day, i.catalogue, i.item_key FROM {DayItemRow.__tablename__} AS i "
    f"JOIN {DayLogRow.__tablename__} AS l ON l.id = i.day_log_id "
    "WHERE l.day >= ? AND l.day <= ?"
)


def items_by_period(
    session: Session, start: date, end: date, granularity: Granularity | None
) -> dict[date | None, dict[CatalogueKind, dict[str, int]]]:
    """Days each signal, demand and resource was picked, as period → catalogue → key → days.

    Days each signal, demand and resource was picked in ``[start, end]``, counted per
    period (``granularity``, periods as ``domain.aggregation.period_start`` makes them)
    or over the whole range (``None``, the one period ``None``). A period without picks
    is absent.

    One day counts once per item: (day, catalogue, item) is the table's primary key.
    """
    return items_by_periods(session, start, end, (granularity,))[granularity]


def items_by_periods(
    session: Session, start: date, end: date, granularities: Sequence[Granularity | None]
) -> dict[Granularity | None, dict[date | None, dict[CatalogueKind, dict[str, int]]]]:
    """``items_by_period`` at each of ``granularities``, from one read of the picks."""
    driver: Any = session.connection().connection.driver_connection
    rows = driver.execute(_ITEMS_SQL, (start.isoformat(), end.isoformat()))
    grouped: dict[Granularity | None, dict[date | None, dict[CatalogueKind, dict[str, int]]]]
    grouped = {granularity: {} for granularity in granularities}
    # Thousands of rows over a few hundred days: each day's periods are looked up once.
    by_day: dict[str, list[dict[CatalogueKind, dict[str, int]]]] = {}
    for day, catalogue, key in rows:
        found = by_day.get(day)
        if found is None:
            found = by_day[day] = []
            parsed = date.fromisoformat(day)
            for granularity, periods in grouped.items():
                period = None if granularity is None else period_start(parsed, granularity)
                counts = periods.get(period)
                if counts is None:
                    counts = periods[period] = {kind: {} for kind in _CATALOGUES.values()}
                found.append(counts)
        kind = _CATALOGUES[catalogue]
        for counts in found:
            picked = counts[kind]
            picked[key] = picked.get(key, 0) + 1
    return grouped


def who5_scores(session: Session, start: date, end: date) -> list[tuple[date, int]]:
    """(date, 0..100 score) of the check-ins in ``[start, end]``, oldest first (§3.3)."""
    raw = Who5Row.a1 + Who5Row.a2 + Who5Row.a3 + Who5Row.a4 + Who5Row.a5
    query = (
        select(_text_day(Who5Row.taken_on), raw * 4)
        .where(_in_range(Who5Row.taken_on, start, end))
        .order_by(Who5Row.taken_on)
    )
    return [(date.fromisoformat(day), score) for day, score in session.execute(query)]


_MARK_TOKEN = "wellbeing_series_token"
_tokens = itertools.count(1)


def change_mark(session: Session) -> tuple[int, int]:
    """(connection, ``PRAGMA data_version``) of the connection ``session`` reads on.

    The version moves whenever another connection (of this process or another) commits
    to the file; it does not move for the connection's own commits. The connection is
    named by a number kept with it (a new connection gets a new one), as versions of two
    connections are not comparable. Ask first in a transaction, before any other read.
    """
    fairy = session.connection().connection
    token = fairy.info.get(_MARK_TOKEN)
    if token is None:
        token = fairy.info[_MARK_TOKEN] = next(_tokens)
    driver: Any = fairy.driver_connection
    (version,) = driver.execute("PRAGMA data_version").fetchone()
    return token, int(version)


def renew_mark(session: Session) -> None:
    """Give the connection ``session`` writes on a new name for ``change_mark``.

    Its ``data_version`` does not move for its own commit, so a read on it just after
    (the pool hands it out again) would otherwise make the same mark as a read before
    the write. Call inside the write's transaction, before it commits.
    """
    session.connection().connection.info.pop(_MARK_TOKEN, None)
