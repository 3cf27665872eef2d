"""Typed durations and dates: what is read, what is refused, and the round trip."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_desktop.domain.durations import format_duration, parse_day, parse_duration
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import Language


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("5h", 300),
        ("2h30m", 150),
        ("2h30", 150),
        ("90m", 90),
        ("90 min", 90),
        ("1.5h", 90),
        ("1,5", 90),
        ("1.5", 90),
        ("1,5t", 90),
        ("2t30", 150),
        ("2t 30m", 150),
        ("2:30", 150),
        ("0:05", 5),
        ("150", 150),
        ("0", 0),
        ("  2 H 30 M  ", 150),
        ("7T45", 465),
        ("24h", 1440),
        ("1440", 1440),
        ("0,25", 15),
        ("0.0125h", 1),  # 0.75 min rounds half up to 1
        ("1,33t", 80),  # 79.8 min rounds to 80
    ],
)
def test_parse_duration_accepts(text: str, minutes: int) -> None:
    assert parse_duration(text, "operations") == minutes


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "2x", "h", "1,5h30", "2 30", "1.2.3", "٣", "9" * 40, "2h-5"],
)
def test_parse_duration_rejects_garbage_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_duration(text, "strategy")
    assert caught.value.field == "strategy"
    assert str(caught.value).startswith("strategy:")
    assert "2h30" in caught.value.allowed


@pytest.mark.parametrize("text", ["25h", "24h1", "1441", "24,5", "25:00"])
def test_parse_duration_rejects_more_than_a_day(text: str) -> None:
    with pytest.raises(ValidationError, match=r"^hours: .* at most 24 h$"):
        parse_duration(text, "hours")


@pytest.mark.parametrize("text", ["2h60", "2:60", "1t75m"])
def test_parse_duration_rejects_sixty_minutes_after_hours(text: str) -> None:
    with pytest.raises(ValidationError, match="below 60"):
        parse_duration(text, "hours")


def test_parse_duration_does_not_echo_long_text() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_duration("x" * 500, "hours")
    assert "x" * 41 not in str(caught.value)


@pytest.mark.parametrize(
    ("minutes", "da", "en"),
    [
        (465, "7 t 45 min", "7 h 45 m"),
        (120, "2 t", "2 h"),
        (45, "45 min", "45 m"),
        (0, "0 min", "0 m"),
        (2250, "37 t 30 min", "37 h 30 m"),
    ],
)
def test_format_duration(minutes: int, da: str, en: str) -> None:
    assert format_duration(minutes, Language.DANISH) == da
    assert format_duration(minutes, Language.ENGLISH) == en


def test_format_duration_refuses_negative() -> None:
    with pytest.raises(ValueError, match="negative"):
        format_duration(-1, Language.DANISH)


@given(st.integers(min_value=0, max_value=1440), st.sampled_from(Language))
def test_format_then_parse_round_trips(minutes: int, language: Language) -> None:
    assert parse_duration(format_duration(minutes, language), "x") == minutes


@given(st.integers(min_value=0, max_value=24), st.integers(min_value=0, max_value=59))
def test_hours_and_minutes_forms_agree(hours: int, minutes: int) -> None:
    expected = hours * 60 + minutes
    if expected > 1440:
        return
    for text in (f"{hours}h{minutes}", f"{hours}t{minutes}m", f"{hours}:{minutes:02d}"):
        assert parse_duration(text, "x") == expected


@given(st.text(max_size=20))
def test_parse_duration_returns_minutes_in_range_or_raises(text: str) -> None:
    field = "x"
    try:
        minutes = parse_duration(text, "x")
    except ValidationError as error:
        field = error.field
        minutes = 0
    assert field == "x"
    assert 0 <= minutes <= 1440


TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-01", date(2026, 11, 1)),
        (" 2024-02-29 ", date(2024, 2, 29)),
        ("today", TODAY),
        ("TODAY", TODAY),
        ("i dag", TODAY),
        ("I  DAG", TODAY),
        ("yesterday", date(2026, 11, 23)),
        ("i går", date(2026, 11, 23)),
        ("igår", date(2026, 11, 23)),
    ],
)
def test_parse_day_accepts(text: str, expected: date) -> None:
    assert parse_day(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "text", ["", "tomorrow", "20261124", "2026-W48-2", "2026-02-30", "24/11/2026", "2026-1-5"]
)
def test_parse_day_rejects(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_day(text, today=TODAY)
    assert caught.value.field == "date"
    assert caught.value.allowed == "YYYY-MM-DD, today or yesterday"


def test_parse_day_uses_the_given_field_name() -> None:
    with pytest.raises(ValidationError, match="^from:"):
        parse_day("soon", today=TODAY, field="from")
