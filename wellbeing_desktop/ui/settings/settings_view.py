"""Settings: working hours and goals, categories, reminder, security and language.

Every change is saved at once (there is no Save button) through the journal service;
a value the journal refuses shows one calm line and the field goes back to what is
stored.
"""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop import autostart
from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import Language, Settings
from wellbeing_desktop.ui.common import locale_format, strings
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.common.widgets import Card, muted, page_title
from wellbeing_desktop.ui.settings.settings_categories import (
    CategoryTable,
    CategoryTableModel,
    category_problem,
)
from wellbeing_desktop.ui.settings.settings_security import SecurityCard
from wellbeing_desktop.ui.shell.session import Change, JournalSession

if TYPE_CHECKING:
    from wellbeing_desktop.ui.shell.desktop_prefs import DesktopPreferences

SAVES_AT_ONCE: Message = translatable("settings_view", "Changes are saved at once")
SAVED_AT: Message = translatable("settings_view", "Saved {time}")
NOT_SAVED: Message = translatable("settings_view", "Not saved: {reason}")

HOURS_AND_GOALS: Message = translatable("settings_view", "Working hours and goals")
WEEKLY_NORM: Message = translatable("settings_view", "Weekly hours")
WEEKLY_NORM_NOTE: Message = translatable(
    "settings_view", "37 hours is the usual full-time week in Denmark."
)
HOURS_SUFFIX: Message = translatable("settings_view", " h")
TARGET: Message = translatable("settings_view", "Leadership-share target")
TARGET_NOTE: Message = translatable(
    "settings_view",
    "The target is your own. Research points to no single right "
    "split between operations and leadership.",
)

CATEGORIES: Message = translatable("settings_view", "Categories")
CATEGORIES_NOTE: Message = translatable(
    "settings_view",
    "Your time is split across these categories. The kind decides "
    "what counts towards your leadership share. Double-click or "
    "press F2 to change; the name is the English one.",
)

REMINDER: Message = translatable("settings_view", "Reminder")
REMIND_ME: Message = translatable("settings_view", "Remind me to write at")
REMINDER_TIME: Message = translatable("settings_view", "Reminder time")
REMINDER_NOTE: Message = translatable(
    "settings_view",
    "On working days (Monday to Friday) a notification comes at this time while "
    "Leader Pulse is running, also when it is locked, but not on a day you have "
    "already written. Clicking it opens Today.",
)
CLOSE_TO_TRAY: Message = translatable(
    "settings_view", "Keep running in the tray when the window is closed"
)
NO_TRAY: Message = translatable(
    "settings_view",
    "This desktop shows no tray icons, so closing the window quits Leader Pulse, "
    "and the reminder can only mark the window in the task bar.",
)
START_AT_LOGIN: Message = translatable("settings_view", "Start Leader Pulse when I log in")
NO_AUTOSTART: Message = translatable(
    "settings_view",
    "On this system, add Leader Pulse to the apps that start at login in the system settings.",
)
NOT_CHANGED: Message = translatable("settings_view", "Could not change {path}.")

LANGUAGE: Message = translatable("settings_view", "Language")
LANGUAGE_NOTE: Message = translatable("settings_view", "The whole app switches language at once.")

DEFAULTS = Settings()
_NEUTRAL_REMINDER = QTime(17, 0)


