"""Dates, numbers, durations and week numbers through QLocale.

Dates, numbers, durations and week numbers through QLocale (issue 8): Danish writes
``uge 47``, ``24. nov. 2026`` and ``7,5``; English ``week 47``, ``24 Nov 2026`` and ``7.5``;
the views show them and switch language live.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import DayLog, Language, Who5CheckIn
from wellbeing_desktop.services.trends_data import TrendsRange
from wellbeing_desktop.ui.common import locale_format as fmt
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.journal.journal_models import JournalListModel, JournalRow, Role
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.today.today_view import TodayView
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.trends.charts.base import ChartCard

DA, EN = Language.DANISH, Language.ENGLISH
TUESDAY = date(2026, 11, 24)  # ISO week 48
WEDNESDAY_47 = date(2026, 11, 18)


# --- the helpers ------------------------------------------------------------------------------


def test_danish_dates_read_as_the_issue_writes_them() -> None:
    assert fmt.short_date(TUESDAY, DA) == "24. nov. 2026"
    assert fmt.short_date(TUESDAY, DA, year=False) == "24. nov."
    assert fmt.long_date(TUESDAY, DA) == "Tirsdag 24. november 2026"
    assert fmt.long_date(TUESDAY, DA, weekday=False) == "24. november 2026"
    assert fmt.week_text(WEDNESDAY_47, DA) == "uge 47"
    assert fmt.month_year(2026, 5, DA) == "Maj 2026"
    assert fmt.weekday_short(0, DA) == "man."
    assert fmt.date_span(date(2026, 11, 23), date(2026, 11, 29), DA) == "23.–29. nov."
    assert fmt.date_span(date(2025, 12, 29), date(2026, 1, 4), DA) == (
        "29. dec. 2025 – 4. jan. 2026"
    )
    assert fmt.date_time_text(datetime(2026, 11, 26, 17, 5), DA) == "26. nov. 2026 kl. 17:05"


def test_english_dates_read_the_english_way() -> None:
    assert fmt.short_date(TUESDAY, EN) == "24 Nov 2026"
    assert fmt.long_date(TUESDAY, EN) == "Tuesday 24 November 2026"
    assert fmt.week_text(WEDNESDAY_47, EN) == "week 47"
    assert fmt.month_year(2026, 5, EN) == "May 2026"
    assert fmt.weekday_short(0, EN) == "Mon"
    assert fmt.date_span(date(2026, 11, 23), date(2026, 11, 29), EN) == "23–29 Nov"
    assert fmt.date_time_text(datetime(2026, 11, 26, 17, 5), EN) == "26 Nov 2026, 17:05"


def test_week_numbers_are_iso_weeks_across_the_new_year() -> None:
    assert fmt.iso_week(date(2027, 1, 1)) == (53, 2026)  # a Friday: still week 53 of 2026
    assert fmt.iso_week(date(2024, 12, 30)) == (1, 2025)  # a Monday: week 1 of 2025
    assert fmt.week_text(date(2027, 1, 1), DA) == "uge 53"


@pytest.mark.parametrize(
    ("value", "danish", "english"),
    [(7.5, "7,5", "7.5"), (7.0, "7", "7"), (2.44, "2,4", "2.4"), (1234.5, "1.234,5", "1,234.5")],
)
def test_numbers_have_a_decimal_comma_in_danish(value: float, danish: str, english: str) -> None:
    assert fmt.number(value, DA) == danish
    assert fmt.number(value, EN) == english


def test_percentages_and_durations() -> None:
    assert fmt.percent_text(0.4, DA) == "40 %"  # UX.md: "mål 40 %"
    assert fmt.percent_text(0.4, EN) == "40%"
    assert fmt.duration_text(450, DA) == "7 t 30 min"  # issue #17: Danish minutes are "min"
    assert fmt.duration_text(450, EN) == "7 h 30 m"
    assert fmt.duration_text(420, DA) == "7 t"
    assert fmt.duration_text(0, EN) == "0 m"
    assert fmt.clock_text(150, DA) == "2 t 30"
    assert fmt.clock_text(45, EN) == "0 h 45"
    with pytest.raises(ValueError, match="negative"):
        fmt.duration_text(-1, DA)


def test_a_date_box_uses_the_short_date_pattern() -> None:
    locale = fmt.locale(DA)
    qdate = to_qdate(TUESDAY)
    assert locale.toString(qdate, fmt.short_date_pattern(DA)) == "24. nov. 2026"
    assert fmt.locale(EN).toString(qdate, fmt.short_date_pattern(EN)) == "24 Nov 2026"


# --- real widgets -----------------------------------------------------------------------------


@pytest.fixture
def danish_session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, DA)
    yield created
    created.close()


def test_today_shows_danish_date_and_durations_and_switches_live(
    qtbot: QtBot, danish_session: JournalSession, journal: Journal
) -> None:
    view = TodayView(danish_session, TaskRunner())
    qtbot.addWidget(view)
    view.show()
    danish_session.open(journal)
    spin = view.time.spins["operations"]
    qtbot.keyClicks(spin, "7,5")  # typed the Danish way: a decimal comma
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert view.header.date_button.text() == "Torsdag 26. november 2026"
    assert spin.lineEdit().text() == "7 t 30"
    assert view.time.total.text() == "7 t 30 min"

    danish_session.set_language(EN)
    assert view.header.date_button.text() == "Thursday 26 November 2026"
    assert spin.lineEdit().text() == "7 h 30"
    assert view.time.total.text() == "7 h 30 m"

    danish_session.set_language(DA)
    assert view.header.date_button.text() == "Torsdag 26. november 2026"
    assert view.time.total.text() == "7 t 30 min"
    view.save_now()


def test_trends_tables_show_danish_weeks_and_decimal_commas_then_english(
    qtbot: QtBot, danish_session: JournalSession, journal: Journal, tasks: TaskRunner
) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), weekly_hours_norm=37.5))
    for day, step in ((date(2026, 11, 16), 2), (WEDNESDAY_47, 3)):  # week 47: mean step 2.5
        minutes = {"operations": 240, "people_leadership": 120, "own_tasks": 60}
        journal.save_day(DayLog(day=day, minutes=minutes, stress_step=step, demands=6, resources=5))
    journal.record_who5(Who5CheckIn(taken_on=WEDNESDAY_47, answers=(3, 3, 2, 2, 2)))
    view = TrendsView(danish_session, tasks)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    danish_session.open(journal)
    view.set_range(TrendsRange.FOUR_WEEKS)
    view.set_granularity(Granularity.WEEK)

    def loaded() -> bool:
        data = view.data
        return data is not None and data.request.granularity is Granularity.WEEK

    qtbot.waitUntil(loaded, timeout=10000)
    assert tasks.wait(10000)
    QApplication.processEvents()

    def week_47(language_rows: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
        return next(row for row in language_rows if "47" in row[0])

    view.table_toggle.click()  # "Vis som tabel": the charts' numbers as tables
    stress = view.chart("stress")
    assert week_47(stress.model.rows())[:2] == ("Uge 47, 2026 (16.–22. nov.)", "2,5")
    assert view.status.text().startswith("2. nov. 2026 – 26. nov. 2026")
    hours = view.chart("hours")
    assert "Norm (37,5 t/uge)" in _legend(hours)

    danish_session.set_language(EN)
    assert week_47(stress.model.rows())[:2] == ("Week 47, 2026 (16–22 Nov)", "2.5")
    assert view.status.text().startswith("2 Nov 2026 – 26 Nov 2026")
    assert "Norm (37.5 h/week)" in _legend(hours)


def _legend(chart: ChartCard) -> list[str]:
    return [str(label.text) for _sample, label in chart.legend.items]


def test_the_journal_list_writes_the_share_with_the_languages_percent() -> None:
    model = JournalListModel(DA)
    model.set_rows([JournalRow(day=TUESDAY, share_percent=40)], with_year=True)
    index = model.index(0)
    assert index.data(Role.DATE_TEXT) == "Tirsdag 24. november 2026"
    assert index.data(Role.SHARE_TEXT) == "40 %"
    assert "40 % ledelse" in index.data()
    model.set_language(EN)
    assert index.data(Role.DATE_TEXT) == "Tuesday 24 November 2026"
    assert index.data(Role.SHARE_TEXT) == "40%"
    assert "40% leadership" in index.data()
