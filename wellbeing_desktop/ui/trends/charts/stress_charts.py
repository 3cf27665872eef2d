"""The strain charts: the stress staircase, and mean demands against resources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from wellbeing_desktop.domain.aggregation import (
    Granularity,
    PeriodSummary,
    balance_sentence,
)
from wellbeing_desktop.domain.catalogues import STRESS_STEPS
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.trends.charts import words
from wellbeing_desktop.ui.trends.charts.figures import KeySeries
from wellbeing_desktop.ui.trends.charts.parts import finite_line, legend_swatch, nan_array
from wellbeing_desktop.ui.trends.charts.period_charts import (
    BAR_WIDTH,
    Array,
    PeriodChart,
    legend_name,
    nanmax,
)

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language


class StressChart(PeriodChart):
    """Mean and highest step per period, the signals noticed, steps 3–5 as quiet bands."""

    def __init__(self, language: Language, parent: Any = None) -> None:
        super().__init__("stress", words.STRESS, language, parent)

    def build(self) -> None:
        self.bands: dict[int, pg.LinearRegionItem] = {}
        for step in (3, 4, 5):
            band = pg.LinearRegionItem(
                values=(step - 0.5, step + 0.5),
                orientation="horizontal",
                movable=False,
                pen=pg.mkPen(None),
            )
            band.setZValue(-25)
            self.plot.addItem(band, ignoreBounds=True)
            self.bands[step] = band
        self.band_sample = legend_swatch(self.theme.step_band(4))
        right = self.add_right_axis(behind=True)
        self.signal_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH * 0.55)
        right.addItem(self.signal_bars)
        self.mean_line = pg.PlotDataItem(connect="finite", symbol="o", symbolSize=6)
        self.mean_dots = pg.PlotDataItem(pen=None)
        self.plot.addItem(self.mean_line)
        self.plot.addItem(self.mean_dots)
        self.max_points = pg.PlotDataItem(pen=None, symbol="t1", symbolSize=9)
        self.plot.addItem(self.max_points)
        self.plot.setYRange(0.5, 5.5, padding=0)
        self.plot.getAxis("left").setTicks([[(step, str(step)) for step in range(1, 6)]])

    def _stress_legend(self, with_max: bool) -> None:
        entries = [(self.mean_line, legend_name(words.STEP_MEAN))]
        if with_max:
            entries.append((self.max_points, legend_name(words.STEP_MAX)))
        entries += [
            (self.signal_bars, legend_name(words.SIGNALS)),
            (self.band_sample, legend_name(words.STEPS_SHADED)),
        ]
        self.set_legend(entries)

    def by_day(self) -> bool:
        return self.data is not None and self.data.request.granularity is Granularity.DAY

    def means(self) -> Array:
        return nan_array([s.stress_mean for s in self.summaries()])

    def key_series(self) -> tuple[KeySeries, ...]:
        return (KeySeries(words.STEP_MEAN, self.means(), words.number),)

    def maxima(self) -> Array:
        return nan_array([s.stress_max for s in self.summaries()])

    def signals(self) -> Array:
        return nan_array(
            [sum(s.signal_counts.values()) if s.days_logged else None for s in self.summaries()]
        )

    def draw_series(self, summaries: tuple[PeriodSummary, ...]) -> None:
        theme = self.theme
        x = self.xs()
        for step, band in self.bands.items():
            band.setBrush(theme.step_band(step))
            band.setHoverBrush(theme.step_band(step))
        self.band_sample.setOpts(brush=theme.step_band(4), pen=pg.mkPen(theme.step_band(4)))
        ink = theme.colour("ink")
        finite_line(self.mean_line, self.mean_dots, x, self.means(), ink, theme.background)
        # A day has one step: its highest is its mean, so only periods show both.
        self.max_points.setData(
            *(([], []) if self.by_day() else (x, self.maxima())),
            pen=None,
            symbol="t1",
            symbolSize=9,
            symbolBrush=theme.colour("step_max"),
            symbolPen=pg.mkPen(theme.background, width=1),
        )
        signals = self.signals()
        colour = theme.colour("signals")
        self.signal_bars.setOpts(x=x, height=signals, brush=colour, pen=pg.mkPen(colour))
        if self.right_view is not None:
            self.right_view.setYRange(0, max(4.0, nanmax(signals, 4.0)) * 1.8, padding=0)
        self.set_axis_label("left", tr(words.AXIS_STEP, self.language))
        self.set_axis_label("right", tr(words.AXIS_SIGNALS, self.language))
        self._stress_legend(not self.by_day())

    def empty_items(self) -> None:
        self.mean_line.setData([], [])
        self.mean_dots.setData([], [])
        self.max_points.setData([], [])
        self.signal_bars.setOpts(x=[], height=[])

    def tooltip_for(self, index: int) -> str | None:
        summary = self.summaries()[index]
        language = self.language
        lines = [self.period_title(summary)]
        if not summary.days_logged:
            lines.append(tr(words.NO_LOG, language))
            return "\n".join(lines)
        if summary.stress_mean is not None and summary.stress_max is not None:
            step = STRESS_STEPS[summary.stress_max - 1]
            lines.append(
                tr(words.MEAN_STEP_LINE, language).format(
                    mean=words.number(summary.stress_mean, language)
                )
            )
            lines.append(
                tr(words.MAX_STEP_LINE, language).format(step=step.number, name=step.name(language))
            )
            per_step = " · ".join(
                f"{n}: {days}" for n, days in summary.days_per_step.items() if days
            )
            lines.append(f"{tr(words.DAYS_WITH_STEP, language)}: {per_step}")
        count = sum(summary.signal_counts.values())
        lines.append(tr(words.SIGNALS_LINE, language).format(n=count))
        lines.append(self.days_line(summary))
        return "\n".join(lines)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        language = self.language
        headers = [
            tr(words.PERIOD, language),
            tr(words.STEP_MEAN, language),
            tr(words.STEP_MAX, language),
            tr(words.SIGNALS, language),
            tr(words.DAYS_WITH_STEP, language),
        ]
        gap = tr(words.GAP, language)
        rows = []
        for summary in self.summaries():
            mean = summary.stress_mean
            row = [
                self.period_title(summary),
                words.number(mean, language) if mean is not None else gap,
                str(summary.stress_max) if summary.stress_max is not None else gap,
                str(sum(summary.signal_counts.values())) if summary.days_logged else gap,
                str(sum(summary.days_per_step.values())) if summary.days_logged else gap,
            ]
            rows.append(row)
        return headers, rows


def balance_areas(x: Array, demands: Array, resources: Array) -> tuple[QPainterPath, QPainterPath]:
    """The areas between the two lines: where demands are larger, and where resources are.

    Only neighbouring periods that both have both values are joined; a line crossing
    inside an interval splits it at the crossing.
    """
    over, under = QPainterPath(), QPainterPath()
    if len(x) < 2:
        return over, under
    finite = np.isfinite(demands) & np.isfinite(resources)
    joined = np.flatnonzero(finite[:-1] & finite[1:])
    xs, ds, rs = x.tolist(), demands.tolist(), resources.tolist()
    for i in joined.tolist():
        x0, x1, d0, d1, r0, r1 = xs[i], xs[i + 1], ds[i], ds[i + 1], rs[i], rs[i + 1]
        g0, g1 = d0 - r0, d1 - r1
        pieces: tuple[tuple[float, float, float, float, float, float, float], ...]
        if g0 * g1 < 0:
            t = g0 / (g0 - g1)
            xc, yc = x0 + t * (x1 - x0), d0 + t * (d1 - d0)
            pieces = ((x0, xc, d0, yc, r0, yc, g0), (xc, x1, yc, d1, yc, r1, g1))
        else:
            pieces = ((x0, x1, d0, d1, r0, r1, g0 if g0 else g1),)
        for a, b, da, db, ra, rb, sign in pieces:
            if sign == 0:
                continue
            polygon = QPolygonF([QPointF(a, da), QPointF(b, db), QPointF(b, rb), QPointF(a, ra)])
            (over if sign > 0 else under).addPolygon(polygon)
    return over, under


class BalanceChart(PeriodChart):
    """Mean demands and resources per period, the area between them tinted by the larger."""

    def __init__(self, language: Language, parent: Any = None) -> None:
        super().__init__("balance", words.BALANCE, language, parent)

    def build(self) -> None:
        self.over_area = QGraphicsPathItem()
        self.under_area = QGraphicsPathItem()
        for area in (self.over_area, self.under_area):
            area.setPen(pg.mkPen(None))
            area.setZValue(-5)
            self.plot.addItem(area, ignoreBounds=True)
        self.demands_line = pg.PlotDataItem(connect="finite", symbol="t1", symbolSize=8)
        self.resources_line = pg.PlotDataItem(connect="finite", symbol="o", symbolSize=6)
        self.demands_dots = pg.PlotDataItem(pen=None)
        self.resources_dots = pg.PlotDataItem(pen=None)
        for item in (
            self.demands_line,
            self.resources_line,
            self.demands_dots,
            self.resources_dots,
        ):
            self.plot.addItem(item)
        self.plot.setYRange(0, 10.4, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.over_sample = legend_swatch(self.theme.colour("demands", 70))
        self.under_sample = legend_swatch(self.theme.colour("resources", 60))
        self.set_legend(
            [
                (self.demands_line, legend_name(words.DEMANDS)),
                (self.resources_line, legend_name(words.RESOURCES)),
                (self.over_sample, legend_name(words.DEMANDS_LARGER)),
                (self.under_sample, legend_name(words.RESOURCES_LARGER)),
            ]
        )

    def demands(self) -> Array:
        return nan_array([s.demands_mean for s in self.summaries()])

    def resources(self) -> Array:
        return nan_array([s.resources_mean for s in self.summaries()])

    def key_series(self) -> tuple[KeySeries, ...]:
        return (
            KeySeries(words.DEMANDS, self.demands(), words.number),
            KeySeries(words.RESOURCES, self.resources(), words.number),
        )

    def draw_series(self, summaries: tuple[PeriodSummary, ...]) -> None:
        theme = self.theme
        x = self.xs()
        demands, resources = self.demands(), self.resources()
        over, under = balance_areas(x, demands, resources)
        alpha_over, alpha_under = (80, 70) if theme.dark else (70, 55)
        self.over_area.setPath(over)
        self.over_area.setBrush(theme.colour("demands", alpha_over))
        self.under_area.setPath(under)
        self.under_area.setBrush(theme.colour("resources", alpha_under))
        finite_line(
            self.demands_line,
            self.demands_dots,
            x,
            demands,
            theme.colour("demands"),
            theme.background,
            symbol="t1",
            size=8,
        )
        finite_line(
            self.resources_line,
            self.resources_dots,
            x,
            resources,
            theme.colour("resources"),
            theme.background,
        )
        self.over_sample.setOpts(brush=theme.colour("demands", alpha_over), pen=pg.mkPen(None))
        self.under_sample.setOpts(brush=theme.colour("resources", alpha_under), pen=pg.mkPen(None))
        self.set_axis_label("left", tr(words.AXIS_MEAN, self.language))
        self.set_legend(self._legend_entries)

    def empty_items(self) -> None:
        for item in (
            self.demands_line,
            self.resources_line,
            self.demands_dots,
            self.resources_dots,
        ):
            item.setData([], [])
        self.over_area.setPath(QPainterPath())
        self.under_area.setPath(QPainterPath())

    def tooltip_for(self, index: int) -> str | None:
        summary = self.summaries()[index]
        language = self.language
        lines = [self.period_title(summary)]
        demands, resources = summary.demands_mean, summary.resources_mean
        if demands is None and resources is None:
            lines.append(tr(words.NO_LOG, language))
            return "\n".join(lines)
        gap = tr(words.GAP, language)
        d_text = words.number(demands, language) if demands is not None else gap
        r_text = words.number(resources, language) if resources is not None else gap
        lines.append(tr(words.DEMANDS_LINE, language).format(value=d_text))
        lines.append(tr(words.RESOURCES_LINE, language).format(value=r_text))
        if demands is not None and resources is not None:
            lines.append(balance_sentence(demands, resources, language))
        lines.append(self.days_line(summary))
        return "\n".join(lines)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        language = self.language
        headers = [
            tr(words.PERIOD, language),
            tr(words.DEMANDS, language),
            tr(words.RESOURCES, language),
            tr(words.BALANCE_COLUMN, language),
        ]
        gap = tr(words.GAP, language)
        rows = []
        for summary in self.summaries():
            d, r = summary.demands_mean, summary.resources_mean
            rows.append(
                [
                    self.period_title(summary),
                    words.number(d, language) if d is not None else gap,
                    words.number(r, language) if r is not None else gap,
                    balance_sentence(d, r, language) if d is not None and r is not None else gap,
                ]
            )
        return headers, rows
