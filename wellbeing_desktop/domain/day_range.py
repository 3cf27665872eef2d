"""The days the app accepts anywhere: from ``EARLIEST_DAY`` to ``LATEST_DAY``.

Every date a user gives (each command-line option, the import's dates, the GUI's date
pickers) is checked against this one range. The floor is the start of 1970: no journal
holds a working day before it, and 1900 (the floor before) only invited typing slips.
The ceiling is a fixed date, not "today + N years", so a command means the same on any
day: the end of 2099, far beyond any day a journal holds (a day log is never ahead, a 1:1
at most a year), and so far below ``date.max`` that no period a report adds to or takes
from a date (a baseline before it, a week, month or year around it) can overflow.
"""

from __future__ import annotations

from datetime import date

from wellbeing_desktop.domain import messages as msg
from wellbeing_desktop.domain.errors import Message, ValidationError

EARLIEST_DAY = date(1970, 1, 1)
LATEST_DAY = date(2099, 12, 31)

# What a refused date is told: "a day from 1970-01-01 to 2099-12-31".
DAY_RANGE = Message(
    msg.DAY_BETWEEN, earliest=EARLIEST_DAY.isoformat(), latest=LATEST_DAY.isoformat()
)


def check_day_range(field: str, day: date, shown: str | None = None) -> date:
    """``day`` when it is in the accepted range, else a ValidationError naming ``field``.

    Args:
        field: the field or option the day was given for (``from``, ``date`` …).
        day: the day to check.
        shown: the text the user typed, echoed in the message (default: the ISO date).

    Raises:
        ValidationError: ``day`` is before ``EARLIEST_DAY`` or after ``LATEST_DAY``.
    """
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValidationError(field, shown if shown is not None else day.isoformat(), DAY_RANGE)
    return day
