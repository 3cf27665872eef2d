"""The Trends view over a real journal.

The Trends view over a real journal: bars and points read back from the plot items,
gaps as NaN, clicks that open a period, insights as cards, words, lock, and saving.
"""

from __future__ import annotations

import dataclasses
import math
import stat
import threading
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import FIXED_NOW
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.insights import Insight, InsightTone
from wellbeing_desktop.domain.models import DayLog, Language, Who5CheckIn
from wellbeing_desktop.services.trends_data import TrendsData, TrendsRange, load_trends
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.trends import trends_reads
from wellbeing_desktop.ui.trends.charts.heatmap import HeatmapChart
from wellbeing_desktop.ui.trends.charts.stress_charts import BalanceChart, StressChart
from wellbeing_desktop.ui.trends.charts.theme import DARK, LIGHT
from wellbeing_desktop.ui.trends.charts.time_charts import HoursChart, TimeSplitChart
from wellbeing_desktop.ui.trends.charts.who5_chart import Who5Chart
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.trends.charts.base import ChartCard

TODAY = FIXED_NOW.date()  # Thursday 26 November 2026, ISO week 48
W45_MON, W45_TUE = date(2026, 11, 2), date(2026, 11, 3)
W47_WED = date(2026, 11, 18)  # week 46 (9–15 November) has no log at all
W48_TUE = date(2026, 11, 24)
NAN = math.nan


def _minutes(operations: int, leadership: int, own: int) -> dict[str, int]:
    return {"operations": operations, "people_leadership": leadership, "own_tasks": own}


def _fill(journal: Journal) -> None:
    journal.save_day(
        DayLog(
            day=W45_MON,
            minutes=_minutes(240, 120, 60),
            stress_step=2,
            demands=6,
            resources=4,
            signals=("headache", "sleep"),
            reflection="Budget day, long and noisy.",
        )
    )
    journal.save_day(
        DayLog(day=W45_TUE, minutes=_minutes(180, 180, 0), stress_step=3, demands=7, resources=5)
    )
    journal.save_day(
        DayLog(
            day=W47_WED,
            minutes=_minutes(60, 240, 60),
            hours_worked_minutes=480,
            stress_step=1,
            demands=3,
            resources=7,
        )
    )
    journal.save_day(DayLog(day=W48_TUE, minutes=_minutes(300, 60, 0), stress_step=4))
    journal.record_who5(Who5CheckIn(taken_on=W47_WED, answers=(3, 3, 2, 2, 2)))  # 48


@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.ENGLISH))
    _fill(journal)
    return journal


@pytest.fixture
def session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, Language.ENGLISH)
    yield created
    created.close()


def _wait_loaded(qtbot: QtBot, view: TrendsView, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: view.data is not None, timeout=10000)
    assert tasks.wait(10000)
    QApplication.processEvents()


def _shown(
    qtbot: QtBot, session: JournalSession, journal: Journal, tasks: TaskRunner
) -> TrendsView:
    """The Trends view on screen with ``journal`` open, its first read drawn."""
    created = TrendsView(session, tasks)
    qtbot.addWidget(created)
    created.resize(1000, 760)
    created.show()
    session.open(journal)
    _wait_loaded(qtbot, created, tasks)
    return created


@pytest.fixture
def view(qtbot: QtBot, session: JournalSession, filled: Journal, tasks: TaskRunner) -> TrendsView:
    return _shown(qtbot, session, filled, tasks)


def _show(
    qtbot: QtBot,
    view: TrendsView,
    range_: TrendsRange,
    granularity: Granularity | None = None,
) -> TrendsData:
    before = view.data
    view.set_range(range_)
    if granularity is not None and granularity is not view.granularity:
        view.set_granularity(granularity)
    qtbot.waitUntil(
        lambda: (
            view.data is not before
            and view.data is not None
            and view.data.request.range is range_
            and view.data.request.granularity is view.granularity
        ),
        timeout=10000,
    )
    assert view._tasks.wait(10000)
    QApplication.processEvents()
    assert view.data is not None
    return view.data


def _heights(item: Any) -> np.ndarray[Any, Any]:
    return np.asarray(item.opts["height"], dtype=float)


def _same(actual: Any, expected: list[float]) -> bool:
    return bool(np.allclose(np.asarray(actual, dtype=float), expected, equal_nan=True))


def _click_point(chart: ChartCard, x: float, y: float) -> QPoint:
    scene = chart.plot.vb.mapViewToScene(QPointF(x, y))
    return chart.graphics.mapFromScene(scene)


