"""The WHO-5 dialog's parts.

The WHO-5 dialog's parts: the answer grid (a statement per row, the six-point scale in
columns, digits 0–5 pick an answer) and the result box (score, meaning, change).
Widgets and layout only; ``Who5Dialog`` holds the state and saves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.validation import WHO5_ANSWER_RANGE
from wellbeing_desktop.ui.common.style import theme
from wellbeing_desktop.ui.common.widgets import muted

# Columns left to right as on the WHO-5 form: 5 "all of the time" .. 0 "at no time".
COLUMN_VALUES = tuple(range(WHO5_ANSWER_RANGE[1], WHO5_ANSWER_RANGE[0] - 1, -1))  # 5 … 0
SCALE_COLUMN_WIDTH = 96
ITEM_MIN_WIDTH = 230
DIALOG_WIDTH = 900


class _DigitKeys(QObject):
    """Typing 0–5 while a statement has focus picks that answer (arrows and Tab as usual)."""

    def __init__(self, group: QButtonGroup, parent: QObject) -> None:
        super().__init__(parent)
        self._group = group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text in "012345":
                button = self._group.button(int(text))
                if button is not None:
                    button.click()
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return False


class FittingScroll(QScrollArea):
    """A frameless scroll area that asks for the full height of its word-wrapped content."""

    def __init__(self) -> None:
        super().__init__()
        self.fit_width = DIALOG_WIDTH
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        width = self.fit_width
        height = (
            content.heightForWidth(width)
            if content.hasHeightForWidth()
            else content.sizeHint().height()
        )
        return QSize(width, max(height, content.minimumSizeHint().height()))


def grid_cell(
    widget: QWidget, row: int, *, header: bool = False, shade: str = "", fixed: bool = False
) -> QWidget:
    """A grid cell with padding; data rows may be shaded so a statement reads across.

    The six answer columns have one fixed width, so the statements get the rest.
    """
    cell = QFrame()
    cell.setObjectName("who5Cell")
    layout = QVBoxLayout(cell)
    pad = 0 if fixed else 10
    layout.setContentsMargins(pad, 10 if not header else 0, pad, 10 if not header else 6)
    layout.addWidget(widget)
    if fixed:
        cell.setFixedWidth(SCALE_COLUMN_WIDTH)
    if shade:
        cell.setStyleSheet(f"QFrame#who5Cell {{ background: {shade}; }}")
    return cell


def answer_table(grid: QGridLayout, stem: QLabel, scale_headers: list[QLabel]) -> QFrame:
    """The card the answer grid goes in, with its header row.

    The card the grid goes in, with the grid's header row: the stem (bold, over the
    statements) and the six scale headers with their numbers (into ``scale_headers``).
    """
    stem.setWordWrap(True)
    stem_font = stem.font()
    stem_font.setBold(True)
    stem.setFont(stem_font)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(0)
    grid.setVerticalSpacing(0)
    stem.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    grid.addWidget(grid_cell(stem, 0, header=True), 0, 0)
    for column, value in enumerate(COLUMN_VALUES, start=1):
        header = QLabel()
        header.setWordWrap(True)
        header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        header.setObjectName("who5ScaleHeader")
        scale_headers.append(header)
        number = muted(str(value))
        number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(4, 0, 4, 6)
        box_layout.setSpacing(2)
        box_layout.addWidget(header, 1)
        box_layout.addWidget(number)
        grid.addWidget(grid_cell(box, 0, header=True, fixed=True), 0, column)
    grid.setColumnStretch(0, 1)
    table = QFrame()
    table.setObjectName("card")  # the quiet white card of the pages
    return table


def answer_row(
    owner: QObject, grid: QGridLayout, row: int, *, dark: bool
) -> tuple[QLabel, QButtonGroup]:
    """One statement's row of answers.

    One statement's row: its label and six radio buttons in one exclusive group (owned
    by ``owner``); odd rows are shaded so a statement reads across.
    """
    label = QLabel()
    label.setWordWrap(True)
    label.setMinimumWidth(ITEM_MIN_WIDTH)
    group = QButtonGroup(owner)
    group.setExclusive(True)
    shade = ("#262a2e" if dark else "#f6f5f2") if row % 2 else ""
    grid.addWidget(grid_cell(label, row, shade=shade), row, 0)
    digits = _DigitKeys(group, owner)
    for column, value in enumerate(COLUMN_VALUES, start=1):
        button = QRadioButton()
        button.installEventFilter(digits)
        group.addButton(button, value)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        cell = grid_cell(holder, row, shade=shade, fixed=True)
        grid.addWidget(cell, row, column)
    return label, group


class ResultBox(QFrame):
    """The score (large), "out of 100", and beside it the progress, meaning and change."""

    def __init__(self, *, dark: bool) -> None:
        super().__init__()
        self.score_number = QLabel()
        self.score_number.setObjectName("who5Score")
        self.score_number.setStyleSheet(f"color: {theme().accent_text};")
        big = self.score_number.font()  # relative: follows the system font size
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.score_number.setFont(big)
        self.score_caption = muted()
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.change = muted()
        self.progress = muted()
        score_side = QVBoxLayout()
        score_side.setSpacing(0)
        score_side.addWidget(self.score_number, 0, Qt.AlignmentFlag.AlignHCenter)
        score_side.addWidget(self.score_caption, 0, Qt.AlignmentFlag.AlignHCenter)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addStretch(1)
        words.addWidget(self.progress)
        words.addWidget(self.meaning)
        words.addWidget(self.change)
        words.addStretch(1)
        self.setObjectName("who5Result")
        self.setStyleSheet(
            "QFrame#who5Result { border: 1px solid %s; border-radius: 8px; }"
            % ("#3a3e44" if dark else "#e2e0db")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(18)
        layout.addLayout(score_side)
        layout.addLayout(words, 1)
        self.setMinimumHeight(84)
