"""Migrations: from the first schema to head, with a verified backup; newer files refused."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import migrate
from wellbeing_desktop.storage.backup import list_backups, verify_database
from wellbeing_desktop.storage.backup_format import unpack_backup
from wellbeing_desktop.storage.engine import create_encrypted_engine
from wellbeing_desktop.storage.errors import SchemaTooNewError, StorageError
from wellbeing_desktop.storage.orm import Base
from wellbeing_desktop.storage.search import is_search_index_object

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.access import JournalAccess


def _first_schema_journal(access: JournalAccess) -> bytes:
    """A journal as the first released schema (0001) left it, with one day in it."""
    paths = access.paths
    paths.root.mkdir(parents=True)
    data_key, _code = keyfile.create_key_file(paths.key_file, PASSPHRASE, kdf=keyfile.TEST_KDF)
    engine = create_encrypted_engine(paths.database, data_key, create=True)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO day_logs (id, day, reflection, share, created_at, updated_at) "
                "VALUES (1, '2026-11-20', 'the budget meeting went well', 'private', "
                "'2026-11-20 17:00:00', '2026-11-20 17:00:00')"
            )
        )
        conn.execute(text("INSERT INTO day_tags VALUES (1, 'budget', 0)"))
    engine.dispose()
    return data_key


def script_revisions() -> list[str]:
    """The revisions of the migration scripts, oldest first (asks Alembic)."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {heads}")
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_the_known_revisions_are_the_scripts() -> None:
    assert script_revisions() == list(migrate.KNOWN_REVISIONS)


def test_there_is_one_head_and_the_models_match_it(access: JournalAccess) -> None:
    journal, _ = access.create(PASSPHRASE)
    engine = journal._require_open().engine  # the test needs the live engine
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda obj, name, *_: not is_search_index_object(name),
                "render_as_batch": True,
            },
        )
        assert compare_metadata(context, Base.metadata) == []
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    journal.close()


def test_a_first_schema_file_is_backed_up_and_upgraded(access: JournalAccess) -> None:
    data_key = _first_schema_journal(access)

    journal = access.open_with_passphrase(PASSPHRASE)

    assert journal.backup_made_on_open is not None
    backups = list_backups(access.paths.backups)
    assert backups == [journal.backup_made_on_open]
    parts = unpack_backup(backups[0], access.paths.root.parent / "unpacked")
    assert parts.verified
    assert verify_database(parts.database, data_key)["day_logs"] == 1
    assert parts.key_file.read_bytes() == access.paths.key_file.read_bytes()
    # The data written under the old schema is there, and the new search index found it.
    day = journal.day(date(2026, 11, 20))
    assert day is not None
    assert day.tags == ("budget",)
    assert [h.day for h in journal.search("budget meeting")] == [date(2026, 11, 20)]
    journal.close()

    # Opening again needs no migration and makes no new backup.
    again = access.open_with_passphrase(PASSPHRASE)
    assert again.backup_made_on_open is None
    assert len(list_backups(access.paths.backups)) == 1
    again.close()


def test_a_failing_migration_changes_nothing(
    access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first_schema_journal(access)
    real_upgrade = migrate.upgrade

    def upgrade_then_fail(engine: object, revision: str = "head") -> None:
        # Runs the real migration inside the real transaction, then fails before COMMIT.
        from alembic import command

        config = migrate.alembic_config()
        with engine.begin() as conn:  # type: ignore[attr-defined]
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            raise RuntimeError("power cut")

    monkeypatch.setattr(migrate, "upgrade", upgrade_then_fail)
    with pytest.raises(StorageError, match="nothing was changed"):
        access.open_with_passphrase(PASSPHRASE)
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)

    data_key = keyfile.unlock_with_passphrase(access.paths.key_file, PASSPHRASE)
    engine = create_encrypted_engine(access.paths.database, data_key)
    assert migrate.current_revision(engine) == "0001"
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master")).scalars().all()
        assert "search_index" not in tables
        assert conn.execute(text("SELECT count(*) FROM day_logs")).scalar() == 1
    engine.dispose()
    assert len(list_backups(access.paths.backups)) == 1


def test_a_file_from_a_newer_version_is_refused(access: JournalAccess) -> None:
    journal, _ = access.create(PASSPHRASE)
    engine = journal._require_open().engine
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    journal.close()
    before = access.paths.database.read_bytes()

    with pytest.raises(SchemaTooNewError, match="newer version"):
        access.open_with_passphrase(PASSPHRASE)

    assert access.paths.database.read_bytes() == before
    assert list_backups(access.paths.backups) == []


def test_migrations_have_no_key_outside_the_app(tmp_path: Path) -> None:
    # env.py refuses to run without the app's keyed connection (no URL, no key file).
    config = migrate.alembic_config()
    from alembic import command

    with pytest.raises(RuntimeError, match="only through"):
        command.upgrade(config, "head")
