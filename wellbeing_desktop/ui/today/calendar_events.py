"""The day's calendar events behind Today's proposal, each with its category (issue #16).

One row per event in start order: the time (or "all day — not counted"), the title, the
minutes it counts after overlaps, a category to choose and why it went there. Choosing a
category recounts at once (``services.calendar.calendar_day``, no file read) and the
totals follow. "Remember as rule…" keeps the words of a chosen event's title as a keyword
rule (``Journal.keep_calendar_rule``): the only thing this dialog writes. OK gives the
choices to the proposal shown (still a proposal); Cancel leaves it as it was.

Titles are shown here and nowhere else: never stored, logged or put in a message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.calendar_rules import PlacedBy, matching_rule
from wellbeing_desktop.domain.calendar_time import to_local
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services.calendar import calendar_day
from wellbeing_desktop.services.calendar_file import DayEvents
from wellbeing_desktop.ui.common.locale_format import duration_text, time_text
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.wheel import pass_wheel_to_page
from wellbeing_desktop.ui.common.widgets import muted, save_cancel_buttons
from wellbeing_desktop.ui.today import calendar_words as cw

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import tzinfo

    from wellbeing_desktop.domain.calendar_time import CalendarDay, CountedEvent
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.journal import Journal

TITLE_WIDTH = 260  # px: a long title wraps rather than pushing the choices off the dialog


class EventRow:
    """One event's widgets in the grid."""

    def __init__(self, counted: CountedEvent) -> None:
        self.key = counted.event.key
        self.title = counted.event.title
        self.time = QLabel()
        self.name = QLabel(counted.event.title)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        self.name.setMinimumWidth(160)
        self.name.setMaximumWidth(TITLE_WIDTH)
        self.minutes = QLabel()
        self.minutes.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.category = QComboBox()
        self.why = muted()
        self.why.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a keyword from a title
        self.why.setWordWrap(True)
        self.why.setMinimumWidth(150)  # "keyword “styregruppe”" on one line
        self.remember = QPushButton()