# --- bars and points, read back from the plot items -----------------------------------------


def test_four_weeks_by_week_shows_four_periods_with_a_gap_for_the_empty_week(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    data = _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    assert [s.label for s in data.summaries] == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]

    split = view.chart("time_split")
    assert isinstance(split, TimeSplitChart)
    from wellbeing_desktop.domain.models import ActivityKind

    leadership = split.bars[ActivityKind.LEADERSHIP]
    operations = split.bars[ActivityKind.OPERATIONS]
    own = split.bars[ActivityKind.OWN_WORK]
    assert list(leadership.opts["x"]) == [0, 1, 2, 3]
    assert _same(_heights(leadership), [5.0, NAN, 4.0, 1.0])
    assert _same(_heights(operations), [7.0, NAN, 1.0, 5.0])
    assert _same(_heights(own), [1.0, NAN, 1.0, 0.0])
    # The week without a log is a gap, not a zero-height bar.
    assert math.isnan(_heights(leadership)[1])
    assert _same(operations.opts["y0"], [5.0, NAN, 4.0, 1.0])  # stacked on leadership

    hours = view.chart("hours")
    assert isinstance(hours, HoursChart)
    assert _same(_heights(hours.bars), [13.0, NAN, 8.0, 6.0])
    # Over the norm: the same bars again on top, in one colour (one brush per item).
    expected = np.where(hours.over(), _heights(hours.bars), np.nan)
    assert _same(_heights(hours.over_bars), list(expected))
    assert hours.bars.opts.get("brushes") is None
    assert hours.over_bars.opts.get("brushes") is None

    stress = view.chart("stress")
    assert isinstance(stress, StressChart)
    x, y = stress.mean_line.getData()
    assert list(x) == [0, 1, 2, 3]
    assert _same(y, [2.5, NAN, 1.0, 4.0])
    assert _same(stress.max_points.getData()[1], [3.0, NAN, 1.0, 4.0])
    assert _same(_heights(stress.signal_bars), [2.0, NAN, 0.0, 0.0])

    balance = view.chart("balance")
    assert isinstance(balance, BalanceChart)
    assert _same(balance.demands_line.getData()[1], [6.5, NAN, 3.0, NAN])
    assert _same(balance.resources_line.getData()[1], [4.5, NAN, 7.0, NAN])

    who5 = view.chart("who5")
    assert isinstance(who5, Who5Chart)
    x, y = who5.scores_line.getData()
    assert list(y) == [48.0]
    assert 1.5 < x[0] < 2.5  # inside week 47


def test_day_granularity_has_one_bar_per_day_and_gaps_for_days_without_a_log(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    data = _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.DAY)
    assert data.summaries[0].start == W45_MON
    assert len(data.summaries) == 25  # 2–26 November
    split = view.chart("time_split")
    assert isinstance(split, TimeSplitChart)
    from wellbeing_desktop.domain.models import ActivityKind

    heights = _heights(split.bars[ActivityKind.LEADERSHIP])
    assert len(heights) == 25
    logged = {(day - W45_MON).days for day in (W45_MON, W45_TUE, W47_WED, W48_TUE)}
    for index, value in enumerate(heights):
        assert math.isnan(value) is (index not in logged), index
    stress = view.chart("stress")
    assert isinstance(stress, StressChart)
    assert len(stress.mean_line.getData()[1]) == 25


