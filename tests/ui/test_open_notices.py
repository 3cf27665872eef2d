"""The window says what an open did besides opening, in the user's language.

An open that finishes a restore a kill interrupted shows the restored journal, and one
that meets a damaged write-ahead log keeps the log aside: the CLI prints a line for each
(``JournalAccess.notices``, ``Journal.open_notices``). The real window, unlocked through
its unlock screen, shows the same lines in an information box over the journal, once.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import Language

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("memory_keyring")  # tests/ui/conftest.py

SHOTS = os.environ.get("OPEN_NOTICE_SHOTS")  # a folder: save what the user sees there
FINISHED = {
    Language.ENGLISH: "Finished a restore (or key change) of the journal in {root}",
    Language.DANISH: "En gendannelse (eller et nøgleskift) af dagbogen i {root}",
}
WAL_KEPT = {
    Language.ENGLISH: "The write-ahead log beside the journal could not be used",
    Language.DANISH: "Skriveloggen (write-ahead log) ved siden af dagbogen kunne ikke bruges",
}


def _journal_in(access: JournalAccess, language: Language) -> Path:
    journal, _code = access.create(PASSPHRASE)
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    journal.close()
    return access.paths.root


def _leave_a_restore_killed_after_the_database_rename(root: Path) -> None:
    """What a swap killed between its two renames leaves.

    What ``swap.replace_journal_pair`` leaves when killed between its two renames: the
    new journal.db in place, the staged key file and the intent record still there.
    """
    staging = root / ".restore-killed"
    staging.mkdir(mode=0o700)
    shutil.copy2(root / "journal.key", staging / "journal.key")
    (root / "journal.swap").write_text(json.dumps({"staging": staging.name}))


def _unlock(make_window, qtbot: QtBot) -> MainWindow:
    window: MainWindow = make_window()
    window.resize(1366, 728)
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    return window


def _notice_box(window: MainWindow, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openNotices") is not None)
    box = window.findChild(QMessageBox, "openNotices")
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    return box


def _save_shot(window: MainWindow, box: QMessageBox, name: str) -> None:
    if SHOTS:  # the box over the window, where a window manager puts it
        shot = window.grab()
        painter = QPainter(shot)
        picture = box.grab()
        painter.drawPixmap((shot.width() - picture.width()) // 2, shot.height() // 3, picture)
        painter.end()
        shot.save(str(Path(SHOTS) / f"{name}.png"))


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.DANISH])
def test_unlocking_after_a_killed_restore_says_the_restore_was_finished(
    make_window, access: JournalAccess, qtbot: QtBot, language: Language
) -> None:
    root = _journal_in(access, language)
    _leave_a_restore_killed_after_the_database_rename(root)

    window = _unlock(make_window, qtbot)

    box = _notice_box(window, qtbot)
    assert FINISHED[language].format(root=root) in box.text()
    assert window.stack.currentWidget() is window.shell  # the journal shows behind it
    assert not (root / "journal.swap").exists()
    assert access.notices == []  # shown once
    _save_shot(window, box, f"restore-{language.value}")

    box.defaultButton().click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openNotices") is None)
    window.lock()
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    qtbot.wait(50)
    assert window.findChild(QMessageBox, "openNotices") is None  # nothing more to say


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.DANISH])
def test_unlocking_with_a_damaged_write_ahead_log_says_where_it_was_kept(
    make_window, access: JournalAccess, qtbot: QtBot, language: Language
) -> None:
    root = _journal_in(access, language)
    wal = root / "journal.db-wal"
    garbage = os.urandom(50_000)
    wal.write_bytes(garbage)
    wal.chmod(0o600)

    window = _unlock(make_window, qtbot)

    box = _notice_box(window, qtbot)
    [kept] = root.glob("journal.db-wal.unreadable-*")
    assert kept.read_bytes() == garbage
    assert WAL_KEPT[language] in box.text()
    assert str(kept) in box.text()
    _save_shot(window, box, f"wal-{language.value}")
