"""0004 → 0005: the consent log takes spreadsheet exports; its entries stay as they were."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import ExportRecord
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import migrate
from wellbeing_desktop.storage.engine import create_encrypted_engine

if TYPE_CHECKING:
    from wellbeing_desktop.services.access import JournalAccess

OLD_ENTRY = (
    "INSERT INTO export_log (made_at, kind, format, period_start, period_end, sections, "
    "reflection_days) VALUES ('2026-11-20 17:00:00.000000', 'csv', 'csv', '2026-11-01', "
    "'2026-11-20', '[]', '[\"2026-11-03\"]')"
)


def test_a_0004_file_keeps_its_log_and_takes_xlsx_entries(access: JournalAccess) -> None:
    paths = access.paths
    paths.root.mkdir(parents=True)
    data_key, _code = keyfile.create_key_file(paths.key_file, PASSPHRASE, kdf=keyfile.TEST_KDF)
    engine = create_encrypted_engine(paths.database, data_key, create=True)
    migrate.upgrade(engine, "0004")
    with engine.begin() as conn:
        conn.execute(text(OLD_ENTRY))
        # 0004 refuses a spreadsheet entry.
        with pytest.raises(IntegrityError), conn.begin_nested():
            conn.execute(text(OLD_ENTRY.replace("'csv', 'csv'", "'xlsx', 'xlsx'")))
    engine.dispose()

    journal = access.open_with_passphrase(PASSPHRASE)

    assert journal.backup_made_on_open is not None  # a schema update backs up first
    assert migrate.current_revision(journal._require_open().engine) == migrate.HEAD_REVISION
    [old] = journal.export_log()
    assert (old.kind, old.format, old.reflection_days) == ("csv", "csv", (date(2026, 11, 3),))
    added = journal.record_export(
        ExportRecord(datetime(2026, 11, 26, 17, 30), "xlsx", "xlsx", None, None)
    )
    assert journal.export_log() == [added, old]
    engine = journal._require_open().engine
    with engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(text(OLD_ENTRY.replace("'csv', 'csv'", "'fax', 'fax'")))
    journal.close()
