"""The leader group's pulse, pure: one leader's figures, the group picture, the file's values.

The summaries come from the real ``aggregation`` functions over day logs, and every
expected figure is worked out by hand beside the days it comes from.
"""

from __future__ import annotations

import dataclasses
import json
import math
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_desktop.domain.aggregation import Granularity, overall, summarize
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import DayLog, SparringTopic, TopicStatus, Who5CheckIn
from wellbeing_desktop.domain.pulse import (
    FIGURE_MIN_LEADERS,
    GroupFigure,
    GroupPicture,
    ItemCount,
    LeaderPulse,
    PulseRound,
    PulseTooFewError,
    Who5Band,
    check_round,
    combine_pulses,
    compute_pulse,
    pulse_from_dict,
    pulse_to_dict,
)
from wellbeing_desktop.domain.pulse_values import (
    BUILTIN_DEMANDS,
    BUILTIN_RESOURCES,
    PULSE_SITUATIONS,
)

# Monday 5 October to Sunday 29 November 2026: eight whole ISO weeks.
START, END = date(2026, 10, 5), date(2026, 11, 29)
NORM = 37.0


def day(week: int, weekday: int = 0, **fields: Any) -> DayLog:
    """A day in the ``week``-th week of the period (0 = the first), Monday = 0."""
    return DayLog(day=START + timedelta(weeks=week, days=weekday), **fields)


def worked(lead: int, ops: int, hours: float | None = None) -> dict[str, Any]:
    """Minutes of leadership and operations, and the day's hours in all if given."""
    minutes = {"people_leadership": lead, "operations": ops}
    return {
        "minutes": minutes,
        "hours_worked_minutes": None if hours is None else round(hours * 60),
    }


def pulse_of(
    logs: list[DayLog],
    *,
    start: date = START,
    end: date = END,
    topics: tuple[SparringTopic, ...] = (),
    checkins: tuple[Who5CheckIn, ...] = (),
    include_who5: bool = False,
    target: int = 40,
    norm: float = NORM,
) -> LeaderPulse:
    weeks = summarize(
        logs,
        categories=DEFAULT_CATEGORIES,
        who5=checkins,
        weekly_norm=norm,
        granularity=Granularity.WEEK,
        start=start,
        end=end,
    )
    whole = overall(
        logs, categories=DEFAULT_CATEGORIES, who5=checkins, weekly_norm=norm, start=start, end=end
    )
    return compute_pulse(
        start=start,
        end=end,
        weeks=weeks,
        overall=whole,
        target_percent=target,
        weekly_norm=norm,
        topics=topics,
        checkins=checkins,
        include_who5=include_who5,
    )


# --- one leader's pulse ---------------------------------------------------------------------


def test_weekly_figures_are_medians_over_the_whole_weeks_with_a_logged_day() -> None:
    logs = [
        # week 0: two days, 240 of 480 minutes leadership (0.5), 16 h in all
        day(0, 0, **worked(120, 120, hours=8)),
        day(0, 1, **worked(120, 120, hours=8)),
        # week 1: one day, 60 of 600 (0.1), 39 h said: exactly the norm + 2 h, not over
        day(1, 2, **worked(60, 540, hours=39)),
        # week 2: nothing (a holiday): does not count
        # week 3: 300 of 400 (0.75), 39.1 h: over the norm + 2 h
        day(3, 4, **worked(300, 100, hours=39.1)),
        # week 4: a stress step only: counts as a week, has no share and no hours
        day(4, 0, stress_step=2),
    ]
    pulse = pulse_of(logs)
    assert pulse.days_logged == 5
    assert pulse.weeks_counted == 4
    assert pulse.leadership_share == pytest.approx(0.5)  # median of 0.1, 0.5, 0.75
    assert pulse.hours_per_week == pytest.approx(39.0)  # median of 16, 39, 39.1
    assert pulse.weeks_over_norm == 1
    assert pulse.target_percent == 40
    assert pulse.weekly_norm == NORM


