"""The sparring nudge, the signpost and the WHO-5 reminder, at their edges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wellbeing_desktop.domain.models import (
    DayLog,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)
from wellbeing_desktop.domain.suggestions import (
    NUDGE_TEXT,
    SIGNPOST_STEP_HIGH,
    SIGNPOST_STEP_PERSISTENT,
    SIGNPOST_TEXTS,
    SIGNPOST_WHO5_LOW,
    SIGNPOST_WHO5_TWICE,
    signpost,
    sparring_nudge,
    who5_due,
    who5_never_taken,
)

TODAY = date(2026, 11, 24)  # a Tuesday


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def steps(*pairs: tuple[int, int]) -> list[DayLog]:
    """Logs from (days ago, step) pairs."""
    return [DayLog(day=ago(days), stress_step=step) for days, step in pairs]


def checkin(days_ago: int, score: int) -> Who5CheckIn:
    # score is on the 0..100 scale: spread score / 4 over five answers.
    raw = score // 4
    answers = tuple(min(5, max(0, raw - 5 * i)) for i in range(5))
    result = Who5CheckIn(ago(days_ago), answers)  # type: ignore[arg-type]
    assert result.score == score
    return result


def topic(raised_ago: int, resolved_ago: int | None = None) -> SparringTopic:
    return SparringTopic(
        raised_on=ago(raised_ago),
        situation="conflict",
        with_whom="own_leader",
        status=TopicStatus.OPEN if resolved_ago is None else TopicStatus.RESOLVED,
        resolved_on=None if resolved_ago is None else ago(resolved_ago),
    )


# --- sparring nudge --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("logs", "expected"),
    [
        (steps((2, 3), (1, 3), (0, 3)), True),
        (steps((2, 4), (1, 5), (0, 3)), True),
        (steps((2, 3), (1, 3), (0, 2)), False),  # latest day below 3
        (steps((1, 3), (0, 3)), False),  # only two days
        (steps((7, 3), (1, 3), (0, 3)), False),  # 7 days ago is outside the week
        (steps((6, 3), (3, 3), (0, 3)), True),  # 6 days ago is inside
        (steps((5, 1), (3, 3), (2, 3), (1, 3)), True),  # only the last three count
        (steps((3, 3), (2, 3), (1, 3), (-1, 1)), True),  # a future day is ignored
        (steps((3, 3), (2, 3)) + [DayLog(ago(1))] + steps((0, 4)), True),  # no step: skipped
        ([], False),
    ],
)
def test_sparring_nudge_from_steps(logs: list[DayLog], expected: bool) -> None:
    assert sparring_nudge(logs, [], today=TODAY) is expected


@pytest.mark.parametrize(
    ("topics", "expected"),
    [
        ([topic(29)], False),  # raised 29 days ago: within 30 days
        ([topic(30)], True),
        ([topic(90, resolved_ago=10)], False),  # resolved recently
        ([topic(90, resolved_ago=40)], True),
        ([topic(-3)], True),  # a future date does not count
    ],
)
def test_recent_sparring_silences_the_nudge(topics: list[SparringTopic], expected: bool) -> None:
    logs = steps((2, 3), (1, 3), (0, 3))
    assert sparring_nudge(logs, topics, today=TODAY) is expected


def test_nudge_text_is_the_ux_wording() -> None:
    assert NUDGE_TEXT[0] == (
        "Du har været på trin 3 eller derover flere dage i træk. Måske er det en god idé at "
        "tale med nogen – din egen leder, HR eller en i ledergruppen."
    )
    assert NUDGE_TEXT[1] == (
        "You have been on step 3 or above for several days. It may help to talk to someone — "
        "your own leader, HR or someone in your leader group."
    )


# --- signpost --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who5", "expected"),
    [
        ([], None),
        ([checkin(3, 28)], SIGNPOST_WHO5_LOW),
        ([checkin(60, 80), checkin(3, 24)], SIGNPOST_WHO5_LOW),
        ([checkin(30, 20), checkin(3, 60)], None),  # the latest is what counts
        ([checkin(30, 40), checkin(3, 48)], SIGNPOST_WHO5_TWICE),  # 48: highest score ≤ 50
        ([checkin(30, 48), checkin(3, 52)], None),
        ([checkin(3, 48)], None),  # once is not twice
        ([checkin(40, 40), checkin(3, 28)], SIGNPOST_WHO5_LOW),  # most pressing first
        ([checkin(3, 60), checkin(-1, 20)], None),  # a future check-in is ignored
    ],
)
def test_signpost_from_who5(who5: list[Who5CheckIn], expected: str | None) -> None:
    assert signpost([], who5, today=TODAY) == expected


@pytest.mark.parametrize(
    ("logs", "expected"),
    [
        (steps((0, 4)), SIGNPOST_STEP_HIGH),
        (steps((2, 5)), SIGNPOST_STEP_HIGH),  # two days ago is within three days
        (steps((3, 5)), None),  # three days ago is not
        (steps((1, 5), (0, 2)), None),  # the latest day is what counts
        # 4 of 6 days at step 3 or above: most days
        (steps((13, 3), (11, 3), (9, 2), (7, 3), (5, 2), (1, 3)), SIGNPOST_STEP_PERSISTENT),
        # 3 of 6 is not more than half
        (steps((13, 3), (11, 3), (9, 2), (7, 3), (5, 2), (1, 2)), None),
        # 5 days, all at 3: too few days to speak of two weeks
        (steps((12, 3), (9, 3), (6, 3), (3, 3), (1, 3)), None),
        # 14 days ago is outside the window, leaving five days
        (steps((14, 3), (12, 3), (9, 3), (6, 3), (3, 3), (1, 3)), None),
    ],
)
def test_signpost_from_steps(logs: list[DayLog], expected: str | None) -> None:
    assert signpost(logs, [], today=TODAY) == expected


def test_signpost_texts_are_calm_and_point_to_people() -> None:
    assert set(SIGNPOST_TEXTS) == {
        SIGNPOST_WHO5_LOW,
        SIGNPOST_WHO5_TWICE,
        SIGNPOST_STEP_HIGH,
        SIGNPOST_STEP_PERSISTENT,
    }
    for da, en in SIGNPOST_TEXTS.values():
        for phrase in ("egen leder", "HR", "læge"):
            assert phrase in da
        for phrase in ("own leader", "HR", "doctor"):
            assert phrase in en
        for word in ("diagnos", "depression"):
            assert word not in da + en
        # The kinds of help a Danish leader has, no company named.
        for phrase in ("ledergruppen", "medarbejderrådgivning", "psykologordning", "pension"):
            assert phrase in da
        for phrase in ("leader group", "employee assistance", "psychologist scheme", "pension"):
            assert phrase in en
        for company in ("Velliv", "PFA", "Danica", "Falck", "Mølholm", "Dansk Sundhedssikring"):
            assert company not in da + en


def test_at_who5_28_or_below_the_doctor_comes_first() -> None:
    da, en = SIGNPOST_TEXTS[SIGNPOST_WHO5_LOW]
    assert da.index("læge") < min(da.index(w) for w in ("psykolog", "HR", "egen leder"))
    assert en.index("doctor") < min(en.index(w) for w in ("psychologist", "HR", "own leader"))
    for key in (SIGNPOST_WHO5_TWICE, SIGNPOST_STEP_HIGH, SIGNPOST_STEP_PERSISTENT):
        da, en = SIGNPOST_TEXTS[key]
        assert da.index("egen leder") < da.index("læge")


# --- WHO-5 due -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who5", "expected"),
    [
        ([], False),  # nothing logged yet: a first week has not passed
        ([checkin(14, 60)], True),
        ([checkin(13, 60)], False),
        ([checkin(40, 60), checkin(2, 60)], False),
        ([checkin(0, 60)], False),
        ([checkin(-2, 60)], False),  # only a future one: none yet, and no week of use
    ],
)
def test_who5_due(who5: list[Who5CheckIn], expected: bool) -> None:
    assert who5_due(who5, today=TODAY) is expected


@pytest.mark.parametrize(("first_logged_days_ago", "expected"), [(0, False), (6, False), (7, True)])
def test_no_who5_offer_in_the_first_week_of_use(first_logged_days_ago: int, expected: bool) -> None:
    first_day = TODAY - timedelta(days=first_logged_days_ago)
    assert who5_due([], today=TODAY, first_day=first_day) is expected
    assert who5_never_taken([], today=TODAY)
    # A check-in dated after today does not count as taken.
    assert who5_due([checkin(-2, 60)], today=TODAY, first_day=first_day) is expected
    assert who5_never_taken([checkin(-2, 60)], today=TODAY)
    # Once one is taken, the first week no longer matters: 14 days since the last one.
    assert who5_due([checkin(14, 60)], today=TODAY, first_day=first_day)
    assert not who5_never_taken([checkin(14, 60)], today=TODAY)
