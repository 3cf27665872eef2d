"""Changing the passphrase: the current one, the new one twice, a plain strength hint."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.services.key_errors import WrongPassphraseError
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.common.widgets import muted

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.key_rotation import RotationResult

TITLE: Message = translatable("settings_passphrase_dialog", "Change passphrase")
EXPLAIN: Message = translatable(
    "settings_passphrase_dialog",
    "Type your current passphrase and choose a new one. Your "
    "recovery key keeps working, and a passphrase remembered on this "
    "computer keeps working too.",
)
CURRENT: Message = translatable("settings_passphrase_dialog", "Current passphrase")
NEW: Message = translatable("settings_passphrase_dialog", "New passphrase")
REPEAT: Message = translatable("settings_passphrase_dialog", "New passphrase again")
CHANGE: Message = translatable("settings_passphrase_dialog", "Change")
CANCEL: Message = translatable("settings_passphrase_dialog", "Cancel")
WORKING: Message = translatable("settings_passphrase_dialog", "Changing the passphrase…")
WRONG_CURRENT: Message = translatable(
    "settings_passphrase_dialog",
    "The current passphrase is wrong. Try again – nothing was changed.",
)
EMPTY_NEW: Message = translatable(
    "settings_passphrase_dialog", "The new passphrase cannot be empty."
)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


class ChangePassphraseDialog(QDialog):
    """Rewraps the journal's key under a new passphrase, off the GUI thread.

    Signals:
        changed(): the new passphrase is in place (the dialog then closes itself).
    """

    changed = Signal()

    def __init__(
        self,
        access: JournalAccess,
        tasks: TaskRunner,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._access = access
        self._tasks = tasks
        self._language = language
        self._busy = False
        self.setModal(True)

        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.current = _password_field()
        self.new = _password_field()
        self.repeat = _password_field()
        self.strength = muted()
        self.message = QLabel()
        self.message.setObjectName("savedIndicator")
        self.message.setProperty("state", "error")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.change_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setObjectName("primary")
        self.change_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole
        )

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[QLineEdit, QLabel] = {}
        for field in (self.current, self.new, self.repeat):
            label = QLabel()
            label.setBuddy(field)
            self.labels[field] = label
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.strength)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.new.textChanged.connect(self._update_strength)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate(language)

    def retranslate(self, language: Language) -> None:
        self._language = language
        self.setWindowTitle(tr(TITLE, language))
        self.explain.setText(tr(EXPLAIN, language))
        for field, words in ((self.current, CURRENT), (self.new, NEW), (self.repeat, REPEAT)):
            self.labels[field].setText(tr(words, language))
            field.setAccessibleName(tr(words, language))
        self.change_button.setText(tr(CHANGE, language))
        self.cancel_button.setText(tr(CANCEL, language))
        self._update_strength()

    def _update_strength(self) -> None:
        self.strength.setText(strings.passphrase_strength(self.new.text(), self._language))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.current, self.new, self.repeat, self.change_button):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def _show(self, text: str, focus: QLineEdit) -> None:
        self.message.setText(text)
        focus.setFocus()
        focus.selectAll()

    def _submit(self) -> None:
        if self._busy:
            return
        old, new = self.current.text(), self.new.text()
        if new != self.repeat.text():
            self._show(tr(strings.PASSPHRASES_DIFFER, self._language), self.repeat)
            return
        if not new.strip():
            self._show(tr(EMPTY_NEW, self._language), self.new)
            return
        self._set_busy(True)
        self._start(old, new)

    def _start(self, old: str, new: str) -> None:
        access = self._access
        self.message.setText(tr(WORKING, self._language))
        self._tasks.run(lambda: access.change_passphrase(old, new), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.clear()
        if self.isVisible():
            self.changed.emit()
            self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphraseError):
            self._show(tr(WRONG_CURRENT, self._language), self.current)
        elif isinstance(exc, ValidationError) and exc.field == "passphrase":
            self._show(tr(EMPTY_NEW, self._language), self.new)
        else:
            self._show(user_message(exc, self._language), self.current)

    def clear(self) -> None:
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.message.clear()
        self.strength.clear()

    def reject(self) -> None:
        # While the key is rewrapped the dialog stays: the result must reach the user.
        if not self._busy:
            self.clear()
            super().reject()

    def close_now(self) -> None:
        """Close at once and forget what was typed (the journal is locking)."""
        self.clear()
        QDialog.reject(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)


# --- "My passphrase may be known…": a new data key ------------------------------------------

ROTATE_TITLE: Message = translatable("settings_passphrase_dialog", "My passphrase may be known")
ROTATE_EXPLAIN: Message = translatable(
    "settings_passphrase_dialog",
    "If someone may know your passphrase: the journal and its backups get a new key "
    "and a new passphrase. Afterwards the old passphrase, the old recovery key and a "
    "key remembered on this computer no longer open them; you get a new recovery key. "
    "Copies someone already has (a backup on a USB stick) still open with the old "
    "ones. The journal locks while this runs.",
)
ROTATE: Message = translatable("settings_passphrase_dialog", "Encrypt with a new key")
ROTATING: Message = translatable(
    "settings_passphrase_dialog", "Encrypting the journal and its backups with a new key…"
)


SAME_PASSPHRASE: Message = translatable(
    "settings_passphrase_dialog", "The new passphrase must differ from the current one."
)
CANCEL_ROTATION: Message = translatable("settings_passphrase_dialog", "Cancel the new key")
OLD_KEY_IN_KEYRING: Message = translatable(
    "settings_passphrase_dialog",
    "The old key is still in this computer's keyring (it is locked); run "
    "`wellbeing-desktop forget --data-dir {path}` when it is unlocked.",
)


class _RotationCancelledError(Exception):
    """The user cancelled at the recovery key: nothing is swapped."""


class _KeyHandOver(QObject):
    """Hands the new recovery key from the rotation to the GUI.

    Hands the new recovery key from the rotation (off the GUI thread) to the GUI and
    waits until the user confirmed it stored (or cancelled): the swap comes after.
    """

    ready = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._answered = threading.Event()
        self._confirmed = False

    def deliver(self, code: str) -> None:  # on the rotation's thread
        self._answered.clear()
        self.ready.emit(code)  # queued to the GUI thread
        self._answered.wait()
        if not self._confirmed:
            raise _RotationCancelledError

    def answer(self, confirmed: bool) -> None:  # on the GUI thread
        self._confirmed = confirmed
        self._answered.set()


class RotateKeyDialog(ChangePassphraseDialog):
    """``passwd --rotate-key`` in the GUI: the current passphrase and a new one twice.

    ``before`` runs on the GUI thread just before the work starts (it locks the journal:
    the rotation needs it closed). The rotation runs off the GUI thread; the new recovery
    key is shown with the recovery-key dialog BEFORE the swap, and the swap waits until the
    user confirmed it stored (cancel there: nothing is changed).

    Signals:
        rotated(str): everything is in place; a note for the user ("" or that the old
            key is still in the keyring).
    """

    rotated = Signal(str)

    def __init__(
        self,
        access: JournalAccess,
        tasks: TaskRunner,
        language: Language,
        before: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        self._before = before
        super().__init__(access, tasks, language, parent)

    def retranslate(self, language: Language) -> None:
        super().retranslate(language)
        self.setWindowTitle(tr(ROTATE_TITLE, language))
        self.explain.setText(tr(ROTATE_EXPLAIN, language))
        self.change_button.setText(tr(ROTATE, language))

    def _start(self, old: str, new: str) -> None:
        if old == new:
            self._set_busy(False)
            self._show(tr(SAME_PASSPHRASE, self._language), self.new)
            return
        self._before()
        access = self._access
        hand_over = _KeyHandOver()
        hand_over.ready.connect(self._show_recovery_key)
        self._hand_over = hand_over
        deliver = hand_over.deliver

        def work() -> bool:
            rotation: RotationResult = access.rotate_data_key(old, new, deliver)
            return rotation.old_key_in_keyring

        self.message.setText(tr(ROTATING, self._language))
        self._tasks.run(work, self._rotated, self._rotation_failed)

    def _show_recovery_key(self, code: str) -> None:
        """Before the swap: the key must be seen and stored, or the rotation is cancelled."""
        from wellbeing_desktop.ui.shell.recovery_key_dialog import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(code, self._language, self)
        cancel = dialog.buttons.addButton(
            tr(CANCEL_ROTATION, self._language), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.clicked.connect(lambda: QDialog.reject(dialog))
        hand_over = self._hand_over
        dialog.finished.connect(
            lambda result: hand_over.answer(result == QDialog.DialogCode.Accepted)
        )
        self.recovery_dialog = dialog  # reachable for tests; the dialog is modal
        dialog.open()

    def _rotated(self, old_key_in_keyring: object) -> None:
        self._set_busy(False)
        self.clear()
        self.accept()
        note = ""
        if old_key_in_keyring:
            note = tr(OLD_KEY_IN_KEYRING, self._language).format(path=self._access.paths.root)
        self.rotated.emit(note)

    def _rotation_failed(self, exc: Exception) -> None:
        if isinstance(exc, _RotationCancelledError):
            self._set_busy(False)
            self.clear()
            self.reject()
            return
        self._failed(exc)

    def close_now(self) -> None:
        hand_over = getattr(self, "_hand_over", None)
        if hand_over is not None:
            hand_over.answer(False)
        super().close_now()
