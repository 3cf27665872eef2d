"""Encrypted, verified backups: one ``.lpbackup`` file per backup, in ``backups/``.

A backup is made with ``VACUUM INTO`` (consistent, and encrypted with the same key) into a
temporary file beside the destination, opened again with the key and checked
(``cipher_integrity_check``, ``integrity_check``, the row count of every table equal to
the journal's), then packed together with the key file (``backup_format``), fsynced and
put in place atomically. The live file is never copied byte by byte (security-notes §4).
The one exception is the copy kept before a restore (``copy_files_as_backup``), which
keeps the current files exactly as they are, possibly damaged, and is marked unverified.

Which backups are kept is decided by ``backup_rotation``.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import secrets
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.files import ensure_private_dir, open_regular_binary
from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.backup_format import (
    BackupFileError,
    backup_name,
    read_header,
    write_backup_file,
)
from wellbeing_desktop.storage.backup_rotation import (
    RankedBackup,
    backups_to_keep,
    next_serial,
    ranked_backups,
)
from wellbeing_desktop.storage.backup_rotation import daily_backup_due as daily_backup_due
from wellbeing_desktop.storage.engine import (
    EXPECTED_CIPHER_SETTINGS,
    driver_connection,
    raw_key_literal,
)
from wellbeing_desktop.storage.errors import StorageError
from wellbeing_desktop.storage.in_use import database_in_use as database_in_use
from wellbeing_desktop.storage.integrity import size_problem

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy import Engine


log = logging.getLogger(__name__)

WAL_SUFFIX = "-wal"
# Tables whose rows are the user's own writing; a journal without any has nothing to lose.
CONTENT_TABLES = ("day_logs", "sparring_topics", "one_on_ones", "who5_checkins")
_VACUUM_ATTEMPTS = 3
_STALE_TEMP_SECONDS = 3600
# Our own temporary files in the backups folder, and nothing else: ``.journal-*.tmp`` (a
# backup being made or packed), and the sidecars SQLite keeps beside the VACUUM INTO target
# (``.journal-<hex>.db.tmp-journal``, its rollback journal, left by a kill -9 mid-backup).
_TEMP_SIDECAR = re.compile(r"\.journal-[0-9a-f]{16}\.db\.tmp-(?:journal|wal|shm)")


# --- checking a database file --------------------------------------------------------------


def verify_database(path: Path, data_key: bytes, *, read_only: bool = True) -> dict[str, int]:
    """Open ``path`` with the key, check every page and return the row count of each table.

    Raises StorageError if the key does not open it or any check finds a problem. With
    ``read_only`` (the default) the file is not changed; otherwise a write-ahead log beside
    it is folded in when the connection closes.
    """
    target = f"file:{quote(str(path))}?mode=ro" if read_only else str(path)
    try:
        conn = sqlcipher.connect(target, uri=read_only, check_same_thread=False)
    except sqlcipher.Error:
        raise StorageError(msg.DATABASE_CANNOT_OPEN, path=path) from None
    try:
        conn.set_key(raw_key_literal(data_key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        settings = {row[0] for row in conn.execute("PRAGMA cipher_settings").fetchall()}
        if not settings >= EXPECTED_CIPHER_SETTINGS:
            raise StorageError(msg.DATABASE_CIPHER, path=path)
        too_long = size_problem(conn, path)  # before the page check reads all of it
        if too_long is not None:
            raise StorageError(msg.DATABASE_INTEGRITY, path=path, detail=too_long)
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if problems:
            first = " ".join(problems[0].split())[:120]
            raise StorageError(msg.DATABASE_INTEGRITY, path=path, detail=first)
        return table_counts(conn)
    except sqlcipher.Error as exc:
        raise StorageError(msg.DATABASE_KEY, path=path, reason=_driver_reason(exc)) from None
    finally:
        conn.close()


def schema_revision(path: Path, data_key: bytes) -> str | None:
    """The Alembic revision stamped in a (checked) database file, read without changing it."""
    try:
        conn = sqlcipher.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    except sqlcipher.Error:
        raise StorageError(msg.DATABASE_CANNOT_OPEN, path=path) from None
    try:
        conn.set_key(raw_key_literal(data_key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        found = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        if not found:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlcipher.Error as exc:
        raise StorageError(msg.DATABASE_KEY, path=path, reason=_driver_reason(exc)) from None
    finally:
        conn.close()


def table_counts(conn: Any) -> dict[str, int]:
    """Row counts of every ordinary table, read through a DB-API connection."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'"
        ).fetchall()
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def has_content(engine: Engine) -> bool:
    """Whether the journal holds anything the user wrote (a day, a topic, a 1:1, a WHO-5)."""
    with driver_connection(engine) as conn:
        present = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        return any(
            conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]
            for table in CONTENT_TABLES
            if table in present
        )


