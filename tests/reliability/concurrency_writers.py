"""The two writers of the concurrency test, each in its own process.

Run from the repository root::

    python -m tests.reliability.concurrency_writers gui DATA_DIR PASSPHRASE_FILE COUNT
    python -m tests.reliability.concurrency_writers cli DATA_DIR PASSPHRASE_FILE COUNT

``gui``: an offscreen QApplication with the app's real Today view over a JournalSession,
as the window has it: the journal is unlocked once and stays open; for each write the
view goes to the day (``show_day``), the reflection is typed into its editor and the view
saves (``save_now``, the same call the debounce timer and the lock make).

``cli``: the real command line, ``cli.main(["log", ...])`` in a loop, in-process (a new
interpreter per write would take an hour for 1,000): every call unlocks the journal with
the passphrase file, writes the day and closes it again, exactly as one
``wellbeing-desktop log`` run does.

Both print ``ready`` once set up and start writing when the parent sends a line on stdin,
so their writes overlap. At the end each prints one JSON line: the writes that returned
success, the failures (one-line messages, never journal text), timing.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

FIRST_DAY = date(1990, 1, 1)  # far enough back that 2 × 5,000 days are all in the past


def gui_day(i: int) -> date:
    return FIRST_DAY + timedelta(days=2 * i)


def cli_day(i: int) -> date:
    return FIRST_DAY + timedelta(days=2 * i + 1)


def gui_text(i: int) -> str:
    return f"GUI write {i}: samtalen med teamet 🙂"


def cli_text(i: int) -> str:
    return f"CLI write {i}: noteret fra terminalen"


CLI_HOURS_MINUTES = 7 * 60 + 30


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _wait_for_go() -> None:
    _say("ready")
    sys.stdin.readline()


def _report(done: int, failures: list[str], started: float, latencies: list[float]) -> None:
    latencies.sort()
    result = {
        "done": done,
        "failures": failures[:20],
        "failure_count": len(failures),
        "started": started,
        "ended": time.time(),
        "max_latency_s": latencies[-1] if latencies else 0.0,
        "p99_latency_s": latencies[int(len(latencies) * 0.99) - 1] if latencies else 0.0,
    }
    _say("result " + json.dumps(result))


def run_gui(data_dir: Path, passphrase_file: Path, count: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession
    from wellbeing_desktop.ui.today.today_view import TodayView

    app = QApplication([])
    # The test KDF, as the journal was made: the default one would re-wrap the key file
    # with the app's full Argon2id cost on this open, and every CLI unlock would pay it.
    access = JournalAccess(JournalPaths(data_dir), kdf=keyfile.TEST_KDF)
    passphrase = passphrase_file.read_text(encoding="utf-8").split("\n", 1)[0]
    session = JournalSession(access, Language.ENGLISH)
    tasks = TaskRunner()
    today = TodayView(session, tasks)
    session.open(access.open_with_passphrase(passphrase))
    _wait_for_go()

    failures: list[str] = []
    latencies: list[float] = []
    done = 0
    started = time.time()
    for i in range(count):
        begin = time.monotonic()
        today.show_day(gui_day(i))
        if today.header.day() != gui_day(i):
            failures.append(f"{i}: could not go to the day")
            continue
        today.reflection.editor.setPlainText(gui_text(i))
        if today.save_now():
            done += 1
        else:
            failures.append(f"{i}: {today.header.indicator.text()}")  # the view's own message
        latencies.append(time.monotonic() - begin)
        app.processEvents()
    _report(done, failures, started, latencies)
    session.close()
    tasks.wait()


def run_cli(data_dir: Path, passphrase_file: Path, count: int) -> None:
    from wellbeing_desktop import cli

    _wait_for_go()
    failures: list[str] = []
    latencies: list[float] = []
    done = 0
    started = time.time()
    for i in range(count):
        argv = [
            "log",
            "--data-dir",
            str(data_dir),
            "--passphrase-file",
            str(passphrase_file),
            "--date",
            cli_day(i).isoformat(),
            "--note",
            cli_text(i),
            "--hours",
            "7h30m",
        ]
        err = io.StringIO()
        begin = time.monotonic()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = cli.main(argv)
        latencies.append(time.monotonic() - begin)
        if code == 0:
            done += 1
        else:
            failures.append(f"{i}: exit {code}: {err.getvalue().strip()}")
    _report(done, failures, started, latencies)


def main(argv: list[str]) -> None:
    mode, data_dir, passphrase_file, count = argv
    runner = {"gui": run_gui, "cli": run_cli}[mode]
    runner(Path(data_dir), Path(passphrase_file), int(count))


if __name__ == "__main__":
    main(sys.argv[1:])
