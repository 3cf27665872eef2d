"""GUI fixtures: the real window over a real journal, offscreen, with settings in tmp."""

from __future__ import annotations

from typing import TYPE_CHECKING

import keyring
import keyring.backend
import pytest
from PySide6.QtCore import QSettings

from tests.conftest import PASSPHRASE, place_new_journal
from wellbeing_desktop.app import build_main_window
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.main_window import LANGUAGE_KEY, MainWindow
from wellbeing_desktop.ui.shell.tray import TrayIntegration

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """The window's QSettings, in a file of this test only (never the user's).

    Windows start in Danish whatever this machine's locale is; the first run's language
    from the locale has its own test (test_translations.py).
    """
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, Language.DANISH.value)
    return settings


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.wait(10000), "background tasks still running after the test"


@pytest.fixture
def make_window(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> Iterator[object]:
    """The app's main window, shown and painted.

    Builds the app's main window (as app.py does), shows it and waits for its first
    paint (after which the window adds its tray integration).
    """
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = build_main_window(access, tasks, ui_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.findChild(TrayIntegration) is not None, timeout=5000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.lock()


@pytest.fixture
def unlocked_window(
    make_window, access: JournalAccess, qtbot: QtBot, new_journal_template: Path
) -> MainWindow:
    """The main window with a new journal already unlocked through the unlock screen."""
    place_new_journal(new_journal_template, access.paths)
    window = make_window()
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    return window


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A working secret store kept in memory (stands in for the system keyring)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A working keyring in memory.

    A working keyring in memory (``pytestmark = pytest.mark.usefixtures("memory_keyring")``
    in a module): the user's own is never touched.
    """
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
