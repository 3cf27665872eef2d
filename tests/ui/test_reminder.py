"""The daily reminder, the tray menu, closing to the tray and start at login (issue #8).

The offscreen test platform has no system tray, so the tray icon is never shown here;
what the tray would do is driven through the same objects the tray uses: the reminder's
``due`` signal, the icon's ``messageClicked`` signal and the menu's actions.
"""

from __future__ import annotations

import stat
import time as wallclock
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell import desktop_prefs
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.desktop_prefs import CLOSE_TO_TRAY_KEY, DesktopPreferences
from wellbeing_desktop.ui.shell.reminder import (
    CHECK_EVERY_MS,
    LAST_SHOWN_KEY,
    REMINDER_ON_KEY,
    REMINDER_TIME_KEY,
    DailyReminder,
)
from wellbeing_desktop.ui.shell.session import Change
from wellbeing_desktop.ui.shell.tray import TrayIntegration
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.ui.shell.main_window import MainWindow

# Bringing the window forward raises it; offscreen windows have no stacking order.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

THURSDAY = date(2026, 11, 26)  # the journal's fixed "today" in the tests
SATURDAY = date(2026, 11, 28)


class FakeClock:
    """A clock the test sets; ``running`` makes it move on with real time from there."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self._started: float | None = None

    def set(self, now: datetime, *, running: bool = False) -> None:
        self.now = now
        self._started = wallclock.monotonic() if running else None

    def __call__(self) -> datetime:
        if self._started is None:
            return self.now
        return self.now + timedelta(seconds=wallclock.monotonic() - self._started)


def on(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "reminder.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def reminder(qtbot: QtBot, settings: QSettings) -> Iterator[tuple[DailyReminder, FakeClock]]:
    clock = FakeClock(on(THURSDAY, 9))
    made = DailyReminder(settings, clock)
    yield made, clock
    made.configure(None)  # stops its timer


def integration(window: MainWindow, qtbot: QtBot) -> TrayIntegration:
    """The window's tray integration, made once the window has painted."""
    qtbot.waitUntil(lambda: window.findChild(TrayIntegration) is not None, timeout=5000)
    found = window.findChild(TrayIntegration)
    assert isinstance(found, TrayIntegration)
    return found


# --- the scheduler ------------------------------------------------------------------------


def test_the_reminder_fires_at_the_configured_time(
    qtbot: QtBot, reminder: tuple[DailyReminder, FakeClock]
) -> None:
    scheduler, clock = reminder
    clock.set(on(THURSDAY, 16, 59) + timedelta(seconds=59.7), running=True)
    with qtbot.assertNotEmitted(scheduler.due, wait=0):
        scheduler.configure(time(17, 0))  # not before the time
    assert 0 <= scheduler.next_check_ms() <= 400  # armed for the due moment itself
    with qtbot.waitSignal(scheduler.due, timeout=3000):
        pass  # the real timer ticks; the clock reaches 17:00
    assert clock() >= on(THURSDAY, 17)
    assert scheduler.last_shown == THURSDAY


def test_not_before_the_time_not_twice_not_on_saturday(
    qtbot: QtBot, reminder: tuple[DailyReminder, FakeClock], settings: QSettings
) -> None:
    scheduler, clock = reminder
    scheduler.configure(time(17, 0))
    clock.set(on(THURSDAY, 16, 59))
    assert not scheduler.check()
    clock.set(on(THURSDAY, 17, 0))
    with qtbot.waitSignal(scheduler.due, timeout=1000):
        assert scheduler.check()
    clock.set(on(THURSDAY, 17, 1))
    assert not scheduler.check()  # not twice the same day
    # Not after a restart either: the day is kept with the time.
    again = DailyReminder(settings, clock)
    assert not again.check()
    clock.set(on(SATURDAY, 17, 0))
    assert not scheduler.check()
    clock.set(on(SATURDAY + timedelta(days=2), 17, 0))  # Monday
    assert scheduler.check()


def test_the_timer_never_sleeps_more_than_a_minute_and_follows_clock_jumps(
    qtbot: QtBot, reminder: tuple[DailyReminder, FakeClock]
) -> None:
    scheduler, clock = reminder
    clock.set(on(THURSDAY, 9))
    scheduler.configure(time(17, 0))
    assert scheduler.armed
    assert 0 < scheduler.next_check_ms() <= CHECK_EVERY_MS
    # Suspend at 9:00, resume at 17:20: the next tick finds the reminder due.
    clock.set(on(THURSDAY, 17, 20))
    with qtbot.waitSignal(scheduler.due, timeout=1000):
        scheduler.check()
    # After it, the timer still ticks at least once a minute (for the next jump).
    assert 0 < scheduler.next_check_ms() <= CHECK_EVERY_MS


