"""A spin box for minutes: arrow keys step a quarter of an hour, typed ``2h30`` just works."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from wellbeing_desktop.domain.durations import MINUTES_PER_DAY, parse_duration
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.common.locale_format import clock_text

STEP_MINUTES = 15


def spin_text(minutes: int, language: Language) -> str:
    """``2 t 30`` (Danish) or ``2 h 30`` (English): what the box shows; it parses back."""
    return clock_text(minutes, language)


class DurationSpin(QAbstractSpinBox):
    """Minutes from 0 to 24 h, or nothing (an empty box: not logged).

    Typed text is read as the user types (``domain.durations.parse_duration``), so read-outs
    follow live; text that cannot be read stays in the box and is reported as a problem
    when editing finishes, never silently replaced.

    Signals:
        minutes_changed(object): the user changed the value (``int`` minutes or ``None``).
        problem_changed(): the box started or stopped holding text it cannot read.
    """

    minutes_changed = Signal(object)
    problem_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minutes: int | None = None
        self._readable = True  # the text in the box reads as a duration (or is empty)
        self._problem: str | None = None
        self._language = Language.DANISH
        self._proposed: int | None = None  # a proposal's figure, shown grey while empty
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lineEdit().setMaxLength(24)
        self.lineEdit().textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)
        self._show()

    # --- value --------------------------------------------------------------------------

    def minutes(self) -> int | None:
        return self._minutes

    def set_minutes(self, minutes: int | None) -> None:
        """Show a stored value (no signal: this is loading, not the user typing)."""
        self._minutes = minutes
        self._readable = True
        self._set_problem(None)
        self._show()

    def set_proposed(self, minutes: int | None) -> None:
        """Show a proposed value as the grey, italic placeholder (never a value by itself).

        While the box is empty the arrow keys step from it; ``None`` takes it away.
        """
        self._proposed = minutes
        self._show_placeholder()  # never the text: the user may be typing in it

    def proposed(self) -> int | None:
        return self._proposed

    def readable(self) -> bool:
        """Whether the text in the box reads as a duration.

        Whether the text in the box reads as a duration; if not, ``minutes()`` is only
        the last value that did (half-typed text: nothing to store yet).
        """
        return self._readable

    def problem(self) -> str | None:
        """The unreadable text the box holds, or ``None``."""
        return self._problem

    def finish(self) -> None:
        """Read the text now, as when editing finishes: unreadable text becomes the problem."""
        self._finished()

    def set_language(self, language: Language) -> None:
        self._language = language
        if self._problem is None:
            self._show()

    # --- QAbstractSpinBox ---------------------------------------------------------------

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # Anything may be typed; what cannot be read is reported, and never thrown away.
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        current = self._step_base()
        if current < MINUTES_PER_DAY:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if current > 0:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def _step_base(self) -> int:
        if self._minutes is None and self._proposed is not None:
            return self._proposed  # an empty box with a proposal steps from the proposal
        return self._minutes or 0

    def stepBy(self, steps: int) -> None:
        current = self._step_base()
        if steps > 0:  # to the next quarter above: 4 t 20 -> 4 t 30
            quarters = current // STEP_MINUTES + steps
        else:  # and the next below: 4 t 20 -> 4 t 15
            quarters = math.ceil(current / STEP_MINUTES) + steps
        self._readable = True
        self._change(max(0, min(MINUTES_PER_DAY, quarters * STEP_MINUTES)))
        self._set_problem(None)
        self._show()
        self.lineEdit().selectAll()

    def clear(self) -> None:
        self.set_minutes(None)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = (
            self.fontMetrics().horizontalAdvance(spin_text(MINUTES_PER_DAY, self._language)) + 56
        )
        height = self.fontMetrics().height() + 12  # room to breathe; an easy target
        return QSize(max(hint.width(), width), max(hint.height(), height))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # --- typing ---------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._readable = True
            self._change(None)
            return
        try:
            minutes = parse_duration(text, "minutes")
        except ValidationError:
            # Half-typed ("2,"): keep the last value until editing finishes, but say so.
            if self._readable:
                self._readable = False
                self.minutes_changed.emit(self._minutes)
            return
        self._readable = True
        self._change(minutes)

    def _finished(self) -> None:
        text = self.lineEdit().text()
        if not text.strip():
            self._readable = True
            self._change(None)
            self._set_problem(None)
            return
        try:
            minutes = parse_duration(text, "minutes")
        except ValidationError:
            self._readable = False
            self._set_problem(text.strip())
            return
        self._readable = True
        self._change(minutes)
        self._set_problem(None)
        self._show()

    def _change(self, minutes: int | None) -> None:
        if minutes != self._minutes:
            self._minutes = minutes
            self.minutes_changed.emit(minutes)

    def _set_problem(self, text: str | None) -> None:
        if text != self._problem:
            self._problem = text
            self.setProperty("invalid", text is not None)
            self.style().unpolish(self)
            self.style().polish(self)
            self.problem_changed.emit()

    def _show(self) -> None:
        text = "" if self._minutes is None else spin_text(self._minutes, self._language)
        if self.lineEdit().text() != text:
            self.lineEdit().setText(text)
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        edit = self.lineEdit()
        edit.setPlaceholderText(spin_text(self._proposed or 0, self._language))
        italic = self._proposed is not None and not edit.text()
        if self.font().italic() != italic:
            font = self.font()
            font.setItalic(italic)
            self.setFont(font)
        self.update()
