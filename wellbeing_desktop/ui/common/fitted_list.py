"""A list view exactly as tall as its rows: the page around it scrolls, never the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtGui import QKeyEvent, QResizeEvent, QWheelEvent


class FittedList(QListView):
    """A frameless, transparent single-selection list that grows to fit its rows.

    Its height follows the model (reset, rows in or out, changed data) and its width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setStyleSheet("QListView { background: transparent; border: none; }")
        self.viewport().setAutoFillBackground(False)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.dataChanged,
            ):
                signal.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        """Take the height of all rows (at the current width)."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = sum(self.sizeHintForRow(row) for row in range(rows))
        self.setFixedHeight(max(height, 0) + 2 * self.frameWidth())
        self.scheduleDelayedItemsLayout()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the page around the list scrolls

    def edit_on_enter(self, event: QKeyEvent) -> bool:
        """Enter opens the current row's text for editing (as F2 does)."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if self.state() == self.State.EditingState or not self.currentIndex().isValid():
            return False
        if self.edit(self.currentIndex(), self.EditTrigger.EditKeyPressed, event):
            event.accept()
            return True
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