def test_off_means_no_timer_and_no_reminder(
    qtbot: QtBot, reminder: tuple[DailyReminder, FakeClock], settings: QSettings
) -> None:
    scheduler, clock = reminder
    scheduler.configure(time(17, 0))
    scheduler.configure(None)
    assert not scheduler.armed
    assert settings.value(REMINDER_ON_KEY, type=bool) is False
    clock.set(on(THURSDAY, 17, 0))
    with qtbot.assertNotEmitted(scheduler.due, wait=0):
        assert not scheduler.check()


def test_a_day_already_written_is_settled_without_a_reminder(
    qtbot: QtBot, reminder: tuple[DailyReminder, FakeClock]
) -> None:
    scheduler, clock = reminder
    scheduler.configure(time(17, 0))
    scheduler.skip_day = lambda day: day == THURSDAY
    clock.set(on(THURSDAY, 17, 0))
    with qtbot.assertNotEmitted(scheduler.due, wait=0):
        assert not scheduler.check()
    assert scheduler.last_shown == THURSDAY


# --- in the real window ---------------------------------------------------------------------


def test_unlock_keeps_only_the_reminder_time_outside_the_journal(
    qtbot: QtBot, unlocked_window: MainWindow, ui_settings: QSettings
) -> None:
    window = unlocked_window
    assert ui_settings.value(REMINDER_ON_KEY, type=bool) is True
    assert ui_settings.value(REMINDER_TIME_KEY) == "17:00"  # the journal's default
    # A change in Settings reaches the copy at once.
    window.shell.show_page(Page.SETTINGS)
    view = window.shell.views[Page.SETTINGS]
    assert isinstance(view, SettingsView)
    view.reminder_time.setTime(view.reminder_time.time().addSecs(-15 * 60))
    assert ui_settings.value(REMINDER_TIME_KEY) == "16:45"
    view.reminder_on.click()
    assert ui_settings.value(REMINDER_ON_KEY, type=bool) is False
    assert not integration(window, qtbot).reminder.armed
    # Nothing but these keys (and window state) is kept there. The day the reminder was
    # last given is there too when the test runs after 17:00 on a working day (the
    # reminder is due at unlock): a date, no journal content.
    keys = {key for key in ui_settings.allKeys() if key.startswith("reminder/")}
    assert keys - {LAST_SHOWN_KEY} == {REMINDER_ON_KEY, REMINDER_TIME_KEY}


