"""Dates, numbers, durations and week numbers as the session's language writes them.

Every figure the GUI shows goes through the ``QLocale`` of the session language
(``qt_locale``: da_DK or en_GB), so Danish reads ``uge 47``, ``24. nov. 2026`` and ``7,5``
and English ``week 47``, ``24 Nov 2026`` and ``7.5``, without a table of month names or a
branch on the language. The date patterns come from the locale's own long date format,
without its ``den`` and its comma, the way UX.md writes a date ("Tirsdag 24. november
2026", "Tuesday 24 November 2026"). Only words (a unit, "week") are translatable texts.

The CLI and the reports never load Qt; they format with ``domain.formatting``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.translation import Message, qt_locale, tr, translatable

if TYPE_CHECKING:
    from datetime import date, datetime, time

    from wellbeing_desktop.domain.models import Language

WEEK: Message = translatable("locale_format", "week {week}")
HOURS: Message = translatable("locale_format", "{hours} h")
HOURS_MINUTES: Message = translatable("locale_format", "{hours} h {minutes} m")
MINUTES: Message = translatable("locale_format", "{minutes} m")
SPIN: Message = translatable("locale_format", "{hours} h {minutes}")
# A Qt date-time pattern, translated as Qt suggests for patterns with words in them.
DATE_TIME_PATTERN: Message = translatable("locale_format", "d MMM yyyy, HH:mm")

_QUOTED = re.compile(r"'[^']*'")
_TIME_PATTERN = "HH:mm"  # "Gemt 17:32" (UX.md): 24 hours with a colon in both languages
# CLDR writes a percentage with a space before the sign in these languages ("40 %", as
# UX.md writes Danish); Qt knows the sign (QLocale.percent) but not where it goes.
_SPACED_PERCENT = frozenset(
    {
        QLocale.Language.Danish,
        QLocale.Language.Finnish,
        QLocale.Language.French,
        QLocale.Language.German,
        QLocale.Language.NorwegianBokmal,
        QLocale.Language.Swedish,
    }
)


def locale(language: Language) -> QLocale:
    """The locale of ``language`` (a new object: callers may change its options)."""
    return qt_locale(language)


@cache
def _date_tokens(language: Language) -> tuple[str, ...]:
    """The locale's long date pattern in pieces: ``dddd``, ``d.``, ``MMMM``, ``yyyy``."""
    pattern = locale(language).dateFormat(QLocale.FormatType.LongFormat)
    pattern = _QUOTED.sub(" ", pattern).replace(",", " ")
    return tuple(pattern.split())


def _pattern(language: Language, *, weekday: bool, year: bool, short_month: bool) -> str:
    tokens = []
    for token in _date_tokens(language):
        if token.startswith("dddd") and not weekday:
            continue
        if "y" in token and not year:
            continue
        tokens.append(token.replace("MMMM", "MMM") if short_month else token)
    return " ".join(tokens)


def _day_pattern(language: Language) -> str:
    """The day of the month alone, with the locale's mark: ``d.`` (Danish) or ``d``."""
    for token in _date_tokens(language):
        if token.startswith("d") and not token.startswith("ddd"):
            return token
    return "d"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def long_date(day: date, language: Language, *, weekday: bool = True, year: bool = True) -> str:
    """``Tirsdag 24. november 2026`` / ``Tuesday 24 November 2026``."""
    pattern = _pattern(language, weekday=weekday, year=year, short_month=False)
    return capitalised(locale(language).toString(to_qdate(day), pattern))


def short_date(day: date, language: Language, *, year: bool = True) -> str:
    """``24. nov. 2026`` / ``24 Nov 2026`` (``24. nov.`` / ``24 Nov`` without the year)."""
    pattern = _pattern(language, weekday=False, year=year, short_month=True)
    return locale(language).toString(to_qdate(day), pattern)


