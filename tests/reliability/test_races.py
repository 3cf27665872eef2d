"""Races: several programs writing one journal at once; no acknowledged save may be lost.

1. Two GUIs and the CLI on one day. The single-instance guard lets only one GUI take a
   data folder (the second is refused, ``SingleInstance.claim``); both GUI processes here
   go on anyway, each with the real Today view over its own ``Journal`` (the way a GUI
   uses it: load the day, type, ``save_now`` saves what changed), racing two loops of
   ``wellbeing-desktop log`` on the same day. Each writer owns one field (the reflection,
   the tags, the hours worked, the time on own tasks), so afterwards every field must
   hold its writer's last acknowledged value: an older copy of the day written over a
   newer one shows as a lost save.
2. Backups during saves: two loops of ``backup --out`` race two loops of ``log`` (today
   and yesterday, a new reflection each time). Every backup must verify (its database
   passes SQLCipher's and SQLite's checks under its own key file) and hold, for each day,
   at least the version acknowledged before the backup started; the journal ends with the
   last acknowledged version of each day.

Restore racing writers is in the locks tests (issue #13, item 1).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.race_writers import gui_value
from tests.reliability.support import (
    PASSPHRASE,
    REPO_ROOT,
    access_for,
    record_figures,
    sized,
    write_passphrase_file,
)
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage.backup import list_backups, verify_database
from wellbeing_desktop.storage.backup_format import read_header, unpack_backup
from wellbeing_desktop.storage.engine import connect_keyed

CLI_RUNS = sized(6, 250)
GUI_SAVES = sized(30, 1200)
BACKUPS = sized(3, 60)
TIMEOUT = 120.0 + CLI_RUNS * 2.0


@dataclass
class Writer:
    name: str
    process: Any
    primary: bool | None = None
    acks: list[tuple[int, float, float]] = field(default_factory=list)  # (i, started, ended)
    failures: list[str] = field(default_factory=list)

    @property
    def last(self) -> int:
        return max((i for i, _s, _e in self.acks), default=0)


def _start(name: str, args: list[str], tmp_path: Path) -> Writer:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.race_writers", *args],
        cwd=REPO_ROOT,
        env={
            **os.environ,
            "PYTHONPATH": str(REPO_ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "WELLBEING_LOG_DIR": str(tmp_path / "log"),
        },
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return Writer(name, process)


def _race(writers: list[Writer]) -> None:
    """Wait until every writer is ready, let them all go at once, collect what they said."""
    try:
        for writer in writers:
            while (line := writer.process.stdout.readline().strip()) != "ready":
                assert line, f"{writer.name} died: {writer.process.stderr.read()[-2000:]}"
                if line.startswith("primary "):
                    writer.primary = line == "primary 1"
        for writer in writers:
            writer.process.stdin.write("go\n")
            writer.process.stdin.flush()
        for writer in writers:
            out, err = writer.process.communicate(timeout=TIMEOUT)
            assert writer.process.returncode == 0, f"{writer.name}: {err[-2000:]}"
            results = [line for line in out.splitlines() if line.startswith("result ")]
            assert len(results) == 1, f"{writer.name}: {err[-2000:]}"
            writer.failures = json.loads(results[0].removeprefix("result "))["failures"]
            for line in out.splitlines():
                if line.startswith("ack "):
                    i, started, ended = line.split()[1:]
                    writer.acks.append((int(i), float(started), float(ended)))
    finally:
        for writer in writers:
            if writer.process.poll() is None:
                writer.process.kill()
                writer.process.communicate()


def _journal(tmp_path: Path) -> tuple[Path, Path]:
    data_dir = tmp_path / "journal"
    access_for(data_dir).create(PASSPHRASE)[0].close()
    return data_dir, write_passphrase_file(tmp_path / "passphrase.txt")


@pytest.mark.long
@pytest.mark.slow
def test_two_guis_and_the_cli_on_one_day_keep_every_acknowledged_save(tmp_path: Path) -> None:
    data_dir, secret = _journal(tmp_path)
    day = date.today().isoformat()  # the CLI logs today or yesterday only
    common = [str(data_dir), str(secret)]
    writers = [
        _start("gui reflection", ["gui", "reflection", *common, str(GUI_SAVES), day], tmp_path),
        _start("gui tags", ["gui", "tags", *common, str(GUI_SAVES), day], tmp_path),
        _start(
            "cli hours",
            [
                "cli",
                *common,
                str(CLI_RUNS),
                json.dumps(["log", "--date", day, "--hours", "{600+i}m"]),
            ],
            tmp_path,
        ),
        _start(
            "cli own",
            ["cli", *common, str(CLI_RUNS), json.dumps(["log", "--date", day, "--own", "{i}m"])],
            tmp_path,
        ),
    ]
    _race(writers)
    gui_reflection, gui_tags, cli_hours, cli_own = writers

    journal = access_for(data_dir).open_with_passphrase(PASSPHRASE)
    try:
        problems = journal.check()
        stored = journal.day(date.fromisoformat(day))
    finally:
        journal.close()
    assert stored is not None
    found = {
        "reflection": stored.reflection,
        "tags": stored.tags,
        "hours": stored.hours_worked_minutes,
        "own": stored.minutes.get("own_tasks"),
    }
    wanted = {
        "reflection": gui_value("reflection", gui_reflection.last),
        "tags": (gui_value("tags", gui_tags.last),),
        "hours": 600 + cli_hours.last,  # the hours stay above the own time (at most 250 m)
        "own": cli_own.last,
    }
    overlap = min(max(e for _i, _s, e in w.acks) for w in writers) - max(
        min(s for _i, s, _e in w.acks) for w in writers
    )
    record_figures(
        "race_same_day",
        {
            "writers": [w.name for w in writers],
            "acknowledged": {w.name: len(w.acks) for w in writers},
            "failures": {w.name: len(w.failures) for w in writers},
            "second_gui_refused_by_the_guard": {gui_reflection.primary, gui_tags.primary}
            == {False, True},
            "fields_lost": sorted(k for k in wanted if found[k] != wanted[k]),
            "integrity_problems": len(problems),
            "overlap_seconds": round(overlap, 1),
        },
    )
    # The guard: exactly one of the two GUI processes got the data folder.
    assert {gui_reflection.primary, gui_tags.primary} == {False, True}
    for writer in writers:
        assert writer.failures == [], writer.name
    assert all(w.acks for w in writers)
    assert problems == []
    assert found == wanted
    assert overlap > 0, "the writers did not run at the same time"


def _reflection_in(version: int, day: str) -> str:
    return f"race note {version} for {day}"


def _days_in_backup(path: Path) -> dict[str, str]:
    """The reflections in a backup file, after it passed its integrity checks."""
    with tempfile.TemporaryDirectory(prefix="race-backup-") as scratch:
        parts = unpack_backup(path, Path(scratch) / "parts")
        data_key = keyfile.unlock_with_passphrase(parts.key_file, PASSPHRASE)
        verify_database(parts.database, data_key)  # raises if any check fails
        conn = connect_keyed(parts.database, data_key)
        try:
            rows = conn.execute("SELECT day, reflection FROM day_logs").fetchall()
        finally:
            conn.close()
    return {str(d)[:10]: str(r) for d, r in rows}


def _version(reflection: str | None) -> int:
    return int(reflection.split()[2]) if reflection and reflection.startswith("race note") else 0


@pytest.mark.long
@pytest.mark.slow
def test_backups_made_during_saves_verify_and_hold_every_earlier_save(tmp_path: Path) -> None:
    data_dir, secret = _journal(tmp_path)
    days = [date.today().isoformat(), (date.today() - timedelta(days=1)).isoformat()]
    out = tmp_path / "out"
    out.mkdir()
    common = [str(data_dir), str(secret)]
    loggers = [
        _start(
            f"log {day}",
            [
                "cli",
                *common,
                str(CLI_RUNS),
                json.dumps(
                    ["log", "--date", day, "--note", _reflection_in(0, day).replace(" 0 ", " {i} ")]
                ),
            ],
            tmp_path,
        )
        for day in days
    ]
    backers = [
        _start(
            f"backup {n}",
            [
                "cli",
                *common,
                str(BACKUPS),
                json.dumps(["backup", "--out", f"{out}/b{n}-{{i}}.lpbackup"]),
            ],
            tmp_path,
        )
        for n in (1, 2)
    ]
    _race([*loggers, *backers])

    problems: list[str] = []
    checked = 0
    for backer in backers:
        n = backer.name.split()[1]
        for i, started, _ended in backer.acks:
            path = out / f"b{n}-{i}.lpbackup"
            try:
                held = _days_in_backup(path)
            except Exception as exc:  # noqa: BLE001  (any failure is a finding)
                problems.append(f"{path.name} does not verify: {type(exc).__name__}: {exc}")
                continue
            checked += 1
            for logger, day in zip(loggers, days, strict=True):
                before = max((j for j, _s, e in logger.acks if e < started), default=0)
                if _version(held.get(day)) < before:
                    problems.append(
                        f"{path.name} started after save {before} of {day} was acknowledged "
                        f"but holds {_version(held.get(day))}"
                    )
    for path in list_backups(data_dir / "backups"):
        try:
            read_header(path)
        except Exception as exc:  # noqa: BLE001
            problems.append(f"the automatic backup {path.name} is incomplete: {exc}")
    journal = access_for(data_dir).open_with_passphrase(PASSPHRASE)
    try:
        problems += journal.check()
        final = {d.isoformat(): journal.day(d) for d in map(date.fromisoformat, days)}
    finally:
        journal.close()
    for logger, day in zip(loggers, days, strict=True):
        stored = final[day]
        if _version(stored.reflection if stored else None) != logger.last:
            problems.append(f"{day}: the last acknowledged save {logger.last} is not stored")
    saving = (
        min(s for w in loggers for _i, s, _e in w.acks),
        max(e for w in loggers for *_x, e in w.acks),
    )
    during = sum(saving[0] < s and e < saving[1] for w in backers for _i, s, e in w.acks)
    record_figures(
        "race_backup_during_save",
        {
            "saves_acknowledged": sum(len(w.acks) for w in loggers),
            "backups_acknowledged": sum(len(w.acks) for w in backers),
            "backups_verified": checked,
            "backups_made_while_saving": during,
            "failures": {w.name: w.failures for w in [*loggers, *backers]},
            "problems": problems[:20],
        },
    )
    for writer in [*loggers, *backers]:
        assert writer.failures == [], writer.name
    assert during > 0, "no backup was made while days were being saved"
    assert checked == sum(len(w.acks) for w in backers) > 0
    assert problems == []
