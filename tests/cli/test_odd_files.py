"""Files that are not what their names say: FIFOs, folders, garbage, a full disk.

Each is met through the real command line in a subprocess with a short timeout, so a
command that waits forever fails the test instead of blocking the run.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import Journal, assert_ok, assert_user_error, cli_env

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

HANG_TIMEOUT = 30  # seconds; each command here takes one or two


def run(journal: Journal, *args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    """The CLI on ``journal``; a command still running after HANG_TIMEOUT fails the test."""
    command = [sys.executable, "-m", "wellbeing_desktop", *map(str, args)]
    command += ["--data-dir", str(journal.data_dir)]
    command += ["--passphrase-file", str(journal.passphrase_file)]
    try:
        return subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=cli_env(),
            timeout=HANG_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{' '.join(map(str, args))} hung for {HANG_TIMEOUT} s")


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Name -> (mode, size) of everything in ``folder`` (lstat: nothing is opened)."""
    return {p.name: (os.lstat(p).st_mode, os.lstat(p).st_size) for p in sorted(folder.iterdir())}


# --- FIFOs (item 10) ---------------------------------------------------------------------


def test_a_fifo_as_the_journal_file_is_refused_at_once(seeded: Journal) -> None:
    database = seeded.data_dir / "journal.db"
    database.unlink()
    os.mkfifo(database)
    before = listing(seeded.data_dir)

    assert_user_error(run(seeded, "show"), str(database), "not a regular file")
    assert listing(seeded.data_dir) == before


def test_a_fifo_as_the_write_ahead_log_is_refused_and_left_alone(seeded: Journal) -> None:
    wal = seeded.data_dir / "journal.db-wal"
    os.mkfifo(wal)
    before = listing(seeded.data_dir)

    for command in ("show", "backup"):
        assert_user_error(run(seeded, command), str(wal), "not a regular file")
    assert listing(seeded.data_dir) == before
    assert stat.S_ISFIFO(os.lstat(wal).st_mode)


def test_a_fifo_as_the_backup_to_restore_is_refused(seeded: Journal, tmp_path: Path) -> None:
    fifo = tmp_path / "journal.lpbackup"
    os.mkfifo(fifo)
    before = listing(seeded.data_dir)

    assert_user_error(run(seeded, "restore", fifo), str(fifo), "not a regular file")
    assert listing(seeded.data_dir) == before


def test_a_fifo_among_the_backups_is_passed_over(seeded: Journal) -> None:
    folder = seeded.data_dir / "backups"
    folder.mkdir(exist_ok=True)
    fifo = folder / "journal-2099-01-01T000000-daily.lpbackup"
    os.mkfifo(fifo)

    assert_ok(run(seeded, "backup"))
    [made] = (p for p in folder.iterdir() if p != fifo)
    # The damage message looks for the newest good backup: it reads every candidate.
    database = seeded.data_dir / "journal.db"
    data = bytearray(database.read_bytes())
    data[2 * 4096 : 3 * 4096] = bytes(4096)
    database.write_bytes(bytes(data))
    result = assert_user_error(run(seeded, "show"), "is damaged")
    assert str(made) in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


# --- sidecars that are folders, and a write-ahead log SQLite would discard (item 14) ------


def test_a_folder_named_like_the_index_is_named_and_not_changed(seeded: Journal) -> None:
    folder = seeded.data_dir / "journal.db-shm"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    before = listing(seeded.data_dir)

    result = assert_user_error(run(seeded, "show"), str(folder), "is a folder, not a file")
    assert "read-only" not in result.stderr
    assert listing(seeded.data_dir) == before  # no chmod, no -wal made beside it
    assert folder.stat().st_mode & 0o777 == 0o755


def test_a_write_ahead_log_sqlite_cannot_use_is_kept_aside_not_deleted(seeded: Journal) -> None:
    wal = seeded.data_dir / "journal.db-wal"
    garbage = os.urandom(50_000)
    wal.write_bytes(garbage)
    wal.chmod(0o644)

    result = assert_ok(run(seeded, "show"))

    assert "2025-06-02" in result.stdout
    [kept] = seeded.data_dir.glob("journal.db-wal.unreadable-*")
    assert kept.read_bytes() == garbage
    assert kept.stat().st_mode & 0o777 == 0o600
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "write-ahead log" in lines[0]
    assert str(kept) in lines[0]
    # The next command has nothing more to say, and the kept copy stays.
    assert assert_ok(run(seeded, "show")).stderr == ""
    assert kept.read_bytes() == garbage


def test_a_refused_journal_keeps_even_an_unusable_log_where_it_was(seeded: Journal) -> None:
    database = seeded.data_dir / "journal.db"
    data = bytearray(database.read_bytes())
    data[2 * 4096 : 3 * 4096] = bytes(4096)
    database.write_bytes(bytes(data))
    wal = seeded.data_dir / "journal.db-wal"
    garbage = os.urandom(50_000)
    wal.write_bytes(garbage)

    assert_user_error(run(seeded, "show"), "is damaged")
    assert wal.read_bytes() == garbage
    assert list(seeded.data_dir.glob("*.unreadable-*")) == []


# --- a full disk (item 14) --------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs: smaller than any backup of a journal."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def test_a_backup_on_a_full_disk_names_the_file(seeded: Journal, small_disk: Path) -> None:
    target = small_disk / "journal.lpbackup"

    result = assert_user_error(run(seeded, "backup", "--out", target), str(target), "disk is full")
    assert "No space left on device" not in result.stderr
    assert list(small_disk.iterdir()) == []  # nothing half written is left
