"""Concurrency evidence: the GUI and the CLI write to one journal at the same time.

Two processes start together on one journal (created with the cheap test KDF): the GUI
writer (the real Today view in an offscreen QApplication, journal open throughout) and
the CLI writer (``wellbeing-desktop log`` through ``cli.main``, unlocking and closing the
journal on every write). Each makes WRITES writes (60 by default; 1,000 with
``WELLBEING_LONG_TESTS=1``, as .ci/run does) on its own days. SQLite's write lock makes
them take turns and the busy timeout (storage/engine.py) makes a writer wait instead of
failing. After both finish:

- every write of both returned success;
- every day is stored exactly as written (none lost, none mixed up);
- ``cipher_integrity_check`` and ``integrity_check`` are clean;
- the two really overlapped in time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest

from tests.reliability.concurrency_writers import (
    CLI_HOURS_MINUTES,
    cli_day,
    cli_text,
    gui_day,
    gui_text,
)
from tests.reliability.support import (
    PASSPHRASE,
    REPO_ROOT,
    access_for,
    record_figures,
    sized,
    write_passphrase_file,
)

if TYPE_CHECKING:
    from pathlib import Path

WRITES = sized(60, 1000)
# Generous: a loaded two-core machine makes each CLI write (unlock, Argon2id at the floor,
# checks, save) take a second or more; this is a timeout, not a speed target.
TIMEOUT = 120.0 + WRITES * 1.5


def _start(mode: str, data_dir: Path, passphrase_file: Path, tmp_path: Path) -> Any:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.concurrency_writers",
            mode,
            str(data_dir),
            str(passphrase_file),
            str(WRITES),
        ],
        cwd=REPO_ROOT,
        env={
            **os.environ,
            "PYTHONPATH": str(REPO_ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _result(process: Any) -> dict[str, Any]:
    out, err = process.communicate(timeout=TIMEOUT)
    lines = [line for line in out.splitlines() if line.startswith("result ")]
    assert process.returncode == 0, err[-2000:]
    assert len(lines) == 1, err[-2000:]
    result: dict[str, Any] = json.loads(lines[0].removeprefix("result "))
    return result


@pytest.mark.long
@pytest.mark.slow
def test_gui_and_cli_writing_at_the_same_time_lose_nothing(tmp_path: Path) -> None:
    # Every day written must lie in the past (a GUI writer cannot go to a future day): the
    # 5,000-write run of #14 ran into December 2026 from a first day in 2019.
    assert max(gui_day(WRITES - 1), cli_day(WRITES - 1)) < date.today(), "move FIRST_DAY back"
    data_dir = tmp_path / "journal"
    access_for(data_dir).create(PASSPHRASE)[0].close()
    passphrase_file = write_passphrase_file(tmp_path / "passphrase")

    writers = {mode: _start(mode, data_dir, passphrase_file, tmp_path) for mode in ("gui", "cli")}
    try:
        for process in writers.values():
            assert process.stdout.readline().strip() == "ready", process.stderr.read()[-2000:]
        for process in writers.values():  # both go at once
            process.stdin.write("go\n")
            process.stdin.flush()
        results = {mode: _result(process) for mode, process in writers.items()}
    finally:
        for process in writers.values():
            if process.poll() is None:
                process.kill()
                process.communicate()

    journal = access_for(data_dir).open_with_passphrase(PASSPHRASE)
    try:
        problems = journal.check()
        stored = {log.day: log for log in journal.days()}
    finally:
        journal.close()
    lost_gui = [i for i in range(WRITES) if _reflection(stored, gui_day(i)) != gui_text(i)]
    lost_cli = [
        i
        for i in range(WRITES)
        if _reflection(stored, cli_day(i)) != cli_text(i)
        or stored[cli_day(i)].hours_worked_minutes != CLI_HOURS_MINUTES
    ]
    overlap = min(r["ended"] for r in results.values()) - max(
        r["started"] for r in results.values()
    )
    record_figures(
        "concurrency",
        {
            "writes_per_process": WRITES,
            "gui_writes_succeeded": results["gui"]["done"],
            "cli_writes_succeeded": results["cli"]["done"],
            "gui_writes_failed": results["gui"]["failure_count"],
            "cli_writes_failed": results["cli"]["failure_count"],
            "writes_lost": len(lost_gui) + len(lost_cli),
            "days_stored": len(stored),
            "integrity_problems": len(problems),
            "overlap_seconds": round(overlap, 1),
            "gui_max_write_seconds": round(results["gui"]["max_latency_s"], 3),
            "cli_max_write_seconds": round(results["cli"]["max_latency_s"], 3),
            "cli_p99_write_seconds": round(results["cli"]["p99_latency_s"], 3),
        },
    )
    assert results["gui"]["failures"] == []
    assert results["cli"]["failures"] == []
    assert results["gui"]["done"] == WRITES
    assert results["cli"]["done"] == WRITES
    assert problems == []
    assert lost_gui == []
    assert lost_cli == []
    assert len(stored) == 2 * WRITES
    # The two ran at the same time for most of the test, not one after the other.
    durations = [r["ended"] - r["started"] for r in results.values()]
    assert overlap > 0.5 * min(durations)


def _reflection(stored: dict[Any, Any], day: Any) -> str | None:
    log = stored.get(day)
    return None if log is None else str(log.reflection)