def test_a_week_the_period_cuts_is_left_out_while_a_whole_one_has_logged_days() -> None:
    start = START + timedelta(days=2)  # a Wednesday: the first week is a part week
    logs = [
        day(0, 3, **worked(600, 0, hours=60)),  # in the part week: left out
        day(1, 0, **worked(100, 300)),  # 0.25, 400 minutes
        day(2, 0, **worked(300, 100)),  # 0.75
    ]
    pulse = pulse_of(logs, start=start)
    assert pulse.days_logged == 3  # coverage still counts every day
    assert pulse.weeks_counted == 2
    assert pulse.leadership_share == pytest.approx(0.5)
    assert pulse.hours_per_week == pytest.approx(400 / 60)


def test_only_part_weeks_logged_count_as_they_are() -> None:
    start, end = START + timedelta(days=3), START + timedelta(days=9)  # Thu .. next Wed
    logs = [day(0, 3, **worked(60, 60)), day(1, 1, **worked(30, 90))]
    pulse = pulse_of(logs, start=start, end=end)
    assert pulse.weeks_counted == 2
    assert pulse.leadership_share == pytest.approx((0.5 + 0.25) / 2)


def test_staircase_means_and_items() -> None:
    logs = [
        day(0, 0, stress_step=1, demands=8, resources=2, demand_items=("d2", "d10", "own-x")),
        day(0, 1, stress_step=1, demands=6, demand_items=("d10", "own-x", "d5")),
        day(
            0,
            2,
            stress_step=3,
            resources=4,
            demand_items=("own-x", "d5", "d1"),
            resource_items=("r3",),
        ),
        day(0, 3, stress_step=5, demand_items=("d2", "own-x")),
        day(0, 4, reflection="no step today", resource_items=("own-y", "r14")),
    ]
    pulse = pulse_of(logs)
    assert pulse.step_shares == pytest.approx((0.5, 0.0, 0.25, 0.0, 0.25))
    assert pulse.demands_mean == pytest.approx(7.0)
    assert pulse.resources_mean == pytest.approx(3.0)
    # own-x is the most frequent, and never shared; d10, d2, d5 twice each (ties by key),
    # d1 once: the fourth, not shared.
    assert pulse.top_demands == ("d10", "d2", "d5")
    assert pulse.top_resources == ("r14", "r3")
    assert pulse.hours_per_week is None
    assert pulse.leadership_share is None
    assert pulse.weeks_over_norm == 0


def test_no_step_no_means_no_items() -> None:
    pulse = pulse_of([day(2, 0, **worked(60, 60))])
    assert pulse.step_shares is None
    assert (pulse.demands_mean, pulse.resources_mean) == (None, None)
    assert (pulse.top_demands, pulse.top_resources) == ((), ())


def topic(
    situation: str, raised: date, resolved: date | None = None, *, status: TopicStatus | None = None
) -> SparringTopic:
    if status is None:
        status = TopicStatus.OPEN if resolved is None else TopicStatus.RESOLVED
    return SparringTopic(raised, situation, "hr", "notes", status, resolved)


def test_situations_open_at_the_end_and_resolved_in_the_period() -> None:
    before = START - timedelta(days=30)
    topics = (
        topic("dismissal", before),  # open all along
        topic("conflict", START + timedelta(days=5), END + timedelta(days=3)),  # open at end
        topic("first_survey", before, START + timedelta(days=10)),  # resolved in it
        topic("long_term_sick", before, START - timedelta(days=1)),  # resolved before: out
        topic("reorganisation", END + timedelta(days=1)),  # raised after the end: out
        topic("other", START),  # open, but »other« is never shared
        topic("dismissal", START),  # a second one: the key once
    )
    pulse = pulse_of([day(0, 0, stress_step=2)], topics=topics)
    assert pulse.open_situations == ("dismissal", "conflict")  # the catalogue's order
    assert pulse.resolved_situations == ("first_survey",)
    assert pulse.has_sparring


