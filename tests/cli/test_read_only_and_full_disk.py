"""A read-only data folder or a full disk is named as such, never as damage (issue #13, 12).

As root, permission bits do not stop a write, so the read-only folder is a read-only bind
mount of the journal's folder (the ENVIRONMENT recipe) and the full disk a small tmpfs
filled up. Each case runs the real CLI and asserts the one printed line and that no file
in the folder changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    PASSPHRASE,
    SEEDED_DAY,
    Journal,
    assert_ok,
    assert_user_error,
)
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

LOG_ONLY_DAY = date(2025, 6, 3)  # saved into the write-ahead log, not yet into the file


def every_file(root: Path) -> dict[str, tuple[str, int] | None]:
    """Every file and folder under ``root``, backups included: nothing may change."""
    return {
        str(p.relative_to(root)): (
            (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            if p.is_file()
            else None
        )
        for p in sorted(root.rglob("*"))
    }


def _mount(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"mount is not permitted here ({result.stderr.strip() or result.returncode})")


@pytest.fixture
def mounts() -> Iterator[list[Path]]:
    """Mount points to unmount after the test, whatever happens in it."""
    made: list[Path] = []
    yield made
    for point in reversed(made):
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


def read_only_view(journal: Journal, mounts: list[Path], where: Path) -> Journal:
    """The journal seen through a read-only bind mount of its folder."""
    where.mkdir()
    _mount("mount", "--bind", str(journal.data_dir), str(where))
    mounts.append(where)
    _mount("mount", "-o", "remount,ro,bind", str(where))
    return Journal(where, journal.passphrase_file, journal.recovery_key_file)


def with_unfolded_log(seeded: Journal, target: Path, *, with_index: bool) -> Journal:
    """A journal with a day still in its write-ahead log.

    A copy of the journal as a program left it that had saved a day and not yet folded
    its write-ahead log into the file (a crash, or a copy taken while it ran).
    """
    access = JournalAccess(JournalPaths(seeded.data_dir))
    opened = access.open_with_passphrase(PASSPHRASE)
    try:
        opened.save_day(DayLog(day=LOG_ONLY_DAY, reflection="Only in the log"))
        target.mkdir()
        names = ["journal.db", "journal.db-wal", "journal.key"]
        names += ["journal.db-shm"] if with_index else []
        for name in names:
            shutil.copy2(seeded.data_dir / name, target / name)
    finally:
        opened.close()
    assert (target / "journal.db-wal").stat().st_size > 0
    return Journal(target, seeded.passphrase_file, seeded.recovery_key_file)


def test_a_read_only_folder_reads_and_refuses_writes_by_name(
    seeded: Journal, mounts: list[Path], tmp_path: Path
) -> None:
    view = read_only_view(seeded, mounts, tmp_path / "read-only")
    before = every_file(seeded.data_dir)

    shown = assert_ok(view.run("show"))
    assert SEEDED_DAY in shown.stdout
    assert "Leadership share" in assert_ok(view.run("stats", "--from", "1970-01-01")).stdout
    assert "intact" in assert_ok(view.run("check")).stdout
    result = view.run("log", "--date", SEEDED_DAY, "--stress", "4")

    assert_user_error(
        result, str(view.data_dir), "cannot be written", "read-only", "nothing was saved"
    )
    assert "damaged" not in result.stderr
    assert every_file(seeded.data_dir) == before
    assert "step 2" in assert_ok(seeded.run("show")).stdout  # the stress step stayed 2


def test_a_read_only_folder_reads_a_log_it_has_the_index_for(
    seeded: Journal, mounts: list[Path], tmp_path: Path
) -> None:
    copy = with_unfolded_log(seeded, tmp_path / "copy", with_index=True)
    view = read_only_view(copy, mounts, tmp_path / "read-only")
    before = every_file(copy.data_dir)

    shown = assert_ok(view.run("show")).stdout
    # The log cannot be folded in here: the check reads through it and finds no damage.
    checked = assert_ok(view.run("check")).stdout

    assert SEEDED_DAY in shown
    assert LOG_ONLY_DAY.isoformat() in shown
    assert "intact" in checked
    assert every_file(copy.data_dir) == before


def test_a_read_only_folder_it_cannot_read_without_writing_says_so(
    seeded: Journal, mounts: list[Path], tmp_path: Path
) -> None:
    # SQLite must create the -shm index to read a write-ahead log: not possible here.
    copy = with_unfolded_log(seeded, tmp_path / "copy", with_index=False)
    view = read_only_view(copy, mounts, tmp_path / "read-only")
    before = every_file(copy.data_dir)

    for command in ("show", "stats"):
        result = view.run(command)
        assert_user_error(result, str(view.data_dir), "cannot be written", "nothing was changed")
        assert "damaged" not in result.stderr
    assert every_file(copy.data_dir) == before


@pytest.fixture
def small_disk(mounts: list[Path], tmp_path: Path) -> Path:
    where = tmp_path / "small-disk"
    where.mkdir()
    _mount("mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(where))
    mounts.append(where)
    return where


def fill(disk: Path, leave: int = 0) -> None:
    """Fill ``disk`` until at most ``leave`` bytes are free."""
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        size = os.fstat(fd).st_size
        os.ftruncate(fd, max(0, size - leave))
        os.close(fd)


def test_a_full_disk_reads_and_says_nothing_was_saved(seeded: Journal, small_disk: Path) -> None:
    target = small_disk / "journal"
    shutil.copytree(seeded.data_dir, target)
    journal = Journal(target, seeded.passphrase_file, seeded.recovery_key_file)
    fill(small_disk)
    before = every_file(target)

    assert SEEDED_DAY in assert_ok(journal.run("show")).stdout
    assert "Leadership share" in assert_ok(journal.run("stats", "--from", "1970-01-01")).stdout
    result = journal.run("log", "--date", SEEDED_DAY, "--note", "A new reflection")

    assert_user_error(result, "the disk is full", "nothing was saved", str(target))
    assert "damaged" not in result.stderr
    assert every_file(target) == before
    (small_disk / "filler").unlink()
    assert "A calm seeded day." in assert_ok(journal.run("show")).stdout


def test_a_disk_that_fills_during_a_save_says_nothing_was_saved(
    seeded: Journal, small_disk: Path, tmp_path: Path
) -> None:
    target = small_disk / "journal"
    shutil.copytree(seeded.data_dir, target)
    journal = Journal(target, seeded.passphrase_file, seeded.recovery_key_file)
    fill(small_disk, leave=96 * 1024)  # room to open the journal, not for this note
    note = tmp_path / "note.txt"
    # The longest reflection allowed, of words that each go into the search index.
    words = " ".join(f"w{n:x}" for n in range(20_000))
    note.write_text(words[:99_000], encoding="utf-8")

    result = journal.run("log", "--date", SEEDED_DAY, "--note-file", note)

    assert_user_error(result, "the disk is full", "nothing was saved")
    assert "damaged" not in result.stderr
    (small_disk / "filler").unlink()
    shown = assert_ok(journal.run("show")).stdout
    assert "A calm seeded day." in shown


def test_the_daily_backup_does_not_turn_a_read_only_folder_into_a_failure(
    seeded: Journal, mounts: list[Path], tmp_path: Path
) -> None:
    shutil.rmtree(seeded.data_dir / "backups")  # no backup today: unlock would make one
    view = read_only_view(seeded, mounts, tmp_path / "read-only")
    before = every_file(seeded.data_dir)

    result = assert_ok(view.run("show"))

    assert SEEDED_DAY in result.stdout
    assert result.stderr == ""
    assert every_file(seeded.data_dir) == before
