"""The lists of the 1:1 view: meetings by date, agenda blocks that move, action items.

How their rows are drawn and edited is in one_on_one_delegates.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QListView,
    QWidget,
)

from wellbeing_desktop.ui.common.fitted_list import FittedList
from wellbeing_desktop.ui.one_on_one.one_on_one_delegates import (
    ActionDelegate,
    AgendaDelegate,
    MeetingDelegate,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from wellbeing_desktop.ui.one_on_one.one_on_one_models import ActionModel, AgendaModel


class EditableList(FittedList):
    """A fitted list whose rows are edited in place.

    A fitted list whose rows are edited in place: F2, double-click or Enter edits,
    Delete removes the current row.

    Signals:
        editing_finished(int): an in-place edit ended on this row.
    """

    editing_finished = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def _remove_row(self, row: int) -> bool:
        """Remove ``row`` from the model; False if nothing was removed."""
        raise NotImplementedError

    def remove_current(self) -> None:
        row = self.currentIndex().row()
        model = self.model()
        if row < 0 or model is None or not self._remove_row(row):
            return
        remaining = model.rowCount()
        if remaining:
            self.setCurrentIndex(model.index(min(row, remaining - 1), 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_current()
            event.accept()
            return
        if self.edit_on_enter(event):
            return
        super().keyPressEvent(event)

    def commit_open_edit(self) -> None:
        """Put the text of an open in-place editor into the list and close it, as Enter does."""
        if self.state() != self.State.EditingState:
            return
        editor: QWidget | None = self.indexWidget(self.currentIndex())  # None: no editor
        if editor is None:
            return
        self.commitData(editor)
        self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        row = self.currentIndex().row()
        super().closeEditor(editor, hint)
        self.editing_finished.emit(row)


_MEETING_LIST_STYLE = """
QListView#meetingList { background: transparent; border: none; }
QListView#meetingList QScrollBar:vertical { background: transparent; width: 10px; margin: 0; }
QListView#meetingList QScrollBar::handle:vertical {
    background: rgba(128, 128, 128, 90); border-radius: 4px; min-height: 28px; margin: 1px;
}
QListView#meetingList QScrollBar::add-line, QListView#meetingList QScrollBar::sub-line {
    height: 0; width: 0;
}
QListView#meetingList QScrollBar::add-page, QListView#meetingList QScrollBar::sub-page {
    background: transparent;
}
"""


class MeetingList(QListView):
    """The meetings by date, newest first; scrolls itself (it is the page's left column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingList")
        self.upcoming_word = [""]
        self.setItemDelegate(MeetingDelegate(self, self.upcoming_word))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setStyleSheet(_MEETING_LIST_STYLE)
        self.viewport().setAutoFillBackground(False)


class AgendaList(EditableList):
    """The agenda blocks: drag to reorder, Alt+↑/↓ to move, Delete to remove, F2 to edit.

    Signals:
        editing_finished(int): an in-place edit ended on this row (empty rows are removed).
    """

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaList")
        self.setItemDelegate(AgendaDelegate(self))
        self.setModel(model)
        self._agenda = model
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMovement(QListView.Movement.Snap)

    def move_current(self, delta: int) -> None:
        row = self.currentIndex().row()
        if row < 0:
            return
        target = self._agenda.move_block(row, delta)
        self.setCurrentIndex(self._agenda.index(target))

    def _remove_row(self, row: int) -> bool:
        return self._agenda.remove_block(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class ActionList(EditableList):
    """Action items with done check-boxes (Space ticks), F2 or double-click edits the text.

    Signals:
        editing_finished(int): an in-place edit ended on this row.
    """

    def __init__(self, model: ActionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionList")
        self.setItemDelegate(ActionDelegate(self))
        self.setModel(model)
        self._actions = model

    def _remove_row(self, row: int) -> bool:
        return self._actions.remove_action(row)
