"""The Trends charts in a laptop's width: date labels that never collide, and a wheel that scrolls.

The labels are read as pyqtgraph draws them (``generateDrawSpecs``: each label's text and
rectangle in the axis' font) for every chart and range at the page widths of a
1366 px and a 1024 px window (less the sidebar).
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import FIXED_NOW
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.services.trends_data import TrendsRange
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from collections.abc import Iterator

    import pyqtgraph as pg
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

TODAY = FIXED_NOW.date()  # Thursday 26 November 2026
SIDEBAR = 205  # the sidebar's share of the window
KEYS = ("time_split", "hours", "stress", "balance", "who5", "heatmap")


@pytest.fixture
def session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, Language.DANISH)
    yield created
    created.close()


@pytest.fixture
def view(qtbot: QtBot, session: JournalSession, journal: Journal, tasks: TaskRunner) -> TrendsView:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.DANISH))
    # Two years, a day a fortnight, so that every range has bars from near its start.
    day = TODAY - timedelta(days=730)
    while day <= TODAY:
        journal.save_day(
            DayLog(
                day=day,
                minutes={"operations": 240, "people_leadership": 120, "own_tasks": 60},
                stress_step=2,
                demands=5,
                resources=5,
            )
        )
        day += timedelta(days=14)
    created = TrendsView(session, tasks)
    qtbot.addWidget(created)
    created.resize(1366 - SIDEBAR, 700)
    created.show()
    session.open(journal)
    qtbot.waitUntil(lambda: created.data is not None, timeout=10000)
    assert tasks.wait(10000)
    return created


def _show(qtbot: QtBot, view: TrendsView, range_: TrendsRange) -> None:
    before = view.data
    view.set_range(range_)
    qtbot.waitUntil(
        lambda: (
            view.data is not before and view.data is not None and view.data.request.range is range_
        ),
        timeout=10000,
    )
    assert view._tasks.wait(10000)
    QApplication.processEvents()


def _drawn_labels(axis: pg.AxisItem) -> list[tuple[float, float, str]]:
    """(left, right, text) of each label as the axis draws it now."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        painter.setFont(axis.style["tickFont"] or axis.font())
        _axis_spec, _tick_specs, text_specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect.left(), rect.right(), text) for rect, _flags, text in text_specs]


def _assert_apart(labels: list[tuple[float, float, str]], where: str) -> None:
    ordered = sorted(labels)
    for (_l1, right, first), (left, _r2, second) in zip(ordered, ordered[1:], strict=False):
        assert left - right >= 4, f"{where}: {first!r} and {second!r} touch ({ordered})"
    assert all("…" not in text for _l, _r, text in ordered)


@pytest.mark.parametrize("window_width", [1366, 1024])
def test_no_two_date_labels_touch_in_any_chart_or_range(
    qtbot: QtBot, view: TrendsView, window_width: int
) -> None:
    view.resize(window_width - SIDEBAR, 700)
    view._set_custom_dates(TODAY - timedelta(days=150), TODAY)
    seen_year_labels = []
    for range_ in TrendsRange:
        _show(qtbot, view, range_)
        for key in KEYS:
            chart = view.chart(key)
            chart.show_data(view.data)  # type: ignore[arg-type]
            QApplication.processEvents()
            side = "top" if key == "heatmap" else "bottom"
            labels = _drawn_labels(chart.plot.getAxis(side))
            assert labels, f"{key} {range_} at {window_width}: no labels"
            _assert_apart(labels, f"{key} {range_} at {window_width}")
            if range_ is TrendsRange.YEAR and key == "time_split":
                seen_year_labels = [text for _l, _r, text in sorted(labels)]
    # The year range reads from its first labelled month, with the year on it.
    assert seen_year_labels[0] in ("dec. 2025", "jan. 2026")  # a short December gives way
    assert "jan. 2026" in seen_year_labels


def _granularity(view: TrendsView) -> Granularity:
    return view.granularity


def test_a_custom_range_starts_in_the_granularity_that_fits_it(
    qtbot: QtBot, view: TrendsView
) -> None:
    view._set_custom_dates(TODAY - timedelta(days=20), TODAY)
    _show(qtbot, view, TrendsRange.CUSTOM)
    assert _granularity(view) is Granularity.DAY
    assert view.granularity_buttons[0].isChecked()

    view.from_date.setDate(view.from_date.date().addDays(-120))  # about five months
    assert _granularity(view) is Granularity.WEEK
    assert view.granularity_buttons[1].isChecked()
    qtbot.waitUntil(
        lambda: view.data is not None and view.data.request.granularity is Granularity.WEEK,
        timeout=10000,
    )

    view.from_date.setDate(view.from_date.date().addYears(-1))
    assert _granularity(view) is Granularity.MONTH


def _wheel(widget: object, at: QPoint, *, modifiers: Qt.KeyboardModifier) -> None:
    event = QWheelEvent(
        QPointF(at),
        QPointF(widget.mapToGlobal(at)),  # type: ignore[attr-defined]
        QPoint(0, 0),
        QPoint(0, -240),  # two notches down
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def test_the_wheel_over_a_chart_scrolls_the_page_and_leaves_the_chart_as_it_is(
    qtbot: QtBot, view: TrendsView
) -> None:
    """The charts do not zoom: the wheel, with or without Ctrl, moves the page."""
    view.resize(1366 - SIDEBAR, 600)
    chart = view.chart("time_split")
    QApplication.processEvents()
    bar = view.page_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the page is taller than its window
    x_range = chart.plot.vb.viewRange()
    viewport = chart.graphics.viewport()
    for modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        bar.setValue(0)
        _wheel(viewport, viewport.rect().center(), modifiers=modifiers)
        QApplication.processEvents()
        assert bar.value() > 0  # the page moved
        assert chart.plot.vb.viewRange() == x_range  # the chart did not zoom


def test_enter_on_a_table_row_opens_its_period_as_a_click_on_its_bar_does(
    qtbot: QtBot, view: TrendsView
) -> None:
    _show(qtbot, view, TrendsRange.FOUR_WEEKS)
    view.set_granularity(Granularity.WEEK)
    qtbot.waitUntil(
        lambda: view.data is not None and view.data.request.granularity is Granularity.WEEK,
        timeout=10000,
    )
    opened: list[tuple[date, date]] = []
    view.open_period.connect(lambda start, end: opened.append((start, end)))
    view.table_toggle.click()
    for key in ("time_split", "heatmap"):
        chart = view.chart(key)
        assert chart.showing_table
        table = chart.table
        view.page_scroll.ensureWidgetVisible(table)
        table.setFocus()
        last = table.model().rowCount() - 1
        table.setCurrentIndex(table.model().index(last, 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
    # This week's row (logged on Tuesday 24th) and the heatmap's last day logged.
    assert opened == [
        (date(2026, 11, 23), date(2026, 11, 26)),
        (date(2026, 11, 24), date(2026, 11, 24)),
    ]
    assert "Med tastaturet" in view.hint.text()
