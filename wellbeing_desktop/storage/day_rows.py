"""One day's rows, read and written with plain SQL on a DB-API connection of the driver.

The one definition of how a ``DayLog`` is stored (its row, its minutes, picked items and
tags, its search index entry) and read back, without SQLAlchemy: ``day_logs.
DayLogRepository`` runs these on its session's own driver connection, inside the
session's transaction (saving a day is the hot path: SQLAlchemy's statement machinery
cost more than the statements), and a caller holding a bare keyed connection can run the
same ones inside its own transaction. Nothing here commits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain.models import CatalogueKind, DayLog, ShareLevel
from wellbeing_desktop.storage import search

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from datetime import date, datetime

_ITEM_FIELDS = {
    CatalogueKind.SIGNAL: "signals",
    CatalogueKind.DEMAND: "demand_items",
    CatalogueKind.RESOURCE: "resource_items",
}


def day_search_text(log: DayLog) -> str:
    return " ".join([log.reflection, *log.tags]).strip()


# The day's own columns besides its key and time stamps, in DayLog's words.
DAY_COLUMNS = (
    "hours_worked_minutes",
    "stress_step",
    "demands",
    "resources",
    "energy",
    "reflection",
    "share",
)


def day_log_from(
    day: date,
    stored: Mapping[str, Any],
    minutes: Iterable[tuple[str, int]],
    items: Iterable[tuple[str, str]],
    tags: Iterable[str],
) -> DayLog:
    """The one mapping of a day's stored values to a ``DayLog``.

    The one mapping of a day's stored values to a ``DayLog``: its own columns (by
    ``DAY_COLUMNS`` name), its minutes by category, its picked items as (catalogue, key)
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


# One day's reads and writes, as plain statements on the driver's own connection (inside
# the session's transaction): saving a day runs them every time, and SQLAlchemy's statement
# machinery cost more than the statements themselves (issue #20: the save of one day).
_SELECT_DAY_SQL = f"SELECT id, {', '.join(DAY_COLUMNS)} FROM day_logs WHERE day = ?"
_SELECT_CHILDREN_SQL = (
    "SELECT category_key, minutes FROM day_minutes WHERE day_log_id = ? ORDER BY category_key",
    "SELECT catalogue, item_key FROM day_items WHERE day_log_id = ? ORDER BY position",
    "SELECT tag FROM day_tags WHERE day_log_id = ? ORDER BY position",
)
_INSERT_DAY_SQL = (
    f"INSERT INTO day_logs (day, created_at, updated_at, {', '.join(DAY_COLUMNS)}) "
    f"VALUES (?, ?, ?{', ?' * len(DAY_COLUMNS)})"
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
    """The UPDATE of ``updated_at`` and the columns ``names`` (all of ``DAY_COLUMNS``)."""
    found = _UPDATES.get(names)
    if found is None:
        assignments = ", ".join(f"{name} = ?" for name in ("updated_at", *names))
        found = _UPDATES[names] = f"UPDATE day_logs SET {assignments} WHERE id = ?"
    return found


_UPDATES: dict[tuple[str, ...], str] = {}


def _day_values(log: DayLog) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(log, name) for name in DAY_COLUMNS}
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


def load_day(conn: Any, day: date) -> tuple[int, DayLog] | None:
    """The stored day with its row id, or None (``conn``: the driver's, in a transaction)."""
    found = conn.execute(_SELECT_DAY_SQL, (stored_date(day),)).fetchone()
    if found is None:
        return None
    day_id = int(found[0])
    stored = dict(zip(DAY_COLUMNS, found[1:], strict=True))
    minutes, items, tags = (conn.execute(sql, (day_id,)).fetchall() for sql in _SELECT_CHILDREN_SQL)
    return day_id, day_log_from(day, stored, minutes, items, (tag for (tag,) in tags))


def write_day(conn: Any, log: DayLog, *, now: datetime, stored: tuple[int, DayLog] | None) -> int:
    """Insert or replace the whole day and its search index entry; its row id.

    ``stored``: the day as ``load_day`` read it in this transaction. Only what differs
    from it is written: the changed columns, a child list (minutes, picked items, tags)
    only when it changed, the search entry only when the searchable text did. A day
    saved unchanged writes nothing.
    """
    values = _day_values(log)
    if stored is None:
        at = stored_time(now)
        cursor = conn.execute(_INSERT_DAY_SQL, (stored_date(log.day), at, at, *values.values()))
        day_id = int(cursor.lastrowid)
        old, old_text = DayLog(day=log.day), None
    else:
        day_id, old = stored
        if old == log:
            return day_id
        before = _day_values(old)
        changed = {name: value for name, value in values.items() if before[name] != value}
        conn.execute(_update_day_sql(tuple(changed)), (stored_time(now), *changed.values(), day_id))
        old_text = day_search_text(old)
    stored_children = _child_rows(old)
    for table, rows in _child_rows(log).items():
        if rows == stored_children[table]:
            continue
        if stored is not None:
            conn.execute(_DELETE_CHILDREN_SQL[table], (day_id,))
        if rows:
            conn.executemany(_INSERT_CHILD_SQL[table], [(day_id, *row) for row in rows])
    text = day_search_text(log)
    if text != old_text:
        search.index_entry(conn, "day", day_id, log.day, text)
    return day_id
