"""A row of toggle buttons for one choice (energy 1–5, the sharing level), and a drawn lock.

The row is one Tab stop: ←/→ move the choice, digits choose (1 the first value), and
with ``allow_none`` 0 / Delete / Backspace clear it. The buttons answer the mouse. A screen
reader hears them as radio buttons, the chosen one checked (``single_choice``); the row
itself, which has the keyboard focus, says the chosen value in its description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from wellbeing_desktop.ui.common.single_choice import check_only, single_choice
from wellbeing_desktop.ui.common.style import ACCENT

if TYPE_CHECKING:
    from collections.abc import Sequence

T = TypeVar("T")

CHOICE_STYLE = f"""
QPushButton#choice {{ padding: 4px 12px; min-width: 22px; }}
QPushButton#choice:checked {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; border-radius: 4px;
}}
"""
_CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def lock_icon(colour: QColor, checked_colour: QColor, size: int = 16) -> QIcon:
    """A small padlock, drawn (no emoji font is needed)."""
    icon = QIcon()
    for tint, state in ((colour, QIcon.State.Off), (checked_colour, QIcon.State.On)):
        pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x, crisp at 200 % scaling
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(tint, 1.6)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        s = float(size)
        painter.drawArc(QRectF(s * 0.3, s * 0.12, s * 0.4, s * 0.5), 0, 180 * 16)
        painter.drawLine(int(s * 0.3), int(s * 0.37), int(s * 0.3), int(s * 0.47))
        painter.drawLine(int(s * 0.7), int(s * 0.37), int(s * 0.7), int(s * 0.47))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(QRectF(s * 0.2, s * 0.45, s * 0.6, s * 0.42), 2, 2)
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
        icon.addPixmap(pixmap, QIcon.Mode.Active, state)
    return icon


class ChoiceRow(QWidget, Generic[T]):
    """Exclusive toggle buttons; with ``allow_none`` a second click clears the choice.

    Signals:
        changed(): the user chose (or cleared) a value.
    """

    changed = Signal()

    def __init__(
        self, values: Sequence[T], *, allow_none: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(CHOICE_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the row is the one Tab stop
        self._values = list(values)
        self._allow_none = allow_none
        self._value: T | None = None
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for value in self._values:
            button = QPushButton()
            button.setObjectName("choice")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setIconSize(QSize(16, 16))
            button.clicked.connect(lambda _=False, v=value: self._clicked(v))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        single_choice(self.buttons)

    def value(self) -> T | None:
        return self._value

    def set_value(self, value: T | None) -> None:
        """Show a stored value (no signal)."""
        self._value = value
        check_only(self.buttons, self.button_for(value) if value in self._values else None)
        self._describe()

    def button_for(self, value: T) -> QPushButton:
        return self.buttons[self._values.index(value)]

    def choose(self, value: T | None) -> None:
        """The user's choice: shown, and ``changed`` emitted if it differs."""
        if value != self._value:
            self.set_value(value)
            self.changed.emit()

    def _clicked(self, value: T) -> None:
        new = None if (self._allow_none and value == self._value) else value
        self.set_value(new)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.changed.emit()

    # --- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = len(self._values)
        index = self._values.index(self._value) if self._value in self._values else None
        if Qt.Key.Key_1.value <= key <= Qt.Key.Key_9.value:
            digit = key - Qt.Key.Key_0.value
            if digit <= count:
                self.choose(self._values[digit - 1])
        elif key in _CLEAR_KEYS and self._allow_none:
            self.choose(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.choose(self._values[0 if index is None else min(count - 1, index + 1)])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.choose(self._values[0 if index is None else max(0, index - 1)])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._describe()

    def _describe(self) -> None:
        """Screen readers hear the chosen value (its button's accessible name)."""
        chosen = self.button_for(self._value) if self._value in self._values else None
        self.setAccessibleDescription(chosen.accessibleName() if chosen else "")