@pytest.mark.parametrize(
    ("topics", "expected"),
    [
        ((), False),
        ((topic("other", START - timedelta(days=9)),), True),  # »other« is sparring too
        ((topic("conflict", START - timedelta(days=9), START - timedelta(days=1)),), False),
        ((topic("conflict", START - timedelta(days=9), START),), True),  # resolved on day 1
        ((topic("conflict", END),), True),
        ((topic("conflict", END + timedelta(days=1)),), False),
    ],
)
def test_has_sparring_is_a_topic_open_at_some_time_in_the_period(
    topics: tuple[SparringTopic, ...], expected: bool
) -> None:
    assert pulse_of([day(0, 0, stress_step=2)], topics=topics).has_sparring is expected


def test_who5_band_is_the_latest_in_the_period_and_only_if_ticked() -> None:
    checkins = (
        Who5CheckIn(START - timedelta(days=1), (0, 0, 0, 0, 0)),  # before: not this one
        Who5CheckIn(START + timedelta(days=3), (1, 1, 1, 1, 1)),  # 20: low
        Who5CheckIn(START + timedelta(days=20), (2, 2, 2, 2, 2)),  # 40: middle, the latest
        Who5CheckIn(END + timedelta(days=1), (5, 5, 5, 5, 5)),  # after: not this one
    )
    logs = [day(0, 0, stress_step=2)]
    assert pulse_of(logs, checkins=checkins, include_who5=True).who5_band is Who5Band.MIDDLE
    assert pulse_of(logs, checkins=checkins).who5_band is None
    outside = (checkins[0], checkins[3])
    assert pulse_of(logs, checkins=outside, include_who5=True).who5_band is None


def test_a_period_without_a_logged_day_is_refused() -> None:
    logs = [day(-1, 0, **worked(60, 60)), day(9, 0, **worked(60, 60))]  # before and after
    with pytest.raises(ValidationError) as refused:
        pulse_of(logs)
    assert refused.value.field == "period"
    assert "no day is logged from 2026-10-05 to 2026-11-29" in str(refused.value)


# --- the group picture ----------------------------------------------------------------------

ROUND = PulseRound("0" * 32, "Ledergruppen, efterår 2026", START, END, 5, bytes(32))


def leader(**changes: Any) -> LeaderPulse:
    base = LeaderPulse(
        days_logged=30,
        weeks_counted=8,
        leadership_share=0.4,
        target_percent=40,
        hours_per_week=40.0,
        weekly_norm=37.0,
        weeks_over_norm=0,
        step_shares=(0.2, 0.2, 0.2, 0.2, 0.2),
        demands_mean=5.0,
        resources_mean=5.0,
        top_demands=(),
        top_resources=(),
        open_situations=(),
        resolved_situations=(),
        has_sparring=False,
    )
    return dataclasses.replace(base, **changes)


def test_fewer_than_the_minimum_is_refused_saying_how_many_more() -> None:
    with pytest.raises(PulseTooFewError) as refused:
        combine_pulses(ROUND, [leader()] * 4)
    assert str(refused.value) == (
        "the group picture needs pulses from at least 5 leaders and has 4: 1 more needed; "
        "nothing was combined"
    )
    bigger = dataclasses.replace(ROUND, min_group=8)
    with pytest.raises(PulseTooFewError, match="at least 8 leaders and has 5: 3 more needed"):
        combine_pulses(bigger, [leader()] * 5)
    # A round file that asks for fewer than five does not lower the floor.
    with pytest.raises(PulseTooFewError, match="at least 5 leaders and has 3: 2 more needed"):
        combine_pulses(dataclasses.replace(ROUND, min_group=2), [leader()] * 3)


