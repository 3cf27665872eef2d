"""The hours worked cover the categories' time, in every save (CLI and GUI alike).

Hours given in the same input below that time are refused; time that grows past the
stored hours (no new hours given) is saved and raises them. A day stored before the rule
still saves its other fields as it is.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import DayChanges, DayLog, JournalContent

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal

DAY = date(2025, 3, 4)
OLD = DayLog(day=DAY, minutes={"operations": 510}, hours_worked_minutes=420, reflection="Før.")
STATED = DayLog(day=DAY, minutes={"operations": 300}, hours_worked_minutes=360)


def test_hours_given_below_the_time_are_refused_and_keep_the_day(journal: Journal) -> None:
    stored = journal.save_day(STATED)

    with pytest.raises(ValidationError, match="hours: '5:30'"):
        journal.update_day(DAY, DayChanges(minutes={"strategy": 90}, hours_worked_minutes=330))
    with pytest.raises(ValidationError, match="at least the time logged"):
        journal.save_day(dataclasses.replace(stored, hours_worked_minutes=200))
    with pytest.raises(ValidationError):
        journal.log_day(DAY, DayChanges(hours_worked_minutes=299))
    with pytest.raises(ValidationError):  # a new day with both, the one below the other
        journal.save_day(
            DayLog(day=date(2025, 3, 5), minutes={"strategy": 60}, hours_worked_minutes=30)
        )

    assert journal.day(DAY) == stored
    assert journal.day(date(2025, 3, 5)) is None


def test_time_past_the_stored_hours_is_saved_and_raises_them(journal: Journal) -> None:
    stored = journal.save_day(STATED)

    logged = journal.log_day(DAY, DayChanges(minutes={"strategy": 90}))
    assert (logged.hours_raised_from, logged.day.hours_worked_minutes) == (360, 390)
    edit = journal.save_day_edit(stored, dataclasses.replace(stored, minutes={"operations": 420}))
    assert edit.hours_raised_from == 390
    assert edit.day.minutes == {"operations": 420, "strategy": 90}
    assert edit.day.hours_worked_minutes == 510
    whole = journal.save_day(dataclasses.replace(edit.day, minutes={"operations": 540}))
    assert whole.hours_worked_minutes == 540  # the same hours as stored: not given

    assert journal.day(DAY) == whole
    # Hours that were the categories' time follow it down (a typo corrected in Today,
    # which shows no hours, must not leave them inflated), and that is no news.
    corrected = journal.log_day(DAY, DayChanges(minutes={"operations": 60}))
    assert (corrected.hours_raised_from, corrected.day.hours_worked_minutes) == (None, 60)
    # Hours above the categories' time were stated: less time keeps them.
    journal.update_day(DAY, DayChanges(hours_worked_minutes=480))
    kept = journal.log_day(DAY, DayChanges(minutes={"operations": 30}))
    assert (kept.hours_raised_from, kept.day.hours_worked_minutes) == (None, 480)


def test_a_typo_raised_in_today_and_corrected_leaves_the_hours_as_they_were_meant(
    journal: Journal,
) -> None:
    stored = journal.save_day(STATED)  # 5 h of operations, 6 h worked
    typo = journal.save_day_edit(stored, dataclasses.replace(stored, minutes={"operations": 1020}))
    assert typo.day.hours_worked_minutes == 1020  # 17 h: raised to cover it

    fixed = journal.save_day_edit(
        typo.day, dataclasses.replace(typo.day, minutes={"operations": 420})
    )

    assert fixed.day.hours_worked_minutes == 420
    assert journal.day(DAY) == fixed.day


def test_the_stored_hours_changed_elsewhere_are_raised_not_refused(journal: Journal) -> None:
    base = journal.save_day(STATED)
    journal.update_day(DAY, DayChanges(hours_worked_minutes=320))  # the CLI, meanwhile

    merge = journal.save_day_edit(base, dataclasses.replace(base, minutes={"operations": 400}))

    assert merge.day.minutes == {"operations": 400}
    assert (merge.hours_raised_from, merge.day.hours_worked_minutes) == (320, 400)


def test_an_old_day_with_fewer_hours_still_saves_its_reflection(journal: Journal) -> None:
    journal.import_content(JournalContent(days=(OLD,)))  # as stored before the rule

    journal.update_day(DAY, DayChanges(reflection="Efter, fra terminalen."))
    loaded = journal.day(DAY)
    assert loaded is not None
    merged = journal.save_day_edit(loaded, dataclasses.replace(loaded, reflection="I appen."))

    assert merged.day.reflection == "I appen."
    assert merged.day.hours_worked_minutes == 420
    assert merged.hours_raised_from is None
    # More time on it raises its hours to that time.
    assert (
        journal.update_day(DAY, DayChanges(minutes={"operations": 540})).hours_worked_minutes == 540
    )
