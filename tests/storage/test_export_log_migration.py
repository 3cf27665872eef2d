"""0002 → 0003: the consent log table arrives; everything already in the journal stays."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import ExportRecord
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import migrate
from wellbeing_desktop.storage.engine import create_encrypted_engine

if TYPE_CHECKING:
    from wellbeing_desktop.services.access import JournalAccess


def _second_schema_journal(access: JournalAccess) -> None:
    """A journal as schema 0002 left it: a day, a tag, a 1:1 with an action, a WHO-5."""
    paths = access.paths
    paths.root.mkdir(parents=True)
    data_key, _code = keyfile.create_key_file(paths.key_file, PASSPHRASE, kdf=keyfile.TEST_KDF)
    engine = create_encrypted_engine(paths.database, data_key, create=True)
    migrate.upgrade(engine, "0002")
    with engine.begin() as conn:
        assert not inspect(conn).has_table("export_log")
        conn.execute(
            text(
                "INSERT INTO day_logs (id, day, reflection, share, created_at, updated_at) "
                "VALUES (1, '2026-11-20', 'kept through the upgrade', 'coach', "
                "'2026-11-20 17:00:00', '2026-11-20 17:00:00')"
            )
        )
        conn.execute(text("INSERT INTO day_tags VALUES (1, 'budget', 0)"))
        conn.execute(
            text(
                "INSERT INTO one_on_ones (id, held_on, with_whom, notes) "
                "VALUES (1, '2026-11-18', 'Mette', '')"
            )
        )
        conn.execute(text("INSERT INTO action_items VALUES (1, 0, 'Book strategy time', 0)"))
        conn.execute(
            text(
                "INSERT INTO who5_checkins (taken_on, a1, a2, a3, a4, a5) "
                "VALUES ('2026-11-19', 3, 3, 3, 3, 3)"
            )
        )
    engine.dispose()


def test_a_0002_file_is_upgraded_and_keeps_its_data(access: JournalAccess) -> None:
    _second_schema_journal(access)

    journal = access.open_with_passphrase(PASSPHRASE)

    assert journal.backup_made_on_open is not None  # a schema update backs up first
    assert migrate.current_revision(journal._require_open().engine) == migrate.HEAD_REVISION
    day = journal.day(date(2026, 11, 20))
    assert day is not None
    assert day.reflection == "kept through the upgrade"
    assert day.tags == ("budget",)
    [meeting] = journal.one_on_ones()
    assert [a.text for a in meeting.actions] == ["Book strategy time"]
    assert [c.score for c in journal.who5_checkins()] == [60]
    # The new table is there, empty, and takes entries.
    assert journal.export_log() == []
    record = journal.record_export(
        ExportRecord(
            made_at=datetime(2026, 11, 26, 17, 0),
            kind="coach",
            format="pdf",
            period_start=date(2026, 11, 1),
            period_end=date(2026, 11, 26),
            sections=("stress", "reflections"),
            reflection_days=(date(2026, 11, 20),),
        )
    )
    journal.close()

    again = access.open_with_passphrase(PASSPHRASE)
    assert again.backup_made_on_open is None
    assert again.export_log() == [record]
    again.close()


def test_the_export_log_keeps_no_text(access: JournalAccess) -> None:
    journal, _code = access.create(PASSPHRASE)
    engine = journal._require_open().engine
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("export_log")}
    assert columns == {
        "id",
        "made_at",
        "kind",
        "format",
        "period_start",
        "period_end",
        "sections",
        "reflection_days",
    }
    journal.close()
