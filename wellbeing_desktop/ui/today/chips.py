"""Picked catalogue items as removable chips, and "+" opening the catalogue to search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from wellbeing_desktop.domain.models import CatalogueItem, Language
from wellbeing_desktop.ui.common.style import ACCENT, readable_accent
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.today import words
from wellbeing_desktop.ui.today.flow_layout import FlowLayout
from wellbeing_desktop.ui.today.popup_place import popup_position

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CHIP_WIDTH = 200  # px; longer labels are elided (the tooltip has the whole text)
CHIP_STYLE = f"""
QPushButton#chip {{
    border: 1px solid rgba(61, 126, 166, 0.45); border-radius: 12px;
    padding: 2px 10px; background: rgba(61, 126, 166, 0.10);
}}
QPushButton#chip:focus {{ border: 2px solid {ACCENT}; }}
QPushButton#addChip {{
    border: 1px dashed rgba(61, 126, 166, 0.6); border-radius: 12px; padding: 2px 10px;
    background: transparent; color: {ACCENT}; font-weight: 600;
}}
QPushButton#addChip:focus {{ border: 2px solid {ACCENT}; }}
QPushButton#moreChips {{
    border: 1px solid rgba(61, 126, 166, 0.45); border-radius: 12px; padding: 2px 10px;
    background: transparent; color: {ACCENT}; font-weight: 600;
}}
QPushButton#moreChips:focus {{ border: 2px solid {ACCENT}; }}
"""

SHOW_ALL: Message = translatable("today.words", "Show all {n}")
SHOW_FEWER: Message = translatable("today.words", "Show fewer")
MORE: Message = translatable("today.words", "{n} more")
FEWER: Message = translatable("today.words", "Fewer")

_Index = QModelIndex | QPersistentModelIndex


class CatalogueModel(QAbstractListModel):
    """The items of a pick list in the current language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[CatalogueItem] = []
        self._language = Language.DANISH

    def set_items(self, items: list[CatalogueItem], language: Language) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._language = language
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.label(self._language)
        if role == KEY_ROLE:
            return item.key
        return None


