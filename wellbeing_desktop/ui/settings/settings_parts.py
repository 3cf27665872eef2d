"""Small parts the Settings cards share: the amber error line, form rows, a path label."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


def error_line() -> QLabel:
    """A calm amber line for what could not be saved (hidden while empty)."""
    label = QLabel()
    label.setObjectName("savedIndicator")
    label.setProperty("state", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def show_line(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``; an empty text hides it."""
    label.setText(text)
    label.setVisible(bool(text))


def form_layout() -> QFormLayout:
    """A card's form: labels left, fields growing to the right."""
    form = QFormLayout()
    form.setHorizontalSpacing(24)
    form.setVerticalSpacing(14)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def with_note(field: QWidget, note: QLabel) -> QHBoxLayout:
    """A field with a quiet note beside it."""
    row = QHBoxLayout()
    row.setSpacing(14)
    row.addWidget(field, 0, Qt.AlignmentFlag.AlignVCenter)
    row.addWidget(note, 1, Qt.AlignmentFlag.AlignVCenter)
    return row


class PathLabel(QLabel):
    """A file path shortened in the middle to fit; the whole path is in the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setObjectName("muted")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_path(self, path: str) -> None:
        self._full = path
        self.setToolTip(path)
        self.setAccessibleDescription(path)
        self._elide()

    def path(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(
            min(self.fontMetrics().horizontalAdvance(self._full) + 4, 480),
            super().sizeHint().height(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideMiddle, max(self.width() - 4, 40)
        )
        if shown != self.text():
            super().setText(shown)


def buttons(*row: QPushButton) -> QHBoxLayout:
    """Buttons side by side from the left."""
    layout = QHBoxLayout()
    layout.setSpacing(8)
    for button in row:
        layout.addWidget(button)
    layout.addStretch(1)
    return layout


def column(*items: QWidget | QLayout) -> QVBoxLayout:
    """Widgets and layouts one under the other, close together."""
    layout = QVBoxLayout()
    layout.setSpacing(6)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def labelled_rows(rows: dict[str, QLayout]) -> tuple[QFormLayout, dict[str, QLabel]]:
    """A form of rows under top-aligned labels (set later, by key), never wrapped."""
    form = QFormLayout()
    form.setHorizontalSpacing(24)
    form.setVerticalSpacing(18)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    labels: dict[str, QLabel] = {}
    for key, field in rows.items():
        label = QLabel()
        label.setWordWrap(False)
        labels[key] = label
        form.addRow(label, field)
    return form, labels
