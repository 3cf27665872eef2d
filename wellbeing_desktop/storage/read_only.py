"""Reading the journal file without changing it.

Reading the journal file without changing it: the check on open, and the quick path
of read-only commands (``search`` with the key from the keyring).

No SQLAlchemy here: a command that only reads can answer from the driver alone.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.storage.cipher import EXPECTED_CIPHER_SETTINGS, raw_key_literal
from wellbeing_desktop.storage.revisions import HEAD_REVISION
from wellbeing_desktop.storage.search import DEFAULT_LIMIT, SearchRows, search_rows

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

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


def _at_rest(path: Path) -> tuple[int, int, int] | None:
    """The file's identity while no program has it open, else None.

    A journal in use (or left by a crash) has a write-ahead log or its index beside it.
    """
    if any(path.with_name(path.name + s).exists() for s in _SIDECARS):
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def search_at_rest(
    path: Path,
    data_key: bytes,
    query: str,
    *,
    limit: int = DEFAULT_LIMIT,
    mark_start: str = "[",
    mark_end: str = "]",
    settings_out: dict[str, object] | None = None,
) -> SearchRows | None:
    """``search.search`` on a journal no program has open, or None to take the full open.

    ``settings_out``, when given, is filled with the journal's stored settings (name: value),
    read in the same snapshot (the command line needs the journal's language).

    The file is read ``immutable`` and never changed. The key, the cipher settings and
    the schema revision must be what a full open expects. There is no whole-file check
    here (it would double the command's run time): SQLCipher authenticates every page
    the search reads (its HMAC), so the answer comes from intact pages only, and damage
    on the way means None, after which the full open checks every page and refuses the
    file with its one-line message. Damage elsewhere is found by the next full open (the
    app, any writing command, ``check``), before anything is written.

    None means "not this way": the journal is in use or was left by a crash (a log
    beside it), the file is damaged where the search reads, its schema needs an update,
    it changed while being read, or the driver reported anything at all.
    """
    before = _at_rest(path)
    if before is None or before[1] < PAGE_SIZE or before[1] % PAGE_SIZE:
        return None
    try:
        with read_only_connection(path, data_key) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            settings = {row[0] for row in conn.execute("PRAGMA cipher_settings").fetchall()}
            if not settings >= EXPECTED_CIPHER_SETTINGS:
                return None
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(HEAD_REVISION,)]:
                return None
            rows = search_rows(conn, query, limit=limit, mark_start=mark_start, mark_end=mark_end)
            if settings_out is not None:
                stored = conn.execute("SELECT key, value FROM settings").fetchall()
                settings_out.update({key: json.loads(value) for key, value in stored})
    except sqlcipher.Error:
        return None
    if _at_rest(path) != before:
        return None  # another program opened or wrote it meanwhile: read it properly
    return rows
