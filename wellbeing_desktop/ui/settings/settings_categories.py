"""The activity categories in Settings: a table of names and kinds over Category values."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import ActivityKind, Category, Language
from wellbeing_desktop.ui.common.style import KIND_COLOURS
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from collections.abc import Sequence

KIND_NAMES: dict[ActivityKind, Message] = {
    ActivityKind.OPERATIONS: translatable("settings_categories", "Operations"),
    ActivityKind.LEADERSHIP: translatable("settings_categories", "Leadership"),
    ActivityKind.OWN_WORK: translatable("settings_categories", "Own work"),
}
NAME_HEADER: Message = translatable("settings_categories", "Category")
KIND_HEADER: Message = translatable("settings_categories", "Counts as")
NEEDS_NAME: Message = translatable(
    "settings_categories",
    "Every category needs a name (at most 200 characters). The change is not saved yet.",
)
NEEDS_LEADERSHIP: Message = translatable(
    "settings_categories",
    "At least one category must count as leadership – otherwise "
    "there is no leadership share to show. The change is not saved "
    "yet.",
)

NAME_COLUMN = 0
KIND_COLUMN = 1
_KINDS = tuple(ActivityKind)

AnyIndex = QModelIndex | QPersistentModelIndex


def category_problem(categories: Sequence[Category]) -> Message | None:
    """Why these categories cannot be saved (as words to show), or None if they can.

    Every category needs a name, and at least one must count as leadership: the
    leadership share is the app's headline figure.
    """
    for category in categories:
        for name in (category.name_da, category.name_en):
            if not name.strip():
                return NEEDS_NAME
            try:
                validation.check_text("category", name, max_chars=validation.MAX_NAME)
            except ValidationError:
                return NEEDS_NAME
    if not any(c.kind is ActivityKind.LEADERSHIP for c in categories):
        return NEEDS_LEADERSHIP
    return None


class CategoryTableModel(QAbstractTableModel):
    """The user's categories: the name in the current language, and the kind.

    Signals:
        edited(): the user changed a name or a kind (the model already holds it).
    """

    edited = Signal()

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: list[Category] = []
        self._language = language

    # --- contents ----------------------------------------------------------------------

    def set_categories(self, categories: Sequence[Category]) -> None:
        self.beginResetModel()
        self._categories = list(categories)
        self.endResetModel()

    def categories(self) -> list[Category]:
        return list(self._categories)

    def clear(self) -> None:
        self.set_categories([])

    def set_language(self, language: Language) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._categories:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._categories)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(NAME_HEADER if section == NAME_COLUMN else KIND_HEADER, self._language)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._categories):
            return None
        category = self._categories[index.row()]
        if index.column() == NAME_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return category.name(self._language)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return category.name(self._language)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr(KIND_NAMES[category.kind], self._language)
        if role == Qt.ItemDataRole.EditRole:
            return category.kind
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(KIND_COLOURS[category.kind.value])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = index.row()
        category = self._categories[row]
        if index.column() == NAME_COLUMN:
            name = str(value).strip()
            if name == category.name(self._language):
                return False
            if self._language is Language.DANISH:
                changed = dataclasses.replace(category, name_da=name)
            else:
                changed = dataclasses.replace(category, name_en=name)
        else:
            kind = value if isinstance(value, ActivityKind) else ActivityKind(str(value))
            if kind is category.kind:
                return False
            changed = dataclasses.replace(category, kind=kind)
        self._categories[row] = changed
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class NameDelegate(QStyledItemDelegate):
    """Edits a category's name in a line edit named like its column."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(tr(NAME_HEADER, self.language))
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(validation.MAX_NAME)
        return editor


class KindCombo(QComboBox):
    """The editor of a category's kind.

    The kind editor. Signals:
    picked(): the user chose an entry in the open list (arrow keys alone do not pick).
    """

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._from_popup = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:
        self._from_popup = False
        super().showPopup()

    def hidePopup(self) -> None:
        # Called just before the chosen entry is activated.
        super().hidePopup()
        self._from_popup = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._from_popup = False
        super().keyPressEvent(event)

    def _activated(self, _row: int) -> None:
        if self._from_popup:
            self._from_popup = False
            self.picked.emit()


class KindDelegate(QStyledItemDelegate):
    """Edits a category's kind with a combo box; a pick commits at once."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = KindCombo(parent)
        for kind in _KINDS:
            combo.addItem(tr(KIND_NAMES[kind], self.language), kind)
            combo.setItemData(
                combo.count() - 1,
                QColor(KIND_COLOURS[kind.value]),
                Qt.ItemDataRole.DecorationRole,
            )
        combo.setAccessibleName(tr(KIND_HEADER, self.language))
        combo.picked.connect(lambda: self._picked(combo))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            kind = index.data(Qt.ItemDataRole.EditRole)
            if kind in _KINDS:
                editor.setCurrentIndex(_KINDS.index(ActivityKind(kind)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CategoryTable(QTableView):
    """The categories table, as tall as its rows (the page scrolls, not the table)."""

    def __init__(self, model: CategoryTableModel, language: Language) -> None:
        super().__init__()
        self.setObjectName("categoryTable")
        # Palette roles only, so the table follows the light or dark scheme with the cards.
        self.setStyleSheet(
            "QTableView#categoryTable { border: none; background: transparent; }"
            "QTableView#categoryTable QHeaderView { background: transparent; border: none; }"
            "QTableView#categoryTable QHeaderView::section {"
            " background: transparent; border: none; border-bottom: 1px solid palette(mid);"
            " padding: 4px 6px; font-weight: 600; }"
            "QTableView#categoryTable::item { padding-left: 6px;"
            " border-bottom: 1px solid palette(midlight); }"
        )
        self.setModel(model)
        self.name_delegate = NameDelegate(language, self)
        self.setItemDelegateForColumn(NAME_COLUMN, self.name_delegate)
        self.kind_delegate = KindDelegate(language, self)
        self.setItemDelegateForColumn(KIND_COLUMN, self.kind_delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        # Tab leaves the table (arrows move inside it), so the page's Tab order holds.
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(max(32, self.fontMetrics().height() + 14))
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setIconSize(QSize(12, 12))
        model.modelReset.connect(self._fit_height)
        self.clicked.connect(self._clicked)
        self._fit_height()

    def set_language(self, language: Language) -> None:
        self.name_delegate.language = language
        self.kind_delegate.language = language
        self._fit_kind_column()

    def _fit_kind_column(self) -> None:
        widest = max(
            self.fontMetrics().horizontalAdvance(tr(words, language))
            for words in (*KIND_NAMES.values(), KIND_HEADER)
            for language in Language
        )
        self.horizontalHeader().resizeSection(KIND_COLUMN, widest + 80)

    def _fit_height(self) -> None:
        self._fit_kind_column()
        rows = self.model().rowCount()
        height = self.horizontalHeader().sizeHint().height()
        height += rows * self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def _clicked(self, index: QModelIndex) -> None:
        # One click on a kind opens its choices: there is nothing else to do there.
        if index.column() == KIND_COLUMN:
            self.edit(index)

    def commit_open_editor(self) -> None:
        """Store what an open editor holds now (before the journal locks)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            delegate = self.itemDelegateForIndex(self.currentIndex())
            if delegate is not None:
                delegate.commitData.emit(editor)
                delegate.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Space on a kind opens its choices, like a button.
        if event.key() == Qt.Key.Key_Space and self.currentIndex().column() == KIND_COLUMN:
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)
