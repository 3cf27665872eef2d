"""Locks the journal after a stretch without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Locks after the configured minutes without input.

    Signals:
    idle(): no input for the configured minutes (never while turned off).
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._minutes = 0
        self._timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 turns auto-lock off."""
        self._timer.stop()
        self._minutes = max(minutes, 0)
        if minutes > 0:
            self._timer.setInterval(minutes * 60_000)
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def minutes(self) -> int:
        """The minutes without input before it locks (0: off)."""
        return self._minutes

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.interval() > 0 and self._timer.isActive():
            self._timer.start()  # restarts the countdown
        return False
