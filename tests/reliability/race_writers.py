"""The processes of the race tests (test_races.py).

Each is started from the repository root::

    python -m tests.reliability.race_writers gui FIELD DATA_DIR PASSPHRASE_FILE COUNT DAY
    python -m tests.reliability.race_writers cli DATA_DIR PASSPHRASE_FILE COUNT ARGS_JSON

``gui``: an offscreen QApplication that first tries to take the data folder as a GUI
does (``SingleInstance.claim``, and says whether it got it), then opens the journal in the
app's real Today view over a JournalSession and, COUNT times (I = 1 .. COUNT), types a new
value into one field of DAY (``reflection``: the editor; ``tags``: the tags line) and saves it
(``save_now``, which saves only what the user changed: ``Journal.save_day_edit``).

``cli``: the real command line, ``cli.main(ARGS)`` COUNT times in-process (a new
interpreter per run would take too long; every call unlocks, works and closes the journal
exactly as one ``wellbeing-desktop`` run does). ``{i}`` in the args is the run's number,
``{600+i}`` that plus 600.

Both print ``ready`` and start when a line arrives on stdin. Every acknowledged run is
printed as ``ack I STARTED ENDED`` (wall-clock seconds) right after it returned success;
at the end one ``result {json}`` line with the failures (one-line messages, never
journal text).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import time
from datetime import date
from pathlib import Path


def gui_value(field: str, i: int) -> str:
    return f"{field} from a GUI, version {i}" if field == "reflection" else f"gui-tag-{i}"


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _wait_for_go() -> None:
    _say("ready")
    sys.stdin.readline()


def run_gui(field: str, data_dir: Path, passphrase_file: Path, count: int, day: date) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession
    from wellbeing_desktop.ui.shell.single_instance import SingleInstance
    from wellbeing_desktop.ui.today.today_view import TodayView

    app = QApplication([])
    guard = SingleInstance(JournalPaths(data_dir).lock_file)
    _say(f"primary {int(guard.claim(listen=False))}")
    # The real clock (the support module's fixed one would make DAY a day in the future).
    access = JournalAccess(JournalPaths(data_dir), kdf=keyfile.TEST_KDF)
    passphrase = passphrase_file.read_text(encoding="utf-8").split("\n", 1)[0]
    session = JournalSession(access, Language.ENGLISH)
    tasks = TaskRunner()
    today = TodayView(session, tasks)
    session.open(access.open_with_passphrase(passphrase))
    today.show_day(day)
    if today.header.day() != day:
        raise SystemExit(f"the Today view would not go to {day}")
    _wait_for_go()

    failures: list[str] = []
    for i in range(1, count + 1):
        started = time.time()
        if field == "reflection":
            today.reflection.editor.setPlainText(gui_value(field, i))
        else:
            today.reflection.tags.selectAll()
            QTest.keyClicks(today.reflection.tags, gui_value(field, i))
        if today.save_now():
            _say(f"ack {i} {started} {time.time()}")
        else:
            failures.append(f"{i}: {today.header.indicator.text()}")  # the view's own words
        app.processEvents()
    _say("result " + json.dumps({"failures": failures[:20], "failure_count": len(failures)}))
    session.close()
    tasks.wait()
    guard.release()


def run_cli(data_dir: Path, passphrase_file: Path, count: int, args: list[str]) -> None:
    from wellbeing_desktop import cli

    common = ["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file)]
    _wait_for_go()
    failures: list[str] = []
    for i in range(1, count + 1):
        argv = [a.replace("{i}", str(i)).replace("{600+i}", str(600 + i)) for a in args] + common
        err = io.StringIO()
        started = time.time()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = cli.main(argv)
        if code == 0:
            _say(f"ack {i} {started} {time.time()}")
        else:
            failures.append(f"{i}: exit {code}: {err.getvalue().strip()[:300]}")
    _say("result " + json.dumps({"failures": failures[:20], "failure_count": len(failures)}))


def main(argv: list[str]) -> None:
    if argv[0] == "gui":
        field, data_dir, passphrase_file, count, day = argv[1:]
        run_gui(field, Path(data_dir), Path(passphrase_file), int(count), date.fromisoformat(day))
    else:
        data_dir, passphrase_file, count, args = argv[1:]
        run_cli(Path(data_dir), Path(passphrase_file), int(count), json.loads(args))


if __name__ == "__main__":
    main(sys.argv[1:])
