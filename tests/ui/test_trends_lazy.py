"""The Trends view builds charts lazily and reads one read at a time.

The Trends view builds a chart only when it comes into sight (scrolled to, or reached
with Tab), reads the journal one read at a time, and takes the insights' weeks from the
charts' weekly numbers: what a user sees is the same as when everything is built at once.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from tests.ui.test_trends_view import W47_WED, _fill, _show, _wait_loaded
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services import trends as service_trends
from wellbeing_desktop.services.trends_data import TrendsRange, load_insights, load_trends
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.trends import trends_reads
from wellbeing_desktop.ui.trends.charts.heatmap import HeatmapChart
from wellbeing_desktop.ui.trends.charts.slots import ChartSlot
from wellbeing_desktop.ui.trends.charts.stress_charts import StressChart
from wellbeing_desktop.ui.trends.charts.who5_chart import Who5Chart
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import date

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.trends.charts.base import ChartCard


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


@pytest.fixture
def view(qtbot: QtBot, session: JournalSession, filled: Journal, tasks: TaskRunner) -> TrendsView:
    created = TrendsView(session, tasks)
    qtbot.addWidget(created)
    created.resize(1000, 760)
    created.show()
    session.open(filled)
    _wait_loaded(qtbot, created, tasks)
    return created


def _built(view: TrendsView) -> list[str]:
    return [chart.key for chart in view.built_charts()]


def _scroll_to_bottom(qtbot: QtBot, view: TrendsView) -> None:
    bar = view.page_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: "heatmap" in _built(view), timeout=5000)


def test_charts_below_the_fold_are_built_with_their_numbers_when_scrolled_to(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    data = _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    qtbot.waitUntil(lambda: "time_split" in _built(view), timeout=5000)
    assert "heatmap" not in _built(view)
    assert "who5" not in _built(view)
    heat_slot = view.slots[-1]
    assert heat_slot.key == "heatmap"
    assert heat_slot.height() >= 200  # the page keeps the chart's room while it is not built

    _scroll_to_bottom(qtbot, view)
    heat = view.built_charts()[-1]
    assert isinstance(heat, HeatmapChart)
    assert heat.isVisible()
    assert heat.data is data
    request = data.request
    assert len(heat.cells.data) == (request.heat_end - request.heat_start).days + 1
    offered = [heat.year.itemData(n) for n in range(heat.year.count())]
    assert offered == [None, 2026]  # the years come with the chart
    who5 = view.chart("who5")
    assert isinstance(who5, Who5Chart)
    assert list(who5.scores_line.getData()[1]) == [48.0]


def test_a_chart_built_later_follows_the_table_toggle(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    assert "heatmap" not in _built(view)
    view.table_toggle.click()
    _scroll_to_bottom(qtbot, view)
    heat = view.chart("heatmap")
    assert heat.showing_table
    days = [row[0] for row in heat.model.rows()]
    assert len(days) == 4  # the four logged days of the fixture


def test_tab_reaches_a_chart_that_is_not_built_yet(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    assert "stress" not in _built(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table_toggle.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[Any] = []
    for _ in range(20):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if "stress" in _built(view):
            break
    stress = view.chart("stress")
    assert isinstance(stress, StressChart)
    assert reached[-1] is stress.save_button  # the focus went into the chart, not its place
    assert not any(isinstance(widget, ChartSlot) for widget in reached)
    x, y = stress.mean_line.getData()
    assert list(x) == [0, 1, 2, 3]  # drawn with the numbers already read
    qtbot.waitUntil(lambda: not stress.save_button.visibleRegion().isEmpty())  # scrolled to


def test_shift_tab_into_a_chart_not_built_yet_lands_on_its_last_control(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    slot = view.slots[-1]
    assert slot.chart is None
    assert slot.accessibleName() == "The year day by day"
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    slot.setFocus(Qt.FocusReason.BacktabFocusReason)
    heat: ChartCard | None = slot.chart  # read anew: the focus built it
    assert isinstance(heat, HeatmapChart)
    # Its last control: the chart itself, a Tab stop since #17 (the table is hidden).
    assert QApplication.focusWidget() is heat.graphics
    assert slot.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_journal_is_read_one_read_at_a_time(
    qtbot: QtBot,
    view: TrendsView,
    tasks: TaskRunner,
    monkeypatch: Any,
) -> None:
    lock = threading.Lock()
    running = [0]
    most = [0]

    def counted(real: Any) -> Any:
        def read(*args: Any) -> Any:
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            try:
                threading.Event().wait(0.02)  # long enough for the next click to come
                return real(*args)
            finally:
                with lock:
                    running[0] -= 1

        return read

    monkeypatch.setattr(trends_reads, "load_trends", counted(load_trends))
    monkeypatch.setattr(trends_reads, "load_insights", counted(load_insights))
    view.set_range(TrendsRange.ALL)
    view.set_granularity(Granularity.WEEK)
    view.set_range(TrendsRange.QUARTER)
    view.set_range(TrendsRange.YEAR)
    qtbot.waitUntil(
        lambda: view.data is not None and view.data.request.range is TrendsRange.YEAR,
        timeout=10000,
    )
    qtbot.waitUntil(lambda: bool(view.insights.cards), timeout=5000)
    assert tasks.wait(10000)
    assert most[0] == 1
    assert view.data is not None
    assert view.data.request.granularity is Granularity.WEEK  # the year's suggestion


def test_weekly_insights_take_the_charts_weeks_and_say_the_same(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner, filled: Journal, monkeypatch: Any
) -> None:
    calls: list[tuple[Granularity, ...]] = []
    real = service_trends.summaries_by

    def spy(db: Any, granularities: Any, *args: Any) -> Any:
        calls.append(tuple(granularities))
        return real(db, granularities, *args)

    data = _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.WEEK)
    qtbot.waitUntil(lambda: bool(view.insights.cards), timeout=5000)
    assert tasks.wait(10000)
    monkeypatch.setattr(service_trends, "summaries_by", spy)
    filled.save_settings(filled.settings())  # a write: nothing kept from before is used
    view.reload()
    qtbot.waitUntil(lambda: view.data is not data, timeout=5000)
    qtbot.waitUntil(lambda: bool(view.insights.cards), timeout=5000)
    assert tasks.wait(10000)
    assert calls == [(Granularity.WEEK,)]  # read once, for the charts
    reloaded = view.data
    assert reloaded is not None
    assert reloaded.start is not None
    monkeypatch.setattr(service_trends, "summaries_by", real)
    expected = filled.insights(reloaded.start, reloaded.request.end, Language.ENGLISH)
    assert [card.text.text() for card in view.insights.cards] == [i.text for i in expected][:5]
    assert (
        filled.insights(
            reloaded.start,
            reloaded.request.end,
            Language.ENGLISH,
            filled.summaries(Granularity.WEEK, reloaded.start, reloaded.request.end),
        )
        == expected
    )

    calls.clear()
    monkeypatch.setattr(service_trends, "summaries_by", spy)
    _show(qtbot, view, TrendsRange.QUARTER, Granularity.MONTH)
    # Monthly bars: the insights' weeks are made with the months, from the same rows.
    qtbot.waitUntil(lambda: bool(view.insights.cards), timeout=5000)
    assert tasks.wait(10000)
    assert calls[-1] == (Granularity.MONTH, Granularity.WEEK)  # and no read after it


def test_a_view_shown_before_unlock_builds_nothing_until_it_has_numbers(
    qtbot: QtBot, session: JournalSession, filled: Journal, tasks: TaskRunner
) -> None:
    early = TrendsView(session, tasks)
    qtbot.addWidget(early)
    early.resize(1000, 760)
    early.show()
    QApplication.processEvents()
    assert early.built_charts() == []
    session.open(filled)
    _wait_loaded(qtbot, early, tasks)
    qtbot.waitUntil(lambda: "time_split" in _built(early), timeout=5000)
    assert early.chart("time_split").data is early.data


def test_the_custom_range_calendars_are_made_when_custom_is_chosen(
    qtbot: QtBot, view: TrendsView, session: JournalSession
) -> None:
    assert view.from_date.findChild(QCalendarWidget) is None  # not made for nothing
    session.set_language(Language.DANISH)
    view.set_range(TrendsRange.CUSTOM)
    for edit in (view.from_date, view.to_date):
        calendar = edit.calendarWidget()
        assert calendar.locale().name() == "da_DK"
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    session.set_language(Language.ENGLISH)
    assert view.to_date.calendarWidget().locale().name() == "en_GB"


def _stress_on(view: TrendsView, day: date) -> int | None:
    assert view.data is not None
    (summary,) = [s for s in view.data.summaries if s.start == day]
    return summary.stress_max


def test_a_save_shows_when_the_user_switches_back(
    qtbot: QtBot, view: TrendsView, session: JournalSession, filled: Journal
) -> None:
    """Summaries are kept while the journal is unchanged, never after a save."""
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.DAY)
    assert _stress_on(view, W47_WED) == 1
    _show(qtbot, view, TrendsRange.QUARTER, Granularity.WEEK)
    logged = filled.day(W47_WED)
    assert logged is not None
    saved = dataclasses.replace(logged, stress_step=5)
    filled.save_day(saved)  # as Today saves while Trends is hidden: no notice to the view
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.DAY)
    assert _stress_on(view, W47_WED) == 5
    filled.save_day(dataclasses.replace(saved, stress_step=2))
    session.notify(Change.DAY)  # as a save in the Journal page tells the views
    _show(qtbot, view, TrendsRange.QUARTER, Granularity.DAY)
    _show(qtbot, view, TrendsRange.FOUR_WEEKS, Granularity.DAY)
    assert _stress_on(view, W47_WED) == 2
