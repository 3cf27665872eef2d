"""The open's page check, made in a worker thread, hands the memory it freed back.

A check reads the whole file through an 8 MiB page cache; glibc keeps what a worker
thread freed in that thread's arena, out of the GUI thread's reach
(``storage.freed_memory``). A main thread reuses it, so there nothing is asked.
"""

from __future__ import annotations

import platform
import sys
import threading
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.security.keyfile import generate_data_key
from wellbeing_desktop.storage import database, freed_memory

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, bytes]:
    key = generate_data_key()
    db_path = tmp_path / "journal.db"
    opened = database.open_database(
        db_path, key, key_file=tmp_path / "journal.key", backup_root=tmp_path / "backups",
        create=True,
    )  # fmt: skip
    opened.close()
    return db_path, key


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads that asked glibc for ``malloc_trim`` (a recorder in its place)."""
    threads: list[str] = []

    def trim(_pad: int) -> int:
        threads.append(threading.current_thread().name)
        return 1

    monkeypatch.setattr(freed_memory, "_malloc_trim", lambda: trim)
    return threads


def _open(journal: tuple[Path, bytes]) -> None:
    db_path, key = journal
    folder = db_path.parent
    database.open_database(
        db_path, key, key_file=folder / "journal.key", backup_root=folder / "backups"
    ).close()


def _in_worker(work: Callable[[tuple[Path, bytes]], None], journal: tuple[Path, bytes]) -> None:
    worker = threading.Thread(target=work, args=(journal,), name="worker")
    worker.start()
    worker.join()


def test_an_open_in_a_worker_thread_hands_the_freed_memory_back(
    journal: tuple[Path, bytes], asked: list[str]
) -> None:
    _in_worker(_open, journal)
    assert asked == ["worker"]


def test_an_open_on_the_main_thread_asks_nothing(
    journal: tuple[Path, bytes], asked: list[str]
) -> None:
    _open(journal)
    assert asked == []


@pytest.mark.skipif(not GLIBC, reason="glibc's malloc_trim")
def test_with_glibc_a_worker_asks_and_goes_on() -> None:
    done: list[bool] = []
    worker = threading.Thread(target=lambda: done.append(freed_memory.hand_back_freed_memory()))
    worker.start()
    worker.join()
    assert done == [True]


def test_without_glibc_nothing_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    freed_memory._malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert freed_memory._malloc_trim() is None
    finally:
        freed_memory._malloc_trim.cache_clear()
