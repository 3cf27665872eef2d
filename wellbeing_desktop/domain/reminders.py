"""When the daily reminder is due: working days, the chosen time, at most once a day.

Pure rules over plain dates and times (local, naive), so they can be tested without a
clock or a timer. The GUI's scheduler (``ui/reminder.py``) asks them on every tick.

Decisions (issue #8 is silent on them):
- Working days are Monday to Friday; there is no setting for them.
- A reminder missed while the computer slept (or the app was not running yet) still comes
  when it wakes or starts, but only within ``LATE_LIMIT`` of the chosen time: a
  "time for today's reflection" late at night would be noise.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

WORKING_DAYS = frozenset({0, 1, 2, 3, 4})  # date.weekday(): Monday is 0
LATE_LIMIT = timedelta(hours=4)
_LOOK_AHEAD_DAYS = 8  # always reaches the next working day


def is_working_day(day: date) -> bool:
    return day.weekday() in WORKING_DAYS


def reminder_due(now: datetime, at: time, last_shown: date | None) -> bool:
    """True when the reminder for ``now``'s day should be given now.

    ``last_shown`` is the day the reminder was last given (or settled): never twice a day.
    """
    today = now.date()
    if last_shown == today or not is_working_day(today):
        return False
    moment = datetime.combine(today, at)
    return moment <= now <= moment + LATE_LIMIT


def next_reminder(now: datetime, at: time, last_shown: date | None) -> datetime:
    """The first moment, at or after ``now``, when ``reminder_due`` becomes true."""
    for offset in range(_LOOK_AHEAD_DAYS):
        day = now.date() + timedelta(days=offset)
        if day == last_shown or not is_working_day(day):
            continue
        moment = datetime.combine(day, at)
        if now > moment + LATE_LIMIT:
            continue  # today's is over
        return max(moment, now)
    raise AssertionError("a week always has a working day")  # pragma: no cover
