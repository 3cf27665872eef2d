"""A damaged key file beside an intact journal file.

A damaged key file beside an intact journal file: the printed fix puts back only the
backup's key file, so no day written since that backup is lost (independent attack on
issue #13: restoring the whole backup, as the message used to say, dropped those days).
"""

from __future__ import annotations

import os
import shlex
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import run_main
from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from pathlib import Path

BEFORE_BACKUP, AFTER_BACKUP = date(2026, 11, 2), date(2026, 11, 3)


def _journal(root: Path) -> JournalPaths:
    access = JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF)
    journal, _code = access.create(PASSPHRASE)
    try:
        journal.save_day(DayLog(day=BEFORE_BACKUP, reflection="In the backup."))
        journal.backup("manual")
        journal.save_day(DayLog(day=AFTER_BACKUP, reflection="Written after the backup."))
    finally:
        journal.close()
    return access.paths


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WELLBEING_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def _run(*argv: str) -> tuple[int, str, str]:
    """``main(argv)`` in this process, with this test's environment (cli_support.run_main)."""
    done = run_main(list(argv), os.environ)
    return done.returncode, done.stdout, done.stderr


def _days(paths: JournalPaths) -> dict[date, str]:
    access = JournalAccess(paths, kdf=keyfile.TEST_KDF)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        days = {d: journal.day(d) for d in (BEFORE_BACKUP, AFTER_BACKUP)}
        assert all(day is not None for day in days.values())
        return {d: day.reflection for d, day in days.items() if day is not None}
    finally:
        journal.close()


def test_the_printed_fix_for_a_damaged_key_file_keeps_the_days_since_the_backup(
    tmp_path: Path,
) -> None:
    paths = _journal(tmp_path / "journal")
    damaged = paths.key_file.read_bytes()[:40]
    paths.key_file.write_bytes(damaged)
    database = paths.database.read_bytes()

    code, _out, error = _run("show", "--data-dir", str(paths.root))
    assert code == 1
    line = error.strip().splitlines()[-1]
    assert "the journal file stays as it is" in line, error
    argv = shlex.split(line.split(" with: ", 1)[1])
    assert argv[:4] == ["wellbeing-desktop", "restore", "--data-dir", str(paths.root)]
    assert "--key-file-only" in argv

    code, out, error = _run(*argv[1:])  # exactly as printed
    assert code == 0, error
    assert "key file" in out
    assert paths.database.read_bytes() == database  # the journal file was not replaced
    assert _days(paths) == {
        BEFORE_BACKUP: "In the backup.",
        AFTER_BACKUP: "Written after the backup.",
    }
    kept = sorted(paths.backups.glob("*before-restore*"))
    assert len(kept) == 1  # the damaged key file too, exactly as it was


def test_a_backup_whose_key_does_not_open_the_journal_file_changes_nothing(tmp_path: Path) -> None:
    paths = _journal(tmp_path / "journal")
    other = _journal(tmp_path / "other")
    (backup_of_other,) = sorted(other.backups.glob("*.lpbackup"))
    paths.key_file.write_bytes(b"{}")
    before = {p.name: p.read_bytes() for p in paths.root.iterdir() if p.is_file()}

    code, _out, error = _run(
        "restore", "--data-dir", str(paths.root), "--key-file-only", str(backup_of_other)
    )
    assert code == 1
    assert "does not open the journal file" in error
    assert "Nothing was changed." in error
    assert len(error.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in paths.root.iterdir() if p.is_file()} == before
