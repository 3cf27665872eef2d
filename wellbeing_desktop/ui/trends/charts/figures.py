"""A chart's latest figures in words: what a screen reader hears about a drawn chart.

A chart is a picture; its canvas is a Tab stop whose accessible name is the chart's and
whose description says what it shows now: the chart's key figure over the periods
with data ("Ledelsesandel i 12 af 13 uger: fra 18 % til 31 %"), the latest period with
data in the words of its tooltip, and how to reach the numbers as a table (Enter).
It is set again whenever the chart's data, period, language or metric changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.trends.charts.base import ChartCard
    from wellbeing_desktop.ui.trends.charts.period_charts import Array

RANGE: dict[Granularity, Message] = {
    Granularity.DAY: translatable(
        "charts.figures", "{series} on {n} of {total} days: from {low} to {high}"
    ),
    Granularity.WEEK: translatable(
        "charts.figures", "{series} in {n} of {total} weeks: from {low} to {high}"
    ),
    Granularity.MONTH: translatable(
        "charts.figures", "{series} in {n} of {total} months: from {low} to {high}"
    ),
}
LATEST: Message = translatable("charts.figures", "Latest – {period}: {figures}")
NOTHING: Message = translatable("charts.figures", "Nothing logged in the period shown")
TABLE_KEY: Message = translatable("charts.figures", "Enter shows the numbers as a table")
ROW_KEY: Message = translatable("charts.figures", "Enter on a row opens it in the journal")


@dataclass(frozen=True, slots=True)
class KeySeries:
    """A figure a chart is about, one value per period (NaN: no data), and its words."""

    name: Message
    values: Array
    text: Callable[[float, Language], str]


def figures_text(chart: ChartCard) -> str:
    """What the chart shows now, in sentences (its canvas' accessible description)."""
    language = chart.language
    sentences = []
    for series in chart.key_series() if chart.data is not None else ():
        finite = series.values[np.isfinite(series.values)]
        if finite.size >= 2 and chart.data is not None:
            sentences.append(
                tr(RANGE[chart.data.request.granularity], language).format(
                    series=tr(series.name, language),
                    n=finite.size,
                    total=series.values.size,
                    low=series.text(float(finite.min()), language),
                    high=series.text(float(finite.max()), language),
                )
            )
    latest = latest_text(chart)
    if latest:
        sentences.append(latest)
    if not sentences:
        sentences.append(tr(NOTHING, language))
    sentences.append(tr(TABLE_KEY, language))
    return ". ".join(sentences) + "."


def latest_text(chart: ChartCard) -> str:
    """The latest period (or day) with data, in the words of its tooltip ("" if none)."""
    for index in range(chart.count() - 1, -1, -1):
        if chart.period_for(index) is None:
            continue
        tooltip = chart.tooltip_for(index)
        if not tooltip:
            continue
        period, *lines = tooltip.split("\n")
        return tr(LATEST, chart.language).format(period=period, figures="; ".join(lines))
    return ""
