"""Days: their rows and ``DayLog``, with plain statements.

Days: the mapping between their rows and ``DayLog``, read and written with plain
statements (the hot path of saving); repositories never commit.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, select

from wellbeing_desktop.storage import day_rows
from wellbeing_desktop.storage.day_rows import DAY_COLUMNS, day_log_from
from wellbeing_desktop.storage.day_rows import day_search_text as day_search_text
from wellbeing_desktop.storage.engine import transaction_driver
from wellbeing_desktop.storage.orm import (
    DayItemRow,
    DayLogRow,
    DayMinutesRow,
    DayTagRow,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from sqlalchemy.orm import Session

    from wellbeing_desktop.domain.models import DayLog

_DAYS = cast("Table", DayLogRow.__table__)
_MINUTES = cast("Table", DayMinutesRow.__table__)
_ITEMS = cast("Table", DayItemRow.__table__)
_TAGS = cast("Table", DayTagRow.__table__)


def _day_from_row(row: DayLogRow) -> DayLog:
    """An ORM row (with its child rows loaded) as a ``DayLog``."""
    return day_log_from(
        row.day,
        {name: getattr(row, name) for name in DAY_COLUMNS},
        ((m.category_key, m.minutes) for m in row.minutes),
        ((item.catalogue, item.item_key) for item in row.items),
        (t.tag for t in row.tags),
    )


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
        """The stored day with its row id (mapped by ``day_log_from``, as ``between`` maps rows)."""
        loaded = day_rows.load_day(self._driver(), day)
        self._last = (day, loaded)
        return loaded

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
        query = select(_DAYS.c.id, _DAYS.c.day, *(_DAYS.c[name] for name in DAY_COLUMNS))
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
                yield day_log_from(
                    day,
                    dict(zip(DAY_COLUMNS, values, strict=True)),
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
        last = self._last
        loaded = last[1] if last is not None and last[0] == log.day else self._load(log.day)
        self._last = None  # until every write below is done (a failed one leaves it unknown)
        day_id = day_rows.write_day(self._driver(), log, now=now, stored=loaded)
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
