"""Open (or create) the encrypted journal database and bring its schema up to date."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from wellbeing_desktop.storage import migrate
from wellbeing_desktop.storage.backup import make_backup
from wellbeing_desktop.storage.engine import create_encrypted_engine, writing
from wellbeing_desktop.storage.errors import StorageError, describe_database_error, is_damage

DAMAGED_MESSAGE = (
    "The journal file is damaged and was left as it is; restore the newest backup from {backups}."
)


@dataclass(frozen=True, slots=True)
class OpenDatabase:
    engine: Engine
    sessions: sessionmaker[Session]  # reads: a deferred BEGIN, never waits for a writer
    writer_sessions: sessionmaker[Session]  # writes: BEGIN IMMEDIATE, one writer at a time
    backup_made: Path | None  # the pre-migration backup, when a migration ran

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    db_path: Path, data_key: bytes, *, key_file: Path, backup_root: Path, create: bool = False
) -> OpenDatabase:
    """Key and verify the file, migrate it (after a verified backup) and return sessions."""
    engine = create_encrypted_engine(db_path, data_key, create=create)
    try:
        backup = _bring_schema_up_to_date(engine, data_key, key_file, backup_root)
    except DatabaseError as exc:
        engine.dispose()
        message = str(exc.orig)
        if is_damage(message):
            raise StorageError(DAMAGED_MESSAGE.format(backups=backup_root)) from None
        raise StorageError(describe_database_error(message, writing=False)) from None
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    writer_sessions = sessionmaker(writing(engine), expire_on_commit=False)
    return OpenDatabase(
        engine=engine, sessions=sessions, writer_sessions=writer_sessions, backup_made=backup
    )


def _bring_schema_up_to_date(
    engine: Engine, data_key: bytes, key_file: Path, backup_root: Path
) -> Path | None:
    revision = migrate.current_revision(engine)
    migrate.check_not_newer(revision)
    if revision == migrate.HEAD_REVISION:
        return None
    backup = None
    if revision is not None:
        backup = make_backup(engine, data_key, key_file, backup_root, "before-update")
    try:
        migrate.upgrade(engine)
    except Exception as exc:
        where = f" A backup from before the update is in {backup}." if backup else ""
        raise StorageError(
            f"The journal could not be updated to this version; nothing was changed.{where}"
        ) from exc
    return backup
