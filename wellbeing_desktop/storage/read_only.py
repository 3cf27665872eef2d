"""Reading the journal file without changing it.

Reading the journal file without changing it: the check on open, and the quick path
of read-only commands (``search`` and ``show`` with the key from the keyring).

No SQLAlchemy here: a command that only reads can answer from the driver alone.
"""

from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.storage.check_record import (
    Identity,
    checked_today,
    forget,
    identity,
    record_check,
)
from wellbeing_desktop.storage.cipher import EXPECTED_CIPHER_SETTINGS, raw_key_literal
from wellbeing_desktop.storage.revisions import HEAD_REVISION
from wellbeing_desktop.storage.search import DEFAULT_LIMIT, SearchRows, search_rows

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from wellbeing_desktop.domain.models import CatalogueItem, Category, DayLog

T = TypeVar("T")

PAGE_SIZE = 4096  # SQLCipher 4's page size (pinned in cipher.EXPECTED_CIPHER_SETTINGS)
_SIDECARS = ("-wal", "-shm", "-journal")


def read_only_uri(path: Path, *, settled: bool = False) -> str:
    """The URI that opens ``path`` without changing it (see ``read_only_connection``).

    ``settled``: nothing can write beside the file now (its folder is read-only or its disk
    full), so an empty write-ahead log is no log and the file is opened ``immutable``.
    """
    log = path.with_name(path.name + "-wal")
    has_wal = log.exists() and not (settled and log.stat().st_size == 0)
    mode = "mode=ro" if has_wal else "immutable=1"
    return f"file:{quote(str(path))}?{mode}"


