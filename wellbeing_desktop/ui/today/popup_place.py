"""Where a popup opens: below its anchor, or above it when the screen has no room below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QWidget

GAP = 4  # px between the anchor and the popup


def popup_position(anchor: QWidget, size: QSize) -> QPoint:
    """The top-left (global) of a popup of ``size`` opened from ``anchor``.

    Below the anchor if it fits on the anchor's screen (its available area: without the
    taskbar), else above it; moved left or up as far as needed to stay on the screen.
    """
    top_left = anchor.mapToGlobal(QPoint(0, 0))
    below = QPoint(top_left.x(), top_left.y() + anchor.height() + GAP)
    area: QRect = (anchor.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    x = max(area.left(), min(below.x(), area.right() + 1 - size.width()))
    y = below.y()
    if y + size.height() > area.bottom() + 1:
        above = top_left.y() - GAP - size.height()
        y = above if above >= area.top() else max(area.top(), area.bottom() + 1 - size.height())
    return QPoint(x, y)
