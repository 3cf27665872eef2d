"""Checking the journal file page by page, without changing it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.domain.errors import Message
from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.errors import (
    KEY_MISMATCH,
    Cause,
    StorageError,
    cause_of,
    database_error_message,
    is_damage,
)
from wellbeing_desktop.storage.read_only import read_only_connection as read_only_connection

if TYPE_CHECKING:
    from sqlalchemy import Engine


def integrity_problems(engine: Engine) -> list[Message | str]:
    """Problems found by SQLCipher's HMAC check, SQLite's integrity and foreign-key checks.

    An empty list means the file is intact. A page too damaged to read is reported as a
    problem, not raised.
    """
    # Here, not at the top: ``file_problems`` (the check on open) stays free of SQLAlchemy
    # for the quick ``log`` (cli.quick_log); this check is only ever given an engine.
    from sqlalchemy.exc import DatabaseError

    from wellbeing_desktop.storage.engine import driver_connection

    try:
        with driver_connection(engine) as conn:
            busy = _fold_log_in(conn)
            problems: list[Message | str] = []
            if not busy:
                problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [
                Message(msg.FOREIGN_KEY_PROBLEM, code=r[0])
                for r in conn.execute("PRAGMA foreign_key_check")
            ]
    except (sqlcipher.DatabaseError, DatabaseError) as exc:
        driver_error = getattr(exc, "orig", None) or exc
        if not is_damage(driver_error):  # busy, read-only, full, I/O: not a verdict
            folder = _folder_of(engine)
            message = database_error_message(driver_error, writing=False, folder=folder)
            raise StorageError(message) from None
        return [Message(msg.FILE_CANNOT_BE_READ, reason=str(exc))]
    return problems


def _fold_log_in(conn: Any) -> bool:
    """Fold the write-ahead log into the file (the page check reads the file alone).

    True when it could not be folded in: another connection is reading, or the journal
    is open for reading only (a read-only folder); SQLite's own check still reads
    through the log.
    """
    try:
        busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlcipher.OperationalError as exc:
        if cause_of(exc) is not Cause.READ_ONLY:
            raise
        return True
    return bool(busy)


def _folder_of(engine: Engine) -> Path:
    """The folder of the engine's main database file (the engine's URL does not name it)."""
    from wellbeing_desktop.storage.engine import driver_connection  # see integrity_problems

    with driver_connection(engine) as conn:
        rows = conn.execute("PRAGMA database_list").fetchall()
    main = next((str(row[2]) for row in rows if row[1] == "main"), "")
    return Path(main).parent


def _has_log(path: Path) -> bool:
    log = path.with_name(path.name + "-wal")
    return log.exists() and log.stat().st_size > 0


# How far the file may reach beyond the pages the database says it holds before it counts
# as damaged. SQLite keeps the file at exactly its page count; a crash mid-checkpoint can
# leave a little more. Gigabytes of padding would otherwise cost a minute of page checks.
SIZE_SLACK_BYTES = 1024 * 1024


def size_problem(conn: Any, path: Path) -> Message | None:
    """A file much longer than the pages its (keyed) database holds, or None.

    ``PRAGMA page_count`` is the size in the decrypted header (SQLCipher encrypts it on
    disk after the 16-byte salt), or the last commit in the write-ahead log when there is
    one; both are read from the first page and the log alone, so this is quick.
    """
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    size = os.stat(path).st_size
    if size > pages * page_size + SIZE_SLACK_BYTES:
        return Message(msg.TOO_LONG_FOR_ITS_PAGES, n=size, count=pages)
    return None


def file_problems(path: Path, data_key: bytes, *, settled: bool = False) -> list[Message | str]:
    """The check made every time the journal is opened, before anything may write to it.

    The file's size against the pages it holds (quick), then SQLCipher's page HMACs, then
    SQLite's B-tree check (``quick_check``: a few milliseconds for years of entries),
    through a read-only connection. An empty list means intact; a file the key does not
    open at all is a problem too. Busy, locked, a read-only folder or a full disk is
    raised, not a verdict.
    ``settled``: see ``read_only_uri``.
    """
    try:
        with read_only_connection(path, data_key, settled=settled) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            too_long = size_problem(conn, path)
            if too_long is not None:
                return [too_long]
            problems: list[Message | str] = []
            if not _has_log(path):
                # SQLCipher's page check reads the file alone and ignores a write-ahead
                # log, whose newer frames legitimately replace stale or zeroed pages in
                # the file: with a log it would call an intact journal damaged. SQLite's
                # own check below reads through the log, and every page it reads is
                # HMAC-checked on the way.
                problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            if not problems:
                # The B-tree's structure (every page used once, cells in order, records
                # well formed), not whether each index matches its table: that half of
                # ``integrity_check`` costs as much again and finds only what the page
                # HMACs cannot (a page of an older version of the file), which ``check``
                # and every backup's verification (``integrity_problems``) still look for.
                problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
    except sqlcipher.Error as exc:
        cause = cause_of(exc)
        if cause is Cause.NOT_A_DATABASE:
            return [KEY_MISMATCH]
        if not is_damage(exc):  # busy, locked, I/O, read-only: not a verdict on the file
            folder = path.parent
            raise StorageError(database_error_message(exc, writing=False, folder=folder)) from None
        return [Message(msg.CANNOT_BE_READ_BECAUSE, reason=str(exc))]
    return problems
