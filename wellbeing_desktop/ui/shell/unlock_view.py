"""Unlocking: the passphrase, or (when forgotten) the recovery key and a new passphrase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import tr, translatable
from wellbeing_desktop.ui.common.widgets import (
    Card,
    at_edge,
    centered_column,
    muted,
    page_title,
    warning_style,
)

if TYPE_CHECKING:
    # The first window the app paints: the services (and cryptography) are imported
    # later, while the user types (see MainWindow), not before this view shows.
    from collections.abc import Callable

    from wellbeing_desktop.domain.language import Language
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.today_snapshot import TodaySnapshot
    from wellbeing_desktop.ui.shell.lock_reason import LockNote
    from wellbeing_desktop.ui.shell.session import JournalSession

UNLOCK_INTRO = translatable("unlock_view", "Enter your passphrase to open your journal.")
UNLOCK = translatable("unlock_view", "Unlock")
UNLOCKING = translatable("unlock_view", "Unlocking…")
FORGOT = translatable("unlock_view", "Forgot your passphrase?")
RECOVER_TITLE = translatable("unlock_view", "Use your recovery key")
RECOVER_INTRO = translatable(
    "unlock_view",
    "Type the recovery key you were given when you created the "
    "journal, and choose a new passphrase. The key keeps working "
    "afterwards.",
)
RECOVERY_KEY = translatable("unlock_view", "Recovery key")
NEW_PASSPHRASE = translatable("unlock_view", "New passphrase")
SET_AND_OPEN = translatable("unlock_view", "Set new passphrase and open")
BACK = translatable("unlock_view", "Back")
WRONG_RECOVERY = translatable(
    "unlock_view", "That recovery key does not fit. Check it and try again."
)


class _Cards(QWidget):
    """The unlock and the recovery card, one shown at a time, as tall as the shown one.

    Not a ``QStackedWidget``: its layout takes the tallest card's height for its width
    (the recovery card's, with its long wrapped intro), and the short unlock card was
    stretched to it, an empty gap opening between its lines.
    """

    def __init__(self) -> None:
        super().__init__()
        self._cards: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current = 0

    def addWidget(self, card: QWidget) -> None:
        self._cards.append(card)
        self._layout.addWidget(card)
        card.setVisible(len(self._cards) - 1 == self._current)

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget:
        return self._cards[self._current]

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for number, card in enumerate(self._cards):
            card.setVisible(number == index)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


@dataclass(frozen=True, slots=True)
class QuickUnlock:
    """The passphrase unlock through Today's snapshot (set by the window; see ``_unlock``).

    ``read(passphrase)`` runs in a worker: the snapshot (None: the ordinary open), or
    ``WrongPassphraseError``; ``show(snapshot, passphrase)`` shows it and opens the journal.
    """

    read: Callable[[str], TodaySnapshot | None]
    show: Callable[[TodaySnapshot, str], None]


class UnlockView(QWidget):
    """The unlock window: passphrase, keyring, recovery key.

    Signals:
    unlocked(Journal): the journal is open.
    """

    unlocked = Signal(object)

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._session = session
        self._tasks = tasks
        # The unlock that paints Today before the services (``snapshot_start``): ``read``
        # (in a worker) derives the key and reads Today's snapshot, ``show`` takes it.
        self.quick: QuickUnlock | None = None

        # -- unlock with the passphrase
        self.title = page_title()
        # Why the journal locked, and whether all that was typed is saved (after a lock).
        self.lock_note = muted()
        self.lock_note.setObjectName("lockNote")
        self.lock_note.hide()
        self._lock_note: LockNote | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.passphrase = _password_field()
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.hide()  # shown while it has something to say
        self.submit = QPushButton()
        self.submit.setObjectName("primary")
        self.submit.setDefault(True)
        self.forgot = QPushButton()
        self.forgot.setFlat(True)
        unlock_card = Card()
        unlock_card.body.addWidget(self.title)
        unlock_card.body.addWidget(self.lock_note)
        unlock_card.body.addWidget(self.intro)
        unlock_card.body.addWidget(self.passphrase)
        unlock_card.body.addWidget(self.message)
        unlock_card.body.addLayout(at_edge(self.submit, right=True))
        unlock_card.body.addLayout(at_edge(self.forgot, right=False))

        recover_card = self._recovery_card()

        self.cards = _Cards()
        self.cards.addWidget(unlock_card)
        self.cards.addWidget(recover_card)
        self.cards.setFixedWidth(560)
        centered_column(self, self.cards)

        self.submit.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.forgot.clicked.connect(lambda: self._show_recovery(True))
        self.back.clicked.connect(lambda: self._show_recovery(False))
        self.recover_submit.clicked.connect(self._recover)
        self.new_repeat.returnPressed.connect(self._recover)
        self.new_passphrase.textChanged.connect(self._update_strength)
        session.opened.connect(lambda: self.show_lock_note(None))
        session.language_changed.connect(self.retranslate)
        self.retranslate(session.language)

    def _recovery_card(self) -> Card:
        """Forgot: the recovery key and a new passphrase, twice."""
        self.recover_title = page_title()
        self.recover_intro = muted()
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = _password_field()
        self.new_repeat = _password_field()
        self.strength = muted()
        self.strength.hide()  # these two show while they have something to say
        self.recover_message = QLabel()
        self.recover_message.setWordWrap(True)
        self.recover_message.hide()
        self.recover_submit = QPushButton()
        self.recover_submit.setObjectName("primary")
        self.back = QPushButton()
        self.back.setFlat(True)
        self.recover_form = QFormLayout()
        for field in (self.recovery_key, self.new_passphrase, self.new_repeat):
            self.recover_form.addRow(QLabel(), field)
        recover_card = Card()
        recover_card.body.addWidget(self.recover_title)
        recover_card.body.addWidget(self.recover_intro)
        recover_card.body.addLayout(self.recover_form)
        recover_card.body.addWidget(self.strength)
        recover_card.body.addWidget(self.recover_message)
        recover_card.body.addLayout(at_edge(self.recover_submit, right=True))
        recover_card.body.addLayout(at_edge(self.back, right=False))
        return recover_card

    def retranslate(self, language: Language) -> None:
        self.title.setText(tr(strings.APP_NAME, language))
        self.intro.setText(tr(UNLOCK_INTRO, language))
        self.passphrase.setPlaceholderText(tr(strings.PASSPHRASE, language))
        self.passphrase.setAccessibleName(tr(strings.PASSPHRASE, language))
        self.submit.setText(tr(UNLOCK, language))
        self.forgot.setText(tr(FORGOT, language))
        self.recover_title.setText(tr(RECOVER_TITLE, language))
        self.recover_intro.setText(tr(RECOVER_INTRO, language))
        for field, words in (
            (self.recovery_key, RECOVERY_KEY),
            (self.new_passphrase, NEW_PASSPHRASE),
            (self.new_repeat, strings.PASSPHRASE_AGAIN),
        ):
            label = self.recover_form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(tr(words, language))
            field.setAccessibleName(tr(words, language))
        self.recover_submit.setText(tr(SET_AND_OPEN, language))
        self.back.setText(tr(BACK, language))
        self._show_note_words(language)

    def show_lock_note(self, note: LockNote | None) -> None:
        """Say why the journal locked and whether all typed was saved (None: say nothing).

        Kept until the journal opens again, in the language of the moment.
        """
        self._lock_note = note
        self._show_note_words(self._session.language)

    def _show_note_words(self, language: Language) -> None:
        note = self._lock_note
        if note is None:
            self.lock_note.clear()
            self.lock_note.hide()
            self.passphrase.setAccessibleDescription("")
            return
        text = " ".join(filter(None, (note.why(language), note.saved(language))))
        self.lock_note.setText(text)
        self.passphrase.setAccessibleDescription(text)  # read with the field focus lands on
        # Calm amber when not everything was saved: the user must not take it for granted.
        self.lock_note.setStyleSheet("" if note.all_saved else warning_style())
        self.lock_note.show()

    def _say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def reset(self) -> None:
        """Empty fields and messages (the lock note stays until the journal opens)."""
        for field in (self.passphrase, self.recovery_key, self.new_passphrase, self.new_repeat):
            field.clear()
        self._say(self.message, "")
        self._say(self.recover_message, "")
        self.setEnabled(True)
        self._show_recovery(False)

    def _show_recovery(self, recovering: bool) -> None:
        self.cards.setCurrentIndex(1 if recovering else 0)
        (self.recovery_key if recovering else self.passphrase).setFocus()

    def _update_strength(self) -> None:
        self._say(
            self.strength,
            strings.passphrase_strength(self.new_passphrase.text(), self._session.language),
        )

    def _unlock(self) -> None:
        passphrase = self.passphrase.text()
        self.setEnabled(False)
        self._say(self.message, tr(UNLOCKING, self._session.language))
        quick = self.quick
        if quick is None or self._session.is_open or self._session.is_opening:
            self._unlock_as_usual(passphrase)
            return
        # The key and Today's snapshot without the services (imported meanwhile).
        self._tasks.run(
            lambda: quick.read(passphrase),
            lambda snapshot: self._quick_read(snapshot, passphrase),
            self._failed,  # a wrong passphrase (counted and waited for as usual)
        )

    def _quick_read(self, snapshot: TodaySnapshot | None, passphrase: str) -> None:
        if snapshot is None or self.quick is None or self._session.is_open:
            self._unlock_as_usual(passphrase)  # anything unusual: the ordinary open words it
            return
        self.reset()  # the passphrase leaves the field; the view waits for the open
        self.setEnabled(False)
        self._say(self.message, tr(UNLOCKING, self._session.language))
        self.quick.show(snapshot, passphrase)

    def _unlock_as_usual(self, passphrase: str) -> None:
        session = self._session  # its access is made in the worker if not yet made
        self._tasks.run(
            lambda: session.access.open_with_passphrase(passphrase), self._opened, self._failed
        )

    def _recover(self) -> None:
        language = self._session.language
        if self.new_passphrase.text() != self.new_repeat.text():
            self._say(self.recover_message, tr(strings.PASSPHRASES_DIFFER, language))
            return
        code, new = self.recovery_key.text(), self.new_passphrase.text()
        session = self._session

        def recover() -> Journal:
            access = session.access
            access.reset_passphrase(code, new)
            return access.open_with_passphrase(new)

        self.setEnabled(False)
        self._say(self.recover_message, tr(UNLOCKING, language))
        self._tasks.run(recover, self._opened, self._recover_failed)

    def _opened(self, journal: Journal) -> None:
        self.reset()
        self.unlocked.emit(journal)

    def _failed(self, exc: Exception) -> None:
        from wellbeing_desktop.services.key_errors import WrongPassphraseError

        self.setEnabled(True)
        if isinstance(exc, WrongPassphraseError):
            self._say(self.message, tr(strings.WRONG_PASSPHRASE, self._session.language))
        else:
            self._say(self.message, user_message(exc, self._session.language))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _recover_failed(self, exc: Exception) -> None:
        from wellbeing_desktop.services.key_errors import WrongRecoveryKeyError

        self.setEnabled(True)
        if isinstance(exc, WrongRecoveryKeyError):
            self._say(self.recover_message, tr(WRONG_RECOVERY, self._session.language))
        else:
            self._say(self.recover_message, user_message(exc, self._session.language))
        self.recovery_key.setFocus()
