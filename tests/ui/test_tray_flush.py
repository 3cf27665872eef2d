"""Typed text survives the window hiding in the tray and the desktop session ending."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import FIXED_NOW, PASSPHRASE
from wellbeing_desktop.ui.shell import desktop_prefs
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.tray import TrayIntegration
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _stored_reflection(access: JournalAccess) -> str | None:
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        day = journal.day(FIXED_NOW.date())
        return day.reflection if day is not None else None
    finally:
        journal.close()


def _type_then_close_to_tray(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, text: str
) -> TrayIntegration:
    monkeypatch.setattr(desktop_prefs, "system_tray_available", lambda: True)
    qtbot.waitUntil(lambda: window.findChild(TrayIntegration) is not None, timeout=5000)
    tray = window.findChild(TrayIntegration)
    assert tray is not None
    tray.preferences.set_close_to_tray(True)
    tray.preferences.set_lock_on_close(False)  # the journal stays open in the tray
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    qtbot.keyClicks(today.reflection.editor, text)
    assert not window.close()  # hidden in the tray, within the autosave pause
    assert not window.isVisible()
    return tray


def test_hiding_in_the_tray_saves_what_is_typed(
    unlocked_window: MainWindow,
    access: JournalAccess,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _type_then_close_to_tray(unlocked_window, qtbot, monkeypatch, "Skrevet lige før lukning")
    assert unlocked_window.session.is_open  # the journal stays open in the tray
    assert _stored_reflection(access) == "Skrevet lige før lukning"


def test_the_desktop_session_ending_locks_a_window_hidden_in_the_tray(
    unlocked_window: MainWindow,
    access: JournalAccess,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _type_then_close_to_tray(unlocked_window, qtbot, monkeypatch, "Skrevet før logud")
    app = QApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # Qt closes only visible windows; the hidden one must lock itself
    assert not unlocked_window.session.is_open
    assert _stored_reflection(access) == "Skrevet før logud"
