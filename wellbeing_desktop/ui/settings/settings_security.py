"""The Security card of Settings: auto-lock, passphrase, keyring, and backups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from wellbeing_desktop.domain import validation
from wellbeing_desktop.services import backups
from wellbeing_desktop.services.journal import KEEP_DAILY_BACKUPS, KEEP_WEEKLY_BACKUPS
from wellbeing_desktop.services.key_errors import KeyringUnavailableError
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.guarded_tasks import GuardedTasks
from wellbeing_desktop.ui.common.locale_format import date_time_text
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import Card, muted
from wellbeing_desktop.ui.settings import security_words as words
from wellbeing_desktop.ui.settings.settings_parts import (
    PathLabel,
    buttons,
    column,
    error_line,
    labelled_rows,
    show_line,
)
from wellbeing_desktop.ui.settings.settings_passphrase_dialog import (
    ChangePassphraseDialog,
    RotateKeyDialog,
)

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtWidgets import QVBoxLayout

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.shell.session import JournalSession


def backup_time(path: Path) -> datetime:
    """When a backup was made, as it records inside (not its name; see backups.backup_time)."""
    return backups.backup_time(path)


def format_when(moment: datetime, language: Language) -> str:
    """``26. nov. 2026 kl. 17:30`` or ``26 Nov 2026, 17:30``."""
    return date_time_text(moment, language)


class SecurityCard(Card):
    """The security card: passphrase, recovery key, keyring, auto-lock.

    Signals:
    auto_lock_changed(int): the user chose another number of minutes (0: off).
    """

    auto_lock_changed = Signal(int)

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self._session = session
        self._tasks = tasks
        self._guarded = GuardedTasks(tasks)  # dropped on load and clear: late results unseen
        self._keyring_reason: str | None = None
        self._remembered: bool | None = None
        self._latest: datetime | None = None
        self._backing_up = False
        self.dialog: ChangePassphraseDialog | None = None
        # Not closed when the journal closes: the rotation locks the journal itself.
        self.rotate_dialog: RotateKeyDialog | None = None

        auto_row = self._auto_lock_row()
        passphrase_box = self._passphrase_box()
        keyring_box = self._keyring_box()
        backup_box = self._backup_box()

        self.auto_lock_message = error_line()
        self.form, self.row_labels = labelled_rows(
            {
                "auto_lock": auto_row,
                "passphrase": passphrase_box,
                "keyring": keyring_box,
                "backups": backup_box,
            }
        )
        # A row label sits centred on a button-high first line: make the first lines that
        # high too, so label and line share a baseline.
        line = self.change_passphrase.sizeHint().height()
        for first in (self.keyring_status, self.latest_backup):
            first.setMinimumHeight(line)
            first.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(self.form)
        self.body.addWidget(self.auto_lock_message)

        self.auto_lock.valueChanged.connect(self.auto_lock_changed)
        self.change_passphrase.clicked.connect(self._open_passphrase_dialog)
        self.rotate_key.clicked.connect(self._open_rotate_dialog)
        self.remember.clicked.connect(self._remember)
        self.forget.clicked.connect(self._forget)
        self.backup_now.clicked.connect(self._backup)
        self.open_folder.clicked.connect(self._open_folder)
        self.clear()

    def _auto_lock_row(self) -> QHBoxLayout:
        """The minutes before the automatic lock, with a note."""
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(*validation.AUTO_LOCK_MINUTES)
        self.auto_lock.setKeyboardTracking(False)
        self.auto_lock.setFixedWidth(110)
        self.auto_lock_note = muted()
        auto_row = QHBoxLayout()
        auto_row.setSpacing(12)
        auto_row.addWidget(self.auto_lock)
        auto_row.addWidget(self.auto_lock_note, 1)
        return auto_row

    def _passphrase_box(self) -> QVBoxLayout:
        """Change the passphrase, or the key when the passphrase may be known."""
        self.change_passphrase = QPushButton()
        self.rotate_key = QPushButton()
        self.passphrase_status = muted()
        self.passphrase_status.hide()
        return column(buttons(self.change_passphrase, self.rotate_key), self.passphrase_status)

    def _keyring_box(self) -> QVBoxLayout:
        """Remember in the keyring: the state, the two buttons, a note, an error line."""
        self.keyring_status = QLabel()
        self.keyring_status.setWordWrap(True)
        self.remember = QPushButton()
        self.forget = QPushButton()
        self.keyring_note = muted()
        self.keyring_message = error_line()
        return column(
            self.keyring_status,
            buttons(self.remember, self.forget),
            self.keyring_note,
            self.keyring_message,
        )

    def _backup_box(self) -> QVBoxLayout:
        """Backups: the latest, the folder, the buttons, the state lines and a note."""
        self.latest_backup = QLabel()
        self.latest_backup.setWordWrap(True)
        self.folder_label = muted()
        self.folder_label.setWordWrap(False)
        self.backup_folder = PathLabel()
        self.open_folder = QPushButton()
        folder_row = QHBoxLayout()
        folder_row.setSpacing(6)
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.backup_folder, 1)
        self.backup_now = QPushButton()
        self.backup_note = muted()
        self.backup_status = muted()
        self.backup_status.hide()
        self.backup_message = error_line()
        return column(
            self.latest_backup,
            folder_row,
            buttons(self.backup_now, self.open_folder),
            self.backup_status,
            self.backup_message,
            self.backup_note,
        )

    # --- words -----------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(words.SECURITY, language))
        self.row_labels["auto_lock"].setText(tr(words.AUTO_LOCK, language))
        self.row_labels["passphrase"].setText(tr(words.PASSPHRASE, language))
        self.row_labels["keyring"].setText(tr(words.THIS_COMPUTER, language))
        self.row_labels["backups"].setText(tr(words.BACKUPS, language))
        self.auto_lock.setSuffix(tr(words.MINUTES_SUFFIX, language))
        self.auto_lock.setSpecialValueText(tr(words.NEVER, language))
        self.auto_lock.setAccessibleName(tr(words.AUTO_LOCK, language))
        self.auto_lock_note.setText(tr(words.AUTO_LOCK_NOTE, language))
        self.change_passphrase.setText(tr(words.CHANGE_PASSPHRASE, language))
        self.change_passphrase.setAccessibleName(tr(words.CHANGE_PASSPHRASE, language))
        self.rotate_key.setText(tr(words.ROTATE_KEY, language))
        self.rotate_key.setAccessibleName(tr(words.ROTATE_KEY, language))
        if self.passphrase_status.text():
            self.passphrase_status.setText(tr(words.PASSPHRASE_CHANGED, language))
        self.remember.setText(tr(words.REMEMBER, language))
        self.remember.setAccessibleName(tr(words.REMEMBER, language))
        self.forget.setText(tr(words.FORGET, language))
        self.forget.setAccessibleName(tr(words.FORGET, language))
        self.folder_label.setText(tr(words.FOLDER, language))
        self.open_folder.setText(tr(words.OPEN_FOLDER, language))
        self.open_folder.setAccessibleName(tr(words.OPEN_FOLDER, language))
        self.backup_now.setText(
            tr(words.BACKING_UP if self._backing_up else words.BACKUP_NOW, language)
        )
        self.backup_now.setAccessibleName(tr(words.BACKUP_NOW, language))
        self.backup_note.setText(
            tr(words.BACKUP_NOTE, language).format(
                days=KEEP_DAILY_BACKUPS, weeks=KEEP_WEEKLY_BACKUPS
            )
        )
        if self.backup_status.text():
            self.backup_status.setText(tr(words.BACKUP_MADE, language))
        if self.dialog is not None:
            self.dialog.retranslate(language)
        if self.rotate_dialog is not None:
            self.rotate_dialog.retranslate(language)
        self._show_keyring_state()
        self._show_latest()

    # --- life cycle ------------------------------------------------------------------

    def load(self, auto_lock_minutes: int) -> None:
        self._guarded.drop()
        self.set_auto_lock(auto_lock_minutes)
        self.backup_now.setEnabled(True)
        self._refresh_keyring()
        self._refresh_backups()
        self.retranslate(self._session.language)

    def set_auto_lock(self, minutes: int) -> None:
        self.auto_lock.blockSignals(True)
        self.auto_lock.setValue(minutes)
        self.auto_lock.blockSignals(False)

    def commit_pending(self) -> None:
        """A typed but not yet confirmed number of minutes is taken now."""
        self.auto_lock.interpretText()

    def clear(self) -> None:
        """Back to neutral: nothing of the closed journal stays on screen."""
        self._guarded.drop()
        if self.dialog is not None:
            self.dialog.close_now()
            self.dialog.deleteLater()
            self.dialog = None
        self.set_auto_lock(0)
        self._keyring_reason = None
        self._remembered = None
        self._latest = None
        self._backing_up = False
        self.backup_folder.set_path("")
        for label in (
            self.passphrase_status,
            self.backup_status,
            self.keyring_message,
            self.backup_message,
            self.auto_lock_message,
        ):
            show_line(label, "")
        self.remember.setEnabled(False)
        self.forget.setEnabled(False)
        self.open_folder.setEnabled(False)
        self.backup_now.setEnabled(False)
        self.retranslate(self._session.language)

    # --- passphrase ------------------------------------------------------------------

    def _open_passphrase_dialog(self) -> None:
        if not self._session.is_open:
            return
        if self.dialog is None:
            self.dialog = ChangePassphraseDialog(
                self._session.access, self._tasks, self._session.language, self.window()
            )
            self.dialog.changed.connect(self._passphrase_changed)
        show_line(self.passphrase_status, "")
        self.dialog.clear()
        self.dialog.open()
        self.dialog.current.setFocus()

    def _open_rotate_dialog(self) -> None:
        if not self._session.is_open:
            return
        if self.rotate_dialog is None:
            self.rotate_dialog = RotateKeyDialog(
                self._session.access,
                self._tasks,
                self._session.language,
                self._lock_journal,
                self.window(),
            )
            self.rotate_dialog.rotated.connect(self._key_rotated)
        self.rotate_dialog.clear()
        self.rotate_dialog.open()
        self.rotate_dialog.current.setFocus()

    def _lock_journal(self) -> None:
        """The rotation needs the journal closed: lock as the window does (unlock screen)."""
        window = self.window()
        lock = getattr(window, "lock", None)
        if callable(lock):
            lock()
        else:
            self._session.close()

    def _key_rotated(self, note: str) -> None:
        """Say what is left to say after a key rotation.

        The recovery key was shown before the swap (``RotateKeyDialog``); what is left
        to say is that the old key could not be removed from the keyring, if so.
        """
        if not note:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "", note, parent=self.window())
        self.keyring_notice = box  # reachable for tests
        box.open()

    def _passphrase_changed(self) -> None:
        show_line(self.passphrase_status, tr(words.PASSPHRASE_CHANGED, self._session.language))
        self.change_passphrase.setFocus()

    # --- keyring ---------------------------------------------------------------------

    def _refresh_keyring(self) -> None:
        access = self._session.access
        self._keyring_reason = access.keyring_unavailable_reason()
        self._remembered = None
        show_line(self.keyring_message, "")
        if self._keyring_reason:
            self._show_keyring_state()
            return
        self._show_keyring_state()
        self._guarded.run(access.is_remembered, self._remembered_is, self._keyring_failed)

    def _remembered_is(self, remembered: object) -> None:
        self._remembered = bool(remembered)
        self._show_keyring_state()

    def _show_keyring_state(self) -> None:
        language = self._session.language
        is_open = self._session.is_open
        if not is_open:
            self.keyring_status.show()
            self.keyring_status.setText(tr(words.NOT_REMEMBERED, language))
            self.keyring_note.setText(tr(words.REMEMBER_HINT, language))
            return
        self.keyring_status.setVisible(not self._keyring_reason)
        if self._keyring_reason:
            self.keyring_note.setText(strings.keyring_unavailable(self._keyring_reason, language))
            self.remember.setEnabled(False)
            self.forget.setEnabled(False)
            self.remember.setToolTip(strings.keyring_unavailable(self._keyring_reason, language))
            return
        self.remember.setToolTip("")
        if self._remembered is None:
            self.keyring_status.setText(tr(words.CHECKING, language))
        else:
            state = words.REMEMBERED if self._remembered else words.NOT_REMEMBERED
            self.keyring_status.setText(tr(state, language))
        self.keyring_note.setText(tr(words.REMEMBER_HINT, language))
        self.remember.setEnabled(self._remembered is False)
        self.forget.setEnabled(self._remembered is True)

    def _remember(self) -> None:
        if not self._session.is_open:
            return
        access, journal = self._session.access, self._session.journal
        self.remember.setEnabled(False)
        show_line(self.keyring_message, "")
        self._guarded.run(
            lambda: access.remember(journal),
            lambda _r: self._remembered_is(True),
            self._keyring_failed,
        )

    def _forget(self) -> None:
        if not self._session.is_open:
            return
        access = self._session.access
        self.forget.setEnabled(False)
        show_line(self.keyring_message, "")
        self._guarded.run(
            access.forget, lambda _r: self._remembered_is(False), self._keyring_failed
        )

    def _keyring_failed(self, exc: Exception) -> None:
        language = self._session.language
        if isinstance(exc, KeyringUnavailableError):
            text = strings.keyring_unavailable(str(exc), language)
        else:
            text = user_message(exc, language)
        show_line(self.keyring_message, text)
        self._refresh_after_failure()

    def _refresh_after_failure(self) -> None:
        access = self._session.access
        self._keyring_reason = access.keyring_unavailable_reason()
        if self._keyring_reason:
            self._show_keyring_state()
        else:
            self._guarded.run(access.is_remembered, self._remembered_is, lambda _exc: None)

    # --- backups ---------------------------------------------------------------------

    def _refresh_backups(self) -> None:
        if not self._session.is_open:
            return
        folder = self._session.journal.paths.backups
        self.backup_folder.set_path(str(folder))
        found = self._session.journal.backups()
        self._latest = backup_time(found[0]) if found else None
        self.open_folder.setEnabled(folder.is_dir())
        self._show_latest()

    def _show_latest(self) -> None:
        language = self._session.language
        if not self._session.is_open:
            self.latest_backup.setText("")
        elif self._latest is None:
            self.latest_backup.setText(tr(words.NO_BACKUP, language))
        else:
            when = format_when(self._latest, language)
            self.latest_backup.setText(tr(words.LATEST, language).format(when=when))

    def _backup(self) -> None:
        if not self._session.is_open:
            return
        journal = self._session.journal
        self._backing_up = True
        self.backup_now.setEnabled(False)
        self.backup_now.setText(tr(words.BACKING_UP, self._session.language))
        show_line(self.backup_status, "")
        show_line(self.backup_message, "")
        self._guarded.run(lambda: journal.backup("manual"), self._backed_up, self._backup_failed)

    def _backed_up(self, _folder: object) -> None:
        self._backup_finished()
        show_line(self.backup_status, tr(words.BACKUP_MADE, self._session.language))
        self._refresh_backups()

    def _backup_failed(self, exc: Exception) -> None:
        self._backup_finished()
        show_line(self.backup_message, user_message(exc, self._session.language))

    def _backup_finished(self) -> None:
        self._backing_up = False
        self.backup_now.setEnabled(True)
        self.backup_now.setText(tr(words.BACKUP_NOW, self._session.language))

    def _open_folder(self) -> None:
        folder = self.backup_folder.path()
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
