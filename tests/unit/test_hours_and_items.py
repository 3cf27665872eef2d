"""The hours-worked rule, negative durations, and finding pick-list items by typed names.

Hours given below the categories' time are refused; stored hours the time outgrew are raised.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from wellbeing_desktop.domain import catalogues
from wellbeing_desktop.domain.durations import parse_duration
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.item_match import closest_items, find_item, fold
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.domain.validation import settle_hours_worked

DAY = date(2026, 11, 24)
ITEMS = (*catalogues.DEMANDS, *catalogues.RESOURCES, *catalogues.SIGNALS)


def _day(minutes: int, hours: int | None) -> DayLog:
    return DayLog(day=DAY, minutes={"operations": minutes}, hours_worked_minutes=hours)


def test_hours_given_below_the_categories_are_refused_in_hours_and_minutes() -> None:
    with pytest.raises(ValidationError) as caught:
        settle_hours_worked(_day(510, 420), before=_day(510, 480), hours_given=True)

    assert caught.value.field == "hours"
    assert str(caught.value) == (
        "hours: '7:00' is not allowed; at least the time logged in the categories (8:30)"
    )


@pytest.mark.parametrize(
    ("log", "before", "given"),
    [
        pytest.param(_day(510, 510), None, True, id="equal"),
        pytest.param(_day(510, None), None, False, id="no-hours"),
        pytest.param(_day(0, 0), None, True, id="nothing"),
        pytest.param(_day(300, 400), _day(500, 400), False, id="less-time"),
        # A day stored before the rule keeps its hours while its time stays.
        pytest.param(_day(510, 420), _day(510, 420), False, id="unchanged-old-day"),
    ],
)
def test_hours_that_cover_the_categories_or_whose_time_did_not_change_stay(
    log: DayLog, before: DayLog | None, given: bool
) -> None:
    assert settle_hours_worked(log, before=before, hours_given=given) is log


@pytest.mark.parametrize(
    "before",
    [
        pytest.param(_day(480, 525), id="stated-hours"),
        pytest.param(_day(510, 420), id="old-day"),
    ],
)
def test_time_past_the_stored_hours_raises_them(before: DayLog) -> None:
    log = dataclasses.replace(before, minutes={"operations": 570})

    assert settle_hours_worked(log, before=before, hours_given=False) == _day(570, 570)


@pytest.mark.parametrize("text", ["-1h", "-90", " -0:30", "\u22121,5", "-0"])
def test_a_negative_duration_says_so(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_duration(text, "own")

    assert caught.value.allowed == "a duration of 0 or more, e.g. 1h30m"


def test_fold_drops_case_accents_and_punctuation() -> None:
    assert fold("  Søvn-PROBLEMER / é ") == "soevn problemer e"
    assert fold("Søvnproblemer", plain=True) == "sovnproblemer"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("d2", "d2"),
        ("D2", "d2"),
        ("Hovedpine", "sig-headache"),
        ("headache", "sig-headache"),
        ("sovnproblemer", "sig-sleep"),
        ("søvnproblemer", "sig-sleep"),
        ("soevnproblemer", "sig-sleep"),
        ("time pressure and deadlines", "d2"),
        ("Sparring med egen leder", "r1"),
    ],
)
def test_find_item_by_key_or_label_in_either_language(name: str, key: str) -> None:
    item = find_item(ITEMS, name)

    assert item is not None
    assert item.key == key


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("deadlines", "d2"),  # a word of the label
        ("deadlnes", "d2"),  # a typo of it
        ("hedache", "sig-headache"),
        ("hovedpien", "sig-headache"),
        ("egen ledr", "r1"),  # words of a label in a row, one mistyped
        ("møder", "d10"),
    ],
)
def test_a_name_not_on_the_list_gets_the_closest_items(name: str, first: str) -> None:
    assert find_item(ITEMS, name) is None

    closest = closest_items(ITEMS, name)

    assert closest
    assert closest[0].key == first
    assert len(closest) <= 3


@pytest.mark.parametrize("name", ["xyzzy", "", "   ", "q"])
def test_nothing_near_gets_no_suggestion(name: str) -> None:
    assert find_item(ITEMS, name) is None
    assert closest_items(ITEMS, name) == []
