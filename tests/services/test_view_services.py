"""The read-outs the Today and Sparring pages show, from one service call each."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import DayLog, SparringTopic, TopicStatus, Who5CheckIn
from wellbeing_desktop.domain.suggestions import SIGNPOST_STEP_HIGH
from wellbeing_desktop.services.sparring import sparring_overview, split_topics
from wellbeing_desktop.services.today import Suggestions, today_readouts

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal


def test_topics_split_into_open_in_order_and_resolved_latest_first() -> None:
    first = SparringTopic(date(2026, 11, 1), "conflict", "hr", id=1)
    second = SparringTopic(date(2026, 11, 3), "conflict", "hr", id=2)
    old = SparringTopic(
        date(2026, 10, 1), "conflict", "hr", "", TopicStatus.RESOLVED, date(2026, 10, 5), id=3
    )
    new = SparringTopic(
        date(2026, 10, 2), "conflict", "hr", "", TopicStatus.RESOLVED, date(2026, 11, 2), id=4
    )
    assert split_topics([first, old, second, new]) == ((first, second), (new, old))


def test_the_sparring_overview_nudges_after_three_hard_days(journal: Journal) -> None:
    today = journal.today()
    assert not sparring_overview(journal).nudge
    for days_ago in (0, 1, 2):
        journal.save_day(DayLog(day=today - timedelta(days=days_ago), stress_step=3))
    assert sparring_overview(journal).nudge
    journal.save_sparring_topic(SparringTopic(today, "conflict", "own_leader"))
    overview = sparring_overview(journal)
    assert not overview.nudge
    assert [t.situation for t in overview.open] == ["conflict"]
    assert overview.resolved == ()


def test_today_readouts_hold_the_week_share_and_the_suggestions(journal: Journal) -> None:
    today = journal.today()
    empty = today_readouts(journal, today)
    assert empty.day == today
    assert empty.week == today.isocalendar().week
    assert empty.leadership_share is None
    assert empty.suggestions == Suggestions()  # a new journal: no WHO-5 in its first week
    journal.record_who5(Who5CheckIn(today, (4, 4, 3, 3, 4)))
    journal.save_day(
        DayLog(day=today, stress_step=4, minutes={"operations": 60, "people_leadership": 60})
    )
    readouts = today_readouts(journal, today)
    assert readouts.leadership_share == 0.5
    assert readouts.suggestions == Suggestions(signpost=SIGNPOST_STEP_HIGH)


def test_the_first_who5_is_offered_after_a_first_week_and_worded_as_the_first(
    journal: Journal,
) -> None:
    today = journal.today()
    assert journal.first_day() is None
    journal.save_day(DayLog(day=today - timedelta(days=6), energy=3))
    assert journal.first_day() == today - timedelta(days=6)
    assert today_readouts(journal, today).suggestions == Suggestions()  # the first week
    journal.save_day(DayLog(day=today - timedelta(days=7), energy=3))
    first = today_readouts(journal, today).suggestions
    assert first == Suggestions(who5_due=True, who5_first=True)
    journal.record_who5(Who5CheckIn(today - timedelta(days=14), (4, 4, 3, 3, 4)))
    again = today_readouts(journal, today).suggestions
    assert again == Suggestions(who5_due=True, who5_first=False)