class CataloguePicker(QFrame):
    """A popup: a search line over the catalogue; Enter or a click picks the item.

    Signals:
        picked(str): the key of the chosen item.
    """

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("card")
        self.model = CatalogueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.resize(400, 320)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_current)
        self.search.installEventFilter(self)
        self.list.activated.connect(self._pick)
        self.list.clicked.connect(self._pick)

    def open_below(self, anchor: QWidget, items: list[CatalogueItem], language: Language) -> None:
        self.model.set_items(items, language)
        self.search.setText("")
        self.search.setPlaceholderText(tr(words.SEARCH, language))
        self.search.setAccessibleName(tr(words.SEARCH, language))
        self._filter("")
        self.move(popup_position(anchor, self.size()))  # above it if no room below
        self.show()
        self.search.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # Up/Down in the search line move through the list, so the mouse is never needed.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.proxy.rowCount() - 1, self.list.currentIndex().row() + step))
            self.list.setCurrentIndex(self.proxy.index(row, 0))
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _pick_current(self) -> None:
        if self.list.currentIndex().isValid():
            self._pick(self.list.currentIndex())

    def _pick(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        self.hide()
        if isinstance(key, str):
            self.picked.emit(key)


class ChipBox(QWidget):
    """The picked items of one catalogue as chips; "+" adds, a chip's click removes it.

    One Tab stop, "+": ← from it goes to the chips (arrows move, Space or Delete removes);
    so a day with many items does not add as many stops.

    A day opens *folded*: the chips keep to one line, and "3 more" in place of the rest
    shows them all (then "Fewer" folds them again), so many items never push the day's other
    questions out of sight. Adding an item unfolds, so the new chip is seen.

    Signals:
        changed(): the user added or removed an item.
        fold_changed(): the chips were folded to one line or unfolded.
    """

    changed = Signal()
    fold_changed = Signal()

    def __init__(self, add_words: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(readable_accent(CHIP_STYLE))
        self._add_words = add_words
        self._language = Language.DANISH
        self._items: dict[str, CatalogueItem] = {}
        self._picked: list[str] = []
        self.chips: list[QPushButton] = []
        self.flow = FlowLayout(self, spacing=4)
        self.add_button = QPushButton("+")
        self.add_button.setObjectName("addChip")
        self.more_button = QPushButton()
        self.more_button.setObjectName("moreChips")
        self.more_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached by ← from "+"
        self.more_button.hide()
        self.flow.addWidget(self.more_button)
        self.flow.set_more(self.more_button)
        self.flow.set_folded(True)
        self.flow.on_fold = self._folded_to
        self._hidden = 0
        self.more_button.clicked.connect(self.toggle_fold)
        self.more_button.installEventFilter(self)
        self.flow.addWidget(self.add_button)
        self.picker = CataloguePicker(self)
        self.add_button.clicked.connect(self.open_picker)
        self.add_button.installEventFilter(self)
        self.picker.picked.connect(self._add)

    def set_items(self, items: list[CatalogueItem]) -> None:
        self._items = {item.key: item for item in items}
        self._rebuild()

    def set_picked(self, keys: tuple[str, ...]) -> None:
        """Show a stored day's items (no signal); unknown keys are kept, not shown."""
        self._picked = list(keys)
        self.flow.set_folded(True)
        self._rebuild()

    def picked(self) -> tuple[str, ...]:
        return tuple(self._picked)

    def retranslate(self, language: Language) -> None:
        self._language = language
        self.add_button.setToolTip(
            tr(words.ADD_TIP, language).format(action=tr(self._add_words, language))
        )
        self.add_button.setAccessibleName(tr(self._add_words, language))
        self.picker.search.setAccessibleName(tr(words.SEARCH, language))
        self.picker.list.setAccessibleName(tr(self._add_words, language))
        self._rebuild()
        self._more_words()

    def clear(self) -> None:
        self.picker.hide()
        self.picker.model.set_items([], self._language)
        self._items = {}
        self.set_picked(())

    def open_picker(self) -> None:
        offer = [item for key, item in self._items.items() if key not in self._picked]
        self.picker.open_below(self.add_button, offer, self._language)

    def folded(self) -> bool:
        """True while chips that do not fit on one line are hidden behind "N more"."""
        return self.flow.folded()

    def hidden_count(self) -> int:
        """How many chips the fold hides now."""
        return self._hidden

    def toggle_fold(self) -> None:
        had_focus = self.more_button.hasFocus()
        self.flow.set_folded(not self.flow.folded())
        self.fold_changed.emit()
        self.updateGeometry()
        self.flow.activate()
        if had_focus and not self.more_button.isVisible():
            self.add_button.setFocus()

    def _folded_to(self, hidden: int, needed: bool) -> None:
        if hidden != self._hidden or self.more_button.property("needed") != needed:
            self._hidden = hidden
            self.more_button.setProperty("needed", needed)
            self._more_words()

    def _more_words(self) -> None:
        language = self._language
        if self.flow.folded():
            self.more_button.setText(tr(MORE, language).format(n=self._hidden))
            words_tip = tr(SHOW_ALL, language).format(n=len(self.chips))
        else:
            self.more_button.setText(tr(FEWER, language))
            words_tip = tr(SHOW_FEWER, language)
        self.more_button.setToolTip(words_tip)
        self.more_button.setAccessibleName(words_tip)

    def _add(self, key: str) -> None:
        if key not in self._picked:
            self._picked.append(key)
            self.flow.set_folded(False)  # the new chip is seen
            self.fold_changed.emit()
            self._rebuild()
            self.changed.emit()
        self.add_button.setFocus()

    def _remove(self, key: str) -> None:
        if key in self._picked:
            index = self._picked.index(key)
            self._picked.remove(key)
            self._rebuild()
            self.changed.emit()
            shown = [chip for chip in self.chips if chip.isVisible()]
            (shown[min(index, len(shown) - 1)] if shown else self.add_button).setFocus()

    def _rebuild(self) -> None:
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.setParent(None)  # out of the focus chain now, not at deletion
            chip.deleteLater()
        self.chips = []
        self.flow.removeWidget(self.more_button)
        self.flow.removeWidget(self.add_button)
        for key in self._picked:
            item = self._items.get(key)
            if item is None:
                continue
            label = item.label(self._language)
            chip = QPushButton(self)
            chip.setObjectName("chip")
            elided = chip.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, CHIP_WIDTH)
            chip.setText(f"{elided}  ×")
            chip.setToolTip(tr(words.REMOVE_TIP, self._language).format(label=label))
            chip.setAccessibleName(tr(words.REMOVE, self._language).format(label=label))
            chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached by ← from "+"
            chip.clicked.connect(lambda _=False, k=key: self._remove(k))
            chip.installEventFilter(self)
            self.flow.addWidget(chip)
            chip.show()
            self.chips.append(chip)
        self.flow.addWidget(self.more_button)
        self.flow.addWidget(self.add_button)
        self._fix_tab_order()
        self.updateGeometry()
        self.flow.activate()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Arrows between "+" and the chips; Delete or Backspace on a chip removes it."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        row: list[QPushButton] = [
            *(chip for chip in self.chips if chip.isVisibleTo(self)),
            *([self.more_button] if self.more_button.isVisibleTo(self) else []),
            self.add_button,
        ]
        if watched not in row:
            return super().eventFilter(watched, event)
        index, key = row.index(watched), event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) and index > 0:
            row[index - 1].setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) and index < len(row) - 1:
            row[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and watched in self.chips:
            watched.click()
            return True
        return super().eventFilter(watched, event)

    def _fix_tab_order(self) -> None:
        # New chips join the end of the window's focus chain; put them before "+".
        before = self.add_button.previousInFocusChain()
        widgets: list[QWidget] = [
            *([before] if before else []),
            *self.chips,
            self.more_button,
            self.add_button,
        ]
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)
