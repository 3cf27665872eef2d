"""The Trends view's reads after the user changed their mind.

The Trends view's reads after the user changed their mind: a failed read, a language
change queued behind a read, and a late read of the heatmap's year never leave the view
stuck or showing an older choice.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import pytest

from tests.ui.test_trends_lazy import filled, session, view  # noqa: F401 - fixtures
from tests.ui.test_trends_view import _show
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.trends_data import (
    TrendsRange,
    heat_span,
    load_day_points,
    load_trends,
)
from wellbeing_desktop.storage.errors import StorageError
from wellbeing_desktop.ui.trends import trends_reads
from wellbeing_desktop.ui.trends.charts.heatmap import HeatmapChart

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession
    from wellbeing_desktop.ui.trends.trends_view import TrendsView


def _scenario(
    qtbot: QtBot,
    trends: TrendsView,
    journal_session: JournalSession,
    tasks: TaskRunner,
    monkeypatch: Any,
    change_language: bool,
) -> None:
    real = load_trends
    release = threading.Event()

    def load(journal: Any, request: Any) -> Any:
        if request.range is TrendsRange.QUARTER:
            release.wait(10)  # a read under way
        if request.range is TrendsRange.YEAR:
            raise StorageError("the disk said no")  # any failing read
        return real(journal, request)

    monkeypatch.setattr(trends_reads, "load_trends", load)
    qtbot.waitUntil(lambda: "time_split" in [c.key for c in trends.built_charts()], timeout=5000)
    assert "heatmap" not in [c.key for c in trends.built_charts()]

    trends.set_range(TrendsRange.QUARTER)  # read under way
    if change_language:
        journal_session.set_language(Language.DANISH)  # insights wanted, queued behind the read
    trends.set_range(TrendsRange.YEAR)  # the user picks another range; its read fails
    release.set()
    qtbot.waitUntil(lambda: trends.message.isVisible(), timeout=10000)  # the error is shown
    assert tasks.wait(10000)

    bar = trends.page_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    # The user scrolls down: the calendar heatmap should be built (with the quarter's
    # numbers still shown above), as it is after any other failed read.
    qtbot.waitUntil(lambda: "heatmap" in [c.key for c in trends.built_charts()], timeout=3000)


@pytest.mark.parametrize("change_language", [True, False], ids=["language-queued", "plain"])
def test_after_a_failed_read_charts_below_the_fold_still_build(
    qtbot: QtBot,
    view: TrendsView,  # noqa: F811
    session: JournalSession,  # noqa: F811
    tasks: TaskRunner,
    monkeypatch: Any,
    change_language: bool,
) -> None:
    _scenario(qtbot, view, session, tasks, monkeypatch, change_language=change_language)


def test_a_late_year_read_does_not_overwrite_a_newer_range(
    qtbot: QtBot,
    view: TrendsView,  # noqa: F811
    tasks: TaskRunner,
    monkeypatch: Any,
) -> None:
    _show(qtbot, view, TrendsRange.YEAR, Granularity.WEEK)
    heat = view.chart("heatmap")
    assert isinstance(heat, HeatmapChart)
    real = load_day_points
    release = threading.Event()

    def slow(*args: Any) -> Any:
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(trends_reads, "load_day_points", slow)
    heat.year.setCurrentIndex(2)  # 2025: its days are read (slowly)
    heat.year.activated.emit(2)
    view.set_range(TrendsRange.QUARTER)  # then the user picks another range
    qtbot.waitUntil(
        lambda: view.data is not None and view.data.request.range is TrendsRange.QUARTER,
        timeout=10000,
    )
    release.set()
    assert tasks.wait(10000)
    qtbot.waitUntil(lambda: not tasks._relays, timeout=5000)  # every result has arrived
    data = view.data
    assert data is not None
    shown = heat.chosen_year()
    assert shown.year is None  # the box says "Last 12 months"
    assert (data.request.heat_start, data.request.heat_end) == heat_span(data.request.end, shown)
