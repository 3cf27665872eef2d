"""A passphrase change reaches the backups (issue 13, item 8a).

After ``passwd`` (or ``recover``) the old passphrase opens no backup of this journal in
``backups/`` and the new one opens every one, also a backup made before an earlier
change; a backup of another journal is left byte for byte; ``restore`` of a backup with
the new passphrase works. Through the real CLI.
"""

from __future__ import annotations

import shutil
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    OTHER_PASSPHRASE,
    PASSPHRASE,
    Journal,
    assert_ok,
    assert_user_error,
    run_cli,
    write_secret,
)
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.storage import backup_format

if TYPE_CHECKING:
    from pathlib import Path

THIRD_PASSPHRASE = "a third passphrase, for the second change"


def _opens(backup: Path, passphrase: str, scratch: Path) -> bool:
    header = backup_format.read_header(backup)
    key = scratch / f"{backup.name}.key"
    key.write_bytes(backup_format.read_key_part(backup, header))
    try:
        keyfile.unlock_with_passphrase(key, passphrase)
    except keyfile.WrongPassphraseError:
        return False
    finally:
        key.unlink()
    return True


def _backups(journal: Journal) -> list[Path]:
    return sorted((journal.data_dir / "backups").glob("*.lpbackup"))


@pytest.fixture
def other_journals_backup(tmp_path: Path) -> Path:
    """A backup of another journal with the same passphrase (made in-process, cheaply)."""
    access = JournalAccess(JournalPaths(tmp_path / "other-journal"), kdf=keyfile.TEST_KDF)
    journal, _code = access.create(PASSPHRASE)
    try:
        journal.save_day(DayLog(day=date(2025, 1, 1), reflection="another journal"))
        return journal.backup()
    finally:
        journal.close()


def test_passwd_re_wraps_every_backup_of_the_journal(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path, other_journals_backup: Path
) -> None:
    assert_ok(seeded.run("backup"))
    # A backup made under the first passphrase, kept aside to come back after a change.
    first = _backups(seeded)[0]
    aside = tmp_path / "aside.lpbackup"
    shutil.copy2(first, aside)
    stranger = seeded.data_dir / "backups" / "journal-2025-01-01T000000-manual.lpbackup"
    shutil.copy2(other_journals_backup, stranger)
    stranger_bytes = stranger.read_bytes()

    result = assert_ok(seeded.run("passwd", "--new-passphrase-file", other_passphrase_file))
    assert "backups" in result.stdout

    ours = [p for p in _backups(seeded) if p != stranger]
    assert ours
    for backup in ours:
        assert not _opens(backup, PASSPHRASE, tmp_path), backup.name
        assert _opens(backup, OTHER_PASSPHRASE, tmp_path), backup.name
        backup_format.read_header(backup)  # whole and its checksum right
        assert backup.stat().st_mode & 0o777 == 0o600
    assert stranger.read_bytes() == stranger_bytes  # another journal's: left alone

    # A backup from before that change comes back into the folder; the next change
    # (with the recovery key this time) re-wraps it as well.
    stale = seeded.data_dir / "backups" / "journal-2025-01-02T000000-manual.lpbackup"
    shutil.copy2(aside, stale)
    third = write_secret(tmp_path / "third.txt", THIRD_PASSPHRASE)
    assert_ok(
        run_cli(
            "recover",
            "--recovery-key-file",
            seeded.recovery_key_file,
            "--new-passphrase-file",
            third,
            data_dir=seeded.data_dir,
        )
    )
    for backup in [p for p in _backups(seeded) if p != stranger]:
        assert not _opens(backup, PASSPHRASE, tmp_path), backup.name
        assert not _opens(backup, OTHER_PASSPHRASE, tmp_path), backup.name
        assert _opens(backup, THIRD_PASSPHRASE, tmp_path), backup.name
    assert stranger.read_bytes() == stranger_bytes

    # Restoring one of them with the new passphrase works; the old one is refused.
    assert_user_error(
        run_cli("restore", stale, data_dir=seeded.data_dir, passphrase_file=other_passphrase_file),
        "wrong passphrase",
    )
    assert_ok(run_cli("restore", stale, data_dir=seeded.data_dir, passphrase_file=third))
    shown = assert_ok(run_cli("show", data_dir=seeded.data_dir, passphrase_file=third))
    assert shown.stdout.startswith("2025-06-02")
