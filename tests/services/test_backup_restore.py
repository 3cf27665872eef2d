"""Restoring a backup: checked first, the current journal kept, nothing changed on failure."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security.keyfile import WrongPassphraseError, WrongRecoveryKeyError
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.backups import JournalInUseError
from wellbeing_desktop.services.unlock_throttle import FixedDelay
from wellbeing_desktop.storage.backup import copy_files_as_backup
from wellbeing_desktop.storage.backup_format import BackupFileError, read_header, unpack_backup

if TYPE_CHECKING:
    from pathlib import Path

FIRST = DayLog(day=date(2026, 11, 23), reflection="Før kopien", stress_step=2)
SECOND = DayLog(day=date(2026, 11, 24), reflection="Efter kopien", stress_step=3)


def snapshot(root: Path) -> dict[str, tuple[str, int]]:
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def no_wait() -> FixedDelay:
    return FixedDelay(0.0, sleep=lambda _s: None)


def make_access(root: Path) -> JournalAccess:
    return JournalAccess(
        JournalPaths(root), kdf=keyfile.TEST_KDF, clock=fixed_clock, throttle=no_wait()
    )


@pytest.fixture
def access(tmp_path: Path) -> JournalAccess:
    return make_access(tmp_path / "journal")


@pytest.fixture
def made(access: JournalAccess, tmp_path: Path) -> tuple[Path, str]:
    """A journal with FIRST, a backup of it, then SECOND written after the backup."""
    journal, code = access.create(PASSPHRASE)
    journal.save_day(FIRST)
    saved = journal.backup(out=tmp_path / "saved.lpbackup")
    journal.save_day(SECOND)
    journal.close()
    return saved, code


def days(access: JournalAccess) -> list[date]:
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        return [d.day for d in journal.days()]
    finally:
        journal.close()


def test_restore_puts_the_backup_back_and_keeps_the_journal_it_replaces(
    access: JournalAccess, made: tuple[Path, str], tmp_path: Path
) -> None:
    saved, _code = made
    database_before = access.paths.database.read_bytes()
    key_before = access.paths.key_file.read_bytes()

    result = access.restore_with_passphrase(saved, PASSPHRASE)

    assert result.restored_from == saved
    assert result.kept is not None
    assert result.kept.name == "journal-2026-11-26T173000-before-restore.lpbackup"
    assert days(access) == [FIRST.day]
    # The replaced journal is in the before-restore backup byte for byte.
    parts = unpack_backup(result.kept, tmp_path / "kept")
    assert parts.database.read_bytes() == database_before
    assert parts.key_file.read_bytes() == key_before
    # ... and restoring that brings SECOND back.
    access.restore_with_passphrase(result.kept, PASSPHRASE)
    assert days(access) == [FIRST.day, SECOND.day]
    assert not any(p.name.startswith(".restore-") for p in access.paths.root.iterdir())
    for path in (access.paths.database, access.paths.key_file):
        assert path.stat().st_mode & 0o777 == 0o600


def test_a_wrong_passphrase_or_recovery_key_changes_nothing(
    access: JournalAccess, made: tuple[Path, str]
) -> None:
    saved, _code = made
    before = snapshot(access.paths.root)
    with pytest.raises(WrongPassphraseError):
        access.restore_with_passphrase(saved, "not the passphrase")
    with pytest.raises(WrongRecoveryKeyError):
        access.restore_with_recovery_key(saved, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert snapshot(access.paths.root) == before
    assert days(access) == [FIRST.day, SECOND.day]


@pytest.mark.parametrize("where", ["header", "key", "middle", "end", "truncate"])
def test_a_damaged_backup_changes_nothing(
    access: JournalAccess, made: tuple[Path, str], where: str
) -> None:
    saved, _code = made
    data = bytearray(saved.read_bytes())
    if where == "truncate":
        del data[len(data) // 2 :]
    else:
        offset = {"header": 11, "key": 100, "middle": len(data) // 2, "end": -1}[where]
        data[offset] ^= 0x01
    saved.write_bytes(bytes(data))
    before = snapshot(access.paths.root)

    with pytest.raises(BackupFileError, match="damaged.*Nothing was changed"):
        access.restore_with_passphrase(saved, PASSPHRASE)

    assert snapshot(access.paths.root) == before


def test_a_backup_whose_database_fails_the_check_changes_nothing(
    access: JournalAccess, made: tuple[Path, str], tmp_path: Path
) -> None:
    """A raw copy of a damaged journal (the checksum is fine, the pages are not)."""
    _saved, _code = made
    damaged = bytearray(access.paths.database.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    access.paths.database.write_bytes(bytes(damaged))
    raw = copy_files_as_backup(
        access.paths.database, access.paths.key_file, tmp_path / "raw", "before-restore"
    )
    assert raw is not None
    before = snapshot(access.paths.root)

    with pytest.raises(BackupFileError, match="integrity check. Nothing was changed"):
        access.restore_with_passphrase(raw, PASSPHRASE)

    assert snapshot(access.paths.root) == before


def test_restore_on_a_new_computer_with_the_recovery_key(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    saved, code = made
    fresh = make_access(tmp_path / "new-computer" / "data")

    result = fresh.restore_with_recovery_key(saved, code)

    assert result.kept is None
    assert fresh.paths.root.stat().st_mode & 0o777 == 0o700
    journal = fresh.open_with_recovery_key(code)
    assert [d.day for d in journal.days()] == [FIRST.day]
    journal.close()
    assert days(fresh) == [FIRST.day]  # the passphrase travelled with the key file


def test_a_damaged_journal_can_be_restored_and_is_kept_as_it_was(
    access: JournalAccess, made: tuple[Path, str], tmp_path: Path
) -> None:
    saved, _code = made
    data = bytearray(access.paths.database.read_bytes())
    data[len(data) // 2] ^= 0x40
    access.paths.database.write_bytes(bytes(data))
    with pytest.raises(WellbeingError, match="damaged"):
        access.open_with_passphrase(PASSPHRASE)

    result = access.restore_with_passphrase(saved, PASSPHRASE)

    assert days(access) == [FIRST.day]
    assert result.kept is not None
    assert not read_header(result.kept).verified
    assert unpack_backup(result.kept, tmp_path / "kept").database.read_bytes() == bytes(data)


def test_pages_in_the_write_ahead_log_are_kept_and_never_applied_to_the_restored_file(
    access: JournalAccess, made: tuple[Path, str], tmp_path: Path
) -> None:
    """A journal left with committed pages in journal.db-wal (a crash, a killed process)."""
    saved, _code = made
    root = access.paths.root
    journal = access.open_with_passphrase(PASSPHRASE)
    engine = journal._require_open().engine  # the test needs the live engine
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    third = DayLog(day=date(2026, 11, 25), reflection="Kun i loggen", stress_step=1)
    journal.save_day(third)
    # Copy the files as a crash would leave them, while the connection is still open.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("journal.db", "journal.db-wal", "journal.key"):
        shutil.copy2(root / name, crashed / name)
    journal.close()
    assert (crashed / "journal.db-wal").stat().st_size > 0
    crashed_access = make_access(crashed)

    result = crashed_access.restore_with_passphrase(saved, PASSPHRASE)

    assert not (crashed / "journal.db-wal").exists()
    assert days(crashed_access) == [FIRST.day]
    assert result.kept is not None
    assert read_header(result.kept).wal_length > 0
    crashed_access.restore_with_passphrase(result.kept, PASSPHRASE)
    assert days(crashed_access) == [FIRST.day, SECOND.day, third.day]


def test_a_backup_from_a_newer_version_is_refused(access: JournalAccess, tmp_path: Path) -> None:
    journal, _ = access.create(PASSPHRASE)
    engine = journal._require_open().engine
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    future = journal.backup(out=tmp_path / "future.lpbackup")
    journal.close()
    other = make_access(tmp_path / "other")
    with pytest.raises(WellbeingError, match="newer version.*Nothing was changed"):
        other.restore_with_passphrase(future, PASSPHRASE)
    assert not other.paths.database.exists()


def test_a_journal_open_in_another_program_is_not_replaced(
    access: JournalAccess, made: tuple[Path, str]
) -> None:
    saved, _code = made
    data_key = keyfile.unlock_with_passphrase(access.paths.key_file, PASSPHRASE)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path\n"
            "from wellbeing_desktop.storage.engine import connect_keyed\n"
            "conn = connect_keyed(Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline()))\n"
            "print('open', flush=True)\n"
            "sys.stdin.readline()\n",
            str(access.paths.database),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdin is not None
        assert holder.stdout is not None
        holder.stdin.write(data_key.hex() + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "open"
        before = snapshot(access.paths.root)
        with pytest.raises(JournalInUseError, match="open in another"):
            access.restore_with_passphrase(saved, PASSPHRASE)
        assert snapshot(access.paths.root) == before
    finally:
        holder.communicate("\n", timeout=30)


def test_folders_left_by_a_killed_restore_are_cleared_once_stale(
    access: JournalAccess, made: tuple[Path, str]
) -> None:
    saved, _code = made
    stale = access.paths.root / ".restore-0123456789ab"
    young = access.paths.root / ".restore-ba9876543210"
    for folder in (stale, young):
        folder.mkdir()
        (folder / "journal.db").write_bytes(b"encrypted pages")
    an_hour_ago = time.time() - 3700
    os.utime(stale, (an_hour_ago, an_hour_ago))

    access.restore_with_passphrase(saved, PASSPHRASE)

    assert not stale.exists()
    assert young.exists()  # perhaps another restore in progress
