"""The Settings page's plain cards.

The Settings page's plain cards: working hours and goals, categories, reminder (with
this computer's tray and login choices) and language. Widgets, layout and words only;
``SettingsView`` loads and saves what they show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
)

from wellbeing_desktop.domain import validation
from wellbeing_desktop.ui.common import locale_format
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import Card, muted
from wellbeing_desktop.ui.settings import settings_words as words
from wellbeing_desktop.ui.settings.settings_categories import CategoryTable
from wellbeing_desktop.ui.settings.settings_parts import error_line, form_layout, with_note

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.settings.settings_categories import CategoryTableModel


class HoursCard(Card):
    """The weekly hours and the leadership-share target."""

    def __init__(self) -> None:
        super().__init__()
        self.weekly_norm = QDoubleSpinBox()
        fewest, most = validation.WEEKLY_NORM_HOURS
        self.weekly_norm.setRange(float(fewest), float(most))
        self.weekly_norm.setDecimals(1)
        self.weekly_norm.setSingleStep(0.5)
        self.weekly_norm.setKeyboardTracking(False)
        self.weekly_norm.setFixedWidth(110)
        self.weekly_norm_note = muted()
        self.target = QSpinBox()
        self.target.setRange(*validation.TARGET_PERCENT)
        self.target.setSingleStep(5)
        self.target.setSuffix(" %")
        self.target.setKeyboardTracking(False)
        self.target.setFixedWidth(110)
        self.target_note = muted()
        self.weekly_norm_label = QLabel()
        self.weekly_norm_label.setBuddy(self.weekly_norm)
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target)
        self.form = form_layout()
        self.form.addRow(self.weekly_norm_label, with_note(self.weekly_norm, self.weekly_norm_note))
        self.form.addRow(self.target_label, with_note(self.target, self.target_note))
        self.message = error_line()
        self.body.addLayout(self.form)
        self.body.addWidget(self.message)

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(words.HOURS_AND_GOALS, language))
        self.weekly_norm_label.setText(tr(words.WEEKLY_NORM, language))
        self.weekly_norm.setAccessibleName(tr(words.WEEKLY_NORM, language))
        self.target_label.setText(tr(words.TARGET, language))
        self.target.setAccessibleName(tr(words.TARGET, language))
        self.weekly_norm.setSuffix(tr(words.HOURS_SUFFIX, language))
        locale = locale_format.locale(language)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self.weekly_norm.setLocale(locale)
        self.weekly_norm_note.setText(tr(words.WEEKLY_NORM_NOTE, language))
        self.target_note.setText(tr(words.TARGET_NOTE, language))


class CategoriesCard(Card):
    """The categories table with its note and error line."""

    def __init__(self, model: CategoryTableModel, language: Language) -> None:
        super().__init__()
        self.note = muted()
        self.table = CategoryTable(model, language)
        self.message = error_line()
        self.body.addWidget(self.note)
        self.body.addWidget(self.table)
        self.body.addWidget(self.message)

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(words.CATEGORIES, language))
        self.note.setText(tr(words.CATEGORIES_NOTE, language))
        self.table.setAccessibleName(tr(words.CATEGORIES, language))
        self.table.set_language(language)


class ReminderCard(Card):
    """The daily reminder, and (with ``desktop``) this computer's tray and login choices."""

    def __init__(self, *, desktop: bool) -> None:
        super().__init__()
        self.reminder_on = QCheckBox()
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setKeyboardTracking(False)
        self.reminder_time.setFixedWidth(90)
        self.note = muted()
        self.message = error_line()
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.reminder_on)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(self.note)
        self.body.addWidget(self.message)
        # This computer's preferences (QSettings and the autostart folder, not the journal)
        self.close_to_tray = QCheckBox()
        # Under "keep running in the tray", indented: it applies only when that is on.
        self.lock_on_close = QCheckBox()
        self.lock_on_close.setStyleSheet("margin-left: 24px;")
        self.close_to_tray_note = muted()
        self.start_at_login = QCheckBox()
        self.start_at_login_note = muted()
        self.desktop_message = error_line()
        for widget in (
            self.close_to_tray,
            self.lock_on_close,
            self.close_to_tray_note,
            self.start_at_login,
            self.start_at_login_note,
        ):
            self.body.addWidget(widget)
            widget.setVisible(desktop)
        self.body.addWidget(self.desktop_message)

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(words.REMINDER, language))
        self.reminder_on.setText(tr(words.REMIND_ME, language))
        self.reminder_on.setAccessibleName(tr(words.REMIND_ME, language))
        self.reminder_time.setAccessibleName(tr(words.REMINDER_TIME, language))
        self.note.setText(tr(words.REMINDER_NOTE, language))
        self.close_to_tray.setText(tr(words.CLOSE_TO_TRAY, language))
        self.close_to_tray.setAccessibleName(tr(words.CLOSE_TO_TRAY, language))
        self.lock_on_close.setText(tr(words.LOCK_ON_CLOSE, language))
        self.lock_on_close.setAccessibleName(tr(words.LOCK_ON_CLOSE, language))
        self.close_to_tray_note.setText(tr(words.NO_TRAY, language))
        self.start_at_login.setText(tr(words.START_AT_LOGIN, language))
        self.start_at_login.setAccessibleName(tr(words.START_AT_LOGIN, language))
        self.start_at_login_note.setText(tr(words.NO_AUTOSTART, language))
        self.describe_desktop()

    def describe_desktop(self) -> None:
        """A screen reader hears why a choice is unavailable (the note under it)."""
        for box, note in (
            (self.close_to_tray, self.close_to_tray_note),
            (self.start_at_login, self.start_at_login_note),
        ):
            box.setAccessibleDescription("" if note.isHidden() else note.text())


class LanguageCard(Card):
    """Dansk or English, with a note and an error line."""

    def __init__(self) -> None:
        super().__init__()
        self.danish = QRadioButton("Dansk")
        self.danish.setAccessibleName("Dansk")
        self.english = QRadioButton("English")
        self.english.setAccessibleName("English")
        self.languages = QButtonGroup(self)
        self.languages.addButton(self.danish)
        self.languages.addButton(self.english)
        self.note = muted()
        self.message = error_line()
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addWidget(self.danish)
        row.addWidget(self.english)
        row.addSpacing(12)
        row.addWidget(self.note, 1)
        self.body.addLayout(row)
        self.body.addWidget(self.message)

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(words.LANGUAGE, language))
        self.note.setText(tr(words.LANGUAGE_NOTE, language))
