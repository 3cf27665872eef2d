"""Trends (Tendenser): the weeks and months in six charts, with an insights strip on top.

A range (4 weeks, quarter, year, all, custom) and a granularity (day, week, month) drive
every chart together. The numbers are read on a worker thread; a result that arrives
after the user asked for something else is dropped. The charts (and pyqtgraph) are only
built the first time the view is shown, so unlocking stays quick; and each chart only
when it comes into sight (scrolled to, or reached with Tab), so a view that shows one
chart at first holds the widgets and plot items of that one, not of all six.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from time import perf_counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.services.trends_data import (
    SUGGESTED_GRANULARITY,
    HeatYear,
    TrendsData,
    TrendsRange,
    heat_span,
    load_day_points,
    load_insights,
    load_trends,
    resolve_request,
)
from wellbeing_desktop.ui.common import locale_format, strings
from wellbeing_desktop.ui.common.qt_dates import from_qdate, to_qdate
from wellbeing_desktop.ui.common.style import ACCENT, readable_accent
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.common.widgets import page_title
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.trends.charts.slots import CHART_SLOTS, ChartSlot, make_chart
from wellbeing_desktop.ui.trends.trends_insights import InsightsStrip

if TYPE_CHECKING:
    from wellbeing_desktop.domain.insights import DayPoint, Insight
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.trends.charts.base import ChartCard
    from wellbeing_desktop.ui.trends.charts.heatmap import HeatmapChart
    from wellbeing_desktop.ui.trends.charts.theme import ChartTheme

RANGE: Message = translatable("trends_view", "Range")
RANGE_WORDS: dict[TrendsRange, Message] = {
    TrendsRange.FOUR_WEEKS: translatable("trends_view", "4 weeks"),
    TrendsRange.QUARTER: translatable("trends_view", "Quarter"),
    TrendsRange.YEAR: translatable("trends_view", "Year"),
    TrendsRange.ALL: translatable("trends_view", "All"),
    TrendsRange.CUSTOM: translatable("trends_view", "Custom"),
}
GRANULARITY: Message = translatable("trends_view", "Show per")
GRANULARITY_WORDS: dict[Granularity, Message] = {
    Granularity.DAY: translatable("trends_view", "Day"),
    Granularity.WEEK: translatable("trends_view", "Week"),
    Granularity.MONTH: translatable("trends_view", "Month"),
}
FROM: Message = translatable("trends_view", "From")
TO: Message = translatable("trends_view", "To")
SHOW_TABLE: Message = translatable("trends_view", "Show as table")
SHOW_TABLE_TIP: Message = translatable(
    "trends_view", "Show the numbers behind each chart as a table"
)
LOADING: Message = translatable("trends_view", "Loading…")
SPAN: Message = translatable("trends_view", "{start} – {end} · {days}")
DAYS: Message = translatable("trends_view", "{n} days logged")
ONE_DAY: Message = translatable("trends_view", "1 day logged")
NO_DAYS: Message = translatable(
    "trends_view",
    "No days logged in this period yet. Choose a longer range, or log a day in Today.",
)
INSIGHTS: Message = translatable("trends_view", "What the numbers show")
CLICK_HINT: Message = translatable(
    "trends_view",
    "Hover over a chart for the exact numbers; click a period to open it in the journal.",
)

SHOW_BUSY_AFTER_MS = 250
REFRESH_DELAY_MS = 300
CUSTOM_DELAY_MS = 400

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


def _segments(parent: QWidget, count: int) -> tuple[QButtonGroup, list[QPushButton], QHBoxLayout]:
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
    return group, buttons, row


class TrendsView(QWidget):
    """Signals:
    open_period(date, date): the user clicked a day, week or month that has data; the app
        shows it in the Journal (the month of ``start`` is enough).
    """

    open_period = Signal(object, object)

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._session = session
        self._tasks = tasks
        self._range = TrendsRange.YEAR
        self._granularity = SUGGESTED_GRANULARITY[TrendsRange.YEAR]
        self._heat = HeatYear()
        self._data: TrendsData | None = None
        self._insights: tuple[Insight, ...] = ()
        self._generation = 0  # of chart data; a late result of an older one is dropped
        self._insight_generation = 0
        self._insights_pending = False  # the strip (and the charts' places) may still move
        # One read of the journal at a time (each holds a connection and the rows of up to
        # ten years): a read asked for meanwhile waits, and only the newest one is made.
        self._reading = False
        self._want_data = False
        self._want_insights = False
        self._heat_generation = 0
        self._stale = True  # load when next shown
        self._theme: ChartTheme | None = None
        self.slots: list[ChartSlot] = []  # made when the view is first shown
        self.heatmap: HeatmapChart | None = None
        # Milliseconds of the last load: reading (worker) and drawing (GUI thread).
        self.last_fetch_ms = 0.0
        self.last_draw_ms = 0.0

        # -- top: title and the table toggle
        self.heading = page_title()
        self.table_toggle = QPushButton()
        self.table_toggle.setObjectName("tableToggle")
        self.table_toggle.setCheckable(True)
        self.table_toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.table_toggle.setStyleSheet(readable_accent(_TOGGLE_STYLE))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.table_toggle)

        # -- range and granularity
        self.range_label = QLabel()
        self.range_label.setObjectName("muted")
        self.range_group, self.range_buttons, range_row = _segments(self, len(TrendsRange))
        self.granularity_label = QLabel()
        self.granularity_label.setObjectName("muted")
        self.granularity_group, self.granularity_buttons, granularity_row = _segments(
            self, len(Granularity)
        )
        controls = QHBoxLayout()
        controls.setSpacing(8)
        controls.addWidget(self.range_label)
        controls.addLayout(range_row)
        controls.addSpacing(18)
        controls.addWidget(self.granularity_label)
        controls.addLayout(granularity_row)
        controls.addStretch(1)

        self.from_label = QLabel()
        self.to_label = QLabel()
        self.from_date = QDateEdit()
        self.to_date = QDateEdit()
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMinimumWidth(130)
        self.from_label.setBuddy(self.from_date)
        self.to_label.setBuddy(self.to_date)
        self.custom_row = QWidget()
        custom = QHBoxLayout(self.custom_row)
        custom.setContentsMargins(0, 0, 0, 0)
        custom.setSpacing(8)
        custom.addWidget(self.from_label)
        custom.addWidget(self.from_date)
        custom.addSpacing(10)
        custom.addWidget(self.to_label)
        custom.addWidget(self.to_date)
        custom.addStretch(1)
        self.custom_row.hide()

        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("savedIndicator")
        self.message.setProperty("state", "error")
        self.message.setWordWrap(True)
        self.message.hide()

        # -- insights, then the charts
        self.insights = InsightsStrip()
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.chart_column = QVBoxLayout()
        self.chart_column.setSpacing(18)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(30, 26, 30, 30)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.custom_row)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addSpacing(4)
        layout.addWidget(self.insights)
        layout.addSpacing(4)
        layout.addWidget(self.hint)
        layout.addLayout(self.chart_column)
        layout.addStretch(1)
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)

        order: list[QWidget] = [
            *self.range_buttons,
            self.from_date,
            self.to_date,
            *self.granularity_buttons,
            self.table_toggle,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        # -- behaviour
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(SHOW_BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.reload)
        self._custom_timer = QTimer(self)
        self._custom_timer.setSingleShot(True)
        self._custom_timer.setInterval(CUSTOM_DELAY_MS)
        self._custom_timer.timeout.connect(self.reload)
        # Charts come into sight as the page scrolls, resizes or its top part grows.
        self._sight_timer = QTimer(self)
        self._sight_timer.setSingleShot(True)
        self._sight_timer.setInterval(0)
        self._sight_timer.timeout.connect(self._build_charts_in_sight)
        self.page_scroll.verticalScrollBar().valueChanged.connect(self._build_charts_in_sight)
        content.installEventFilter(self)
        self.page_scroll.viewport().installEventFilter(self)
        self.range_group.idClicked.connect(self._range_clicked)
        self.granularity_group.idClicked.connect(self._granularity_clicked)
        self.from_date.dateChanged.connect(self._custom_changed)
        self.to_date.dateChanged.connect(self._custom_changed)
        self.table_toggle.toggled.connect(self._table_toggled)
        self._check_buttons()

        session.opened.connect(self._opened)
        session.closed.connect(self._closed)
        session.changed.connect(self._changed)
        session.language_changed.connect(self.retranslate)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self.retranslate(session.language)
        if session.is_open:
            self._opened()

    # --- public ------------------------------------------------------------------------

    @property
    def data(self) -> TrendsData | None:
        return self._data

    @property
    def charts(self) -> list[ChartCard]:
        """Every chart of the view, top to bottom, building those not built yet (none
        before the view was first shown).
        """
        return [self._build(slot) for slot in self.slots]

    def built_charts(self) -> list[ChartCard]:
        """The charts built so far, top to bottom."""
        return [slot.chart for slot in self.slots if slot.chart is not None]

    @property
    def range(self) -> TrendsRange:
        return self._range

    @property
    def granularity(self) -> Granularity:
        return self._granularity

    def set_range(self, range_: TrendsRange, custom: tuple[date, date] | None = None) -> None:
        """Choose a range (and its suggested granularity), as a click on it does."""
        if custom is not None:
            self._set_custom_dates(*custom)
        self.range_buttons[list(TrendsRange).index(range_)].click()

    def set_granularity(self, granularity: Granularity) -> None:
        self.granularity_buttons[list(Granularity).index(granularity)].click()

    def reload(self) -> None:
        """Read the chosen range again (now if the view is shown, else when it is)."""
        self._refresh_timer.stop()
        self._custom_timer.stop()
        if not self._session.is_open:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._ensure_charts()
        # Reads under way or waiting are for an older choice now: their results are dropped
        # (the insights are asked again for the new numbers).
        self._generation += 1
        self._heat_generation += 1
        if self._want_insights or self._insights_pending:
            self._insight_generation += 1
            self._insights_pending = False
        self._want_data = True
        self._want_insights = False
        if not self._busy_timer.isActive():
            self._busy_timer.start()
        self._next_read()

    def _next_read(self) -> None:
        """Start the read that is wanted, unless one is under way (it calls this when done)."""
        if self._reading or not self._session.is_open:
            return
        if self._want_data:
            self._want_data = False
            self._read_data()
        elif self._want_insights:
            self._want_insights = False
            self._read_insights()

    def _read_done(self) -> None:
        self._reading = False
        self._next_read()

    def _read_data(self) -> None:
        journal = self._session.journal
        today = journal.today()
        self.to_date.setMaximumDate(to_qdate(today))
        self.from_date.setMaximumDate(to_qdate(today))
        custom = (from_qdate(self.from_date.date()), from_qdate(self.to_date.date()))
        request = resolve_request(self._range, self._granularity, today, custom, self._heat)
        generation = self._generation
        started = perf_counter()
        self._reading = True
        self._tasks.run(
            lambda: load_trends(journal, request),
            lambda data: self._loaded(generation, data, started),
            lambda exc: self._failed(generation, exc),
        )

    def show_data(self, data: TrendsData) -> None:
        """Draw ``data`` in every chart now (the GUI-thread half of a load)."""
        self._ensure_charts()
        started = perf_counter()
        self._data = data
        for chart in self.built_charts():
            chart.show_data(data)
        self._offer_years(data)
        self._show_status()
        self.last_draw_ms = (perf_counter() - started) * 1000
        self._sight_timer.start()  # the status and insights may move charts into sight

    # --- loading -----------------------------------------------------------------------

    def _loaded(self, generation: int, data: TrendsData, started: float) -> None:
        self._read_done()
        if generation != self._generation or not self._session.is_open:
            return  # the user asked for something else meanwhile, or locked
        self._busy_timer.stop()
        self.last_fetch_ms = (perf_counter() - started) * 1000
        self._show_message("")
        self.show_data(data)
        self._load_insights()

    def _failed(self, generation: int, exc: Exception) -> None:
        self._read_done()
        if generation != self._generation or not self._session.is_open:
            return
        self._busy_timer.stop()
        self._show_status()
        self._show_message(user_message(exc, self._session.language))
        self._insights_settled()  # no insights will come: the charts may be built

    def _load_insights(self) -> None:
        data = self._data
        self._insight_generation += 1
        self._insights_settled()
        if data is None or not self._session.is_open:
            return
        start = data.start
        if start is None or not data.days_logged:
            self._insights = ()
            self.insights.clear()  # the status line already says nothing is logged
            return
        self.insights.show_working(self._session.language)
        self._insights_pending = True
        self._want_insights = True
        self._next_read()

    def _read_insights(self) -> None:
        data = self._data
        if data is None or data.start is None:
            return
        start, end = data.start, data.request.end
        language = self._session.language
        journal = self._session.journal
        generation = self._insight_generation
        self._reading = True
        self._tasks.run(
            lambda: load_insights(journal, start, end, language, data),
            lambda found: self._insights_loaded(generation, found),
            lambda exc: self._insights_failed(generation, exc),
        )

    def _insights_loaded(self, generation: int, found: tuple[Insight, ...]) -> None:
        self._read_done()
        if generation != self._insight_generation or not self._session.is_open:
            return
        self._insights = found
        self.insights.show_insights(found, self._session.language)
        self._insights_settled()

    def _insights_failed(self, generation: int, exc: Exception) -> None:
        self._read_done()
        if generation == self._insight_generation and self._session.is_open:
            self._insights_settled()
            self.insights.show_message(user_message(exc, self._session.language))

    def _insights_settled(self) -> None:
        self._insights_pending = False
        self._sight_timer.start()

    def _heat_year_changed(self, heat: HeatYear) -> None:
        self._heat = heat
        data = self._data
        if data is None or not self._session.is_open or self.heatmap is None:
            return
        start, end = heat_span(data.request.end, heat)
        self._heat_generation += 1
        generation = self._heat_generation
        journal = self._session.journal
        self._tasks.run(
            lambda: load_day_points(journal, start, end),
            lambda points: self._heat_loaded(generation, points, start, end),
            lambda exc: self._heat_failed(generation, exc),
        )

    def _heat_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._heat_generation and self._session.is_open:
            self._show_message(user_message(exc, self._session.language))

    def _heat_loaded(
        self, generation: int, points: tuple[DayPoint, ...], start: date, end: date
    ) -> None:
        if generation != self._heat_generation or not self._session.is_open:
            return
        if self._data is None or self.heatmap is None:
            return
        request = replace(self._data.request, heat_start=start, heat_end=end)
        self._data = replace(self._data, request=request, day_points=points)
        self.heatmap.show_data(self._data)

    def _offer_years(self, data: TrendsData) -> None:
        if self.heatmap is None:
            return
        first = data.start.year if data.start is not None else None
        self.heatmap.set_years(first, data.request.end.year, self._heat)
        self._heat = self.heatmap.chosen_year()

    # --- the charts ----------------------------------------------------------------------

    def _ensure_charts(self) -> None:
        """Lay out the charts' places the first time they are needed; each chart is built
        (and pyqtgraph imported) when its place comes into sight.
        """
        if self.slots:
            return
        from wellbeing_desktop.ui.trends.charts.theme import current_theme

        language = self._session.language
        previous: QWidget = self.table_toggle
        for key, title, height in CHART_SLOTS:
            slot = ChartSlot(key, title, height, language)
            slot.wanted.connect(self._slot_focused)
            slot.installEventFilter(self)
            self.chart_column.addWidget(slot)
            self.setTabOrder(previous, slot)
            previous = slot
            self.slots.append(slot)
        self._theme = current_theme()
        self._sight_timer.start()

    def _build(self, slot: ChartSlot) -> ChartCard:
        """The chart of ``slot``, built now (with the data shown so far) if it was not."""
        if slot.chart is not None:
            return slot.chart
        from wellbeing_desktop.ui.trends.charts.heatmap import HeatmapChart

        chart = make_chart(slot.key, self._session.language)
        chart.period_clicked.connect(self.open_period)
        chart.show_table(self.table_toggle.isChecked())
        if self._theme is not None and chart.theme != self._theme:
            chart.apply_theme(self._theme)
        slot.hold(chart)
        if isinstance(chart, HeatmapChart):
            self.heatmap = chart
            chart.year_changed.connect(self._heat_year_changed)
        data = self._data
        if data is not None and self._session.is_open:
            chart.show_data(data)
            self._offer_years(data)
        return chart

    def _build_charts_in_sight(self) -> None:
        """Build every chart whose place shows in the page's viewport."""
        viewport = self.page_scroll.viewport()
        if not self.slots or not self.isVisible():
            return
        # Only once the page has settled: with the numbers (or the message why there are
        # none) and the insights above them in place (they push the charts down), a chart
        # built is one the user sees.
        if self._reading or self._want_data or self._insights_pending:
            return
        # Until the page has grown to hold them, the layout squeezes the places onto each
        # other; the page's resize brings us back here.
        for upper, lower in zip(self.slots, self.slots[1:], strict=False):
            if lower.y() < upper.y() + upper.height():
                return
        seen = viewport.rect()
        for slot in self.slots:
            if slot.chart is not None or not slot.isVisible():
                continue
            place = QRect(slot.mapTo(viewport, slot.rect().topLeft()), slot.size())
            if place.isValid() and place.intersects(seen):
                self._build(slot)

    def _slot_focused(self, slot: ChartSlot, reason: Qt.FocusReason) -> None:
        chart = self._build(slot)
        chain = [
            w
            for w in chart.focus_chain()
            if w.isVisibleTo(self)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ]
        if not chain:
            return
        target = chain[-1] if reason is Qt.FocusReason.BacktabFocusReason else chain[0]
        target.setFocus(reason)
        self.page_scroll.ensureWidgetVisible(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.slots and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._sight_timer.start()
        return super().eventFilter(watched, event)

    def chart(self, key: str) -> ChartCard:
        """The chart with ``key`` (time_split, hours, stress, balance, who5, heatmap),
        built now if it was not.
        """
        self._ensure_charts()
        for slot in self.slots:
            if slot.key == key:
                return self._build(slot)
        raise KeyError(key)

    def _table_toggled(self, on: bool) -> None:
        for chart in self.built_charts():
            chart.show_table(on)
        self._sight_timer.start()  # tables and charts differ in height

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()

    def _restyle(self) -> None:
        if not self.slots:
            return
        from wellbeing_desktop.ui.trends.charts.theme import current_theme

        theme = current_theme()
        if theme == self._theme:
            return
        self._theme = theme
        for chart in self.built_charts():
            chart.apply_theme(theme)

    # --- session -----------------------------------------------------------------------

    def _opened(self) -> None:
        today = self._session.journal.today()
        self._set_custom_dates(today - timedelta(weeks=8) + timedelta(days=1), today)
        self._stale = True
        if self.isVisible():
            self.reload()

    def _closed(self) -> None:
        """Drop everything that came from the journal: charts, tables, insights, messages."""
        self._generation += 1
        self._insight_generation += 1
        self._insights_pending = False
        self._want_data = self._want_insights = False
        self._heat_generation += 1
        self._busy_timer.stop()
        self._refresh_timer.stop()
        self._custom_timer.stop()
        self._data = None
        self._insights = ()
        self._stale = True
        for chart in self.built_charts():
            chart.clear()
        if self.heatmap is not None:
            self.heatmap.year.clear()
        self.insights.clear()
        self.status.setText("")
        self._show_message("")

    def _changed(self, change: Change, initiator: object) -> None:
        if initiator is self or not self._session.is_open:
            return
        if change is Change.ONE_ON_ONE:
            return
        if not self.isVisible():
            self._stale = True  # Today saves as the user types; read again when looked at
            return
        self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sight_timer.start()
        if self._stale and self._session.is_open:
            QTimer.singleShot(0, self, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if self._stale and self._session.is_open and self.isVisible():
            self.reload()

    def retranslate(self, language: Language) -> None:
        self.heading.setText(tr(strings.TRENDS, language))
        self.range_label.setText(tr(RANGE, language))
        self.granularity_label.setText(tr(GRANULARITY, language))
        for button, range_ in zip(self.range_buttons, TrendsRange, strict=True):
            button.setText(tr(RANGE_WORDS[range_], language))
            button.setAccessibleName(f"{tr(RANGE, language)}: {tr(RANGE_WORDS[range_], language)}")
        for button, granularity in zip(self.granularity_buttons, Granularity, strict=True):
            word = tr(GRANULARITY_WORDS[granularity], language)
            button.setText(word)
            button.setAccessibleName(f"{tr(GRANULARITY, language)} {word.lower()}")
        self.from_label.setText(tr(FROM, language))
        self.to_label.setText(tr(TO, language))
        self.from_date.setAccessibleName(tr(FROM, language))
        self.to_date.setAccessibleName(tr(TO, language))
        locale = locale_format.locale(language)
        for edit in (self.from_date, self.to_date):
            edit.setLocale(locale)
            edit.setDisplayFormat(locale_format.short_date_pattern(language))
        self._style_calendars()
        self.table_toggle.setText(tr(SHOW_TABLE, language))
        self.table_toggle.setAccessibleName(tr(SHOW_TABLE, language))
        self.table_toggle.setToolTip(tr(SHOW_TABLE_TIP, language))
        self.insights.set_title(tr(INSIGHTS, language))
        self.hint.setText(tr(CLICK_HINT, language))
        for slot in self.slots:
            slot.retranslate(language)
        for chart in self.built_charts():
            chart.retranslate(language)
        self._show_status()
        if self._data is not None and self._session.is_open:
            self._load_insights()

    # --- controls ------------------------------------------------------------------------

    def _check_buttons(self) -> None:
        self.range_buttons[list(TrendsRange).index(self._range)].setChecked(True)
        self.granularity_buttons[list(Granularity).index(self._granularity)].setChecked(True)
        self.custom_row.setVisible(self._range is TrendsRange.CUSTOM)
        self._style_calendars()

    def _style_calendars(self) -> None:
        """The date fields' pop-up calendars in the language, weeks from Monday. Asking
        for a calendar makes it, so that waits until "Custom" shows the fields.
        """
        if self.custom_row.isHidden():
            return
        locale = locale_format.locale(self._session.language)
        for edit in (self.from_date, self.to_date):
            calendar = edit.calendarWidget()
            calendar.setLocale(locale)
            calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)

    def _range_clicked(self, number: int) -> None:
        self._range = list(TrendsRange)[number]
        self._heat = HeatYear()  # a new range starts the calendar on its last 12 months
        suggested = SUGGESTED_GRANULARITY.get(self._range)
        if suggested is not None:
            self._granularity = suggested
        self._check_buttons()
        self.reload()

    def _granularity_clicked(self, number: int) -> None:
        granularity = list(Granularity)[number]
        if granularity is self._granularity and self._data is not None:
            return
        self._granularity = granularity
        self.reload()

    def _custom_changed(self) -> None:
        if self._range is TrendsRange.CUSTOM:
            self._heat = HeatYear()
            self._custom_timer.start()

    def _set_custom_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.from_date, start), (self.to_date, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    # --- words on the page ---------------------------------------------------------------------

    def _show_busy(self) -> None:
        self.status.setText(tr(LOADING, self._session.language))

    def _show_status(self) -> None:
        language = self._session.language
        data = self._data
        if data is None or not self._session.is_open:
            self.status.setText("")
            return
        days = data.days_logged
        if not days:
            self.status.setText(tr(NO_DAYS, language))
            return
        start = data.start or data.request.end
        end = data.request.end
        count = tr(ONE_DAY, language) if days == 1 else tr(DAYS, language).format(n=days)
        self.status.setText(
            tr(SPAN, language).format(
                start=locale_format.short_date(start, language),
                end=locale_format.short_date(end, language),
                days=count,
            )
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
