"""Knowing when a widget has first painted: the window is on screen by then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable


class FirstPaint(QObject):
    """Call back once a widget has first painted.

    Calls ``callback`` once, on the turn of the event loop after ``widget`` (or a
    widget inside it; with ``children=False`` only the widget) first painted: the window
    is on screen by then.
    """

    def __init__(
        self, widget: QWidget, callback: Callable[[], None], *, children: bool = True
    ) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        self._watched = [widget, *(widget.findChildren(QWidget) if children else ())]
        for watched in self._watched:
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callback is not None and event.type() == QEvent.Type.Paint:
            callback, self._callback = self._callback, None
            for widget in self._watched:
                widget.removeEventFilter(self)
            self._watched = []
            QTimer.singleShot(0, self, callback)
        return False
