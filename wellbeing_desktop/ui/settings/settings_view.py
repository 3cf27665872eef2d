"""Settings: hours, categories, calendar, reminder, security, import/export, language, sources.

Every change is saved at once (there is no Save button) through the journal service;
a value the journal refuses shows one calm line and the field goes back to what is
stored.
"""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop import autostart
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import Language, Settings
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.page import PageView, page_scroll_area
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import page_title
from wellbeing_desktop.ui.settings import settings_words as words
from wellbeing_desktop.ui.settings.settings_calendar import CalendarCard
from wellbeing_desktop.ui.settings.settings_cards import (
    CategoriesCard,
    HoursCard,
    LanguageCard,
    ReminderCard,
)
from wellbeing_desktop.ui.settings.settings_categories import (
    CategoryTableModel,
    category_problem,
)
from wellbeing_desktop.ui.settings.settings_parts import (
    show_line,
)
from wellbeing_desktop.ui.settings.settings_security import SecurityCard
from wellbeing_desktop.ui.settings.settings_sources import SourcesCard
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.transfer.transfer_card import TransferCard

if TYPE_CHECKING:
    from wellbeing_desktop.ui.shell.desktop_prefs import DesktopPreferences

DEFAULTS = Settings()
_NEUTRAL_REMINDER = QTime(17, 0)


