"""Every domain rule: a valid value passes, a bad one names its field and what is allowed."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from typing import Any

import pytest

from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    Language,
    OneOnOne,
    Settings,
    ShareLevel,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)
from wellbeing_desktop.domain.validation import (
    validate_day_log,
    validate_one_on_one,
    validate_settings,
    validate_sparring_topic,
    validate_who5,
)

TODAY = date(2026, 11, 24)
KEYS = ("operations", "people_leadership", "strategy", "own_tasks")
SECRET = "min leder må aldrig se dette"

FULL_DAY = DayLog(
    day=TODAY,
    minutes={"operations": 270, "people_leadership": 105, "strategy": 30, "own_tasks": 60},
    hours_worked_minutes=480,
    stress_step=2,
    signals=("sig-headache", "own-kold-sved"),
    demands=7,
    resources=4,
    demand_items=("d2", "d3"),
    resource_items=("r1",),
    energy=3,
    reflection="Hvad gik godt i dag?\nBudgetmødet. 😀 Æblekage.",
    tags=("budget", "team-møde", "q4_plan"),
    share=ShareLevel.ONE_ON_ONE,
)


def day_with(**changes: Any) -> DayLog:
    return dataclasses.replace(FULL_DAY, **changes)


def rejects(log: DayLog) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_day_log(log, today=TODAY, category_keys=KEYS)
    return caught.value


def test_a_full_day_and_an_empty_day_pass() -> None:
    validate_day_log(FULL_DAY, today=TODAY, category_keys=KEYS)
    validate_day_log(DayLog(day=date(1970, 1, 1)), today=TODAY, category_keys=())


@pytest.mark.parametrize(
    ("day", "allowed"),
    [
        (date(2026, 11, 25), "today or an earlier date"),
        (date(1969, 12, 31), "1970-01-01 or later"),
    ],
)
def test_day_date_must_be_past_and_sane(day: date, allowed: str) -> None:
    error = rejects(day_with(day=day))
    assert error.field == "date"
    assert error.allowed == allowed
    assert day.isoformat() in str(error)


def test_unknown_category_is_rejected() -> None:
    error = rejects(day_with(minutes={"golf": 60}))
    assert error.field == "category"
    assert "'golf'" in str(error)
    assert "operations" in error.allowed


@pytest.mark.parametrize("minutes", [-1, 1441, 1.5, True, "60"])
def test_category_minutes_are_whole_and_in_range(minutes: object) -> None:
    error = rejects(day_with(minutes={"strategy": minutes}))
    assert error.field == "strategy"
    assert error.allowed == "a whole number from 0 to 1440 minutes"


def test_minutes_add_up_to_at_most_a_day() -> None:
    validate_day_log(
        day_with(minutes={"operations": 1000, "strategy": 440}), today=TODAY, category_keys=KEYS
    )
    error = rejects(day_with(minutes={"operations": 1000, "strategy": 441}))
    assert error.field == "minutes"
    assert "1441" in str(error)
    assert "1440" in error.allowed


@pytest.mark.parametrize(
    ("field", "attribute", "good", "bad"),
    [
        ("hours", "hours_worked_minutes", (0, 1440), (-1, 1441, 2.5)),
        ("stress", "stress_step", (1, 5), (0, 6, False)),
        ("demands", "demands", (0, 10), (-1, 11)),
        ("resources", "resources", (0, 10), (-1, 11)),
        ("energy", "energy", (1, 5), (0, 6)),
    ],
)
def test_scales(
    field: str, attribute: str, good: tuple[object, ...], bad: tuple[object, ...]
) -> None:
    for value in good:
        validate_day_log(day_with(**{attribute: value}), today=TODAY, category_keys=KEYS)
    for value in bad:
        error = rejects(day_with(**{attribute: value}))
        assert error.field == field
        assert str(error).startswith(f"{field}: {value!r} is not allowed; a whole number from")


@pytest.mark.parametrize(
    "tags",
    [("",), ("two words",), ("#budget",), ("x" * 51,), ("ok", " padded"), ("a/b",), ("tab\t",)],
)
def test_bad_tags_are_rejected_without_echo(tags: tuple[str, ...]) -> None:
    error = rejects(day_with(tags=tags))
    assert error.field == "tag"
    assert "letters, digits, - or _" in error.allowed
    assert "no spaces" in error.allowed
    assert str(error) == f"tag: this value is not allowed; {error.allowed}"


def test_tags_allow_danish_letters_and_fifty_characters() -> None:
    validate_day_log(day_with(tags=("æøå-ÆØÅ_1", "x" * 50)), today=TODAY, category_keys=KEYS)


def test_duplicate_tags_are_rejected_ignoring_case() -> None:
    error = rejects(day_with(tags=("Budget", "budget")))
    assert error.field == "tag"
    assert "at most once" in error.allowed


@pytest.mark.parametrize(
    ("attribute", "field"),
    [("signals", "signal"), ("demand_items", "demand_item"), ("resource_items", "resource_item")],
)
def test_picks_are_unique_and_not_empty(attribute: str, field: str) -> None:
    error = rejects(day_with(**{attribute: ("own-kold-sved", "own-kold-sved")}))
    assert error.field == field
    assert "at most once" in error.allowed
    assert "kold" not in str(error)
    assert rejects(day_with(**{attribute: ("",)})).field == field


def test_reflection_length_limit_and_no_echo() -> None:
    validate_day_log(day_with(reflection="x" * 100_000), today=TODAY, category_keys=KEYS)
    error = rejects(day_with(reflection=SECRET + "x" * 100_000))
    assert error.field == "note"
    assert "100,000" in error.allowed
    assert SECRET not in str(error)


def test_reflection_with_a_lone_surrogate_is_rejected_clearly() -> None:
    error = rejects(day_with(reflection=SECRET + "\udc80"))
    assert error.field == "note"
    assert "unpaired surrogate" in error.allowed
    assert SECRET not in str(error)
    assert "\\udc80" not in str(error)


def test_reflection_with_nul_is_rejected() -> None:
    assert rejects(day_with(reflection="a\x00b")).field == "note"


def test_share_must_be_a_share_level() -> None:
    error = rejects(day_with(share="public"))
    assert error.field == "share"
    assert error.allowed == "one of private, one-on-one, coach"


# --- WHO-5 -----------------------------------------------------------------------------


def test_who5() -> None:
    validate_who5(Who5CheckIn(TODAY, (0, 1, 2, 3, 5)), today=TODAY)
    with pytest.raises(ValidationError, match=r"^answer 3: 6 is not allowed; .* 0 to 5$"):
        validate_who5(Who5CheckIn(TODAY, (0, 1, 6, 3, 5)), today=TODAY)
    with pytest.raises(ValidationError, match=r"^answer 1: -1 "):
        validate_who5(Who5CheckIn(TODAY, (-1, 1, 1, 3, 5)), today=TODAY)
    with pytest.raises(ValidationError, match=r"^date: '2026-11-25'"):
        validate_who5(Who5CheckIn(date(2026, 11, 25), (1, 1, 1, 1, 1)), today=TODAY)
    with pytest.raises(ValidationError, match=r"^who5: 4 .* exactly five answers$"):
        validate_who5(Who5CheckIn(TODAY, (1, 1, 1, 1)), today=TODAY)  # type: ignore[arg-type]


# --- Settings --------------------------------------------------------------------------


def test_default_settings_pass() -> None:
    validate_settings(Settings())
    validate_settings(
        Settings(weekly_hours_norm=1, leadership_target_percent=0, auto_lock_minutes=0)
    )
    validate_settings(
        Settings(
            weekly_hours_norm=80.0,
            leadership_target_percent=100,
            auto_lock_minutes=240,
            reminder_time=None,
            language=Language.ENGLISH,
        )
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"weekly_hours_norm": 0.5}, "norm"),
        ({"weekly_hours_norm": 80.5}, "norm"),
        ({"weekly_hours_norm": float("nan")}, "norm"),
        ({"weekly_hours_norm": "37"}, "norm"),
        ({"leadership_target_percent": -1}, "target"),
        ({"leadership_target_percent": 101}, "target"),
        ({"auto_lock_minutes": -1}, "auto-lock"),
        ({"auto_lock_minutes": 241}, "auto-lock"),
        ({"reminder_time": "17:00"}, "reminder"),
        ({"language": "de"}, "language"),
    ],
)
def test_bad_settings(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_settings(dataclasses.replace(Settings(reminder_time=time(17)), **changes))
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}:")


# --- Sparring --------------------------------------------------------------------------

TOPIC = SparringTopic(raised_on=date(2026, 11, 1), situation="dismissal", with_whom="hr")


def topic_rejects(**changes: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_sparring_topic(dataclasses.replace(TOPIC, **changes), today=TODAY)
    return caught.value


def test_sparring_topics_pass() -> None:
    validate_sparring_topic(TOPIC, today=TODAY)
    resolved = dataclasses.replace(
        TOPIC, status=TopicStatus.RESOLVED, resolved_on=date(2026, 11, 1), notes=SECRET
    )
    validate_sparring_topic(resolved, today=TODAY)


def test_sparring_topic_rules() -> None:
    assert topic_rejects(raised_on=date(2026, 11, 25)).field == "date"
    error = topic_rejects(situation="golf")
    assert (error.field, "first_appraisal" in error.allowed) == ("situation", True)
    error = topic_rejects(with_whom="mum")
    assert (error.field, "health_insurance" in error.allowed) == ("with", True)
    assert topic_rejects(status="done").field == "status"
    assert topic_rejects(notes=SECRET + "\ud800").field == "notes"


def test_sparring_resolution_dates() -> None:
    error = topic_rejects(status=TopicStatus.RESOLVED, resolved_on=date(2026, 10, 31))
    assert error.field == "resolved"
    assert "2026-11-01" in error.allowed
    assert topic_rejects(status=TopicStatus.RESOLVED, resolved_on=date(2026, 11, 25)).field == (
        "resolved"
    )
    assert topic_rejects(status=TopicStatus.RESOLVED).allowed.startswith("a date when")
    assert topic_rejects(resolved_on=date(2026, 11, 2)).allowed == "no date while the topic is open"


# --- 1:1 -------------------------------------------------------------------------------

MEETING = OneOnOne(
    held_on=date(2027, 11, 24),  # planned a year ahead
    with_whom="Mette (egen leder)",
    agenda=("Status i én linje", "Krav/ressource-balance"),
    notes=SECRET,
    actions=(ActionItem("Book møde med HR"),),
)


def meeting_rejects(**changes: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_one_on_one(dataclasses.replace(MEETING, **changes), today=TODAY)
    return caught.value


def test_one_on_one_passes() -> None:
    validate_one_on_one(MEETING, today=TODAY)
    validate_one_on_one(OneOnOne(held_on=date(2026, 1, 5), with_whom="Mette"), today=TODAY)


def test_one_on_one_rules() -> None:
    error = meeting_rejects(held_on=date(2027, 11, 26))
    assert error.field == "date"
    assert error.allowed == "a date up to 2027-11-25"
    assert meeting_rejects(held_on=date(1899, 1, 1)).field == "date"
    for name in ("", "   ", "x" * 201):
        error = meeting_rejects(with_whom=name)
        assert error.field == "with"
        assert str(error) == f"with: this value is not allowed; {error.allowed}"
    assert meeting_rejects(agenda=("ok", " ")).field == "agenda"
    assert meeting_rejects(agenda=("x" * 2001,)).field == "agenda"
    assert meeting_rejects(actions=(ActionItem(""),)).field == "action"
    assert meeting_rejects(notes="x" * 100_001).field == "notes"


def test_categories_need_names_and_a_leadership_kind() -> None:
    from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
    from wellbeing_desktop.domain.models import ActivityKind, Category
    from wellbeing_desktop.domain.validation import validate_categories

    validate_categories(DEFAULT_CATEGORIES)
    without_leadership = [
        Category(c.key, c.name_da, c.name_en, ActivityKind.OPERATIONS) for c in DEFAULT_CATEGORIES
    ]
    with pytest.raises(ValidationError, match="^categories: .*leadership"):
        validate_categories(without_leadership)
    unnamed = [Category("x", " ", "X", ActivityKind.LEADERSHIP)]
    with pytest.raises(ValidationError, match="^category: "):
        validate_categories(unnamed)
    twice = [*DEFAULT_CATEGORIES, DEFAULT_CATEGORIES[0]]
    with pytest.raises(ValidationError, match="^categories: .*once"):
        validate_categories(twice)
