"""Qt models of the 1:1 view: the meetings by date, the agenda blocks, the action items."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from wellbeing_desktop.domain.models import ActionItem, Language, OneOnOne
from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem
from wellbeing_desktop.ui.common.locale_format import long_date, short_date
from wellbeing_desktop.ui.common.translation import Message, tr
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

_ModelIndex = QModelIndex | QPersistentModelIndex

MEETING_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
UPCOMING_ROLE = Qt.ItemDataRole.UserRole + 3
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 4
AGENDA_ROWS_MIME = "application/x-leader-pulse-agenda-rows"  # row numbers, never text
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 5


def long_day(day: date, language: Language) -> str:
    """The day as "Torsdag 26. november 2026" / "Thursday 26 November 2026"."""
    return long_date(day, language)


def day_in_sentence(day: date, language: Language) -> str:
    """The day inside a sentence: "torsdag den 26. november 2026" / "Thursday 26 November 2026".

    Danish writes a weekday in lower case mid-sentence, and "den" before the date.
    """
    text = long_date(day, language)
    if language is not Language.DANISH:
        return text
    weekday, _, rest = text.partition(" ")
    return f"{weekday.lower()} den {rest}"


def short_day(day: date, language: Language) -> str:
    """The day as "26. nov. 2026" / "26 Nov 2026"."""
    return short_date(day, language)


def counted(n: int, one: Message, many: Message, language: Language) -> str:
    return tr(one, language) if n == 1 else tr(many, language).format(n=n)


# --- meetings ------------------------------------------------------------------------------


class MeetingListModel(QAbstractListModel):
    """The meetings, newest first (as the journal returns them), read-only."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meetings: list[OneOnOne] = []
        self._language = language
        self._today: date | None = None

    def set_meetings(self, meetings: Sequence[OneOnOne], today: date) -> None:
        self.beginResetModel()
        self._meetings = list(meetings)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._meetings = []
        self._today = None
        self.endResetModel()

    def replace_meeting(self, meeting: OneOnOne) -> None:
        """Show a saved meeting's new counts without resetting the list (or its selection)."""
        row = self.row_of(meeting.id)
        if row >= 0 and self._meetings[row].held_on == meeting.held_on:
            self._meetings[row] = meeting
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def set_language(self, language: Language) -> None:
        self._language = language
        if self._meetings:
            self.dataChanged.emit(self.index(0), self.index(len(self._meetings) - 1))

    def meetings(self) -> list[OneOnOne]:
        return list(self._meetings)

    def meeting(self, row: int) -> OneOnOne:
        return self._meetings[row]

    def row_of(self, meeting_id: int | None) -> int:
        for row, meeting in enumerate(self._meetings):
            if meeting.id == meeting_id:
                return row
        return -1

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._meetings)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._meetings):
            return None
        meeting = self._meetings[index.row()]
        language = self._language
        if role == Qt.ItemDataRole.DisplayRole:
            return short_day(meeting.held_on, language)
        if role == META_ROLE:
            return self._meta(meeting)
        if role == UPCOMING_ROLE:
            return self._today is not None and meeting.held_on > self._today
        if role == MEETING_ROLE:
            return meeting
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            parts = [long_day(meeting.held_on, language), *self._meta(meeting).split("\n")]
            if self._today is not None and meeting.held_on > self._today:
                parts.append(tr(words.UPCOMING, language))
            return ". ".join(parts)
        return None

    def _meta(self, meeting: OneOnOne) -> str:
        """Who it is with, then on a line of its own how many points and open actions."""
        language = self._language
        who = tr(words.MEETING_META, language).format(who=meeting.with_whom)
        counts: list[str] = []
        if meeting.agenda:
            counts.append(counted(len(meeting.agenda), words.ONE_POINT, words.POINTS, language))
        open_actions = sum(not a.done for a in meeting.actions)
        if open_actions:
            counts.append(
                counted(open_actions, words.ONE_OPEN_ACTION, words.OPEN_ACTIONS, language)
            )
        return "\n".join([who, " · ".join(counts)] if counts else [who])


# --- agenda --------------------------------------------------------------------------------


# One agenda point as the view holds it: the text, where a draft took it from ("" for the
# user's own points) and the draft block (one_on_one_prep.BLOCK_*, "" if own). The view
# holds the service's own agenda item; the name stays for the view's code.
AgendaBlock = AgendaDraftItem