class SettingsView(PageView):
    def __init__(
        self,
        session: JournalSession,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        preferences: DesktopPreferences | None = None,
    ) -> None:
        super().__init__(session, tasks, parent)
        self._loading = False
        self._saved_at = ""
        self._refused = 0  # changes the journal refused (so a lock does not call them saved)

        self.heading = page_title()
        self.saved = QLabel()
        self.saved.setObjectName("savedIndicator")

        # -- the cards (widgets and words: settings_cards); the view loads and saves
        self.hours_card = HoursCard()
        self.weekly_norm = self.hours_card.weekly_norm
        self.target = self.hours_card.target
        self.weekly_norm_note = self.hours_card.weekly_norm_note
        self.target_note = self.hours_card.target_note
        self.hours_message = self.hours_card.message
        self.category_model = CategoryTableModel(session.language, self)
        self.categories_card = CategoriesCard(self.category_model, session.language)
        self.categories = self.categories_card.table
        self.categories_message = self.categories_card.message
        self.calendar_card = CalendarCard(session)
        self._preferences = preferences
        self.reminder_card = ReminderCard(desktop=preferences is not None)
        self.reminder_on = self.reminder_card.reminder_on
        self.reminder_time = self.reminder_card.reminder_time
        self.reminder_note = self.reminder_card.note
        self.reminder_message = self.reminder_card.message
        self.close_to_tray = self.reminder_card.close_to_tray
        self.lock_on_close = self.reminder_card.lock_on_close
        self.close_to_tray_note = self.reminder_card.close_to_tray_note
        self.start_at_login = self.reminder_card.start_at_login
        self.start_at_login_note = self.reminder_card.start_at_login_note
        self.desktop_message = self.reminder_card.desktop_message
        self.security = SecurityCard(session, tasks)
        self.transfer_card = TransferCard(session, tasks)
        self.language_card = LanguageCard()
        self.danish = self.language_card.danish
        self.english = self.language_card.english
        self.language_message = self.language_card.message
        self.sources_card = SourcesCard()

        self._lay_out_page()
        self._set_tab_order()
        self._connect_widgets()
        self._clear()
        self._load_desktop()
        self.connect_session()

    def _lay_out_page(self) -> None:
        """The heading and the cards in one scrolling column."""
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
            self.calendar_card,
            self.reminder_card,
            self.security,
            self.transfer_card,
            self.language_card,
            self.sources_card,
        ):
            column.addWidget(card)
        column.addStretch(1)
        content = QWidget()
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(32, 28, 32, 28)
        content_layout.addWidget(self.column, 1)
        content_layout.addStretch(0)
        self.page_scroll = page_scroll_area(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            self.weekly_norm,
            self.target,
            self.categories,
            *self.calendar_card.tab_chain(),
            self.reminder_on,
            self.reminder_time,
            self.close_to_tray,
            self.lock_on_close,
            self.start_at_login,
            self.security.auto_lock,
            self.security.change_passphrase,
            self.security.remember,
            self.security.forget,
            self.security.backup_now,
            self.security.open_folder,
            *self.transfer_card.tab_chain(),
            self.danish,
            self.english,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_widgets(self) -> None:
        self.weekly_norm.valueChanged.connect(self._norm_changed)
        self.target.valueChanged.connect(self._target_changed)
        self.reminder_on.toggled.connect(self._reminder_changed)
        self.reminder_time.timeChanged.connect(self._reminder_changed)
        self.close_to_tray.toggled.connect(self._close_to_tray_chosen)
        self.lock_on_close.toggled.connect(self._lock_on_close_chosen)
        self.start_at_login.toggled.connect(self._start_at_login_chosen)
        self.security.auto_lock_changed.connect(self._auto_lock_changed)
        self.category_model.edited.connect(self._categories_edited)
        self.danish.toggled.connect(self._language_chosen)
        self.calendar_card.saved.connect(self._calendar_saved)
        self.calendar_card.refused.connect(self._calendar_refused)

    # --- words -----------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.heading.setText(tr(strings.SETTINGS, language))
        if self._saved_at:
            self.saved.setText(tr(words.SAVED_AT, language).format(time=self._saved_at))
        else:
            self.saved.setText(tr(words.SAVES_AT_ONCE, language))
        self.hours_card.retranslate(language)
        self.category_model.set_language(language)
        self.categories_card.retranslate(language)
        self._check_categories(show_only=True)
        self.calendar_card.retranslate(language)
        self.reminder_card.retranslate(language)
        self.security.retranslate(language)
        self.transfer_card.retranslate(language)
        self.language_card.retranslate(language)
        self.sources_card.retranslate(language)
        self._show_language(language)

    def _show_language(self, language: Language) -> None:
        self._loading, was_loading = True, self._loading
        (self.danish if language is Language.DANISH else self.english).setChecked(True)
        self._loading = was_loading

    # --- life cycle ------------------------------------------------------------------

    def journal_opened(self) -> None:
        self.column.setEnabled(True)
        self._load()
        self._load_desktop()

    def _load(self) -> None:
        journal = self._session.journal
        settings = journal.settings()
        self._show_settings(settings)
        self.category_model.set_categories(journal.categories())
        show_line(self.categories_message, "")
        self.security.load(settings.auto_lock_minutes)
        self.calendar_card.load()
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

    def journal_closing(self) -> bool:
        """Take what is typed but not yet confirmed, while the journal is still open.

        Returns:
            ``False`` if the journal refused some of it (the lock screen says so).
        """
        refused = self._refused
        for field in (self.weekly_norm, self.target, self.reminder_time):
            field.interpretText()
        self.security.commit_pending()
        self.categories.commit_open_editor()
        self.calendar_card.commit_pending()
        return self._refused == refused

    def journal_closed(self) -> None:
        self._clear()

    def _clear(self) -> None:
        """Neutral values everywhere; nothing of the closed journal stays in a widget."""
        self._saved_at = ""
        self.category_model.clear()
        self.security.clear()
        self.calendar_card.clear()
        self.transfer_card.clear()
        self._show_settings(dataclasses.replace(DEFAULTS, language=self._session.language))
        for label in (
            self.hours_message,
            self.categories_message,
            self.reminder_message,
            self.language_message,
        ):
            show_line(label, "")
        self.column.setEnabled(False)
        self.retranslate(self._session.language)

    def journal_changed(self, change: Change, initiator: object) -> None:
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
            self._refused += 1
            show_line(
                message, tr(words.NOT_SAVED, language).format(reason=user_message(exc, language))
            )
            self._show_settings(journal.settings())
            return False
        show_line(message, "")
        self._show_saved()
        self._session.notify(Change.SETTINGS, self)
        return True

    def _show_saved(self) -> None:
        self._saved_at = QTime.currentTime().toString("HH:mm")
        self.saved.setText(tr(words.SAVED_AT, self._session.language).format(time=self._saved_at))

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
        """Show the computer's preferences.

        Show the computer's preferences; each is disabled, with the reason, where it
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
            self.lock_on_close.setEnabled(tray and preferences.close_to_tray)
            self.lock_on_close.setChecked(preferences.lock_on_close)
            self.close_to_tray_note.setVisible(not tray)
            self.start_at_login.setEnabled(login)
            self.start_at_login.setChecked(preferences.autostart_enabled())
            self.start_at_login_note.setVisible(not login)
        finally:
            self._loading = was_loading
        self.reminder_card.describe_desktop()

    def _close_to_tray_chosen(self, on: bool) -> None:
        if not self._loading and self._preferences is not None:
            self._preferences.set_close_to_tray(on)
            self.lock_on_close.setEnabled(on)
            self._show_saved()

    def _lock_on_close_chosen(self, on: bool) -> None:
        if not self._loading and self._preferences is not None:
            self._preferences.set_lock_on_close(on)
            self._show_saved()

    def _start_at_login_chosen(self, on: bool) -> None:
        if self._loading or self._preferences is None:
            return
        try:
            self._preferences.set_autostart(on, self._session.access.paths.root)
        except autostart.AutostartError:
            line = tr(words.NOT_CHANGED, self._session.language)
            show_line(self.desktop_message, line.format(path=autostart.autostart_file()))
            self._load_desktop()
            return
        show_line(self.desktop_message, "")
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
        show_line(self.categories_message, tr(problem, self._session.language) if problem else "")
        return problem is None

    def _categories_edited(self) -> None:
        if not self._session.is_open:
            return
        if not self._check_categories():
            self._refused += 1
            return
        journal = self._session.journal
        try:
            journal.save_categories(self.category_model.categories())
        except WellbeingError as exc:
            self._refused += 1
            line = tr(words.NOT_SAVED, self._session.language)
            show_line(
                self.categories_message,
                line.format(reason=user_message(exc, self._session.language)),
            )
            return
        self.calendar_card.load()  # a keyword row per category
        self._show_saved()
        self._session.notify(Change.SETTINGS, self)

    # --- calendar --------------------------------------------------------------------

    def _calendar_saved(self) -> None:
        self._show_saved()
        self._session.notify(Change.SETTINGS, self)

    def _calendar_refused(self) -> None:
        self._refused += 1