class _WheelScrollsList(QObject):
    """Hands every wheel turn over a category drop-down to the list around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            if isinstance(watched, QWidget):
                pass_wheel_to_page(watched, event)
            return True  # the category stays as it is
        return super().eventFilter(watched, event)


class EventsDialog(QDialog):
    """The day's events, their categories and why; the choices go to the proposal on OK.

    Signals:
    rule_kept(): a keyword rule was saved (the journal's settings changed).
    """

    rule_kept = Signal()

    def __init__(
        self,
        journal: Journal,
        calendar: CalendarDay,
        chosen: Mapping[str, str],
        tz: tzinfo | None,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal, self._tz, self._language = journal, tz, language
        self._events = DayEvents(tuple(c.event for c in calendar.events), calendar.problems)
        self._categories = journal.categories()
        self._settings = journal.calendar_settings()
        self._chosen = dict(chosen)
        self._calendar = calendar
        self.setWindowTitle(tr(cw.TITLE, language))

        intro = QLabel(tr(cw.INTRO, language))
        intro.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.status = muted()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a kept keyword
        self.status.setWordWrap(True)
        self.status.hide()
        self.rows = [EventRow(counted) for counted in calendar.events]
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        heads = (cw.HEAD_TIME, cw.HEAD_EVENT, cw.HEAD_MINUTES, cw.HEAD_CATEGORY, cw.HEAD_WHY)
        for column, head in enumerate(heads):
            label = muted(tr(head, language))
            grid.addWidget(label, 0, column)
        for line, row in enumerate(self.rows, start=1):
            self._build(row, calendar.events[line - 1])
            for column, widget in enumerate(
                (row.time, row.name, row.minutes, row.category, row.why, row.remember)
            ):
                grid.addWidget(widget, line, column, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(4, 1)
        grid.setRowStretch(len(self.rows) + 1, 1)
        self.events_area = QScrollArea()
        self.events_area.setWidgetResizable(True)
        self.events_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events_area.setWidget(grid_widget)
        self._grid_widget = grid_widget
        # The wheel always scrolls the list: a drop-down never takes it here, focused or not
        # (the first one has the focus when the dialog opens, and a wheel gives focus).
        self._wheel = _WheelScrollsList(self)
        for row in self.rows:
            row.category.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row.category.installEventFilter(self._wheel)
        self.events_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.events_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices

        buttons, self.ok_button, self.cancel_button = save_cancel_buttons()
        self.ok_button.setText(tr(cw.OK, language))
        # Enter is OK, unless the keyboard is on a row's "Remember as rule…" (it asks).
        self.ok_button.setDefault(True)
        self.ok_button.setToolTip(tr(cw.OK_TIP, language))
        self.cancel_button.setText(tr(cw.CANCEL, language))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.totals)
        layout.addWidget(self.events_area, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show_counts()
        self._fit(parent)
        first = next((row.category for row in self.rows if row.category.isEnabled()), None)
        (first or self.ok_button).setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def chosen(self) -> dict[str, str]:
        """The categories chosen, by event key ("" for no category)."""
        return dict(self._chosen)

    @property
    def calendar(self) -> CalendarDay:
        """The day as counted with the choices made."""
        return self._calendar

    def choose(self, row: EventRow, category: str) -> None:
        """Place ``row``'s event in ``category`` ("" for none) and recount."""
        self._chosen[row.key] = category
        self._recount()

    def _recount(self) -> None:
        """Count the day again with the choices and rules as they are now (no file read)."""
        self._calendar = calendar_day(
            self._events,
            self._calendar.day,
            self._categories,
            self._settings,
            self._chosen,
            self._tz,
        )
        self._show_counts()

    def remember(self, row: EventRow) -> None:
        """Ask for the words of ``row``'s title to keep as a rule, and keep them."""
        category = self._chosen.get(row.key, "")
        if not category:
            return
        name = self._category_name(category)
        ask = QInputDialog(self)
        ask.setWindowTitle(tr(cw.REMEMBER_TITLE, self._language))
        title = tr(cw.REMEMBER_TITLE_LINE, self._language).format(title=row.title)
        ask.setLabelText(f"{title}\n\n" + tr(cw.REMEMBER_ASK, self._language).format(category=name))
        # Only the title's first word is offered ("Ugemøde", "1:1", "Styregruppe"): the
        # whole title would keep a name ("… med Mette Hansen") in the settings on one Enter.
        ask.setTextValue(next(iter(row.title.split()), "").strip(",.;:"))
        ask.setOkButtonText(tr(cw.OK, self._language))
        ask.setCancelButtonText(tr(cw.CANCEL, self._language))
        for label in ask.findChildren(QLabel):
            label.setWordWrap(True)
        ask.resize(max(ask.sizeHint().width(), 440), ask.sizeHint().height())
        self.asking = ask
        try:
            if ask.exec() != QDialog.DialogCode.Accepted:
                return
            keyword = " ".join(ask.textValue().split())
        finally:
            self.asking = None
            ask.deleteLater()
        if not keyword:
            return
        try:
            self._settings = self._journal.keep_calendar_rule(keyword, category)
        except WellbeingError as error:
            self._say(
                tr(cw.NOT_REMEMBERED, self._language).format(
                    reason=user_message(error, self._language)
                )
            )
            return
        self._recount()  # other events with the same words follow the new rule at once
        self._say(tr(cw.REMEMBERED, self._language).format(keyword=keyword, category=name))
        self.rule_kept.emit()

    asking: QInputDialog | None = None  # the question of "Remember as rule…" while open

    def done(self, result: int) -> None:
        """Closed (also by a lock): the question goes with it, and its title."""
        if self.asking is not None:
            self.asking.reject()
        super().done(result)

    # --- inside ---------------------------------------------------------------------------

    def _build(self, row: EventRow, counted: CountedEvent) -> None:
        language = self._language
        event = counted.event
        if event.all_day:
            row.time.setText(tr(cw.ALL_DAY, language))
        else:
            span = (
                f"{time_text(to_local(event.start, self._tz), language)}–"
                f"{time_text(to_local(event.end, self._tz), language)}"
            )
            row.time.setText(span if counted.counted else tr(cw.LONG, language).format(time=span))
        row.category.addItem(tr(cw.NO_CATEGORY, language), "")
        for category in self._categories:
            row.category.addItem(category.name(language), category.key)
        row.category.setAccessibleName(tr(cw.EVENT_NAME, language).format(event=event.title))
        row.category.setEnabled(counted.counted)
        row.remember.setText(tr(cw.REMEMBER, language))
        row.remember.setToolTip(tr(cw.REMEMBER_TIP, language))
        row.remember.setAutoDefault(False)
        row.category.activated.connect(
            lambda index, row=row: self.choose(row, row.category.itemData(index))
        )
        row.remember.clicked.connect(lambda _=False, row=row: self.remember(row))

    def _show_counts(self) -> None:
        language = self._language
        by_key = {counted.event.key: counted for counted in self._calendar.events}
        for row in self.rows:
            counted = by_key.get(row.key)
            if counted is None:
                continue
            if not counted.counted:
                row.minutes.setText("–")
                row.minutes.setToolTip("")
            elif counted.minutes != counted.in_day:  # a later meeting took part of it
                row.minutes.setText(
                    tr(cw.MINUTES_OF, language).format(
                        minutes=duration_text(counted.minutes, language),
                        whole=duration_text(counted.in_day, language),
                    )
                )
                row.minutes.setToolTip(tr(cw.OVERLAPPED, language))
            else:
                row.minutes.setText(duration_text(counted.minutes, language))
                row.minutes.setToolTip("")
            index = row.category.findData(counted.category or "")
            row.category.setCurrentIndex(max(index, 0))
            row.why.setText(self._why(counted))
            row.remember.setVisible(
                counted.placed_by is PlacedBy.CHOSEN and counted.category is not None
            )
        placed = sum(self._calendar.minutes.values())
        self.totals.setText(
            tr(cw.TOTALS, language).format(
                placed=duration_text(placed, language),
                unplaced=duration_text(self._calendar.unplaced_minutes, language),
            )
        )

    def _why(self, counted: CountedEvent) -> str:
        language = self._language
        if not counted.counted:
            return "–"  # listed, not counted: nothing to place
        if counted.placed_by is PlacedBy.CATEGORIES:
            return tr(cw.BY_CATEGORIES, language)
        if counted.placed_by is PlacedBy.CHOSEN:
            return tr(cw.BY_CHOICE, language)
        if counted.placed_by is PlacedBy.KEYWORD:
            keys = [category.key for category in self._categories]
            rule = matching_rule(counted.event.title, self._settings.rules, keys)
            if rule is not None:
                return tr(cw.BY_KEYWORD, language).format(keyword=rule.keyword)
        return tr(cw.BY_NOTHING, language)

    def _category_name(self, key: str) -> str:
        for category in self._categories:
            if category.key == key:
                return category.name(self._language)
        return key

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _fit(self, parent: QWidget | None) -> None:
        """As wide as the rows want, within the window; the rows scroll inside when many."""
        window = parent.window() if parent is not None else None
        room_w = window.width() - 40 if window is not None else 900
        room_h = window.height() - 40 if window is not None else 560
        inner = self._grid_widget
        # Room for "Remember as rule…", which shows once an event is placed by hand.
        button = self.rows[0].remember.sizeHint().width() + 12 if self.rows else 0
        hidden = all(not row.remember.isVisibleTo(self) for row in self.rows)
        want_w = inner.sizeHint().width() + (button if hidden else 0) + 80
        want_h = inner.sizeHint().height() + 200
        self.resize(max(520, min(want_w, room_w, 980)), max(320, min(want_h, room_h, 640)))


__all__ = ["EventRow", "EventsDialog"]
