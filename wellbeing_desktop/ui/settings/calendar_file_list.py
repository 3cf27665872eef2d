"""The list of calendar files in Settings' Calendar card: a name, its folder dimmer.

A file that is no longer there says so in the row; Delete (or Backspace) asks for the
current one to be removed, as the card's Remove button does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from wellbeing_desktop.ui.common.style import theme

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QPainter

PATH_ROLE = Qt.ItemDataRole.UserRole
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2
MOST_ROWS_SHOWN = 5
_PAD = 8


def file_exists(path: str) -> bool:
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


class FileRowDelegate(QStyledItemDelegate):
    """A file's name, then its folder dimmer (and "no longer there" for a missing file)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, QFontMetrics(option.font).height() + 2 * _PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colours = theme()
        text_colour = option.palette.highlightedText() if selected else option.palette.text()
        rect = option.rect.adjusted(_PAD + 2, 0, -_PAD, 0)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        folder = str(index.data(FOLDER_ROLE) or "")
        missing = str(index.data(MISSING_ROLE) or "")
        painter.save()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        room = rect.width()
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room)
        painter.setFont(bold)
        painter.setPen(text_colour.color())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, flags, shown)
        left = metrics.horizontalAdvance(shown) + 12
        plain = QFontMetrics(option.font)
        painter.setFont(option.font)
        if missing:
            note = plain.elidedText(missing, Qt.TextElideMode.ElideRight, max(room - left, 0))
            painter.setPen(text_colour.color() if selected else QColor(colours.warning))
            painter.drawText(rect.adjusted(left, 0, 0, 0), flags, note)
            left += plain.horizontalAdvance(note) + 12
        if folder and room - left > 40:
            dim = QColor(text_colour.color() if selected else QColor(colours.muted))
            painter.setPen(dim)
            shown_folder = plain.elidedText(folder, Qt.TextElideMode.ElideMiddle, room - left)
            painter.drawText(rect.adjusted(left, 0, 0, 0), flags, shown_folder)
        painter.restore()


class FileList(QListWidget):
    """The chosen files; Delete removes the current one (as the Remove button does)."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
