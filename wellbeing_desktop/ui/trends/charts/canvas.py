"""The canvas a Trends chart is drawn on.

A Tab stop (the mouse does not focus it): a screen reader hears the chart's name and its
latest figures (the accessible description, ``figures``), and Enter or Space asks for the
numbers as a table (``table_asked``), the keyboard's way to them from the chart itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from wellbeing_desktop.ui.common.wheel import pass_wheel_to_page

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QWheelEvent

_TABLE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class ChartView(pg.GraphicsLayoutWidget):  # type: ignore[misc]
    """The chart's canvas: the mouse wheel scrolls the page, as over any other card.

    The charts do not zoom (the range and granularity buttons choose what is shown), so
    pyqtgraph's wheel zoom, which took the wheel from the page, is left out.

    Signals:
        table_asked(): Enter or Space on the focused chart.
    """

    table_asked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if pass_wheel_to_page(self, event):
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _TABLE_KEYS and not event.modifiers():
            event.accept()
            self.table_asked.emit()
            return
        super().keyPressEvent(event)
