"""Every date picker: the app's look, no red weekends, Monday first, no day the domain refuses."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCalendarWidget

from tests.conftest import FIXED_NOW
from wellbeing_desktop.domain.day_range import EARLIEST_DAY, LATEST_DAY
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.common.date_picker import style_calendar
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.style import ACCENT, stylesheet
from wellbeing_desktop.ui.journal.journal_calendar import JournalCalendar
from wellbeing_desktop.ui.sparring.sparring_form import DateField
from wellbeing_desktop.ui.today.date_header import DateHeader
from wellbeing_desktop.ui.trends import trends_controls

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

TODAY = FIXED_NOW.date()  # Thursday 26 November 2026
WEEKEND = (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)


def _plain_weekends(calendar: QCalendarWidget) -> None:
    """Saturday and Sunday read exactly as a Wednesday does (Qt's default is red)."""
    wednesday = calendar.weekdayTextFormat(Qt.DayOfWeek.Wednesday).foreground().color()
    assert wednesday == calendar.palette().color(QPalette.ColorRole.Text)
    for day in WEEKEND:
        assert calendar.weekdayTextFormat(day).foreground().color() == wednesday
        assert calendar.weekdayTextFormat(day).foreground().color() != QColor(Qt.GlobalColor.red)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_a_plain_qt_calendar_paints_weekends_red_and_the_helper_makes_them_plain(
    qtbot: QtBot,
) -> None:
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    saturday = calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color()
    assert saturday == QColor(Qt.GlobalColor.red)  # what the helper is there for

    style_calendar(calendar, Language.DANISH, latest=TODAY)
    _plain_weekends(calendar)
    assert calendar.maximumDate() == to_qdate(TODAY)
    assert calendar.minimumDate() == to_qdate(EARLIEST_DAY)
    assert calendar.palette().color(QPalette.ColorRole.Highlight) == QColor(ACCENT)
    assert calendar.locale().name() == "da_DK"
    assert calendar.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers

    # A new scheme (a palette change) keeps the weekends plain in the new text colour.
    dark = calendar.palette()
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8e6e3"))
    calendar.setPalette(dark)
    _plain_weekends(calendar)
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() == QColor("#e8e6e3")


def test_under_the_apps_style_sheet_a_calendar_settles_in_both_schemes(qtbot: QtBot) -> None:
    """Setting the calendar's own style sheet sends a palette change: it must not loop."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        for dark in (False, True):
            app.setStyleSheet(stylesheet(dark=dark))
            for calendar in (QCalendarWidget(), JournalCalendar()):
                qtbot.addWidget(calendar)
                style_calendar(calendar, Language.DANISH)
                calendar.show()
                QApplication.processEvents()
                _plain_weekends(calendar)
    finally:
        app.setStyleSheet("")


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup on offscreen
def test_todays_calendar_offers_no_day_after_today(qtbot: QtBot) -> None:
    header = DateHeader()
    qtbot.addWidget(header)
    header.retranslate(Language.DANISH)
    header.set_day(TODAY - timedelta(days=3), TODAY)
    header.show()
    header.open_calendar()
    calendar = header.calendar.calendar
    qtbot.waitUntil(header.calendar.isVisible)
    assert calendar.maximumDate() == to_qdate(TODAY)
    assert calendar.selectedDate() == to_qdate(TODAY - timedelta(days=3))
    _plain_weekends(calendar)
    assert calendar.locale().name() == "da_DK"

    # Tomorrow looks unavailable (Qt would paint it like any other day).
    tomorrow = calendar.dateTextFormat(to_qdate(TODAY + timedelta(days=1))).foreground().color()
    wednesday = calendar.weekdayTextFormat(Qt.DayOfWeek.Wednesday).foreground().color()
    assert tomorrow.alpha() < 255
    assert tomorrow.rgb() != wednesday.rgb()
    assert calendar.dateTextFormat(to_qdate(TODAY)).foreground().style() == Qt.BrushStyle.NoBrush

    calendar.setSelectedDate(to_qdate(TODAY + timedelta(days=1)))  # held at today
    assert calendar.selectedDate() == to_qdate(TODAY)
    header.calendar.hide()


def test_the_journal_calendar_has_plain_weekends_in_both_languages(qtbot: QtBot) -> None:
    calendar = JournalCalendar()
    qtbot.addWidget(calendar)
    for language in (Language.ENGLISH, Language.DANISH):
        calendar.set_language(language)
        _plain_weekends(calendar)


def test_the_custom_range_fields_share_the_look_and_stop_at_today(qtbot: QtBot) -> None:
    edits = (trends_controls.date_field(), trends_controls.date_field())
    for edit in edits:
        qtbot.addWidget(edit)
        edit.setMaximumDate(to_qdate(TODAY))
    trends_controls.style_calendars(edits, Language.ENGLISH)
    for edit in edits:
        calendar = edit.calendarWidget()
        _plain_weekends(calendar)
        assert calendar.maximumDate() == to_qdate(TODAY)
        edit.setDate(to_qdate(date(2030, 1, 1)))
        assert edit.date() == to_qdate(TODAY)


def test_a_date_field_without_a_latest_day_stops_at_the_apps_range(qtbot: QtBot) -> None:
    """A 1:1's date may lie ahead, but not past 2099-12-31 (domain.day_range)."""
    field = DateField()
    qtbot.addWidget(field)
    field.set_language(Language.DANISH)
    assert field.minimumDate() == to_qdate(EARLIEST_DAY)
    assert field.maximumDate() == to_qdate(LATEST_DAY)
    assert field.calendarWidget().maximumDate() == to_qdate(LATEST_DAY)
    field.setDate(to_qdate(date(9999, 12, 31)))
    assert field.day() == LATEST_DAY
    # A latest day set for the field stays when the language changes.
    field.set_latest(TODAY)
    field.set_language(Language.ENGLISH)
    assert field.maximumDate() == to_qdate(TODAY)
    calendar = JournalCalendar()
    qtbot.addWidget(calendar)
    assert calendar.maximumDate() <= to_qdate(LATEST_DAY)
    assert calendar.minimumDate() == to_qdate(EARLIEST_DAY)
