"""The small form that creates a 1:1 or changes its date and who it is with."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import Language, OneOnOne
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import (
    form_layout,
    muted,
    page_title,
    save_cancel_buttons,
    warning_style,
)
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.sparring.sparring_form import DateField

if TYPE_CHECKING:
    from datetime import date

SAVE_SHORTCUT = "Ctrl+Return"


class MeetingDialog(QDialog):
    """Creates a meeting (``meeting`` is None) or edits its date and name; saves it itself.

    On success it notifies ``Change.ONE_ON_ONE`` and accepts; ``saved`` holds the meeting.
    A refused save shows one calm line and keeps what was typed.
    """

    def __init__(
        self,
        session: JournalSession,
        meeting: OneOnOne | None = None,
        *,
        default_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("oneOnOneForm")
        self.setModal(True)
        self._session = session
        self._meeting = meeting
        self.saved: OneOnOne | None = None

        self.heading = page_title()
        self.hint = muted()
        self.with_whom = QLineEdit()
        self.with_whom.setMaxLength(validation.MAX_NAME)
        self.date = DateField()
        self.date.setMaximumWidth(220)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(warning_style())
        self.message.hide()
        self.with_whom_label = QLabel()
        self.date_label = QLabel()
        self.with_whom_label.setBuddy(self.with_whom)
        self.date_label.setBuddy(self.date)

        form = form_layout()
        form.addRow(self.with_whom_label, self.with_whom)
        form.addRow(self.date_label, self.date)

        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self._connect(session)
        self._start(session, meeting, default_name)

    def _connect(self, session: JournalSession) -> None:
        self.setTabOrder(self.with_whom, self.date)
        self.setTabOrder(self.date, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(SAVE_SHORTCUT), self, self.save)
        session.language_changed.connect(self.retranslate)
        session.closed.connect(self.discard)

    def _start(self, session: JournalSession, meeting: OneOnOne | None, default_name: str) -> None:
        """Fill the fields: the meeting's, or today and the last name for a new one."""
        today = session.journal.today()
        if meeting is None:
            self.with_whom.setText(default_name)
            self.date.setDate(to_qdate(today))
        else:
            self.with_whom.setText(meeting.with_whom)
            self.date.setDate(to_qdate(meeting.held_on))
        self._started = (self.with_whom.text(), self.date.day())  # "nothing changed"
        self.retranslate(session.language)
        self.with_whom.selectAll()
        self.with_whom.setFocus()

    def retranslate(self, language: Language) -> None:
        title = tr(words.NEW_TITLE if self._meeting is None else words.EDIT_TITLE, language)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.hint.setText(tr(words.FORM_HINT, language))
        self.with_whom_label.setText(tr(words.WITH_WHOM, language))
        self.with_whom.setAccessibleName(tr(words.WITH_WHOM, language))
        self.with_whom.setPlaceholderText(tr(words.WITH_WHOM_PLACEHOLDER, language))
        self.date_label.setText(tr(words.DATE, language))
        self.date.setAccessibleName(tr(words.DATE, language))
        self.date.set_language(language)
        save = words.CREATE if self._meeting is None else words.SAVE
        self.save_button.setText(tr(save, language))
        self.save_button.setToolTip(
            f"{tr(save, language)} ({SAVE_SHORTCUT.replace('Return', 'Enter')})"
        )
        self.cancel_button.setText(tr(words.CANCEL, language))

    def unsaved_input(self) -> bool:
        """Whether the name or date was changed and not saved (a lock would drop it)."""
        return self.saved is None and (self.with_whom.text(), self.date.day()) != self._started

    def meeting_from_form(self) -> OneOnOne:
        held_on: date = self.date.day()
        with_whom = self.with_whom.text().strip()
        if self._meeting is None:
            return OneOnOne(held_on=held_on, with_whom=with_whom)
        return dataclasses.replace(self._meeting, held_on=held_on, with_whom=with_whom)

    def save(self) -> None:
        if not self._session.is_open:
            return
        try:
            self.saved = self._session.journal.save_one_on_one(self.meeting_from_form())
        except WellbeingError as exc:
            self.message.setText(self._describe(exc))
            self.message.show()
            return
        self.message.hide()
        self._session.notify(Change.ONE_ON_ONE, self)
        self.accept()

    def _describe(self, exc: WellbeingError) -> str:
        language = self._session.language
        if isinstance(exc, ValidationError):
            if exc.field == "with":
                return tr(words.NAME_MISSING, language)
            if exc.field == "date":
                return tr(words.DATE_TOO_FAR, language)
        return user_message(exc, language)

    def discard(self) -> None:
        """The journal locked: forget what the form holds and close."""
        self.with_whom.clear()
        self.message.clear()
        self._meeting = None
        self.saved = None
        self.reject()
