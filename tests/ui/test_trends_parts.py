"""The Trends view's pure parts: ticks, words, the balance areas, gaps in lines."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.trends.charts.parts import DENSE, finite_line
from wellbeing_desktop.ui.trends.charts.stress_charts import balance_areas
from wellbeing_desktop.ui.trends.charts.ticks import crowding, fit_ticks
from wellbeing_desktop.ui.trends.charts.time_charts import norm_segments
from wellbeing_desktop.ui.trends.charts.words import period_text, span_text


def _eight_px_a_letter(text: str) -> float:
    return 8.0 * len(text)


def test_ticks_thin_out_to_months_and_years_as_the_range_grows() -> None:
    weeks = [date(2025, 12, 1) + (date(2025, 12, 8) - date(2025, 12, 1)) * n for n in range(52)]
    span = (-0.6, 51.6)
    da = Language.DANISH

    every_week = fit_ticks(weeks, Granularity.WEEK, da, span, 52 * 70, _eight_px_a_letter)
    assert len(every_week) == 52
    monthly = fit_ticks(weeks, Granularity.WEEK, da, span, 900, _eight_px_a_letter)
    labels = list(monthly.values())
    assert labels[0] == "dec. 2025"
    assert "jan. 2026" in labels
    assert "feb." in labels
    yearly = fit_ticks(weeks * 10, Granularity.WEEK, da, (-0.6, 519.6), 300, _eight_px_a_letter)
    assert all(text.isdigit() for text in yearly.values())


def test_a_first_part_month_that_crowds_january_is_left_out() -> None:
    """The year range from mid-December: "dec. 2025jan. 2026" read as one word."""
    weeks = [date(2025, 12, 15) + (date(2025, 12, 22) - date(2025, 12, 15)) * n for n in range(52)]
    for width in (420.0, 600.0, 920.0):
        labels = fit_ticks(
            weeks, Granularity.WEEK, Language.DANISH, (-0.6, 51.6), width, _eight_px_a_letter
        )
        assert "dec. 2025" not in labels.values()
        assert next(iter(labels.values())).endswith("2026")  # the first shown has the year
        scale = width / 52.2
        ticks = [(float(index), text) for index, text in labels.items()]
        assert crowding(ticks, scale, _eight_px_a_letter) == []


def test_periods_read_as_a_person_says_them() -> None:
    en, da = Language.ENGLISH, Language.DANISH
    assert period_text(date(2026, 11, 23), date(2026, 11, 29), Granularity.WEEK, en) == (
        "Week 48, 2026 (23–29 Nov)"
    )
    assert period_text(date(2026, 11, 23), date(2026, 11, 29), Granularity.WEEK, da) == (
        "Uge 48, 2026 (23.–29. nov.)"
    )
    assert period_text(date(2025, 12, 29), date(2026, 1, 4), Granularity.WEEK, en) == (
        "Week 1, 2026 (29 Dec – 4 Jan)"
    )
    assert period_text(date(2026, 11, 1), date(2026, 11, 30), Granularity.MONTH, da) == (
        "November 2026"
    )
    assert period_text(date(2026, 11, 1), date(2026, 11, 26), Granularity.MONTH, en) == (
        "November 2026 (1–26 Nov)"
    )
    assert span_text(date(2025, 12, 29), date(2026, 1, 4), en) == "29 Dec 2025 – 4 Jan 2026"


def test_the_balance_area_splits_where_the_lines_cross_and_stops_at_gaps() -> None:
    x = np.arange(5, dtype=float)
    demands = np.array([6.0, 4.0, np.nan, 5.0, 5.0])
    resources = np.array([4.0, 6.0, 5.0, 5.0, 3.0])
    over, under = balance_areas(x, demands, resources)
    over_box, under_box = over.boundingRect(), under.boundingRect()
    # Demands larger from 0 to the crossing at 0.5, resources larger from there to 1.
    assert (over_box.left(), over_box.right()) == (0.0, 4.0)
    assert (under_box.left(), under_box.right()) == (0.5, 1.0)
    assert over.contains(QPointF(3.5, 4.5))  # demands 5 against resources 4 there
    assert under.contains(QPointF(0.75, 5.0))
    assert not over.contains(QPointF(2.0, 5.0))  # no area across the gap at 2
    assert not under.contains(QPointF(2.0, 5.0))
    crossing_free = balance_areas(x[:1], demands[:1], resources[:1])
    assert crossing_free[0].isEmpty()
    assert crossing_free[1].isEmpty()


def test_the_norm_is_a_stroke_per_period_and_none_on_weekends() -> None:
    xs, ys = norm_segments(np.arange(3, dtype=float), np.array([7.4, 0.0, 7.4]))
    assert list(xs[:2]) == [-0.5, 0.5]
    assert math.isnan(xs[2])
    assert list(xs[3:5]) == [1.5, 2.5]
    assert list(ys[[0, 1, 3, 4]]) == [7.4, 7.4, 7.4, 7.4]


def test_dense_lines_keep_a_dot_for_values_that_stand_alone(qapp: object) -> None:
    line, dots = pg.PlotDataItem(), pg.PlotDataItem()
    count = DENSE + 10
    y = np.full(count, np.nan)
    y[10:20] = 3.0  # a run: a line, no dots
    y[30] = 4.0  # alone between gaps: a dot
    finite_line(line, dots, np.arange(count, dtype=float), y, QColor("#000000"), "#ffffff")
    assert line.opts["symbol"] is None
    assert list(dots.getData()[0]) == [30.0]
    sparse = np.array([1.0, np.nan, 2.0])
    finite_line(line, dots, np.arange(3, dtype=float), sparse, QColor("#000000"), "#ffffff")
    symbol: object = line.opts["symbol"]  # read anew: mypy would keep None from above
    assert symbol == "o"
    assert dots.getData()[0] is None or len(dots.getData()[0]) == 0


def test_the_view_module_leaves_pyqtgraph_for_when_the_charts_are_first_shown() -> None:
    import subprocess
    import sys

    code = (
        "import sys, wellbeing_desktop.ui.trends.trends_view; "
        "sys.exit(1 if 'pyqtgraph' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_every_granularity_and_span_fits_narrow_and_wide_axes() -> None:
    """Day, week and month periods over 4 weeks to 10 years, at 1024 and 1366 px and less."""
    end = date(2026, 11, 26)
    for granularity, step, counts in (
        (Granularity.DAY, 1, (7, 28, 91, 364, 3650)),
        (Granularity.WEEK, 7, (4, 13, 52, 520)),
        (Granularity.MONTH, 30, (1, 3, 12, 120)),
    ):
        for count in counts:
            if granularity is Granularity.MONTH:
                starts = [date(2017 + n // 12, n % 12 + 1, 1) for n in range(count)]
            else:
                first = end - timedelta(days=step * (count - 1))
                starts = [first + timedelta(days=step * n) for n in range(count)]
            span = (-0.6, count - 0.4)
            for width in (300.0, 580.0, 920.0):
                for language in (Language.DANISH, Language.ENGLISH):
                    labels = fit_ticks(
                        starts, granularity, language, span, width, _eight_px_a_letter
                    )
                    assert labels, (granularity, count, width)
                    scale = width / (span[1] - span[0])
                    ticks = [(float(index), text) for index, text in labels.items()]
                    assert crowding(ticks, scale, _eight_px_a_letter) == [], (
                        granularity,
                        count,
                        width,
                        labels,
                    )


def test_thirty_years_by_day_make_only_the_labels_that_may_fit(monkeypatch: object) -> None:
    from wellbeing_desktop.ui.trends.charts import ticks

    made: list[str] = []
    real = ticks.tick_text

    def counted(*args: object, **kwargs: object) -> str:
        text = real(*args, **kwargs)  # type: ignore[arg-type]
        made.append(text)
        return text

    monkeypatch.setattr(ticks, "tick_text", counted)  # type: ignore[attr-defined]
    days = [date(1996, 12, 9) + timedelta(days=n) for n in range(10950)]
    labels = fit_ticks(
        days, Granularity.DAY, Language.DANISH, (-0.5, 10949.5), 900, _eight_px_a_letter
    )
    assert labels
    assert all(text.isdigit() for text in labels.values())  # every other year
    # Mondays, months, quarters and halves are too many for 900 pixels: none was made.
    assert len(made) < 100


def test_value_axes_tick_whole_numbers_only(qapp: object) -> None:
    from wellbeing_desktop.ui.trends.charts.parts import WholeAxis

    axis = WholeAxis(orientation="left")
    # A short range (an empty chart's) ticks 0 alone, never "0.02" (with a dot in Danish).
    assert axis.tickValues(0.0, 0.1, 200) == [(1.0, [0.0])]
    for low, high in ((0.0, 7.2), (0.0, 11.2), (0.0, 100.0), (0.0, 1.0), (0.0, 3.5)):
        levels = axis.tickValues(low, high, 220)
        values = [value for _spacing, level in levels for value in level]
        assert values
        assert all(float(value).is_integer() for value in values)
        assert all("." not in text and "," not in text for text in axis.tickStrings(values, 1, 1))