def test_quarter_by_month_and_the_heatmap_count_days(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    data = _show(qtbot, view, TrendsRange.QUARTER, Granularity.MONTH)
    assert [s.label for s in data.summaries] == ["2026-08", "2026-09", "2026-10", "2026-11"]
    hours = view.chart("hours")
    assert isinstance(hours, HoursChart)
    assert _same(_heights(hours.bars), [NAN, NAN, NAN, 27.0])
    heat = view.chart("heatmap")
    cells = heat.cells.data  # type: ignore[attr-defined]
    request = data.request
    assert len(cells) == (request.heat_end - request.heat_start).days + 1
    logged = [p.day for p in data.day_points]
    assert logged == [W45_MON, W45_TUE, W47_WED, W48_TUE]


def test_choosing_a_year_shows_that_calendar_year(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    _show(qtbot, view, TrendsRange.YEAR, Granularity.WEEK)
    heat = view.chart("heatmap")
    assert isinstance(heat, HeatmapChart)
    offered = [heat.year.itemData(n) for n in range(heat.year.count())]
    assert offered == [None, 2026, 2025]
    heat.year.setCurrentIndex(2)
    heat.year.activated.emit(2)
    qtbot.waitUntil(lambda: heat.data is not None and heat.data.request.heat_end.year == 2025)
    assert len(heat.cells.data) == 365
    assert heat.data is not None
    assert heat.data.day_points == ()
    heat.year.setCurrentIndex(1)
    heat.year.activated.emit(1)
    qtbot.waitUntil(lambda: heat.data is not None and heat.data.request.heat_start.year == 2026)
    data: TrendsData | None = heat.data  # read anew: mypy would keep the empty year above
    assert data is not None
    assert [p.day for p in data.day_points] == [W45_MON, W45_TUE, W47_WED, W48_TUE]
    assert len(heat.cells.data) == (TODAY - date(2026, 1, 1)).days + 1


def test_the_leadership_share_line_equals_the_summaries(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner, filled: Journal
) -> None:
    data = _show(qtbot, view, TrendsRange.YEAR, Granularity.WEEK)
    request = data.request
    summaries = filled.summaries(Granularity.WEEK, request.start, request.end)
    split = view.chart("time_split")
    assert isinstance(split, TimeSplitChart)
    x, y = split.share_line.getData()
    assert len(x) == len(summaries) == 52
    expected = [
        s.leadership_share * 100 if s.leadership_share is not None else NAN for s in summaries
    ]
    assert _same(y, expected)
    assert split.target_line.value() == filled.settings().leadership_target_percent


# --- clicks, hover, table ----------------------------------------------------------------


def test_clicking_a_bar_opens_that_week_and_a_gap_opens_nothing(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    split = view.chart("time_split")
    view.page_scroll.ensureWidgetVisible(split)
    opened: list[tuple[date, date]] = []
    view.open_period.connect(lambda start, end: opened.append((start, end)))

    qtbot.mouseClick(
        split.graphics.viewport(), Qt.MouseButton.LeftButton, pos=_click_point(split, 2, 2.0)
    )
    assert opened == [(date(2026, 11, 16), date(2026, 11, 22))]

    qtbot.mouseClick(
        split.graphics.viewport(), Qt.MouseButton.LeftButton, pos=_click_point(split, 1, 2.0)
    )
    assert len(opened) == 1  # week 46 has no log


def test_clicking_a_day_in_the_heatmap_opens_that_day(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    heat = view.chart("heatmap")
    view.page_scroll.ensureWidgetVisible(heat)
    column, row = heat.position_of(W47_WED)  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.open_period, timeout=2000) as signal:
        qtbot.mouseClick(
            heat.graphics.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_click_point(heat, column, row),
        )
    assert signal.args == [W47_WED, W47_WED]


# Showing a tooltip makes the offscreen platform say this; it is not our warning.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hover_shows_the_period_and_its_exact_values(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    split = view.chart("time_split")
    view.page_scroll.ensureWidgetVisible(split)
    viewport = split.graphics.viewport()
    qtbot.mouseMove(viewport, _click_point(split, 0, 3.0))

    def hovered() -> bool:
        # A move the chart got before it was laid out (two busy cores) is not seen again:
        # move off and back, to where the bar is now, until the chart has its hover text.
        if not split.hover_text:
            point = _click_point(split, 0, 3.0)
            qtbot.mouseMove(viewport, point + QPoint(0, 40))
            qtbot.mouseMove(viewport, point)
        return bool(split.hover_text)

    qtbot.waitUntil(hovered, timeout=10000)
    assert split.hover_text.splitlines()[0] == "Week 45, 2026 (2–8 Nov)"
    assert "Leadership: 5 h" in split.hover_text
    assert "Operations: 7 h" in split.hover_text
    assert "Leadership share: 38% (target 40%)" in split.hover_text  # 300 of 780 minutes
    assert split.tooltip_for(1) == "Week 46, 2026 (9–15 Nov)\nNothing logged"
    stress = view.chart("stress")
    text = stress.tooltip_for(0) or ""
    assert "Mean step 2.5" in text
    assert "Highest step 3 Over-heated" in text


def test_show_as_table_lists_every_period_with_gaps_as_dashes(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    view.table_toggle.click()
    hours = view.chart("hours")
    assert hours.table.isVisibleTo(view)
    assert not hours.graphics.isVisibleTo(view)
    rows = hours.model.rows()
    assert len(rows) == 4
    assert rows[1][1] == "–"
    assert rows[2][1] == "8 h"
    view.table_toggle.click()
    assert hours.graphics.isVisibleTo(view)


# --- insights ----------------------------------------------------------------------------


def test_insights_from_the_journal_appear_as_cards(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner, filled: Journal
) -> None:
    data = _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    assert data.start is not None
    expected = filled.insights(data.start, data.request.end, Language.ENGLISH)
    assert expected, "the fixture's WHO-5 of 48 should make the journal say something"
    qtbot.waitUntil(lambda: len(view.insights.cards) == min(5, len(expected)), timeout=5000)
    shown = [card.text.text() for card in view.insights.cards]
    assert shown == [insight.text for insight in expected[:5]]


def test_an_insight_card_shows_tone_figures_and_source(
    qtbot: QtBot,
    view: TrendsView,
    tasks: TaskRunner,
    filled: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = [
        Insight(
            rule="hours_over_norm",
            tone=InsightTone.ATTENTION,
            text="Hours above your norm for 2 weeks.",
            figures=(("Week 47", "41.0 h"), ("Week 48", "39.5 h")),
            period_start=date(2026, 11, 16),
            period_end=date(2026, 11, 26),
            source="Your weekly norm (Settings); domain notes §5",
        ),
        Insight(
            rule="balance_good",
            tone=InsightTone.GOOD,
            text="Your resources outweigh the demands.",
            figures=(),
            period_start=date(2026, 11, 2),
            period_end=date(2026, 11, 26),
            source="JD-R",
        ),
    ]
    monkeypatch.setattr(filled, "insights", lambda start, end, language, weeks=None: made)
    view.reload()
    qtbot.waitUntil(
        lambda: [c.text.text() for c in view.insights.cards] == [i.text for i in made],
        timeout=5000,
    )
    attention, good = view.insights.cards
    assert attention.tone.text() == "WORTH A LOOK"
    assert good.tone.text() == "GOOD NEWS"
    assert [(n.text(), v.text()) for n, v in attention.figure_labels] == list(made[0].figures)
    assert "Your weekly norm (Settings); domain notes §5" in attention.source.text()
    assert "16–26 Nov 2026" in attention.source.text()
    assert attention.source.toolTip().startswith("Source: ")


# --- words, scheme, lock, saving ---------------------------------------------------------------


def test_switching_language_changes_axis_labels_and_legends(
    qtbot: QtBot, view: TrendsView, session: JournalSession
) -> None:
    split = view.chart("time_split")
    assert split.plot.getAxis("left").labelText == "Hours"
    assert split.plot.getAxis("bottom").labelText == "Week"
    assert view.range_buttons[0].text() == "4 weeks"
    session.set_language(Language.DANISH)
    assert split.plot.getAxis("left").labelText == "Timer"
    assert split.plot.getAxis("right").labelText == "Ledelsesandel (%)"
    assert split.plot.getAxis("bottom").labelText == "Uge"
    assert [label.text for _sample, label in split.legend.items][:3] == [
        "Ledelse",
        "Drift",
        "Egne opgaver",
    ]
    assert view.range_buttons[0].text() == "4 uger"
    assert view.range_buttons[0].accessibleName() == "Periode: 4 uger"
    assert split.save_button.text() == "Gem som PNG/SVG…"


def test_a_dark_palette_restyles_the_charts(qtbot: QtBot, view: TrendsView) -> None:
    split = view.chart("time_split")
    assert split.theme == LIGHT
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#1f2124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8e6e3"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: split.theme == DARK, timeout=2000)
        assert split.graphics.backgroundBrush().color() == QColor(DARK.background)
    finally:
        app.setPalette(original)
    qtbot.waitUntil(lambda: split.theme == LIGHT, timeout=2000)


def test_lock_clears_every_chart_table_and_insight(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner, session: JournalSession
) -> None:
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    view.table_toggle.click()
    qtbot.waitUntil(lambda: bool(view.insights.cards), timeout=5000)
    session.close()
    assert view.data is None
    assert view.status.text() == ""
    assert view.insights.cards == []
    assert view.insights.texts() == []
    for chart in view.charts:
        assert chart.data is None
        assert chart.model.rowCount() == 0
        assert chart.hover_text == ""
        assert chart.note.text() == ""
        for item in chart.plot.items + (
            chart.right_view.addedItems if chart.right_view is not None else []
        ):
            opts = getattr(item, "opts", {})
            if "height" in opts:
                assert len(np.atleast_1d(opts["height"])) == 0, chart.key
            if hasattr(item, "getData"):
                x, y = item.getData()
                assert x is None or len(x) == 0, chart.key
            if hasattr(item, "data") and hasattr(item, "points"):
                assert len(item.data) == 0, chart.key
            if hasattr(item, "path"):
                assert item.path().isEmpty(), chart.key
    assert view.chart("heatmap").year.count() == 0  # type: ignore[attr-defined]


def test_saving_a_chart_writes_owner_only_png_and_svg(
    qtbot: QtBot, view: TrendsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    split = view.chart("time_split")
    png = tmp_path / "split.png"
    split.save_chart(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert stat.S_IMODE(png.stat().st_mode) == 0o600
    svg = tmp_path / "split.svg"
    split.save_chart(svg)
    assert b"<svg" in svg.read_bytes()
    assert stat.S_IMODE(svg.stat().st_mode) == 0o600

    chosen = tmp_path / "stress"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(chosen), "PNG image (*.png)"),
    )
    stress = view.chart("stress")
    stress.save_button.click()
    saved = tmp_path / "stress.png"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert "not encrypted" in stress.message.text()


# --- loading ----------------------------------------------------------------------------


def test_a_late_result_of_an_older_choice_is_dropped(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = load_trends
    reads: list[TrendsRange] = []

    def slow_for_four_weeks(journal: Journal, request: Any) -> TrendsData:
        reads.append(request.range)
        if request.range is TrendsRange.FOUR_WEEKS:
            release.wait(10)
        return real(journal, request)

    shown: list[TrendsRange] = []
    real_show = view.show_data

    def recording_show(data: TrendsData) -> None:
        shown.append(data.request.range)
        real_show(data)

    monkeypatch.setattr(trends_reads, "load_trends", slow_for_four_weeks)
    monkeypatch.setattr(view, "show_data", recording_show)
    view.set_range(TrendsRange.FOUR_WEEKS)
    view.set_range(TrendsRange.QUARTER)  # never read: a newer choice came before its turn
    view.set_range(TrendsRange.ALL)
    qtbot.waitUntil(lambda: reads == [TrendsRange.FOUR_WEEKS])
    release.set()  # one read at a time: "all" is read once "4 weeks" is done
    qtbot.waitUntil(
        lambda: view.data is not None and view.data.request.range is TrendsRange.ALL,
        timeout=10000,
    )
    assert tasks.wait(10000)
    QApplication.processEvents()
    assert reads == [TrendsRange.FOUR_WEEKS, TrendsRange.ALL]
    assert shown == [TrendsRange.ALL]  # the late "4 weeks" never reached the charts
    assert view.data is not None
    assert view.data.request.range is TrendsRange.ALL
    assert view.range is TrendsRange.ALL


def test_a_day_saved_elsewhere_shows_up(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner, session: JournalSession, filled: Journal
) -> None:
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    filled.save_day(DayLog(day=date(2026, 11, 10), minutes=_minutes(120, 120, 0), stress_step=2))
    session.notify(Change.DAY, object())
    hours = view.chart("hours")
    assert isinstance(hours, HoursChart)
    qtbot.waitUntil(lambda: not math.isnan(_heights(hours.bars)[1]), timeout=5000)
    assert _heights(hours.bars)[1] == 4.0


def test_nothing_is_built_or_read_before_the_view_is_shown(
    qtbot: QtBot, session: JournalSession, filled: Journal, tasks: TaskRunner
) -> None:
    hidden = TrendsView(session, tasks)
    qtbot.addWidget(hidden)
    session.open(filled)
    assert hidden.charts == []
    assert hidden.data is None
    hidden.show()
    _wait_loaded(qtbot, hidden, tasks)
    assert len(hidden.charts) == 6


def test_a_journal_of_minutes_keeps_an_hours_scale(
    qtbot: QtBot, session: JournalSession, journal: Journal, tasks: TaskRunner
) -> None:
    """A quarter of an hour logged: the hours axes still show whole hours to read it by."""
    journal.save_day(DayLog(day=W48_TUE, minutes=_minutes(5, 10, 0), hours_worked_minutes=20))
    created = _shown(qtbot, session, journal, tasks)
    for name in ("time_split", "hours"):
        chart = created.chart(name)
        axis = chart.plot.getAxis("left")
        low, high = chart.plot.vb.viewRange()[1]
        shown = [
            text
            for _spacing, values in axis.tickValues(low, high, axis.height())
            for text in axis.tickStrings(values, 1, 1)
            if low < float(text) < high  # inside the axis: the edge's label is not drawn
        ]
        assert shown, f"{name}: no hour on the axis"
