"""The consent log: every file that left the app — when, what, which period and sections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.ui.common.locale_format import date_time_text, short_date
from wellbeing_desktop.ui.common.style import is_dark, theme
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import muted, page_title, warning_style
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from PySide6.QtGui import QShowEvent

    from wellbeing_desktop.domain.models import ExportRecord, Language
    from wellbeing_desktop.ui.shell.session import JournalSession

_ModelIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def _table_style(dark: bool) -> str:
    colours = theme(dark)
    card, border, muted = colours.card, colours.border, colours.muted
    stripe = "#24272b" if dark else "#f8f7f4"
    return f"""
    QTableView#exportLogTable {{
        background: {card}; alternate-background-color: {stripe};
        border: 1px solid {border}; border-radius: 8px; gridline-color: transparent;
        selection-background-color: rgba(61, 126, 166, 45); selection-color: palette(text);
    }}
    QTableView#exportLogTable::item {{ padding: 6px 8px; }}
    QTableView#exportLogTable QHeaderView::section {{
        background: {card}; color: {muted}; font-weight: 600; border: none;
        border-bottom: 1px solid {border}; padding: 6px 8px;
    }}
    """


def kind_text(kind: str, language: Language) -> str:
    texts = words.KIND_NAMES.get(kind)
    return tr(texts, language) if texts else kind.upper()


def format_text(file_format: str, language: Language) -> str:
    texts = words.LOG_FORMAT_NAMES.get(file_format)
    return tr(texts, language) if texts else file_format.upper()


def _day(day: date, language: Language, *, year: bool = True) -> str:
    return short_date(day, language, year=year)


def period_text(record: ExportRecord, language: Language) -> str:
    """The period as "2. nov. – 26. nov. 2026" / "2 Nov – 26 Nov 2026" (one year if same)."""
    start, end = record.period_start, record.period_end
    if start is None and end is None:
        return "–"
    if start is None:
        return f"… – {_day(end, language)}" if end else "–"
    if end is None:
        return f"{_day(start, language)} – …"
    if start == end:
        return _day(start, language)
    return f"{_day(start, language, year=start.year != end.year)} – {_day(end, language)}"


def made_text(moment: datetime, language: Language) -> str:
    """The moment as "26. nov. 2026 kl. 17:30" / "26 Nov 2026, 17:30"."""
    return date_time_text(moment, language)


def sections_text(record: ExportRecord, language: Language) -> str:
    names = [
        tr(words.SECTION_NAMES[s], language) if s in words.SECTION_NAMES else s
        for s in record.sections
    ]
    return ", ".join(names) if names else "–"


def reflections_text(record: ExportRecord, language: Language) -> str:
    days = record.reflection_days
    if not days:
        return tr(words.NONE_SHARED, language)
    listed = ", ".join(short_date(day, language, year=False) for day in days)
    if record.kind == "one-on-one":
        return tr(words.NAMED_ONLY, language).format(count=len(days), days=listed)
    return f"{len(days)} ({listed})"


class ExportLogModel(QAbstractTableModel):
    """The consent log as a read-only table, newest first (as the journal returns it)."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[ExportRecord] = []
        self._language = language

    def set_records(self, records: Sequence[ExportRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records(())

    def set_language(self, language: Language) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(words.LOG_COLUMNS) - 1)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, len(words.LOG_COLUMNS) - 1)
            )

    def record(self, row: int) -> ExportRecord:
        return self._records[row]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(words.LOG_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(words.LOG_COLUMNS)
        ):
            return tr(words.LOG_COLUMNS[section], self._language)
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == RECORD_ROLE:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(record, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _cell(self, record: ExportRecord, column: int) -> str:
        language = self._language
        if column == 0:
            return made_text(record.made_at, language)
        if column == 1:
            return kind_text(record.kind, language)
        if column == 2:
            return format_text(record.format, language)
        if column == 3:
            return period_text(record, language)
        if column == 4:
            return sections_text(record, language)
        if column == 5:
            return reflections_text(record, language)
        return ""


class ExportLogDialog(QDialog):
    """Shows the consent log; reads it from the journal on ``refresh``."""

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportLog")
        self._session = session
        self.heading = page_title()
        self.intro = muted()
        self.model = ExportLogModel(session.language, self)
        self.table = self._build_table()
        header = self.table.horizontalHeader()
        self.empty = muted()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(warning_style())
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)  # in the table's place (and its room) when empty
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(980, 440)  # room for "Opsummering til coach" and the sections
        self.setMinimumSize(640, 320)

        self.model.modelReset.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        session.language_changed.connect(self.retranslate)
        session.closed.connect(self.discard)
        self.retranslate(session.language)
        self.refresh()

    def _build_table(self) -> QTableView:
        """The log's table: one row per export, read with the arrow keys."""
        table = QTableView()
        table.setObjectName("exportLogTable")
        table.setTabKeyNavigation(False)  # Tab moves on; arrow keys read the cells
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setStyleSheet(_table_style(is_dark()))
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(3, 180)
        header.resizeSection(5, 130)
        return table

    def retranslate(self, language: Language) -> None:
        self.setWindowTitle(tr(words.LOG_TITLE, language))
        self.heading.setText(tr(words.LOG_TITLE, language))
        self.intro.setText(tr(words.LOG_INTRO, language))
        self.empty.setText(tr(words.LOG_EMPTY, language))
        self.table.setAccessibleName(tr(words.LOG_TITLE, language))
        self.close_button.setText(tr(words.CLOSE, language))
        self.model.set_language(language)
        self.table.resizeRowsToContents()

    def refresh(self) -> None:
        if not self._session.is_open:
            self.discard()
            return
        try:
            records = self._session.journal.export_log()
        except WellbeingError as exc:
            self.message.setText(user_message(exc, self._session.language))
            self.message.show()
            return
        self.message.hide()
        self.model.set_records(records)
        self.table.selectionModel().clearCurrentIndex()
        self.table.setVisible(bool(records))
        self.empty.setVisible(not records)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.close_button.setFocus()  # Enter or Esc closes; Shift+Tab reaches the table

    def discard(self) -> None:
        """The journal locked: forget the log and close."""
        self.model.clear()
        self.reject()
