"""Days: their rows and ``DayLog``, with plain statements.

Days: the mapping between their rows and ``DayLog``, read and written with plain
statements (the hot path of saving); repositories never commit.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, select

from wellbeing_desktop.domain.models import CatalogueKind, DayLog, ShareLevel
from wellbeing_desktop.storage import search
from wellbeing_desktop.storage.engine import transaction_driver
from wellbeing_desktop.storage.orm import (
    DayItemRow,
    DayLogRow,
    DayMinutesRow,
    DayTagRow,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

    from sqlalchemy.orm import Session

_ITEM_FIELDS = {
    CatalogueKind.SIGNAL: "signals",
    CatalogueKind.DEMAND: "demand_items",
    CatalogueKind.RESOURCE: "resource_items",
}


def day_search_text(log: DayLog) -> str:
    return " ".join([log.reflection, *log.tags]).strip()


_DAYS = cast("Table", DayLogRow.__table__)
_MINUTES = cast("Table", DayMinutesRow.__table__)
_ITEMS = cast("Table", DayItemRow.__table__)
_TAGS = cast("Table", DayTagRow.__table__)
# The day's own columns besides its key and time stamps, in DayLog's words.
_DAY_COLUMNS = (
    "hours_worked_minutes",
    "stress_step",
    "demands",
    "resources",
    "energy",
    "reflection",
    "share",
)


def _day_log(
    day: date,
    stored: Mapping[str, Any],
    minutes: Iterable[tuple[str, int]],
    items: Iterable[tuple[str, str]],
    tags: Iterable[str],
) -> DayLog:
    """The one mapping of a day's stored values to a ``DayLog``.

    The one mapping of a day's stored values to a ``DayLog``: its own columns (by
    ``_DAY_COLUMNS`` name), its minutes by category, its picked items as (catalogue, key)
    in order, and its tags in order.
    """
    picked: dict[str, list[str]] = {kind: [] for kind in CatalogueKind}
    for catalogue, key in items:
        picked[catalogue].append(key)
    return DayLog(
        day=day,
        minutes=dict(minutes),
        hours_worked_minutes=stored["hours_worked_minutes"],
        stress_step=stored["stress_step"],
        signals=tuple(picked[CatalogueKind.SIGNAL]),
        demands=stored["demands"],
        resources=stored["resources"],
        demand_items=tuple(picked[CatalogueKind.DEMAND]),
        resource_items=tuple(picked[CatalogueKind.RESOURCE]),
        energy=stored["energy"],
        reflection=stored["reflection"],
        tags=tuple(tags),
        share=ShareLevel(stored["share"]),
    )


def _day_from_row(row: DayLogRow) -> DayLog:
    """An ORM row (with its child rows loaded) as a ``DayLog``."""
    return _day_log(
        row.day,
        {name: getattr(row, name) for name in _DAY_COLUMNS},
        ((m.category_key, m.minutes) for m in row.minutes),
        ((item.catalogue, item.item_key) for item in row.items),
        (t.tag for t in row.tags),
    )


# One day's reads and writes, as plain statements on the driver's own connection (inside
# the session's transaction): saving a day runs them every time, and SQLAlchemy's statement
# machinery cost more than the statements themselves (issue #20: the save of one day).
_SELECT_DAY_SQL = f"SELECT id, {', '.join(_DAY_COLUMNS)} FROM day_logs WHERE day = ?"
_SELECT_CHILDREN_SQL = (
    "SELECT category_key, minutes FROM day_minutes WHERE day_log_id = ? ORDER BY category_key",
    "SELECT catalogue, item_key FROM day_items WHERE day_log_id = ? ORDER BY position",
    "SELECT tag FROM day_tags WHERE day_log_id = ? ORDER BY position",
)
_INSERT_DAY_SQL = (
    f"INSERT INTO day_logs (day, created_at, updated_at, {', '.join(_DAY_COLUMNS)}) "
    f"VALUES (?, ?, ?{', ?' * len(_DAY_COLUMNS)})"
)
_CHILD_TABLES = ("day_minutes", "day_items", "day_tags")
_DELETE_CHILDREN_SQL = {name: f"DELETE FROM {name} WHERE day_log_id = ?" for name in _CHILD_TABLES}
_CHILD_COLUMNS = {
    "day_minutes": ("category_key", "minutes"),
    "day_items": ("catalogue", "item_key", "position"),
    "day_tags": ("tag", "position"),
}
_INSERT_CHILD_SQL = {
    name: f"INSERT INTO {name} (day_log_id, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})"
    for name, columns in _CHILD_COLUMNS.items()
}


def stored_date(day: date) -> str:
    """A date as SQLAlchemy's ``Date`` stores it in SQLite (the tests compare)."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def stored_time(moment: datetime) -> str:
    """A time as SQLAlchemy's ``DateTime`` stores it in SQLite (the tests compare)."""
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}"
    )


