"""The demo journal: deterministic, plausible and valid by every domain rule."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date, timedelta
from functools import cache

import pytest

from wellbeing_desktop.domain.catalogues import (
    DEFAULT_CATEGORIES,
    DEMANDS,
    RESOURCES,
    SIGNALS,
    SPARRING_PARTNERS,
    SPARRING_SITUATIONS,
)
from wellbeing_desktop.domain.models import (
    DayLog,
    JournalContent,
    Settings,
    ShareLevel,
    TopicStatus,
)
from wellbeing_desktop.domain.validation import (
    validate_day_log,
    validate_one_on_one,
    validate_sparring_topic,
    validate_who5,
)
from wellbeing_desktop.services.demo import generate_demo

END = date(2026, 3, 18)
TAGS = {"budget", "team", "mus", "strategi", "rekruttering", "drift", "sparring", "konflikt"}
KEYS = tuple(category.key for category in DEFAULT_CATEGORIES)


@cache
def demo(days: int = 1095, seed: int = 3, end: date = END) -> JournalContent:
    return generate_demo(days=days, seed=seed, end=end)


def leadership_share(log: DayLog) -> float:
    lead = log.minutes.get("people_leadership", 0) + log.minutes.get("strategy", 0)
    return lead / log.logged_minutes


def weekdays(content: JournalContent) -> list[DayLog]:
    return [log for log in content.days if log.day.weekday() < 5]


def test_same_seed_gives_the_same_journal() -> None:
    assert generate_demo(days=400, seed=7, end=END) == generate_demo(days=400, seed=7, end=END)


def test_another_seed_gives_another_journal() -> None:
    assert generate_demo(days=400, seed=7, end=END) != generate_demo(days=400, seed=8, end=END)


def test_settings_and_categories_are_the_defaults() -> None:
    content = demo()
    assert content.settings == Settings()
    assert content.categories == DEFAULT_CATEGORIES
    assert content.own_items == ()


@pytest.mark.parametrize(
    "end", [END, date(2025, 1, 2), date(2024, 7, 15), date(2023, 12, 31), date(2027, 9, 30)]
)
def test_no_date_is_after_end_or_before_the_first_day(end: date) -> None:
    content = demo(730, 11, end)
    first = end - timedelta(days=729)
    dates = [log.day for log in content.days]
    dates += [t.raised_on for t in content.sparring_topics]
    dates += [t.resolved_on for t in content.sparring_topics if t.resolved_on]
    dates += [m.held_on for m in content.one_on_ones]
    dates += [w.taken_on for w in content.who5]
    assert dates
    assert all(first <= day <= end for day in dates)


def test_days_are_in_order_and_unique() -> None:
    dates = [log.day for log in demo().days]
    assert dates == sorted(set(dates))


def test_a_plausible_share_of_days_is_logged() -> None:
    content = demo()
    assert 0.5 * 1095 < len(content.days) < 0.72 * 1095
    logged = {log.day for log in content.days}
    all_days = [END - timedelta(days=n) for n in range(1095)]
    weekday_share = sum(d in logged for d in all_days if d.weekday() < 5) / sum(
        d.weekday() < 5 for d in all_days
    )
    weekend_share = sum(d in logged for d in all_days if d.weekday() >= 5) / sum(
        d.weekday() >= 5 for d in all_days
    )
    assert 0.78 < weekday_share < 0.92
    assert 0.03 < weekend_share < 0.2


def test_holidays_are_empty() -> None:
    content = demo()
    assert not [log for log in content.days if log.day.month == 12 and log.day.day >= 24]
    july = sum(log.day.month == 7 for log in content.days)
    may = sum(log.day.month == 5 for log in content.days)
    assert july < 0.5 * may


def test_minutes_come_in_quarter_hours_and_fit_the_day() -> None:
    for log in demo().days:
        assert all(m > 0 and m % 15 == 0 for m in log.minutes.values())
        assert log.hours_worked_minutes is not None
        assert log.hours_worked_minutes >= log.logged_minutes
        if log.day.weekday() < 5:
            assert 6 * 60 <= log.logged_minutes <= 10 * 60
            assert log.hours_worked_minutes <= 11 * 60
        else:
            assert log.logged_minutes <= 4 * 60


def test_weekly_rhythm_shows() -> None:
    logs = weekdays(demo())

    def mean_share(weekday: int) -> float:
        return statistics.mean(
            leadership_share(log) for log in logs if log.day.weekday() == weekday
        )

    def mean_hours(weekday: int) -> float:
        return statistics.mean(log.logged_minutes for log in logs if log.day.weekday() == weekday)

    assert mean_share(0) < mean_share(2)
    assert mean_share(4) < mean_share(2)
    assert mean_hours(4) < mean_hours(1)


def test_budget_season_swallows_leadership_time() -> None:
    logs = weekdays(demo())
    budget = [log for log in logs if log.day.month in (9, 10)]
    spring = [log for log in logs if log.day.month in (4, 5)]
    assert statistics.mean(map(leadership_share, budget)) < statistics.mean(
        map(leadership_share, spring)
    )
    assert statistics.mean(log.hours_worked_minutes or 0 for log in budget) > statistics.mean(
        log.hours_worked_minutes or 0 for log in spring
    )


@pytest.mark.parametrize("seed", range(4))
def test_the_last_year_has_a_stressful_stretch(seed: int) -> None:
    content = demo(1095, seed)
    hot = [log for log in content.days if (log.stress_step or 0) >= 3]
    recent = [log for log in hot if (END - log.day).days < 365]
    assert len(recent) >= 8
    # They cluster: some five-week window holds many of them, with demands above resources.
    window = max(
        (
            [log for log in recent if start.day <= log.day < start.day + timedelta(days=35)]
            for start in recent
        ),
        key=len,
    )
    assert len(window) >= 8
    balances = [log for log in window if log.demands is not None and log.resources is not None]
    assert sum((log.demands or 0) > (log.resources or 0) for log in balances) >= 0.8 * len(balances)
    assert any(log.stress_step == 4 for log in window)


def test_stress_is_mostly_low_and_shapes_signals_and_energy() -> None:
    logs = demo().days
    steps = Counter(log.stress_step for log in logs)
    assert (steps[1] + steps[2]) / len(logs) > 0.9
    calm = [log for log in logs if log.stress_step == 1]
    hot = [log for log in logs if (log.stress_step or 0) >= 3]
    assert sum(bool(log.signals) for log in calm) / len(calm) < 0.1
    assert all(len(log.signals) >= 2 for log in hot)
    assert statistics.mean(log.energy or 0 for log in calm) > statistics.mean(
        log.energy or 0 for log in hot
    )


def test_every_key_is_in_the_catalogues() -> None:
    signals = {item.key for item in SIGNALS}
    demands = {item.key for item in DEMANDS}
    resources = {item.key for item in RESOURCES}
    content = demo(3650, 1)
    for log in content.days:
        assert set(log.signals) <= signals
        assert set(log.demand_items) <= demands
        assert set(log.resource_items) <= resources
        assert set(log.minutes) <= set(KEYS)
        if log.demands is not None:
            assert 1 <= len(log.demand_items) <= 3
            assert 1 <= len(log.resource_items) <= 3
    for topic in content.sparring_topics:
        assert topic.situation in SPARRING_SITUATIONS
        assert topic.with_whom in SPARRING_PARTNERS


def test_reflections_are_danish_varied_and_searchable() -> None:
    logs = demo().days
    texts = [log.reflection for log in logs]
    assert 0.05 < texts.count("") / len(texts) < 0.2
    sentences = {s for text in texts for s in text.split(". ") if s}
    assert len(sentences) >= 40
    corpus = " ".join(texts)
    for word in ("MUS-samtale", "budget", "drift", "brandslukning", "sygemelding", "ledergruppen"):
        assert word in corpus


def test_tags_and_share_levels() -> None:
    logs = demo(3650, 1).days
    tagged = [log for log in logs if log.tags]
    assert 0.2 < len(tagged) / len(logs) < 0.4
    assert {tag for log in tagged for tag in log.tags} <= TAGS
    shares = Counter(log.share for log in logs)
    assert 0.06 < shares[ShareLevel.ONE_ON_ONE] / len(logs) < 0.14
    assert 0.03 < shares[ShareLevel.COACH] / len(logs) < 0.08


def test_sparring_topics() -> None:
    topics = demo().sparring_topics
    assert 24 <= len(topics) <= 40  # about one a month over three years
    still_open = [t for t in topics if t.status is TopicStatus.OPEN]
    assert 1 <= len(still_open) <= 3
    assert still_open == list(topics[-len(still_open) :])
    for topic in topics:
        if topic.status is TopicStatus.RESOLVED:
            assert topic.resolved_on is not None
            assert topic.resolved_on >= topic.raised_on
        assert topic.notes
    assert len({t.situation for t in topics}) >= 4
    assert len({t.with_whom for t in topics}) >= 3


def test_one_on_ones() -> None:
    meetings = demo().one_on_ones
    gaps = [(b.held_on - a.held_on).days for a, b in zip(meetings, meetings[1:], strict=False)]
    assert 12 <= statistics.median(gaps) <= 16
    for meeting in meetings:
        assert "(egen leder)" in meeting.with_whom
        assert 2 <= len(meeting.agenda) <= 4
        assert 1 <= len(meeting.actions) <= 3
        assert meeting.notes
        assert meeting.held_on.weekday() < 5
        if (END - meeting.held_on).days > 60:
            assert all(action.done for action in meeting.actions)


def test_who5_every_fortnight_and_lower_in_the_stretch() -> None:
    content = demo()
    checkins = content.who5
    gaps = {(b.taken_on - a.taken_on).days for a, b in zip(checkins, checkins[1:], strict=False)}
    assert gaps <= {14, 28, 42}  # a check-in that falls in a holiday is skipped
    assert all(0 <= answer <= 5 for checkin in checkins for answer in checkin.answers)
    hot_days = [log.day for log in content.days if (log.stress_step or 0) >= 3]
    recent_hot = [day for day in hot_days if (END - day).days < 365]
    during = [w.score for w in checkins if any(0 <= (w.taken_on - d).days < 14 for d in recent_hot)]
    assert during
    assert min(during) < statistics.mean(w.score for w in checkins) - 10


def test_every_generated_value_is_valid() -> None:
    for content, end in ((demo(3650, 1), END), (demo(730, 11, date(2025, 1, 2)), date(2025, 1, 2))):
        for log in content.days:
            validate_day_log(log, today=end, category_keys=KEYS)
        for checkin in content.who5:
            validate_who5(checkin, today=end)
        for topic in content.sparring_topics:
            validate_sparring_topic(topic, today=end)
        for meeting in content.one_on_ones:
            validate_one_on_one(meeting, today=end)


@pytest.mark.parametrize("days", [1, 7, 30, 90])
def test_short_ranges_work(days: int) -> None:
    content = generate_demo(days=days, seed=5, end=END)
    assert all(END - timedelta(days=days - 1) <= log.day <= END for log in content.days)
    for log in content.days:
        validate_day_log(log, today=END, category_keys=KEYS)


def test_days_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        generate_demo(days=0, seed=1, end=END)


def test_ten_years_complete() -> None:
    content = demo(3650, 1)
    assert len(content.days) > 2000
    assert content.days[-1].day <= END
