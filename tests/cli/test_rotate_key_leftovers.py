"""``passwd --rotate-key`` after the attack2 findings.

``passwd --rotate-key`` after the attack2 findings: a killed rotation leaves no file
the old passphrase opens once the rotation is run again (F1), the journal file is the
owner's only (0600), the new passphrase must differ from the current one (F9), and the
words about backups left alone are true after a kill before the swap (F4).
"""

from __future__ import annotations

import stat
from typing import TYPE_CHECKING

import pytest
from sqlalchemy.exc import SQLAlchemyError

from tests.cli.cli_support import (
    OTHER_PASSPHRASE,
    PASSPHRASE,
    Journal,
    assert_ok,
    assert_user_error,
    run_cli,
    write_secret,
)
from tests.cli.rename_kills import STRACE, killed_at_rename, run
from tests.cli.test_rotate_key_crash import rotate_command
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import backup, backup_format

if TYPE_CHECKING:
    from pathlib import Path


def _old_key_opens(data_dir: Path, old_key: bytes, scratch: Path) -> list[str]:
    """Every file under ``data_dir`` that the old passphrase (or the old data key) opens."""
    opened = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        name = path.name
        if name.endswith(".key") or name.endswith(".rotating.tmp"):
            key_bytes = path.read_bytes()
        elif name.endswith(".lpbackup"):
            try:
                header = backup_format.read_header(path)
                key_bytes = backup_format.read_key_part(path, header)
            except (WellbeingError, OSError):
                continue
        elif name.endswith(".db"):
            try:
                backup.verify_database(path, old_key)
            except (WellbeingError, SQLAlchemyError, OSError):
                continue
            opened.append(str(path.relative_to(data_dir)))
            continue
        else:
            continue
        probe = scratch / "probe.key"
        probe.write_bytes(key_bytes)
        try:
            keyfile.unlock_with_passphrase(probe, PASSPHRASE)
            opened.append(str(path.relative_to(data_dir)))
        except (WellbeingError, OSError, ValueError):
            pass
        finally:
            probe.unlink()
    return opened


@pytest.mark.skipif(STRACE is None, reason="needs strace")
def test_a_rerun_after_a_killed_rotation_leaves_nothing_the_old_passphrase_opens(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path
) -> None:
    assert_ok(seeded.run("backup"))
    work = seeded.data_dir
    old_key = keyfile.unlock_with_passphrase(work / "journal.key", PASSPHRASE)
    # Killed at the first rename (a re-encrypted backup put in place): the backup's old
    # key file and database are unpacked in the staging folder at that moment.
    out = tmp_path / "recovery.txt"
    assert killed_at_rename(
        rotate_command(work, seeded.passphrase_file, other_passphrase_file, out), 1
    )
    assert list(work.glob(".rotate-*/backup-*/journal.key"))  # what the kill left
    again = tmp_path / "recovery-again.txt"
    done = run(rotate_command(work, seeded.passphrase_file, other_passphrase_file, again))
    assert done.returncode == 0, done.stderr
    assert list(work.glob(".rotate-*")) == []
    assert list(work.rglob("*.rotating.tmp")) == []
    assert _old_key_opens(work, old_key, tmp_path) == []
    shown = run_cli("show", data_dir=work, passphrase_file=other_passphrase_file)
    assert assert_ok(shown).stdout.startswith("2025-06-02")


def test_after_a_rotation_the_journal_file_is_the_owners_only(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path
) -> None:
    out = tmp_path / "recovery.txt"
    assert_ok(
        seeded.run(
            "passwd",
            "--rotate-key",
            "--new-passphrase-file",
            other_passphrase_file,
            "--recovery-key-out",
            out,
        )
    )
    mode = stat.S_IMODE((seeded.data_dir / "journal.db").stat().st_mode)
    assert mode & 0o077 == 0, oct(mode)


def test_rotating_to_the_same_passphrase_is_refused(seeded: Journal, tmp_path: Path) -> None:
    same = write_secret(tmp_path / "same.txt", PASSPHRASE)
    before = seeded.snapshot()
    result = seeded.run(
        "passwd",
        "--rotate-key",
        "--new-passphrase-file",
        same,
        "--recovery-key-out",
        tmp_path / "recovery.txt",
    )
    assert_user_error(result, "must differ from the current one")
    assert seeded.snapshot() == before
    assert not (tmp_path / "recovery.txt").exists()


@pytest.mark.skipif(STRACE is None, reason="needs strace")
def test_words_about_backups_a_killed_rotation_left_are_true(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path
) -> None:
    assert_ok(seeded.run("backup"))
    # Killed at the rename that writes the swap intent: backups new, journal old.
    command = rotate_command(
        seeded.data_dir, seeded.passphrase_file, other_passphrase_file, tmp_path / "r"
    )
    assert killed_at_rename(command, 2)
    third = write_secret(tmp_path / "third.txt", OTHER_PASSPHRASE + "-3")
    plain = assert_ok(seeded.run("passwd", "--new-passphrase-file", third))
    assert "made before the journal got a new data key" not in plain.stdout
    assert "could not be opened with this journal's key; left as they are" in (plain.stdout.lower())
