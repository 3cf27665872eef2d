"""The minimal window of issue 2: create or unlock, a wrong passphrase shown, days listed."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.ui.main_window import MainWindow
from wellbeing_desktop.ui.tasks import TaskRunner


def _window(qtbot: QtBot, access: JournalAccess) -> MainWindow:
    window = MainWindow(access, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    return window


def test_create_a_journal_from_the_window(qtbot: QtBot, access: JournalAccess, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window = _window(qtbot, access)
    view = window.unlock_view
    assert view.submit.text() == "Create journal"

    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    qtbot.keyClicks(view.repeat, PASSPHRASE)
    view.submit.click()
    qtbot.waitUntil(lambda: window.journal is not None, timeout=10000)

    assert access.paths.key_file.exists()
    assert "recovery key" in shown[0]
    assert window.stack.currentWidget() is window.day_list
    window.lock()


def test_wrong_then_right_passphrase(qtbot: QtBot, access: JournalAccess) -> None:
    journal, _ = access.create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2026, 11, 24), reflection="Budgetmødet", stress_step=2))
    journal.close()
    window = _window(qtbot, access)
    view = window.unlock_view
    assert view.submit.text() == "Unlock"

    qtbot.keyClicks(view.passphrase, "not it at all")
    view.submit.click()
    qtbot.waitUntil(lambda: view.message.text() == "Wrong passphrase. Try again.", timeout=10000)
    assert window.journal is None

    view.passphrase.clear()
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    view.submit.click()
    qtbot.waitUntil(lambda: window.journal is not None, timeout=10000)
    assert window.day_model.rowCount() == 1
    first = window.day_model.index(0, 0).data()
    assert "2026-11-24" in first and "Budgetmødet" in first

    window.lock()
    assert window.day_model.rowCount() == 0
    assert window.stack.currentWidget() is view