def _error_line() -> QLabel:
    """A calm amber line for what could not be saved (hidden while empty)."""
    label = QLabel()
    label.setObjectName("savedIndicator")
    label.setProperty("state", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setHorizontalSpacing(24)
    form.setVerticalSpacing(14)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def _with_note(field: QWidget, note: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(14)
    row.addWidget(field, 0, Qt.AlignmentFlag.AlignVCenter)
    row.addWidget(note, 1, Qt.AlignmentFlag.AlignVCenter)
    return row


class SettingsView(QWidget):
    def __init__(
        self,
        session: JournalSession,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        preferences: DesktopPreferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._session = session
        self._tasks = tasks
        self._loading = False
        self._saved_at = ""

        self.heading = page_title()
        self.saved = QLabel()
        self.saved.setObjectName("savedIndicator")

        # -- working hours and goals
        self.hours_card = Card()
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
        self.hours_form = _form()
        self.hours_form.addRow(
            self.weekly_norm_label, _with_note(self.weekly_norm, self.weekly_norm_note)
        )
        self.hours_form.addRow(self.target_label, _with_note(self.target, self.target_note))
        self.hours_message = _error_line()
        self.hours_card.body.addLayout(self.hours_form)
        self.hours_card.body.addWidget(self.hours_message)

        # -- categories
        self.categories_card = Card()
        self.categories_note = muted()
        self.category_model = CategoryTableModel(session.language, self)
        self.categories = CategoryTable(self.category_model, session.language)
        self.categories_message = _error_line()
        self.categories_card.body.addWidget(self.categories_note)
        self.categories_card.body.addWidget(self.categories)
        self.categories_card.body.addWidget(self.categories_message)

        # -- reminder
        self.reminder_card = Card()
        self.reminder_on = QCheckBox()
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setKeyboardTracking(False)
        self.reminder_time.setFixedWidth(90)
        self.reminder_note = muted()
        self.reminder_message = _error_line()
        reminder_row = QHBoxLayout()
        reminder_row.setSpacing(10)
        reminder_row.addWidget(self.reminder_on)
        reminder_row.addWidget(self.reminder_time)
        reminder_row.addStretch(1)
        self.reminder_card.body.addLayout(reminder_row)
        self.reminder_card.body.addWidget(self.reminder_note)
        self.reminder_card.body.addWidget(self.reminder_message)
        # This computer's preferences (QSettings and the autostart folder, not the journal)
        self._preferences = preferences
        self.close_to_tray = QCheckBox()
        self.close_to_tray_note = muted()
        self.start_at_login = QCheckBox()
        self.start_at_login_note = muted()
        self.desktop_message = _error_line()
        for widget in (
            self.close_to_tray,
            self.close_to_tray_note,
            self.start_at_login,
            self.start_at_login_note,
        ):
            self.reminder_card.body.addWidget(widget)
            widget.setVisible(preferences is not None)
        self.reminder_card.body.addWidget(self.desktop_message)

        # -- security
        self.security = SecurityCard(session, tasks)

        # -- language
        self.language_card = Card()
        self.danish = QRadioButton("Dansk")
        self.danish.setAccessibleName("Dansk")
        self.english = QRadioButton("English")
        self.english.setAccessibleName("English")
        self.languages = QButtonGroup(self)
        self.languages.addButton(self.danish)
        self.languages.addButton(self.english)
        self.language_note = muted()
        self.language_message = _error_line()
        language_row = QHBoxLayout()
        language_row.setSpacing(18)
        language_row.addWidget(self.danish)
        language_row.addWidget(self.english)
        language_row.addSpacing(12)
        language_row.addWidget(self.language_note, 1)
        self.language_card.body.addLayout(language_row)
        self.language_card.body.addWidget(self.language_message)

        # -- the page: a scrolling column of cards
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.saved, 0, Qt.AlignmentFlag.AlignBottom)
        self.column = QWidget()
        self.column.setMaximumWidth(860)
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addLayout(header)
        for card in (
            self.hours_card,
            self.categories_card,
            self.reminder_card,
            self.security,
            self.language_card,
        ):
            column.addWidget(card)
        column.addStretch(1)
        content = QWidget()
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(32, 28, 32, 28)
        content_layout.addWidget(self.column, 1)
        content_layout.addStretch(0)
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)

        order: list[QWidget] = [
            self.weekly_norm,
            self.target,
            self.categories,
            self.reminder_on,
            self.reminder_time,
            self.close_to_tray,
            self.start_at_login,
            self.security.auto_lock,
            self.security.change_passphrase,
            self.security.remember,
            self.security.forget,
            self.security.backup_now,
            self.security.open_folder,
            self.danish,
            self.english,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.weekly_norm.valueChanged.connect(self._norm_changed)
        self.target.valueChanged.connect(self._target_changed)
        self.reminder_on.toggled.connect(self._reminder_changed)
        self.reminder_time.timeChanged.connect(self._reminder_changed)
        self.close_to_tray.toggled.connect(self._close_to_tray_chosen)
        self.start_at_login.toggled.connect(self._start_at_login_chosen)
        self.security.auto_lock_changed.connect(self._auto_lock_changed)
        self.category_model.edited.connect(self._categories_edited)
        self.danish.toggled.connect(self._language_chosen)

        session.opened.connect(self._opened)
        session.closing.connect(self._closing)
        session.closed.connect(self._closed)
        session.changed.connect(self._changed)
        session.language_changed.connect(self.retranslate)
        self._clear()
        self._load_desktop()
        if session.is_open:
            self._opened()

    # --- words -----------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.heading.setText(tr(strings.SETTINGS, language))
        if self._saved_at:
            self.saved.setText(tr(SAVED_AT, language).format(time=self._saved_at))
        else:
            self.saved.setText(tr(SAVES_AT_ONCE, language))
        self.hours_card.set_title(tr(HOURS_AND_GOALS, language))
        self.weekly_norm_label.setText(tr(WEEKLY_NORM, language))
        self.weekly_norm.setAccessibleName(tr(WEEKLY_NORM, language))
        self.target_label.setText(tr(TARGET, language))
        self.target.setAccessibleName(tr(TARGET, language))
        self.weekly_norm.setSuffix(tr(HOURS_SUFFIX, language))
        locale = locale_format.locale(language)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self.weekly_norm.setLocale(locale)
        self.weekly_norm_note.setText(tr(WEEKLY_NORM_NOTE, language))
        self.target_note.setText(tr(TARGET_NOTE, language))
        self.categories_card.set_title(tr(CATEGORIES, language))
        self.categories_note.setText(tr(CATEGORIES_NOTE, language))
        self.categories.setAccessibleName(tr(CATEGORIES, language))
        self.category_model.set_language(language)
        self.categories.set_language(language)
        self._check_categories(show_only=True)
        self.reminder_card.set_title(tr(REMINDER, language))
        self.reminder_on.setText(tr(REMIND_ME, language))
        self.reminder_on.setAccessibleName(tr(REMIND_ME, language))
        self.reminder_time.setAccessibleName(tr(REMINDER_TIME, language))
        self.reminder_note.setText(tr(REMINDER_NOTE, language))
        self.close_to_tray.setText(tr(CLOSE_TO_TRAY, language))
        self.close_to_tray.setAccessibleName(tr(CLOSE_TO_TRAY, language))
        self.close_to_tray_note.setText(tr(NO_TRAY, language))
        self.start_at_login.setText(tr(START_AT_LOGIN, language))
        self.start_at_login.setAccessibleName(tr(START_AT_LOGIN, language))
        self.start_at_login_note.setText(tr(NO_AUTOSTART, language))
        self._describe_desktop()
        self.security.retranslate(language)
        self.language_card.set_title(tr(LANGUAGE, language))
        self.language_note.setText(tr(LANGUAGE_NOTE, language))
        self._show_language(language)

    def _show_language(self, language: Language) -> None:
        self._loading, was_loading = True, self._loading
        (self.danish if language is Language.DANISH else self.english).setChecked(True)
        self._loading = was_loading

    # --- life cycle ------------------------------------------------------------------

    def _opened(self) -> None:
        self.column.setEnabled(True)
        self._load()
        self._load_desktop()

    def _load(self) -> None:
        journal = self._session.journal
        settings = journal.settings()
        self._show_settings(settings)
        self.category_model.set_categories(journal.categories())
        _show(self.categories_message, "")
        self.security.load(settings.auto_lock_minutes)
        self.retranslate(self._session.language)

    def _show_settings(self, settings: Settings) -> None:
        self._loading = True
        try:
            self.weekly_norm.setValue(settings.weekly_hours_norm)
            self.target.setValue(settings.leadership_target_percent)
            reminder = settings.reminder_time
            self.reminder_on.setChecked(reminder is not None)
            self.reminder_time.setEnabled(reminder is not None)
            self.reminder_time.setTime(
                QTime(reminder.hour, reminder.minute) if reminder else _NEUTRAL_REMINDER
            )
            self.security.set_auto_lock(settings.auto_lock_minutes)
            self._show_language(settings.language)
        finally:
            self._loading = False

    def _closing(self) -> None:
        """Take what is typed but not yet confirmed, while the journal is still open."""
        for field in (self.weekly_norm, self.target, self.reminder_time):
            field.interpretText()
        self.security.commit_pending()
        self.categories.commit_open_editor()

    def _closed(self) -> None:
        self._clear()

    def _clear(self) -> None:
        """Neutral values everywhere; nothing of the closed journal stays in a widget."""
        self._saved_at = ""
        self.category_model.clear()
        self.security.clear()
        self._show_settings(dataclasses.replace(DEFAULTS, language=self._session.language))
        for label in (
            self.hours_message,
            self.categories_message,
            self.reminder_message,
            self.language_message,
        ):
            _show(label, "")
        self.column.setEnabled(False)
        self.retranslate(self._session.language)

    def _changed(self, change: Change, initiator: object) -> None:
        if change is Change.SETTINGS and initiator is not self and self._session.is_open:
            self._load()

    # --- saving ----------------------------------------------------------------------

    def _save(self, message: QLabel, **changes: Any) -> bool:
        """Store the changed settings; on refusal show why and put back what is stored."""
        if self._loading or not self._session.is_open:
            return False
        journal = self._session.journal
        language = self._session.language
        try:
            journal.save_settings(dataclasses.replace(journal.settings(), **changes))
        except WellbeingError as exc:
            _show(message, tr(NOT_SAVED, language).format(reason=user_message(exc, language)))
            self._show_settings(journal.settings())
            return False
        _show(message, "")
        self._show_saved()
        self._session.notify(Change.SETTINGS, self)
        return True

    def _show_saved(self) -> None:
        self._saved_at = QTime.currentTime().toString("HH:mm")
        self.saved.setText(tr(SAVED_AT, self._session.language).format(time=self._saved_at))

    def _norm_changed(self, value: float) -> None:
        self._save(self.hours_message, weekly_hours_norm=round(value, 1))

    def _target_changed(self, value: int) -> None:
        self._save(self.hours_message, leadership_target_percent=value)

    def _reminder_changed(self) -> None:
        if self._loading:
            return
        on = self.reminder_on.isChecked()
        self.reminder_time.setEnabled(on)
        chosen = self.reminder_time.time()
        self._save(
            self.reminder_message,
            reminder_time=time(chosen.hour(), chosen.minute()) if on else None,
        )

    # --- this computer: close to tray, start at login ------------------------------------

    def _load_desktop(self) -> None:
        """Show the computer's preferences; each is disabled, with the reason, where it
        cannot work (no tray; no XDG autostart).
        """
        preferences = self._preferences
        if preferences is None:
            return
        tray = preferences.tray_available()
        login = preferences.autostart_supported()
        self._loading, was_loading = True, self._loading
        try:
            self.close_to_tray.setEnabled(tray)
            self.close_to_tray.setChecked(tray and preferences.close_to_tray)
            self.close_to_tray_note.setVisible(not tray)
            self.start_at_login.setEnabled(login)
            self.start_at_login.setChecked(preferences.autostart_enabled())
            self.start_at_login_note.setVisible(not login)
        finally:
            self._loading = was_loading
        self._describe_desktop()

    def _describe_desktop(self) -> None:
        """A screen reader hears why a choice is unavailable (the note under it)."""
        for box, note in (
            (self.close_to_tray, self.close_to_tray_note),
            (self.start_at_login, self.start_at_login_note),
        ):
            box.setAccessibleDescription("" if note.isHidden() else note.text())

    def _close_to_tray_chosen(self, on: bool) -> None:
        if not self._loading and self._preferences is not None:
            self._preferences.set_close_to_tray(on)
            self._show_saved()

    def _start_at_login_chosen(self, on: bool) -> None:
        if self._loading or self._preferences is None:
            return
        try:
            self._preferences.set_autostart(on, self._session.access.paths.root)
        except autostart.AutostartError:
            words = tr(NOT_CHANGED, self._session.language)
            _show(self.desktop_message, words.format(path=autostart.autostart_file()))
            self._load_desktop()
            return
        _show(self.desktop_message, "")
        self._show_saved()

    def _auto_lock_changed(self, minutes: int) -> None:
        self._save(self.security.auto_lock_message, auto_lock_minutes=minutes)

    def _language_chosen(self) -> None:
        if self._loading:
            return
        language = Language.DANISH if self.danish.isChecked() else Language.ENGLISH
        if self._save(self.language_message, language=language):
            self._session.set_language(language)

    # --- categories ------------------------------------------------------------------

    def _check_categories(self, *, show_only: bool = False) -> bool:
        """Show why the categories cannot be saved; True if they can."""
        if not self._session.is_open:
            return False
        problem = category_problem(self.category_model.categories())
        if show_only and not self.categories_message.text():
            return problem is None
        _show(self.categories_message, tr(problem, self._session.language) if problem else "")
        return problem is None

    def _categories_edited(self) -> None:
        if not self._session.is_open or not self._check_categories():
            return
        journal = self._session.journal
        try:
            journal.save_categories(self.category_model.categories())
        except WellbeingError as exc:
            words = tr(NOT_SAVED, self._session.language)
            _show(
                self.categories_message,
                words.format(reason=user_message(exc, self._session.language)),
            )
            return
        self._show_saved()
        self._session.notify(Change.SETTINGS, self)
