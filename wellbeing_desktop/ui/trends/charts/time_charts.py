"""The time charts: hours per activity kind with the leadership share, and hours worked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush

from wellbeing_desktop.domain.aggregation import (
    Granularity,
    PeriodSummary,
    daily_norm_hours,
)
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.trends.charts import words
from wellbeing_desktop.ui.trends.charts.figures import KeySeries
from wellbeing_desktop.ui.trends.charts.parts import dashed, finite_line, legend_swatch, nan_array
from wellbeing_desktop.ui.trends.charts.period_charts import (
    BAR_WIDTH,
    KIND_ORDER,
    KIND_WORDS,
    Array,
    PeriodChart,
    hours_text,
    legend_name,
    nanmax,
)

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import ActivityKind, Language


# The least top of an hours scale: two whole-hour ticks above 0 (the value axes tick whole
# numbers only), so a quarter of an hour reads as a quarter of the first.
MIN_HOURS_TOP = 2.0


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
                *((self.bars[kind], legend_name(KIND_WORDS[kind])) for kind in KIND_ORDER),
                (self.share_line, legend_name(words.SHARE)),
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

    def key_series(self) -> tuple[KeySeries, ...]:
        return (KeySeries(words.SHARE, self.share_percent(), share_words),)

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
        # An empty range still reads as hours; a range of minutes keeps a scale of whole
        # hours (the axis ticks whole numbers only: under 1 h it would have none).
        top = max(nanmax(base, 10.0), MIN_HOURS_TOP)
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
            lines.append(f"{tr(KIND_WORDS[kind], language)}: {hours_text(minutes, language)}")
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
                row += [hours_text(summary.minutes_by_kind[k], language) for k in KIND_ORDER]
            else:
                row += [gap] * len(KIND_ORDER)
            share = summary.leadership_share
            row.append(words.percent_text(share, language) if share is not None else gap)
            row.append(words.percent_text(target / 100, language))
            rows.append(row)
        return headers, rows


def share_words(percent: float, language: Language) -> str:
    return words.percent_text(percent / 100, language)


def hour_words(hours: float, language: Language) -> str:
    return hours_text(hours * 60, language)


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
        # The bars over the norm again, on top in their own colour: one brush per item
        # lets pyqtgraph paint all bars in one call (a brush per bar paints them one by
        # one: thousands by day).
        self.over_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.plot.addItem(self.over_bars)
        self.norm_line = pg.PlotDataItem(connect="finite")
        self.plot.addItem(self.norm_line)
        self.worked_sample = legend_swatch(self.theme.colour("worked"))
        self.over_sample = legend_swatch(self.theme.colour("over_norm"))
        self.set_legend(
            [
                (self.worked_sample, legend_name(words.WORKED)),
                (self.over_sample, legend_name(words.OVER_NORM)),
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

    def key_series(self) -> tuple[KeySeries, ...]:
        return (KeySeries(words.WORKED, self.worked(), hour_words),)

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
        none = pg.mkPen(None)
        self.bars.setOpts(x=x, height=worked, brush=QBrush(theme.colour("worked")), pen=none)
        over_height = np.where(over, worked, np.nan)
        self.over_bars.setOpts(
            x=x, height=over_height, brush=QBrush(theme.colour("over_norm")), pen=none
        )
        norms = self.norms()
        self.norm_line.setData(*norm_segments(x, norms), connect="finite")
        self.norm_line.setPen(dashed(theme.colour("ink"), 1.4))
        top = max(nanmax(worked, 10.0), float(norms.max()) if norms.size else 10.0, MIN_HOURS_TOP)
        self.plot.setYRange(0, top * 1.15, padding=0)
        self.worked_sample.setOpts(brush=theme.colour("worked"), pen=pg.mkPen(theme.worked))
        self.over_sample.setOpts(brush=theme.colour("over_norm"), pen=pg.mkPen(theme.over_norm))
        self.set_axis_label("left", tr(words.AXIS_HOURS, self.language))
        self.set_legend(self._legend_entries)

    def empty_items(self) -> None:
        self.bars.setOpts(x=[], height=[])
        self.over_bars.setOpts(x=[], height=[])
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
                worked=hours_text(minutes, language), norm=hours_text(norm_minutes, language)
            )
        )
        difference = minutes - norm_minutes
        if abs(difference) >= 1:
            words_ = words.OVER_BY if difference > 0 else words.UNDER_BY
            lines.append(tr(words_, language).format(hours=hours_text(abs(difference), language)))
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
            norm = hours_text(summary.hours_norm * 60, language)
            if not np.isfinite(hours):
                rows.append([self.period_title(summary), gap, norm, gap])
                continue
            difference = round(hours * 60 - summary.hours_norm * 60)
            sign = "+" if difference > 0 else "−" if difference < 0 else ""
            rows.append(
                [
                    self.period_title(summary),
                    hours_text(hours * 60, language),
                    norm,
                    f"{sign}{hours_text(abs(difference), language)}",
                ]
            )
        return headers, rows
