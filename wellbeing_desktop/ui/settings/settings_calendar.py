"""The Calendar card of Settings (issue #16): the .ics files, the user's address, keywords.

Every change is saved at once through ``Journal.save_calendar_settings``; a value the
journal refuses shows one calm line under its part and the fields go back to what is
stored. Only paths, addresses and keywords are kept; no event is read here.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.calendar_rules import (
    CalendarSettings,
    keywords_by_category,
    with_keywords,
    with_suggested_words,
)
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services.calendar_file import check_calendar_file
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import Card, muted
from wellbeing_desktop.ui.settings import calendar_words as words
from wellbeing_desktop.ui.settings import settings_words
from wellbeing_desktop.ui.settings.calendar_file_list import (
    FOLDER_ROLE,
    MISSING_ROLE,
    MOST_ROWS_SHOWN,
    PATH_ROLE,
    FileList,
    FileRowDelegate,
    file_exists,
)
from wellbeing_desktop.ui.settings.settings_parts import (
    buttons,
    column,
    error_line,
    form_layout,
    show_line,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from wellbeing_desktop.domain.models import Category, Language
    from wellbeing_desktop.ui.shell.session import JournalSession


def split_list(text: str, *, semicolons: bool = False) -> list[str]:
    """The parts of a comma-separated line (also at semicolons, as Outlook lists addresses)."""
    if semicolons:
        text = text.replace(";", ",")
    return [part.strip() for part in text.split(",") if part.strip()]


class CalendarCard(Card):
    """The calendar files, the user's e-mail address and the keywords per category.

    Signals:
        saved(): a change was stored.
        refused(): the journal refused a change (its line shows why).
    """

    saved = Signal()
    refused = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._session = session
        self._stored = CalendarSettings()
        self._categories: list[Category] = []
        self._shown: dict[QLineEdit, str] = {}  # the text each field shows of what is stored
        self.note = muted()
        form = form_layout()
        files = self._files_part()
        form.addRow(self.files_label, files)
        self._address_part()
        form.addRow(self.address_label, column(self.address, self.address_note))
        self.body.addWidget(self.note)
        self.body.addLayout(form)
        self.body.addWidget(self.address_message)
        self.body.addSpacing(6)
        self._keywords_part()

        self.add_file.clicked.connect(self._add_file)
        self.remove_file.clicked.connect(self._remove_file)
        self.files.currentRowChanged.connect(self._enable)
        self.files.delete_pressed.connect(self._remove_file)
        self.address.editingFinished.connect(self._address_edited)
        self.suggested.clicked.connect(self._use_suggested)
        self.clear()

    def _files_part(self) -> QVBoxLayout:
        """The chosen files (or a line saying there are none) and their buttons."""
        self.files = FileList()
        self.files.setItemDelegate(FileRowDelegate(self.files))
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.no_files = muted()
        self.add_file = QPushButton()
        self.remove_file = QPushButton()
        self.files_message = error_line()
        self.files_label = QLabel()
        self.files_label.setBuddy(self.add_file)  # the list is hidden while it is empty
        return column(
            self.files,
            self.no_files,
            buttons(self.add_file, self.remove_file),
            self.files_message,
        )

    def _address_part(self) -> None:
        """The user's addresses: the field, a note under it and a line for a refusal."""
        self.address = QLineEdit()
        self.address_note = muted()
        self.address_message = error_line()
        self.address_label = QLabel()
        self.address_label.setBuddy(self.address)

    def _keywords_part(self) -> None:
        """A heading, one row per category (built when they are known), a note, a button."""
        self.keywords_heading = QLabel()
        self.keywords_heading.setObjectName("subheading")
        bold = self.keywords_heading.font()
        bold.setWeight(QFont.Weight.DemiBold)
        self.keywords_heading.setFont(bold)
        self.keywords_note = muted()
        self.keyword_form = form_layout()
        self.keyword_form.setVerticalSpacing(8)
        self.keyword_edits: dict[str, QLineEdit] = {}
        self.keyword_labels: dict[str, QLabel] = {}
        self.suggested = QPushButton()
        self.keywords_message = error_line()
        self.body.addWidget(self.keywords_heading)
        self.body.addLayout(self.keyword_form)
        self.body.addWidget(self.keywords_note)
        self.body.addLayout(buttons(self.suggested))
        self.body.addWidget(self.keywords_message)

    # --- life cycle ------------------------------------------------------------------

    def load(self) -> None:
        """Show what the open journal stores."""
        if not self._session.is_open:
            return
        journal = self._session.journal
        self._set_categories(journal.categories())
        self._show(journal.calendar_settings())
        for label in (self.files_message, self.address_message, self.keywords_message):
            show_line(label, "")

    def clear(self) -> None:
        """Nothing of a closed journal stays: no paths, no address, no keywords."""
        self._set_categories([])
        self._show(CalendarSettings(rules=()))
        for label in (self.files_message, self.address_message, self.keywords_message):
            show_line(label, "")

    def commit_pending(self) -> None:
        """Save what is typed but not yet confirmed (the journal is about to close)."""
        # Taken first: each save shows what is stored in every field.
        address = self.address.text()
        typed = {key: edit.text() for key, edit in self.keyword_edits.items()}
        if address != self._shown.get(self.address, ""):
            self._save_addresses(address)
        for key, text in typed.items():
            if text != self._shown.get(self.keyword_edits[key], ""):
                self._save_keywords(key, text)

    def tab_chain(self) -> list[QWidget]:
        """The card's fields in Tab order, top to bottom."""
        return [
            self.files,
            self.add_file,
            self.remove_file,
            self.address,
            *self.keyword_edits.values(),
            self.suggested,
        ]

    # --- words -----------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(words.CALENDAR, language))
        self.note.setText(tr(words.CALENDAR_NOTE, language))
        self.files_label.setText(tr(words.FILES, language))
        self.files.setAccessibleName(tr(words.FILES, language))
        self.no_files.setText(tr(words.NO_FILES, language))
        self.add_file.setText(tr(words.ADD_FILE, language))
        self.add_file.setAccessibleName(tr(words.ADD_FILE, language))
        self.remove_file.setText(tr(words.REMOVE, language))
        self.remove_file.setAccessibleName(tr(words.REMOVE_FILE, language))
        self.remove_file.setToolTip(tr(words.REMOVE_FILE, language))
        self.address_label.setText(tr(words.ADDRESS, language))
        self.address.setAccessibleName(tr(words.ADDRESS, language))
        self.address.setPlaceholderText(tr(words.ADDRESS_EXAMPLE, language))
        self.address_note.setText(tr(words.ADDRESS_NOTE, language))
        self.address.setAccessibleDescription(self.address_note.text())
        self.keywords_heading.setText(tr(words.KEYWORDS, language))
        self.keywords_note.setText(tr(words.KEYWORDS_NOTE, language))
        self.suggested.setText(tr(words.SUGGESTED, language))
        self.suggested.setAccessibleName(tr(words.SUGGESTED, language))
        self.suggested.setToolTip(tr(words.SUGGESTED_TIP, language))
        for category in self._categories:
            name = category.name(language)
            self.keyword_labels[category.key].setText(name)
            edit = self.keyword_edits[category.key]
            edit.setAccessibleName(tr(words.KEYWORDS_FOR, language).format(category=name))
        self._fill_files(language)
        self._align_labels()

    def _align_labels(self) -> None:
        """The files', address's and keywords' fields start at one line (two forms)."""
        labels = [self.files_label, self.address_label, *self.keyword_labels.values()]
        for label in labels:
            label.setMinimumWidth(0)
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest)

    # --- showing ---------------------------------------------------------------------

    def _set_categories(self, categories: list[Category]) -> None:
        """One keyword row per category, in the journal's order (rebuilt when they change)."""
        if [c.key for c in categories] == [c.key for c in self._categories]:
            self._categories = list(categories)
            return
        while self.keyword_form.rowCount():
            self.keyword_form.removeRow(0)
        self.keyword_edits.clear()
        self.keyword_labels.clear()
        self._categories = list(categories)
        for category in categories:
            label = QLabel()
            edit = QLineEdit()
            label.setBuddy(edit)
            edit.editingFinished.connect(lambda key=category.key: self._keywords_edited(key))
            self.keyword_form.addRow(label, edit)
            self.keyword_labels[category.key] = label
            self.keyword_edits[category.key] = edit
        chain = self.tab_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show(self, settings: CalendarSettings) -> None:
        self._stored = settings
        self._shown = {self.address: ", ".join(settings.addresses)}
        self.address.setText(self._shown[self.address])
        grouped = keywords_by_category(settings.rules)
        for key, edit in self.keyword_edits.items():
            text = ", ".join(grouped.get(key, []))
            self._shown[edit] = text
            edit.setText(text)
            edit.setCursorPosition(0)
            edit.setToolTip(text)
        keys = [c.key for c in self._categories]
        self.suggested.setEnabled(
            bool(keys) and with_suggested_words(settings.rules, keys) != settings.rules
        )
        self.retranslate(self._session.language)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to Settings: a file deleted meanwhile says so at once."""
        super().showEvent(event)
        self._fill_files(self._session.language)

    def _fill_files(self, language: Language) -> None:
        current = self.files.currentItem()
        chosen = current.data(PATH_ROLE) if current is not None else None
        self.files.clear()
        for path in self._stored.files:
            item = QListWidgetItem(Path(path).name or path)
            folder = str(Path(path).parent) if Path(path).name else ""
            missing = "" if file_exists(path) else tr(words.MISSING, language)
            spoken = words.MISSING_ROW if missing else words.FILE_ROW
            item.setData(PATH_ROLE, path)
            item.setData(FOLDER_ROLE, folder)
            item.setData(MISSING_ROLE, missing)
            item.setToolTip(path)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                tr(spoken, language).format(name=item.text(), folder=folder),
            )
            self.files.addItem(item)
            if path == chosen:
                self.files.setCurrentItem(item)
        count = self.files.count()
        self.files.setVisible(count > 0)
        self.no_files.setVisible(count == 0)
        if count:
            row = self.files.sizeHintForRow(0)
            frame = 2 * self.files.frameWidth()
            self.files.setFixedHeight(min(count, MOST_ROWS_SHOWN) * row + frame)
        self._enable()

    def _enable(self) -> None:
        self.remove_file.setEnabled(self.files.currentRow() >= 0)

    # --- saving ----------------------------------------------------------------------

    def _save(self, settings: CalendarSettings, message: QLabel) -> bool:
        """Store ``settings``; on refusal say why under the part and show what is stored."""
        if not self._session.is_open:
            return False
        journal = self._session.journal
        try:
            # The journal drops the words of a category that no longer exists.
            stored = journal.save_calendar_settings(settings)
        except WellbeingError as exc:
            self._refuse(exc, message)
            self._show(journal.calendar_settings())
            return False
        for label in (self.files_message, self.address_message, self.keywords_message):
            show_line(label, "")
        self._show(stored)
        self.saved.emit()
        return True

    def _refuse(self, exc: WellbeingError, message: QLabel) -> None:
        language = self._session.language
        reason = user_message(exc, language)
        show_line(message, tr(settings_words.NOT_SAVED, language).format(reason=reason))
        self.refused.emit()

    def _add_file(self) -> None:
        language = self._session.language
        last = self._stored.files[-1] if self._stored.files else ""
        folder = str(Path(last).parent) if last and file_exists(last) else QDir.homePath()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr(words.CHOOSE_FILE, language),
            folder,
            f"{tr(words.ICS_FILES, language)};;{tr(words.ALL_FILES, language)}",
        )
        if not path:
            return
        try:
            check_calendar_file(path)
        except WellbeingError as exc:
            self._refuse(exc, self.files_message)
            return
        if self._save(
            dataclasses.replace(self._stored, files=(*self._stored.files, path)),
            self.files_message,
        ):
            self._choose_file(path)

    def _choose_file(self, path: str) -> None:
        for row in range(self.files.count()):
            item = self.files.item(row)
            if item.data(PATH_ROLE) == path:
                self.files.setCurrentItem(item)

    def _remove_file(self) -> None:
        row = self.files.currentRow()
        if row < 0:
            return
        path = self.files.item(row).data(PATH_ROLE)
        files = tuple(f for f in self._stored.files if f != path)
        if self._save(dataclasses.replace(self._stored, files=files), self.files_message):
            if self.files.count():
                self.files.setCurrentRow(min(row, self.files.count() - 1))
                self.files.setFocus()
            else:
                self.add_file.setFocus()

    def _address_edited(self) -> None:
        if self.address.text() != self._shown.get(self.address, ""):
            self._save_addresses(self.address.text())

    def _save_addresses(self, text: str) -> None:
        addresses = tuple(split_list(text, semicolons=True))
        self._save(dataclasses.replace(self._stored, addresses=addresses), self.address_message)

    def _keywords_edited(self, key: str) -> None:
        edit = self.keyword_edits.get(key)
        if edit is not None and edit.text() != self._shown.get(edit, ""):
            self._save_keywords(key, edit.text())

    def _save_keywords(self, key: str, text: str) -> None:
        rules = with_keywords(self._stored.rules, key, split_list(text))
        self._save(dataclasses.replace(self._stored, rules=rules), self.keywords_message)

    def _use_suggested(self) -> None:
        keys = [category.key for category in self._categories]
        rules = with_suggested_words(self._stored.rules, keys)
        self._save(dataclasses.replace(self._stored, rules=rules), self.keywords_message)
