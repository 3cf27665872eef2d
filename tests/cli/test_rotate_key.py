"""``passwd --rotate-key``: afterwards only the new secrets open anything.

``passwd --rotate-key`` (issue 13, item 8b): after it, the old passphrase, the old
recovery key, an old key file and the old data key open nothing in the data folder —
neither the journal nor any backup — while the new passphrase and the new recovery key
open everything, and every entry is still there. Through the real CLI.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    OTHER_PASSPHRASE,
    PASSPHRASE,
    RECOVERY_KEY_PATTERN,
    Journal,
    assert_ok,
    assert_user_error,
    run_cli,
    write_secret,
)
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import backup, backup_format
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from pathlib import Path


def _backups(journal: Journal) -> list[Path]:
    return sorted((journal.data_dir / "backups").glob("*.lpbackup"))


def _recorded(path: Path) -> tuple[object, int, bool]:
    header = backup_format.read_header(path)
    return header.made_at, header.serial, header.verified


def _backup_database_opens(path: Path, data_key: bytes, scratch: Path) -> bool:
    folder = scratch / f"unpacked-{path.name}"
    unpacked = backup_format.unpack_backup(path, folder)
    try:
        backup.verify_database(unpacked.database, data_key)
    except StorageError:
        return False
    finally:
        shutil.rmtree(folder)
    return True


def test_rotate_key_leaves_the_old_secrets_opening_nothing(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path
) -> None:
    assert_ok(seeded.run("backup"))
    assert_ok(seeded.run("backup"))
    old_key_file = tmp_path / "old-journal.key"
    shutil.copy2(seeded.data_dir / "journal.key", old_key_file)
    old_key = keyfile.unlock_with_passphrase(old_key_file, PASSPHRASE)
    journal_id = keyfile.journal_id(old_key_file)
    new_recovery = tmp_path / "new-recovery.txt"
    recorded = {p.name: _recorded(p) for p in _backups(seeded)}

    result = assert_ok(
        seeded.run(
            "passwd",
            "--rotate-key",
            "--new-passphrase-file",
            other_passphrase_file,
            "--recovery-key-out",
            new_recovery,
        )
    )
    assert "new key" in result.stdout
    assert "(2)" in result.stdout  # both backups re-encrypted
    assert not list(seeded.data_dir.glob(".rotate-*"))  # no staging folder left

    new_key_file = seeded.data_dir / "journal.key"
    new_key = keyfile.unlock_with_passphrase(new_key_file, OTHER_PASSPHRASE)
    assert new_key != old_key
    assert keyfile.journal_id(new_key_file) == journal_id  # the same journal
    # The old passphrase and the old recovery key open nothing.
    assert_user_error(seeded.run("show"), "wrong passphrase")
    assert_user_error(
        run_cli(
            "recover",
            "--recovery-key-file",
            seeded.recovery_key_file,
            "--new-passphrase-file",
            other_passphrase_file,
            data_dir=seeded.data_dir,
        ),
        "wrong recovery key",
    )
    # The old data key (a remembered key, an old key file) opens neither the journal ...
    with pytest.raises(StorageError):
        backup.verify_database(seeded.data_dir / "journal.db", old_key)
    backup.verify_database(seeded.data_dir / "journal.db", new_key)
    # ... nor any backup, whose key file is the new one as well.
    assert len(_backups(seeded)) == 2
    # Each keeps the time and serial it recorded (they rank the backups).
    assert {p.name: _recorded(p) for p in _backups(seeded)} == recorded
    for path in _backups(seeded):
        assert not _backup_database_opens(path, old_key, tmp_path)
        assert _backup_database_opens(path, new_key, tmp_path)
        key_part = backup_format.read_key_part(path, backup_format.read_header(path))
        assert key_part == new_key_file.read_bytes()

    # The new passphrase shows every entry; the new recovery key sets a passphrase.
    shown = run_cli("show", data_dir=seeded.data_dir, passphrase_file=other_passphrase_file)
    assert assert_ok(shown).stdout.startswith("2025-06-02")
    code = new_recovery.read_text().strip()
    assert __import__("re").fullmatch(RECOVERY_KEY_PATTERN, code)
    third = write_secret(tmp_path / "third.txt", "a third passphrase after rotation")
    assert_ok(
        run_cli(
            "recover",
            "--recovery-key-file",
            new_recovery,
            "--new-passphrase-file",
            third,
            data_dir=seeded.data_dir,
        )
    )
    # A backup restores with the secrets of now.
    assert_ok(
        run_cli("restore", _backups(seeded)[0], data_dir=seeded.data_dir, passphrase_file=third)
    )
    shown = run_cli("show", data_dir=seeded.data_dir, passphrase_file=third)
    assert assert_ok(shown).stdout.startswith("2025-06-02")


def test_rotate_key_with_a_wrong_passphrase_changes_nothing(
    seeded: Journal, wrong_passphrase_file: Path, other_passphrase_file: Path, tmp_path: Path
) -> None:
    before = seeded.snapshot()
    result = run_cli(
        "passwd",
        "--rotate-key",
        "--new-passphrase-file",
        other_passphrase_file,
        "--recovery-key-out",
        tmp_path / "rk.txt",
        data_dir=seeded.data_dir,
        passphrase_file=wrong_passphrase_file,
    )
    assert_user_error(result, "wrong passphrase")
    assert seeded.snapshot() == before
    assert not (tmp_path / "rk.txt").exists()
