"""Qt's own words speak Danish with the app: file dialogs, standard buttons (issue #15).

The Danish catalogue is PySide6's own ``qtbase_da.qm`` (shipped in PySide6-Essentials),
loaded when the app speaks Danish and removed for English; the bundle keeps it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.common.translation import QtTranslations

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

SPEC = Path(__file__).resolve().parents[2] / "packaging" / "leader-pulse.spec"


def _labels(dialog: QFileDialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel)}


def test_the_file_dialog_and_message_boxes_speak_the_app_s_language(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    words = QtTranslations(app)
    try:
        words.apply(Language.DANISH)
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert {"Kig &i:", "Filer af &type:", "&Filnavn:"} <= _labels(dialog)
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.No)
        qtbot.addWidget(box)
        assert [button.text() for button in box.buttons()] == ["&Nej"]

        words.apply(Language.ENGLISH)
        english = QFileDialog()
        english.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(english)
        assert {"&Look in:", "Files of &type:", "File &name:"} <= _labels(english)
    finally:
        words.apply(Language.ENGLISH)
        QLocale.setDefault(before)


def test_pyside6_ships_the_danish_catalogue_and_the_bundle_keeps_it() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_da.qm").is_file()
    kept = re.search(r"KEEP_QT_TRANSLATIONS = \{([^}]*)\}", SPEC.read_text(encoding="utf-8"))
    assert kept is not None
    assert '"qtbase_da.qm"' in kept.group(1)
