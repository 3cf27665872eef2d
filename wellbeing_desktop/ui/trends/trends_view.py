"""Trends (Tendenser): the weeks and months in six charts, with an insights strip on top.

A range (4 weeks, quarter, year, all, custom) and a granularity (day, week, month) drive
every chart together. The numbers are read on a worker thread (``TrendsReads``); a
result that arrives after the user asked for something else is dropped. The charts (and
pyqtgraph) are only built the first time the view is shown, so unlocking stays quick;
and each chart only when it comes into sight (``ChartPlaces``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from time import perf_counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.services.trends_data import (
    HeatYear,
    TrendsData,
    TrendsRange,
    TrendsRequest,
    resolve_request,
    suggested_granularity,
)
from wellbeing_desktop.ui.common import locale_format, strings
from wellbeing_desktop.ui.common.page import PageView, page_scroll_area
from wellbeing_desktop.ui.common.qt_dates import from_qdate, to_qdate
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import page_title
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.trends import trends_controls as controls
from wellbeing_desktop.ui.trends import trends_words as words
from wellbeing_desktop.ui.trends.chart_places import ChartPlaces
from wellbeing_desktop.ui.trends.trends_insights import InsightsStrip
from wellbeing_desktop.ui.trends.trends_reads import TrendsReads

if TYPE_CHECKING:
    from wellbeing_desktop.domain.insights import DayPoint
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.trends.charts.base import ChartCard
    from wellbeing_desktop.ui.trends.charts.heatmap import HeatmapChart
    from wellbeing_desktop.ui.trends.charts.slots import ChartSlot

REFRESH_DELAY_MS = 300
CUSTOM_DELAY_MS = 400


class TrendsView(PageView):
    """The Trends page: insights and charts over a chosen range.

    Signals:
    open_period(date, date): the user clicked a day, week or month that has data; the app
        shows it in the Journal (the month of ``start`` is enough).
    """

    open_period = Signal(object, object)

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, tasks, parent)
        self._range = TrendsRange.YEAR
        self._granularity = suggested_granularity(TrendsRange.YEAR)
        self._heat = HeatYear()
        self._data: TrendsData | None = None
        self._stale = True  # load when next shown
        # Milliseconds of the last load: reading (worker) and drawing (GUI thread).
        self.last_fetch_ms = 0.0
        self.last_draw_ms = 0.0

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(30, 26, 30, 30)
        layout.setSpacing(14)
        layout.addLayout(self._make_top())
        layout.addLayout(self._make_controls())
        self._make_custom_row()
        layout.addWidget(self.custom_row)
        self.status = controls.status_line()
        self.message = controls.message_line()
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addSpacing(4)
        self.insights = InsightsStrip()  # then the charts
        layout.addWidget(self.insights)
        layout.addSpacing(4)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.chart_column = QVBoxLayout()
        self.chart_column.setSpacing(18)
        layout.addLayout(self.chart_column)
        layout.addStretch(1)
        self._make_scroll(content)
        self._set_tab_order()

        self.reads = TrendsReads(self)
        self.places = ChartPlaces(self)
        self._refresh_timer = self._timer(REFRESH_DELAY_MS)
        self._custom_timer = self._timer(CUSTOM_DELAY_MS)
        self._connect()
        self.connect_session()

    # --- layout --------------------------------------------------------------------------

    def _make_top(self) -> QHBoxLayout:
        """The title and the table toggle."""
        self.heading = page_title()
        self.table_toggle = controls.table_toggle()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.table_toggle)
        return top

    def _make_controls(self) -> QHBoxLayout:
        """The range and the granularity, as segmented buttons."""
        self.range_label = controls.muted_label()
        self.range_group, self.range_buttons, range_row = controls.segments(self, len(TrendsRange))
        self.granularity_label = controls.muted_label()
        self.granularity_group, self.granularity_buttons, granularity_row = controls.segments(
            self, len(Granularity)
        )
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.range_label)
        row.addLayout(range_row)
        row.addSpacing(18)
        row.addWidget(self.granularity_label)
        row.addLayout(granularity_row)
        row.addStretch(1)
        return row

    def _make_custom_row(self) -> None:
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.from_date = controls.date_field()
        self.to_date = controls.date_field()
        self.custom_row = controls.custom_row(
            self.from_label, self.from_date, self.to_label, self.to_date
        )

    def _make_scroll(self, content: QWidget) -> None:
        self.page_scroll = page_scroll_area(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            *self.range_buttons,
            self.from_date,
            self.to_date,
            *self.granularity_buttons,
            self.table_toggle,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def _timer(self, interval_ms: int) -> QTimer:
        """A single-shot timer that reads the chosen range again."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.reload)
        return timer

    def _connect(self) -> None:
        self.range_group.idClicked.connect(self._range_clicked)
        self.granularity_group.idClicked.connect(self._granularity_clicked)
        self.from_date.dateChanged.connect(self._custom_changed)
        self.to_date.dateChanged.connect(self._custom_changed)
        self.table_toggle.toggled.connect(self._table_toggled)
        self._check_buttons()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    # --- public ------------------------------------------------------------------------

    @property
    def session(self) -> JournalSession:
        return self._session

    @property
    def tasks(self) -> TaskRunner:
        return self._tasks

    @property
    def data(self) -> TrendsData | None:
        return self._data

    @property
    def slots(self) -> list[ChartSlot]:
        """The charts' places, top to bottom (none before the view was first shown)."""
        return self.places.slots

    @property
    def heatmap(self) -> HeatmapChart | None:
        return self.places.heatmap

    @property
    def charts(self) -> list[ChartCard]:
        """Every chart of the view, top to bottom.

        Every chart of the view, top to bottom, building those not built yet (none
        before the view was first shown).
        """
        return [self.places.build(slot) for slot in self.places.slots]

    def built_charts(self) -> list[ChartCard]:
        """The charts built so far, top to bottom."""
        return self.places.built()

    def chart(self, key: str) -> ChartCard:
        """The chart with ``key``, built now if it was not.

        The chart with ``key`` (time_split, hours, stress, balance, who5, heatmap),
        built now if it was not.
        """
        return self.places.chart(key)

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
        self.places.ensure()
        self.reads.read_data()

    def current_request(self, today: date) -> TrendsRequest:
        """The dates the chosen range, granularity and year stand for on ``today``."""
        self.to_date.setMaximumDate(to_qdate(today))
        self.from_date.setMaximumDate(to_qdate(today))
        return resolve_request(
            self._range, self._granularity, today, self._custom_dates(), self._heat
        )

    def show_data(self, data: TrendsData) -> None:
        """Draw ``data`` in every chart now (the GUI-thread half of a load)."""
        self.places.ensure()
        started = perf_counter()
        self._data = data
        for chart in self.built_charts():
            chart.show_data(data)
        self.offer_years(data)
        self.show_status()
        self.last_draw_ms = (perf_counter() - started) * 1000
        self.places.look()  # the status and insights may move charts into sight

    def show_heat_days(self, points: tuple[DayPoint, ...], start: date, end: date) -> None:
        """Show another year's days in the calendar heatmap (the other charts stay)."""
        if self._data is None or self.heatmap is None:
            return
        request = replace(self._data.request, heat_start=start, heat_end=end)
        self._data = replace(self._data, request=request, day_points=points)
        self.heatmap.show_data(self._data)

    def offer_years(self, data: TrendsData) -> None:
        """Let the heatmap offer the years of ``data``, keeping the chosen one if it can."""
        if self.heatmap is None:
            return
        first = data.start.year if data.start is not None else None
        self.heatmap.set_years(first, data.request.end.year, self._heat)
        self._heat = self.heatmap.chosen_year()

    def heat_year_changed(self, heat: HeatYear) -> None:
        self._heat = heat
        self.reads.read_heat(heat)

    # --- look ----------------------------------------------------------------------------

    def _table_toggled(self, on: bool) -> None:
        for chart in self.built_charts():
            chart.show_table(on)
        self.places.look()  # tables and charts differ in height

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.places.restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.places.restyle()
        # Back to the window from the terminal where the CLI wrote: read again, too.
        elif event.type() == QEvent.Type.ActivationChange and self._looked_at():
            QTimer.singleShot(0, self, self.recheck)

    def _looked_at(self) -> bool:
        """Shown, with numbers, in the window the user works in."""
        return self.isActiveWindow() and self.isVisible() and self._data is not None

    # --- session -----------------------------------------------------------------------

    def journal_opened(self) -> None:
        today = self._session.journal.today()
        self._set_custom_dates(today - timedelta(weeks=8) + timedelta(days=1), today)
        self._stale = True
        if self.isVisible():
            self.reload()

    def journal_closed(self) -> None:
        """Drop everything that came from the journal: charts, tables, insights, messages."""
        self.reads.drop()
        self._refresh_timer.stop()
        self._custom_timer.stop()
        self._data = None
        self._stale = True
        for chart in self.built_charts():
            chart.clear()
        if self.heatmap is not None:
            self.heatmap.year.clear()
        self.insights.clear()
        self.status.setText("")
        self.show_message("")

    def journal_changed(self, change: Change, initiator: object) -> None:
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
        self.places.look()
        if not self._session.is_open:
            return
        if self._stale:
            QTimer.singleShot(0, self, self._reload_if_stale)
        elif self._data is not None:
            # Another program (the CLI beside the GUI) may have written meanwhile, which
            # no signal tells: read again. Nothing changed, the summaries are kept ones
            # (``TrendsCache``), and the same numbers are not drawn again.
            QTimer.singleShot(0, self, self.recheck)

    def _reload_if_stale(self) -> None:
        if self._stale and self._session.is_open and self.isVisible():
            self.reload()

    def recheck(self) -> None:
        """Read the choice again quietly (drawn again only if the numbers changed)."""
        if not (self._session.is_open and self.isVisible()):
            return
        if self.reads.settling:
            # A read under way may have started before the other program's commit.
            self.reads.recheck_wanted = True  # once it has settled (``TrendsReads``)
            return
        self.reads.read_data(quiet=True)

    def retranslate(self, language: Language) -> None:
        self.heading.setText(tr(strings.TRENDS, language))
        self.range_label.setText(tr(words.RANGE, language))
        self.granularity_label.setText(tr(words.GRANULARITY, language))
        for button, range_ in zip(self.range_buttons, TrendsRange, strict=True):
            word = tr(words.RANGE_WORDS[range_], language)
            button.setText(word)
            button.setAccessibleName(f"{tr(words.RANGE, language)}: {word}")
        for button, granularity in zip(self.granularity_buttons, Granularity, strict=True):
            word = tr(words.GRANULARITY_WORDS[granularity], language)
            button.setText(word)
            button.setAccessibleName(f"{tr(words.GRANULARITY, language)} {word.lower()}")
        self._retranslate_dates(language)
        self.table_toggle.setText(tr(words.SHOW_TABLE, language))
        self.table_toggle.setAccessibleName(tr(words.SHOW_TABLE, language))
        self.table_toggle.setToolTip(tr(words.SHOW_TABLE_TIP, language))
        self.insights.set_title(tr(words.INSIGHTS, language))
        self.hint.setText(tr(words.CLICK_HINT, language))
        for slot in self.slots:
            slot.retranslate(language)
        for chart in self.built_charts():
            chart.retranslate(language)
        self.show_status()
        if self._data is not None and self._session.is_open:
            self.reads.read_insights()

    def _retranslate_dates(self, language: Language) -> None:
        self.from_label.setText(tr(words.FROM, language))
        self.to_label.setText(tr(words.TO, language))
        self.from_date.setAccessibleName(tr(words.FROM, language))
        self.to_date.setAccessibleName(tr(words.TO, language))
        locale = locale_format.locale(language)
        for edit in (self.from_date, self.to_date):
            edit.setLocale(locale)
            edit.setDisplayFormat(locale_format.short_date_pattern(language))
        self._style_calendars()

    # --- controls ------------------------------------------------------------------------

    def _check_buttons(self) -> None:
        self.range_buttons[list(TrendsRange).index(self._range)].setChecked(True)
        self.granularity_buttons[list(Granularity).index(self._granularity)].setChecked(True)
        self.custom_row.setVisible(self._range is TrendsRange.CUSTOM)
        self._style_calendars()

    def _style_calendars(self) -> None:
        # Asking for a calendar makes it, so that waits until "Custom" shows the fields.
        if not self.custom_row.isHidden():
            controls.style_calendars((self.from_date, self.to_date), self._session.language)

    def _range_clicked(self, number: int) -> None:
        self._range = list(TrendsRange)[number]
        self._heat = HeatYear()  # a new range starts the calendar on its last 12 months
        self._granularity = suggested_granularity(self._range, self._custom_dates())
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
            # New dates start with the granularity that fits them, as a range click does.
            self._granularity = suggested_granularity(self._range, self._custom_dates())
            self._check_buttons()
            self._custom_timer.start()

    def _custom_dates(self) -> tuple[date, date]:
        return from_qdate(self.from_date.date()), from_qdate(self.to_date.date())

    def _set_custom_dates(self, start: date, end: date) -> None:
        controls.set_quietly(self.from_date, start)
        controls.set_quietly(self.to_date, end)

    # --- words on the page ---------------------------------------------------------------

    def show_busy(self) -> None:
        self.status.setText(tr(words.LOADING, self._session.language))

    def show_status(self) -> None:
        """The dates shown and how many days are logged in them (or that none are)."""
        data = self._data if self._session.is_open else None
        self.status.setText(words.status_text(data, self._session.language))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
