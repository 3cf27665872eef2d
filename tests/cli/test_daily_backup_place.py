"""The daily backup is made after a write, never by a command that only reads (#20).

A read (``show``, ``search``, ``stats``, ``export``, ``report``, ``check``, ...) must not pay
for it; the first command of the day that writes the journal (``log``, ``who5``, ...)
makes it once its write is committed, and later writes that day make none.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

from tests.cli.cli_support import SEEDED_DAY, assert_ok

if TYPE_CHECKING:
    from pathlib import Path

    from tests.cli.cli_support import Journal


def _backups(journal: Journal) -> list[str]:
    folder = journal.data_dir / "backups"
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".lpbackup"))


def test_reads_make_no_backup_and_the_first_write_of_the_day_makes_one(
    seeded: Journal, tmp_path: Path
) -> None:
    shutil.rmtree(seeded.data_dir / "backups", ignore_errors=True)  # none made today

    assert_ok(seeded.run("show"))
    assert_ok(seeded.run("search", "calm"))
    assert_ok(seeded.run("stats"))
    assert_ok(seeded.run("check"))
    assert_ok(seeded.run("export", "--format", "json", "--out", tmp_path / "all.json"))
    assert _backups(seeded) == []

    assert_ok(seeded.run("log", "--date", SEEDED_DAY, "--stress", "2"))
    [daily] = _backups(seeded)
    assert daily.endswith("-daily.lpbackup")

    assert_ok(seeded.run("who5", "3", "3", "3", "3", "3", "--date", SEEDED_DAY))
    assert_ok(seeded.run("log", "--date", SEEDED_DAY, "--stress", "3"))
    assert _backups(seeded) == [daily]  # one a day


def test_a_refused_write_makes_no_backup(seeded: Journal) -> None:
    shutil.rmtree(seeded.data_dir / "backups", ignore_errors=True)
    refused = seeded.run("log", "--date", SEEDED_DAY, "--stress", "9")
    assert refused.returncode == 1
    assert _backups(seeded) == []
