"""Every date picker's calendar looks and behaves the same way.

The app's accent for the chosen day, a quiet navigation bar, no red weekends (Qt paints
Saturday and Sunday red by default; a person's calendar needs no alarm colour), weeks
from Monday with ISO week numbers, the session's language, and the days the domain
accepts only: a day log or a sparring topic is never in the future, and no day is before
``EARLIEST_DAY`` or after ``LATEST_DAY`` (``domain.day_range``, as every other date check).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget

from wellbeing_desktop.domain.day_range import EARLIEST_DAY, LATEST_DAY
from wellbeing_desktop.ui.common.calendar_names import name_calendar
from wellbeing_desktop.ui.common.locale_format import locale
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.style import ACCENT, theme

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QDateEdit

    from wellbeing_desktop.domain.models import Language

_WEEKDAYS = (
    Qt.DayOfWeek.Monday,
    Qt.DayOfWeek.Tuesday,
    Qt.DayOfWeek.Wednesday,
    Qt.DayOfWeek.Thursday,
    Qt.DayOfWeek.Friday,
    Qt.DayOfWeek.Saturday,
    Qt.DayOfWeek.Sunday,
)
_KEEPER = "leaderpulseCalendarKeeper"


def calendar_style() -> str:
    """A quiet navigation bar (month and year as plain bold words) in the scheme's colours."""
    t = theme()
    return f"""
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: transparent; }}
QCalendarWidget QToolButton {{
    background: transparent; border: none; border-radius: 6px; color: {t.text};
    padding: 4px 8px; font-weight: 600;
}}
QCalendarWidget QToolButton:hover {{ background: rgba(61, 126, 166, 40); }}
QCalendarWidget QToolButton:focus {{ border: 1px solid {t.focus}; }}
QCalendarWidget QToolButton::menu-indicator {{ image: none; width: 0; }}
QCalendarWidget QSpinBox {{ color: {t.text}; background: {t.card}; }}
QCalendarWidget QAbstractItemView {{
    selection-background-color: {ACCENT}; selection-color: #ffffff;
}}
"""


def _plain_days(calendar: QCalendarWidget) -> None:
    """Every weekday in the normal text colour; the weekday names above them muted."""
    palette = calendar.palette()
    plain = QTextCharFormat()
    plain.setForeground(QBrush(palette.color(QPalette.ColorRole.Text)))
    for day in _WEEKDAYS:
        calendar.setWeekdayTextFormat(day, plain)
    header = QTextCharFormat()
    header.setForeground(QBrush(QColor(theme().muted)))
    calendar.setHeaderTextFormat(header)


def mark_unavailable(calendar: QCalendarWidget) -> None:
    """Grey out the days of the shown page that cannot be chosen (after the last one).

    Qt paints them like any other day; a calendar that sets its own day formats calls
    this again after clearing them.
    """
    last = calendar.maximumDate()
    year, month = calendar.yearShown(), calendar.monthShown()
    first_shown = QDate(year, month, 1).addDays(-7)
    faint = QTextCharFormat()
    colour = QColor(theme().muted)
    colour.setAlpha(150)
    faint.setForeground(QBrush(colour))
    for offset in range(7 * 8):  # the page's six weeks and a week either side
        day = first_shown.addDays(offset)
        if day > last:
            calendar.setDateTextFormat(day, faint)


class _Keeper(QObject):
    """Keeps the weekends plain when the scheme (and so the palette) changes."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._busy = False
        self.language: Language | None = None  # the parts' names are in this language

    def page_changed(self, calendar: QCalendarWidget) -> None:
        """Another month shown: grey the days ahead, name the month, year and days."""
        mark_unavailable(calendar)
        if self.language is not None:
            name_calendar(calendar, self.language)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.PaletteChange
            and isinstance(watched, QCalendarWidget)
            and not self._busy
        ):
            # A style sheet set anew sends another palette change: set it only when the
            # scheme changed it, and never from inside itself.
            self._busy = True
            try:
                _plain_days(watched)
                mark_unavailable(watched)
                restyled = calendar_style()
                if watched.styleSheet() != restyled:
                    watched.setStyleSheet(restyled)
            finally:
                self._busy = False
        return False


def style_calendar(
    calendar: QCalendarWidget,
    language: Language | None = None,
    *,
    latest: date | None = None,
    earliest: date | None = EARLIEST_DAY,
) -> None:
    """Make ``calendar`` look like the app's and offer only the days that may be chosen.

    Args:
        calendar: the calendar (a date field's pop-up or one on a page).
        language: month and weekday names, and the names a screen reader hears for the
            calendar's parts (``calendar_names``), in this language (None: leave them).
        latest: the last day that may be chosen (today for a day log); None: the limit
            set before, and never after ``LATEST_DAY``.
        earliest: the first day that may be chosen; None: no limit.

    Safe to call again (on a language change or a new day): it only sets values.
    """
    calendar.setGridVisible(False)
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
    if language is not None:
        calendar.setLocale(locale(language))
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # after the locale, which may say Sunday
    if earliest is not None:
        calendar.setMinimumDate(to_qdate(earliest))
    if latest is not None:
        calendar.setMaximumDate(to_qdate(latest))
    elif calendar.maximumDate() > to_qdate(LATEST_DAY):
        calendar.setMaximumDate(to_qdate(LATEST_DAY))
    keeper = calendar.findChild(_Keeper, _KEEPER)
    if keeper is None:
        palette = calendar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        calendar.setPalette(palette)
        keeper = _Keeper(calendar)
        keeper.setObjectName(_KEEPER)
        calendar.installEventFilter(keeper)
        calendar.currentPageChanged.connect(lambda _y, _m: keeper.page_changed(calendar))
    if language is not None:
        keeper.language = language
        name_calendar(calendar, language)
    restyled = calendar_style()
    if calendar.styleSheet() != restyled:
        calendar.setStyleSheet(restyled)
    _plain_days(calendar)
    mark_unavailable(calendar)


def style_date_edit(
    edit: QDateEdit,
    language: Language | None = None,
    *,
    latest: date | None = None,
    earliest: date | None = EARLIEST_DAY,
) -> None:
    """A date field's range and its pop-up calendar, as :func:`style_calendar` makes them.

    The field refuses what its calendar does not offer (typed dates included).
    """
    if earliest is not None:
        edit.setMinimumDate(to_qdate(earliest))
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    elif edit.maximumDate() > to_qdate(LATEST_DAY):
        edit.setMaximumDate(to_qdate(LATEST_DAY))
    edit.setCalendarPopup(True)
    style_calendar(edit.calendarWidget(), language, latest=latest, earliest=earliest)