def _update_day_sql(names: tuple[str, ...]) -> str:
    """The UPDATE of ``updated_at`` and the columns ``names`` (all of ``_DAY_COLUMNS``)."""
    found = _UPDATES.get(names)
    if found is None:
        assignments = ", ".join(f"{name} = ?" for name in ("updated_at", *names))
        found = _UPDATES[names] = f"UPDATE day_logs SET {assignments} WHERE id = ?"
    return found


_UPDATES: dict[tuple[str, ...], str] = {}


def _children(
    run: Callable[..., Any], ids: list[int]
) -> tuple[dict[int, list[Any]], dict[int, list[Any]], dict[int, list[Any]]]:
    """The minutes, picked items and tags of the days ``ids``, by day id, in stored order."""
    found: list[dict[int, list[Any]]] = [{}, {}, {}]
    queries = (
        select(_MINUTES.c.day_log_id, _MINUTES.c.category_key, _MINUTES.c.minutes)
        .where(_MINUTES.c.day_log_id.in_(ids))
        .order_by(_MINUTES.c.day_log_id, _MINUTES.c.category_key),
        select(_ITEMS.c.day_log_id, _ITEMS.c.catalogue, _ITEMS.c.item_key)
        .where(_ITEMS.c.day_log_id.in_(ids))
        .order_by(_ITEMS.c.day_log_id, _ITEMS.c.position),
        select(_TAGS.c.day_log_id, _TAGS.c.tag)
        .where(_TAGS.c.day_log_id.in_(ids))
        .order_by(_TAGS.c.day_log_id, _TAGS.c.position),
    )
    for into, query in zip(found, queries, strict=True):
        for day_id, *rest in run(query):
            into.setdefault(day_id, []).append(rest[0] if len(rest) == 1 else tuple(rest))
    return found[0], found[1], found[2]


def _day_values(log: DayLog) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(log, name) for name in _DAY_COLUMNS}
    values["share"] = log.share.value
    return values


def _child_rows(log: DayLog) -> dict[str, list[tuple[Any, ...]]]:
    """The day's rows in each child table (minutes, picked items, tags), without its id.

    As tuples in ``_CHILD_COLUMNS`` order.
    """
    return {
        "day_minutes": sorted(log.minutes.items()),
        "day_items": [
            (kind.value, key, i)
            for kind, field in _ITEM_FIELDS.items()
            for i, key in enumerate(getattr(log, field))
        ],
        "day_tags": [(tag, i) for i, tag in enumerate(log.tags)],
    }


# Rows read at a time by ``between``: the rows (with their minutes, items and tags) of a
# whole journal alive at once made Python's full garbage collections, which stop every
# thread (the GUI's too), last 0.2-0.4 s during a big export (GUI attack finding 11).
_CHUNK = 500


