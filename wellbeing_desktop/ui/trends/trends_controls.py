"""The Trends page's controls.

The Trends page's controls: segmented buttons for the range and the granularity, the
table toggle and the custom range's date fields (widgets and layout only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from wellbeing_desktop.ui.common.date_picker import style_date_edit
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.single_choice import single_choice
from wellbeing_desktop.ui.common.style import ACCENT, readable_accent

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from wellbeing_desktop.domain.models import Language

_SEGMENT_STYLE = f"""
QPushButton {{
    border: 1px solid {ACCENT}; padding: 5px 12px; color: {ACCENT}; background: transparent;
    border-radius: 0; border-left: none;
}}
QPushButton#segmentFirst {{
    border-left: 1px solid {ACCENT};
    border-top-left-radius: 6px; border-bottom-left-radius: 6px;
}}
QPushButton#segmentLast {{ border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}
QPushButton:checked {{ background: {ACCENT}; color: white; }}
QPushButton:focus:!checked {{ background: rgba(61, 126, 166, 40); }}
QPushButton:focus:checked {{ background: #2f6a8e; }}
"""
_TOGGLE_STYLE = f"""
QPushButton {{
    border: 1px solid {ACCENT}; padding: 5px 12px; color: {ACCENT}; background: transparent;
    border-radius: 6px;
}}
QPushButton:checked {{ background: {ACCENT}; color: white; }}
QPushButton:focus:!checked {{ background: rgba(61, 126, 166, 40); }}
"""


def segments(parent: QWidget, count: int) -> tuple[QButtonGroup, list[QPushButton], QHBoxLayout]:
    group = QButtonGroup(parent)
    group.setExclusive(True)
    buttons: list[QPushButton] = []
    row = QHBoxLayout()
    row.setSpacing(0)
    for number in range(count):
        button = QPushButton()
        button.setCheckable(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        if number == 0:
            button.setObjectName("segmentFirst")
        elif number == count - 1:
            button.setObjectName("segmentLast")
        button.setStyleSheet(readable_accent(_SEGMENT_STYLE))
        group.addButton(button, number)
        buttons.append(button)
        row.addWidget(button)
    single_choice(buttons)
    return group, buttons, row


def table_toggle() -> QPushButton:
    """The "Show as table" toggle, styled as a rounded accent button."""
    toggle = QPushButton()
    toggle.setObjectName("tableToggle")
    toggle.setCheckable(True)
    toggle.setCursor(Qt.CursorShape.PointingHandCursor)
    toggle.setStyleSheet(readable_accent(_TOGGLE_STYLE))
    return toggle


def muted_label() -> QLabel:
    label = QLabel()
    label.setObjectName("muted")
    return label


def date_field() -> QDateEdit:
    """A date field with a pop-up calendar (its format follows the language later)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setMinimumWidth(130)
    return edit


def custom_row(
    from_label: QLabel, from_date: QDateEdit, to_label: QLabel, to_date: QDateEdit
) -> QWidget:
    """The row of the custom range's two dates (hidden until "Custom" is chosen)."""
    from_label.setBuddy(from_date)
    to_label.setBuddy(to_date)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    layout.addWidget(from_label)
    layout.addWidget(from_date)
    layout.addSpacing(10)
    layout.addWidget(to_label)
    layout.addWidget(to_date)
    layout.addStretch(1)
    row.hide()
    return row


def set_quietly(edit: QDateEdit, day: date) -> None:
    """Show ``day`` in ``edit`` without telling anyone (a change the user did not make)."""
    edit.blockSignals(True)
    edit.setDate(to_qdate(day))
    edit.blockSignals(False)


def style_calendars(edits: Iterable[QDateEdit], language: Language) -> None:
    """The date fields' pop-up calendars as every date picker's (the range ends today)."""
    for edit in edits:
        style_date_edit(edit, language)


def status_line() -> QLabel:
    """The status line: the dates shown and the days logged in them."""
    label = muted_label()
    label.setWordWrap(True)
    return label


def message_line() -> QLabel:
    """The line that says why a read failed (hidden while there is nothing to say)."""
    label = QLabel()
    label.setObjectName("savedIndicator")
    label.setProperty("state", "error")
    label.setWordWrap(True)
    label.hide()
    return label
