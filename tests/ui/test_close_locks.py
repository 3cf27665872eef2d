"""Closing is locking, and the unlock screen says why it locked (issue #15).

Closing the window to the tray locks the journal (a setting, on by default) after the
pages saved what was typed; the unlock screen then names the reason (the window closed,
the minutes without use, the screen lock) and says that everything typed is saved, but
only when every save succeeded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import FIXED_NOW, PASSPHRASE
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.journal import Journal
from wellbeing_desktop.storage import messages as storage_messages
from wellbeing_desktop.storage.errors import StorageError
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell import desktop_prefs
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.desktop_prefs import LOCK_ON_CLOSE_KEY, DesktopPreferences
from wellbeing_desktop.ui.shell.tray import TrayIntegration
from wellbeing_desktop.ui.sparring.sparring_view import SparringView
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

CLOSED = {
    Language.DANISH: "Låst, fordi vinduet blev lukket. Alt, du skrev, er gemt.",
    Language.ENGLISH: "Locked because the window was closed. Everything you typed is saved.",
}


def _tray(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> TrayIntegration:
    monkeypatch.setattr(desktop_prefs, "system_tray_available", lambda: True)
    qtbot.waitUntil(lambda: window.findChild(TrayIntegration) is not None, timeout=5000)
    tray = window.findChild(TrayIntegration)
    assert tray is not None
    tray.preferences.set_close_to_tray(True)
    return tray


def _type_reflection(window: MainWindow, qtbot: QtBot, text: str) -> None:
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    qtbot.keyClicks(today.reflection.editor, text)


def _stored_reflection(access: JournalAccess) -> str | None:
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        day = journal.day(FIXED_NOW.date())
        return day.reflection if day is not None else None
    finally:
        journal.close()


def _note(window: MainWindow) -> str:
    note = window.unlock_view.lock_note
    return note.text() if not note.isHidden() else ""


def test_lock_on_close_is_on_by_default_and_kept_in_the_settings(tmp_path) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert DesktopPreferences(settings).lock_on_close
    DesktopPreferences(settings).set_lock_on_close(False)
    again = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert again.value(LOCK_ON_CLOSE_KEY, type=bool) is False
    assert not DesktopPreferences(again).lock_on_close


@pytest.mark.parametrize("language", [Language.DANISH, Language.ENGLISH])
def test_closing_to_the_tray_saves_locks_and_says_why(
    unlocked_window: MainWindow,
    access: JournalAccess,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
) -> None:
    window = unlocked_window
    window.session.set_language(language)
    _tray(window, qtbot, monkeypatch)
    _type_reflection(window, qtbot, "Skrevet lige før lukning")

    assert not window.close()  # hidden in the tray, within the autosave pause
    assert not window.isVisible()
    assert not window.session.is_open  # closing is locking
    assert window.stack.currentWidget() is window.unlock_view
    assert _note(window) == CLOSED[language]
    assert _stored_reflection(access) == "Skrevet lige før lukning"


def test_the_lock_note_follows_the_language_and_goes_with_the_unlock(
    unlocked_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window
    tray = _tray(window, qtbot, monkeypatch)
    window.close()
    assert _note(window) == CLOSED[Language.DANISH]
    window.session.set_language(Language.ENGLISH)
    assert _note(window) == CLOSED[Language.ENGLISH]
    window.session.set_language(Language.DANISH)

    tray.open_action.trigger()
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    window.lock()  # by hand: no reason to give, only that all is saved
    assert _note(window) == "Alt, du skrev, er gemt."
    assert window.unlock_view.lock_note.isVisibleTo(window.unlock_view)
    assert window.unlock_view.passphrase.accessibleDescription() == "Alt, du skrev, er gemt."


def test_with_the_setting_off_closing_hides_without_locking(
    unlocked_window: MainWindow,
    access: JournalAccess,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = unlocked_window
    tray = _tray(window, qtbot, monkeypatch)
    view = window.shell.views[Page.SETTINGS]
    assert isinstance(view, SettingsView)
    view._load_desktop()  # the tray "appeared" after the view was built
    assert view.lock_on_close.isEnabled()
    assert view.lock_on_close.isChecked()
    view.lock_on_close.click()  # as the user turns it off in Settings
    assert not tray.preferences.lock_on_close
    _type_reflection(window, qtbot, "Bliver i bakken")

    assert not window.close()
    assert not window.isVisible()
    assert window.session.is_open  # hidden, still open (auto-lock still counts)
    assert _stored_reflection(access) == "Bliver i bakken"  # and saved all the same


def test_the_idle_lock_names_its_minutes(unlocked_window: MainWindow) -> None:
    window = unlocked_window
    window.idle_lock.set_minutes(10)
    window.idle_lock.idle.emit()
    assert not window.session.is_open
    assert _note(window) == "Låst efter 10 minutter uden brug. Alt, du skrev, er gemt."


def test_the_screen_lock_is_named(unlocked_window: MainWindow) -> None:
    window = unlocked_window
    window.system_lock.lock_requested.emit("screen")
    assert not window.session.is_open
    assert _note(window) == "Låst, fordi skærmen blev låst. Alt, du skrev, er gemt."
    window.session.set_language(Language.ENGLISH)
    assert _note(window) == "Locked because the screen was locked. Everything you typed is saved."


def test_a_failed_save_is_never_called_saved(
    unlocked_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window
    _type_reflection(window, qtbot, "Kan ikke gemmes")

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise StorageError(storage_messages.CONNECTION_CLOSED)

    monkeypatch.setattr(Journal, "save_day_edit", refuse)
    window.idle_lock.set_minutes(1)
    window.idle_lock.idle.emit()
    assert not window.session.is_open  # it still locks: nothing stays open unattended
    note = _note(window)
    assert note == (
        "Låst efter 1 minut uden brug. "
        "Noget af det, du skrev, kunne ikke gemmes, før dagbogen blev låst."
    )
    assert "Alt, du skrev, er gemt" not in note


def test_a_refused_setting_is_never_called_saved(
    unlocked_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_window
    window.shell.show_page(Page.SETTINGS)
    view = window.shell.views[Page.SETTINGS]
    assert isinstance(view, SettingsView)
    field = view.weekly_norm
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "30")  # typed, not yet confirmed with Enter

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise StorageError(storage_messages.CONNECTION_CLOSED)

    monkeypatch.setattr(Journal, "save_settings", refuse)
    window.lock()
    assert _note(window) == "Noget af det, du skrev, kunne ikke gemmes, før dagbogen blev låst."


def test_text_typed_in_an_open_form_is_never_called_saved(
    unlocked_window: MainWindow, qtbot: QtBot
) -> None:
    window = unlocked_window
    window.shell.show_page(Page.SPARRING)
    view = window.shell.views[Page.SPARRING]
    assert isinstance(view, SparringView)
    view.new_topic()  # opened and left alone: nothing typed is lost
    assert view.form is not None
    window.lock()
    assert _note(window) == "Alt, du skrev, er gemt."

    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    window.shell.show_page(Page.SPARRING)
    view.new_topic()
    form = view.form
    assert form is not None
    qtbot.keyClicks(form.notes, "Hvordan tager jeg samtalen?")  # the form saves only on Save
    window.lock()
    assert _note(window) == "Noget af det, du skrev, kunne ikke gemmes, før dagbogen blev låst."