class DayLogRepository:
    """Days, read and written with plain statements.

    Days, read and written with plain statements (one day is the hot path of saving:
    the ORM's unit of work cost more than the writes themselves).
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        # The day this repository read or wrote last in its transaction, with its row id
        # (only ``save`` writes days): saving the day just read does not read it again.
        self._last: tuple[date, tuple[int, DayLog] | None] | None = None

    def get(self, day: date) -> DayLog | None:
        loaded = self._load(day)
        return loaded[1] if loaded else None

    def _driver(self) -> Any:
        """The driver's own connection, inside the session's transaction."""
        return transaction_driver(self._session)

    def _load(self, day: date) -> tuple[int, DayLog] | None:
        """The stored day with its row id (mapped by ``_day_log``, as ``between`` maps rows)."""
        conn = self._driver()
        found = conn.execute(_SELECT_DAY_SQL, (stored_date(day),)).fetchone()
        if found is None:
            self._last = (day, None)
            return None
        day_id = int(found[0])
        stored = dict(zip(_DAY_COLUMNS, found[1:], strict=True))
        minutes, items, tags = (
            conn.execute(sql, (day_id,)).fetchall() for sql in _SELECT_CHILDREN_SQL
        )
        log = _day_log(day, stored, minutes, items, (tag for (tag,) in tags))
        self._last = (day, (day_id, log))
        return day_id, log

    def saved_at(self, day: date) -> datetime | None:
        """When the day was last written (by any program), or None for a new day."""
        query = select(_DAYS.c.updated_at).where(_DAYS.c.day == day)
        found = self._session.connection().execute(query).scalar()
        return found if isinstance(found, datetime) else None

    def between(self, start: date | None = None, end: date | None = None) -> list[DayLog]:
        """The days from ``start`` to ``end`` (None: open-ended), read ``_CHUNK`` rows at a time."""
        query = select(DayLogRow).order_by(DayLogRow.day)
        if start is not None:
            query = query.where(DayLogRow.day >= start)
        if end is not None:
            query = query.where(DayLogRow.day <= end)
        rows = self._session.scalars(query.execution_options(yield_per=_CHUNK))
        return [_day_from_row(r) for r in rows]

    def each_between(
        self, start: date | None = None, end: date | None = None, *, chunk: int = _CHUNK
    ) -> Iterator[DayLog]:
        """The days of ``between`` one at a time, oldest first (for a file written as it reads).

        Plain statements, ``chunk`` days at a time (their minutes, items and tags in one
        query each per chunk): no ORM rows, whose reference cycles would wait for the
        garbage collector, so only a chunk's values and the days the caller still holds
        are alive at once.
        """
        query = select(_DAYS.c.id, _DAYS.c.day, *(_DAYS.c[name] for name in _DAY_COLUMNS))
        if start is not None:
            query = query.where(_DAYS.c.day >= start)
        if end is not None:
            query = query.where(_DAYS.c.day <= end)
        run = self._session.connection().execute
        result = run(query.order_by(_DAYS.c.day).execution_options(yield_per=chunk))
        for rows in result.partitions():
            ids = [row[0] for row in rows]
            minutes, items, tags = _children(run, ids)
            for day_id, day, *values in rows:
                yield _day_log(
                    day,
                    dict(zip(_DAY_COLUMNS, values, strict=True)),
                    minutes.get(day_id, ()),
                    items.get(day_id, ()),
                    tags.get(day_id, ()),
                )

    def save(self, log: DayLog, *, now: datetime) -> None:
        """Insert or replace the whole day, and its search index entry.

        Only what differs from the stored day is written: the changed columns, a child
        list (minutes, picked items, tags) only when it changed, the search entry only
        when the searchable text did. A day saved unchanged writes nothing.
        """
        # Statements go straight to the connection: write what the session holds first,
        # so the order of writes in the transaction stays the order of the calls.
        self._session.flush()
        conn = self._driver()
        values = _day_values(log)
        last = self._last
        loaded = last[1] if last is not None and last[0] == log.day else self._load(log.day)
        self._last = None  # until every write below is done (a failed one leaves it unknown)
        if loaded is None:
            at = stored_time(now)
            cursor = conn.execute(_INSERT_DAY_SQL, (stored_date(log.day), at, at, *values.values()))
            day_id = int(cursor.lastrowid)
            old, old_text = DayLog(day=log.day), None
        else:
            day_id, old = loaded
            if old == log:
                self._last = (log.day, loaded)
                return
            stored = _day_values(old)
            changed = {name: value for name, value in values.items() if stored[name] != value}
            conn.execute(
                _update_day_sql(tuple(changed)), (stored_time(now), *changed.values(), day_id)
            )
            old_text = day_search_text(old)
        stored_children = _child_rows(old)
        for table, rows in _child_rows(log).items():
            if rows == stored_children[table]:
                continue
            if loaded is not None:
                conn.execute(_DELETE_CHILDREN_SQL[table], (day_id,))
            if rows:
                conn.executemany(_INSERT_CHILD_SQL[table], [(day_id, *row) for row in rows])
        text = day_search_text(log)
        if text != old_text:
            search.index_entry(conn, "day", day_id, log.day, text)
        self._last = (log.day, (day_id, log))

    def count(self) -> int:
        return self._session.scalar(select(func.count(DayLogRow.id))) or 0

    def first_day(self) -> date | None:
        """The earliest day stored, or None when no day is."""
        found = self._session.scalar(select(func.min(DayLogRow.day)))
        return found if isinstance(found, date) else None

    def minutes_between(self, start: date, end: date) -> dict[date, dict[str, int]]:
        """The minutes per category of each day in ``[start, end]`` that has any (one query)."""
        query = (
            select(_DAYS.c.day, _MINUTES.c.category_key, _MINUTES.c.minutes)
            .join(_MINUTES, _MINUTES.c.day_log_id == _DAYS.c.id)
            .where(_DAYS.c.day >= start, _DAYS.c.day <= end)
        )
        found: dict[date, dict[str, int]] = {}
        for day, key, minutes in self._session.connection().execute(query):
            found.setdefault(day, {})[key] = int(minutes)
        return found