def test_the_group_figures_from_six_leaders() -> None:
    pulses = [
        leader(
            days_logged=10,
            leadership_share=0.2,
            target_percent=40,
            hours_per_week=45.0,
            weeks_over_norm=3,
            step_shares=(1.0, 0.0, 0.0, 0.0, 0.0),
            demands_mean=8.0,
            resources_mean=2.0,
            top_demands=("d1", "d2", "d10"),
            top_resources=("r1",),
            open_situations=("dismissal",),
            has_sparring=True,
            who5_band=Who5Band.LOW,
        ),
        leader(
            days_logged=20,
            leadership_share=0.5,
            target_percent=40,
            hours_per_week=38.0,
            step_shares=(0.0, 1.0, 0.0, 0.0, 0.0),
            demands_mean=6.0,
            resources_mean=4.0,
            top_demands=("d2", "d10", "d1"),
            top_resources=("r1", "r2"),
            open_situations=("dismissal", "conflict"),
            has_sparring=False,
            who5_band=Who5Band.HIGH,
        ),
        leader(
            days_logged=30,
            leadership_share=0.3,
            target_percent=50,
            hours_per_week=None,
            step_shares=None,
            demands_mean=None,
            top_demands=("d10", "d2"),
            top_resources=("r1", "r2"),
            open_situations=("conflict",),
            resolved_situations=("first_survey",),
            has_sparring=True,
            who5_band=Who5Band.HIGH,
        ),
        leader(
            days_logged=40,
            leadership_share=None,
            target_percent=30,
            hours_per_week=50.0,
            weeks_over_norm=1,
            step_shares=(0.5, 0.5, 0.0, 0.0, 0.0),
            top_demands=("d1",),
            open_situations=("dismissal",),
            has_sparring=True,
            who5_band=Who5Band.MIDDLE,
        ),
        leader(
            days_logged=50,
            leadership_share=0.6,
            target_percent=40,
            hours_per_week=36.0,
            weekly_norm=30.0,
            step_shares=(0.0, 0.0, 0.0, 0.0, 1.0),
            top_demands=("d3",),
        ),
        leader(
            days_logged=60,
            leadership_share=0.45,
            target_percent=45,
            hours_per_week=20.0,
            step_shares=(0.0, 0.0, 1.0, 0.0, 0.0),
            resources_mean=None,
            top_demands=("d3",),
            who5_band=Who5Band.MIDDLE,
        ),
    ]
    picture = combine_pulses(ROUND, pulses)
    assert picture.leaders == 6
    assert picture.days_logged_median == 35.0
    assert picture.days_logged_total == 210
    assert picture.step_leaders == 5
    assert picture.step_shares == pytest.approx((0.3, 0.3, 0.2, 0.0, 0.2))
    assert picture.who5_leaders == 5
    assert picture.who5_bands == {Who5Band.HIGH: 2, Who5Band.MIDDLE: 2, Who5Band.LOW: 1}
    # Shares 0.2, 0.5, 0.3, 0.6, 0.45 of targets 40, 40, 50, 40, 45.
    assert picture.share_leaders == 5
    assert picture.leadership_share_median == pytest.approx(0.45)
    assert picture.target_percent_median == 40.0
    assert picture.below_target == 2  # 0.2 < 40 %, 0.3 < 50 %; 0.45 is not below 45 %
    assert picture.hours_leaders == 5
    assert picture.hours_per_week_median == 38.0  # 20, 36, 38, 45, 50
    assert picture.weekly_norm_median == 37.0
    assert picture.over_norm == 2
    assert picture.balance_leaders == 4  # one has no demands, one no resources
    assert picture.demands_mean == pytest.approx((8 + 6 + 5 + 5) / 4)
    assert picture.resources_mean == pytest.approx((2 + 4 + 5 + 5) / 4)
    # d2, d10 and d1 three each (the catalogue's order: d2 before d10); d3 by two: left out.
    assert picture.top_demands == (ItemCount("d1", 3), ItemCount("d2", 3), ItemCount("d10", 3))
    assert picture.top_resources == (ItemCount("r1", 3),)  # r2 by two: left out
    assert picture.facing_situation == 4
    assert picture.facing_with_sparring == 3
    assert picture.situations == (ItemCount("dismissal", 3),)  # conflict by two
    assert picture.resolved == 1
    assert picture.with_sparring == 3
    assert picture.left_out == ("demand_items", "resource_items", "situations")


