"""A pulse as the file's JSON values and back, what a hostile sender meets, and a round's check."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.pulse_helpers import END, START, leader
from tests.unit.pulse_strategies import pulses
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.pulse import (
    LeaderPulse,
    check_round,
    pulse_from_dict,
    pulse_to_dict,
)


@settings(max_examples=60, deadline=None)
@given(pulses())
def test_a_pulse_survives_its_file(pulse: LeaderPulse) -> None:
    data = pulse_to_dict(pulse)
    assert list(data) == [f.name for f in dataclasses.fields(LeaderPulse)]
    text = json.dumps(data, allow_nan=False)
    assert pulse_from_dict(json.loads(text)) == pulse


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=12,
)


def _outcome(data: object) -> LeaderPulse | str:
    """The pulse, or the field it was refused for (any other exception fails the test)."""
    try:
        return pulse_from_dict(data)
    except ValidationError as refused:
        return refused.field


@settings(max_examples=80, deadline=None)
@given(json_values)
def test_any_json_is_a_pulse_or_a_validation_error(data: object) -> None:
    outcome = _outcome(data)
    assert isinstance(outcome, str)  # nothing arbitrary makes a whole pulse
    assert outcome in {"pulse", *(f.name for f in dataclasses.fields(LeaderPulse))}


@settings(max_examples=80, deadline=None)
@given(pulses(), st.sampled_from([f.name for f in dataclasses.fields(LeaderPulse)]), json_values)
def test_any_one_value_swapped_is_a_pulse_or_a_validation_error(
    pulse: LeaderPulse, key: str, value: object
) -> None:
    outcome = _outcome(pulse_to_dict(pulse) | {key: value})
    if isinstance(outcome, str):
        # The value's own field, or one it must agree with (weeks, sparring).
        assert outcome in {key, "weeks_counted", "weeks_over_norm", "has_sparring"}
    else:
        assert pulse_to_dict(outcome)[key] == value


# --- what a hostile sender might put in the file ------------------------------------------

GOOD = pulse_to_dict(leader(top_demands=("d1",), open_situations=("conflict",), has_sparring=True))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"days_logged": True}, "days_logged"),  # a bool is not a number
        ({"days_logged": 0}, "days_logged"),
        ({"days_logged": 30.0}, "days_logged"),  # a whole number, not a float
        ({"weeks_counted": 31}, "weeks_counted"),  # more weeks than days
        ({"leadership_share": 1.5}, "leadership_share"),
        ({"leadership_share": float("nan")}, "leadership_share"),
        ({"leadership_share": "0.4"}, "leadership_share"),
        ({"hours_per_week": float("inf")}, "hours_per_week"),
        ({"hours_per_week": 169}, "hours_per_week"),
        ({"hours_per_week": -1}, "hours_per_week"),
        ({"weekly_norm": 0.5}, "weekly_norm"),
        ({"weekly_norm": None}, "weekly_norm"),
        ({"target_percent": 101}, "target_percent"),
        ({"weeks_over_norm": 9}, "weeks_over_norm"),  # more than the weeks counted
        ({"hours_per_week": None, "weeks_over_norm": 1}, "weeks_over_norm"),
        ({"step_shares": [0.5, 0.5, 0.5, 0.0, 0.0]}, "step_shares"),  # 1.5 in all
        ({"step_shares": [1.0, 0.0, 0.0, 0.0]}, "step_shares"),
        ({"step_shares": [1.0, 0.0, 0.0, 0.0, True]}, "step_shares"),
        ({"step_shares": {"1": 1.0}}, "step_shares"),
        ({"demands_mean": 11}, "demands_mean"),
        ({"resources_mean": -0.1}, "resources_mean"),
        ({"top_demands": ["own-boss-is-a-fool"]}, "top_demands"),  # an own item: words
        ({"top_demands": ["r1"]}, "top_demands"),  # a resource among the demands
        ({"top_demands": ["d1", "d1"]}, "top_demands"),
        ({"top_demands": ["d1", "d2", "d3", "d4"]}, "top_demands"),
        ({"top_demands": "d1"}, "top_demands"),
        ({"top_resources": [["r1"]]}, "top_resources"),
        ({"open_situations": ["other"]}, "open_situations"),
        ({"resolved_situations": ["Anna was dismissed"]}, "resolved_situations"),
        ({"has_sparring": 1}, "has_sparring"),
        ({"has_sparring": False}, "has_sparring"),  # a situation open, and no sparring?
        ({"who5_band": "good"}, "who5_band"),
        ({"who5_band": 3}, "who5_band"),
        ({"note": "a word"}, "pulse"),  # a key a pulse does not have
    ],
)
def test_a_hostile_value_is_refused_naming_its_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        pulse_from_dict(GOOD | changes)
    assert refused.value.field == field


def test_a_missing_key_and_a_non_object_are_refused() -> None:
    missing = {key: value for key, value in GOOD.items() if key != "who5_band"}
    with pytest.raises(ValidationError, match="who5_band: this value is not allowed; a value"):
        pulse_from_dict(missing)
    for data in ([GOOD], "pulse", None, 3):
        with pytest.raises(ValidationError) as refused:
            pulse_from_dict(data)
        assert refused.value.field == "pulse"


def test_a_refused_text_or_huge_number_is_never_echoed() -> None:
    for value in ("Anna is on sick leave", ["Anna"], {"Anna": 1}, 10**5000):
        with pytest.raises(ValidationError) as refused:
            pulse_from_dict(GOOD | {"leadership_share": value})
        assert "Anna" not in str(refused.value)
        assert len(str(refused.value)) < 200
    with pytest.raises(ValidationError, match="1.5 is not allowed; a number from 0 to 1"):
        pulse_from_dict(GOOD | {"leadership_share": 1.5})


def test_the_round_period_bounds_the_days_and_weeks() -> None:
    # 5 to 29 November 2026 (Thursday to Sunday): 25 days, touching four calendar weeks.
    period = (date(2026, 11, 5), date(2026, 11, 29))
    assert pulse_from_dict(GOOD | {"days_logged": 25, "weeks_counted": 4}, period=period)
    for changes, field in (
        ({"days_logged": 26}, "days_logged"),
        ({"days_logged": 25, "weeks_counted": 5}, "weeks_counted"),
    ):
        with pytest.raises(ValidationError) as refused:
            pulse_from_dict(GOOD | changes, period=period)
        assert refused.value.field == field
    assert pulse_from_dict(GOOD | {"days_logged": 26, "weeks_counted": 5})  # without: sane only


# --- a round --------------------------------------------------------------------------------


def test_a_good_round_passes() -> None:
    check_round("Ledergruppen, efterår 2026 – »første gang«", START, END, 5)
    check_round("x" * 80, START, START + timedelta(days=13), 500)  # two weeks: the least


@pytest.mark.parametrize(
    ("name", "start", "end", "min_group", "field"),
    [
        ("", START, END, 5, "name"),
        ("   ", START, END, 5, "name"),
        ("x" * 81, START, END, 5, "name"),
        ("two\nlines", START, END, 5, "name"),
        ("tab\there", START, END, 5, "name"),
        ("bidi \u202e trick", START, END, 5, "name"),
        ("escape \x1b[31m", START, END, 5, "name"),
        (None, START, END, 5, "name"),
        ("Runde", END, START, 5, "from"),  # a Sunday
        ("Runde", START + timedelta(days=1), END, 5, "from"),  # a Tuesday
        ("Runde", START, START, 5, "to"),  # a single day
        ("Runde", START, START + timedelta(days=6), 5, "to"),  # one week
        ("Runde", START, START + timedelta(days=12), 5, "to"),  # a Saturday
        ("Runde", START, END - timedelta(days=1), 5, "to"),  # a Saturday
        ("Runde", START, END + timedelta(days=1), 5, "to"),  # a Monday
        ("Runde", date(1969, 12, 31), END, 5, "from"),
        ("Runde", START, date(2100, 1, 1), 5, "to"),
        ("Runde", "2026-10-05", END, 5, "from"),
        ("Runde", START, END, 4, "min-group"),
        ("Runde", START, END, 501, "min-group"),
        ("Runde", START, END, True, "min-group"),
        ("Runde", START, END, 5.0, "min-group"),
    ],
)
def test_a_bad_round_is_refused_naming_the_field(
    name: object, start: object, end: object, min_group: object, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        check_round(name, start, end, min_group)
    assert refused.value.field == field


def test_a_round_of_part_weeks_is_refused_in_words_that_say_the_rule() -> None:
    with pytest.raises(ValidationError) as refused:
        check_round("Runde", START + timedelta(days=2), END, 5)
    assert str(refused.value) == (
        "from: '2026-10-07' is not allowed; a Monday (a round covers whole weeks, Monday to Sunday)"
    )
    with pytest.raises(ValidationError) as refused:
        check_round("Runde", START, START + timedelta(days=6), 5)
    assert str(refused.value) == (
        "to: '2026-10-11' is not allowed; a Sunday at least 13 days after from (2026-10-18 or "
        "later): a round covers at least 2 whole weeks, Monday to Sunday"
    )
