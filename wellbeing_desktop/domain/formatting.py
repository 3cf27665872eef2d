"""Dates and numbers as Danish and English readers write them, without any locale installed.

Danish: ``26. november 2026``, ``26. nov.``, decimal comma, ``31 %``. English:
``26 November 2026``, ``26 Nov``, decimal point, ``31%``. Rounding is Python's own
format rounding, the same the command line's ``stats`` uses, so figures agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.language import Language

if TYPE_CHECKING:
    from datetime import date, datetime

_MONTHS_DA = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SHORT_DA = (
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)


def long_date(day: date, language: Language) -> str:
    """``26. november 2026`` / ``26 November 2026``."""
    if language is Language.DANISH:
        return f"{day.day}. {_MONTHS_DA[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def short_date(day: date, language: Language, *, year: bool = False) -> str:
    """``26. nov.`` / ``26 Nov``; with ``year``: ``26. nov. 2026`` / ``26 Nov 2026``."""
    if language is Language.DANISH:
        text = f"{day.day}. {_SHORT_DA[day.month - 1]}"
    else:
        text = f"{day.day} {_MONTHS_EN[day.month - 1][:3]}"
    return f"{text} {day.year}" if year else text


def period_date(day: date, start: date, end: date, language: Language) -> str:
    """``day`` as a short date in a report of ``[start, end]``: with its year when needed.

    The year is written when the period spans more than one calendar year, or ``day`` is
    in another year than the period (a topic raised the year before): ``14. dec. 2025``.
    """
    year = start.year != end.year or day.year != end.year
    return short_date(day, language, year=year)


def month_name(month: int, language: Language, *, short: bool = False) -> str:
    """``november``/``nov.`` or ``November``/``Nov`` for a month 1..12."""
    if language is Language.DANISH:
        return _SHORT_DA[month - 1] if short else _MONTHS_DA[month - 1]
    name = _MONTHS_EN[month - 1]
    return name[:3] if short else name


def period_text(start: date, end: date, language: Language) -> str:
    """``1.–26. november 2026``, ``28. oktober – 26. november 2026`` or across years.

    English: ``1–26 November 2026``, ``28 October – 26 November 2026``.
    """
    if start == end:
        return long_date(start, language)
    if start.year != end.year:
        return f"{long_date(start, language)} – {long_date(end, language)}"
    if start.month != end.month:
        if language is Language.DANISH:
            first = f"{start.day}. {_MONTHS_DA[start.month - 1]}"
        else:
            first = f"{start.day} {_MONTHS_EN[start.month - 1]}"
        return f"{first} – {long_date(end, language)}"
    if language is Language.DANISH:
        return f"{start.day}.–{long_date(end, language)}"
    return f"{start.day}–{long_date(end, language)}"


def made_at_text(moment: datetime, language: Language) -> str:
    """``26. november 2026 kl. 17.30`` / ``26 November 2026, 17:30``."""
    if language is Language.DANISH:
        return f"{long_date(moment.date(), language)} kl. {moment:%H.%M}"
    return f"{long_date(moment.date(), language)}, {moment:%H:%M}"


def number(value: float, language: Language, decimals: int = 1) -> str:
    """``2,4`` / ``2.4`` with the given number of decimals."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language is Language.DANISH else text


def percent(fraction: float, language: Language) -> str:
    """A 0..1 fraction as whole percent: ``31 %`` / ``31%``."""
    whole = f"{100 * fraction:.0f}"
    return f"{whole} %" if language is Language.DANISH else f"{whole}%"


def whole_percent(value: int, language: Language) -> str:
    """An already whole percentage, e.g. a target: ``40 %`` / ``40%``."""
    return f"{value} %" if language is Language.DANISH else f"{value}%"


def hours(value: float, language: Language) -> str:
    """``41,5 t`` / ``41.5 h`` (one decimal)."""
    unit = "t" if language is Language.DANISH else "h"
    return f"{number(value, language)} {unit}"


def norm_hours(value: float, language: Language) -> str:
    """A norm as typed: ``37 t`` or ``37,5 t`` (no trailing ``,0``)."""
    unit = "t" if language is Language.DANISH else "h"
    text = f"{value:g}"
    if language is Language.DANISH:
        text = text.replace(".", ",")
    return f"{text} {unit}"


def grouped(value: int, language: Language) -> str:
    """A whole number with thousands grouped: ``1.440`` / ``1,440`` (as Qt's da_DK, en_GB)."""
    text = f"{value:,}"
    return text.replace(",", ".") if language is Language.DANISH else text


def first_line(text: str, limit: int) -> str:
    """The first line of a text, shortened with … past ``limit`` characters.

    Empty lines are passed over, and so are an import's time headings ("— 07.45 —"): an
    imported day's first line is what was written, not when.
    """
    # Here, not at the top: numbers and dates (``show``'s lines) need no imported entries.
    from wellbeing_desktop.domain.foreign_entries import is_time_heading

    line = next(
        (ln.strip() for ln in text.splitlines() if ln.strip() and not is_time_heading(ln)), ""
    )
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
