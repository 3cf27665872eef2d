"""The composition root: the one place that builds and wires the app's objects."""

from __future__ import annotations

import logging
import sys
from datetime import date
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.logs import setup_logging
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from wellbeing_desktop.ui.main_window import MainWindow
    from wellbeing_desktop.ui.tasks import TaskRunner


def build_main_window(access: JournalAccess, tasks: TaskRunner, settings: QSettings) -> MainWindow:
    """Build the session, every view and the window around them."""
    from wellbeing_desktop.ui.journal_view import JournalView
    from wellbeing_desktop.ui.main_window import LANGUAGE_KEY, MainWindow
    from wellbeing_desktop.ui.one_on_one_view import OneOnOneView
    from wellbeing_desktop.ui.session import JournalSession
    from wellbeing_desktop.ui.settings_view import SettingsView
    from wellbeing_desktop.ui.shell import Page, Shell
    from wellbeing_desktop.ui.sparring_view import SparringView
    from wellbeing_desktop.ui.today.today_view import TodayView
    from wellbeing_desktop.ui.trends_view import TrendsView

    try:
        language = Language(str(settings.value(LANGUAGE_KEY, Language.DANISH.value)))
    except ValueError:
        language = Language.DANISH
    session = JournalSession(access, language)
    today = TodayView(session, tasks)
    journal_view = JournalView(session, tasks)
    trends = TrendsView(session, tasks)
    views = {
        Page.TODAY: today,
        Page.JOURNAL: journal_view,
        Page.TRENDS: trends,
        Page.SPARRING: SparringView(session, tasks),
        Page.ONE_ON_ONE: OneOnOneView(session, tasks),
        Page.SETTINGS: SettingsView(session, tasks),
    }
    shell = Shell(session, views)

    def open_day(day: date) -> None:
        today.show_day(day)
        shell.show_page(Page.TODAY)

    def open_period(start: date, end: date) -> None:
        journal_view.show_period(start, end)
        shell.show_page(Page.JOURNAL)

    journal_view.open_day.connect(open_day)
    trends.open_period.connect(open_period)
    return MainWindow(session, tasks, shell, settings)


def run_gui(data_dir: str | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.ui.single_instance import SingleInstance, bring_to_front
    from wellbeing_desktop.ui.style import apply_style
    from wellbeing_desktop.ui.tasks import TaskRunner

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("wellbeing-desktop")
    app.setApplicationDisplayName("Leader Pulse")
    app.setOrganizationName("wellbeing-desktop")
    paths = JournalPaths.resolve(data_dir)
    # One GUI per journal: a second start brings the first window forward and exits.
    instance = SingleInstance(paths.lock_file)
    if not instance.claim():
        return instance.hand_over()
    setup_logging()  # events only, never content (logs.py)
    logging.getLogger(__name__).info("app started")
    apply_style(app)
    tasks = TaskRunner()
    window = build_main_window(JournalAccess(paths), tasks, QSettings())
    instance.activation_requested.connect(lambda: bring_to_front(window))
    window.show()
    window.try_keyring_unlock()
    code = app.exec()
    tasks.wait()
    instance.release()
    return int(code)
