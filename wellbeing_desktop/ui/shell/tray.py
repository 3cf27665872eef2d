"""The tray icon and its menu, the daily reminder, and closing the window to the tray.

``TrayIntegration`` belongs to the main window (its Qt parent) and works the same with or
without a system tray, so tests on the offscreen platform can drive it: the menu's
actions, the reminder's ``due`` signal and ``open_today`` (what clicking the notification
does) are all reachable without a real tray. Only showing the icon and the notification
needs one.

- Menu: Open Leader Pulse, Today's reflection, Lock, Quit; re-labelled on language change.
- Reminder: at the configured time on working days the notification "Time for today's
  reflection"; clicking it (or "Today's reflection") brings the window forward and opens
  Today on today, the keyboard on its first field (the proposed time's "Use the proposal"
  when one shows: the daily ritual starts from the notification); while locked, the
  unlock screen comes first and Today after unlocking. No
  reminder on a day whose entry is already saved (known only while the journal is open;
  while locked the reminder comes anyway).
- Close to tray (a preference): closing the window hides it; the journal locks (what is
  typed saved first; a preference, on by default) or, with that turned off, stays open
  (auto-lock still applies); Quit in the menu quits. Without a tray, or with the
  preference off, closing quits as before.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
from shiboken6 import isValid

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.shell.app_icon import app_icon
from wellbeing_desktop.ui.shell.lock_reason import LockReason
from wellbeing_desktop.ui.shell.pages import Page
from wellbeing_desktop.ui.shell.reminder import Clock, DailyReminder
from wellbeing_desktop.ui.shell.session import Change
from wellbeing_desktop.ui.shell.single_instance import bring_to_front

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.domain.language import Language
    from wellbeing_desktop.ui.shell.desktop_prefs import DesktopPreferences
    from wellbeing_desktop.ui.shell.main_window import MainWindow

OPEN: Message = translatable("tray", "Open Leader Pulse")
TODAY: Message = translatable("tray", "Today's reflection")
QUIT: Message = translatable("tray", "Quit")
REMINDER_TITLE: Message = translatable("tray", "Time for today's reflection")
REMINDER_TEXT: Message = translatable("tray", "A minute is enough. Click to open Today.")
STILL_RUNNING: Message = translatable(
    "tray", "Leader Pulse keeps running here. Quit from this icon's menu."
)

MESSAGE_MS = 15_000
# Platforms without any desktop: showing an icon there only logs a warning.
_HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})


class TrayIntegration(QObject):
    def __init__(
        self,
        window: MainWindow,
        preferences: DesktopPreferences,
        clock: Clock = datetime.now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = window.session
        self.preferences = preferences
        self._today_after_unlock = False
        self._quitting = False
        self._told_still_running = False
        # What Quit finally calls (tests put a recorder here).
        self.quit_application: Callable[[], None] = QApplication.quit

        self.reminder = DailyReminder(preferences.settings, clock, self)
        self.reminder.skip_day = self._already_written
        self.reminder.due.connect(self.remind)

        self.menu = QMenu(window)
        self.open_action = QAction(self.menu)
        self.today_action = QAction(self.menu)
        self.lock_action = QAction(self.menu)
        self.quit_action = QAction(self.menu)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.today_action)
        self.menu.addSeparator()
        self.menu.addAction(self.lock_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.open_action.triggered.connect(self.open_window)
        self.today_action.triggered.connect(self.open_today)
        self.lock_action.triggered.connect(window.lock)
        self.quit_action.triggered.connect(self.quit)

        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.open_today)
        # Shown even while the desktop has no tray: Qt adds it when one appears (a panel
        # that starts after the app at login).
        if QGuiApplication.platformName() not in _HEADLESS_PLATFORMS:
            self.icon.show()

        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self._session_ending)
            app.aboutToQuit.connect(self._session_ending)
        self._session.opened.connect(self._opened)
        self._session.closed.connect(self._lock_state)
        self._session.changed.connect(self._journal_changed)
        self._session.language_changed.connect(self.retranslate)
        self.retranslate(self._session.language)
        self._lock_state()
        self._copy_reminder_setting()  # made while the journal is already open

    # --- words ---------------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.open_action.setText(tr(OPEN, language))
        self.today_action.setText(tr(TODAY, language))
        self.lock_action.setText(tr(strings.LOCK, language))
        self.quit_action.setText(tr(QUIT, language))
        self.icon.setToolTip(tr(strings.APP_NAME, language))

    # --- the journal's state -------------------------------------------------------------

    def _opened(self) -> None:
        self._lock_state()
        self._copy_reminder_setting()
        if self._today_after_unlock:
            self._today_after_unlock = False
            # After the window has shown the page it resumes to.
            QTimer.singleShot(0, self, self._show_today)

    def _lock_state(self) -> None:
        self.lock_action.setEnabled(self._session.is_open)

    def _journal_changed(self, change: Change, _initiator: object) -> None:
        if change is Change.SETTINGS:
            self._copy_reminder_setting()

    def _copy_reminder_setting(self) -> None:
        """Keep only the reminder time (or off) outside the journal, for while it is locked."""
        if not self._session.is_open:
            return
        try:
            at = self._session.journal.settings().reminder_time
        except WellbeingError:
            return
        self.reminder.configure(at)

    def _already_written(self, day: date) -> bool:
        if not self._session.is_open:
            return False  # unknown while locked: remind anyway
        try:
            return self._session.journal.day(day) is not None
        except WellbeingError:
            return False

    # --- actions -------------------------------------------------------------------------

    def open_window(self) -> None:
        bring_to_front(self._window)

    def open_today(self) -> None:
        """Bring the window forward on Today (after the unlock screen when locked)."""
        self.open_window()
        if self._session.is_open:
            self._show_today()
        else:
            self._today_after_unlock = True

    def _show_today(self) -> None:
        if not self._session.is_open:
            return
        from wellbeing_desktop.ui.today.start_focus import focus_first_field
        from wellbeing_desktop.ui.today.today_view import TodayView  # built by now

        today = self._window.shell.views[Page.TODAY]
        if isinstance(today, TodayView):
            today.show_today()
        self._window.shell.show_page(Page.TODAY)
        if isinstance(today, TodayView):
            focus_first_field(today)  # the proposal's button: the ritual starts at once

    def remind(self) -> None:
        """Time for today's reflection: a notification, or the task bar without a tray."""
        language = self._session.language
        if self.icon.isVisible() and self.preferences.tray_available():
            self.icon.showMessage(
                tr(REMINDER_TITLE, language),
                tr(REMINDER_TEXT, language),
                self.icon.icon(),
                MESSAGE_MS,
            )
        else:
            QApplication.alert(self._window)

    def quit(self) -> None:
        """Quit for real: the window closes (and locks the journal), then the app ends."""
        self._quitting = True
        self._window.close()
        self.quit_application()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.open_window()

    def _session_ending(self) -> None:
        """Lock on logout or quit.

        Logout or quit: Qt closes only visible windows, so a window hidden in the tray
        never gets its close; lock here (views save what is pending first).
        """
        self._quitting = True
        if isValid(self._window):
            self._window.lock()

    # --- close to tray -------------------------------------------------------------------

    def hides_on_close(self) -> bool:
        """True when closing the window only hides it (the preference, and a tray)."""
        return (
            not self._quitting
            and self.preferences.close_to_tray
            and self.preferences.tray_available()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and self.hides_on_close():
            event.ignore()
            if self.preferences.lock_on_close:
                # Closing is locking: what is typed is saved, then the journal locks.
                self._window.lock_because(LockReason.WINDOW_CLOSED)
            else:
                self._session.flush()  # what is typed is saved before the window goes
            self._window.hide()  # locked, or open with auto-lock still counting
            if not self._told_still_running and self.icon.isVisible():
                self._told_still_running = True
                language = self._session.language
                self.icon.showMessage(
                    tr(strings.APP_NAME, language),
                    tr(STILL_RUNNING, language),
                    self.icon.icon(),
                    MESSAGE_MS,
                )
            return True
        return super().eventFilter(watched, event)
