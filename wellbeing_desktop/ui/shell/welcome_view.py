"""First run: what the app is, a passphrase, a language, and whether to remember it."""

from __future__ import annotations

import contextlib
import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import tr, translatable
from wellbeing_desktop.ui.common.widgets import Card, centered_column, muted, page_title

if TYPE_CHECKING:
    # The first-run window paints before the services are imported (see MainWindow).
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.shell.session import JournalSession

WELCOME = translatable("welcome_view", "Welcome to Leader Pulse")
INTRO = translatable(
    "welcome_view",
    "Leader Pulse is your private journal as a leader: in a couple "
    "of minutes at the end of the day you note how your time split "
    "between operations and leadership, where you are on the stress "
    "staircase, and what is on your mind. Over weeks and months you "
    "see your own pattern and prepare your 1:1s. Everything stays "
    "encrypted on this computer – no one else can read it.",
)
LANGUAGE = translatable("welcome_view", "Language")
CHOOSE = translatable(
    "welcome_view",
    "Choose a passphrase – ideally a phrase of several words you can remember.",
)
REMEMBER = translatable(
    "welcome_view", "Remember the passphrase on this computer (the system keyring)"
)
CREATE = translatable("welcome_view", "Create journal")
CREATING = translatable("welcome_view", "Creating your encrypted journal…")


class WelcomeView(QWidget):
    """The first run: make a journal and show its recovery code.

    Signals:
    created(Journal, str): the new, open journal and its recovery code.
    """

    created = Signal(object, str)

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._session = session
        self._tasks = tasks
        # Whether the keyring can remember the key needs the services: with a deferred
        # session they are imported after the first paint, and ``keyring_checked`` then
        # gives the answer ("remember" waits, greyed out, until it does).
        self._keyring_reason: str | None = None
        self._keyring_known = session.has_access
        if self._keyring_known:
            self._keyring_reason = session.access.keyring_unavailable_reason()

        self.title = page_title()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.danish = QRadioButton("Dansk")
        self.english = QRadioButton("English")
        languages = QButtonGroup(self)
        languages.addButton(self.danish)
        languages.addButton(self.english)
        (self.danish if session.language is Language.DANISH else self.english).setChecked(True)
        self.language_label = QLabel()
        self.choose = QLabel()
        self.choose.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = muted()
        self.remember = QCheckBox()
        self.remember_reason = muted()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setObjectName("primary")
        self.create_button.setDefault(True)

        centered_column(self, self._card(session.language))

        if self._keyring_reason or not self._keyring_known:
            self.remember.setEnabled(False)
        self.danish.toggled.connect(self._language_chosen)
        self.passphrase.textChanged.connect(self._update_strength)
        self.repeat.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        session.language_changed.connect(self.retranslate)
        self.retranslate(session.language)

    def _card(self, language: Language) -> Card:
        """The one card: title, intro, language, the passphrase twice, remember, create."""
        card = Card()
        card.body.addWidget(self.title)
        card.body.addWidget(self.intro)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.danish)
        language_row.addWidget(self.english)
        language_row.addStretch(1)
        card.body.addLayout(language_row)
        card.body.addWidget(self.choose)
        self.form = QFormLayout()
        self.form.addRow(tr(strings.PASSPHRASE, language), self.passphrase)
        self.form.addRow(tr(strings.PASSPHRASE_AGAIN, language), self.repeat)
        card.body.addLayout(self.form)
        card.body.addWidget(self.strength)
        card.body.addWidget(self.remember)
        card.body.addWidget(self.remember_reason)
        card.body.addWidget(self.message)
        card.body.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        card.setFixedWidth(640)
        return card

    def keyring_checked(self, reason: str | None) -> None:
        """The keyring's state, found after the first paint (None: it can remember)."""
        self._keyring_known, self._keyring_reason = True, reason
        self.remember.setEnabled(not reason)
        self.retranslate(self._session.language)

    def _language_chosen(self) -> None:
        language = Language.DANISH if self.danish.isChecked() else Language.ENGLISH
        self._session.set_language(language)

    def retranslate(self, language: Language) -> None:
        self.title.setText(tr(WELCOME, language))
        self.intro.setText(tr(INTRO, language))
        self.language_label.setText(tr(LANGUAGE, language) + ":")
        self.choose.setText(tr(CHOOSE, language))
        for field, words in (
            (self.passphrase, strings.PASSPHRASE),
            (self.repeat, strings.PASSPHRASE_AGAIN),
        ):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(tr(words, language))
            field.setAccessibleName(tr(words, language))
        self.remember.setText(tr(REMEMBER, language))
        self.remember_reason.setText(strings.keyring_unavailable(self._keyring_reason, language))
        self.remember_reason.setVisible(bool(self._keyring_reason))
        self.create_button.setText(tr(CREATE, language))
        self._update_strength()

    def _update_strength(self) -> None:
        self.strength.setText(
            strings.passphrase_strength(self.passphrase.text(), self._session.language)
        )

    def _create(self) -> None:
        language = self._session.language
        passphrase = self.passphrase.text()
        if passphrase != self.repeat.text():
            self.message.setText(tr(strings.PASSPHRASES_DIFFER, language))
            return
        remember = self.remember.isChecked() and self.remember.isEnabled()
        access = self._session.access

        def create() -> tuple[Journal, str]:
            journal, code = access.create(passphrase)
            journal.save_settings(dataclasses.replace(journal.settings(), language=language))
            if remember:
                # The journal exists and works; remembering can be retried in Settings.
                with contextlib.suppress(WellbeingError):
                    access.remember(journal)
            return journal, code

        self.setEnabled(False)
        self.message.setText(tr(CREATING, language))
        self._tasks.run(create, self._created, self._failed)

    def _created(self, result: tuple[Journal, str]) -> None:
        journal, code = result
        self.passphrase.clear()
        self.repeat.clear()
        self.message.clear()
        self.setEnabled(True)
        self.created.emit(journal, code)

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.message.setText(user_message(exc, self._session.language))
        self.passphrase.setFocus()
