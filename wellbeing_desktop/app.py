"""The composition root: the one place that builds and wires the app's objects."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from wellbeing_desktop import APP_ID
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.ui.common import pyside_imports

# PySide6 would keep the source of every module imported after it (tens of MiB).
pyside_imports.install()

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.today_snapshot import TodaySnapshot
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.app_shell import Shell
    from wellbeing_desktop.ui.shell.desktop_prefs import DesktopPreferences
    from wellbeing_desktop.ui.shell.main_window import MainWindow
    from wellbeing_desktop.ui.shell.session import JournalSession

# What the app imports before its first window paints is kept to Qt and the unlock view:
# the shell and the Today view are built after that paint, every other view on its first
# show; the services (SQLAlchemy, keyring, cryptography) once Today painted from its
# snapshot (``ui.shell.snapshot_start``), else in a worker while the user types.


def build_main_window(access: JournalAccess, tasks: TaskRunner, settings: QSettings) -> MainWindow:
    """The window over ``access``: the unlock view now, the rest when first needed."""
    from wellbeing_desktop.ui.shell.session import JournalSession

    return _build_window(JournalSession(access, _language(settings)), tasks, settings)


def build_start_window(
    paths: JournalPaths,
    tasks: TaskRunner,
    settings: QSettings,
    make_access: Callable[[], JournalAccess] | None = None,
    snapshot: Callable[[], TodaySnapshot | None] | None = None,
    passphrase_snapshot: Callable[[str], TodaySnapshot | None] | None = None,
) -> MainWindow:
    """The main window over a session that imports the services late.

    Like ``build_main_window``, with the ``JournalAccess`` (and the services it
    imports) made only when first asked for, by ``make_access`` (default: the journal at
    ``paths`` with the system keyring): what ``run_gui`` shows first. ``snapshot``: what
    a start with a remembered key paints Today from (default, with the default access:
    the Secret Service's key and a read-only read; with another access: none);
    ``passphrase_snapshot`` the same for a passphrase typed.
    """
    # One count of wrong passphrases for the ordinary unlock and the quick one (below).
    from wellbeing_desktop.services.unlock_throttle import GrowingDelay
    from wellbeing_desktop.ui.shell.session import JournalSession

    throttle = GrowingDelay()

    def default_access() -> JournalAccess:
        from wellbeing_desktop.services.access import JournalAccess

        return JournalAccess(paths, throttle=throttle)

    def read_snapshot() -> TodaySnapshot | None:
        # Imported in the worker that reads it (the driver and D-Bus, not SQLAlchemy).
        from datetime import date

        from wellbeing_desktop.services import today_snapshot as today

        snapshot = today.snapshot_with_remembered_key(paths, date.today())  # the clock's day
        if snapshot is None and today.nothing_remembered(paths):
            # The passphrase start then loads no keyring read, nor the services, before Enter.
            raise today.NothingRememberedError
        return snapshot

    session = JournalSession.deferred(paths, make_access or default_access, _language(settings))

    # With the app's own access (system keyring, the real clock), a remembered key paints
    # Today from a snapshot before the services are imported (``ui.shell.snapshot_start``).
    def read_with_passphrase(passphrase: str) -> TodaySnapshot | None:
        from datetime import date

        from wellbeing_desktop.services.today_snapshot import snapshot_with_passphrase

        return snapshot_with_passphrase(paths, date.today(), passphrase, throttle)

    if make_access is None:
        snapshot = snapshot or read_snapshot
        passphrase_snapshot = passphrase_snapshot or read_with_passphrase
    return _build_window(session, tasks, settings, snapshot, passphrase_snapshot)


def _language(settings: QSettings) -> Language:
    from wellbeing_desktop.ui.common.translation import system_language
    from wellbeing_desktop.ui.shell.main_window import LANGUAGE_KEY

    # The first run follows the system's language; after that, the user's choice.
    try:
        return Language(str(settings.value(LANGUAGE_KEY, system_language().value)))
    except ValueError:
        return system_language()


def _build_window(
    session: JournalSession,
    tasks: TaskRunner,
    settings: QSettings,
    read_snapshot: Callable[[], TodaySnapshot | None] | None = None,
    passphrase_snapshot: Callable[[str], TodaySnapshot | None] | None = None,
) -> MainWindow:
    from wellbeing_desktop.ui.shell.desktop_prefs import DesktopPreferences
    from wellbeing_desktop.ui.shell.main_window import MainWindow

    preferences = DesktopPreferences(settings)
    window = MainWindow(
        session,
        tasks,
        settings,
        lambda: _build_shell(session, tasks, preferences),
        read_snapshot,
        passphrase_snapshot,
    )

    def add_tray() -> None:
        from wellbeing_desktop.ui.shell.tray import TrayIntegration

        TrayIntegration(window, preferences)  # tray icon, daily reminder, close to tray

    def start_lock_watchers() -> None:
        from PySide6.QtCore import QTimer

        # On the next turn of the event loop, before the window gets the services ready.
        QTimer.singleShot(0, window, window.start_lock_watchers)

    # Once the window shows: neither the tray nor the reminder is needed for its first paint.
    window.first_painted.connect(add_tray)
    window.first_painted.connect(start_lock_watchers)
    return window


def _build_shell(
    session: JournalSession, tasks: TaskRunner, preferences: DesktopPreferences | None = None
) -> Shell:
    """The sidebar and its pages; each view is built on its first show."""
    from wellbeing_desktop.ui.shell.app_shell import Page, Shell

    built: list[Shell] = []  # the shell, once made: the Journal and Trends pages lead to others

    def shell() -> Shell:
        return built[0]

    shell_made = Shell(
        session,
        {
            Page.TODAY: lambda: _today_page(session, tasks),
            Page.JOURNAL: lambda: _journal_page(session, tasks, shell),
            Page.TRENDS: lambda: _trends_page(session, tasks, shell),
            Page.SPARRING: lambda: _sparring_page(session, tasks),
            Page.ONE_ON_ONE: lambda: _one_on_one_page(session, tasks),
            Page.LEADER_GROUP: lambda: _leader_group_page(session, tasks),
            Page.SETTINGS: lambda: _settings_page(session, tasks, preferences),
        },
    )
    built.append(shell_made)
    return shell_made


def _today_page(session: JournalSession, tasks: TaskRunner) -> QWidget:
    from wellbeing_desktop.ui.today.today_view import TodayView

    return TodayView(session, tasks)


def _journal_page(
    session: JournalSession, tasks: TaskRunner, shell: Callable[[], Shell]
) -> QWidget:
    from wellbeing_desktop.ui.journal.journal_view import JournalView
    from wellbeing_desktop.ui.shell.app_shell import Page
    from wellbeing_desktop.ui.today.today_view import TodayView

    view = JournalView(session, tasks)

    def open_day(day: date) -> None:
        today_view = shell().views[Page.TODAY]
        assert isinstance(today_view, TodayView)
        today_view.show_day(day)
        shell().show_page(Page.TODAY)

    view.open_day.connect(open_day)
    return view


def _trends_page(session: JournalSession, tasks: TaskRunner, shell: Callable[[], Shell]) -> QWidget:
    from wellbeing_desktop.ui.shell.app_shell import Page
    from wellbeing_desktop.ui.trends.trends_view import TrendsView

    view = TrendsView(session, tasks)

    def open_period(start: date, end: date) -> None:
        # Imported on the first click, not in Trends' first show (10-25 ms of it).
        from wellbeing_desktop.ui.journal.journal_view import JournalView

        journal_view = shell().views[Page.JOURNAL]
        assert isinstance(journal_view, JournalView)
        journal_view.show_period(start, end)
        shell().show_page(Page.JOURNAL)

    view.open_period.connect(open_period)
    return view


def _sparring_page(session: JournalSession, tasks: TaskRunner) -> QWidget:
    from wellbeing_desktop.ui.sparring.sparring_view import SparringView

    return SparringView(session, tasks)


def _one_on_one_page(session: JournalSession, tasks: TaskRunner) -> QWidget:
    from wellbeing_desktop.ui.one_on_one.one_on_one_view import OneOnOneView

    return OneOnOneView(session, tasks)


def _leader_group_page(session: JournalSession, tasks: TaskRunner) -> QWidget:
    from wellbeing_desktop.ui.leader_group.leader_group_view import LeaderGroupView

    return LeaderGroupView(session, tasks)


def _settings_page(
    session: JournalSession, tasks: TaskRunner, preferences: DesktopPreferences | None
) -> QWidget:
    from wellbeing_desktop.ui.settings.settings_view import SettingsView

    return SettingsView(session, tasks, preferences=preferences)


def _qt_arguments() -> list[str]:
    """The QApplication's arguments: the program's, with Fusion as the style."""
    return [*sys.argv[:1], "-style", "Fusion", *sys.argv[1:]]


def run_gui(data_dir: str | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    pyside_imports.install()  # before the app's other imports

    from wellbeing_desktop.ui.common.style import apply_style, finish_first_window_style
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.common.translation import QtTranslations
    from wellbeing_desktop.ui.shell.app_icon import app_icon
    from wellbeing_desktop.ui.shell.single_instance import SingleInstance, bring_to_front

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, made_here = existing, False
    else:
        # Fusion from the start (asking an app afterwards which style it has costs more).
        app, made_here = QApplication(_qt_arguments()), True
    app.setApplicationName("wellbeing-desktop")
    app.setApplicationDisplayName("Leader Pulse")
    app.setOrganizationName("wellbeing-desktop")
    # The window/taskbar icon, and the .desktop file's name (packaging/linux/) so that
    # desktops match the running window to its launcher.
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
    paths = JournalPaths.resolve(data_dir)
    # One GUI per journal: a second start brings the first window forward and exits.
    instance = SingleInstance(paths.lock_file)
    if not instance.claim(listen=False):
        return instance.hand_over()
    apply_style(app, first_window=made_here)
    tasks = TaskRunner()
    settings = QSettings()
    # Qt's own words (standard buttons, text-field menus) and formats follow the app
    # (from the first paint on: the unlock window uses only the app's own words).
    qt_words = QtTranslations(app)
    window = build_start_window(paths, tasks, settings)
    window.session.language_changed.connect(qt_words.apply)

    def after_first_paint() -> None:
        from wellbeing_desktop.logs import setup_logging

        finish_first_window_style(app)
        qt_words.apply(window.session.language)  # the window's own words need none of it
        setup_logging()  # events only, never content (logs.py)
        logging.getLogger(__name__).info("app started")
        instance.listen()  # later starts now find this one

    window.first_painted.connect(after_first_paint)
    instance.activation_requested.connect(lambda: bring_to_front(window))
    window.show()
    window.try_keyring_unlock()
    code = app.exec()
    tasks.wait()
    instance.release()
    return int(code)
