"""Demands and resources (0–10 sliders and picked items), the balance line, and energy 1–5."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.aggregation import balance_sentence
from wellbeing_desktop.domain.models import CatalogueItem, Language
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import Card, muted
from wellbeing_desktop.ui.today import words
from wellbeing_desktop.ui.today.chips import ChipBox
from wellbeing_desktop.ui.today.choice_row import ChoiceRow
from wellbeing_desktop.ui.today.today_layout import least_width

TEN_MS = 1000  # "1" then "0" within this many ms set 10


class LevelSlider(QWidget):
    """A 0–10 slider that can also be "not set" (shown as –) until the user moves it.

    Delete or Backspace on the slider clears it again.

    Signals:
        changed(): the user set, moved or cleared the value.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._set = False
        self._last_digit = QElapsedTimer()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(*validation.BALANCE_RANGE)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.number = QLabel()
        self.number.setObjectName("levelValue")
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("10") + 8)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.number.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.number.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider.setMinimumWidth(160)  # side by side only while a slider stays usable
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.number)
        # No focus proxy to the slider: Qt would then give Tab to this box wherever it sits
        # in the focus chain (after the page's last control), and the order would break.
        self.slider.actionTriggered.connect(self._acted)
        self.slider.valueChanged.connect(self._moved)
        self.slider.installEventFilter(self)
        self._show()

    def value(self) -> int | None:
        return self.slider.value() if self._set else None

    def set_value(self, value: int | None) -> None:
        """Show a stored value (no signal)."""
        self._set = value is not None
        self.slider.blockSignals(True)
        self.slider.setValue(value or 0)
        self.slider.blockSignals(False)
        self._show()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.slider
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if self._set:
                    self.set_value(None)
                    self.changed.emit()
                return True
            if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
                self._typed(key - Qt.Key.Key_0.value)
                return True
        return super().eventFilter(watched, event)

    def _typed(self, digit: int) -> None:
        """A digit sets the value; 1 then 0 within a moment makes 10."""
        lowest, highest = validation.BALANCE_RANGE
        value = digit
        if digit == 0 and self._last_digit.isValid() and self._last_digit.elapsed() < TEN_MS:
            value = 10  # "1", "0": ten
        self._last_digit.invalidate()
        if digit == 1:
            self._last_digit.start()
        value = max(lowest, min(highest, value))
        if self._set and self.slider.value() == value:
            return
        self.set_value(value)
        self.changed.emit()

    def _acted(self) -> None:
        # Any user action sets the value, even one that leaves it where it was (← at 0).
        if not self._set:
            self._set = True
            self._show()
            self.changed.emit()

    def _moved(self) -> None:
        self._set = True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.number.setText(str(self.slider.value()) if self._set else "–")
        self.slider.setProperty("unset", not self._set)


def _levels(bounds: tuple[int, int]) -> tuple[int, ...]:
    """Every whole value from the lowest to the highest (both included)."""
    lowest, highest = bounds
    return tuple(range(lowest, highest + 1))


