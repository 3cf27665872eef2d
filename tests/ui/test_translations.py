"""Danish and English: no untranslated word, live switching, catalogues kept current."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.accessibility_support import settle
from tests.ui.language_walk import walk, wrong_language
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.ui.coach.coach_dialog import CoachSummaryDialog
from wellbeing_desktop.ui.common.translation import QtTranslations, tr, translatable
from wellbeing_desktop.ui.export_log.export_log_view import ExportLogDialog
from wellbeing_desktop.ui.leader_group.round_dialog import StartRoundDialog
from wellbeing_desktop.ui.one_on_one.one_on_one_form import MeetingDialog
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.main_window import LANGUAGE_KEY, MainWindow
from wellbeing_desktop.ui.shell.recovery_key_dialog import RecoveryKeyDialog
from wellbeing_desktop.ui.sparring.sparring_form import SparringTopicDialog
from wellbeing_desktop.ui.today.who5_dialog import Who5Dialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
RECOVERY_CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"


def _unlocked_with_demo(
    make_window: Callable[[], MainWindow],
    access: JournalAccess,
    ui_settings: QSettings,
    qtbot: QtBot,
    tasks: TaskRunner,
    language: Language,
) -> tuple[MainWindow, list[QWidget]]:
    """The window in ``language`` with a demo journal, every page visited.

    The window in ``language`` with a demo journal, every page visited, and the screens
    the user sees before unlocking (welcome, unlock) walked along the way.
    """
    ui_settings.setValue(LANGUAGE_KEY, language.value)
    window = make_window()
    settle(qtbot, tasks)
    seen_before_unlock = walk([window])
    journal, _code = access.create(PASSPHRASE)
    journal.import_content(generate_demo(days=90, seed=3, end=journal.today()))
    journal.close()
    window.show_entry()
    settle(qtbot, tasks)
    seen_before_unlock += walk([window])
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    for page in Page:
        window.shell.show_page(page)
        settle(qtbot, tasks)
    window.shell.show_page(Page.TODAY)
    assert wrong_language(seen_before_unlock, language) == []
    return window, _open_dialogs(window, tasks)


def _open_dialogs(window: MainWindow, tasks: TaskRunner) -> list[QWidget]:
    """Every dialog, open side by side (the app opens them one at a time)."""
    session = window.session
    dialogs: list[QDialog] = [
        Who5Dialog(session, window),
        CoachSummaryDialog(session, tasks, window),
        ExportLogDialog(session, window),
        MeetingDialog(session, None, default_name="", parent=window),
        SparringTopicDialog(session, None, window),
        StartRoundDialog(session, window),
    ]
    settings = window.shell.views[Page.SETTINGS]
    assert isinstance(settings, SettingsView)
    settings.security.change_passphrase.click()
    assert settings.security.dialog is not None
    dialogs.append(settings.security.dialog)
    for dialog in dialogs:
        dialog.show()
    return list(dialogs)


def _close(dialogs: list[QWidget]) -> None:
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()


def test_the_danish_ui_shows_no_english_message(
    make_window, access: JournalAccess, ui_settings: QSettings, qtbot: QtBot, tasks: TaskRunner
) -> None:
    window, dialogs = _unlocked_with_demo(
        make_window, access, ui_settings, qtbot, tasks, Language.DANISH
    )
    try:
        # Shown once, right after the journal is made, in the language of that moment.
        recovery = RecoveryKeyDialog(RECOVERY_CODE, window.session.language, window)
        dialogs.append(recovery)
        recovery.show()
        shown = walk([window, *dialogs])
        assert len(shown) > 300  # the walk really reached the views and dialogs
        assert wrong_language(shown, Language.DANISH) == []
        assert window.shell.views[Page.TODAY].isVisible()
    finally:
        _close(dialogs)


def test_switching_language_relabels_open_views_and_dialogs(
    make_window, access: JournalAccess, ui_settings: QSettings, qtbot: QtBot, tasks: TaskRunner
) -> None:
    window, dialogs = _unlocked_with_demo(
        make_window, access, ui_settings, qtbot, tasks, Language.DANISH
    )
    try:
        journal_page = tr(translatable("strings", "Journal"), Language.ENGLISH)
        window.session.set_language(Language.ENGLISH)
        settle(qtbot, tasks)
        english = walk([window, *dialogs])
        assert wrong_language(english, Language.ENGLISH) == []
        assert journal_page in {item.text for item in english}

        window.session.set_language(Language.DANISH)
        settle(qtbot, tasks)
        assert wrong_language(walk([window, *dialogs]), Language.DANISH) == []
        assert window.windowTitle() == "Lederpuls"
    finally:
        _close(dialogs)


def test_the_catalogues_match_the_code_and_are_compiled() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_a_danish_word_comes_from_the_compiled_catalogue() -> None:
    settings = translatable("strings", "Settings")
    assert tr(settings, Language.DANISH) == "Indstillinger"
    assert tr(settings, Language.ENGLISH) == "Settings"
    assert tr(translatable("strings", "no such text"), Language.DANISH) == "no such text"


FIRST_RUN = """
import sys
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from wellbeing_desktop.app import build_main_window
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.ui.common.tasks import TaskRunner

app = QApplication([])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = build_main_window(JournalAccess(JournalPaths.resolve(sys.argv[1])), TaskRunner(), settings)
print(window.session.language.value, window.windowTitle())
"""


def _first_run(tmp_path: Path, locale: str) -> str:
    env = {**os.environ, "LANG": locale, "LC_ALL": locale, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    result = subprocess.run(
        [sys.executable, "-c", FIRST_RUN, str(tmp_path / locale), str(tmp_path / f"{locale}.ini")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    return result.stdout.strip()


def test_the_first_run_follows_the_system_locale(tmp_path: Path) -> None:
    assert _first_run(tmp_path, "da_DK.UTF-8") == "da Lederpuls"
    assert _first_run(tmp_path, "en_US.UTF-8") == "en Leader Pulse"
    assert _first_run(tmp_path, "C.UTF-8") == "en Leader Pulse"


def test_qt_s_own_buttons_follow_the_language(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    words = QtTranslations(app)
    try:
        words.apply(Language.DANISH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert [b.text() for b in buttons.buttons()] == ["Annuller"]
        assert QLocale().toString(7.5, "f", 1) == "7,5"
        words.apply(Language.ENGLISH)
        english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(english)
        assert [b.text() for b in english.buttons()] == ["Cancel"]
    finally:
        words.apply(Language.ENGLISH)
        QLocale.setDefault(before)