# --- making backups ----------------------------------------------------------------------


def make_backup(
    engine: Engine,
    data_key: bytes,
    key_file: Path,
    backup_root: Path,
    reason: str,
    *,
    now: datetime | None = None,
    out: Path | None = None,
) -> Path:
    """Write a verified backup file and return its path; the journal itself is not changed.

    The file goes into ``backup_root`` (named after ``now`` and ``reason``; older backups
    are then pruned) or, with ``out``, to exactly that path, which must not exist yet.
    """
    made = (now or datetime.now()).replace(microsecond=0)
    folder = out.parent if out is not None else ensure_private_dir(backup_root)
    if out is not None and os.path.lexists(out):
        raise StorageError(msg.BACKUP_EXISTS, path=out)
    temp = folder / f".journal-{secrets.token_hex(8)}.db.tmp"
    where = out if out is not None else folder
    try:
        try:
            fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_CLOEXEC, 0o600)
            os.close(fd)
        except OSError as exc:
            raise _cannot_write(where, exc) from None
        source_counts = _vacuum_into(engine, temp, where)
        if verify_database(temp, data_key) != source_counts:
            raise StorageError(msg.BACKUP_MISMATCH)
        try:
            key_bytes = _read_regular(key_file)
        except OSError as exc:
            raise StorageError(
                msg.BACKUP_KEY_UNREADABLE, path=key_file, reason=exc.strerror
            ) from None
        serial = next_serial(backup_root)
        target = _place(folder, made, reason, out, key_bytes, temp, None, True, serial)
    finally:
        _remove_with_sidecars(temp)
    if out is None:
        prune_backups(backup_root, just_made=target)
    return target


def _vacuum_into(engine: Engine, temp: Path, where: Path) -> dict[str, int]:
    """VACUUM the journal into the empty file ``temp``; returns the journal's row counts.

    The counts are read before and after: if another program wrote in between, the copy is
    made again, so the counts compared with the backup belong to the copied state.
    """
    try:
        with driver_connection(engine) as driver:
            for _attempt in range(_VACUUM_ATTEMPTS):
                before = table_counts(driver)
                # Outside any transaction: VACUUM cannot run inside one.
                driver.execute("VACUUM INTO ?", (str(temp),))
                if table_counts(driver) == before:
                    return before
                os.truncate(temp, 0)
    except sqlcipher.Error as exc:
        if "full" in str(exc):  # SQLITE_FULL: the copy did not fit where it was written
            raise _cannot_write(where, OSError(errno.ENOSPC, "full")) from None
        raise StorageError(msg.BACKUP_NOT_MADE, reason=_driver_reason(exc)) from None
    raise StorageError(msg.KEPT_CHANGING)


def _place(
    folder: Path,
    made: datetime,
    reason: str,
    out: Path | None,
    key_bytes: bytes,
    database: Path | None,
    wal: Path | None,
    verified: bool,
    serial: int,
) -> Path:
    if out is not None:
        try:
            _write(out, key_bytes, database, wal, verified, made, serial)
        except FileExistsError:
            raise StorageError(msg.BACKUP_EXISTS, path=out) from None
        return out
    for seq in range(1, 1000):
        target = folder / backup_name(made, reason, seq).file_name
        if os.path.lexists(target):
            continue
        try:
            _write(target, key_bytes, database, wal, verified, made, serial)
        except FileExistsError:
            continue  # another program made one in the same second
        return target
    raise StorageError(msg.TOO_MANY_BACKUPS, path=folder)


