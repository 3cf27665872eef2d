"""Trends over a real encrypted journal.

Trends over a real encrypted journal: the fast path gives exactly what the pure domain code gives,
the heatmap points, and the insights the service gathers.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.conftest import FIXED_NOW
from tests.sizing import long_only
from tests.unit.test_aggregation import WEEK, WHO5
from wellbeing_desktop.domain.aggregation import Granularity, PeriodSummary, overall, summarize
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.insights import DayPoint, InsightTone
from wellbeing_desktop.domain.models import (
    ActivityKind,
    Category,
    DayLog,
    Language,
    Settings,
    SparringTopic,
    Who5CheckIn,
)
from wellbeing_desktop.services.demo import generate_demo

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.services.journal import Journal

TODAY = FIXED_NOW.date()  # Thursday 26 November 2026, ISO week 48
GOLF = Category("golf", "Golf", "Golf", ActivityKind.OWN_WORK, 9)

# Around two new years: 2020 has an ISO week 53 running into 2021; ISO week 1 of 2026
# starts on Monday 29 December 2025.
NEW_YEARS = [
    DayLog(date(2020, 12, 31), minutes={"operations": 120}, stress_step=2, signals=("s1",)),
    DayLog(date(2021, 1, 3), minutes={"strategy": 60}, stress_step=4, demands=6, resources=2),
    DayLog(date(2021, 1, 4), hours_worked_minutes=300, stress_step=1, resource_items=("r1",)),
    DayLog(date(2025, 12, 28), minutes={"own_tasks": 45}, energy=2),
    DayLog(date(2025, 12, 31), minutes={"people_leadership": 30}, demand_items=("d3", "d1")),
    DayLog(date(2026, 1, 2), stress_step=3, signals=("s2", "s1"), demands=9, resources=9),
]
NEW_YEAR_WHO5 = [Who5CheckIn(date(2021, 1, 1), (2, 2, 2, 2, 2))]


def assert_same(fast: list[PeriodSummary], slow: list[PeriodSummary]) -> None:
    assert fast == slow
    for mine, theirs in zip(fast, slow, strict=True):
        # Dicts compare without order; the ranked counts must keep theirs too.
        for field in ("signal_counts", "demand_item_counts", "resource_item_counts"):
            assert list(getattr(mine, field).items()) == list(getattr(theirs, field).items())
        assert list(mine.minutes_by_kind) == list(theirs.minutes_by_kind)


def outcome(call: Callable[..., object], *args: object, **kwargs: object) -> object:
    """What a call gives, or the message of the ValidationError it raises."""
    try:
        return call(*args, **kwargs)
    except ValidationError as error:
        return f"error: {error}"


def assert_same_outcome(fast: object, slow: object) -> None:
    if isinstance(slow, PeriodSummary):
        fast, slow = [fast], [slow]
    if isinstance(slow, list):
        assert isinstance(fast, list)
        assert_same(fast, slow)
    else:
        assert fast == slow  # the same error message


def assert_all_ranges_match(
    journal: Journal, ranges: list[tuple[date | None, date | None]]
) -> None:
    """Summaries and the overall summary, fast against the domain, for every range."""
    days, settings = journal.days(), journal.settings()
    given = {"categories": journal.categories(), "who5": journal.who5_checkins()}
    for start, end in ranges:
        # The old Journal.summaries handed the domain the days inside the range.
        logs = [d for d in days if (start or d.day) <= d.day <= (end or d.day)]
        norm = settings.weekly_hours_norm
        for granularity in Granularity:
            assert_same_outcome(
                outcome(journal.summaries, granularity, start, end),
                outcome(
                    summarize,
                    logs,
                    **given,
                    weekly_norm=norm,
                    granularity=granularity,
                    start=start,
                    end=end,
                ),
            )
        assert_same_outcome(
            outcome(journal.overall, start, end),
            outcome(overall, logs, **given, weekly_norm=norm, start=start, end=end),
        )


@pytest.fixture
def hand_made(journal: Journal) -> Journal:
    """A hand-computed week, new-year days and a 37.5 h norm.

    The hand-computed week of test_aggregation (golf is a category that was removed after its
    minutes were logged), the new-year days and a norm of 37.5 h.
    """
    journal.save_categories([*DEFAULT_CATEGORIES, GOLF])
    week = [dataclasses.replace(log, day=log.day - timedelta(days=7)) for log in WEEK]
    for log in [*week, *NEW_YEARS]:
        journal.save_day(log)
    journal.save_categories(list(DEFAULT_CATEGORIES))
    for checkin in [*(dataclasses.replace(c, taken_on=c.taken_on - timedelta(7)) for c in WHO5)]:
        journal.record_who5(checkin)
    for checkin in NEW_YEAR_WHO5:
        journal.record_who5(checkin)
    journal.save_settings(Settings(weekly_hours_norm=37.5))
    return journal


def test_hand_made_week_matches_the_hand_computed_numbers(hand_made: Journal) -> None:
    # test_aggregation's week, moved back one week to 2026-W47 (the clock's today is in W48).
    [w47] = hand_made.summaries(Granularity.WEEK, date(2026, 11, 16), date(2026, 11, 22))
    assert w47.label == "2026-W47"
    assert w47.days_logged == 4
    assert w47.minutes_by_kind == {
        ActivityKind.OPERATIONS: 570,
        ActivityKind.LEADERSHIP: 315,
        ActivityKind.OWN_WORK: 180,
    }
    assert w47.leadership_share == pytest.approx(315 / 1065)
    assert w47.hours_worked == pytest.approx(24.0)  # golf's 60 minutes count nowhere
    assert w47.hours_norm == pytest.approx(37.5)
    assert w47.stress_mean == pytest.approx(2.25)
    assert list(w47.signal_counts.items()) == [
        ("sig-headache", 2),
        ("sig-sleep", 2),
        ("sig-overview", 1),
    ]
    assert w47.balance == pytest.approx(-4.0)
    assert w47.who5_scores == ((date(2026, 11, 20), 52),)


def test_the_fast_path_gives_what_the_domain_gives(hand_made: Journal) -> None:
    assert_all_ranges_match(
        hand_made,
        [
            (None, None),  # from the first WHO-5 or day to the last
            (date(2026, 11, 18), date(2026, 11, 26)),  # starts mid-week, ends today
            (date(2026, 11, 1), None),
            (None, date(2021, 1, 10)),
            (date(2020, 12, 24), date(2021, 1, 17)),  # ISO week 53 into 2021
            (date(2025, 12, 20), date(2026, 1, 11)),  # 2026-W01 starts in 2025
            (date(2023, 3, 1), date(2023, 5, 31)),  # nothing logged at all
        ],
    )


def test_gaps_stay_gaps(hand_made: Journal) -> None:
    weeks = hand_made.summaries(Granularity.WEEK, date(2020, 12, 21), date(2021, 1, 17))
    assert [(w.label, w.days_logged) for w in weeks] == [
        ("2020-W52", 0),
        ("2020-W53", 2),
        ("2021-W01", 1),
        ("2021-W02", 0),
    ]
    empty = weeks[-1]
    assert (empty.stress_mean, empty.leadership_share, empty.balance) == (None, None, None)
    assert empty.hours_worked == 0.0
    w53 = weeks[1]
    assert (w53.start, w53.end, w53.stress_max) == (date(2020, 12, 28), date(2021, 1, 3), 4)
    assert w53.who5_scores == ((date(2021, 1, 1), 40),)
    months = hand_made.summaries(Granularity.MONTH, date(2025, 12, 1), date(2026, 1, 31))
    assert [(m.label, m.days_logged, m.demand_item_counts) for m in months] == [
        ("2025-12", 2, {"d1": 1, "d3": 1}),
        ("2026-01", 1, {}),
    ]


def test_errors_and_an_empty_journal_match_the_domain(journal: Journal) -> None:
    assert journal.summaries(Granularity.WEEK) == []
    with pytest.raises(ValidationError, match="^from: .*a date range, or some logged days"):
        journal.overall()
    with pytest.raises(ValidationError, match="^from: '2026-11-30'"):
        journal.summaries(Granularity.DAY, date(2026, 11, 30), date(2026, 11, 1))
    [only] = journal.summaries(Granularity.MONTH, date(2026, 11, 20))
    assert (only.start, only.end, only.days_logged) == (date(2026, 11, 20),) * 2 + (0,)
    # Only a WHO-5 check-in: the range comes from it, as before.
    journal.record_who5(Who5CheckIn(date(2026, 11, 2), (3, 3, 3, 3, 3)))
    # Only a check-in after the end: the start taken from it lies after the end.
    assert_all_ranges_match(
        journal, [(None, None), (None, date(2026, 11, 1)), (date(2026, 11, 3), None)]
    )
    with pytest.raises(ValidationError, match="^from: '2026-11-02'"):
        journal.summaries(Granularity.WEEK, None, date(2026, 11, 1))


def test_a_demo_journal_matches_the_domain(journal: Journal) -> None:
    journal.import_content(generate_demo(days=400, seed=3, end=TODAY))
    assert_all_ranges_match(
        journal,
        [(None, None), (date(2026, 2, 11), date(2026, 8, 2)), (date(2025, 12, 1), None)],
    )


@pytest.mark.slow
@pytest.mark.long
@long_only  # the default run checks the 400-day demo above
def test_the_ten_year_demo_matches_the_domain(journal: Journal) -> None:
    journal.import_content(generate_demo(days=3650, seed=1, end=TODAY))
    assert_all_ranges_match(journal, [(None, None), (date(2019, 12, 25), date(2021, 1, 6))])


def test_day_points(hand_made: Journal) -> None:
    points = hand_made.day_points(date(2026, 11, 16), date(2026, 11, 22))
    assert points == [
        DayPoint(date(2026, 11, 16), 2, 135 / 465),
        DayPoint(date(2026, 11, 17), 3, 0.0),  # golf's minutes are not logged time
        DayPoint(date(2026, 11, 19), 3, 1.0),
        DayPoint(date(2026, 11, 21), 1, None),  # no minutes: no share
    ]
    assert hand_made.day_points(date(2026, 11, 23), TODAY) == []


def test_day_points_over_a_demo_match_the_days(journal: Journal) -> None:
    journal.import_content(generate_demo(days=120, seed=2, end=TODAY))
    start, end = TODAY - timedelta(days=90), TODAY - timedelta(days=10)
    kinds = {c.key: c.kind for c in journal.categories()}
    expected = []
    for log in journal.days(start, end):
        lead = sum(m for k, m in log.minutes.items() if kinds[k] is ActivityKind.LEADERSHIP)
        share = lead / log.logged_minutes if log.logged_minutes else None
        expected.append(DayPoint(log.day, log.stress_step, share))
    assert journal.day_points(start, end) == expected
    assert len(expected) > 40


# --- insights ----------------------------------------------------------------------------


def hard_weeks(journal: Journal, first: date) -> None:
    """Weekdays from ``first`` to today: 9 h days, 30 % leadership, step 3, demands 8 vs 3."""
    day = first
    while day <= TODAY:
        if day.weekday() < 5:
            journal.save_day(
                DayLog(
                    day=day,
                    minutes={"operations": 270, "people_leadership": 134, "own_tasks": 40},
                    hours_worked_minutes=540,
                    stress_step=3,
                    demands=8,
                    resources=3,
                )
            )
        day += timedelta(days=1)


def test_insights_over_a_real_journal(journal: Journal) -> None:
    hard_weeks(journal, date(2026, 11, 2))  # weeks 45 to 48
    journal.record_who5(Who5CheckIn(date(2026, 11, 20), (2, 2, 2, 2, 2)))  # 40
    start = date(2026, 10, 29)
    found = journal.insights(start, TODAY, Language.DANISH)
    assert [i.rule for i in found] == [
        "who5_reduced",
        "stress_raised",
        "no_sparring_while_stressed",
        "hours_over_norm",
        "operations_over_target",
        "demands_over_resources",
    ]
    assert all(i.tone is InsightTone.ATTENTION for i in found)
    by_rule = {i.rule: i for i in found}
    assert "4 uger i træk (uge 45–48)" in by_rule["operations_over_target"].text
    assert by_rule["operations_over_target"].figures[-1] == ("Mål", "40 %")
    assert by_rule["who5_reduced"].text.startswith("Din WHO-5 den 20. november 2026 var 40.")
    assert (by_rule["hours_over_norm"].period_start, by_rule["hours_over_norm"].period_end) == (
        date(2026, 11, 2),
        TODAY,
    )

    # The user's own target and norm, a recent sparring topic, and English.
    journal.save_settings(Settings(weekly_hours_norm=45, leadership_target_percent=30))
    journal.save_sparring_topic(SparringTopic(date(2026, 11, 24), "first_appraisal", "own_leader"))
    english = journal.insights(start, TODAY, Language.ENGLISH)
    assert [i.rule for i in english] == ["who5_reduced", "stress_raised", "demands_over_resources"]
    assert english[0].text.startswith("Your WHO-5 on 20 November 2026 was 40.")
    assert "on 9 of 9 days in the last two weeks (weeks 47–48)" in english[1].text


def test_insights_name_the_good_news_too(journal: Journal) -> None:
    hard_weeks(journal, date(2026, 10, 19))  # weeks 43 to 48 ...
    for day in (date(2026, 11, 16) + timedelta(days=i) for i in range(11)):
        if day.weekday() < 5:  # ... but weeks 47 and 48 went better
            journal.save_day(
                DayLog(
                    day=day,
                    minutes={"operations": 150, "people_leadership": 250, "own_tasks": 44},
                    stress_step=1,
                    demands=3,
                    resources=7,
                )
            )
    journal.record_who5(Who5CheckIn(date(2026, 11, 6), (2, 2, 2, 2, 2)))  # 40
    journal.record_who5(Who5CheckIn(date(2026, 11, 25), (3, 3, 3, 3, 3)))  # 60
    found = journal.insights(date(2026, 10, 19), TODAY, Language.DANISH)
    assert [(i.rule, i.tone) for i in found] == [
        ("who5_up", InsightTone.GOOD),
        ("stress_easing", InsightTone.GOOD),
        ("resources_outweigh_demands", InsightTone.GOOD),
    ]
    # Nothing from before the range: a WHO-5 of 20 in September is not read.
    journal.record_who5(Who5CheckIn(date(2026, 9, 10), (1, 1, 1, 1, 1)))
    assert journal.insights(date(2026, 10, 19), TODAY, Language.DANISH) == found


def test_insights_refuse_a_backwards_range(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="^from:"):
        journal.insights(TODAY, date(2026, 11, 1), Language.DANISH)


def test_weekdays_are_counted_as_the_domain_counts_them() -> None:
    from wellbeing_desktop.domain.aggregation import weekdays_between
    from wellbeing_desktop.services.trends import _weekdays

    start = date(2026, 11, 23)  # a Monday
    for offset in range(7):
        first = start + timedelta(days=offset)
        for length in range(-2, 40):
            last = first + timedelta(days=length)
            assert _weekdays(first, last) == weekdays_between(first, last), (first, last)


def test_a_logged_day_summed_up_directly_equals_the_general_sum() -> None:
    from wellbeing_desktop.domain.models import CatalogueKind
    from wellbeing_desktop.services import trends
    from wellbeing_desktop.storage.series import DayRow

    picked = {
        CatalogueKind.SIGNAL: {"s2": 1, "s1": 1},
        CatalogueKind.DEMAND: {},
        CatalogueKind.RESOURCE: {"r1": 1},
    }
    saturday, monday = date(2026, 11, 21), date(2026, 11, 23)
    rows = [
        DayRow(monday, (60, 120, 30), None, 3, 4, 5, 2, 2),
        DayRow(saturday, (0, 0, 0), 300, None, None, 7, None, 0),
        DayRow(monday, (0, 45, 0), None, 5, 9, None, 1, 0),
        DayRow(saturday, (15, 0, 0), 0, 1, 0, 0, 0, 1),
    ]
    for row in rows:
        general = trends._summary(row.day, row.day, row.day.isoformat(), (row,), picked, (), 7.5)
        direct = trends._day_summary(row, picked, 7.5)
        assert_same([direct], [general])
