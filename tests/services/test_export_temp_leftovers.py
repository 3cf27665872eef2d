"""A killed export's hidden temporary file is removed by the next write into its folder.

``services/export_files.py``: a kill -9 while a report or export is rendered leaves
``.NAME.<host>.<pid>-<16 hex>.tmp`` beside the target. The next file written into that folder
removes it when it is ours and stale (the process is gone, or it is a day old), and
nothing else.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from typing import TYPE_CHECKING

from wellbeing_desktop.services.export_files import (
    GONE_FOR,
    HOST_TAG,
    STALE_AFTER,
    publish_and_record,
    remove_stale_temps,
)
from wellbeing_desktop.services.journal_export import journal_export

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

HEX = "0123456789abcdef"
TAG = HOST_TAG  # this computer


def _gone_pid() -> int:
    """The pid of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leftover(folder: Path, name: str, *, age: float, mode: int = 0o600) -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.4 cut off")
    os.chmod(path, mode)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_the_next_export_removes_a_killed_ones_temporary_file_and_nothing_else(
    journal: Journal, tmp_path: Path
) -> None:
    gone = _gone_pid()
    stale = [
        _leftover(tmp_path, f".r.pdf.{TAG}.{gone}-{HEX}.tmp", age=GONE_FOR + 5),
        # a pid that may have been reused: a day old is stale whoever has it now
        _leftover(tmp_path, f".old.pdf.{TAG}.{os.getppid()}-{HEX}.tmp", age=STALE_AFTER + 60),
    ]
    kept = [
        # a process that still runs (this one), and one gone only a moment ago
        _leftover(tmp_path, f".mine.pdf.{TAG}.{os.getpid()}-{HEX}.tmp", age=GONE_FOR + 5),
        _leftover(tmp_path, f".fresh.pdf.{TAG}.{gone}-{HEX}.tmp", age=1),
        # not ours: another mode, another name (the app's other writers, anyone's)
        _leftover(
            tmp_path, f".shared.pdf.{TAG}.{gone}-{HEX}.tmp", age=STALE_AFTER + 60, mode=0o644
        ),
        _leftover(tmp_path, f".key.txt.{HEX}.tmp", age=STALE_AFTER + 60),
        _leftover(tmp_path, f".r.pdf.{TAG}.{gone}-{HEX}.tmp.bak", age=STALE_AFTER + 60),
        _leftover(tmp_path, f"r.pdf.{TAG}.{gone}-{HEX}.tmp", age=STALE_AFTER + 60),
        _leftover(tmp_path, "notes.md", age=STALE_AFTER + 60),
    ]
    folder = tmp_path / f".dir.{TAG}.{gone}-{HEX}.tmp"
    folder.mkdir(mode=0o700)
    link = tmp_path / f".link.{TAG}.{gone}-{HEX}.tmp"
    link.symlink_to(kept[-1])
    os.utime(link, (0, 0), follow_symlinks=False)

    export = journal_export(journal, "json", None, None)
    publish_and_record(journal, tmp_path / "all.json", export.record, export.render)

    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in kept)
    assert folder.is_dir()
    assert link.is_symlink()
    assert (tmp_path / "all.json").is_file()


def test_the_temporary_file_carries_the_writers_pid(journal: Journal, tmp_path: Path) -> None:
    seen: list[str] = []

    def render(path: Path) -> None:
        seen.append(path.name)
        path.write_text("{}", encoding="utf-8")

    folder = tmp_path / "out"
    folder.mkdir()
    export = journal_export(journal, "json", None, None)
    publish_and_record(journal, folder / "r.pdf", export.record, render)
    assert len(seen) == 1
    assert re.fullmatch(rf"\.r\.pdf\.{TAG}\.{os.getpid()}-[0-9a-f]{{16}}\.tmp", seen[0])
    assert sorted(p.name for p in folder.iterdir()) == ["r.pdf"]  # no temp left


def test_a_temporary_file_being_written_is_left_alone(tmp_path: Path) -> None:
    # Another export still running (this process stands for it), in the same folder.
    writing = _leftover(tmp_path, f".r.pdf.{TAG}.{os.getpid()}-{HEX}.tmp", age=3600)
    assert remove_stale_temps(tmp_path) == []
    assert writing.exists()


def test_a_folder_that_cannot_be_read_is_no_error(tmp_path: Path) -> None:
    assert remove_stale_temps(tmp_path / "missing") == []


def test_a_long_name_the_folder_takes_is_written(journal: Journal, tmp_path: Path) -> None:
    """A 230-byte name (as long as most file systems take, less room for a suffix)."""
    name = "r" * 225 + ".json"
    export = journal_export(journal, "json", None, None)
    out = tmp_path / "out"
    out.mkdir()
    publish_and_record(journal, out / name, export.record, export.render)
    assert [p.name for p in out.iterdir()] == [name]


def test_another_computers_temporary_file_stays_until_a_day_old(
    journal: Journal, tmp_path: Path
) -> None:
    """A shared folder: whether its pid is gone cannot be told from here."""
    other = "0" * 8 if TAG != "0" * 8 else "1" * 8
    gone = _gone_pid()
    live_elsewhere = _leftover(tmp_path, f".r.pdf.{other}.{gone}-{HEX}.tmp", age=GONE_FOR + 5)
    abandoned = _leftover(tmp_path, f".s.pdf.{other}.{gone}-{HEX}.tmp", age=STALE_AFTER + 60)
    assert remove_stale_temps(tmp_path) == [abandoned]
    assert live_elsewhere.exists()
