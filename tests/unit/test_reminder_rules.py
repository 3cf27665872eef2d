"""The daily reminder's rules: working days, the chosen time, once a day, not too late."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from wellbeing_desktop.domain.reminders import (
    LATE_LIMIT,
    is_working_day,
    next_reminder,
    reminder_due,
)

AT = time(17, 0)
THURSDAY = date(2026, 11, 26)
FRIDAY = date(2026, 11, 27)
SATURDAY = date(2026, 11, 28)
MONDAY = date(2026, 11, 30)


def at(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second)


def test_working_days_are_monday_to_friday() -> None:
    week = [date(2026, 11, 23 + offset) for offset in range(7)]
    assert [is_working_day(day) for day in week] == [True] * 5 + [False] * 2


@pytest.mark.parametrize(
    ("now", "last_shown", "due"),
    [
        (at(THURSDAY, 16, 59, 59), None, False),  # not before the time
        (at(THURSDAY, 17, 0), None, True),  # at the time
        (at(THURSDAY, 17, 30), date(2026, 11, 25), True),  # shown yesterday: due today
        (at(THURSDAY, 17, 30), THURSDAY, False),  # never twice a day
        (at(SATURDAY, 17, 0), None, False),  # not on a weekend
        (at(date(2026, 11, 29), 17, 0), None, False),  # Sunday
        (at(THURSDAY, 21, 0), None, True),  # woke from sleep within the limit
        (at(THURSDAY, 21, 0, 1), None, False),  # later than that: no reminder at night
    ],
)
def test_reminder_due(now: datetime, last_shown: date | None, due: bool) -> None:
    assert reminder_due(now, AT, last_shown) is due


def test_the_late_limit_is_four_hours() -> None:
    assert LATE_LIMIT.total_seconds() == 4 * 3600


@pytest.mark.parametrize(
    ("now", "last_shown", "expected"),
    [
        (at(THURSDAY, 9, 0), None, at(THURSDAY, 17, 0)),
        (at(THURSDAY, 17, 30), None, at(THURSDAY, 17, 30)),  # due now
        (at(THURSDAY, 17, 30), THURSDAY, at(FRIDAY, 17, 0)),
        (at(THURSDAY, 22, 0), None, at(FRIDAY, 17, 0)),  # today's is over
        (at(FRIDAY, 17, 5), FRIDAY, at(MONDAY, 17, 0)),  # over the weekend
        (at(SATURDAY, 12, 0), None, at(MONDAY, 17, 0)),
    ],
)
def test_next_reminder(now: datetime, last_shown: date | None, expected: datetime) -> None:
    assert next_reminder(now, AT, last_shown) == expected
    if expected == now:
        assert reminder_due(now, AT, last_shown)
