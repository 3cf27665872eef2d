"""0007 → 0008: the consent log takes the Markdown export (kind ``markdown``); nothing lost.

A journal made at 0007 with entries of every earlier kind keeps each of them through the
upgrade, then accepts a Markdown export's entry and still refuses an unknown kind. The
downgrade takes the Markdown exports' entries out and leaves the others.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.markdown_export import export_markdown
from wellbeing_desktop.storage import migrate
from wellbeing_desktop.storage.engine import create_encrypted_engine, writing
from wellbeing_desktop.storage.revisions import HEAD_REVISION

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.access import JournalAccess

ENTRY = (
    "INSERT INTO export_log (made_at, kind, format, period_start, period_end, sections, "
    "reflection_days) VALUES ('2026-11-2{n} 17:00:00.000000', '{kind}', '{format}', "
    "'2026-11-01', '2026-11-20', '[\"stress\"]', '[\"2026-11-03\"]')"
)
OLD_KINDS = [
    ("one-on-one", "pdf"),
    ("coach", "md"),
    ("json", "json"),
    ("csv", "csv"),
    ("xlsx", "xlsx"),
    ("pulse", "pulse"),
    ("leader-group", "html"),
]


def _seventh_schema_journal(access: JournalAccess) -> bytes:
    paths = access.paths
    paths.root.mkdir(parents=True)
    data_key, _code = keyfile.create_key_file(paths.key_file, PASSPHRASE, kdf=keyfile.TEST_KDF)
    engine = create_encrypted_engine(paths.database, data_key, create=True)
    migrate.upgrade(engine, "0007")
    with engine.begin() as conn:
        for n, (kind, file_format) in enumerate(OLD_KINDS):
            conn.execute(text(ENTRY.format(n=n, kind=kind, format=file_format)))
        # 0007 refuses a Markdown export's entry.
        with pytest.raises(IntegrityError), conn.begin_nested():
            conn.execute(text(ENTRY.format(n=8, kind="markdown", format="md")))
    engine.dispose()
    return data_key


def test_a_0007_file_keeps_its_log_and_takes_markdown_exports(
    access: JournalAccess, tmp_path: Path
) -> None:
    _seventh_schema_journal(access)

    journal = access.open_with_passphrase(PASSPHRASE)

    assert journal.backup_made_on_open is not None  # a schema update backs up first
    assert migrate.current_revision(journal._require_open().engine) == HEAD_REVISION
    old = journal.export_log()
    assert [(e.kind, e.format) for e in reversed(old)] == OLD_KINDS
    for entry in old:
        assert (entry.period_start, entry.period_end) == (date(2026, 11, 1), date(2026, 11, 20))
        assert entry.sections == ("stress",)
        assert entry.reflection_days == (date(2026, 11, 3),)
    journal.save_day(DayLog(day=date(2026, 11, 24), reflection="Med i eksporten."))
    export = export_markdown(journal, tmp_path / "eksport")
    assert journal.export_log() == [export.record, *old]
    assert export.record.made_at == datetime(2026, 11, 26, 17, 30)
    with journal._require_open().engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(text(ENTRY.format(n=9, kind="fax", format="md")))
    journal.close()


def test_the_downgrade_takes_out_only_the_markdown_exports(
    access: JournalAccess, tmp_path: Path
) -> None:
    data_key = _seventh_schema_journal(access)
    journal = access.open_with_passphrase(PASSPHRASE)
    export_markdown(journal, tmp_path / "eksport")
    assert len(journal.export_log()) == len(OLD_KINDS) + 1
    journal.close()

    from alembic import command

    engine = create_encrypted_engine(access.paths.database, data_key)
    config = migrate.alembic_config()
    with writing(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
    with engine.connect() as conn:
        kinds = conn.execute(text("SELECT kind, format FROM export_log ORDER BY id")).all()
    assert [tuple(row) for row in kinds] == OLD_KINDS
    assert migrate.current_revision(engine) == "0007"
    engine.dispose()
