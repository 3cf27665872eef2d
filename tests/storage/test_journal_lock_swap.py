"""The lock protocol and the paired swap, on real files in a tmp folder.

The higher-level proofs (restore racing writers, a kill between the renames under strace)
are in tests/reliability/test_restore_race.py and tests/cli/test_restore_swap.py.
"""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.storage import journal_lock, swap
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from pathlib import Path


def _paths(tmp_path: Path) -> JournalPaths:
    root = tmp_path / "data"
    root.mkdir(mode=0o700)
    return JournalPaths(root)


def test_shared_locks_coexist_and_keep_the_exclusive_out(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    first = journal_lock.acquire_shared(paths)
    second = journal_lock.acquire_shared(paths)
    assert stat.S_IMODE(paths.journal_lock.stat().st_mode) == 0o600
    with pytest.raises(journal_lock.JournalLockBusyError, match="open in another window"):
        journal_lock.acquire_exclusive(paths)
    first.release()
    with pytest.raises(journal_lock.JournalLockBusyError):
        journal_lock.acquire_exclusive(paths)
    second.release()
    second.release()  # a second release does nothing
    with journal_lock.acquire_exclusive(paths) as exclusive:
        assert exclusive.held
        assert exclusive.exclusive
    assert paths.journal_lock.exists()  # never deleted


def test_shared_waits_for_a_restore_then_says_one_is_under_way(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    exclusive = journal_lock.acquire_exclusive(paths)
    started = time.monotonic()
    with pytest.raises(journal_lock.RestoreUnderWayError, match="restore of the journal"):
        journal_lock.acquire_shared(paths, wait=0.3)
    assert time.monotonic() - started >= 0.3
    # A restore that ends while the open waits lets the open through.
    threading.Timer(0.2, exclusive.release).start()
    journal_lock.acquire_shared(paths, wait=5).release()


def test_a_fifo_as_lock_file_is_refused_without_hanging(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    os.mkfifo(paths.journal_lock)
    with pytest.raises(StorageError, match="not a regular file"):
        journal_lock.acquire_shared(paths)


def _stage(paths: JournalPaths, db: bytes, key: bytes) -> tuple[Path, Path]:
    staging = paths.root / ".restore-test"
    staging.mkdir(mode=0o700)
    (staging / "new.db").write_bytes(db)
    (staging / "new.key").write_bytes(key)
    return staging / "new.db", staging / "new.key"


def _old_pair(paths: JournalPaths) -> None:
    paths.database.write_bytes(b"old db")
    paths.key_file.write_bytes(b"old key")
    for suffix in ("-wal", "-shm"):
        paths.database.with_name("journal.db" + suffix).write_bytes(b"old " + suffix.encode())


def test_the_pair_is_replaced_and_nothing_is_left_behind(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    _old_pair(paths)
    staged = _stage(paths, b"new db", b"new key")
    with journal_lock.acquire_exclusive(paths):
        swap.replace_journal_pair(paths, *staged)
    assert paths.database.read_bytes() == b"new db"
    assert paths.key_file.read_bytes() == b"new key"
    assert sorted(p.name for p in paths.root.iterdir()) == [
        "journal.db",
        "journal.key",
        "journal.lock",
    ]
    assert not swap.finish_interrupted_swap(paths)


@pytest.mark.parametrize("renames_done", [0, 1, 2])
def test_an_interrupted_swap_is_finished_on_the_next_open(
    tmp_path: Path, renames_done: int
) -> None:
    """The kill came after the intent record and ``renames_done`` of the two renames."""
    paths = _paths(tmp_path)
    _old_pair(paths)
    staging = paths.root / ".restore-test"
    staging.mkdir(mode=0o700)
    (staging / "journal.db").write_bytes(b"new db")
    (staging / "journal.key").write_bytes(b"new key")
    paths.swap_intent.write_text(json.dumps({"staging": staging.name}))
    if renames_done >= 1:
        (staging / "replaced").mkdir()
        for suffix in ("-wal", "-shm"):
            os.replace(
                paths.root / f"journal.db{suffix}", staging / "replaced" / f"journal.db{suffix}"
            )
        os.replace(staging / "journal.db", paths.database)
    if renames_done == 2:
        os.replace(staging / "journal.key", paths.key_file)

    assert swap.finish_interrupted_swap(paths)
    assert paths.database.read_bytes() == b"new db"
    assert paths.key_file.read_bytes() == b"new key"
    assert sorted(p.name for p in paths.root.iterdir()) == [
        "journal.db",
        "journal.key",
        "journal.lock",
    ]
    assert not swap.finish_interrupted_swap(paths)


def test_a_damaged_intent_record_is_named_and_nothing_is_moved(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    paths.swap_intent.write_text("{not json")
    held = journal_lock.acquire_exclusive(paths)
    with pytest.raises(swap.SwapIntentError, match="journal.swap"):
        swap.finish_interrupted_swap(paths, held=held)
    held.release()
    assert paths.swap_intent.exists()


def test_a_fifo_as_intent_record_is_refused_without_hanging(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    os.mkfifo(paths.swap_intent)
    with pytest.raises(swap.SwapIntentError, match="journal.swap"):
        swap.finish_interrupted_swap(paths)
