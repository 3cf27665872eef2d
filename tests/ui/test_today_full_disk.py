"""A full disk while Today saves: the one line says so, the text stays (issue #13, 12).

The journal lives on a small tmpfs (root only; skipped with the reason elsewhere) that
is filled up until a long reflection no longer fits.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

TODAY = date(2026, 11, 26)  # the fixed clock's date


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "small-disk"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mount is not permitted here ({mounted.stderr.strip()})")
    yield where
    # Lazily: a journal a failed test left open must not leave the mount behind.
    subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def fill(disk: Path, leave: int) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
        os.close(fd)
    return filler


def test_a_full_disk_keeps_the_text_and_says_nothing_was_saved(
    qtbot: QtBot, small_disk: Path
) -> None:
    access = JournalAccess(
        JournalPaths(small_disk / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal, _code = access.create(PASSPHRASE)
    journal.save_day(DayLog(day=TODAY, reflection="Før disken blev fuld."))
    session = JournalSession(access, Language.DANISH)
    try:
        today = TodayView(session, TaskRunner())
        qtbot.addWidget(today)
        session.open(journal)
        filler = fill(small_disk, leave=96 * 1024)  # room for the journal to work, not for this
        text = " ".join(f"w{n:x}" for n in range(20_000))[:99_000]

        today.reflection.editor.setPlainText(text)
        assert not today.save_now()

        line = today.header.indicator.text()
        assert line.startswith("Ikke gemt: Disken er fuld; intet blev gemt.")
        assert str(access.paths.root) in line
        assert "beskadiget" not in line
        assert today.reflection.editor.toPlainText() == text  # the user's text is kept
        assert journal.day(TODAY) == DayLog(day=TODAY, reflection="Før disken blev fuld.")

        filler.unlink()
        assert today.save_now()  # once there is room, the same text saves
        stored = journal.day(TODAY)
        assert stored is not None
        assert stored.reflection == text
    finally:
        session.close()
        journal.close()
