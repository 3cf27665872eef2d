"""The stress staircase: five low steps in one row, rising a little; click one or press 1–5.

The row is one Tab stop: digits choose, ←/→ move, 0 / Delete clear. The step's one-line
description (``Staircase.description``, for the focused or chosen step) is a label the
page places; it is also each step's tooltip and what screen readers hear. To a screen
reader the steps are five radio buttons, the chosen one checked (Qt's own accessibility
of a button; the row, which has the keyboard focus, says the chosen step).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.catalogues import STRESS_STEPS, StressStep
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.common.single_choice import check_only, single_choice
from wellbeing_desktop.ui.common.style import ACCENT, STEP_COLOURS
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import muted
from wellbeing_desktop.ui.today import words

RISE = 3  # px each step stands above the one before
GAP = 6
BAND = 4  # px: the strip of the step's colour along the top
DARK_TEXT = "#1f2328"  # on a filled (light, muted) step colour, in light and dark schemes


class StepCard(QAbstractButton):
    """One step: number and name on one line. Clicking it emits ``picked``.

    Its summary is the tooltip and the accessible description (``summary`` holds it; it is
    not shown in the card itself). A checkable, auto-exclusive button, so Qt tells a
    screen reader it is a radio button and whether it is checked; the staircase alone
    checks it (a click asks; the staircase's choice answers).
    """

    picked = Signal(int)

    def __init__(self, step: StressStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.chosen = False
        single_choice((self,))
        # A screen reader's "press" (Qt's click): as a click of the mouse.
        self.clicked.connect(lambda _checked=False: self.picked.emit(self.step.number))
        self.marked = False  # the keyboard focus ring is drawn here
        self.lift = RISE * (len(STRESS_STEPS) - step.number)  # px above the drawn step
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel(str(step.number))
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number.setFont(font)
        self.name = QLabel()
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        self.name.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, self.lift + BAND + 6, 8, 5)
        layout.setSpacing(6)
        for label in (self.number, self.name):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.name, 1, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def retranslate(self, language: Language) -> None:
        self.name.setText(self.step.name(language))
        self.setToolTip(self.step.summary(language))
        self.setAccessibleName(
            tr(words.STEP_CHOSEN, language).format(
                n=self.step.number, name=self.step.name(language)
            )
        )
        self.setAccessibleDescription(self.step.summary(language))

    def set_state(self, *, chosen: bool, marked: bool) -> None:
        if chosen != self.chosen:
            self.chosen = chosen
            style = f"color: {DARK_TEXT};" if chosen else ""
            for label in (self.number, self.name):
                label.setStyleSheet(style)
        self.marked = marked
        self.update()

    def nextCheckState(self) -> None:
        """A click checks nothing by itself: the staircase decides (a second click clears)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(self.step.number)
        else:
            super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5 + self.lift, -1.5, -1.5)
        colour = QColor(STEP_COLOURS[self.step.number])
        if self.chosen:
            painter.setBrush(colour)
            painter.setPen(QPen(colour.darker(115), 1))
        else:  # on the card's own background, light or dark
            painter.setBrush(Qt.BrushStyle.NoBrush)
            border = QColor(self.palette().color(QPalette.ColorRole.Text))
            border.setAlphaF(0.18)
            painter.setPen(QPen(border, 1))
        painter.drawRoundedRect(rect, 7, 7)
        if not self.chosen:  # a strip of the step's colour along the top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(
                QRectF(rect.left() + 7, rect.top() + 3, rect.width() - 14, BAND), 2, 2
            )
        if self.marked:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(ACCENT), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        painter.end()


class Staircase(QWidget):
    """The five steps in one row, and the line describing the focused or chosen step.

    Keys: 1–5 choose, ←/→ move, 0 / Delete / Backspace clear. One Tab stop.

    Signals:
        changed(): the user chose another step (or none).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step: int | None = None
        self._language = Language.DANISH
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.cards = [StepCard(step, self) for step in STRESS_STEPS]
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(GAP)
        for card in self.cards:
            card.picked.connect(self._clicked)
            row.addWidget(card, 1)
        self.description = muted()
        self.description.setObjectName("stepDescription")
        self.description.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        # ``description`` is placed by the page (beside the question, above the row).

    # --- value --------------------------------------------------------------------------

    def step(self) -> int | None:
        return self._step

    def set_step(self, step: int | None) -> None:
        """Show a stored step (no signal)."""
        self._step = step
        self._paint_state()

    def choose(self, step: int | None) -> None:
        """The user's choice: shown, and ``changed`` emitted if it differs."""
        if step != self._step:
            self._step = step
            self._paint_state()
            self.changed.emit()

    def retranslate(self, language: Language) -> None:
        self._language = language
        for card in self.cards:
            card.retranslate(language)
        self.setAccessibleName(tr(words.STAIRCASE_TITLE, language))
        self.setToolTip(tr(words.STAIRCASE_HINT, language))
        self._paint_state()

    # --- keys and mouse -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1.value <= key <= Qt.Key.Key_5.value:
            self.choose(key - Qt.Key.Key_0.value)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.choose(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.choose(min(5, (self._step or 0) + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.choose(max(1, (self._step or 2) - 1))
        else:
            super().keyPressEvent(event)

    def _clicked(self, step: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.choose(None if step == self._step else step)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._paint_state()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._paint_state()

    def _paint_state(self) -> None:
        # No step marked while none is chosen: a marked step 1 read as chosen (the keys
        # hint shows instead, and → or 1 chooses the first step).
        marked = self._step if self.hasFocus() else None
        check_only(self.cards, self.cards[self._step - 1] if self._step else None)
        for card in self.cards:
            n = card.step.number
            card.set_state(chosen=n == self._step, marked=n == marked)
        language = self._language
        if self._step is None:
            self.description.setText(tr(words.STAIRCASE_HINT, language))
            self.setAccessibleDescription(tr(words.NO_STEP, language))
            return
        step = STRESS_STEPS[self._step - 1]
        line = tr(words.STEP_DESCRIBED, language).format(
            n=step.number, name=step.name(language), summary=step.summary(language)
        )
        self.description.setText(line)
        self.setAccessibleDescription(line)
