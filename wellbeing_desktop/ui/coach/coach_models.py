"""The reflections a coach summary may include, each with a tick box that starts empty.

Which reflections may go to a coach is the service's rule (``services.sharing.reflections_for``);
the model shows the days it is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from wellbeing_desktop.ui.one_on_one.one_on_one_models import short_day

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.domain.models import DayLog, Language

_ModelIndex = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT_CHARS = 160


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The reflection on one line, cut at a word near ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return f"{cut} …"


class ReflectionChoiceModel(QAbstractListModel):
    """Coach reflections of the period; none is ticked until the user ticks it.

    It holds the days the service offers (``services.sharing.reflections_for`` with
    ``ShareLevel.COACH``); what leaves is checked against the store again when the file
    is written.
    """

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[DayLog] = []
        self._ticked: set[date] = set()
        self._language = language

    def set_days(self, days: Sequence[DayLog]) -> None:
        """Show these days; a day that stays in the list keeps its tick."""
        self.beginResetModel()
        self._days = sorted(days, key=lambda d: d.day)
        self._ticked &= {d.day for d in self._days}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._days = []
        self._ticked = set()
        self.endResetModel()

    def set_language(self, language: Language) -> None:
        self._language = language
        if self._days:
            self.dataChanged.emit(self.index(0), self.index(len(self._days) - 1))

    def ticked(self) -> frozenset[date]:
        return frozenset(self._ticked)

    def days(self) -> list[date]:
        return [d.day for d in self._days]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        day = self._days[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{short_day(day.day, self._language)} – {excerpt(day.reflection)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return excerpt(day.reflection, 600)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if day.day in self._ticked else Qt.CheckState.Unchecked
        if role == DAY_ROLE:
            return day.day
        return None

    def setData(
        self, index: _ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._days):
            return False
        day = self._days[index.row()].day
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        if checked == (day in self._ticked):
            return False
        if checked:
            self._ticked.add(day)
        else:
            self._ticked.discard(day)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
