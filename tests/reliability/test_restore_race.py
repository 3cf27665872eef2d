"""Restore racing writers: no acknowledged save is ever lost (issue #13, item 1).

A GUI-like writer (the services the GUI calls, in a thread: unlock, save a few days, lock,
unlock again, as auto-lock does) and the CLI (``log`` in subprocesses) write while
another thread restores the same backup again and again. Afterwards every save that was
acknowledged (the call returned / ``log`` exited 0) is in the live journal or in one of
the before-restore backups, never in neither.

On the code before the lock protocol, ``restore`` swapped the files under the open GUI
journal, which went on saving into the replaced file: those saves were in neither place.

The default run takes a few seconds; ``WELLBEING_LONG_TESTS=1`` races for a minute.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import cli_env
from tests.reliability.support import (
    PASSPHRASE,
    access_for,
    record_figures,
    sized,
    write_passphrase_file,
)
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.access import daily_backup
from wellbeing_desktop.services.backups import JournalInUseError
from wellbeing_desktop.storage.backup import list_backups
from wellbeing_desktop.storage.backup_format import unpack_backup
from wellbeing_desktop.storage.backup_rotation import BEFORE_RESTORE

if TYPE_CHECKING:
    from pathlib import Path

GUI_FIRST_DAY = date(2020, 1, 1)
CLI_FIRST_DAY = date(2023, 1, 1)
SAVES_PER_UNLOCK = 4

Save = tuple[date, str]


def _kept_days(root: Path) -> set[Save]:
    """(day, reflection) of every day in the journal in ``root``."""
    journal = access_for(root).open_with_passphrase(PASSPHRASE)
    try:
        return {(d.day, d.reflection) for d in journal.days()}
    finally:
        journal.close()


def _everything_kept(root: Path, scratch: Path) -> set[Save]:
    """The live journal's days and those of every before-restore backup."""
    found = _kept_days(root)
    for number, kept in enumerate(list_backups(JournalPaths(root).backups)):
        if BEFORE_RESTORE not in kept.name:
            continue
        folder = scratch / f"kept-{number}"
        unpack_backup(kept, folder)
        found |= _kept_days(folder)
    return found


class _Race:
    def __init__(self, root: Path, source: Path, passphrase_file: Path, seconds: float) -> None:
        self.root = root
        self.source = source
        self.passphrase_file = passphrase_file
        self.deadline = time.monotonic() + seconds
        self.acknowledged: list[Save] = []
        self.figures = {"restored": 0, "refused": 0, "gui_saves": 0, "cli_saves": 0, "errors": 0}
        self.unexpected: list[str] = []
        self._guard = threading.Lock()

    def running(self) -> bool:
        return time.monotonic() < self.deadline

    def _count(self, name: str) -> None:
        with self._guard:
            self.figures[name] += 1

    def gui_writer(self) -> None:
        number = 0
        while self.running():
            try:
                journal = access_for(self.root).open_with_passphrase(PASSPHRASE)
            except WellbeingError:
                self._count("errors")  # e.g. a restore under way for too long: not saved
                continue
            try:
                for _ in range(SAVES_PER_UNLOCK):
                    save = (GUI_FIRST_DAY + timedelta(days=number), f"gui save {number}")
                    number += 1
                    try:
                        journal.save_day(DayLog(day=save[0], reflection=save[1]))
                    except WellbeingError:
                        self._count("errors")  # shown to the user as not saved
                        continue
                    with self._guard:
                        self.acknowledged.append(save)
                    self._count("gui_saves")
            finally:
                journal.close()
            time.sleep(0.02)  # locked for a moment, as auto-lock and unlock do

    def cli_writer_once(self) -> None:
        save = (CLI_FIRST_DAY - timedelta(days=1), "cli save before the race")
        self._log(save)

    def cli_writer(self) -> None:
        number = 0
        while self.running():
            self._log((CLI_FIRST_DAY + timedelta(days=number), f"cli save {number}"))
            number += 1

    def _log(self, save: Save) -> None:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "wellbeing_desktop",
                "log",
                "--date",
                save[0].isoformat(),
                "--note",
                save[1],
                "--data-dir",
                str(self.root),
                "--passphrase-file",
                str(self.passphrase_file),
            ],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=120,
            check=False,
        )
        if result.returncode == 0:
            with self._guard:
                self.acknowledged.append(save)
            self._count("cli_saves")
        elif "Traceback" in result.stderr or len(result.stderr.strip().splitlines()) != 1:
            self.unexpected.append(result.stderr)

    def restorer(self) -> None:
        while self.running():
            try:
                access_for(self.root).restore_with_passphrase(self.source, PASSPHRASE)
            except JournalInUseError:
                self._count("refused")
            else:
                self._count("restored")
            time.sleep(0.01)


@pytest.mark.long
def test_gui_and_cli_writers_racing_restores_lose_no_acknowledged_save(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    journal, _code = access_for(root).create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2019, 12, 31), reflection="in the backup"))
    source = journal.backup(out=tmp_path / "source.lpbackup")
    journal.close()
    passphrase_file = write_passphrase_file(tmp_path / "passphrase.txt")
    # Today's automatic backups (the test clock's day and the CLI's real day) are made
    # before the race: making one prunes all but the newest five before-restore backups
    # (storage/backup_rotation.py), which is the rotation policy, not what is tested here.
    opened = access_for(root).open_with_passphrase(PASSPHRASE)
    daily_backup(opened)
    opened.close()
    race = _Race(root, source, passphrase_file, seconds=sized(3, 60))
    race.cli_writer_once()
    threads = [
        threading.Thread(target=work, daemon=True)
        for work in (race.gui_writer, race.cli_writer, race.restorer)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads)

    kept = _everything_kept(root, tmp_path)
    lost = [save for save in race.acknowledged if save not in kept]
    record_figures(
        "restore_race",
        {**race.figures, "acknowledged": len(race.acknowledged), "lost": len(lost)},
    )
    assert race.unexpected == []
    assert race.figures["restored"] > 0, race.figures
    assert race.figures["gui_saves"] > 0, race.figures
    assert lost == [], f"{len(lost)} of {len(race.acknowledged)} acknowledged saves lost"
