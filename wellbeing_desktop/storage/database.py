"""Open (or create) the encrypted journal database and bring its schema up to date."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from wellbeing_desktop.domain.errors import Message
from wellbeing_desktop.files import regular_file_problem
from wellbeing_desktop.storage import check_record, migrate
from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.backup import make_backup
from wellbeing_desktop.storage.engine import create_encrypted_engine, writing
from wellbeing_desktop.storage.errors import (
    DamagedFileError,
    StorageError,
    database_error_message,
    folder_refusal,
    is_damage,
)
from wellbeing_desktop.storage.freed_memory import hand_back_freed_memory
from wellbeing_desktop.storage.integrity import file_problems
from wellbeing_desktop.storage.sidecars import check_sidecar_kinds, set_aside_unusable_wal

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from sqlalchemy import Engine

log = logging.getLogger(__name__)
PAGE_SIZE = 4096  # SQLCipher 4's page size (pinned in engine.EXPECTED_CIPHER_SETTINGS)


RECHECK_PAUSES = (0.2, 0.5)  # seconds before checking a file again that looked damaged


@dataclass(frozen=True, slots=True)
class OpenDatabase:
    engine: Engine
    sessions: sessionmaker[Session]  # reads: a deferred BEGIN, never waits for a writer
    writer_sessions: sessionmaker[Session]  # writes: BEGIN IMMEDIATE, one writer at a time
    backup_made: Path | None  # the pre-migration backup, when a migration ran
    wal_set_aside: Path | None = None  # an unusable write-ahead log, moved here (sidecars)
    # Opened for reading only: the folder cannot be written (read-only, or its disk full).
    read_only: bool = False

    def close(self) -> None:
        # dispose() closes the connections in the pool, not one a worker still has out
        # (a read the views began just before a lock): that one would go back to the
        # discarded pool and stay open, keyed, until the pool is collected. Close each
        # such one as it comes back.
        event.listen(self.engine, "checkin", _close_on_return)
        self.engine.dispose()


def _close_on_return(dbapi_connection: Any, _record: object) -> None:
    if dbapi_connection is not None:
        dbapi_connection.close()


def _lasting_problems(db_path: Path, data_key: bytes) -> list[Message | str]:
    """Problems the page check finds and finds again a moment later.

    The check reads the file's pages outside any transaction, so while another program
    (the CLI beside the GUI) checkpoints its write-ahead log it can see a page half
    written. Damage stays; a torn read does not.
    """
    settled = folder_refusal(db_path.parent) is not None  # nothing can write beside it
    problems = file_problems(db_path, data_key, settled=settled)
    for pause in RECHECK_PAUSES:
        if not problems:
            break
        time.sleep(pause)
        problems = file_problems(db_path, data_key, settled=settled)
    return problems


def open_database(
    db_path: Path,
    data_key: bytes,
    *,
    key_file: Path,
    backup_root: Path,
    create: bool = False,
    now: datetime | None = None,
) -> OpenDatabase:
    """Key and check the file, migrate it (after a verified backup) and return sessions.

    Every page is checked on open (``cipher_integrity_check`` and ``quick_check``, a
    few milliseconds for years of entries), so a damaged file is reported at once, as a
    DamagedFileError, and never written to. ``now`` names a pre-migration backup.
    """
    wal_set_aside = None
    if not create:
        _refuse_damaged_file(db_path, data_key)
    # A read-only folder or a full disk: read what SQLite can read without writing.
    read_only = not create and folder_refusal(db_path.parent) is not None
    if read_only:
        log.warning("journal opened read-only: its folder cannot be written")
    elif not create and db_path.is_file() and db_path.stat().st_size > 0:
        # The file is intact (a refused open changes nothing); the first writable connection
        # below would discard and delete a log SQLite cannot use: keep it aside first.
        wal_set_aside = set_aside_unusable_wal(db_path, now)
    engine = create_encrypted_engine(db_path, data_key, create=create, read_only=read_only)
    try:
        if not create and migrate.current_revision(engine) is None:
            # An existing journal always has its schema; never build one into this file.
            raise DamagedFileError(db_path, msg.HOLDS_NO_JOURNAL)
        if read_only and migrate.current_revision(engine) != migrate.HEAD_REVISION:
            raise StorageError(msg.FOLDER_NEEDS_UPDATE, path=db_path.parent)
        backup = _bring_schema_up_to_date(engine, data_key, key_file, backup_root, now)
    except DatabaseError as exc:
        engine.dispose()
        if is_damage(exc.orig or exc):
            raise DamagedFileError(db_path, msg.CANNOT_BE_READ) from None
        message = database_error_message(exc.orig or exc, writing=False, folder=db_path.parent)
        raise StorageError(message) from None
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    writer_sessions = sessionmaker(writing(engine), expire_on_commit=False)
    return OpenDatabase(
        engine=engine,
        sessions=sessions,
        writer_sessions=writer_sessions,
        backup_made=backup,
        wal_set_aside=wal_set_aside,
        read_only=read_only,
    )


def _refuse_damaged_file(db_path: Path, data_key: bytes) -> None:
    """Raise DamagedFileError for a journal file that is not one, or is damaged.

    Read-only, before any connection that could fold a write-ahead log into the file.
    """
    # Never open a FIFO, device or folder: SQLite would wait forever or misreport it.
    kind = regular_file_problem(db_path)
    if kind is not None:
        detail = msg.NOT_A_FILE if db_path.is_dir() else msg.NOT_A_REGULAR_FILE
        raise DamagedFileError(db_path, detail)
    check_sidecar_kinds(db_path)
    if db_path.is_file() and (size := db_path.stat().st_size) > 0:
        if size < PAGE_SIZE:
            # SQLite would read a file shorter than one page as an empty database.
            raise DamagedFileError(db_path, Message(msg.CUT_SHORT, n=size))
        problems = _lasting_problems(db_path, data_key)
        hand_back_freed_memory()  # the check's page cache, freed in a worker thread
        if problems:
            # A quick command's record of an earlier check must not vouch for it any more.
            check_record.forget(check_record.records_dir(), db_path, data_key)
            raise DamagedFileError(db_path, problems[0])


def _bring_schema_up_to_date(
    engine: Engine, data_key: bytes, key_file: Path, backup_root: Path, now: datetime | None
) -> Path | None:
    revision = migrate.current_revision(engine)
    migrate.check_not_newer(revision)
    if revision == migrate.HEAD_REVISION:
        return None
    backup = None
    if revision is not None:
        backup = make_backup(engine, data_key, key_file, backup_root, "before-update", now=now)
        log.info("backup made before the update: %s", backup.name)
    try:
        migrate.upgrade(engine)
    except Exception as exc:
        log.error("migration from %s failed (%s)", revision, type(exc).__name__)
        where = Message(msg.UPDATE_FAILED_BACKUP, path=backup) if backup else ""
        raise StorageError(msg.UPDATE_FAILED, where=where) from exc
    log.info("schema migrated from %s to %s", revision or "empty", migrate.HEAD_REVISION)
    return backup
