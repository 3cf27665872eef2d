"""The main window: first run, unlock, and the app itself, with lock and restore."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from wellbeing_desktop.services.journal import Journal
from wellbeing_desktop.ui import strings
from wellbeing_desktop.ui.auto_lock import IdleLock
from wellbeing_desktop.ui.clipboard_guard import ClipboardGuard
from wellbeing_desktop.ui.recovery_key_dialog import RecoveryKeyDialog
from wellbeing_desktop.ui.session import Change, JournalSession
from wellbeing_desktop.ui.shell import Page, Shell
from wellbeing_desktop.ui.strings import tr
from wellbeing_desktop.ui.system_lock import SystemLockWatcher
from wellbeing_desktop.ui.tasks import TaskRunner
from wellbeing_desktop.ui.today.today_view import TodayView
from wellbeing_desktop.ui.unlock_view import UnlockView
from wellbeing_desktop.ui.welcome_view import WelcomeView

# QSettings keys: window state and the last view only, never journal content.
GEOMETRY_KEY = "window/geometry"
PAGE_KEY = "window/page"
LANGUAGE_KEY = "ui/language"


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: JournalSession,
        tasks: TaskRunner,
        shell: Shell,
        settings: QSettings,
    ) -> None:
        super().__init__()
        self.session = session
        self._tasks = tasks
        self._settings = settings
        self.shell = shell
        self.welcome = WelcomeView(session, tasks)
        self.unlock_view = UnlockView(session, tasks)
        self.stack = QStackedWidget()
        for widget in (self.welcome, self.unlock_view, self.shell):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self.idle_lock = IdleLock(self)
        # Screen lock and suspend lock too (D-Bus on Linux); copies leave the clipboard.
        self.system_lock = SystemLockWatcher(self)
        self.clipboard_guard = ClipboardGuard(session, self)
        # Where the user was when the journal locked, to go back there after unlock.
        self._resume: tuple[Page, date | None] | None = None
        self.setMinimumSize(900, 620)

        self.welcome.created.connect(self._created)
        self.unlock_view.unlocked.connect(self.open_journal)
        self.shell.lock_requested.connect(self.lock)
        self.shell.page_changed.connect(lambda page: settings.setValue(PAGE_KEY, page))
        self.idle_lock.idle.connect(self.lock)
        self.system_lock.lock_requested.connect(lambda _reason: self.lock())
        session.changed.connect(self._journal_changed)
        session.language_changed.connect(self._language_changed)
        self._language_changed()
        self._restore_geometry()
        self.show_entry()

    # --- entry: first run or unlock ------------------------------------------------------

    def show_entry(self) -> None:
        if self.session.access.exists():
            self.unlock_view.reset()
            self.stack.setCurrentWidget(self.unlock_view)
            self.unlock_view.passphrase.setFocus()
        else:
            self.stack.setCurrentWidget(self.welcome)

    def try_keyring_unlock(self) -> None:
        """Open straight away when the user chose to remember the key on this computer."""
        if not self.session.access.exists():
            return
        access = self.session.access
        self._tasks.run(
            access.open_with_keyring,
            self._opened_from_keyring,
            lambda _exc: None,  # fall back to the passphrase screen, which is showing
        )

    def _opened_from_keyring(self, journal: Journal | None) -> None:
        if journal is not None and not self.session.is_open:
            self.open_journal(journal)

    def _created(self, journal: Journal, recovery_code: str) -> None:
        dialog = RecoveryKeyDialog(recovery_code, self.session.language, self)
        dialog.exec()
        self.open_journal(journal)

    def open_journal(self, journal: Journal) -> None:
        self.session.open(journal)
        self._settings.setValue(LANGUAGE_KEY, self.session.language.value)
        self.idle_lock.set_minutes(journal.settings().auto_lock_minutes)
        last = self._settings.value(PAGE_KEY, Page.TODAY.value)
        try:
            page = Page(int(last))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            page = Page.TODAY
        resume, self._resume = self._resume, None
        if resume is not None:
            page = resume[0]
        self.stack.setCurrentWidget(self.shell)
        self.shell.show_page(page)
        today = self.shell.views.get(Page.TODAY)
        if resume is not None and resume[1] is not None and isinstance(today, TodayView):
            today.show_day(resume[1])

    def lock(self) -> None:
        self.idle_lock.stop()
        if self.session.is_open:
            self._resume = self._where_the_user_is()
        self.session.close()
        self.show_entry()

    def _where_the_user_is(self) -> tuple[Page, date | None]:
        """The page, and the day Today shows unless that is today (which moves on)."""
        today = self.shell.views.get(Page.TODAY)
        day = today.header.day() if isinstance(today, TodayView) else None
        if day == self.session.journal.today():
            day = None
        return self.shell.current_page(), day

    def _journal_changed(self, change: Change, _initiator: object) -> None:
        if change is Change.SETTINGS and self.session.is_open:
            self.idle_lock.set_minutes(self.session.journal.settings().auto_lock_minutes)

    def _language_changed(self) -> None:
        self.setWindowTitle(tr(strings.APP_NAME, self.session.language))
        self._settings.setValue(LANGUAGE_KEY, self.session.language.value)

    # --- window state --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1120, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.lock()
        self._settings.sync()
        super().closeEvent(event)
