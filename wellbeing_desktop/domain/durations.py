"""Typed durations and dates as people write them (``2h30``, ``2t30``, ``1,5``, ``i går``)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import messages as msg
from wellbeing_desktop.domain.day_range import check_day_range
from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.domain.language import Language

if TYPE_CHECKING:
    from fractions import Fraction

MINUTES_PER_DAY = 24 * 60

_DURATION_HELP = msg.DURATION

# re.ASCII: only 0-9 count as digits (int() would happily read Arabic-Indic digits too).
# Digit runs are capped so int() never sees a number long enough to be slow or to trip
# Python's int-from-string limit; anything longer is garbage anyway.
_INT = r"[0-9]{1,5}"
_DEC = rf"{_INT}(?:[.,][0-9]{{1,4}})?"
_HOURS_UNIT = r"(?:h|t)"
_MIN_UNIT = r"(?:m|min)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.ASCII | re.IGNORECASE))
    for name, pattern in (
        ("minutes", rf"(?P<m>{_INT})\s*(?:{_MIN_UNIT})?"),
        ("decimal_hours", rf"(?P<h>{_INT}[.,][0-9]{{1,4}})"),
        ("clock", rf"(?P<h>{_INT}):(?P<m>[0-9]{{2}})"),
        ("hours_minutes", rf"(?P<h>{_INT})\s*{_HOURS_UNIT}\s*(?P<m>{_INT})\s*(?:{_MIN_UNIT})?"),
        ("hours", rf"(?P<h>{_DEC})\s*{_HOURS_UNIT}"),
    )
)


def parse_duration(text: str, field: str) -> int:
    """Minutes from a typed duration; case and spaces around units do not matter.

    Accepted forms: ``5h``, ``2h30m``, ``2h30``, ``2t30`` and ``1,5t`` (Danish *t* for
    *timer*), ``1.5h``, ``2:30``, ``90m``. A bare whole number is **minutes** (``150``);
    a bare decimal number is **hours** (``1,5`` or ``1.5``), so neither form is ambiguous.
    Decimal hours are rounded to the nearest minute (half up). The minutes after hours
    (``2h30``, ``2:30``) must be below 60.

    Raises:
        ValidationError: naming ``field``, for empty or unreadable text, a negative
            duration (its own words: 0 or more) or a duration over 24 h.
    """
    # Here, not at the top: ``show`` and the dates of every command need no fractions.
    from fractions import Fraction

    cleaned = text.strip()
    if cleaned.startswith(("-", "\u2212")):  # a hyphen or a typographic minus
        raise ValidationError(field, _shown(text), msg.NOT_NEGATIVE)
    for name, pattern in _PATTERNS:
        match = pattern.fullmatch(cleaned)
        if match is None:
            continue
        groups = match.groupdict()
        hours = Fraction(groups["h"].replace(",", ".")) if groups.get("h") else Fraction(0)
        minutes = int(groups["m"]) if groups.get("m") else 0
        if name in ("clock", "hours_minutes") and minutes >= 60:
            raise ValidationError(field, _shown(text), msg.MINUTES_BELOW_60)
        total = _round_half_up(hours * 60) + minutes
        if total > MINUTES_PER_DAY:
            raise ValidationError(field, _shown(text), msg.AT_MOST_24_H)
        return total
    raise ValidationError(field, _shown(text), _DURATION_HELP)


# A bare whole number up to this reads as hours to most people ("--hours 8"), though the
# rule makes it minutes: where nothing shows what was stored (the command line), ask.
AMBIGUOUS_UP_TO = 24


def parse_typed_duration(text: str, field: str) -> int:
    """``parse_duration`` for a value typed where the result is not shown back (the CLI).

    A bare whole number from 1 to 24 (``--hours 8``) is refused, asking for a unit: by
    the rule it is minutes, but it is far more often meant as hours.

    Raises:
        ValidationError: as ``parse_duration``, and for such a bare number.
    """
    cleaned = text.strip()
    if cleaned.isascii() and cleaned.isdigit() and 1 <= int(cleaned) <= AMBIGUOUS_UP_TO:
        raise ValidationError(field, _shown(text), Message(msg.BARE_NUMBER, n=int(cleaned)))
    return parse_duration(text, field)


def _round_half_up(value: Fraction) -> int:
    # round() on a Fraction rounds half to even (2.5 min -> 2): half up is what people
    # expect when they type 0.0125h. The value is never negative here.
    from fractions import Fraction  # loaded by now: only parse_duration calls this

    return int(value + Fraction(1, 2))


def _shown(text: str) -> str:
    # Echo what was typed so it can be corrected, but never a pasted paragraph.
    return text if len(text) <= 40 else text[:40] + "…"


def format_duration(minutes: int, language: Language) -> str:
    """``7 t 45 min`` (Danish) or ``7 h 45 m`` (English); zero parts are left out, 0 is ``0 min``.

    Totals over 24 h are fine here (a week's hours); the output parses back with
    :func:`parse_duration` as long as it is at most 24 h.

    Raises:
        ValueError: ``minutes`` is negative (a bug, not user input).
    """
    if minutes < 0:
        raise ValueError(f"negative duration: {minutes}")
    hours, rest = divmod(minutes, 60)
    # Danish writes minutes "min" (Retskrivningsordbogen), never "m" (metres).
    unit, minute = ("t", "min") if language is Language.DANISH else ("h", "m")
    if hours and rest:
        return f"{hours} {unit} {rest} {minute}"
    if hours:
        return f"{hours} {unit}"
    return f"{rest} {minute}"


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_TODAY = frozenset({"today", "i dag", "idag"})
_YESTERDAY = frozenset({"yesterday", "i går", "igår", "i gaar", "igaar"})


def parse_day(text: str, *, today: date, field: str = "date") -> date:
    """A date from ``YYYY-MM-DD``, ``today``/``i dag`` or ``yesterday``/``i går``.

    Only the strict ISO form is read (``date.fromisoformat`` alone would also take
    ``20261124`` or week dates, which nobody means to type). The day must lie in the
    app's range (``domain.day_range``: 1970-01-01 to 2099-12-31), so no period reckoned
    from it can overflow; whether it is allowed for what it is given to (not in the
    future, …) is the validator's business.

    Raises:
        ValidationError: naming ``field``, for anything else, an impossible date or a day
            outside the range.
    """
    word = " ".join(text.split()).casefold()
    if word in _TODAY:
        return check_day_range(field, today)
    if word in _YESTERDAY:
        return check_day_range(field, today - timedelta(days=1))
    if _ISO_DATE.fullmatch(word):
        try:
            day = date.fromisoformat(word)
        except ValueError:
            pass  # 2026-02-30 and friends: same answer as any other bad text
        else:
            return check_day_range(field, day, _shown(text))
    raise ValidationError(field, _shown(text), msg.DAY_WORDS)
