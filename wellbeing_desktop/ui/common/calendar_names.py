"""Names a screen reader hears for the parts of a month calendar, in the session's language.

Qt's calendar leaves its parts unnamed: the previous and next month buttons (arrows),
the year field, the table of days and the calendar itself. The month and year buttons
say only "december" and "2026". Each part is named here, and the month, the year and
the table again when another month is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemView, QSpinBox, QToolButton, QWidget

from wellbeing_desktop.ui.common.locale_format import locale
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

    from wellbeing_desktop.domain.models import Language

CALENDAR: Message = translatable("calendar_names", "Calendar")
PREVIOUS_MONTH: Message = translatable("calendar_names", "Previous month")
NEXT_MONTH: Message = translatable("calendar_names", "Next month")
MONTH: Message = translatable("calendar_names", "Month: {month}")
YEAR: Message = translatable("calendar_names", "Year: {year}")
YEAR_FIELD: Message = translatable("calendar_names", "Year")
DAYS: Message = translatable("calendar_names", "Days of {month}")

_DEFAULT = "leaderpulseDefaultName"  # the calendar's own name, when we gave it


def name_calendar(calendar: QCalendarWidget, language: Language) -> None:
    """Name the calendar's parts for the month it shows (again after each page change)."""
    year, month = calendar.yearShown(), calendar.monthShown()
    language_locale = locale(language)
    first = QDate(year, month, 1)
    month_name = language_locale.standaloneMonthName(month)  # "marts" mid-sentence
    parts: dict[str, tuple[type[QWidget], str]] = {
        "qt_calendar_prevmonth": (QToolButton, tr(PREVIOUS_MONTH, language)),
        "qt_calendar_nextmonth": (QToolButton, tr(NEXT_MONTH, language)),
        "qt_calendar_monthbutton": (QToolButton, tr(MONTH, language).format(month=month_name)),
        "qt_calendar_yearbutton": (QToolButton, tr(YEAR, language).format(year=year)),
        "qt_calendar_yearedit": (QSpinBox, tr(YEAR_FIELD, language)),
        "qt_calendar_calendarview": (
            QAbstractItemView,
            tr(DAYS, language).format(month=language_locale.toString(first, "MMMM yyyy")),
        ),
    }
    for object_name, (kind, name) in parts.items():
        part = calendar.findChild(kind, object_name)
        if part is not None and part.accessibleName() != name:
            part.setAccessibleName(name)
    # The calendar itself: its owner's name if it gave one (the Journal's), else ours.
    own = calendar.accessibleName()
    given = calendar.property(_DEFAULT)
    if not own or own == given:
        name = tr(CALENDAR, language)
        calendar.setAccessibleName(name)
        calendar.setProperty(_DEFAULT, name)
