"""Period summaries checked against numbers worked out by hand."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest

from wellbeing_desktop.domain.aggregation import (
    Granularity,
    PeriodSummary,
    balance_sentence,
    daily_norm_hours,
    daily_norm_minutes,
    overall,
    period_end,
    period_label,
    period_start,
    summarize,
    weekdays_between,
)
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import ActivityKind, DayLog, Language, Who5CheckIn

OPS, LEAD, OWN = ActivityKind.OPERATIONS, ActivityKind.LEADERSHIP, ActivityKind.OWN_WORK

# ISO week 2026-W48 runs Monday 23 to Sunday 29 November 2026.
WEEK = [
    DayLog(  # Mon: 465 min logged, 135 of them leadership; says 8 h worked
        day=date(2026, 11, 23),
        minutes={"operations": 270, "people_leadership": 105, "strategy": 30, "own_tasks": 60},
        hours_worked_minutes=480,
        stress_step=2,
        signals=("sig-headache", "sig-sleep"),
        demands=7,
        resources=4,
        demand_items=("d2", "d3"),
        resource_items=("r1",),
        energy=3,
    ),
    DayLog(  # Tue: 420 min on known categories; "golf" is unknown and ignored
        day=date(2026, 11, 24),
        minutes={"operations": 300, "own_tasks": 120, "golf": 60},
        stress_step=3,
        signals=("sig-headache", "sig-overview"),
        demands=8,
        resources=3,
        demand_items=("d3",),
        energy=2,
    ),
    # Wed 25: nothing logged.
    DayLog(  # Thu: all leadership; demands without resources
        day=date(2026, 11, 26),
        minutes={"people_leadership": 120, "strategy": 60},
        hours_worked_minutes=540,
        stress_step=3,
        signals=("sig-sleep",),
        demands=5,
        resource_items=("r1", "r4"),
        energy=4,
    ),
    DayLog(  # Sat: no time, a step and resources only
        day=date(2026, 11, 28), stress_step=1, resources=9
    ),
]
WHO5 = [
    Who5CheckIn(date(2026, 11, 13), (1, 1, 1, 1, 1)),  # 20, in W46
    Who5CheckIn(date(2026, 11, 27), (3, 3, 2, 2, 3)),  # 13 * 4 = 52, in W48
]


def week_summary(**kwargs: object) -> list[PeriodSummary]:
    return summarize(
        WEEK,
        categories=DEFAULT_CATEGORIES,
        who5=WHO5,
        weekly_norm=37.0,
        granularity=Granularity.WEEK,
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_week_worked_out_by_hand() -> None:
    [w48] = week_summary(start=date(2026, 11, 23), end=date(2026, 11, 29))
    assert (w48.start, w48.end, w48.label) == (date(2026, 11, 23), date(2026, 11, 29), "2026-W48")
    assert w48.days_logged == 4
    # operations 270 + 300; leadership 105 + 30 + 120 + 60; own 60 + 120
    assert w48.minutes_by_kind == {OPS: 570, LEAD: 315, OWN: 180}
    assert w48.logged_minutes == 1065
    assert w48.leadership_share == pytest.approx(315 / 1065)  # 29.6 %
    # 480 stated + 420 logged (Tue, no hours given) + 540 stated + 0 (Sat) = 1440 min
    assert w48.hours_worked == pytest.approx(24.0)
    assert w48.hours_norm == pytest.approx(37.0)  # five weekdays of 7.4 h
    # steps 2, 3, 3, 1
    assert w48.stress_mean == pytest.approx(2.25)
    assert w48.stress_max == 3
    assert w48.days_per_step == {1: 1, 2: 1, 3: 2, 4: 0, 5: 0}
    # most frequent first, ties by key
    assert list(w48.signal_counts.items()) == [
        ("sig-headache", 2),
        ("sig-sleep", 2),
        ("sig-overview", 1),
    ]
    assert w48.demands_mean == pytest.approx(20 / 3)  # 7, 8, 5
    assert w48.resources_mean == pytest.approx(16 / 3)  # 4, 3, 9
    # only Mon (4 - 7) and Tue (3 - 8) have both: (-3 + -5) / 2
    assert w48.balance == pytest.approx(-4.0)
    assert list(w48.demand_item_counts.items()) == [("d3", 2), ("d2", 1)]
    assert list(w48.resource_item_counts.items()) == [("r1", 2), ("r4", 1)]
    assert w48.energy_mean == pytest.approx(3.0)  # 3, 2, 4
    assert w48.who5_scores == ((date(2026, 11, 27), 52),)


def test_default_range_comes_from_the_data_and_periods_are_clipped() -> None:
    # Data runs from the WHO-5 on Fri 13 Nov to Sat 28 Nov: W46 (clipped), W47 (empty), W48.
    summaries = week_summary()
    assert [s.label for s in summaries] == ["2026-W46", "2026-W47", "2026-W48"]
    w46, w47, w48 = summaries
    assert (w46.start, w46.end) == (date(2026, 11, 13), date(2026, 11, 15))
    assert w46.hours_norm == pytest.approx(7.4)  # only Friday 13th is a weekday
    assert w46.who5_scores == ((date(2026, 11, 13), 20),)
    assert w46.days_logged == 0
    assert (w48.start, w48.end) == (date(2026, 11, 23), date(2026, 11, 28))
    assert w48.hours_norm == pytest.approx(37.0)  # Mon–Fri are all inside
    assert_empty(w47)
    assert (w47.start, w47.end) == (date(2026, 11, 16), date(2026, 11, 22))


def assert_empty(summary: PeriodSummary) -> None:
    assert summary.days_logged == 0
    assert summary.minutes_by_kind == {OPS: 0, LEAD: 0, OWN: 0}
    assert summary.logged_minutes == 0
    assert summary.leadership_share is None
    assert summary.hours_worked == 0.0
    assert summary.stress_mean is None
    assert summary.stress_max is None
    assert summary.days_per_step == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}
    assert summary.signal_counts == {}
    assert summary.demands_mean is None
    assert summary.resources_mean is None
    assert summary.balance is None
    assert summary.energy_mean is None
    assert summary.who5_scores == ()


def test_days_include_empty_ones() -> None:
    days = summarize(
        WEEK,
        categories=DEFAULT_CATEGORIES,
        weekly_norm=37.0,
        granularity=Granularity.DAY,
        start=date(2026, 11, 23),
        end=date(2026, 11, 29),
    )
    assert [s.label for s in days] == [f"2026-11-{d}" for d in range(23, 30)]
    assert [s.days_logged for s in days] == [1, 1, 0, 1, 0, 1, 0]
    assert [s.hours_norm for s in days] == pytest.approx([7.4] * 5 + [0.0] * 2)
    assert days[1].logged_minutes == 420
    assert days[1].leadership_share == 0.0
    assert days[3].leadership_share == 1.0
    assert days[0].balance == -3
    assert_empty(days[2])


def test_months_with_an_empty_one() -> None:
    months = summarize(
        WEEK,
        categories=DEFAULT_CATEGORIES,
        weekly_norm=37.0,
        granularity=Granularity.MONTH,
        start=date(2026, 11, 1),
        end=date(2026, 12, 31),
    )
    assert [m.label for m in months] == ["2026-11", "2026-12"]
    november, december = months
    assert november.days_logged == 4
    assert november.logged_minutes == 1065
    # November 2026 starts on a Sunday: 4 full weeks (20) + Mon 30th = 21 weekdays.
    assert november.hours_norm == pytest.approx(7.4 * 21)
    # December 2026 starts on a Tuesday: 4 full weeks (20) + Tue 29 to Thu 31 = 23.
    assert december.hours_norm == pytest.approx(7.4 * 23)
    assert (december.start, december.end) == (date(2026, 12, 1), date(2026, 12, 31))
    assert_empty(december)


@pytest.mark.parametrize(
    ("day", "label", "start", "end"),
    [
        (date(2026, 12, 31), "2026-W53", date(2026, 12, 28), date(2027, 1, 3)),
        (date(2027, 1, 3), "2026-W53", date(2026, 12, 28), date(2027, 1, 3)),
        (date(2027, 1, 4), "2027-W01", date(2027, 1, 4), date(2027, 1, 10)),
        (date(2021, 1, 3), "2020-W53", date(2020, 12, 28), date(2021, 1, 3)),
        (date(2024, 12, 30), "2025-W01", date(2024, 12, 30), date(2025, 1, 5)),
        (date(2026, 11, 24), "2026-W48", date(2026, 11, 23), date(2026, 11, 29)),
    ],
)
def test_iso_weeks_across_years(day: date, label: str, start: date, end: date) -> None:
    assert period_label(day, Granularity.WEEK) == label
    assert period_start(day, Granularity.WEEK) == start
    assert period_end(day, Granularity.WEEK) == end


@pytest.mark.parametrize(
    ("day", "end"),
    [
        (date(2024, 2, 10), date(2024, 2, 29)),
        (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 12, 31), date(2026, 12, 31)),
        (date(2026, 1, 15), date(2026, 1, 31)),
    ],
)
def test_month_ends(day: date, end: date) -> None:
    assert period_start(day, Granularity.MONTH) == day.replace(day=1)
    assert period_end(day, Granularity.MONTH) == end
    assert period_label(day, Granularity.MONTH) == f"{day.year}-{day.month:02d}"


def test_weeks_across_new_year() -> None:
    logs = [DayLog(date(2026, 12, 31), stress_step=2), DayLog(date(2027, 1, 4), stress_step=4)]
    weeks = summarize(
        logs, categories=DEFAULT_CATEGORIES, weekly_norm=37.0, granularity=Granularity.WEEK
    )
    assert [(w.label, w.start, w.end, w.stress_max) for w in weeks] == [
        ("2026-W53", date(2026, 12, 31), date(2027, 1, 3), 2),
        ("2027-W01", date(2027, 1, 4), date(2027, 1, 4), 4),
    ]
    # Thu 31 Dec and Fri 1 Jan are weekdays (the norm ignores holidays).
    assert weeks[0].hours_norm == pytest.approx(14.8)


def test_weekdays_between() -> None:
    assert weekdays_between(date(2026, 11, 23), date(2026, 11, 29)) == 5
    assert weekdays_between(date(2026, 11, 28), date(2026, 11, 29)) == 0
    assert weekdays_between(date(2026, 11, 27), date(2026, 11, 30)) == 2
    assert weekdays_between(date(2026, 11, 24), date(2026, 11, 23)) == 0
    start = date(2026, 1, 1)
    for length in range(40):
        end = start + timedelta(days=length)
        by_hand = sum(1 for i in range(length + 1) if (start + timedelta(days=i)).weekday() < 5)
        assert weekdays_between(start, end) == by_hand


def test_unknown_categories_and_duplicates() -> None:
    logs = [
        DayLog(date(2026, 11, 2), minutes={"operations": 60}),
        DayLog(date(2026, 11, 2), minutes={"golf": 90}),  # same day, later: wins
    ]
    [day] = summarize(
        logs, categories=DEFAULT_CATEGORIES, weekly_norm=37.0, granularity=Granularity.DAY
    )
    assert day.days_logged == 1
    assert day.logged_minutes == 0
    assert day.leadership_share is None
    assert day.hours_worked == 0.0


def test_no_data_and_no_range_gives_nothing() -> None:
    assert summarize([], categories=(), weekly_norm=37, granularity=Granularity.WEEK) == []
    only_start = summarize(
        [], categories=(), weekly_norm=37, granularity=Granularity.WEEK, start=date(2026, 11, 24)
    )
    assert [s.label for s in only_start] == ["2026-W48"]
    assert (only_start[0].start, only_start[0].end) == (date(2026, 11, 24), date(2026, 11, 24))


def test_start_after_end_is_refused() -> None:
    with pytest.raises(ValidationError, match="^from: '2026-11-30'"):
        week_summary(start=date(2026, 11, 30), end=date(2026, 11, 1))


def test_overall() -> None:
    total = overall(
        WEEK,
        categories=DEFAULT_CATEGORIES,
        who5=WHO5,
        weekly_norm=37.0,
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
    )
    assert total.label == "2026-11-01 – 2026-11-30"
    assert total.days_logged == 4
    assert total.logged_minutes == 1065
    assert total.hours_norm == pytest.approx(7.4 * 21)
    assert total.who5_scores == ((date(2026, 11, 13), 20), (date(2026, 11, 27), 52))
    default = overall(WEEK, categories=DEFAULT_CATEGORIES, weekly_norm=37.0)
    assert default.label == "2026-11-23 – 2026-11-28"
    with pytest.raises(ValidationError, match="^from:"):
        overall([], categories=DEFAULT_CATEGORIES, weekly_norm=37.0)


def test_ten_years_by_week_is_fast() -> None:
    first = date(2017, 1, 1)
    logs = [
        DayLog(
            day=first + timedelta(days=i),
            minutes={"operations": 200 + i % 60, "people_leadership": 90, "own_tasks": 45},
            stress_step=1 + i % 5,
            signals=("sig-headache",) if i % 3 else (),
            demands=i % 11,
            resources=(i * 7) % 11,
            demand_items=("d1", "d3"),
            energy=1 + i % 5,
        )
        for i in range(3650)
    ]
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        weeks = summarize(
            logs, categories=DEFAULT_CATEGORIES, weekly_norm=37.0, granularity=Granularity.WEEK
        )
        best = min(best, time.perf_counter() - began)
    assert sum(w.days_logged for w in weeks) == 3650
    assert len(weeks) == 523
    assert best < 0.1


@pytest.mark.parametrize(
    ("demands", "resources", "da", "en"),
    [
        (7, 4, "Krav overstiger ressourcer med 3", "Demands exceed resources by 3"),
        (6.5, 5.0, "Krav overstiger ressourcer med 1,5", "Demands exceed resources by 1.5"),
        (20 / 3, 16 / 3, "Krav overstiger ressourcer med 1,3", "Demands exceed resources by 1.3"),
        (4, 7, "Ressourcerne opvejer kravene", "Your resources outweigh the demands"),
        (5, 5, "Krav og ressourcer er i balance", "Demands and resources are in balance"),
        (5.02, 5, "Krav og ressourcer er i balance", "Demands and resources are in balance"),
    ],
)
def test_balance_sentence(demands: float, resources: float, da: str, en: str) -> None:
    assert balance_sentence(demands, resources, Language.DANISH) == da
    assert balance_sentence(demands, resources, Language.ENGLISH) == en


@pytest.mark.parametrize(
    ("weekly", "hours", "minutes"),
    [(37.0, 7.4, 444), (37.5, 7.5, 450), (40.0, 8.0, 480), (1.0, 0.2, 12), (37.3, 7.46, 448)],
)
def test_daily_norm_is_the_weekly_norm_over_five_days(
    weekly: float, hours: float, minutes: int
) -> None:
    assert daily_norm_hours(weekly) == pytest.approx(hours)
    assert daily_norm_minutes(weekly) == minutes
    assert daily_norm_minutes(weekly) == round(weekly * 60 / 5)
