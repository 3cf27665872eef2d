"""The proposed time split (issue #15): the rule, over a real encrypted journal."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.domain.proposals import ProposalSource, median_split, propose_time
from wellbeing_desktop.services.proposal import time_proposal

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal

TODAY = date(2026, 11, 26)  # the fixed clock's day, a Thursday
WEEK = timedelta(days=7)


def _log(journal: Journal, day: date, **minutes: int) -> None:
    journal.save_day(DayLog(day=day, minutes=minutes))


def _all_days(journal: Journal) -> list[DayLog]:
    return journal.days()


def test_median_of_the_last_four_same_weekdays(journal: Journal) -> None:
    # Five Thursdays back: the oldest is left out (only the last four count).
    for weeks, ops in ((5, 600), (4, 240), (3, 120), (2, 180), (1, 300)):
        _log(journal, TODAY - weeks * WEEK, operations=ops, strategy=30 * weeks)
    _log(journal, TODAY - timedelta(days=1), operations=15)  # yesterday: not used
    before = _all_days(journal)

    proposal = time_proposal(journal, TODAY)

    assert proposal is not None
    assert proposal.source is ProposalSource.TYPICAL_WEEKDAY
    # operations: 240, 120, 180, 300 → middle two 180 and 240 → 210
    # strategy: 120, 90, 60, 30 → middle two 60 and 90 → 75
    assert proposal.minutes == {"operations": 210, "strategy": 75}
    assert proposal.based_on == tuple(TODAY - w * WEEK for w in (4, 3, 2, 1))
    assert _all_days(journal) == before  # computing it wrote nothing
    assert journal.day(TODAY) is None


def test_fewer_than_four_and_an_odd_count(journal: Journal) -> None:
    _log(journal, TODAY - 3 * WEEK, operations=100, own_tasks=60)
    _log(journal, TODAY - 2 * WEEK, operations=200)
    _log(journal, TODAY - 1 * WEEK, operations=400, own_tasks=30)

    proposal = time_proposal(journal, TODAY)

    assert proposal is not None
    assert proposal.source is ProposalSource.TYPICAL_WEEKDAY
    # A day without the category counts as 0: own_tasks 60, 0, 30 → 30.
    assert proposal.minutes == {"operations": 200, "own_tasks": 30}


def test_days_without_time_do_not_count_and_one_weekday_is_not_typical(
    journal: Journal,
) -> None:
    _log(journal, TODAY - 1 * WEEK, operations=300)
    journal.save_day(DayLog(day=TODAY - 2 * WEEK, energy=3))  # logged, but no time
    _log(journal, TODAY - timedelta(days=1), operations=45, people_leadership=90)

    proposal = time_proposal(journal, TODAY)

    assert proposal is not None
    assert proposal.source is ProposalSource.LATEST_DAY
    assert proposal.minutes == {"operations": 45, "people_leadership": 90}


def test_none_when_there_is_nothing_to_go_on(journal: Journal) -> None:
    assert time_proposal(journal, TODAY) is None
    _log(journal, TODAY - 1 * WEEK - timedelta(days=1), operations=60)  # eight days back
    assert time_proposal(journal, TODAY) is None
    # Too long ago to be typical: eight weeks is the horizon.
    _log(journal, TODAY - 9 * WEEK, operations=300)
    assert time_proposal(journal, TODAY) is None


def test_after_a_weekend_the_latest_day_of_the_week_before_stands_in(journal: Journal) -> None:
    _log(journal, TODAY - 1 * WEEK, operations=300)  # one Thursday alone is not typical
    _log(journal, TODAY - timedelta(days=3), operations=120, strategy=60)  # Monday
    _log(journal, TODAY - timedelta(days=2), operations=60)  # Tuesday, the latest
    proposal = time_proposal(journal, TODAY)
    assert proposal is not None
    assert proposal.source is ProposalSource.LATEST_DAY
    assert proposal.based_on == (TODAY - timedelta(days=2),)
    assert proposal.minutes == {"operations": 60}


def test_only_for_days_without_time(journal: Journal) -> None:
    for weeks in (1, 2):
        _log(journal, TODAY - weeks * WEEK, operations=300)
    _log(journal, TODAY, strategy=30)
    assert time_proposal(journal, TODAY) is None
    # A day stored with other things but no time still gets one, its fields untouched.
    journal.save_day(DayLog(day=TODAY - timedelta(days=1), energy=4, reflection="x"))
    proposal = time_proposal(journal, TODAY - timedelta(days=1))
    assert proposal is not None  # a Wednesday: the Thursday before it, within a week
    assert proposal.based_on == (TODAY - WEEK,)
    _log(journal, TODAY - timedelta(days=2), operations=30)
    proposal = time_proposal(journal, TODAY - timedelta(days=1))
    assert proposal is not None
    assert proposal.source is ProposalSource.LATEST_DAY
    assert journal.day(TODAY - timedelta(days=1)) == DayLog(
        day=TODAY - timedelta(days=1), energy=4, reflection="x"
    )


def test_a_past_day_looks_only_at_the_days_before_it() -> None:
    day = date(2026, 11, 12)
    earlier = {day - w * WEEK: {"operations": 60 * w} for w in (1, 2)}
    proposal = propose_time(day, {day + WEEK: {"operations": 999}, **earlier})
    assert proposal is not None
    assert proposal.minutes == {"operations": 90}
    # A removed category is not proposed.
    assert propose_time(day, earlier, categories={"strategy"}) is None


def test_median_rounds_an_even_count_to_five_minutes_and_leaves_out_zero() -> None:
    assert median_split([{"a": 105}, {"a": 120}]) == {"a": 115}  # 112.5: to five minutes
    assert median_split([{"a": 60}, {"a": 62}]) == {"a": 60}
    assert median_split([{"a": 61}, {"a": 62}, {"a": 99}]) == {"a": 62}  # odd: as logged
    assert median_split([{"a": 60, "b": 10}, {"a": 60}, {"a": 60}]) == {"a": 60}
    assert median_split([]) == {}


def test_a_weekend_day_is_offered_only_its_own_kind() -> None:
    saturday = date(2026, 11, 28)
    friday = {saturday - timedelta(days=1): {"operations": 420}}
    assert propose_time(saturday, friday) is None  # a working day's split does not fit
    saturdays = {saturday - w * WEEK: {"own_tasks": 60} for w in (1, 2)}
    proposal = propose_time(saturday, {**friday, **saturdays})
    assert proposal is not None
    assert proposal.minutes == {"own_tasks": 60}