class BalancePanel(Card):
    """Demands, resources and energy of the day.

    Signals:
    changed(): the user changed demands, resources, their items or the energy.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.title.hide()
        self._language = Language.DANISH
        self.demands = LevelSlider()
        self.resources = LevelSlider()
        self.demand_items = ChipBox(words.ADD_DEMAND)
        self.resource_items = ChipBox(words.ADD_RESOURCE)
        self.demand_title = QLabel()
        self.resource_title = QLabel()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(28)
        self._row_of_columns = columns
        self._available: int | None = None  # the width the page gives the card
        self._wide_width: int | None = None  # the card's least width side by side
        self._columns: list[QVBoxLayout] = []
        for title, slider, chips in (
            (self.demand_title, self.demands, self.demand_items),
            (self.resource_title, self.resources, self.resource_items),
        ):
            title.setObjectName("cardTitle")
            title.setBuddy(slider.slider)
            head = QHBoxLayout()
            head.setSpacing(12)
            head.addWidget(title)
            head.addWidget(slider, 1)
            column = QVBoxLayout()
            column.setSpacing(6)
            column.addLayout(head)
            column.addWidget(chips)
            column.addStretch(1)
            columns.addLayout(column, 1)
            self._columns.append(column)
        self.hint = muted()
        self.sentence = QLabel()
        self.sentence.setObjectName("balanceSentence")
        self.sentence.setWordWrap(True)
        bold = self.sentence.font()
        bold.setBold(True)
        self.sentence.setFont(bold)

        self.energy_title = QLabel()
        self.energy_title.setObjectName("cardTitle")
        self.energy = ChoiceRow[int](_levels(validation.ENERGY_RANGE), allow_none=True)
        self.energy_title.setBuddy(self.energy)
        self.energy_hint = muted()
        self.energy_hint.setWordWrap(False)
        # Energy under the demands, the balance sentence (or how to get one) under the
        # resources: the row below the shorter list of items is no extra line.
        energy_row = self._energy_row = QHBoxLayout()
        energy_row.setSpacing(12)
        energy_row.addWidget(self.energy_title)
        energy_row.addWidget(self.energy)
        energy_row.addWidget(self.energy_hint)
        energy_row.addStretch(1)
        self._columns[0].addLayout(energy_row)
        self._columns[1].addWidget(self.sentence)
        self._columns[1].addWidget(self.hint)
        self.body.addLayout(columns)

        for widget in (self.demands, self.resources, self.demand_items, self.resource_items):
            widget.changed.connect(self._edited)
        self.energy.changed.connect(self._edited)
        for chips in (self.demand_items, self.resource_items):
            chips.fold_changed.connect(self._refit)

    # --- width ----------------------------------------------------------------------------

    def fit_width(self, available: int) -> None:
        """Demands and resources side by side when they fit in ``available`` px, else stacked.

        Stacked, energy goes under the resources, just above the balance line.
        """
        self._available = available
        if self._wide_width is None:
            self._arrange(side_by_side=True)
            self._wide_width = least_width(self)
        self._arrange(side_by_side=self._wide_width <= available)

    def side_by_side(self) -> bool:
        return self._row_of_columns.direction() == QBoxLayout.Direction.LeftToRight

    def _arrange(self, *, side_by_side: bool) -> None:
        if side_by_side == self.side_by_side():
            return
        demands, resources = self._columns
        row = self._energy_row
        (resources if side_by_side else demands).removeItem(row)
        if side_by_side:
            demands.addLayout(row)
        else:
            resources.insertLayout(resources.indexOf(self.sentence), row)
        self._row_of_columns.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        self._row_of_columns.setSpacing(28 if side_by_side else 8)

    def _refit(self) -> None:
        """Words or chips changed: measure side by side again."""
        self._wide_width = None
        if self._available is not None:
            self.fit_width(self._available)

    # --- values -------------------------------------------------------------------------

    def set_catalogues(self, demands: list[CatalogueItem], resources: list[CatalogueItem]) -> None:
        self.demand_items.set_items(demands)
        self.resource_items.set_items(resources)

    def load(
        self,
        *,
        demands: int | None,
        resources: int | None,
        demand_items: tuple[str, ...],
        resource_items: tuple[str, ...],
        energy: int | None,
    ) -> None:
        self.demands.set_value(demands)
        self.resources.set_value(resources)
        self.demand_items.set_picked(demand_items)
        self.resource_items.set_picked(resource_items)
        self.energy.set_value(energy)
        self._update_sentence()

    def clear(self) -> None:
        self.demand_items.clear()
        self.resource_items.clear()
        self.load(demands=None, resources=None, demand_items=(), resource_items=(), energy=None)

    def retranslate(self, language: Language) -> None:
        self._language = language
        for title, slider, words_pair in (
            (self.demand_title, self.demands, words.DEMANDS),
            (self.resource_title, self.resources, words.RESOURCES),
        ):
            title.setText(tr(words_pair, language).upper())
            slider.slider.setAccessibleName(tr(words_pair, language))
            slider.slider.setToolTip(tr(words.SLIDER_HINT, language))
        self.demand_items.retranslate(language)
        self.resource_items.retranslate(language)
        self.energy_title.setText(tr(words.ENERGY, language).upper())
        self.energy.setAccessibleName(tr(words.ENERGY, language))
        self.energy.setToolTip(tr(words.ENERGY_KEYS, language))
        self.energy_hint.setText(tr(words.ENERGY_HINT, language))
        for level, button in enumerate(self.energy.buttons, start=1):
            button.setText(str(level))
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("5") + 30)
            button.setAccessibleName(tr(words.ENERGY_LEVEL, language).format(n=level))
        self.energy.set_value(self.energy.value())  # its description, in the new words
        self.hint.setText(tr(words.BALANCE_EMPTY, language))
        self._update_sentence()
        self._refit()

    def _edited(self) -> None:
        self._update_sentence()
        self.changed.emit()

    def _update_sentence(self) -> None:
        demands, resources = self.demands.value(), self.resources.value()
        both = demands is not None and resources is not None
        if demands is not None and resources is not None:
            self.sentence.setText(balance_sentence(demands, resources, self._language))
        else:
            self.sentence.clear()
        self.sentence.setVisible(both)
        self.hint.setVisible(not both)
