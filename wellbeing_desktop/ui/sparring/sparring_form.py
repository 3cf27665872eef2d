"""The small form that adds a sparring topic or edits one: situation, with whom, date, notes."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.catalogues import SPARRING_PARTNERS, SPARRING_SITUATIONS, localized
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import Language, SparringTopic
from wellbeing_desktop.ui.common.date_picker import style_date_edit
from wellbeing_desktop.ui.common.locale_format import locale, short_date_pattern
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.common.widgets import (
    form_layout,
    muted,
    page_title,
    save_cancel_buttons,
    warning_style,
)
from wellbeing_desktop.ui.shell.session import Change, JournalSession

NEW_TITLE: Message = translatable("sparring_form", "New sparring")
EDIT_TITLE: Message = translatable("sparring_form", "Edit sparring")
FORM_HINT: Message = translatable(
    "sparring_form", "Which situation would you like to talk through – and with whom?"
)
SITUATION: Message = translatable("sparring_form", "Situation")
WITH_WHOM: Message = translatable("sparring_form", "With whom")
DATE: Message = translatable("sparring_form", "Date")
NOTES: Message = translatable("sparring_form", "Notes")
NOTES_PLACEHOLDER: Message = translatable(
    "sparring_form", "What would you like help with? What came of it?"
)
SAVE: Message = translatable("sparring_form", "Save")
CANCEL: Message = translatable("sparring_form", "Cancel")
FUTURE_DATE: Message = translatable(
    "sparring_form", "That date is in the future. Choose today or an earlier date."
)
RESOLVED_BEFORE_RAISED: Message = translatable(
    "sparring_form", "The topic was resolved before this date. Choose an earlier date."
)
NOTES_TOO_LONG: Message = translatable("sparring_form", "The notes are too long.")
SAVE_SHORTCUT = "Ctrl+Return"


class DateField(QDateEdit):
    """A date with a calendar pop-up where Tab leaves the field (arrows move between parts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def set_language(self, language: Language) -> None:
        """Month names and order as people write them: "26. nov. 2026" / "26 Nov 2026"."""
        self.setLocale(locale(language))
        self.setDisplayFormat(short_date_pattern(language))
        style_date_edit(self, language)

    def set_latest(self, today: date) -> None:
        """A topic is raised today or earlier (the domain refuses a later date)."""
        style_date_edit(self, latest=today)

    def day(self) -> date:
        chosen = self.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class SparringTopicDialog(QDialog):
    """Adds a new topic (``topic`` is None) or edits one; saves through the journal itself.

    A refused save shows one calm line and keeps everything typed. On success the dialog
    notifies ``Change.SPARRING`` and accepts; ``saved`` holds the stored topic.
    """

    def __init__(
        self,
        session: JournalSession,
        topic: SparringTopic | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sparringForm")
        self.setModal(True)
        self._session = session
        self._topic = topic
        self.saved: SparringTopic | None = None

        self.heading = page_title()
        self.hint = muted()
        self.situation = QComboBox()
        self.with_whom = QComboBox()
        for key in SPARRING_SITUATIONS:
            self.situation.addItem("", key)
        for key in SPARRING_PARTNERS:
            self.with_whom.addItem("", key)
        self.date = DateField()
        self.date.setMaximumWidth(200)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(96)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(warning_style())  # the calm amber of the saved indicator
        self.message.hide()

        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons()
        self._lay_out()

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(SAVE_SHORTCUT), self, self.save)
        session.language_changed.connect(self.retranslate)
        session.closed.connect(self.discard)

        self._fill(topic)
        self._filled = self._form_values()  # what "nothing changed" looks like
        self.retranslate(session.language)
        self.situation.setFocus()

    def _lay_out(self) -> None:
        """The heading, the form, the error line and the buttons, in Tab order."""
        self.form = form_layout()
        self.form.addRow(QLabel(), self.situation)
        self.form.addRow(QLabel(), self.with_whom)
        self.form.addRow(QLabel(), self.date)
        self.form.addRow(QLabel(), self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.setTabOrder(self.situation, self.with_whom)
        self.setTabOrder(self.with_whom, self.date)
        self.setTabOrder(self.date, self.notes)
        self.setTabOrder(self.notes, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)

    def _fill(self, topic: SparringTopic | None) -> None:
        today = self._session.journal.today()
        self.date.set_latest(today)
        if topic is None:
            self.situation.setCurrentIndex(0)
            self.with_whom.setCurrentIndex(0)
            self.date.setDate(to_qdate(today))
            return
        self.situation.setCurrentIndex(max(0, self.situation.findData(topic.situation)))
        self.with_whom.setCurrentIndex(max(0, self.with_whom.findData(topic.with_whom)))
        self.date.setDate(to_qdate(topic.raised_on))
        self.notes.setPlainText(topic.notes)

    def retranslate(self, language: Language) -> None:
        title = tr(NEW_TITLE if self._topic is None else EDIT_TITLE, language)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.hint.setText(tr(FORM_HINT, language))
        for row, key in enumerate(SPARRING_SITUATIONS):
            self.situation.setItemText(row, localized(SPARRING_SITUATIONS[key], language))
        for row, key in enumerate(SPARRING_PARTNERS):
            self.with_whom.setItemText(row, localized(SPARRING_PARTNERS[key], language))
        self.date.set_language(language)
        self.notes.setPlaceholderText(tr(NOTES_PLACEHOLDER, language))
        for field, words in (
            (self.situation, SITUATION),
            (self.with_whom, WITH_WHOM),
            (self.date, DATE),
            (self.notes, NOTES),
        ):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(tr(words, language))
                label.setBuddy(field)
            field.setAccessibleName(tr(words, language))
        self.save_button.setText(tr(SAVE, language))
        self.save_button.setToolTip(
            f"{tr(SAVE, language)} ({SAVE_SHORTCUT.replace('Return', 'Enter')})"
        )
        self.cancel_button.setText(tr(CANCEL, language))

    def _form_values(self) -> tuple[object, ...]:
        return (
            self.situation.currentIndex(),
            self.with_whom.currentIndex(),
            self.date.day(),
            self.notes.toPlainText(),
        )

    def unsaved_input(self) -> bool:
        """Whether the form differs from how it opened and is not saved (a lock drops it)."""
        return self.saved is None and self._form_values() != self._filled

    def topic_from_form(self) -> SparringTopic:
        """The topic as the form shows it (not yet checked or stored)."""
        raised_on = self.date.day()
        situation = str(self.situation.currentData())
        with_whom = str(self.with_whom.currentData())
        notes = self.notes.toPlainText().strip()
        if self._topic is None:
            return SparringTopic(raised_on, situation, with_whom, notes)
        return dataclasses.replace(
            self._topic, raised_on=raised_on, situation=situation, with_whom=with_whom, notes=notes
        )

    def save(self) -> None:
        if not self._session.is_open:
            return
        try:
            self.saved = self._session.journal.save_sparring_topic(self.topic_from_form())
        except WellbeingError as exc:
            self.show_error(exc)
            return
        self.message.hide()
        self._session.notify(Change.SPARRING, self)
        self.accept()

    def show_error(self, exc: WellbeingError) -> None:
        self.message.setText(self._describe(exc))
        self.message.show()

    def _describe(self, exc: WellbeingError) -> str:
        language = self._session.language
        if isinstance(exc, ValidationError):
            if exc.field == "date" and "earlier" in exc.allowed:
                return tr(FUTURE_DATE, language)
            if exc.field == "resolved":
                return tr(RESOLVED_BEFORE_RAISED, language)
            if exc.field == "notes":
                return tr(NOTES_TOO_LONG, language)
        return user_message(exc, language)

    def discard(self) -> None:
        """The journal locked: forget what the form holds and close."""
        self.notes.clear()
        self.message.clear()
        self._topic = None
        self.saved = None
        self.reject()
