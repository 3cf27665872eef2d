"""Keyed, verified, configured DB-API connections to the journal file, without SQLAlchemy.

Every connection is keyed with the raw 256-bit data key through the driver's key API
before anything else, then verified, then configured (security-notes §0 and §2). The key
never appears in a URL, a log line or an exception. ``engine`` builds its pool on
``connect_keyed``; the quick ``log`` (``cli.quick_log``) writes through one directly.
"""

from __future__ import annotations

import contextlib
import os
import stat
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.cipher import EXPECTED_CIPHER_SETTINGS, raw_key_literal
from wellbeing_desktop.storage.errors import (
    KEY_MISMATCH,
    Cause,
    DamagedFileError,
    StorageError,
    cause_of,
)
from wellbeing_desktop.storage.read_only import read_only_uri

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

# What the driver raises, for the layers above that may not import it (``services``): the
# statements of a day's save run on the driver's connection, past SQLAlchemy's wrapping.
DRIVER_ERROR = sqlcipher.Error

CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    # 512 KiB of decrypted pages per connection, not the sqlcipher3 build's default of
    # 8000 KiB: each MiB held here stays resident for the whole session. The journal file
    # stays in the OS's file cache; what a smaller cache costs is decrypting pages again.
    # Measured on ten years (docs/PERFORMANCE.md): ~3 MiB less at peak; a search as you type
    # ~8 ms instead of ~4.5 (the target is 20), the read/write mix 1.14x plain SQLite
    # instead of 1.03x (the target is 1.3x).
    "PRAGMA cache_size = -512",
)

# How long a connection waits for another connection's write lock (the GUI and the CLI
# writing to one journal at once) before giving up with "busy"; the driver's default is 5 s.
BUSY_TIMEOUT_SECONDS = 20.0
# A shorter wait, in seconds, for the tests that wait out a busy journal (through the CLI,
# often in a subprocess: the environment reaches it without a command-line option).
BUSY_TIMEOUT_ENV = "WELLBEING_BUSY_TIMEOUT_SECONDS"


def busy_timeout_seconds(env: Mapping[str, str] | None = None) -> float:
    """The wait for a busy journal: ``BUSY_TIMEOUT_SECONDS``, or less if the environment asks.

    Read at each connect. Only a shorter wait is taken from ``$WELLBEING_BUSY_TIMEOUT_SECONDS``
    (a positive number of seconds); anything else there is ignored.
    """
    text = (os.environ if env is None else env).get(BUSY_TIMEOUT_ENV)
    if text:
        try:
            asked = float(text)
        except ValueError:
            return BUSY_TIMEOUT_SECONDS
        if 0 < asked < BUSY_TIMEOUT_SECONDS:
            return asked
    return BUSY_TIMEOUT_SECONDS


def connect_keyed(path: Path, data_key: bytes, *, read_only: bool = False) -> Any:
    """Open one DB-API connection, key it, verify the key and apply the pragmas.

    ``read_only``: the folder cannot be written (read-only, or its disk full), so the file
    is opened without SQLite's -shm index (``read_only_uri``); every write is refused with
    SQLITE_READONLY. A key that does not open the file raises DamagedFileError; any other
    driver error (read-only folder, full disk, I/O, busy) is raised as it is, for the
    caller to name by its cause.
    """
    if read_only:
        target, uri = read_only_uri(path, settled=True), True
    else:
        target, uri = str(path), False
    conn = sqlcipher.connect(
        target, uri=uri, check_same_thread=False, timeout=busy_timeout_seconds()
    )
    try:
        conn.set_key(raw_key_literal(data_key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        cause = cause_of(exc)
        if cause is Cause.NOT_A_DATABASE:
            raise DamagedFileError(path, KEY_MISMATCH) from None
        if cause is Cause.DAMAGED:
            raise DamagedFileError(path, msg.CANNOT_BE_READ) from None
        raise
    try:
        settings = {row[0] for row in conn.execute("PRAGMA cipher_settings").fetchall()}
        if not settings >= EXPECTED_CIPHER_SETTINGS:
            raise StorageError(msg.UNSUPPORTED_CIPHER)
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()  # busy while switching to WAL, say: leave no keyed connection behind
        raise
    # Legacy transaction handling would autocommit DDL; SQLAlchemy emits BEGIN itself.
    conn.isolation_level = None
    return conn


def protect_sidecar_files(path: Path) -> None:
    """Make the journal and SQLite's files beside it private (0600).

    0600 for the journal and SQLite's files beside it; regular files only, so a folder
    or FIFO that happens to have such a name is never changed (the open refuses those).
    A file that is 0600 already is left alone: a chmod, even one that changes nothing,
    sets the file's change time, and a quick read's record of its last page check
    (``check_record``) holds only while that stays as it was.
    """
    for suffix in ("", "-wal", "-shm", "-journal"):
        sidecar = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            mode = os.stat(sidecar).st_mode
            if stat.S_ISREG(mode) and stat.S_IMODE(mode) != 0o600:
                sidecar.chmod(0o600)
