"""Checking the journal file page by page, without changing it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from wellbeing_desktop.storage.engine import driver_connection
from wellbeing_desktop.storage.errors import (
    KEY_MISMATCH,
    StorageError,
    describe_database_error,
    is_damage,
)
from wellbeing_desktop.storage.read_only import read_only_connection as read_only_connection


def integrity_problems(engine: Engine) -> list[str]:
    """Problems found by SQLCipher's HMAC check, SQLite's integrity and foreign-key checks.

    An empty list means the file is intact. A page too damaged to read is reported as a
    problem, not raised.
    """
    try:
        with driver_connection(engine) as conn:
            # Fold the write-ahead log in first; the page check reads the file alone.
            busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            problems = []
            if not busy:
                problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [
                f"foreign key problem in {r[0]}" for r in conn.execute("PRAGMA foreign_key_check")
            ]
    except (sqlcipher.DatabaseError, DatabaseError) as exc:
        return [f"the file cannot be read ({exc})"]
    return problems


def _has_log(path: Path) -> bool:
    log = path.with_name(path.name + "-wal")
    return log.exists() and log.stat().st_size > 0


# How far the file may reach beyond the pages the database says it holds before it counts
# as damaged. SQLite keeps the file at exactly its page count; a crash mid-checkpoint can
# leave a little more. Gigabytes of padding would otherwise cost a minute of page checks.
SIZE_SLACK_BYTES = 1024 * 1024


def size_problem(conn: Any, path: Path) -> str | None:
    """A file much longer than the pages its (keyed) database holds, or None.

    ``PRAGMA page_count`` is the size in the decrypted header (SQLCipher encrypts it on
    disk after the 16-byte salt), or the last commit in the write-ahead log when there is
    one; both are read from the first page and the log alone, so this is quick.
    """
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    size = os.stat(path).st_size
    if size > pages * page_size + SIZE_SLACK_BYTES:
        return f"it is {size} bytes but holds {pages} pages"
    return None


def file_problems(path: Path, data_key: bytes) -> list[str]:
    """The check made every time the journal is opened, before anything may write to it.

    The file's size against the pages it holds (quick), then SQLCipher's page HMACs, then
    SQLite's B-tree check (a few milliseconds for years of entries), through a read-only
    connection. An empty list means intact; a file the key does not open at all is a
    problem too. Busy or locked is raised, not a verdict.
    """
    try:
        with read_only_connection(path, data_key) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            too_long = size_problem(conn, path)
            if too_long is not None:
                return [too_long]
            problems = []
            if not _has_log(path):
                # SQLCipher's page check reads the file alone and ignores a write-ahead
                # log, whose newer frames legitimately replace stale or zeroed pages in
                # the file: with a log it would call an intact journal damaged. SQLite's
                # own check below reads through the log, and every page it reads is
                # HMAC-checked on the way.
                problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            if not problems:
                problems = [
                    str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"
                ]
    except sqlcipher.Error as exc:
        message = str(exc)
        if "not a database" in message:
            return [KEY_MISMATCH]
        if not is_damage(message):  # busy, locked, I/O: not a verdict on the file
            raise StorageError(describe_database_error(message, writing=False)) from None
        return [f"it cannot be read: {message}"]
    return problems