def date_span(start: date, end: date, language: Language, *, years: bool = True) -> str:
    """``23.–29. nov.`` / ``23–29 Nov``; both months or both years when they differ.

    ``years=False`` leaves the years out where the caller names them (a week's label).
    """
    if start == end:
        return short_date(start, language, year=False)
    if start.year != end.year and years:
        return f"{short_date(start, language)} – {short_date(end, language)}"
    if start.month != end.month:
        first = short_date(start, language, year=False)
        return f"{first} – {short_date(end, language, year=False)}"
    first = locale(language).toString(to_qdate(start), _day_pattern(language))
    return f"{first}–{short_date(end, language, year=False)}"


def month_short(month: int, language: Language) -> str:
    """``nov.`` / ``Nov``."""
    return locale(language).standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def month_year(year: int, month: int, language: Language) -> str:
    """``November 2026`` in both languages (a heading)."""
    return capitalised(locale(language).toString(QDate(year, month, 1), "MMMM yyyy"))


def weekday_short(weekday: int, language: Language) -> str:
    """``man.``, ``tirs.`` … / ``Mon``, ``Tue`` … for a Python weekday (Monday is 0)."""
    return locale(language).standaloneDayName(weekday + 1, QLocale.FormatType.ShortFormat)


def iso_week(day: date) -> tuple[int, int]:
    """The ISO week number of ``day`` and the year it belongs to (Qt's ``weekNumber``)."""
    week, year = to_qdate(day).weekNumber()
    return week, year


def week_text(day: date, language: Language) -> str:
    """``uge 47`` / ``week 47``: the ISO week of ``day``."""
    return tr(WEEK, language).format(week=locale(language).toString(iso_week(day)[0]))


def number(value: float, language: Language, decimals: int = 1) -> str:
    """``7,5`` (Danish) or ``7.5`` (English); whole numbers without decimals."""
    rounded = round(value, decimals)
    if float(rounded).is_integer():
        return locale(language).toString(int(rounded))
    return locale(language).toString(float(rounded), "f", decimals)


def whole_percent(value: int, language: Language) -> str:
    """``40 %`` (Danish, UX.md) / ``40%`` (English)."""
    numbers = locale(language)
    space = " " if numbers.language() in _SPACED_PERCENT else ""
    return f"{numbers.toString(value)}{space}{numbers.percent()}"


def percent_text(fraction: float, language: Language) -> str:
    """A 0..1 share as a whole percentage: ``31 %`` / ``31%``."""
    return whole_percent(round(fraction * 100), language)


def duration_text(minutes: int, language: Language) -> str:
    """``7 t 45 m`` / ``7 h 45 m`` (UX.md); zero parts are left out, nothing is ``0 m``.

    Raises:
        ValueError: ``minutes`` is negative (a bug, not user input).
    """
    if minutes < 0:
        raise ValueError(f"negative duration: {minutes}")
    hours, rest = divmod(minutes, 60)
    numbers = locale(language)
    if hours and rest:
        message = tr(HOURS_MINUTES, language)
        return message.format(hours=numbers.toString(hours), minutes=numbers.toString(rest))
    if hours:
        return tr(HOURS, language).format(hours=numbers.toString(hours))
    return tr(MINUTES, language).format(minutes=numbers.toString(rest))


def clock_text(minutes: int, language: Language) -> str:
    """``2 t 30`` / ``2 h 30``: hours and two-digit minutes, as a duration box shows them."""
    hours, rest = divmod(minutes, 60)
    numbers = locale(language)
    two_digits = numbers.toString(rest).rjust(2, numbers.zeroDigit())
    return tr(SPIN, language).format(hours=numbers.toString(hours), minutes=two_digits)


def time_text(moment: datetime | time, language: Language) -> str:
    """``17:32``."""
    return locale(language).toString(QTime(moment.hour, moment.minute), _TIME_PATTERN)


def date_time_text(moment: datetime, language: Language) -> str:
    """``26. nov. 2026 kl. 17:30`` / ``26 Nov 2026, 17:30``."""
    when = QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))
    return locale(language).toString(when, tr(DATE_TIME_PATTERN, language))


def short_date_pattern(language: Language) -> str:
    """The display format of a date box: ``d. MMM yyyy`` / ``d MMM yyyy``."""
    return _pattern(language, weekday=False, year=True, short_month=True)
