"""0005 → 0006: the pulse rounds' table arrives and the consent log takes pulse entries.

A 0005 journal keeps its consent log through the upgrade and then accepts a shared pulse
(kind and format ``pulse``) and a group report (kind ``leader-group``); a round and the
token secret are kept in the encrypted database. The downgrade takes the new entries out
and leaves the others.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import ExportRecord
from wellbeing_desktop.domain.pulse import PulseRound
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import migrate
from wellbeing_desktop.storage.engine import create_encrypted_engine, writing
from wellbeing_desktop.storage.revisions import HEAD_REVISION

if TYPE_CHECKING:
    from wellbeing_desktop.services.access import JournalAccess

OLD_ENTRY = (
    "INSERT INTO export_log (made_at, kind, format, period_start, period_end, sections, "
    "reflection_days) VALUES ('2026-11-20 17:00:00.000000', 'xlsx', 'xlsx', '2026-11-01', "
    "'2026-11-20', '[]', '[]')"
)
ROUND = PulseRound(
    round_id="0123456789abcdef0123456789abcdef",
    name="Ledergruppen, efterår 2026",
    start=date(2026, 9, 28),
    end=date(2026, 11, 22),
    min_group=5,
    public_key=b"\x07" * 32,
)


def _fifth_schema_journal(access: JournalAccess) -> bytes:
    paths = access.paths
    paths.root.mkdir(parents=True)
    data_key, _code = keyfile.create_key_file(paths.key_file, PASSPHRASE, kdf=keyfile.TEST_KDF)
    engine = create_encrypted_engine(paths.database, data_key, create=True)
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        assert not inspect(conn).has_table("pulse_rounds")
        conn.execute(text(OLD_ENTRY))
        with pytest.raises(IntegrityError), conn.begin_nested():
            conn.execute(text(OLD_ENTRY.replace("'xlsx', 'xlsx'", "'pulse', 'pulse'")))
    engine.dispose()
    return data_key


def test_a_0005_file_keeps_its_log_and_takes_pulse_entries_and_rounds(
    access: JournalAccess,
) -> None:
    _fifth_schema_journal(access)

    journal = access.open_with_passphrase(PASSPHRASE)

    assert journal.backup_made_on_open is not None  # a schema update backs up first
    assert migrate.current_revision(journal._require_open().engine) == HEAD_REVISION
    [old] = journal.export_log()
    assert (old.kind, old.format, old.period_end) == ("xlsx", "xlsx", date(2026, 11, 20))
    pulse = journal.record_export(
        ExportRecord(datetime(2026, 11, 26, 17, 30), "pulse", "pulse", ROUND.start, ROUND.end)
    )
    group = journal.record_export(
        ExportRecord(datetime(2026, 11, 27, 9, 0), "leader-group", "pdf", ROUND.start, ROUND.end)
    )
    assert journal.export_log() == [group, pulse, old]
    journal.add_pulse_round(ROUND, b"\x09" * 32)
    assert journal.pulse_rounds() == [ROUND]
    assert journal.pulse_round_key(ROUND.round_id) == (ROUND, b"\x09" * 32)
    assert journal.pulse_round_key("f" * 32) is None
    engine = journal._require_open().engine
    with engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(text(OLD_ENTRY.replace("'xlsx', 'xlsx'", "'fax', 'fax'")))
    journal.close()


def test_the_downgrade_takes_out_the_pulse_entries_and_the_rounds(
    access: JournalAccess,
) -> None:
    data_key = _fifth_schema_journal(access)
    journal = access.open_with_passphrase(PASSPHRASE)
    journal.record_export(ExportRecord(datetime(2026, 11, 26), "pulse", "pulse", None, None))
    journal.record_export(ExportRecord(datetime(2026, 11, 27), "leader-group", "md", None, None))
    journal.add_pulse_round(ROUND, b"\x09" * 32)
    assert journal.remember_pulse_combination(ROUND.round_id, [("a" * 64, "2026-11-26")]) is None
    journal.close()

    from alembic import command

    engine = create_encrypted_engine(access.paths.database, data_key)
    config = migrate.alembic_config()
    with writing(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    with engine.connect() as conn:
        kinds = conn.execute(text("SELECT kind, format FROM export_log")).all()
        assert not inspect(conn).has_table("pulse_rounds")
        assert not inspect(conn).has_table("pulse_combinations")
    assert [tuple(row) for row in kinds] == [("xlsx", "xlsx")]
    assert migrate.current_revision(engine) == "0005"
    engine.dispose()


def test_the_token_secret_is_made_once_and_survives_passphrase_and_key_changes(
    access: JournalAccess,
) -> None:
    journal, _code = access.create(PASSPHRASE)
    secret = journal.pulse_token_secret()
    assert len(secret) == 32
    assert journal.pulse_token_secret() == secret
    journal.add_pulse_round(ROUND, b"\x09" * 32)
    assert journal.remember_pulse_combination(ROUND.round_id, [("a" * 64, "2026-11-26")]) is None
    journal.close()

    access.change_passphrase(PASSPHRASE, "a new passphrase for the pulse")
    access.rotate_data_key("a new passphrase for the pulse", "and another one", lambda _c: None)
    again = access.open_with_passphrase("and another one")
    assert again.pulse_token_secret() == secret
    assert again.pulse_round_key(ROUND.round_id) == (ROUND, b"\x09" * 32)
    # Neither is one of the settings an export carries.
    assert secret.hex() not in repr(again.settings())
    again.close()


@pytest.mark.parametrize("stored", ['"abc"', '"' + "ab" * 16 + '"', "7", "not json"])
def test_a_token_secret_that_cannot_be_read_refuses_and_is_not_replaced(
    access: JournalAccess, stored: str
) -> None:
    journal, _code = access.create(PASSPHRASE)
    journal.pulse_token_secret()
    engine = journal._require_open().engine
    with writing(engine).begin() as conn:
        conn.execute(
            text("UPDATE settings SET value = :v WHERE key = 'pulse_token_secret'"), {"v": stored}
        )

    # A new secret would make the leader's next pulse count as another leader's.
    for _ in range(2):
        with pytest.raises(WellbeingError) as refused:
            journal.pulse_token_secret()
        assert str(refused.value).startswith("the journal's secret for pulse tokens cannot be read")
    with writing(engine).begin() as conn:
        kept = conn.execute(text("SELECT value FROM settings WHERE key = 'pulse_token_secret'"))
        assert kept.scalar() == stored
    journal.close()
