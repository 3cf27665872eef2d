"""A row of toggle buttons for one choice (energy 1–5, the sharing level), and a drawn lock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

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
            button.setIconSize(QSize(16, 16))
            button.clicked.connect(lambda _=False, v=value: self._clicked(v))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)

    def value(self) -> T | None:
        return self._value

    def set_value(self, value: T | None) -> None:
        """Show a stored value (no signal)."""
        self._value = value
        for button, candidate in zip(self.buttons, self._values, strict=True):
            button.setChecked(candidate == value)

    def button_for(self, value: T) -> QPushButton:
        return self.buttons[self._values.index(value)]

    def _clicked(self, value: T) -> None:
        new = None if (self._allow_none and value == self._value) else value
        self.set_value(new)
        self.changed.emit()
