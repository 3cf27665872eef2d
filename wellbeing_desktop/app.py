"""The composition root: the one place that builds and wires the app's objects."""

from __future__ import annotations

import sys

from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.access import JournalAccess


def run_gui(data_dir: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.ui.main_window import MainWindow
    from wellbeing_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Leader Pulse")
    app.setOrganizationName("wellbeing-desktop")
    tasks = TaskRunner()
    window = MainWindow(JournalAccess(JournalPaths.resolve(data_dir)), tasks)
    window.show()
    code = app.exec()
    tasks.wait()
    return int(code)
