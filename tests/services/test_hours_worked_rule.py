"""The hours worked cover the categories' time, in every save (CLI and GUI alike).

A day stored before the rule still saves its other fields.
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


def test_each_save_refuses_hours_below_the_time_and_keeps_the_day(journal: Journal) -> None:
    journal.save_day(DayLog(day=DAY, minutes={"operations": 300}, hours_worked_minutes=360))
    stored = journal.day(DAY)
    assert stored is not None

    with pytest.raises(ValidationError, match="hours: '6:00'"):
        journal.update_day(DAY, DayChanges(minutes={"strategy": 90}))
    with pytest.raises(ValidationError, match="at least the time logged"):
        journal.save_day(dataclasses.replace(stored, hours_worked_minutes=200))
    with pytest.raises(ValidationError):
        journal.save_day_edit(stored, dataclasses.replace(stored, minutes={"operations": 400}))

    assert journal.day(DAY) == stored


def test_an_old_day_with_fewer_hours_still_saves_its_reflection(journal: Journal) -> None:
    journal.import_content(JournalContent(days=(OLD,)))  # as stored before the rule

    journal.update_day(DAY, DayChanges(reflection="Efter, fra terminalen."))
    loaded = journal.day(DAY)
    assert loaded is not None
    merged = journal.save_day_edit(loaded, dataclasses.replace(loaded, reflection="I appen."))

    assert merged.day.reflection == "I appen."
    assert merged.day.hours_worked_minutes == 420
    with pytest.raises(ValidationError):  # but more time on it is refused
        journal.update_day(DAY, DayChanges(minutes={"operations": 540}))
