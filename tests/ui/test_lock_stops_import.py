"""Issue #19, GUI attack finding 1: a lock during a big import stops it at once.

The lock (Ctrl+L, the automatic lock, closing the window) used to wait for the whole
import's transaction (12-17 s for 60,000 entries) with the journal on screen. Now it asks
the import to stop: it stops between two days, its transaction is rolled back (nothing
imported), the lock screen shows at once, and after the next unlock the user is told the
import was stopped by the lock.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.ui.test_lock_during_transfer import held
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.foreign_import import ImportFormat, run_import
from wellbeing_desktop.ui.shell.open_notices import in_language
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.transfer import import_dialog
from wellbeing_desktop.ui.transfer.import_dialog import ImportDialog

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow

STOPPED_DA = (
    "Den import, du startede, blev stoppet, fordi dagbogen blev låst; intet blev importeret."
)


def big_jrnl(path: Path, entries: int, per_day: int = 5) -> Path:
    """A jrnl export of ``entries`` entries, ``per_day`` a day, every day before November 2026."""
    last = date(2026, 11, 1)
    rows = [
        {
            "title": f"Entry {n}.",
            "body": "A long day of meetings and budgets. " * 8,
            "date": (last - timedelta(days=n // per_day)).isoformat(),
            "time": f"{8 + n % per_day:02d}:15",
            "tags": ["@work"],
            "starred": False,
        }
        for n in range(entries)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": rows[::-1]}), encoding="utf-8")
    return path


def test_a_lock_stops_the_import_and_nothing_is_imported(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    session = JournalSession(access, Language.DANISH)
    session.open(journal)
    dialog = ImportDialog(session, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(big_jrnl(tmp_path / "jrnl.json", 40), ImportFormat.JRNL)
    qtbot.waitUntil(lambda: dialog.can_import(), timeout=10000)
    started = threading.Event()
    monkeypatch.setattr(import_dialog, "run_import", held(run_import, started))

    dialog.import_button.click()
    assert started.wait(5)
    session.close()  # the lock: the import stops before its first day

    assert not dialog.isVisible()
    assert in_language(access.notices, Language.DANISH) == [STOPPED_DA]
    again = access.open_with_passphrase(PASSPHRASE)
    try:
        assert again.days() == []  # rolled back: nothing of the file
        assert again.imported_ids(ImportFormat.JRNL.value) == frozenset()
    finally:
        again.close()


def test_ctrl_l_during_a_big_import_shows_the_lock_screen_at_once(
    qtbot: QtBot, unlocked_window: MainWindow, tasks: TaskRunner, tmp_path: Path
) -> None:
    window = unlocked_window
    dialog = ImportDialog(window.session, tasks, window)
    dialog.show()
    dialog.load(big_jrnl(tmp_path / "big.json", 15000), ImportFormat.JRNL)
    qtbot.waitUntil(lambda: dialog.can_import(), timeout=60000)
    dialog.import_button.click()
    qtbot.wait(200)  # the import is being written (it takes seconds)
    assert dialog.busy

    began = time.monotonic()
    window.lock()
    took = time.monotonic() - began

    assert took < 0.5
    assert not window.session.is_open
    assert window.unlock_view.isVisible()
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openNotices") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "openNotices")
    assert box is not None
    assert box.text() == STOPPED_DA
    box.accept()
    assert window.session.journal.days() == []
