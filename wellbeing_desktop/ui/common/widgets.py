"""Small building blocks shared by the views: cards, titles, banners, button rows.

No ``Qt`` at module level: the unlock window is built from these, and PySide6 builds all of
``Qt``'s enums (~10 ms) on its first use, which can wait until after the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.ui.common.style import theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox


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
        from PySide6.QtCore import Qt

        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))


def warning_style() -> str:
    """A style sheet for a calm warning line.

    A style sheet for a calm warning line (a refused save, a problem): amber, never
    alarm red, dark or light enough to read in the current scheme (WCAG AA).
    """
    return f"color: {theme().warning};"


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


def at_edge(widget: QWidget, *, right: bool) -> QHBoxLayout:
    """A row holding ``widget`` at its size, at the right or the left edge.

    The same as adding it with an alignment flag, without ``Qt``'s enums: PySide6 builds
    all of them (~10 ms) on first use, which the unlock window does not have to wait for.
    """
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    if right:
        row.addStretch(1)
    row.addWidget(widget)
    if not right:
        row.addStretch(1)
    return row


def form_layout() -> QFormLayout:
    """The label-and-field grid every dialog form uses, with the app's spacing."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(10)
    form.setHorizontalSpacing(14)
    return form


def save_cancel_buttons() -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A dialog's Save (primary, default) and Cancel buttons; texts are set by the caller."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox()
    save = QPushButton()
    save.setObjectName("primary")
    save.setDefault(True)
    cancel = QPushButton()
    cancel.setAutoDefault(False)
    buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    return buttons, save, cancel
