"""The three-way merge of a day edited in the GUI while another program changed it."""

from __future__ import annotations

from datetime import date

from wellbeing_desktop.domain.models import DayLog, ShareLevel, merge_day_edit

DAY = date(2026, 11, 24)


def merge_day(base: DayLog, edited: DayLog, current: DayLog) -> DayLog:
    """The merged day only (without the marked line's time)."""
    return merge_day_edit(base, edited, current, saved_elsewhere="— Saved elsewhere —").day


def test_the_users_changes_win_and_the_rest_keeps_the_current_values() -> None:
    base = DayLog(day=DAY, minutes={"operations": 60, "strategy": 30}, reflection="a", energy=3)
    edited = DayLog(day=DAY, minutes={"operations": 90, "strategy": 30}, reflection="a b", energy=3)
    current = DayLog(
        day=DAY,
        minutes={"operations": 60, "strategy": 45, "own_tasks": 15},
        reflection="a",
        energy=4,
        share=ShareLevel.COACH,
    )
    merged = merge_day(base, edited, current)
    assert merged.reflection == "a b"  # mine
    assert merged.energy == 4  # theirs: I did not touch it
    # The other program chose "coach" for the text "a"; the user wrote "a b" without
    # seeing that choice: the new words are not shared by it (issue #13, attack).
    assert merged.share is ShareLevel.PRIVATE
    assert merged.minutes == {"operations": 90, "strategy": 45, "own_tasks": 15}


def test_clearing_a_value_is_a_change_too() -> None:
    base = DayLog(day=DAY, minutes={"operations": 60}, stress_step=3)
    edited = DayLog(day=DAY, minutes={}, stress_step=None)
    merged = merge_day(base, edited, base)
    assert merged.stress_step is None
    assert merged.minutes == {}
