"""The five charts over periods: time split, hours, staircase, demands/resources, WHO-5.

x is the period's index (0 = the first period of the range); a period with no log is a
gap (NaN), never a zero, and lines are drawn with ``connect="finite"`` so a gap is never
bridged.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from wellbeing_desktop.domain.aggregation import (
    Granularity,
    PeriodSummary,
    balance_sentence,
    daily_norm_hours,
)
from wellbeing_desktop.domain.catalogues import (
    STRESS_STEPS,
    WHO5_ATTRIBUTION,
    WHO5_LOW,
    WHO5_REDUCED,
    localized,
    who5_meaning,
)
from wellbeing_desktop.domain.models import ActivityKind, Language
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.trends.charts import words
from wellbeing_desktop.ui.trends.charts.base import (
    DENSE,
    ChartCard,
    dashed,
    finite_line,
    legend_swatch,
    nan_array,
    solid,
)

BAR_WIDTH = 0.72
Array = np.ndarray[Any, np.dtype[np.float64]]
# Check-ins further apart than this are not joined by a line: that would suggest
# knowledge of the weeks between them.
WHO5_JOIN_DAYS = 28
KIND_ORDER = (ActivityKind.LEADERSHIP, ActivityKind.OPERATIONS, ActivityKind.OWN_WORK)
KIND_WORDS: dict[ActivityKind, Message] = {
    ActivityKind.LEADERSHIP: words.LEADERSHIP,
    ActivityKind.OPERATIONS: words.OPERATIONS,
    ActivityKind.OWN_WORK: words.OWN_WORK,
}


def _name(texts: Message) -> Any:
    return lambda language: tr(texts, language)


def _hours(minutes: float, language: Language) -> str:
    return words.duration_text(round(minutes), language)


def _nanmax(values: Array, default: float) -> float:
    finite = values[np.isfinite(values)]
    return float(finite.max()) if finite.size else default


AXIS_WIDTH = 62  # px: equal axes on every chart, so the periods line up down the page


class PeriodChart(ChartCard):
    """A chart with one x position per period of the range."""

    def after_build(self) -> None:
        self.plot.getAxis("left").setWidth(AXIS_WIDTH)
        if self.right_view is None:  # an empty right axis keeps the plots the same width
            self.plot.showAxis("right")
            self.plot.getAxis("right").setStyle(showValues=False)
        self.plot.getAxis("right").setWidth(AXIS_WIDTH)

    def summaries(self) -> tuple[PeriodSummary, ...]:
        return self.data.summaries if self.data is not None else ()

    def period_for(self, index: int) -> tuple[date, date] | None:
        summary = self.summaries()[index]
        return (summary.start, summary.end) if summary.days_logged else None

    def period_title(self, summary: PeriodSummary) -> str:
        granularity = self.data.request.granularity if self.data is not None else None
        if granularity is None:
            return summary.label
        return words.period_text(summary.start, summary.end, granularity, self.language)

    def days_line(self, summary: PeriodSummary) -> str:
        if summary.days_logged == 1:
            return tr(words.ONE_DAY_LOGGED, self.language)
        return tr(words.DAYS_LOGGED, self.language).format(n=summary.days_logged)

    def draw(self) -> None:
        summaries = self.summaries()
        self.axis_periods([s.start for s in summaries])
        if self.data is not None:
            granularity = self.data.request.granularity
            self.set_axis_label("bottom", tr(words.AXIS_PERIOD[granularity], self.language))
        self.plot.setXRange(-0.6, max(1, len(summaries)) - 0.4, padding=0)
        self.draw_series(summaries)

    def draw_series(self, summaries: tuple[PeriodSummary, ...]) -> None:
        """Fill the items from the summaries (may be empty)."""

    def xs(self) -> Array:
        return np.arange(len(self.summaries()), dtype=float)


# --- 1. time split -----------------------------------------------------------------------


class TimeSplitChart(PeriodChart):
    """Stacked hours per activity kind, and the leadership share against the target."""

    def __init__(self, language: Language, parent: Any = None) -> None:
        super().__init__("time_split", words.TIME_SPLIT, language, parent)

    def build(self) -> None:
        self.bars: dict[ActivityKind, pg.BarGraphItem] = {}
        for kind in KIND_ORDER:
            bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
            self.plot.addItem(bars)
            self.bars[kind] = bars
        right = self.add_right_axis()
        right.setYRange(0, 100, padding=0)
        self.share_line = pg.PlotDataItem(connect="finite", symbol="o", symbolSize=6)
        self.share_dots = pg.PlotDataItem(pen=None)
        right.addItem(self.share_line)
        right.addItem(self.share_dots)
        self.target_line = pg.InfiniteLine(angle=0, movable=False)
        right.addItem(self.target_line, ignoreBounds=True)
        self.target_sample = pg.PlotDataItem()
        self.set_legend(
            [
                *((self.bars[kind], _name(KIND_WORDS[kind])) for kind in KIND_ORDER),
                (self.share_line, _name(words.SHARE)),
                (self.target_sample, self._target_name),
            ]
        )

    def _target_name(self, language: Language) -> str:
        target = self.data.target_percent if self.data is not None else 40
        return tr(words.TARGET, language).format(target=target)

    def kind_hours(self, kind: ActivityKind) -> Array:
        return nan_array(
            [s.minutes_by_kind[kind] / 60 if s.logged_minutes else None for s in self.summaries()]
        )

    def share_percent(self) -> Array:
        return nan_array(
            [
                s.leadership_share * 100 if s.leadership_share is not None else None
                for s in self.summaries()
            ]
        )

    def draw_series(self, summaries: tuple[PeriodSummary, ...]) -> None:
        theme = self.theme
        x = self.xs()
        base = np.zeros(len(x))
        for kind in KIND_ORDER:
            height = self.kind_hours(kind)
            colour = theme.colour(kind.value)
            self.bars[kind].setOpts(
                x=x, y0=base.copy(), height=height, brush=colour, pen=pg.mkPen(colour)
            )
            base = base + height
        top = _nanmax(base, 10.0)  # an empty range still reads as hours
        self.plot.setYRange(0, top * 1.12, padding=0)
        ink = theme.colour("ink")
        finite_line(
            self.share_line, self.share_dots, x, self.share_percent(), ink, theme.background
        )
        target = self.data.target_percent if self.data is not None else 40
        self.target_line.setPos(target)
        self.target_line.setPen(dashed(ink, 1.3))
        self.target_sample.setPen(dashed(ink, 1.3))
        self.set_axis_label("left", tr(words.AXIS_HOURS, self.language))
        self.set_axis_label("right", tr(words.AXIS_SHARE, self.language))
        self.set_legend(self._legend_entries)

    def empty_items(self) -> None:
        for bars in self.bars.values():
            bars.setOpts(x=[], y0=[], height=[])
        self.share_line.setData([], [])
        self.share_dots.setData([], [])

    def tooltip_for(self, index: int) -> str | None:
        summary = self.summaries()[index]
        language = self.language
        lines = [self.period_title(summary)]
        if not summary.logged_minutes:
            lines.append(tr(words.NO_LOG, language))
            return "\n".join(lines)
        for kind in KIND_ORDER:
            minutes = summary.minutes_by_kind[kind]
            lines.append(f"{tr(KIND_WORDS[kind], language)}: {_hours(minutes, language)}")
        if summary.leadership_share is not None and self.data is not None:
            share = words.percent_text(summary.leadership_share, language)
            lines.append(
                f"{tr(words.SHARE, language)}: "
                + tr(words.SHARE_OF, language).format(share=share, target=self.data.target_percent)
            )
        lines.append(self.days_line(summary))
        return "\n".join(lines)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        language = self.language
        target = self.data.target_percent if self.data is not None else 40
        headers = [
            tr(words.PERIOD, language),
            *(tr(KIND_WORDS[kind], language) for kind in KIND_ORDER),
            tr(words.SHARE, language),
            tr(words.TARGET_COLUMN, language),
        ]
        rows = []
        gap = tr(words.GAP, language)
        for summary in self.summaries():
            row = [self.period_title(summary)]
            if summary.logged_minutes:
                row += [_hours(summary.minutes_by_kind[k], language) for k in KIND_ORDER]
            else:
                row += [gap] * len(KIND_ORDER)
            share = summary.leadership_share
            row.append(words.percent_text(share, language) if share is not None else gap)
            row.append(words.percent_text(target / 100, language))
            rows.append(row)
        return headers, rows


# --- 2. hours worked -----------------------------------------------------------------------


def norm_segments(x: Array, norms: Array) -> tuple[Array, Array]:
    """One flat stroke over each period at its norm; none where the norm is 0 (a weekend)."""
    keep = norms > 0
    starts, values = x[keep] - 0.5, norms[keep]
    xs = np.column_stack((starts, starts + 1.0, np.full(len(starts), np.nan))).ravel()
    ys = np.column_stack((values, values, np.full(len(values), np.nan))).ravel()
    return xs, ys


class HoursChart(PeriodChart):
    """Hours worked per period against the norm of that period; over the norm in amber."""

    def __init__(self, language: Language, parent: Any = None) -> None:
        super().__init__("hours", words.HOURS, language, parent)

    def build(self) -> None:
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.plot.addItem(self.bars)
        self.norm_line = pg.PlotDataItem(connect="finite")
        self.plot.addItem(self.norm_line)
        self.worked_sample = legend_swatch(self.theme.colour("worked"))
        self.over_sample = legend_swatch(self.theme.colour("over_norm"))
        self.set_legend(
            [
                (self.worked_sample, _name(words.WORKED)),
                (self.over_sample, _name(words.OVER_NORM)),
                (self.norm_line, self._norm_name),
            ]
        )

    def _norm_name(self, language: Language) -> str:
        norm = self.data.weekly_norm if self.data is not None else 37.0
        if self.data is not None and self.data.request.granularity is Granularity.DAY:
            daily = words.number(daily_norm_hours(norm), language)
            return tr(words.NORM_DAY, language).format(norm=daily)
        return tr(words.NORM, language).format(norm=words.number(norm, language))

    def worked(self) -> Array:
        """Hours per period; a period with no hours logged is a gap."""
        return nan_array(
            [s.hours_worked if s.days_logged and s.hours_worked else None for s in self.summaries()]
        )

    def norms(self) -> Array:
        return np.array([s.hours_norm for s in self.summaries()], dtype=float)

    def over(self) -> np.ndarray[Any, np.dtype[np.bool_]]:
        worked = self.worked()
        with np.errstate(invalid="ignore"):
            return np.isfinite(worked) & (worked > self.norms() + 0.05)

    def draw_series(self, summaries: tuple[PeriodSummary, ...]) -> None:
        theme = self.theme
        x = self.xs()
        worked = self.worked()
        over = self.over()
        normal, high = QBrush(theme.colour("worked")), QBrush(theme.colour("over_norm"))
        brushes = [high if flag else normal for flag in over]
        self.bars.setOpts(x=x, height=worked, brushes=brushes, pen=pg.mkPen(None))
        norms = self.norms()
        self.norm_line.setData(*norm_segments(x, norms), connect="finite")
        self.norm_line.setPen(dashed(theme.colour("ink"), 1.4))
        top = max(_nanmax(worked, 10.0), float(norms.max()) if norms.size else 10.0)
        self.plot.setYRange(0, top * 1.15, padding=0)
        self.worked_sample.setOpts(brush=theme.colour("worked"), pen=pg.mkPen(theme.worked))
        self.over_sample.setOpts(brush=theme.colour("over_norm"), pen=pg.mkPen(theme.over_norm))
        self.set_axis_label("left", tr(words.AXIS_HOURS, self.language))
        self.set_legend(self._legend_entries)

    def empty_items(self) -> None:
        self.bars.setOpts(x=[], height=[], brushes=[])
        self.norm_line.setData([], [])

    def tooltip_for(self, index: int) -> str | None:
        summary = self.summaries()[index]
        language = self.language
        lines = [self.period_title(summary)]
        worked = self.worked()[index]
        norm_minutes = summary.hours_norm * 60
        if not np.isfinite(worked):
            lines.append(tr(words.NO_LOG, language))
            return "\n".join(lines)
        minutes = worked * 60
        lines.append(
            tr(words.HOURS_LINE, language).format(
                worked=_hours(minutes, language), norm=_hours(norm_minutes, language)
            )
        )
        difference = minutes - norm_minutes
        if abs(difference) >= 1:
            words_ = words.OVER_BY if difference > 0 else words.UNDER_BY
            lines.append(tr(words_, language).format(hours=_hours(abs(difference), language)))
        lines.append(self.days_line(summary))
        return "\n".join(lines)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        language = self.language
        headers = [
            tr(words.PERIOD, language),
            tr(words.WORKED, language),
            self._norm_name(language),
            tr(words.DIFFERENCE, language),
        ]
        gap = tr(words.GAP, language)
        worked = self.worked()
        rows = []
        for summary, hours in zip(self.summaries(), worked, strict=True):
            norm = _hours(summary.hours_norm * 60, language)
            if not np.isfinite(hours):
                rows.append([self.period_title(summary), gap, norm, gap])
                continue
            difference = round(hours * 60 - summary.hours_norm * 60)
            sign = "+" if difference > 0 else "−" if difference < 0 else ""
            rows.append(
                [
                    self.period_title(summary),
                    _hours(hours * 60, language),
                    norm,
                    f"{sign}{_hours(abs(difference), language)}",
                ]
            )
        return headers, rows


# --- 3. stress staircase -------------------------------------------------------------------


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
        entries = [(self.mean_line, _name(words.STEP_MEAN))]
        if with_max:
            entries.append((self.max_points, _name(words.STEP_MAX)))
        entries += [
            (self.signal_bars, _name(words.SIGNALS)),
            (self.band_sample, _name(words.STEPS_SHADED)),
        ]
        self.set_legend(entries)

    def by_day(self) -> bool:
        return self.data is not None and self.data.request.granularity is Granularity.DAY

    def means(self) -> Array:
        return nan_array([s.stress_mean for s in self.summaries()])

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
            self.right_view.setYRange(0, max(4.0, _nanmax(signals, 4.0)) * 1.8, padding=0)
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


# --- 4. demands and resources -----------------------------------------------------------------


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
                (self.demands_line, _name(words.DEMANDS)),
                (self.resources_line, _name(words.RESOURCES)),
                (self.over_sample, _name(words.DEMANDS_LARGER)),
                (self.under_sample, _name(words.RESOURCES_LARGER)),
            ]
        )

    def demands(self) -> Array:
        return nan_array([s.demands_mean for s in self.summaries()])

    def resources(self) -> Array:
        return nan_array([s.resources_mean for s in self.summaries()])

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


# --- 5. WHO-5 ---------------------------------------------------------------------------------


def who5_band(score: int) -> Message:
    if score <= WHO5_LOW:
        return words.WHO5_LOW
    if score <= WHO5_REDUCED:
        return words.WHO5_REDUCED
    return words.WHO5_GOOD


class Who5Chart(PeriodChart):
    """WHO-5 scores placed at their date inside the periods, with the 50 and 28 lines."""

    def __init__(self, language: Language, parent: Any = None) -> None:
        super().__init__("who5", words.WHO5, language, parent)

    def build(self) -> None:
        self.reduced_line = pg.InfiniteLine(pos=WHO5_REDUCED, angle=0, movable=False)
        self.low_line = pg.InfiniteLine(pos=WHO5_LOW, angle=0, movable=False)
        for line in (self.reduced_line, self.low_line):
            line.setZValue(-5)
            self.plot.addItem(line, ignoreBounds=True)
        self.reduced_sample = pg.PlotDataItem()
        self.low_sample = pg.PlotDataItem()
        self.scores_line = pg.PlotDataItem(connect="finite", symbol="o", symbolSize=8)
        self.plot.addItem(self.scores_line)
        self.plot.setYRange(0, 104, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 28, 50, 75, 100)]])
        self.set_legend(
            [
                (self.scores_line, _name(words.WHO5_SCORE)),
                (self.reduced_sample, _name(words.WHO5_REDUCED_LINE)),
                (self.low_sample, _name(words.WHO5_LOW_LINE)),
            ]
        )

    def checkins(self) -> list[tuple[int, date, int]]:
        """(period index, date, score) of every check-in in the range, oldest first."""
        found: list[tuple[int, date, int]] = []
        for index, summary in enumerate(self.summaries()):
            found += [(index, day, score) for day, score in summary.who5_scores]
        return found

    def positions(self) -> tuple[Array, Array]:
        """X (the check-in's place inside its period) and score; NaN breaks long gaps."""
        xs: list[float] = []
        ys: list[float] = []
        previous: date | None = None
        summaries = self.summaries()
        for index, day, score in self.checkins():
            summary = summaries[index]
            days = (summary.end - summary.start).days + 1
            offset = ((day - summary.start).days + 0.5) / days - 0.5
            if previous is not None and day - previous > timedelta(days=WHO5_JOIN_DAYS):
                xs.append(np.nan)
                ys.append(np.nan)
            xs.append(index + offset)
            ys.append(float(score))
            previous = day
        return np.array(xs, dtype=float), np.array(ys, dtype=float)

    def draw_series(self, summaries: tuple[PeriodSummary, ...]) -> None:
        theme = self.theme
        x, y = self.positions()
        colour = theme.colour("who5")
        self.scores_line.setData(
            x,
            y,
            connect="finite",
            pen=solid(colour, 1.6),
            symbol="o",
            symbolSize=8 if len(x) <= DENSE else 5,
            symbolBrush=colour,
            symbolPen=pg.mkPen(theme.background, width=1.2),
        )
        for line, sample, name in (
            (self.reduced_line, self.reduced_sample, "who5_reduced"),
            (self.low_line, self.low_sample, "who5_low"),
        ):
            line.setPen(dashed(theme.colour(name), 1.5))
            sample.setPen(dashed(theme.colour(name), 1.5))
        self.set_axis_label("left", tr(words.AXIS_WHO5, self.language))
        self.set_legend(self._legend_entries)
        checkins = self.checkins()
        language = self.language
        if checkins:
            _index, day, score = checkins[-1]
            latest = f"{words.short_date(day, language)}: {who5_meaning(score, language)}"
            self.note.setText(f"{latest}\n{localized(WHO5_ATTRIBUTION, language)}")
        else:
            self.note.setText(f"{tr(NO_WHO5, language)}\n{localized(WHO5_ATTRIBUTION, language)}")
        self.note.show()

    def empty_items(self) -> None:
        self.scores_line.setData([], [])

    def period_for(self, index: int) -> tuple[date, date] | None:
        summary = self.summaries()[index]
        if summary.days_logged or summary.who5_scores:
            return summary.start, summary.end
        return None

    def tooltip_for(self, index: int) -> str | None:
        summary = self.summaries()[index]
        if not summary.who5_scores:
            return None
        language = self.language
        lines = [self.period_title(summary)]
        for day, score in summary.who5_scores:
            lines.append(
                f"{words.short_day(day, language)}: {score} – {tr(who5_band(score), language)}"
            )
        return "\n".join(lines)

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        language = self.language
        headers = [tr(words.DATE, language), tr(words.SCORE, language), tr(words.MEANING, language)]
        rows = [
            [
                words.day_text(day, language, weekday=False),
                str(score),
                tr(who5_band(score), language),
            ]
            for _index, day, score in self.checkins()
        ]
        return headers, rows


NO_WHO5: Message = translatable(
    "charts.period_charts", "No WHO-5 check-ins in this period. You can take one from Today."
)

__all__ = [
    "BalanceChart",
    "HoursChart",
    "StressChart",
    "TimeSplitChart",
    "Who5Chart",
    "balance_areas",
]
