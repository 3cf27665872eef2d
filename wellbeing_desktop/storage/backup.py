"""Encrypted, verified backups: the database (via VACUUM INTO) together with its key file.

A backup is a folder ``<when>-<reason>/`` holding ``journal.db`` and ``journal.key``, so
it opens with the same passphrase or recovery key as the journal it came from. The live
file is never copied byte by byte (security-notes §4).
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from wellbeing_desktop.files import ensure_private_dir, make_private
from wellbeing_desktop.storage.engine import connect_keyed, driver_connection
from wellbeing_desktop.storage.errors import StorageError

DB_NAME = "journal.db"
KEY_NAME = "journal.key"
KEEP_BACKUPS = 10


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_database(path: Path, data_key: bytes) -> dict[str, int]:
    """Open ``path`` with the key, check every page and return row counts per table."""
    conn = connect_keyed(path, data_key)
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise StorageError(f"The backup {path} failed its integrity check.")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StorageError(f"The backup {path} failed its integrity check.")
        return table_counts(conn)
    finally:
        conn.close()


def make_backup(
    engine: Engine, data_key: bytes, key_file: Path, backup_root: Path, reason: str
) -> Path:
    """Write a verified backup folder and return it; the journal itself is not changed."""
    ensure_private_dir(backup_root)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = backup_root / f"{stamp}-{reason}"
    staging = backup_root / f".{stamp}-{reason}.partial"
    ensure_private_dir(staging)
    try:
        target = staging / DB_NAME
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        with driver_connection(engine) as driver:
            source_counts = table_counts(driver)
            # Outside any transaction: VACUUM cannot run inside one.
            driver.execute("VACUUM INTO ?", (str(target),))
        make_private(target)
        if verify_database(target, data_key) != source_counts:
            raise StorageError("The backup does not match the journal; it was not kept.")
        shutil.copyfile(key_file, staging / KEY_NAME)
        make_private(staging / KEY_NAME)
        for name in (DB_NAME, KEY_NAME):
            _fsync(staging / name)
        staging.rename(final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _fsync(backup_root)
    prune_backups(backup_root)
    return final


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


def list_backups(backup_root: Path) -> list[Path]:
    """Complete backups, newest first."""
    if not backup_root.is_dir():
        return []
    found = [
        p
        for p in backup_root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / DB_NAME).is_file()
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def prune_backups(backup_root: Path, keep: int = KEEP_BACKUPS) -> None:
    for old in list_backups(backup_root)[keep:]:
        shutil.rmtree(old, ignore_errors=True)