def test_figures_from_fewer_than_three_leaders_are_left_out() -> None:
    pulses = [
        leader(
            step_shares=None,
            leadership_share=None,
            hours_per_week=None,
            weeks_over_norm=0,
            demands_mean=None,
            who5_band=Who5Band.LOW,
        )
        for _ in range(3)
    ] + [leader(open_situations=("conflict",), has_sparring=True) for _ in range(2)]
    picture = combine_pulses(ROUND, pulses)
    assert (picture.step_shares, picture.step_leaders) == (None, 2)
    assert (picture.leadership_share_median, picture.target_percent_median) == (None, None)
    assert (picture.share_leaders, picture.below_target) == (2, 0)
    assert (picture.hours_per_week_median, picture.weekly_norm_median) == (None, None)
    assert (picture.hours_leaders, picture.over_norm) == (2, 0)
    assert (picture.demands_mean, picture.resources_mean, picture.balance_leaders) == (
        None,
        None,
        2,
    )
    assert (picture.who5_bands, picture.who5_leaders) == (None, 3)
    assert (picture.facing_situation, picture.facing_with_sparring) == (2, None)
    assert picture.situations == ()
    assert picture.left_out == (
        "staircase",
        "who5",
        "leadership_share",
        "hours",
        "balance",
        "situations",
        "facing_with_sparring",
    )


def test_nothing_given_is_not_left_out() -> None:
    picture = combine_pulses(ROUND, [leader()] * 5)
    assert (picture.who5_bands, picture.who5_leaders) == (None, 0)
    assert (picture.facing_situation, picture.facing_with_sparring) == (0, None)
    assert picture.top_demands == picture.situations == ()
    assert picture.left_out == ()


# --- hypothesis: no figure rests on fewer than three leaders; the file round trip ---------

finite = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def pulses(draw: st.DrawFn) -> LeaderPulse:
    days = draw(st.integers(1, 400))
    weeks = draw(st.integers(1, days))
    hours = draw(st.none() | st.floats(0, 168))
    counts = draw(st.none() | st.lists(st.integers(0, 30), min_size=5, max_size=5))
    steps = None
    if counts and sum(counts):
        a, b, c, d, e = (n / sum(counts) for n in counts)
        steps = (a, b, c, d, e)
    keys = st.lists(st.sampled_from(BUILTIN_DEMANDS[:5]), max_size=3, unique=True)
    situations = st.lists(st.sampled_from(PULSE_SITUATIONS), unique=True).map(tuple)
    open_situations, resolved = draw(situations), draw(situations)
    return LeaderPulse(
        days_logged=days,
        weeks_counted=weeks,
        leadership_share=draw(st.none() | st.floats(0, 1)),
        target_percent=draw(st.integers(0, 100)),
        hours_per_week=hours,
        weekly_norm=draw(st.floats(1, 80)),
        weeks_over_norm=draw(st.integers(0, weeks)) if hours is not None else 0,
        step_shares=steps,
        demands_mean=draw(st.none() | st.floats(0, 10)),
        resources_mean=draw(st.none() | st.floats(0, 10)),
        top_demands=tuple(draw(keys)),
        top_resources=tuple(
            draw(st.lists(st.sampled_from(BUILTIN_RESOURCES[:4]), max_size=3, unique=True))
        ),
        open_situations=open_situations,
        resolved_situations=resolved,
        has_sparring=bool(open_situations or resolved) or draw(st.booleans()),
        who5_band=draw(st.none() | st.sampled_from(Who5Band)),
    )


