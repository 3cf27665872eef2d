"""The day's backup in the GUI (issue #20).

After the unlocked journal painted, off the GUI thread, once a day; a lock waits for one
under way and never closes under it.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services.journal import Journal
from wellbeing_desktop.ui.shell import daily_backup

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _backup_only_from_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup's moment comes soon after the unlock in these tests."""
    monkeypatch.setattr(daily_backup, "DELAY_MS", 50)


def _journal_with_a_day(access: JournalAccess) -> None:
    journal, _code = access.create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2026, 11, 24), reflection="Budgetmødet", stress_step=2))
    journal.close()


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)


def test_the_backup_is_made_after_the_unlock_off_the_gui_thread(
    qtbot: QtBot, make_window, access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal_with_a_day(access)
    threads: list[threading.Thread] = []
    original = Journal.backup_if_due

    def watched(journal: Journal) -> Path | None:
        threads.append(threading.current_thread())
        return original(journal)

    monkeypatch.setattr(Journal, "backup_if_due", watched)
    window = make_window()
    _unlock(qtbot, window)
    assert window.session.journal.backups() == []  # not inside the open
    qtbot.waitUntil(lambda: len(window.session.journal.backups()) == 1, timeout=10000)
    qtbot.waitUntil(lambda: not window.daily_backup.running)
    assert threads
    assert threads[0] is not threading.main_thread()

    window.lock()  # once a day: the next unlock finds today's backup
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=10000)
    qtbot.waitUntil(lambda: not window.daily_backup.running)
    assert len(window.session.journal.backups()) == 1


def test_a_lock_waits_for_the_backup_under_way(
    qtbot: QtBot, make_window, access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal_with_a_day(access)
    started, release = threading.Event(), threading.Event()
    original = Journal.backup_if_due

    def slow(journal: Journal) -> Path | None:
        started.set()
        release.wait(10)
        return original(journal)

    monkeypatch.setattr(Journal, "backup_if_due", slow)
    window = make_window()
    _unlock(qtbot, window)
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert window.daily_backup.running
    threading.Timer(0.3, release.set).start()
    window.lock()  # waits: the journal closes only after the backup is made
    assert not window.session.is_open
    assert not window.daily_backup.running
    assert len(list(access.paths.backups.glob("*.lpbackup"))) == 1


def test_a_lock_before_the_backup_starts_leaves_it_for_the_next_unlock(
    qtbot: QtBot, make_window, access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal_with_a_day(access)
    monkeypatch.setattr(daily_backup, "DELAY_MS", 60_000)
    window = make_window()
    _unlock(qtbot, window)
    window.lock()
    assert not window.daily_backup.running
    assert not list(access.paths.backups.glob("*.lpbackup"))
    monkeypatch.setattr(daily_backup, "DELAY_MS", 50)
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(window.session.journal.backups()) == 1, timeout=10000)
    qtbot.waitUntil(lambda: not window.daily_backup.running)


def test_a_new_journal_gets_no_backup(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not unlocked_window.daily_backup.running)
    assert unlocked_window.session.journal.backups() == []
