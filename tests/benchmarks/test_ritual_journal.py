"""The daily ritual's journal gives Today a proposal on every day of the week (issue 20).

The ritual row (``python -m benchmarks --only ritual``) starts the real app, which reads
the real clock, and times unlock → the cursor on the proposal's accept button. The app
proposes a Saturday or Sunday only the typical split of its own kind, so on a weekend the
row was "not measured". Its journal is now a weekend user's on those days; these check,
for each day of a week, that the journal the row builds gets the proposal the row needs
(through the domain rule the app uses, without starting it).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from benchmarks import data
from wellbeing_desktop.domain.proposals import ProposalSource, lookback_start, propose_time

MONDAY = date(2026, 12, 7)
WEEK = [MONDAY + timedelta(days=n) for n in range(7)]
DAYS = 120  # enough for the eight weeks the rule reads back


def _proposal(day: date) -> object:
    content = data.ritual_content(DAYS, day)
    earlier = {log.day: log.minutes for log in content.days if log.day >= lookback_start(day)}
    assert day not in earlier  # Today opens on a day with nothing logged yet
    return propose_time(day, earlier, {category.key for category in content.categories})


@pytest.mark.parametrize("day", WEEK, ids=lambda d: f"{d:%A}")
def test_the_ritual_journal_gives_today_a_typical_days_proposal(day: date) -> None:
    proposal = _proposal(day)
    assert proposal is not None
    assert proposal.source is ProposalSource.TYPICAL_WEEKDAY  # type: ignore[attr-defined]
    assert all(d.weekday() == day.weekday() for d in proposal.based_on)  # type: ignore[attr-defined]


def test_on_a_working_day_the_journal_is_the_demos_alone() -> None:
    tuesday = WEEK[1]
    assert data.ritual_content(DAYS, tuesday) == data.demo_content(DAYS, tuesday - timedelta(1))


@pytest.mark.parametrize("day", WEEK[5:], ids=lambda d: f"{d:%A}")
def test_a_weekend_journal_adds_only_that_weekdays_missing_days(day: date) -> None:
    demo = data.demo_content(DAYS, day - timedelta(days=1))
    ritual = data.ritual_content(DAYS, day)
    added = {log.day for log in ritual.days} - {log.day for log in demo.days}
    assert added
    assert {d.weekday() for d in added} == {day.weekday()}
    assert all(day - timedelta(weeks=data.WEEKEND_DAYS_LOGGED) <= d < day for d in added)
    # the demo's own days are kept as they were
    assert [log for log in ritual.days if log.day not in added] == list(demo.days)


def test_without_the_weekend_user_a_saturday_gets_no_proposal() -> None:
    """What made the row "not measured" on weekends (the rule, unchanged)."""
    saturday = WEEK[5]
    demo = data.demo_content(DAYS, saturday - timedelta(days=1))
    logged = {log.day: log.minutes for log in demo.days if log.day.weekday() < 5}
    assert propose_time(saturday, logged) is None
