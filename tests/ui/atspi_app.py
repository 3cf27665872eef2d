"""The app's main window over a demo journal, for the AT-SPI test: run as its own process.

``python -m tests.ui.atspi_app FOLDER`` creates a half-year demo journal in FOLDER and
opens the main window on it (Danish). It shows one page after another (every Trends
chart built): ``page TODAY`` on stdout once a page has settled, the next on ``next`` on
stdin, and it ends after the last page or on anything else. ``test_accessibility_atspi``
reads each page as a screen reader does (AT-SPI over the accessibility bus).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.app import build_main_window
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.main_window import LANGUAGE_KEY
from wellbeing_desktop.ui.trends.trends_view import TrendsView

APP_NAME = "leaderpulse-atspi-test"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(folder: Path) -> int:
    app = QApplication([APP_NAME])
    app.setApplicationName(APP_NAME)
    access = JournalAccess(
        JournalPaths(folder / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal, _code = access.create(PASSPHRASE)
    demo = generate_demo(days=180, seed=7, end=journal.today())
    journal.import_content(
        dataclasses.replace(
            demo, settings=dataclasses.replace(demo.settings, language=Language.DANISH)
        )
    )
    journal.close()
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, Language.DANISH.value)
    tasks = TaskRunner()
    window = build_main_window(access, tasks, settings)
    window.resize(1120, 780)
    window.show()
    window.open_journal(access.open_with_passphrase(PASSPHRASE))
    pages = list(Page)

    def visit() -> None:
        """Show the next page; say so once it has settled (the test then reads it)."""
        page = pages.pop(0)
        window.shell.show_page(page)
        view = window.shell.views[page]
        if isinstance(view, TrendsView):
            QTimer.singleShot(300, lambda: view.charts)  # every chart, not only in sight
        QTimer.singleShot(800, lambda: say(f"page {page.name}"))

    def next_line() -> None:
        if sys.stdin.readline().strip() == "next" and pages:
            visit()
        else:
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(next_line)
    QTimer.singleShot(300, visit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
