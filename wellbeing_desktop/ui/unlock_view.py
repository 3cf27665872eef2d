"""The first screen: create a journal, or unlock the existing one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.journal import Journal
from wellbeing_desktop.ui.tasks import TaskRunner, user_message


class UnlockView(QWidget):
    """Asks for the passphrase (twice when creating) and opens the journal off the GUI thread.

    Signals:
        opened(Journal, str): the journal is open; the str is the recovery code when the
            journal was just created, else empty.
    """

    opened = Signal(object, str)

    def __init__(self, access: JournalAccess, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._access = access
        self._tasks = tasks
        self._creating = not access.exists()

        self.title = QLabel()
        self.title.setObjectName("unlockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName("Passphrase again")
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.submit = QPushButton()
        self.submit.setDefault(True)

        form = self._form = QFormLayout()
        form.addRow("Passphrase", self.passphrase)
        form.addRow("Again", self.repeat)
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.intro)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.submit)
        box.addStretch(2)
        box.setContentsMargins(120, 40, 120, 40)

        self.submit.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        self._show_mode()

    def _show_mode(self) -> None:
        self._form.setRowVisible(self.repeat, self._creating)
        if self._creating:
            self.title.setText("Welcome to Leader Pulse")
            self.intro.setText(
                "Choose a passphrase for your new journal. Everything you write stays "
                "encrypted on this computer."
            )
            self.submit.setText("Create journal")
        else:
            self.title.setText("Leader Pulse")
            self.intro.setText("Enter your passphrase to open your journal.")
            self.submit.setText("Unlock")

    def reset(self) -> None:
        self._creating = not self._access.exists()
        self.passphrase.clear()
        self.repeat.clear()
        self.message.clear()
        self.setEnabled(True)
        self._show_mode()
        self.passphrase.setFocus()

    def _submit(self) -> None:
        passphrase = self.passphrase.text()
        if self._creating and passphrase != self.repeat.text():
            self.message.setText("The two passphrases differ.")
            return
        self.setEnabled(False)
        self.message.setText("Creating…" if self._creating else "Unlocking…")
        if self._creating:
            self._tasks.run(lambda: self._access.create(passphrase), self._created, self._failed)
        else:
            self._tasks.run(
                lambda: self._access.open_with_passphrase(passphrase), self._unlocked, self._failed
            )

    def _created(self, result: tuple[Journal, str]) -> None:
        journal, code = result
        self.passphrase.clear()
        self.repeat.clear()
        self.message.clear()
        self.setEnabled(True)
        self.opened.emit(journal, code)

    def _unlocked(self, journal: Journal) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.setEnabled(True)
        self.opened.emit(journal, "")

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        text = user_message(exc)
        if text == "wrong passphrase":
            text = "Wrong passphrase. Try again."
        self.message.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
