"""The SQLCipher engine: keyed, verified, pinned connections with real transactions.

Every connection is keyed with the raw 256-bit data key through the driver's key API
before anything else, then verified, then configured (security-notes §0 and §2). The key
never appears in a URL, a log line or an exception.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.cipher import EXPECTED_CIPHER_SETTINGS as EXPECTED_CIPHER_SETTINGS
from wellbeing_desktop.storage.cipher import raw_key_literal as raw_key_literal
from wellbeing_desktop.storage.errors import (
    DamagedFileError,
    StorageError,
    database_error_message,
)

# The keyed connection lives in ``keyed`` (no SQLAlchemy there: the quick ``log`` uses it);
# its names stay reachable here for the callers that build on the engine.
from wellbeing_desktop.storage.keyed import BUSY_TIMEOUT_ENV as BUSY_TIMEOUT_ENV
from wellbeing_desktop.storage.keyed import BUSY_TIMEOUT_SECONDS as BUSY_TIMEOUT_SECONDS
from wellbeing_desktop.storage.keyed import busy_timeout_seconds as busy_timeout_seconds
from wellbeing_desktop.storage.keyed import connect_keyed as connect_keyed
from wellbeing_desktop.storage.keyed import protect_sidecar_files

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

_WRITE_OPTION = "wellbeing_write"


def writing(engine: Engine) -> Engine:
    """The same engine (and pool), whose transactions start with BEGIN IMMEDIATE."""
    return engine.execution_options(**{_WRITE_OPTION: True})


def create_encrypted_engine(
    path: Path, data_key: bytes, *, create: bool = False, read_only: bool = False
) -> Engine:
    """An engine over the encrypted file at ``path``.

    With ``create=False`` the file must already exist and be non-empty: a journal that
    cannot be opened is never replaced by a new one (Signal Desktop #5097). ``read_only``:
    see ``connect_keyed``. Raises StorageError naming the cause when the driver cannot
    open the file.
    """
    if create:
        if path.exists():
            raise StorageError(msg.JOURNAL_EXISTS, path=path)
        # Create the file 0600 before SQLCipher opens it, whatever the umask.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    elif not path.is_file():
        raise StorageError(msg.NO_JOURNAL_FILE, path=path)
    elif path.stat().st_size == 0:
        raise DamagedFileError(path, msg.IS_EMPTY)

    # Fail fast (wrong key, damaged file, read-only folder…) before an engine exists.
    try:
        connect_keyed(path, data_key, read_only=read_only).close()
    except sqlcipher.Error as exc:
        message = database_error_message(exc, writing=False, folder=path.parent)
        raise StorageError(message) from None

    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_keyed(path, data_key, read_only=read_only),
        module=sqlcipher,
        poolclass=QueuePool,
        # One long-lived keyed connection; short-lived extra ones for background work.
        pool_size=1,
        max_overflow=3,
        pool_timeout=30,
        hide_parameters=True,
        echo=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Readers take a snapshot and never wait (WAL); a writer takes the write lock up
        # front, so two writers queue instead of failing half-way.
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    if not read_only:  # a read-only folder refuses even a chmod that changes nothing
        protect_sidecar_files(path)
    return engine


def transaction_driver(target: Session | Connection) -> Any:
    """The driver's own connection under ``target``, inside its transaction.

    For the statements of the hot write path (a day's save, the search index's upkeep),
    sent as plain SQL: SQLAlchemy's statement machinery cost more than running them. A
    Session begins its transaction here if it has not yet (BEGIN IMMEDIATE for a writer).
    """
    from sqlalchemy.orm import Session  # the ORM only for callers that hold a session

    connection = target.connection() if isinstance(target, Session) else target
    driver = connection.connection.driver_connection
    if driver is None:
        raise StorageError(msg.CONNECTION_CLOSED)
    return driver


@contextmanager
def driver_connection(engine: Engine) -> Iterator[Any]:
    """The pooled DB-API connection itself, outside any transaction (for VACUUM, checks)."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        if conn is None:
            raise StorageError(msg.CONNECTION_CLOSED)
        yield conn
    finally:
        raw.close()
