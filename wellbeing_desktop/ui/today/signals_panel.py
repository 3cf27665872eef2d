"""Today's stress signals: collapsed with a count; four short columns and the user's own.

Opened, a filter line comes first: typing filters the columns, ↓ goes into them (arrows
move, Space ticks), Enter ticks the first match. The check-boxes are no Tab stops, so
the list never adds two dozen of them; what is ticked shows on the folded line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.models import CatalogueItem, Language, SignalGroup
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import muted, warning_style
from wellbeing_desktop.ui.today import words
from wellbeing_desktop.ui.today.flow_layout import FlowLayout

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

COLUMNS = (
    SignalGroup.BODILY,
    SignalGroup.EMOTIONAL,
    SignalGroup.COGNITIVE,
    SignalGroup.BEHAVIOURAL,
)


class _ClickLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class SignalCheck(QWidget):
    """A check-box whose label wraps (a plain QCheckBox never does)."""

    def __init__(self, item: CatalogueItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.box = QCheckBox()
        self.box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached from the filter line
        self.label = _ClickLabel()
        self.label.setWordWrap(True)
        self.label.clicked.connect(self.box.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def retranslate(self, language: Language) -> None:
        text = self.item.label(language)
        self.label.setText(text)
        self.box.setAccessibleName(text)


class SignalsPanel(QWidget):
    """The stress signals of the day.

    Signals:
    changed(): the user ticked or unticked a signal.
    add_requested(str): the user typed a new signal of their own.
    """

    changed = Signal()
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = Language.DANISH
        self._items: list[CatalogueItem] = []
        self.checks: dict[str, SignalCheck] = {}

        self.toggle = QToolButton()
        self.toggle.setObjectName("signalsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setStyleSheet(
            "QToolButton#signalsToggle { border: none; background: transparent; padding: 2px; }"
        )
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bold = self.toggle.font()
        bold.setBold(True)
        self.toggle.setFont(bold)
        self.hint = muted()  # wraps: many ticked signals take a second line, not the width
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.toggle)
        head.addWidget(self.hint, 1)

        self.body = self._make_body()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.body)

        self.toggle.toggled.connect(self.set_expanded)
        self.toggle.installEventFilter(self)  # Enter opens it too
        self.add_button.clicked.connect(self._start_adding)
        self.new_signal.returnPressed.connect(self._add)

    def _make_body(self) -> QWidget:
        """What unfolds: the three groups in columns, then the user's own and "add"."""
        body = QWidget()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        self._titles: dict[SignalGroup, QLabel] = {}
        self._columns: dict[SignalGroup, QVBoxLayout] = {}
        for column, group in enumerate(COLUMNS):
            box = QVBoxLayout()
            box.setSpacing(6)
            title = muted()
            title.setObjectName("cardTitle")
            box.addWidget(title)
            box.addStretch(1)
            self.grid.addLayout(box, 0, column)
            self.grid.setColumnStretch(column, 1)
            self._titles[group] = title
            self._columns[group] = box
        self.filter = QLineEdit()
        self.filter.setObjectName("signalFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(420)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._tick_first)
        self.filter.installEventFilter(self)
        self.own_title = muted()
        self.own_title.setObjectName("cardTitle")
        self.own_flow = FlowLayout(spacing=10)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addSignal")
        self.add_button.setFlat(True)
        self.new_signal = QLineEdit()
        self.new_signal.setMaxLength(validation.MAX_NAME)  # what add_own_signal takes
        self.new_signal.hide()
        self.add_message = QLabel()
        self.add_message.setStyleSheet(warning_style())
        self.add_message.setWordWrap(True)
        self.add_message.hide()
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.new_signal, 1)
        add_row.addStretch(0)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(4, 6, 0, 0)
        body_layout.setSpacing(8)
        body_layout.addWidget(self.filter)
        body_layout.addLayout(self.grid)
        body_layout.addWidget(self.own_title)
        body_layout.addLayout(self.own_flow)
        body_layout.addLayout(add_row)
        body_layout.addWidget(self.add_message)
        body.hide()
        return body

    # --- items --------------------------------------------------------------------------

    def set_items(self, items: list[CatalogueItem]) -> None:
        """The signals to offer (built-in, then own); ticks on kept keys stay."""
        if items == self._items:
            return
        ticked = set(self.checked())
        for check in self.checks.values():
            check.setParent(None)  # out of the focus chain now, not at deletion
            check.deleteLater()
        self.checks = {}
        self._items = list(items)
        while self.own_flow.count():
            self.own_flow.takeAt(0)
        for item in items:
            check = SignalCheck(item)
            check.box.setChecked(item.key in ticked)
            check.box.toggled.connect(self._toggled)
            check.box.installEventFilter(self)
            if item.group in self._columns:
                column = self._columns[item.group]
                column.insertWidget(column.count() - 1, check)
            else:
                self.own_flow.addWidget(check)
            check.retranslate(self._language)
            self.checks[item.key] = check
        self._update_own_title()
        self._update_count()
        # New boxes join the end of the window's focus chain: put them after the filter
        # (they are no Tab stops, but arrows and clicks follow this order).
        chain: list[QWidget] = [
            self.toggle,
            self.filter,
            *(c.box for c in self.checks.values()),
            self.add_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._filter(self.filter.text())

    def tab_stops(self) -> list[QWidget]:
        """The panel's Tab stops, top to bottom (the check-boxes are none of them)."""
        return [self.toggle, self.filter, self.add_button, self.new_signal]

    def set_checked(self, keys: tuple[str, ...]) -> None:
        """Show a stored day's signals (no signal)."""
        wanted = set(keys)
        for key, check in self.checks.items():
            check.box.blockSignals(True)
            check.box.setChecked(key in wanted)
            check.box.blockSignals(False)
        self._update_count()

    def checked(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.checks.items() if check.box.isChecked())

    def tick(self, key: str) -> None:
        """Tick a signal as the user would (emits ``changed``)."""
        if key in self.checks:
            self.checks[key].box.setChecked(True)

    def clear(self) -> None:
        self.set_items([])
        self.new_signal.setText("")  # setText also drops the undo history
        self.new_signal.hide()
        self.add_message.hide()
        self.filter.setText("")
        self.set_expanded(False)

    def unfinished_signal(self) -> bool:
        """Whether the own-signal line holds text not added yet (typed, no Enter)."""
        return bool(self.new_signal.text().strip())

    def hold_unfinished(self) -> bool:
        """If the own-signal line holds text not added yet, put the keyboard there: True."""
        if not self.unfinished_signal():
            return False
        self.new_signal.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_add_error(self, message: str) -> None:
        self.add_message.setText(message)
        self.add_message.setVisible(bool(message))

    def added(self) -> None:
        """The new signal was stored: close the line."""
        self.new_signal.setText("")  # setText also drops the undo history
        self.new_signal.hide()
        self.add_message.hide()
        self.add_button.setFocus()

    # --- look ---------------------------------------------------------------------------

    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        focus = QApplication.focusWidget()
        if not expanded and focus is not None and self.body.isAncestorOf(focus):
            self.toggle.setFocus(Qt.FocusReason.OtherFocusReason)  # not off down the page
        if not expanded:
            self.filter.clear()  # opened again, it shows every signal
        self.body.setVisible(expanded)

    def retranslate(self, language: Language) -> None:
        self._language = language
        self.filter.setPlaceholderText(tr(words.SIGNAL_FILTER_HINT, language))
        self.filter.setAccessibleName(tr(words.SIGNAL_FILTER, language))
        self.filter.setToolTip(tr(words.SIGNAL_FILTER_TIP, language))
        self.filter.setAccessibleDescription(tr(words.SIGNAL_FILTER_TIP, language))
        for group, title in self._titles.items():
            title.setText(tr(words.SIGNAL_GROUPS[group], language).upper())
        self.own_title.setText(tr(words.SIGNAL_GROUPS[SignalGroup.OWN], language).upper())
        for check in self.checks.values():
            check.retranslate(language)
        self.add_button.setText(tr(words.ADD_SIGNAL, language))
        self.add_button.setAccessibleName(tr(words.ADD_SIGNAL, language))
        self.new_signal.setPlaceholderText(tr(words.NEW_SIGNAL_HINT, language))
        self.new_signal.setAccessibleName(tr(words.NEW_SIGNAL, language))
        self._update_count()

    def _update_count(self) -> None:
        language = self._language
        ticked = self.checked()
        text = tr(words.SIGNALS_TITLE, language).format(count=len(ticked))
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)
        # Folded, the line beside says what is ticked (or what the signals are about).
        names = [self.checks[key].item.label(language) for key in ticked]
        summary = " · ".join(names) if names else tr(words.SIGNALS_HINT, language)
        self.hint.setText(summary)
        self.hint.setToolTip(summary if names else "")
        self.toggle.setAccessibleDescription(summary if names else "")

    def _update_own_title(self) -> None:
        has_own = any(item.group not in self._columns for item in self._items)
        self.own_title.setVisible(has_own)

    # --- the user -----------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        """Only the signals whose name holds the typed text (any case) show."""
        wanted = text.strip().casefold()
        for check in self.checks.values():
            check.setVisible(not wanted or wanted in check.item.label(self._language).casefold())

    def _shown_boxes(self) -> list[QCheckBox]:
        order = [*COLUMNS, None]  # column by column, as the eye reads them; own ones last
        checks = sorted(
            self.checks.values(),
            key=lambda c: order.index(c.item.group) if c.item.group in COLUMNS else len(order),
        )
        return [c.box for c in checks if not c.isHidden()]

    def _tick_first(self) -> None:
        shown = self._shown_boxes()
        if self.filter.text().strip() and shown:
            shown[0].toggle()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        shown = self._shown_boxes()
        if watched is self.toggle and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle.click()  # Enter opens and closes it, as Space does
            return True
        if watched is self.filter:
            if key == Qt.Key.Key_Down and shown:
                shown[0].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Escape:
                self.set_expanded(False)  # folds, the keyboard back on "Signals today"
                return True
            return super().eventFilter(watched, event)
        if watched in shown:
            index = shown.index(watched)
            # The boxes are no Tab stops: Tab goes on to "+ own signal" and down the page,
            # Shift+Tab back to the filter line; Esc returns to the filter line too.
            if key == Qt.Key.Key_Tab:
                self.add_button.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key in (Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
                self.filter.setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
                shown[min(len(shown) - 1, index + 1)].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
                target: QWidget = shown[index - 1] if index else self.filter
                target.setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _toggled(self) -> None:
        self._update_count()
        self.changed.emit()

    def _start_adding(self) -> None:
        self.new_signal.show()
        self.new_signal.setFocus()

    def _add(self) -> None:
        label = self.new_signal.text().strip()
        if label:
            self.add_requested.emit(label)
