"""Days: their rows and ``DayLog``, with plain statements.

Days: the mapping between their rows and ``DayLog``, read and written with plain
statements (the hot path of saving); repositories never commit.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Table, bindparam, delete, func, insert, select, update

from wellbeing_desktop.domain.models import CatalogueKind, DayLog, ShareLevel
from wellbeing_desktop.storage import search
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


# Built once: saving a day runs these every time (building a statement costs more than
# running it on a small row).
_SELECT_DAY = select(_DAYS.c.id, *(_DAYS.c[name] for name in _DAY_COLUMNS)).where(
    _DAYS.c.day == bindparam("day")
)
_SELECT_MINUTES = (
    select(_MINUTES.c.category_key, _MINUTES.c.minutes)
    .where(_MINUTES.c.day_log_id == bindparam("day_id"))
    .order_by(_MINUTES.c.category_key)
)
_SELECT_ITEMS = (
    select(_ITEMS.c.catalogue, _ITEMS.c.item_key)
    .where(_ITEMS.c.day_log_id == bindparam("day_id"))
    .order_by(_ITEMS.c.position)
)
_SELECT_TAGS = (
    select(_TAGS.c.tag).where(_TAGS.c.day_log_id == bindparam("day_id")).order_by(_TAGS.c.position)
)
_UPDATE_DAY = update(_DAYS).where(_DAYS.c.id == bindparam("day_id"))
_DELETE_CHILDREN = {
    table: delete(table).where(table.c.day_log_id == bindparam("day_id"))
    for table in (_MINUTES, _ITEMS, _TAGS)
}


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


def _child_rows(log: DayLog) -> dict[Table, list[dict[str, Any]]]:
    """The day's rows in each child table (minutes, picked items, tags), without its id."""
    return {
        _MINUTES: [
            {"category_key": key, "minutes": minutes}
            for key, minutes in sorted(log.minutes.items())
        ],
        _ITEMS: [
            {"catalogue": kind.value, "item_key": key, "position": i}
            for kind, field in _ITEM_FIELDS.items()
            for i, key in enumerate(getattr(log, field))
        ],
        _TAGS: [{"tag": tag, "position": i} for i, tag in enumerate(log.tags)],
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

    def get(self, day: date) -> DayLog | None:
        loaded = self._load(day)
        return loaded[1] if loaded else None

    def _load(self, day: date) -> tuple[int, DayLog] | None:
        """The stored day with its row id (mapped by ``_day_log``, as ``between`` maps rows)."""
        run = self._session.connection().execute
        found = run(_SELECT_DAY, {"day": day}).first()
        if found is None:
            return None
        day_id = int(found[0])
        stored = dict(zip(_DAY_COLUMNS, found[1:], strict=True))
        minutes = run(_SELECT_MINUTES, {"day_id": day_id}).all()
        items = run(_SELECT_ITEMS, {"day_id": day_id}).all()
        tags = run(_SELECT_TAGS, {"day_id": day_id}).scalars()
        log = _day_log(day, stored, minutes, items, tags)
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
        run = self._session.connection().execute
        values = _day_values(log)
        loaded = self._load(log.day)
        if loaded is None:
            result = cast(
                "CursorResult[Any]",
                run(insert(_DAYS).values(day=log.day, created_at=now, updated_at=now, **values)),
            )
            day_id = int(result.inserted_primary_key[0])  # type: ignore[index]
            old, old_text = DayLog(day=log.day), None
        else:
            day_id, old = loaded
            if old == log:
                return
            stored = _day_values(old)
            changed = {name: value for name, value in values.items() if stored[name] != value}
            run(_UPDATE_DAY, {"day_id": day_id, "updated_at": now, **changed})
            old_text = day_search_text(old)
        stored_children = _child_rows(old)
        for table, rows in _child_rows(log).items():
            if rows == stored_children[table]:
                continue
            if loaded is not None:
                run(_DELETE_CHILDREN[table], {"day_id": day_id})
            if rows:
                run(insert(table), [{"day_log_id": day_id, **row} for row in rows])
        text = day_search_text(log)
        if text != old_text:
            search.index_document(self._session.connection(), "day", day_id, log.day, text)

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
