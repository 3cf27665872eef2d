"""The main window: the unlock screen, then the journal."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListView, QMainWindow, QMessageBox, QStackedWidget, QWidget

from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.journal import Journal
from wellbeing_desktop.ui.tasks import TaskRunner
from wellbeing_desktop.ui.unlock_view import UnlockView

_Index = QModelIndex | QPersistentModelIndex


class DayListModel(QAbstractListModel):
    """The logged days, newest first, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[DayLog] = []

    def set_days(self, days: list[DayLog]) -> None:
        self.beginResetModel()
        self._days = sorted(days, key=lambda d: d.day, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._days)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        day = self._days[index.row()]
        step = f"  ·  step {day.stress_step}" if day.stress_step else ""
        first_line = day.reflection.strip().splitlines()[0] if day.reflection.strip() else ""
        return f"{day.day.isoformat()}{step}  ·  {first_line[:80]}"


class MainWindow(QMainWindow):
    def __init__(self, access: JournalAccess, tasks: TaskRunner) -> None:
        super().__init__()
        self.setWindowTitle("Leader Pulse")
        self.resize(1024, 700)
        self._access = access
        self.journal: Journal | None = None
        self.stack = QStackedWidget()
        self.unlock_view = UnlockView(access, tasks)
        self.day_model = DayListModel(self)
        self.day_list = QListView()
        self.day_list.setModel(self.day_model)
        self.day_list.setAccessibleName("Logged days")
        self.stack.addWidget(self.unlock_view)
        self.stack.addWidget(self.day_list)
        self.setCentralWidget(self.stack)
        self.unlock_view.opened.connect(self._opened)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock)

    def _opened(self, journal: Journal, recovery_code: str) -> None:
        self.journal = journal
        if recovery_code:
            QMessageBox.information(
                self,
                "Your recovery key",
                "Write down or print this recovery key and keep it safe. With it you can "
                f"open your journal if you forget the passphrase:\n\n{recovery_code}",
            )
        self.day_model.set_days(journal.days())
        self.stack.setCurrentWidget(self.day_list)

    def lock(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        self.day_model.set_days([])
        self.unlock_view.reset()
        self.stack.setCurrentWidget(self.unlock_view)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        super().closeEvent(event)