@contextmanager
def read_only_connection(path: Path, data_key: bytes, *, settled: bool = False) -> Iterator[Any]:
    """A keyed DB-API connection that cannot change the file (``mode=ro``).

    It reads a write-ahead log beside the file but never folds it in (no checkpoint on
    close), so a damaged journal stays byte for byte as it was. Without a log beside it
    the file is opened ``immutable``, so SQLite creates no -wal/-shm files either (with
    one, a missing -shm index is created). Raises sqlcipher errors.
    """
    uri = read_only_uri(path, settled=settled)
    conn = sqlcipher.connect(uri, uri=True, check_same_thread=False)
    try:
        conn.set_key(raw_key_literal(data_key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        yield conn
    finally:
        conn.close()


def _at_rest(path: Path) -> Identity | None:
    """The file's identity (``check_record.identity``) when it can be read as it is, else None.

    Either no program has it open (nothing beside it), or one has it open in WAL mode
    (a write-ahead log and its index beside it: the GUI), whose committed writes a
    ``mode=ro`` connection reads under SQLite's own locks. A rollback journal (a write
    cut short that only a writable open can undo), or a log without its index, is left
    to the ordinary open.
    """
    beside = {s for s in _SIDECARS if path.with_name(path.name + s).exists()}
    if beside and beside != {"-wal", "-shm"}:
        return None
    try:
        return identity(os.stat(path))
    except OSError:
        return None


def read_at_rest(
    path: Path, data_key: bytes, read: Callable[[Any], T], *, records: Path | None = None
) -> T | None:
    """``read(connection)`` on the journal file as it is, or None to take the full open.

    The file is read ``immutable`` (or ``mode=ro`` through the log of a program that has
    it open) and never changed. The key, the cipher settings and the schema revision must
    be what a full open expects. Every page's HMAC is checked first
    (``cipher_integrity_check``, about as long as a search at ten years), whether or not a
    log is beside the file (a kill -9 leaves one with no program holding the journal), so
    a damaged file is left to the full open, which refuses it with its one-line message,
    wherever the damage is. The check reads the main file's pages; the frames of a log are
    authenticated as the read takes them (SQLCipher checks every page it reads).

    ``records``: the folder of ``check_record``'s keyed records. The check is skipped when
    one says every page of the file, unchanged since, passed it today, and a passed check
    is recorded there (see ``check_record`` for what keeps the promise); a check that
    finds a damaged page deletes the record. None: always check, record nothing.

    None means "not this way": the file was left by a crash with a rollback journal, it
    is damaged where the read goes, its schema needs an update, it changed while being
    read, ``read`` returned None, or the driver reported anything at all.
    """
    before = _at_rest(path)
    if before is None or before[2] < PAGE_SIZE or before[2] % PAGE_SIZE:
        return None
    started_ns = time.time_ns()
    checked = records is not None and checked_today(records, path, before, data_key)
    try:
        with read_only_connection(path, data_key) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            settings = {row[0] for row in conn.execute("PRAGMA cipher_settings").fetchall()}
            if not settings >= EXPECTED_CIPHER_SETTINGS:
                return None
            if not checked and conn.execute("PRAGMA cipher_integrity_check").fetchall():
                if records is not None:
                    forget(records, path, data_key)  # nothing may vouch for a damaged file
                return None  # damaged: the full open refuses it, naming the page
            conn.execute("BEGIN")  # one snapshot for everything read below
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(HEAD_REVISION,)]:
                return None
            answer = read(conn)
            conn.execute("COMMIT")
    except sqlcipher.Error:
        return None
    if answer is None or _at_rest(path) != before:
        return None  # another program replaced or rewrote it meanwhile: read it properly
    if records is not None and not checked:
        record_check(records, path, before, data_key, started_ns)
    return answer


def stored_settings(conn: Any) -> dict[str, object]:
    """The journal's stored settings (name: value), as ``SettingsRepository`` reads them."""
    stored = conn.execute("SELECT key, value FROM settings").fetchall()
    return {key: json.loads(value) for key, value in stored}


def search_at_rest(
    path: Path,
    data_key: bytes,
    query: str,
    *,
    limit: int = DEFAULT_LIMIT,
    mark_start: str = "[",
    mark_end: str = "]",
    settings_out: dict[str, object] | None = None,
    records: Path | None = None,
) -> SearchRows | None:
    """``search.search`` on the file as it is (``read_at_rest``), or None: the full open.

    ``settings_out``, when given, is filled with the journal's stored settings (name: value),
    read in the same snapshot (the command line needs the journal's language).
    ``records``: see ``read_at_rest``.
    """

    def read(conn: Any) -> SearchRows:
        rows = search_rows(conn, query, limit=limit, mark_start=mark_start, mark_end=mark_end)
        if settings_out is not None:
            settings_out.update(stored_settings(conn))
        return rows

    return read_at_rest(path, data_key, read, records=records)


# --- the days, as DayLogRepository.between reads them, without SQLAlchemy ----------------

_DAYS_SQL = (
    "SELECT id, day, hours_worked_minutes, stress_step, demands, resources, energy, "
    "reflection, share FROM day_logs WHERE day >= ? AND day <= ? ORDER BY day"
)
# The child rows of the same days, in the order the ORM's relationships load them.
_CHILDREN_SQL = {
    "minutes": "SELECT m.day_log_id, m.category_key, m.minutes FROM day_minutes m "
    "JOIN day_logs d ON d.id = m.day_log_id WHERE d.day >= ? AND d.day <= ? "
    "ORDER BY m.day_log_id, m.category_key",
    "items": "SELECT i.day_log_id, i.catalogue, i.item_key FROM day_items i "
    "JOIN day_logs d ON d.id = i.day_log_id WHERE d.day >= ? AND d.day <= ? "
    "ORDER BY i.day_log_id, i.position",
    "tags": "SELECT t.day_log_id, t.tag FROM day_tags t "
    "JOIN day_logs d ON d.id = t.day_log_id WHERE d.day >= ? AND d.day <= ? "
    "ORDER BY t.day_log_id, t.position",
}
_FIRST_DAY = "0001-01-01"
_LAST_DAY = "9999-12-31"


def days_rows(conn: Any, start: date | None, end: date | None) -> list[DayLog]:
    """The days from ``start`` to ``end`` (None: open-ended), as ``Journal.days`` has them."""
    # Here, not at the top: a search needs none of the models (their classes cost a command
    # line a few milliseconds to build).
    from wellbeing_desktop.domain.models import CatalogueKind, DayLog, ShareLevel

    bounds = (
        _FIRST_DAY if start is None else start.isoformat(),
        _LAST_DAY if end is None else end.isoformat(),
    )
    children: dict[str, dict[int, list[tuple[Any, ...]]]] = {}
    for name, sql in _CHILDREN_SQL.items():
        by_day: dict[int, list[tuple[Any, ...]]] = {}
        for day_id, *values in conn.execute(sql, bounds):
            by_day.setdefault(day_id, []).append(tuple(values))
        children[name] = by_day
    logs = []
    for day_id, day, worked, step, demands, resources, energy, text, share in conn.execute(
        _DAYS_SQL, bounds
    ):
        picked: dict[str, list[str]] = {kind: [] for kind in CatalogueKind}
        for catalogue, key in children["items"].get(day_id, ()):
            picked[catalogue].append(key)
        logs.append(
            DayLog(
                day=date.fromisoformat(day),
                minutes=dict(children["minutes"].get(day_id, ())),
                hours_worked_minutes=worked,
                stress_step=step,
                signals=tuple(picked[CatalogueKind.SIGNAL]),
                demands=demands,
                resources=resources,
                demand_items=tuple(picked[CatalogueKind.DEMAND]),
                resource_items=tuple(picked[CatalogueKind.RESOURCE]),
                energy=energy,
                reflection=text,
                tags=tuple(tag for (tag,) in children["tags"].get(day_id, ())),
                share=ShareLevel(share),
            )
        )
    return logs


def categories_rows(conn: Any) -> list[Category]:
    """The categories in their order, as ``Journal.categories`` has them."""
    from wellbeing_desktop.domain.models import ActivityKind, Category

    rows = conn.execute(
        "SELECT key, name_da, name_en, kind, position FROM categories ORDER BY position"
    )
    return [Category(key, da, en, ActivityKind(kind), pos) for key, da, en, kind, pos in rows]


def own_catalogue_rows(conn: Any) -> list[CatalogueItem]:
    """The user's own pick-list items, as ``CatalogueRepository.own_items`` has them."""
    # Here, not at the top: search and show read no catalogue and need not import the models.
    from wellbeing_desktop.domain.models import CatalogueItem, CatalogueKind, SignalGroup

    rows = conn.execute(
        'SELECT key, catalogue, label_da, label_en, "group" FROM catalogue_items ORDER BY key'
    )
    return [
        CatalogueItem(
            key=key,
            catalogue=CatalogueKind(catalogue),
            label_da=label_da,
            label_en=label_en,
            group=SignalGroup(group) if group else None,
            custom=True,
        )
        for key, catalogue, label_da, label_en, group in rows
    ]


def minutes_rows(conn: Any, start: date, end: date) -> dict[date, dict[str, int]]:
    """The minutes per category of each day in ``[start, end]`` that has any.

    As ``DayLogRepository.minutes_between`` has them (one query).
    """
    rows = conn.execute(
        "SELECT d.day, m.category_key, m.minutes FROM day_logs d "
        "JOIN day_minutes m ON m.day_log_id = d.id WHERE d.day >= ? AND d.day <= ?",
        (start.isoformat(), end.isoformat()),
    )
    found: dict[date, dict[str, int]] = {}
    for day, key, minutes in rows:
        found.setdefault(date.fromisoformat(day), {})[key] = int(minutes)
    return found
