"""The GUI and the journal lock (issue #13, item 1), with real widgets offscreen.

The unlocked window holds the shared lock, so a restore is refused while it is open; the
lock goes with the journal when the window locks and comes back on unlock. A journal file
swapped under the window by a program that ignores the lock is never written into: Today
says so in one line and keeps what was typed.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.backups import OtherJournalError
from wellbeing_desktop.services.journal import Journal, JournalReplacedError
from wellbeing_desktop.storage import journal_lock, swap
from wellbeing_desktop.storage import messages as storage_messages
from wellbeing_desktop.storage.errors import StorageError
from wellbeing_desktop.ui.common import error_words
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.domain.errors import WellbeingError
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("memory_keyring")  # tests/ui/conftest.py

TYPED = "Written while another program swapped the file"
REPLACED = {
    Language.ENGLISH: "was replaced by another program; lock and unlock to see it. "
    "Nothing was saved.",
    Language.DANISH: "blev udskiftet af et andet program; lås og lås op for at se den. "
    "Intet blev gemt.",
}


def _restore_possible(access: JournalAccess) -> bool:
    try:
        journal_lock.acquire_exclusive(access.paths).release()
    except journal_lock.JournalLockBusyError:
        return False
    return True


def test_the_window_holds_the_lock_while_unlocked_and_lets_go_when_locked(
    qtbot: QtBot, unlocked_window: MainWindow, access: JournalAccess
) -> None:
    assert not _restore_possible(access)
    unlocked_window.lock()
    assert not unlocked_window.session.is_open
    assert _restore_possible(access)
    qtbot.keyClicks(unlocked_window.unlock_view.passphrase, PASSPHRASE)
    unlocked_window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: unlocked_window.session.is_open, timeout=10000)
    assert not _restore_possible(access)


def _swap_in_a_copy(path: Path) -> None:
    """What a sync tool or file manager does: a copy renamed over the file."""
    copy = path.with_name("journal.db.synced")
    shutil.copyfile(path, copy)
    os.replace(copy, path)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.DANISH])
def test_today_refuses_to_save_into_a_replaced_file_and_keeps_the_text(
    qtbot: QtBot, access: JournalAccess, journal: Journal, language: Language
) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    session = JournalSession(access, language)
    view = TodayView(session, TaskRunner())
    qtbot.addWidget(view)
    view.resize(1120, 780)
    view.show()
    session.open(journal)
    _swap_in_a_copy(access.paths.database)

    view.reflection.editor.setPlainText(TYPED)
    assert not view.save_now()
    indicator = view.header.indicator
    assert indicator.property("state") == "error"
    assert REPLACED[language] in indicator.text()
    assert "\n" not in indicator.text()
    assert view.reflection.editor.toPlainText() == TYPED
    session.close()

    # Lock and unlock: the journal now is the file that was swapped in, without the text.
    reopened = access.open_with_passphrase(PASSPHRASE)
    try:
        assert reopened.day(date(2026, 11, 26)) is None
    finally:
        reopened.close()


def test_every_new_lock_and_swap_message_has_danish_words(tmp_path: Path) -> None:
    paths = JournalPaths(tmp_path / "journal")
    os.mkfifo(tmp_path / "fifo")
    errors: list[WellbeingError] = [
        journal_lock.RestoreUnderWayError(paths),
        journal_lock.JournalLockBusyError(paths),
        swap.SwapIntentError(paths.swap_intent),
        JournalReplacedError(paths.database),
        OtherJournalError(tmp_path / "b.lpbackup", "ab" * 16, paths.root, "cd" * 16),
        StorageError(
            storage_messages.LOCK_FILE_UNUSABLE,
            path=paths.journal_lock,
            reason="Permission denied",
        ),
        StorageError(storage_messages.LOCK_FILE_NOT_REGULAR, path=tmp_path / "fifo"),
    ]
    for error in errors:
        danish = error_words.error_message(error, Language.DANISH)
        assert danish != str(error), str(error)
        assert "\n" not in danish