def _write(
    target: Path,
    key_bytes: bytes,
    database: Path | None,
    wal: Path | None,
    verified: bool,
    made: datetime,
    serial: int,
) -> None:
    """``write_backup_file``, with a full disk or a refused write named by the file."""
    try:
        write_backup_file(
            target, key_bytes, database, wal, verified=verified, made=made, serial=serial
        )
    except FileExistsError:
        raise
    except OSError as exc:
        raise _cannot_write(target, exc) from None


def _cannot_write(where: Path, exc: OSError) -> Exception:
    """A failed write of a backup, named by the file or folder it went to."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(msg.BACKUP_DISK_FULL, path=where)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(msg.BACKUP_NOT_WRITABLE, path=where)
    return exc


def copy_files_as_backup(
    database: Path, key_file: Path, backup_root: Path, reason: str, *, now: datetime | None = None
) -> Path | None:
    """Keep the journal's files exactly as they are in an (unverified) backup file.

    For the copy made before a restore: the current journal may be damaged or locked with
    a different passphrase, so it is neither opened nor checked, only copied, with its
    write-ahead log if it has one. The caller makes sure no program has it open. Returns
    None when there is neither a database nor a key file.
    """
    has_db = database.is_file()
    wal = database.with_name(database.name + WAL_SUFFIX)
    if not has_db and not key_file.is_file():
        return None
    try:
        key_bytes = _read_regular(key_file) if key_file.is_file() else b""
    except OSError as exc:
        raise StorageError(msg.RESTORE_KEY_UNREADABLE, path=key_file, reason=exc.strerror) from None
    folder = ensure_private_dir(backup_root)
    keep_wal = has_db and wal.is_file() and wal.stat().st_size > 0
    made = (now or datetime.now()).replace(microsecond=0)
    return _place(
        folder,
        made,
        reason,
        None,
        key_bytes,
        database if has_db else None,
        wal if keep_wal else None,
        False,
        next_serial(backup_root),
    )


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file (a FIFO put there meanwhile is refused, not waited on)."""
    with open_regular_binary(path) as handle:
        return handle.read()


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path.with_name(path.name + suffix))


def _driver_reason(exc: BaseException) -> str:
    message = str(exc)
    if "full" in message:
        return msg.DRIVER_DISK_FULL
    if "malformed" in message or "not a database" in message:
        return msg.DRIVER_DAMAGED
    # Driver messages never quote journal text, but keep to the kind of error anyway.
    return getattr(exc, "sqlite_errorname", None) or type(exc).__name__


# --- finding and pruning backups -------------------------------------------------------


def list_backups(backup_root: Path) -> list[Path]:
    """The backup files in ``backup_root``, newest first by what they record (not names)."""
    return [found.path for found in ranked_backups(backup_root)]


def prune_backups(backup_root: Path, *, just_made: Path | None = None) -> list[Path]:
    """Delete the backups the rotation policy does not keep; returns what was deleted.

    Never deleted: ``just_made`` and the newest verified backup that reads back whole.
    Only files named like backups are touched; temporary files left by a crash are
    removed once they are an hour old (a backup in progress elsewhere is younger).
    """
    ranked = ranked_backups(backup_root)
    protect = [b for b in ranked if b.path == just_made]
    if not (protect and protect[0] is ranked[0] and protect[0].verified):
        # (The backup just made, when it ranks first, was read back whole as it was made.)
        newest_good = _newest_intact_verified(ranked)
        if newest_good is not None:
            protect.append(newest_good)
    keep = backups_to_keep(ranked, protect=protect)
    deleted = []
    for found in ranked:
        if found not in keep:
            with contextlib.suppress(FileNotFoundError):
                found.path.unlink()
            deleted.append(found.path)
    _remove_stale_temp_files(backup_root)
    return deleted


def _newest_intact_verified(ranked: list[RankedBackup]) -> RankedBackup | None:
    for found in ranked:
        if not found.verified:
            continue
        try:
            read_header(found.path)  # every byte, against its checksum
        except BackupFileError:
            continue
        return found
    return None


def _remove_stale_temp_files(backup_root: Path) -> None:
    cutoff = time.time() - _STALE_TEMP_SECONDS
    ours = [
        *backup_root.glob(".journal-*.tmp"),
        *(p for p in backup_root.glob(".journal-*.db.tmp-*") if _TEMP_SIDECAR.fullmatch(p.name)),
    ]
    for path in ours:
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
