"""What the five charts over periods share: one x position per period of the range.

The charts are in ``time_charts`` (time split, hours), ``stress_charts`` (staircase,
demands/resources) and ``who5_chart``.

x is the period's index (0 = the first period of the range); a period with no log is a
gap (NaN), never a zero, and lines are drawn with ``connect="finite"`` so a gap is never
bridged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from wellbeing_desktop.domain.models import ActivityKind, Language
from wellbeing_desktop.ui.common.translation import Message, tr
from wellbeing_desktop.ui.trends.charts import words
from wellbeing_desktop.ui.trends.charts.base import ChartCard

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.domain.aggregation import PeriodSummary

BAR_WIDTH = 0.72
Array = np.ndarray[Any, np.dtype[np.float64]]
KIND_ORDER = (ActivityKind.LEADERSHIP, ActivityKind.OPERATIONS, ActivityKind.OWN_WORK)
KIND_WORDS: dict[ActivityKind, Message] = {
    ActivityKind.LEADERSHIP: words.LEADERSHIP,
    ActivityKind.OPERATIONS: words.OPERATIONS,
    ActivityKind.OWN_WORK: words.OWN_WORK,
}


def legend_name(texts: Message) -> Any:
    return lambda language: tr(texts, language)


def hours_text(minutes: float, language: Language) -> str:
    return words.duration_text(round(minutes), language)


def nanmax(values: Array, default: float) -> float:
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
