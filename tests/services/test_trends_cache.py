"""The Trends summaries kept between reads are never older than the journal.

``Journal.summaries`` keeps what it made (``TrendsCache``) for as long as the journal has
not changed: each test reads a range, changes the journal one way, and reads the same
range again; the new figure must show.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.conftest import FIXED_NOW, PASSPHRASE
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import DayLog, Language, Who5CheckIn
from wellbeing_desktop.services import trends

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

    from wellbeing_desktop.domain.aggregation import PeriodSummary
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

TODAY = FIXED_NOW.date()
START = TODAY - timedelta(days=27)
DAY = TODAY - timedelta(days=3)


def stress_of(journal: Journal, day: date = DAY) -> int | None:
    for summary in journal.summaries(Granularity.DAY, START, TODAY):
        if summary.start == day:
            return summary.stress_max
    raise AssertionError(f"no period for {day}")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Granularity]:
    """The granularity of every summaries the journal really made (not taken from the cache)."""
    made: list[Granularity] = []
    original = trends.summaries_by

    def counting(
        session: Session,
        granularities: Sequence[Granularity],
        start: date | None,
        end: date | None,
    ) -> dict[Granularity, list[PeriodSummary]]:
        made.extend(granularities)
        return original(session, granularities, start, end)

    monkeypatch.setattr(trends, "summaries_by", counting)
    return made


def test_the_same_range_is_made_once_while_nothing_changes(
    journal: Journal, reads: list[Granularity]
) -> None:
    journal.save_day(DayLog(DAY, stress_step=2))
    first = journal.summaries(Granularity.WEEK, START, TODAY)
    again = journal.summaries(Granularity.WEEK, START, TODAY)
    assert again == first
    assert reads == [Granularity.WEEK]
    journal.summaries(Granularity.DAY, START, TODAY)
    journal.summaries(Granularity.WEEK, START + timedelta(1), TODAY)  # another range: made
    assert reads == [Granularity.WEEK, Granularity.DAY, Granularity.WEEK]
    # "From the first day" (the view's All) is the range from that day (its insights').
    # Months (or days) come with the range's weeks, made from the same rows.
    journal.summaries(Granularity.MONTH, None, TODAY)
    journal.summaries(Granularity.MONTH, DAY, TODAY)
    journal.summaries(Granularity.WEEK, DAY, TODAY)
    assert reads[3:] == [Granularity.MONTH, Granularity.WEEK]


def test_months_and_their_weeks_made_together_are_what_each_alone_is(journal: Journal) -> None:
    for step, day in enumerate((DAY, START, START + timedelta(20)), start=1):
        journal.save_day(DayLog(day, stress_step=step, demands=step))
    months = journal.summaries(Granularity.MONTH, START, TODAY)
    weeks = journal.summaries(Granularity.WEEK, START, TODAY)  # kept from the months' read
    days = journal.summaries(Granularity.DAY, START, TODAY)
    for granularity, made in (
        (Granularity.MONTH, months),
        (Granularity.WEEK, weeks),
        (Granularity.DAY, days),
    ):  # keep=False: made alone, nothing taken from the cache
        assert made == journal.summaries(granularity, START, TODAY, keep=False)


def test_a_saved_day_shows_at_once(journal: Journal) -> None:
    journal.save_day(DayLog(DAY, stress_step=2))
    assert stress_of(journal) == 2
    journal.save_day(DayLog(DAY, stress_step=4))
    assert stress_of(journal) == 4
    journal.save_day(DayLog(DAY, minutes={"operations": 30}))  # the step taken away
    assert stress_of(journal) is None


def test_settings_and_check_ins_show_at_once(journal: Journal) -> None:
    journal.save_day(DayLog(DAY, minutes={"operations": 60}))
    week = journal.summaries(Granularity.WEEK, START, TODAY)
    assert all(not summary.who5_scores for summary in week)
    journal.record_who5(Who5CheckIn(DAY, (3, 3, 3, 3, 3)))
    journal.save_settings(dataclasses.replace(journal.settings(), weekly_hours_norm=20.0))
    after = journal.summaries(Granularity.WEEK, START, TODAY)
    assert [s.who5_scores for s in after if s.who5_scores] == [((DAY, 60),)]
    assert after[-2].hours_norm == 20.0  # a whole week: five days of 4 h


def test_an_import_shows_at_once(journal: Journal, access: JournalAccess) -> None:
    journal.save_day(DayLog(DAY, stress_step=2))
    content = journal.content()
    other = DAY - timedelta(days=1)
    assert stress_of(journal, other) is None
    moved = dataclasses.replace(content, days=(DayLog(other, stress_step=5),), who5=())
    journal.import_content(moved)
    assert stress_of(journal, other) == 5


def test_a_write_by_another_program_shows_at_once(journal: Journal, access: JournalAccess) -> None:
    """The CLI beside the GUI: another connection commits; this journal never wrote."""
    journal.save_day(DayLog(DAY, stress_step=2))
    assert stress_of(journal) == 2
    other = access.open_with_passphrase(PASSPHRASE)
    try:
        other.save_day(DayLog(DAY, stress_step=5))
    finally:
        other.close()
    assert stress_of(journal) == 5


def test_a_new_open_starts_with_nothing_kept(journal: Journal, access: JournalAccess) -> None:
    """A lock and unlock (or a restore, which reopens) reads the file again."""
    journal.save_day(DayLog(DAY, stress_step=2))
    assert stress_of(journal) == 2
    journal.close()
    reopened = access.open_with_passphrase(PASSPHRASE)
    try:
        reopened.save_day(DayLog(DAY, stress_step=3))
        assert stress_of(reopened) == 3
    finally:
        reopened.close()


def test_insights_follow_the_language_over_kept_weeks(journal: Journal) -> None:
    for offset in range(21):
        journal.save_day(DayLog(TODAY - timedelta(days=offset), stress_step=5, demands=9))
    danish = journal.insights(START, TODAY, Language.DANISH)
    english = journal.insights(START, TODAY, Language.ENGLISH)
    assert danish
    assert english
    assert [i.text for i in danish] != [i.text for i in english]
