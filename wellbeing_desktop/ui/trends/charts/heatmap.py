"""The year calendar: one small square per day, tinted by stress step or leadership share.

Weeks run left to right, Monday at the top. A day without a log (or without the chosen
value) is a faint empty square, never a colour that could be read as a value.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QButtonGroup, QComboBox, QPushButton, QWidget

from wellbeing_desktop.domain.catalogues import STRESS_STEPS
from wellbeing_desktop.domain.palette import STEP_COLOURS
from wellbeing_desktop.services.trends_data import HeatYear, monday
from wellbeing_desktop.ui.common.single_choice import single_choice
from wellbeing_desktop.ui.common.style import ACCENT, readable_accent
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.journal.journal_calendar import (
    CalendarMetric,
    legend_bands,
    share_band,
    share_bands,
    share_colour,
)
from wellbeing_desktop.ui.trends.charts import words
from wellbeing_desktop.ui.trends.charts.base import ChartCard
from wellbeing_desktop.ui.trends.charts.parts import TieredAxis, legend_swatch

if TYPE_CHECKING:
    from wellbeing_desktop.domain.insights import DayPoint
    from wellbeing_desktop.domain.models import Language

CELL = 0.84  # of a day's square, the rest is the gap between days
METRIC_STEP: Message = translatable("charts.heatmap", "Stress step")
METRIC_SHARE: Message = translatable("charts.heatmap", "Leadership share")
COLOUR_BY: Message = translatable("charts.heatmap", "Colour the days by")
YEAR: Message = translatable("charts.heatmap", "Show year")
LAST_12: Message = translatable("charts.heatmap", "Last 12 months")
NO_VALUE: Message = translatable("charts.heatmap", "No value")
STEP_LINE: Message = translatable("charts.heatmap", "Step {n}: {name}")
SHARE_LINE: Message = translatable("charts.heatmap", "Leadership share {share}")

_SEGMENT_STYLE = f"""
QPushButton {{
    border: 1px solid {ACCENT}; padding: 3px 10px; color: {ACCENT}; background: transparent;
    border-radius: 0;
}}
QPushButton#segmentFirst {{ border-top-left-radius: 6px; border-bottom-left-radius: 6px; }}
QPushButton#segmentLast {{
    border-top-right-radius: 6px; border-bottom-right-radius: 6px; border-left: none;
}}
QPushButton:checked {{ background: {ACCENT}; color: white; }}
QPushButton:focus:!checked {{ background: rgba(61, 126, 166, 40); }}
"""


class HeatmapChart(ChartCard):
    """The year day by day, as a calendar heatmap.

    Signals:
    year_changed(HeatYear): the user picked another year; the view loads its days.
    """

    year_changed = Signal(object)

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        self._metric = CalendarMetric.STEP
        self._points: dict[date, DayPoint] = {}
        self._first_monday = date.min
        self._span = (date.min, date.min)
        self._weeks = 0
        super().__init__("heatmap", words.HEATMAP, language, parent)

    # --- construction ------------------------------------------------------------------

    def plot_height(self) -> int:
        return 150

    def make_bottom_axis(self) -> pg.AxisItem:
        return pg.AxisItem(orientation="bottom")

    def more_axes(self) -> dict[str, pg.AxisItem]:
        return {"top": TieredAxis("top")}

    def build(self) -> None:
        self.metric_step = QPushButton()
        self.metric_share = QPushButton()
        self.metric_group = QButtonGroup(self)
        for button, name in (
            (self.metric_step, "segmentFirst"),
            (self.metric_share, "segmentLast"),
        ):
            button.setCheckable(True)
            button.setObjectName(name)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(readable_accent(_SEGMENT_STYLE))
            self.metric_group.addButton(button)
        single_choice((self.metric_step, self.metric_share))
        self.metric_step.setChecked(True)
        self.year = QComboBox()
        self.year.setObjectName("heatYear")
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        index = self.header.indexOf(self.save_button)
        self.header.insertWidget(index, self.year)
        self.header.insertWidget(index, self.metric_share)
        self.header.insertWidget(index, self.metric_step)
        self.header.setSpacing(0)
        self.header.insertSpacing(index + 2, 12)
        self.header.insertSpacing(index + 4, 8)

        self.plot.hideAxis("bottom")
        self.plot.showAxis("top")
        self.plot.getAxis("top").setHeight(22)
        self.plot.vb.invertY(True)
        self.plot.vb.sigResized.connect(self._fit_height)
        self.plot.showGrid(x=False, y=False)
        self.cells = pg.ScatterPlotItem(pxMode=False, symbol="s", size=CELL, pen=None)
        self.plot.addItem(self.cells)
        self.samples = [legend_swatch(QColor(STEP_COLOURS[n])) for n in range(1, 6)]
        self.empty_sample = legend_swatch(self.theme.colour("empty_cell"))

        self.metric_group.buttonToggled.connect(self._metric_toggled)
        self.year.activated.connect(self._year_chosen)

    # --- public ------------------------------------------------------------------------

    def set_years(self, first: int | None, last: int, chosen: HeatYear) -> None:
        """Offer the last 12 months and each calendar year from ``first`` to ``last``."""
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(tr(LAST_12, self.language), None)
        for year in range(last, (first if first is not None else last) - 1, -1):
            self.year.addItem(str(year), year)
        found = self.year.findData(chosen.year) if chosen.year is not None else 0
        self.year.setCurrentIndex(max(0, found))
        self.year.blockSignals(False)

    def focus_chain(self) -> list[QWidget]:
        return [
            self.metric_step,
            self.metric_share,
            self.year,
            self.save_button,
            self.graphics,
            self.table,
        ]

    def chosen_year(self) -> HeatYear:
        value = self.year.currentData()
        return HeatYear(int(value) if isinstance(value, int) else None)

    def count(self) -> int:
        return self._weeks * 7

    def day_at(self, index: int) -> date | None:
        day = self._first_monday + timedelta(days=index)
        start, end = self._span
        return day if start <= day <= end else None

    def index_at(self, scene_pos: QPointF) -> int | None:
        if self.data is None or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.vb.mapSceneToView(scene_pos)
        column, row = round(point.x()), round(point.y())
        if not (0 <= column < self._weeks and 0 <= row < 7):
            return None
        if abs(point.x() - column) > CELL / 2 + 0.08 or abs(point.y() - row) > CELL / 2 + 0.08:
            return None
        index = column * 7 + row
        return index if self.day_at(index) is not None else None

    def position_of(self, day: date) -> tuple[float, float]:
        """Where a day's square sits (x = week column, y = weekday row)."""
        offset = (day - self._first_monday).days
        return float(offset // 7), float(offset % 7)

    def show_hover(self, index: int) -> None:
        pass  # the tooltip is enough on a grid of small squares

    def _fit_height(self) -> None:
        """Make the days square: the plot is as tall as seven of its week columns."""
        weeks = self._weeks or 53
        view = self.plot.vb
        cell = view.width() / (weeks + 0.2)
        wanted = round(cell * 7.2 + self.graphics.height() - view.height())
        if abs(wanted - self.graphics.height()) > 2:
            self.graphics.setFixedHeight(max(self.plot_height(), wanted))

    # --- drawing -----------------------------------------------------------------------

    def draw(self) -> None:
        data = self.data
        if data is None:
            return
        start, end = data.request.heat_start, data.request.heat_end
        self._span = (start, end)
        self._first_monday = monday(start)
        self._weeks = (monday(end) - self._first_monday).days // 7 + 1
        self._points = {point.day: point for point in data.day_points}
        days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
        xs = np.empty(len(days), dtype=float)
        ys = np.empty(len(days), dtype=float)
        brushes: list[QBrush] = []
        for n, day in enumerate(days):
            xs[n], ys[n] = self.position_of(day)
            brushes.append(QBrush(self.colour_of(self._points.get(day))))
        self.cells.setData(x=xs, y=ys, brush=brushes, size=CELL, symbol="s", pen=None)
        self.plot.setXRange(-0.6, self._weeks - 0.4, padding=0)
        self.plot.setYRange(-0.6, 6.6, padding=0)
        self._ticks()
        self._legend()
        self._fit_height()

    def colour_of(self, point: DayPoint | None) -> QColor:
        empty = self.theme.colour("empty_cell")
        if point is None:
            return empty
        if self._metric is CalendarMetric.STEP:
            return QColor(STEP_COLOURS[point.stress_step]) if point.stress_step else empty
        if point.leadership_share is None:
            return empty
        target = self.data.target_percent if self.data is not None else 40
        bands = share_bands(target)
        colour = share_colour(share_band(round(point.leadership_share * 100), target), len(bands))
        return _flatten(colour, QColor(self.theme.background))

    def _ticks(self) -> None:
        language = self.language
        start, end = self._span
        months: list[tuple[float, date]] = []
        day = start.replace(day=1)
        while day <= end:
            if day >= start:
                months.append((self.position_of(day)[0], day))
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        if start.day != 1 and (not months or months[0][0] >= 3):
            months.insert(0, (0.0, start))  # the first, cut-off month, if there is room
        # The year goes with January, or with the first month when no January is shown.
        # Where every month does not fit (a narrow window), every second, third or sixth.
        tiers = []
        for every in (1, 2, 3, 6):
            shown = [
                (column, month)
                for number, (column, month) in enumerate(months)
                if (month.month - 1) % every == 0 or (every == 1 and number == 0)
            ]
            has_january = any(month.month == 1 for _column, month in shown)
            ticks = []
            for number, (column, month) in enumerate(shown):
                label = words.month_short(month.month, language)
                if month.month == 1 or (number == 0 and not has_january):
                    label += f" {month.year}"
                ticks.append((column + 0.5, label))
            tiers.append(ticks)
        top = self.plot.getAxis("top")
        if isinstance(top, TieredAxis):
            top.set_tiers(tiers)
        rows = [(float(n), words.weekday_short(n, language)) for n in (0, 2, 4, 6)]
        self.plot.getAxis("left").setTicks([rows])

    def _clear_top(self) -> None:
        top = self.plot.getAxis("top")
        if isinstance(top, TieredAxis):
            top.set_tiers([])

    def _legend(self) -> None:
        language = self.language
        target = self.data.target_percent if self.data is not None else 40
        bands = legend_bands(self._metric, target, language)
        entries: list[tuple[Any, Any]] = []
        for sample, band in zip(self.samples, bands, strict=False):
            colour = _flatten(band.colour, QColor(self.theme.background))
            sample.setOpts(brush=colour, pen=pg.mkPen(colour))
            entries.append((sample, lambda _language, text=band.text: text))
        empty = self.theme.colour("empty_cell")
        self.empty_sample.setOpts(brush=empty, pen=pg.mkPen(self.theme.muted))
        entries.append((self.empty_sample, lambda lang: tr(words.NO_LOG, lang)))
        self.set_legend(entries)

    def empty_items(self) -> None:
        self._points = {}
        self._weeks = 0
        self.cells.setData(x=[], y=[])
        self._clear_top()

    # --- tooltips, clicks, table ---------------------------------------------------------

    def tooltip_for(self, index: int) -> str | None:
        day = self.day_at(index)
        if day is None:
            return None
        language = self.language
        lines = [words.day_text(day, language)]
        point = self._points.get(day)
        if point is None:
            lines.append(tr(words.NO_LOG, language))
            return "\n".join(lines)
        if point.stress_step is not None:
            step = STRESS_STEPS[point.stress_step - 1]
            lines.append(tr(STEP_LINE, language).format(n=step.number, name=step.name(language)))
        if point.leadership_share is not None:
            share = words.percent_text(point.leadership_share, language)
            lines.append(tr(SHARE_LINE, language).format(share=share))
        if point.stress_step is None and point.leadership_share is None:
            lines.append(tr(NO_VALUE, language))
        return "\n".join(lines)

    def period_for(self, index: int) -> tuple[date, date] | None:
        day = self.day_at(index)
        if day is None or day not in self._points:
            return None
        return day, day

    def table_period(self, row: int) -> tuple[date, date] | None:
        days = sorted(self._points)
        return (days[row], days[row]) if 0 <= row < len(days) else None

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        language = self.language
        headers = [
            tr(words.DATE, language),
            tr(words.STEP_COLUMN, language),
            tr(METRIC_SHARE, language),
        ]
        gap = tr(words.GAP, language)
        rows = []
        for day in sorted(self._points):
            point = self._points[day]
            step = (
                f"{point.stress_step} {STRESS_STEPS[point.stress_step - 1].name(language)}"
                if point.stress_step is not None
                else gap
            )
            share = (
                words.percent_text(point.leadership_share, language)
                if point.leadership_share is not None
                else gap
            )
            rows.append([words.day_text(day, language), step, share])
        return headers, rows

    # --- words and controls ---------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        super().retranslate(language)
        for button, texts in ((self.metric_step, METRIC_STEP), (self.metric_share, METRIC_SHARE)):
            button.setText(tr(texts, language))
            button.setAccessibleName(f"{tr(COLOUR_BY, language)}: {tr(texts, language)}")
        self.year.setAccessibleName(tr(YEAR, language))
        self.year.setToolTip(tr(YEAR, language))
        if self.year.count():
            self.year.setItemText(0, tr(LAST_12, language))

    def _metric_toggled(self, button: QPushButton, checked: bool) -> None:
        if not checked:
            return
        self._metric = CalendarMetric.STEP if button is self.metric_step else CalendarMetric.SHARE
        if self.data is not None:
            self.draw()
            self.refill_table()

    def _year_chosen(self, _index: int) -> None:
        self.year_changed.emit(self.chosen_year())


def _flatten(colour: QColor, base: QColor) -> QColor:
    """A translucent tint as the solid colour it shows on ``base`` (for squares and legend)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + base.redF() * (1 - alpha),
        colour.greenF() * alpha + base.greenF() * (1 - alpha),
        colour.blueF() * alpha + base.blueF() * (1 - alpha),
    )
