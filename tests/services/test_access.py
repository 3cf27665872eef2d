"""Creating and unlocking journals: passphrase, recovery key, re-keying, refusing to guess."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.security.keyfile import WrongPassphraseError, WrongRecoveryKeyError
from wellbeing_desktop.services.access import JournalAccess, JournalExistsError, NoJournalError

if TYPE_CHECKING:
    from pathlib import Path

DAY = DayLog(day=date(2026, 11, 24), reflection="Vigtig refleksion", stress_step=2)


def snapshot(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under root with its content hash and modification time."""
    return {
        str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_create_then_unlock_with_the_passphrase(access: JournalAccess) -> None:
    journal, code = access.create(PASSPHRASE)
    assert len(code.replace("-", "")) >= 26
    journal.save_day(DAY)
    journal.close()
    assert access.paths.root.stat().st_mode & 0o777 == 0o700
    for name in ("journal.db", "journal.key"):
        assert (access.paths.root / name).stat().st_mode & 0o777 == 0o600

    reopened = access.open_with_passphrase(PASSPHRASE)
    assert reopened.day(DAY.day) == DAY
    reopened.close()


def test_wrong_passphrase_leaves_every_byte_alone(access: JournalAccess) -> None:
    journal, _ = access.create(PASSPHRASE)
    journal.save_day(DAY)
    journal.close()
    before = snapshot(access.paths.root)

    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        access.open_with_passphrase("not the passphrase")

    assert snapshot(access.paths.root) == before


def test_the_recovery_key_opens_and_resets_the_passphrase(access: JournalAccess) -> None:
    journal, code = access.create(PASSPHRASE)
    journal.save_day(DAY)
    journal.close()

    with pytest.raises(WrongRecoveryKeyError):
        access.open_with_recovery_key("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    by_code = access.open_with_recovery_key(code.lower().replace("-", " "))
    assert by_code.day(DAY.day) == DAY
    by_code.close()

    access.reset_passphrase(code, "a brand new passphrase")
    with pytest.raises(WrongPassphraseError):
        access.open_with_passphrase(PASSPHRASE)
    reopened = access.open_with_passphrase("a brand new passphrase")
    assert reopened.day(DAY.day) == DAY
    reopened.close()


def test_changing_the_passphrase_does_not_touch_the_database(access: JournalAccess) -> None:
    journal, code = access.create(PASSPHRASE)
    journal.save_day(DAY)
    journal.close()
    database_before = access.paths.database.read_bytes()

    access.change_passphrase(PASSPHRASE, "another good passphrase")

    assert access.paths.database.read_bytes() == database_before
    with pytest.raises(WrongPassphraseError):
        access.open_with_passphrase(PASSPHRASE)
    access.open_with_passphrase("another good passphrase").close()
    access.open_with_recovery_key(code).close()


def test_a_wrong_old_passphrase_changes_nothing(access: JournalAccess) -> None:
    access.create(PASSPHRASE)[0].close()
    before = snapshot(access.paths.root)
    with pytest.raises(WrongPassphraseError):
        access.change_passphrase("wrong old one", "another good passphrase")
    assert snapshot(access.paths.root) == before


def test_weak_passphrases_are_refused_before_anything_is_written(access: JournalAccess) -> None:
    with pytest.raises(WellbeingError, match="^passphrase: "):
        access.create("short")
    assert not access.paths.root.exists()


def test_an_existing_journal_is_never_replaced(access: JournalAccess) -> None:
    access.create(PASSPHRASE)[0].close()
    before = snapshot(access.paths.root)
    with pytest.raises(JournalExistsError):
        access.create("another good passphrase")
    assert snapshot(access.paths.root) == before


def test_no_journal_is_guessed_into_existence(access: JournalAccess) -> None:
    with pytest.raises(NoJournalError, match="init"):
        access.open_with_passphrase(PASSPHRASE)
    assert not access.paths.root.exists() or not any(access.paths.root.iterdir())

    access.create(PASSPHRASE)[0].close()
    access.paths.database.unlink()
    with pytest.raises(WellbeingError, match="missing"):
        access.open_with_passphrase(PASSPHRASE)
    assert not access.paths.database.exists()

    access.paths.database.touch()
    with pytest.raises(WellbeingError, match="empty"):
        access.open_with_passphrase(PASSPHRASE)
    assert access.paths.database.stat().st_size == 0


def test_a_missing_key_file_is_reported_not_recreated(access: JournalAccess) -> None:
    access.create(PASSPHRASE)[0].close()
    access.paths.key_file.unlink()
    with pytest.raises(WellbeingError, match="key file .* is missing"):
        access.open_with_passphrase(PASSPHRASE)
    assert not access.paths.key_file.exists()


def test_canary_text_is_in_no_file_of_the_data_folder(access: JournalAccess) -> None:
    canary = "CANARY-QX7-ZEBRA"
    journal, _ = access.create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2026, 11, 24), reflection=f"Dagens {canary}", tags=("qx7",)))
    assert [h.day for h in journal.search(canary)] == [date(2026, 11, 24)]
    journal.backup()
    files = [p for p in access.paths.root.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)  # scanned while the WAL is live
    forms = [
        canary.encode("utf-8"),
        canary.encode("utf-16-le"),
        canary.lower().encode("utf-8"),
        PASSPHRASE.encode("utf-8"),
        journal.data_key,
        journal.data_key.hex().encode(),
    ]
    for path in files:
        data = path.read_bytes()
        for form in forms:
            assert form not in data, f"{form!r} found in {path.name}"
    journal.close()
