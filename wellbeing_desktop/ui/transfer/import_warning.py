"""The import preview's warning: an alert a screen reader announces, every day named.

An ``AlertBanner`` (the alert role, announced when it appears with new words). Each
warning is a sentence; when it is about more days than the sentence can name, every one
of them is in a compact list under it (a few lines high, scrolled with the mouse or the
keyboard), so the dialog still fits a 1366×768 screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout

from wellbeing_desktop.ui.common.alerts import AlertBanner

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QWidget

    from wellbeing_desktop.ui.transfer.import_preview import PreviewWarning

LIST_LINES = 4  # lines of days a list shows before it scrolls


class DayList(QScrollArea):
    """Every day of a warning, comma separated and wrapped, a few lines high."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningDays")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # with days: the keyboard scrolls it
        self.days = QLabel()
        self.days.setWordWrap(True)
        self.days.setTextFormat(Qt.TextFormat.PlainText)
        self.days.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.days.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWidget(self.days)
        self.viewport().setAutoFillBackground(False)
        self.days.setAutoFillBackground(False)
        self.hide()

    def show_days(self, days: Sequence[str]) -> None:
        text = ", ".join(days)
        self.days.setText(text)
        self.setAccessibleName(text)
        self.days.setAccessibleName(text)  # a screen reader on the list reads the dates
        policy = Qt.FocusPolicy.StrongFocus if days else Qt.FocusPolicy.NoFocus
        self.setFocusPolicy(policy)
        self._fit_height(self.width())
        self.setVisible(bool(days))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height(event.size().width())

    def _fit_height(self, width: int) -> None:
        """As high as its lines, at most ``LIST_LINES`` of them (then it scrolls)."""
        most = self.fontMetrics().lineSpacing() * LIST_LINES + 4
        needed = self.days.heightForWidth(max(width - 14, 100)) + 4  # room for a scroll bar
        self.setFixedHeight(min(max(needed, 0), most))


class ImportWarning(AlertBanner):
    """The preview's warnings (none: hidden), each with its list of days when long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        row.removeWidget(self.text)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        row.addLayout(column, 1)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.second = QLabel()
        self.second.setWordWrap(True)
        self.second.setTextFormat(Qt.TextFormat.PlainText)
        self.second.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lists = (DayList(), DayList())
        for widget in (self.text, self.lists[0], self.second, self.lists[1]):
            column.addWidget(widget)
        self.said = ""  # every warning, every day named: what a screen reader is told

    def show_warnings(self, warnings: Sequence[PreviewWarning]) -> None:
        """Show ``warnings`` (at most two), announced when they are new; none: hidden."""
        said = " ".join(part.spoken() for part in warnings)
        announce = bool(said) and (said != self.said or self.isHidden())
        self.said = said
        parts = list(warnings)[:2] + [None] * (2 - min(len(warnings), 2))
        for label, days, part in zip((self.text, self.second), self.lists, parts, strict=True):
            label.setText(part.text if part else "")
            label.setAccessibleName(part.text if part else "")
            label.setVisible(part is not None)
            days.show_days(part.listed if part else ())
        self.setAccessibleName(said)
        self.setVisible(bool(said))
        if announce:
            self.alerts += 1
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