class AgendaModel(QAbstractListModel):
    """The agenda as an editable, reorderable list (drag and drop moves rows).

    Signals:
        edited(): the user changed the agenda (text, order, rows added or removed).
    """

    edited = Signal()

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blocks: list[AgendaBlock] = []
        self._language = language

    # -- reading and loading
    def blocks(self) -> list[AgendaBlock]:
        return list(self._blocks)

    def texts(self) -> tuple[str, ...]:
        """The points to store: trimmed, and empty ones left out."""
        return tuple(b.text.strip() for b in self._blocks if b.text.strip())

    def set_blocks(self, blocks: Sequence[AgendaBlock]) -> None:
        self.beginResetModel()
        self._blocks = list(blocks)
        self.endResetModel()

    def clear(self) -> None:
        self.set_blocks(())

    def set_sources(self, blocks: Sequence[AgendaBlock]) -> bool:
        """Give the same points their sources in place (no reset, not an edit).

        Refused (False) when ``blocks`` are not the points shown now, in the same order.
        """
        if [b.text for b in blocks] != [b.text for b in self._blocks]:
            return False
        changed = [row for row, block in enumerate(blocks) if block != self._blocks[row]]
        self._blocks = list(blocks)
        for row in changed:  # only these: a row being edited keeps what is typed
            self.dataChanged.emit(self.index(row), self.index(row))
        return True

    def set_language(self, language: Language) -> None:
        self._language = language
        self._renumber(0)

    # -- changes the user makes
    def insert_block(self, row: int, block: AgendaBlock) -> QModelIndex:
        row = max(0, min(row, len(self._blocks)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._blocks.insert(row, block)
        self.endInsertRows()
        self._renumber(row)
        self.edited.emit()
        return self.index(row)

    def remove_block(self, row: int) -> bool:
        if not 0 <= row < len(self._blocks):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._blocks[row]
        self.endRemoveRows()
        self._renumber(row)
        self.edited.emit()
        return True

    def move_block(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); the row it ends on (unchanged at either end)."""
        target = row + delta
        if not (0 <= row < len(self._blocks) and 0 <= target < len(self._blocks)):
            return row
        # moveRows takes the row *before which* to insert: one further when moving down.
        destination = target + 1 if delta > 0 else target
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)
        return target

    def moveRows(
        self,
        source_parent: _ModelIndex,
        source_row: int,
        count: int,
        destination_parent: _ModelIndex,
        destination: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if source_row < 0 or last >= len(self._blocks):
            return False
        destination = max(0, min(destination, len(self._blocks)))
        if source_row <= destination <= last + 1:
            return False  # onto itself: nothing moves
        if not self.beginMoveRows(QModelIndex(), source_row, last, QModelIndex(), destination):
            return False
        moving = self._blocks[source_row : last + 1]
        del self._blocks[source_row : last + 1]
        insert_at = destination - count if destination > last else destination
        self._blocks[insert_at:insert_at] = moving
        self.endMoveRows()
        self._renumber(0)
        self.edited.emit()
        return True

    def setData(
        self, index: _ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = index.row()
        if not 0 <= row < len(self._blocks):
            return False
        text = " ".join(str(value or "").split())  # one line: newlines become spaces
        if text == self._blocks[row].text:
            return False
        self._blocks[row] = replace(self._blocks[row], text=text)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # -- the model interface
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._blocks)

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():  # between rows: where a dragged block may land
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    # A drag is offered to every program under the pointer, not only to this list: Qt's
    # default payload carries each point's text (a 1:1 reflection among them). Ours names
    # only the rows, in a type no other program reads; the list moves rows itself.
    def mimeTypes(self) -> list[str]:
        return [AGENDA_ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(AGENDA_ROWS_MIME, QByteArray(",".join(map(str, rows)).encode("ascii")))
        return data

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._blocks):
            return None
        block = self._blocks[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return block.text
        if role == SOURCE_ROLE:
            return block.source
        if role == NUMBER_ROLE:
            return index.row() + 1
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            number = tr(words.POINT_NUMBER, self._language).format(n=index.row() + 1)
            source = block.source or tr(words.OWN_POINT, self._language)
            return f"{number}: {block.text} ({source})"
        return None

    def _renumber(self, first: int) -> None:
        if first < len(self._blocks):
            self.dataChanged.emit(self.index(first), self.index(len(self._blocks) - 1))


# --- action items --------------------------------------------------------------------------


class ActionModel(QAbstractListModel):
    """Action items with a done check-box, editable in place.

    Signals:
        edited(): the user changed an action (text, done, added or removed).
    """

    edited = Signal()

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: list[ActionItem] = []
        self._language = language

    def actions(self) -> tuple[ActionItem, ...]:
        """The actions to store: trimmed text, empty ones left out."""
        return tuple(ActionItem(a.text.strip(), a.done) for a in self._actions if a.text.strip())

    def items(self) -> list[ActionItem]:
        return list(self._actions)

    def set_actions(self, actions: Sequence[ActionItem]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def clear(self) -> None:
        self.set_actions(())

    def set_language(self, language: Language) -> None:
        self._language = language

    def insert_action(self, row: int, action: ActionItem) -> QModelIndex:
        row = max(0, min(row, len(self._actions)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._actions.insert(row, action)
        self.endInsertRows()
        self.edited.emit()
        return self.index(row)

    def remove_action(self, row: int) -> bool:
        if not 0 <= row < len(self._actions):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._actions[row]
        self.endRemoveRows()
        self.edited.emit()
        return True

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return action.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = words.ACTION_DONE if action.done else words.ACTION_OPEN
            return f"{action.text} ({tr(state, self._language)})"
        return None

    def setData(
        self, index: _ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return False
        row = index.row()
        action = self._actions[row]
        if role == Qt.ItemDataRole.CheckStateRole:
            done = _is_checked(value)
            if done == action.done:
                return False
            self._actions[row] = replace(action, done=done)
        elif role == Qt.ItemDataRole.EditRole:
            text = " ".join(str(value or "").split())
            if text == action.text:
                return False
            self._actions[row] = replace(action, text=text)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


def _is_checked(value: object) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value or value is True
