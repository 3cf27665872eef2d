"""The WHO-5 chart: check-in scores placed at their dates, with the 50 and 28 lines."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg

from wellbeing_desktop.domain.catalogues import (
    WHO5_ATTRIBUTION,
    WHO5_LOW,
    WHO5_REDUCED,
    localized,
    who5_meaning,
)
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.trends.charts import words
from wellbeing_desktop.ui.trends.charts.figures import KeySeries
from wellbeing_desktop.ui.trends.charts.parts import DENSE, dashed, nan_array, solid
from wellbeing_desktop.ui.trends.charts.period_charts import (
    Array,
    PeriodChart,
    legend_name,
)

if TYPE_CHECKING:
    from wellbeing_desktop.domain.aggregation import PeriodSummary
    from wellbeing_desktop.domain.models import Language


# Check-ins further apart than this are not joined by a line: that would suggest
# knowledge of the weeks between them.
WHO5_JOIN_DAYS = 28


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
                (self.scores_line, legend_name(words.WHO5_SCORE)),
                (self.reduced_sample, legend_name(words.WHO5_REDUCED_LINE)),
                (self.low_sample, legend_name(words.WHO5_LOW_LINE)),
            ]
        )

    def checkins(self) -> list[tuple[int, date, int]]:
        """(period index, date, score) of every check-in in the range, oldest first."""
        found: list[tuple[int, date, int]] = []
        for index, summary in enumerate(self.summaries()):
            found += [(index, day, score) for day, score in summary.who5_scores]
        return found

    def key_series(self) -> tuple[KeySeries, ...]:
        """The last score of each period (a screen reader's summary of the line)."""
        last = [s.who5_scores[-1][1] if s.who5_scores else None for s in self.summaries()]
        return (KeySeries(words.WHO5_SCORE, nan_array(last), score_words),)

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

    def table_period(self, row: int) -> tuple[date, date] | None:
        found = self.checkins()
        return self.period_for(found[row][0]) if 0 <= row < len(found) else None

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


def score_words(score: float, language: Language) -> str:
    return words.number(score, language, 0)
