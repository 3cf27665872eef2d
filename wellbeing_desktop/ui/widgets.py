"""Small building blocks shared by the views: cards, titles, banners."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Card(QFrame):
    """A section of a page: a quiet title above its content, on a rounded white card."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title.upper())
        self.title.setObjectName("cardTitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(10)
        self.body.addWidget(self.title)
        self.title.setVisible(bool(title))

    def set_title(self, title: str) -> None:
        self.title.setText(title.upper())
        self.title.setVisible(bool(title))


class Banner(QFrame):
    """A gentle, dismissable-looking note (a suggestion, never an alarm)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))


def page_title(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def centered_column(page: QWidget, content: QWidget) -> None:
    """Lay ``content`` out centred on ``page``, a little above the middle.

    Stretches rather than an alignment flag, so word-wrapped labels inside get the
    height they need at the content's width.
    """
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


def form_layout() -> QFormLayout:
    """The label-and-field grid every dialog form uses, with the app's spacing."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(10)
    form.setHorizontalSpacing(14)
    return form


def save_cancel_buttons() -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A dialog's Save (primary, default) and Cancel buttons; texts are set by the caller."""
    buttons = QDialogButtonBox()
    save = QPushButton()
    save.setObjectName("primary")
    save.setDefault(True)
    cancel = QPushButton()
    cancel.setAutoDefault(False)
    buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    return buttons, save, cancel