def test_the_reminder_fires_and_clicking_it_opens_today(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    tray = integration(window, qtbot)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    today.show_day(date(2026, 11, 20))  # the user was looking at last Friday
    window.shell.show_page(Page.JOURNAL)
    tray.reminder.clock = lambda: on(THURSDAY, 17, 0)
    with qtbot.waitSignal(tray.reminder.due, timeout=1000):
        tray.reminder.check()
    tray.icon.messageClicked.emit()  # what the desktop sends when the user clicks it
    assert window.isVisible()
    assert window.shell.current_page() is Page.TODAY
    assert today.header.day() == THURSDAY
    assert today.header.date_button.text() == "Torsdag 26. november 2026"


def test_no_reminder_when_today_is_already_written(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    window.session.journal.save_day(DayLog(day=THURSDAY, reflection="Skrevet i frokosten"))
    window.session.notify(Change.DAY)
    tray = integration(window, qtbot)
    tray.reminder.clock = lambda: on(THURSDAY, 17, 0)
    with qtbot.assertNotEmitted(tray.reminder.due, wait=0):
        assert not tray.reminder.check()


def test_while_locked_the_reminder_comes_and_today_opens_after_unlock(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    tray = integration(window, qtbot)
    window.shell.show_page(Page.TRENDS)  # where the unlock would normally go back to
    window.lock()
    assert not window.session.is_open
    tray.reminder.clock = lambda: on(THURSDAY, 17, 0)
    with qtbot.waitSignal(tray.reminder.due, timeout=1000):
        assert tray.reminder.check()  # the time was kept outside the locked journal
    tray.icon.messageClicked.emit()
    assert window.stack.currentWidget() is window.unlock_view  # the unlock screen first
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    qtbot.waitUntil(lambda: window.shell.current_page() is Page.TODAY, timeout=3000)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    assert today.header.day() == THURSDAY


def test_the_tray_menu_speaks_the_app_language_and_acts(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    window = unlocked_window
    tray = integration(window, qtbot)
    words = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert words == ["Åbn Lederpuls", "Dagens refleksion", "Lås", "Afslut"]
    window.session.set_language(Language.ENGLISH)
    words = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert words == ["Open Leader Pulse", "Today's reflection", "Lock", "Quit"]
    assert tray.icon.toolTip() == "Leader Pulse"

    window.shell.show_page(Page.SPARRING)
    tray.today_action.trigger()
    assert window.shell.current_page() is Page.TODAY
    assert tray.lock_action.isEnabled()
    tray.lock_action.trigger()
    assert not window.session.is_open
    assert not tray.lock_action.isEnabled()  # nothing to lock now


def test_with_a_tray_the_notification_says_it_is_time(
    qtbot: QtBot, unlocked_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = integration(unlocked_window, qtbot)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(desktop_prefs, "system_tray_available", lambda: True)
    monkeypatch.setattr(tray.icon, "isVisible", lambda: True)
    monkeypatch.setattr(
        tray.icon, "showMessage", lambda title, text, *_: shown.append((title, text))
    )
    tray.reminder.clock = lambda: on(THURSDAY, 17, 0)
    tray.reminder.check()
    assert shown == [("Tid til dagens refleksion", "Et minut er nok. Klik for at åbne I dag.")]


# --- close to tray --------------------------------------------------------------------------


def test_without_the_setting_closing_quits_and_locks(
    qtbot: QtBot, unlocked_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desktop_prefs, "system_tray_available", lambda: True)
    window = unlocked_window
    assert not integration(window, qtbot).hides_on_close()
    assert window.close()  # accepted: Qt quits the app after its last window closes
    assert not window.isVisible()
    assert not window.session.is_open


def test_with_the_setting_closing_hides_and_quit_quits(
    qtbot: QtBot,
    unlocked_window: MainWindow,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desktop_prefs, "system_tray_available", lambda: True)
    window = unlocked_window
    tray = integration(window, qtbot)
    tray.preferences.set_close_to_tray(True)
    tray.preferences.set_lock_on_close(False)  # on by default (test_close_locks.py)
    quits: list[bool] = []
    tray.quit_application = lambda: quits.append(True)

    assert not window.close()  # refused: the window only hides
    assert not window.isVisible()
    assert window.session.is_open  # the journal stays as it is
    assert window.idle_lock.active  # and auto-lock still applies
    assert not quits

    tray.open_action.trigger()
    assert window.isVisible()
    window.close()
    tray.quit_action.trigger()
    assert quits == [True]
    assert not window.session.is_open  # quitting locks the journal


def test_without_a_tray_the_setting_cannot_keep_the_app(
    qtbot: QtBot, unlocked_window: MainWindow, ui_settings: QSettings
) -> None:
    window = unlocked_window
    ui_settings.setValue(CLOSE_TO_TRAY_KEY, True)  # chosen on a desktop with a tray
    assert not integration(window, qtbot).hides_on_close()  # offscreen: no tray
    assert window.close()
    assert not window.session.is_open


# --- the settings --------------------------------------------------------------------------


def settings_view(window: MainWindow) -> SettingsView:
    window.shell.show_page(Page.SETTINGS)
    view = window.shell.views[Page.SETTINGS]
    assert isinstance(view, SettingsView)
    return view


def test_without_a_tray_the_setting_is_disabled_with_the_reason(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    view = settings_view(unlocked_window)
    assert not view.close_to_tray.isEnabled()
    assert not view.close_to_tray.isChecked()
    assert view.close_to_tray_note.isVisible()
    assert "ingen ikoner i meddelelsesområdet" in view.close_to_tray_note.text()
    assert view.close_to_tray.accessibleDescription() == view.close_to_tray_note.text()
    assert view.close_to_tray.accessibleName() == (
        "Bliv ved med at køre i meddelelsesområdet, når vinduet lukkes"
    )
    assert view.start_at_login.accessibleName() == "Start Lederpuls, når jeg logger ind"


def test_close_to_tray_setting_persists(
    qtbot: QtBot,
    unlocked_window: MainWindow,
    ui_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desktop_prefs, "system_tray_available", lambda: True)
    window = unlocked_window
    view = settings_view(window)  # built on its first show, here with a tray
    assert view.close_to_tray.isEnabled()
    assert not view.close_to_tray_note.isVisible()
    view.close_to_tray.click()

    def stored() -> bool:  # as the next start of the app reads it
        return DesktopPreferences(
            QSettings(ui_settings.fileName(), ui_settings.format())
        ).close_to_tray

    assert stored()
    assert integration(window, qtbot).hides_on_close()
    view.close_to_tray.click()
    assert not stored()
    assert not integration(window, qtbot).hides_on_close()


def test_start_at_login_writes_and_removes_the_autostart_file(
    qtbot: QtBot,
    unlocked_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "wellbeing-desktop.desktop"
    window = unlocked_window
    view = settings_view(window)
    assert view.start_at_login.isEnabled()
    assert not view.start_at_login.isChecked()
    view.start_at_login.click()
    assert entry.is_file()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o644
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert "-m wellbeing_desktop --data-dir" in exec_line
    assert str(window.session.access.paths.root) in exec_line  # this journal, not another
    view.start_at_login.click()
    assert not entry.exists()
    assert not view.desktop_message.isVisible()


def test_start_at_login_failure_shows_one_line(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    view = settings_view(unlocked_window)
    view.start_at_login.click()
    assert not view.start_at_login.isChecked()
    assert view.desktop_message.isVisible()
    assert view.desktop_message.text().startswith("Kunne ikke ændre ")
    assert "wellbeing-desktop.desktop" in view.desktop_message.text()
