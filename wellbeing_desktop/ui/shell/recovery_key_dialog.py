"""Shows the recovery key once, with Print and Save, until the user says it is stored."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.files import write_private_file_atomic
from wellbeing_desktop.ui.common.translation import tr, translatable

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language

TITLE = translatable("recovery_key_dialog", "Your recovery key")
EXPLAIN = translatable(
    "recovery_key_dialog",
    "The recovery key opens your journal if you forget your "
    "passphrase. It is shown only this once. Print it or save it "
    "somewhere safe – not only on this computer.",
)
PRINT = translatable("recovery_key_dialog", "Print…")
SAVE = translatable("recovery_key_dialog", "Save to file…")
STORED = translatable("recovery_key_dialog", "I have stored my recovery key")
CONTINUE = translatable("recovery_key_dialog", "Continue")
SAVED_TO = translatable("recovery_key_dialog", "Saved to {path}")


class RecoveryKeyDialog(QDialog):
    def __init__(self, code: str, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = code
        self._language = language
        self.setWindowTitle(tr(TITLE, language))
        self.setModal(True)

        explain = QLabel(tr(EXPLAIN, language))
        explain.setWordWrap(True)
        self.code_label = QLabel(code)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(explain.font().pointSizeF() * 1.5)  # follows the system font
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(tr(TITLE, language))
        self.print_button = QPushButton(tr(PRINT, language))
        self.save_button = QPushButton(tr(SAVE, language))
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.stored = QCheckBox(tr(STORED, language))
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton(
            tr(CONTINUE, language), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setObjectName("primary")
        self.continue_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(explain)
        layout.addWidget(self.code_label)
        row = QDialogButtonBox()
        row.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        row.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(row)
        layout.addWidget(self.status)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)

        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)

    def reject(self) -> None:
        # Escape must not skip the one chance to store the key.
        if self.stored.isChecked():
            super().reject()

    def save_to(self, path: Path) -> None:
        text = f"Leader Pulse / Lederpuls\n{tr(TITLE, self._language)}:\n\n{self._code}\n"
        write_private_file_atomic(path, text.encode("utf-8"))
        self.status.setText(tr(SAVED_TO, self._language).format(path=path))

    def _save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, tr(SAVE, self._language), "lederpuls-gendannelsesnoegle.txt"
        )
        if name:
            try:
                self.save_to(Path(name))
            except (OSError, WellbeingError) as exc:
                self.status.setText(str(exc))

    def _print(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setPlainText(
                f"Leader Pulse / Lederpuls\n\n{tr(TITLE, self._language)}\n\n{self._code}\n\n"
                f"{tr(EXPLAIN, self._language)}"
            )
            document.print_(printer)
