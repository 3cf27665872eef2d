"""The group picture: too few refused, the figures of six, what is left out, and the counts.

A count of leaders is shown exactly only from 3 to N - 3; below as "few", above as "most".
"""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.pulse_helpers import ROUND, leader
from tests.unit.pulse_strategies import pulses
from wellbeing_desktop.domain.pulse import (
    FIGURE_MIN_LEADERS,
    CountShown,
    GroupCount,
    GroupFigure,
    GroupPicture,
    ItemCount,
    LeaderPulse,
    PulseTooFewError,
    Who5Band,
    combine_pulses,
    group_count,
)


def exact(count: int, of: int) -> GroupCount:
    return GroupCount(CountShown.EXACT, count, of)


def few(of: int) -> GroupCount:
    return GroupCount(CountShown.FEW, None, of)


def most(of: int) -> GroupCount:
    return GroupCount(CountShown.MOST, None, of)


@pytest.mark.parametrize(
    ("count", "of", "shown"),
    [
        (0, 10, few(10)),  # "0 of 10" would tell every leader's state
        (2, 10, few(10)),  # "2 of 10" nearly points at two
        (3, 10, exact(3, 10)),
        (7, 10, exact(7, 10)),
        (8, 10, most(10)),  # "8 of 10": only two are not
        (10, 10, most(10)),  # "10 of 10" tells every leader's state
        (3, 6, exact(3, 6)),  # the only exact count of six
        (2, 5, few(5)),  # of five, nothing is exact
        (3, 5, most(5)),
        (5, 5, most(5)),
        (3, 4, most(4)),
        (2, 4, few(4)),
        (0, 3, None),  # of three: "few" and "most" would say "not all" and "all three"
        (3, 3, None),
        (0, 0, None),
    ],
)
def test_a_count_is_exact_only_with_three_on_each_side(
    count: int, of: int, shown: GroupCount | None
) -> None:
    assert group_count(count, of) == shown


def test_a_count_outside_its_group_is_a_bug() -> None:
    for count, of in ((-1, 6), (7, 6)):
        with pytest.raises(ValueError, match="a count from 0 to 6"):
            group_count(count, of)


def test_a_banded_count_keeps_no_number() -> None:
    for count in (0, 1, 2, 5, 6):
        shown = group_count(count, 6)
        assert shown is not None
        assert (shown.count, shown.exact) == (None, False)


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
    assert not hasattr(picture, "days_logged_total")  # with the median it could pin one
    assert picture.step_leaders == 5
    assert picture.step_shares == pytest.approx((0.3, 0.3, 0.2, 0.0, 0.2))
    assert picture.who5_leaders == 5
    # 2, 2 and 1 of five: no band is exact (of five, no count is), and "at most 2" three
    # times over five leaders would still say that someone is in each band: left out.
    assert picture.who5_bands is None
    assert "who5" in picture.left_out
    # Shares 0.2, 0.5, 0.3, 0.6, 0.45 of targets 40, 40, 50, 40, 45.
    assert picture.share_leaders == 5
    assert picture.leadership_share_median == pytest.approx(0.45)
    assert picture.target_percent_median == 40.0
    # 0.2 < 40 %, 0.3 < 50 %; 0.45 is not below 45 %: 2 of 5, shown as "fewer than 3".
    assert picture.below_target == few(5)
    assert picture.hours_leaders == 5
    assert picture.hours_per_week_median == 38.0  # 20, 36, 38, 45, 50
    assert picture.weekly_norm_median == 37.0
    assert picture.over_norm == few(5)  # 2 of 5
    assert picture.balance_leaders == 4  # one has no demands, one no resources
    assert picture.demands_mean == pytest.approx((8 + 6 + 5 + 5) / 4)
    assert picture.resources_mean == pytest.approx((2 + 4 + 5 + 5) / 4)
    # d2, d10 and d1 three each (the catalogue's order: d2 before d10); d3 by two: left out.
    assert picture.top_demands == (
        ItemCount("d1", exact(3, 6)),
        ItemCount("d2", exact(3, 6)),
        ItemCount("d10", exact(3, 6)),
    )
    assert picture.top_resources == (ItemCount("r1", exact(3, 6)),)  # r2 by two: left out
    assert picture.facing_situation == most(6)  # 4 of 6: only two do not
    # 3 of the 4 have sparring: not shown beside a banded count of those facing one.
    assert picture.facing_with_sparring is None
    assert picture.situations == (ItemCount("dismissal", exact(3, 6)),)  # conflict by two
    assert picture.resolved == few(6)  # 1 of 6 would point at one leader
    assert picture.with_sparring == exact(3, 6)
    assert picture.left_out == ("who5", "demand_items", "resource_items", "situations")


