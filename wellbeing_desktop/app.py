"""The composition root: the one place that builds and wires the app's objects."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from wellbeing_desktop.ui.main_window import MainWindow
    from wellbeing_desktop.ui.tasks import TaskRunner


def build_main_window(access: JournalAccess, tasks: TaskRunner, settings: QSettings) -> MainWindow:
    """Build the session, every view and the window around them."""
    from wellbeing_desktop.ui.main_window import LANGUAGE_KEY, MainWindow
    from wellbeing_desktop.ui.session import JournalSession
    from wellbeing_desktop.ui.shell import PAGE_NAMES, Page, PlaceholderView, Shell

    try:
        language = Language(str(settings.value(LANGUAGE_KEY, Language.DANISH.value)))
    except ValueError:
        language = Language.DANISH
    session = JournalSession(access, language)
    views = {page: PlaceholderView(PAGE_NAMES[page], session) for page in Page}
    shell = Shell(session, views)
    return MainWindow(session, tasks, shell, settings)


def run_gui(data_dir: str | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.ui.style import apply_style
    from wellbeing_desktop.ui.tasks import TaskRunner

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("wellbeing-desktop")
    app.setApplicationDisplayName("Leader Pulse")
    app.setOrganizationName("wellbeing-desktop")
    apply_style(app)
    tasks = TaskRunner()
    window = build_main_window(JournalAccess(JournalPaths.resolve(data_dir)), tasks, QSettings())
    window.show()
    window.try_keyring_unlock()
    code = app.exec()
    tasks.wait()
    return int(code)