def _rests_on_enough(picture: GroupPicture, given: list[LeaderPulse]) -> None:
    least = FIGURE_MIN_LEADERS
    if picture.step_shares is not None:
        assert picture.step_leaders >= least
        assert math.fsum(picture.step_shares) == pytest.approx(1)
    if picture.who5_bands is not None:
        assert picture.who5_leaders >= 5
        assert sum(picture.who5_bands.values()) == picture.who5_leaders
    for figure, leaders in (
        (picture.leadership_share_median, picture.share_leaders),
        (picture.target_percent_median, picture.share_leaders),
        (picture.hours_per_week_median, picture.hours_leaders),
        (picture.weekly_norm_median, picture.hours_leaders),
        (picture.demands_mean, picture.balance_leaders),
        (picture.resources_mean, picture.balance_leaders),
    ):
        assert figure is None or leaders >= least
    if picture.share_leaders < least:
        assert picture.below_target == 0
    if picture.hours_leaders < least:
        assert picture.over_norm == 0
    for item in (*picture.top_demands, *picture.top_resources, *picture.situations):
        assert item.leaders >= least
    if picture.facing_with_sparring is not None:
        assert picture.facing_situation >= least
    # The counts are the leaders' own, and the lists name only what enough leaders named.
    named = sum(1 for p in given if "d1" in p.top_demands)
    assert (ItemCount("d1", named) in picture.top_demands) is (named >= least)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pulses(), min_size=5, max_size=9))
def test_combine_never_shows_a_figure_resting_on_fewer_than_three(given: list[LeaderPulse]) -> None:
    picture = combine_pulses(ROUND, given)
    assert picture.leaders == len(given)
    _rests_on_enough(picture, given)
    assert combine_pulses(ROUND, list(reversed(given))) == picture  # the order does not matter


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


ITEMS = st.lists(st.sampled_from([*BUILTIN_DEMANDS, "own-boss"]), max_size=4, unique=True)


@st.composite
def day_logs(draw: st.DrawFn) -> DayLog:
    hours = draw(st.none() | st.integers(0, 1440))
    return DayLog(
        day=START + timedelta(days=draw(st.integers(0, (END - START).days))),
        minutes=draw(
            st.dictionaries(
                st.sampled_from(["people_leadership", "operations", "strategy"]),
                st.integers(0, 480),
            )
        ),
        hours_worked_minutes=hours,
        stress_step=draw(st.none() | st.integers(1, 5)),
        demands=draw(st.none() | st.integers(0, 10)),
        resources=draw(st.none() | st.integers(0, 10)),
        demand_items=tuple(draw(ITEMS)),
        resource_items=tuple(draw(st.lists(st.sampled_from(["r1", "r9", "own-dog"]), unique=True))),
    )


@st.composite
def topics(draw: st.DrawFn) -> SparringTopic:
    raised = START + timedelta(days=draw(st.integers(-60, 70)))
    resolved = draw(st.none() | st.integers(0, 90).map(lambda n: raised + timedelta(days=n)))
    situation = draw(st.sampled_from([*PULSE_SITUATIONS, "other"]))
    return topic(situation, raised, resolved)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(day_logs(), min_size=1, max_size=25),
    st.lists(topics(), max_size=4),
    st.floats(1, 80),
    st.integers(0, 100),
    st.booleans(),
)
def test_every_computed_pulse_is_one_the_file_takes_back(
    logs: list[DayLog],
    topic_list: list[SparringTopic],
    norm: float,
    target: int,
    include_who5: bool,
) -> None:
    checkins = (Who5CheckIn(START + timedelta(days=3), (3, 2, 4, 1, 5)),)
    pulse = pulse_of(
        logs,
        topics=tuple(topic_list),
        checkins=checkins,
        include_who5=include_who5,
        target=target,
        norm=norm,
    )
    assert pulse.days_logged == len({log.day for log in logs})
    assert 1 <= pulse.weeks_counted <= 8
    assert "own-boss" not in pulse.top_demands
    data = json.loads(json.dumps(pulse_to_dict(pulse)))
    assert pulse_from_dict(data, period=(START, END)) == pulse


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
    check_round("x" * 80, START, START, 500)


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
        ("Runde", END, START, 5, "from"),
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


def test_group_figure_names_are_the_left_out_words() -> None:
    assert {figure.value for figure in GroupFigure} >= {"staircase", "who5", "situations"}