def test_sparring_among_those_facing_a_situation_is_a_count_of_them() -> None:
    facing = [
        leader(open_situations=("conflict",), has_sparring=n < 3) for n in range(6)
    ]  # 6 face a situation, 3 of them with sparring
    picture = combine_pulses(ROUND, [*facing, leader(), leader(), leader()])
    assert picture.facing_situation == exact(6, 9)
    assert picture.facing_with_sparring == exact(3, 6)
    assert picture.situations == (ItemCount("conflict", exact(6, 9)),)
    assert picture.with_sparring == exact(3, 9)
    # One more without a situation's sparring: 2 of 6 is shown as "few".
    others = [leader(), leader(), leader()]
    picture = combine_pulses(ROUND, [*facing[1:], leader(open_situations=("conflict",)), *others])
    assert picture.facing_with_sparring == few(6)
    # Of five facing one (most of seven): not shown, it would hint at how many face one.
    picture = combine_pulses(ROUND, [*facing[:5], leader(), leader()])
    assert (picture.facing_situation, picture.facing_with_sparring) == (most(7), None)


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
    assert (picture.share_leaders, picture.below_target) == (2, None)
    assert (picture.hours_per_week_median, picture.weekly_norm_median) == (None, None)
    assert (picture.hours_leaders, picture.over_norm) == (2, None)
    assert (picture.demands_mean, picture.resources_mean, picture.balance_leaders) == (
        None,
        None,
        2,
    )
    assert (picture.who5_bands, picture.who5_leaders) == (None, 3)
    assert (picture.facing_situation, picture.facing_with_sparring) == (few(5), None)
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
    assert (picture.facing_situation, picture.facing_with_sparring) == (few(5), None)
    assert (picture.resolved, picture.with_sparring) == (few(5), few(5))
    assert picture.top_demands == picture.situations == ()
    assert picture.left_out == ()


def _rests_on_enough(picture: GroupPicture, given: list[LeaderPulse]) -> None:
    least = FIGURE_MIN_LEADERS
    if picture.step_shares is not None:
        assert picture.step_leaders >= least
        # Each share is rounded to whole percent: five of them add up to 100 % ± 2.5.
        assert math.fsum(picture.step_shares) == pytest.approx(1, abs=0.03)
    if picture.who5_bands is not None:
        assert picture.who5_leaders >= 5
        assert all(band.of == picture.who5_leaders for band in picture.who5_bands.values())
        shared = [p.who5_band for p in given if p.who5_band is not None]
        assert picture.who5_bands == {
            band: group_count(shared.count(band), len(shared)) for band in Who5Band
        }
        _banded(list(picture.who5_bands.values()))
    for figure, leaders in (
        (picture.leadership_share_median, picture.share_leaders),
        (picture.target_percent_median, picture.share_leaders),
        (picture.hours_per_week_median, picture.hours_leaders),
        (picture.weekly_norm_median, picture.hours_leaders),
        (picture.demands_mean, picture.balance_leaders),
        (picture.resources_mean, picture.balance_leaders),
    ):
        assert figure is None or leaders >= least
    if picture.share_leaders <= least:
        assert picture.below_target is None
    if picture.hours_leaders <= least:
        assert picture.over_norm is None
    for item in (*picture.top_demands, *picture.top_resources, *picture.situations):
        assert item.leaders.shown is not CountShown.FEW  # only items named by 3 or more
    if picture.facing_with_sparring is not None:
        assert picture.facing_situation.exact
        assert picture.facing_with_sparring.of == picture.facing_situation.count
    counts = [
        picture.below_target,
        picture.over_norm,
        picture.facing_situation,
        picture.facing_with_sparring,
        picture.resolved,
        picture.with_sparring,
        *(item.leaders for item in (*picture.top_demands, *picture.top_resources)),
        *(item.leaders for item in picture.situations),
    ]
    _banded([count for count in counts if count is not None])
    # The counts are the leaders' own, and the lists name only what enough leaders named.
    named = sum(1 for p in given if "d1" in p.top_demands)
    listed = [item.leaders for item in picture.top_demands if item.key == "d1"]
    assert listed == ([group_count(named, len(given))] if named >= least else [])
    facing = sum(1 for p in given if p.open_situations)
    assert picture.facing_situation == group_count(facing, len(given))


def _banded(counts: list[GroupCount]) -> None:
    """No count is exact with fewer than 3 on either side; a banded one keeps no number."""
    for count in counts:
        if count.exact:
            assert count.count is not None
            assert FIGURE_MIN_LEADERS <= count.count <= count.of - FIGURE_MIN_LEADERS
        else:
            assert count.count is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pulses(), min_size=5, max_size=9))
def test_combine_never_shows_a_figure_resting_on_fewer_than_three(given: list[LeaderPulse]) -> None:
    picture = combine_pulses(ROUND, given)
    assert picture.leaders == len(given)
    _rests_on_enough(picture, given)
    assert combine_pulses(ROUND, list(reversed(given))) == picture  # the order does not matter


def test_group_figure_names_are_the_left_out_words() -> None:
    assert {figure.value for figure in GroupFigure} >= {"staircase", "who5", "situations"}
