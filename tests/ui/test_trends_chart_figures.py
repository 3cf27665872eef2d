"""Issue #17, accessibility: a drawn chart tells a screen reader its figures, and Enter its table.

Over a half-year demo journal: each chart's canvas is a Tab stop named after the chart,
its accessible description says the key figure's range and the latest period with data
(the same numbers as the chart's table), it follows a change of range and granularity,
and Enter on it shows the numbers as a table with the focus in this chart's table (whose
description says Enter on a row opens it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.ui.accessibility_support import demo_window, settle
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.trends_data import TrendsRange
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.trends.charts.base import ChartCard


def _heard(chart: ChartCard) -> tuple[str, str]:
    """(name, description) of the chart's canvas, as Qt tells a screen reader."""
    interface = QAccessible.queryAccessibleInterface(chart.graphics)
    assert interface is not None
    return (
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Description),
    )


def _share_range(chart: ChartCard) -> tuple[int, int, int, int]:
    """(periods with a share, periods, lowest %, highest %) from the chart's own table."""
    chart.show_table(True)
    headers, rows = chart.table_rows()
    chart.show_table(False)
    column = headers.index("Leadership share")
    shares = [int(row[column].rstrip("%")) for row in rows if row[column] != "–"]
    return len(shares), len(rows), min(shares), max(shares)


def test_each_chart_says_its_latest_figures_and_enter_opens_its_table(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window = demo_window(qtbot, access, tasks, ui_settings, Language.ENGLISH)
    window.shell.show_page(Page.TRENDS)
    trends = window.shell.views[Page.TRENDS]
    assert isinstance(trends, TrendsView)
    trends.range_buttons[list(TrendsRange).index(TrendsRange.QUARTER)].click()
    trends.granularity_buttons[list(Granularity).index(Granularity.WEEK)].click()
    settle(qtbot, tasks)
    charts = trends.charts
    settle(qtbot, tasks)
    assert len(charts) == 6
    for chart in charts:
        name, description = _heard(chart)
        assert name == f"{chart.title_text()} – chart"
        assert "Latest – " in description, chart.key
        assert description.endswith("Enter shows the numbers as a table."), chart.key

    # The numbers are the table's: the share's range over the weeks with data.
    time_split = trends.chart("time_split")
    n, total, low, high = _share_range(time_split)
    said = _heard(time_split)[1]
    assert f"Leadership share in {n} of {total} weeks: from {low}% to {high}%." in said
    assert total == 13
    latest = re.search(r"Latest – (Week \d+)", said)
    assert latest is not None

    # Another granularity and range: the words follow.
    trends.granularity_buttons[list(Granularity).index(Granularity.DAY)].click()
    settle(qtbot, tasks)
    by_day = _heard(time_split)[1]
    assert by_day != said
    assert re.search(r"Leadership share on \d+ of \d+ days", by_day)
    assert re.search(r"Latest – \w+day \d+ \w+ \d{4}: Leadership: ", by_day)
    window.session.set_language(Language.DANISH)
    settle(qtbot, tasks)
    assert _heard(time_split)[1].startswith("Ledelsesandel på ")
    window.session.set_language(Language.ENGLISH)
    settle(qtbot, tasks)

    # The keyboard: Tab from the chart's save button reaches its canvas; Enter, its table.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    hours = trends.chart("hours")
    hours.save_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(hours.save_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is hours.graphics
    qtbot.keyClick(hours.graphics, Qt.Key.Key_Tab)  # Tab moves on: the canvas keeps nothing
    assert QApplication.focusWidget() is not hours.graphics
    hours.graphics.setFocus(Qt.FocusReason.BacktabFocusReason)
    assert not trends.table_toggle.isChecked()
    qtbot.keyClick(hours.graphics, Qt.Key.Key_Return)
    assert trends.table_toggle.isChecked()
    assert all(chart.showing_table for chart in charts)
    assert QApplication.focusWidget() is hours.table
    assert hours.table.accessibleDescription() == "Enter on a row opens it in the journal"
    assert hours.table.model().rowCount() > 0
    window.lock()
