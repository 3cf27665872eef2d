"""The journal service over a real encrypted file: round trips, partial updates, search."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import (
    ActionItem,
    ActivityKind,
    CatalogueKind,
    DayChanges,
    DayLog,
    Language,
    OneOnOne,
    Settings,
    ShareLevel,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)
from wellbeing_desktop.services.journal import HIT_START, Journal
from wellbeing_desktop.storage.backup_format import unpack_backup

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.access import JournalAccess

FULL_DAY = DayLog(
    day=date(2026, 11, 24),
    minutes={"operations": 270, "people_leadership": 105, "strategy": 30, "own_tasks": 60},
    hours_worked_minutes=495,
    stress_step=2,
    signals=("sig-headache", "sig-racing-thoughts"),
    demands=7,
    resources=4,
    demand_items=("d2", "d3"),
    resource_items=("r1",),
    energy=3,
    reflection="Budgetmødet gik godt.\nI morgen: MUS med Anna.",
    tags=("budget", "mus"),
    share=ShareLevel.ONE_ON_ONE,
)


def _reopen(access: JournalAccess, journal: Journal) -> Journal:
    journal.close()
    return access.open_with_passphrase(PASSPHRASE)


def test_a_full_day_survives_closing_and_reopening(access: JournalAccess, journal: Journal):
    journal.save_day(FULL_DAY)
    reopened = _reopen(access, journal)
    assert reopened.day(FULL_DAY.day) == FULL_DAY
    assert reopened.days() == [FULL_DAY]
    reopened.close()


def test_updating_a_day_changes_only_the_given_fields(access: JournalAccess, journal: Journal):
    journal.save_day(FULL_DAY)
    journal.update_day(FULL_DAY.day, DayChanges(stress_step=3, minutes={"strategy": 45}))
    reopened = _reopen(access, journal)
    expected = dataclasses.replace(
        FULL_DAY, stress_step=3, minutes={**FULL_DAY.minutes, "strategy": 45}
    )
    assert reopened.day(FULL_DAY.day) == expected
    reopened.close()


def test_a_rejected_update_changes_nothing(journal: Journal) -> None:
    journal.save_day(FULL_DAY)
    with pytest.raises(ValidationError, match="^minutes: .*24 h"):
        journal.update_day(FULL_DAY.day, DayChanges(minutes={"operations": 1400}))
    with pytest.raises(ValidationError, match="^stress: "):
        journal.update_day(FULL_DAY.day, DayChanges(stress_step=6, reflection="lost?"))
    assert journal.day(FULL_DAY.day) == FULL_DAY


def test_a_rejected_day_adds_no_own_signal(journal: Journal) -> None:
    from wellbeing_desktop.domain.catalogues import own_signal

    new = own_signal("Ondt i kæben")
    with pytest.raises(ValidationError):
        journal.update_day(
            date(2026, 11, 25), DayChanges(signals=(new.key,), energy=9), new_own_signals=[new]
        )
    assert new.key not in {i.key for i in journal.catalogue(CatalogueKind.SIGNAL)}
    journal.update_day(date(2026, 11, 25), DayChanges(signals=(new.key,)), new_own_signals=[new])
    assert new.key in {i.key for i in journal.catalogue(CatalogueKind.SIGNAL)}


def test_future_days_are_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="^date: "):
        journal.save_day(DayLog(day=date(2026, 11, 27)))
    assert journal.days() == []


def test_search_finds_reflections_tags_and_notes_newest_first(journal: Journal) -> None:
    journal.save_day(FULL_DAY)
    journal.save_day(DayLog(day=date(2026, 11, 25), reflection="Endnu et budget-overblik"))
    journal.save_sparring_topic(
        SparringTopic(
            raised_on=date(2026, 11, 20),
            situation="long_term_sick",
            with_whom="hr",
            notes="Budget for vikar under sygemeldingen",
        )
    )
    hits = journal.search("budget")
    assert [(h.kind, h.day) for h in hits] == [
        ("day", date(2026, 11, 25)),
        ("day", date(2026, 11, 24)),
        ("sparring", date(2026, 11, 20)),
    ]
    assert HIT_START in hits[0].snippet
    assert [h.day for h in journal.search("mus anna")] == [FULL_DAY.day]
    assert journal.search('"; DROP TABLE day_logs; --') == []
    # Editing a day replaces its index entry.
    journal.update_day(FULL_DAY.day, DayChanges(reflection="Noget helt andet", tags=()))
    assert [h.day for h in journal.search("budget")] == [date(2026, 11, 25), date(2026, 11, 20)]


def test_sparring_topics_can_be_added_and_resolved(journal: Journal) -> None:
    topic = journal.save_sparring_topic(
        SparringTopic(raised_on=date(2026, 11, 2), situation="conflict", with_whom="own_leader")
    )
    assert topic.id is not None
    resolved = journal.resolve_sparring_topic(topic.id, on=date(2026, 11, 10))
    assert resolved.status is TopicStatus.RESOLVED
    assert journal.sparring_topics() == [resolved]


def test_one_on_ones_round_trip(access: JournalAccess, journal: Journal) -> None:
    meeting = journal.save_one_on_one(
        OneOnOne(
            held_on=date(2026, 11, 20),
            with_whom="Mette (egen leder)",
            agenda=("Status", "Tid til ledelse"),
            notes="God snak",
            actions=(ActionItem("Book strategidag", done=False), ActionItem("Sparring", True)),
        )
    )
    reopened = _reopen(access, journal)
    assert reopened.one_on_ones() == [meeting]
    reopened.close()


def test_who5_is_stored_and_scored(journal: Journal) -> None:
    journal.record_who5(Who5CheckIn(date(2026, 11, 26), (3, 4, 3, 2, 4)))
    assert [c.score for c in journal.who5_checkins()] == [64]
    with pytest.raises(ValidationError, match="^answer 2: "):
        journal.record_who5(Who5CheckIn(date(2026, 11, 25), (3, 6, 3, 2, 4)))


def test_settings_round_trip(access: JournalAccess, journal: Journal) -> None:
    assert journal.settings() == Settings()
    custom = Settings(weekly_hours_norm=32, leadership_target_percent=50, language=Language.ENGLISH)
    journal.save_settings(custom)
    reopened = _reopen(access, journal)
    assert reopened.settings() == custom
    reopened.close()


def test_summaries_come_from_the_stored_days(journal: Journal) -> None:
    journal.save_day(FULL_DAY)
    weeks = journal.summaries(Granularity.WEEK)
    assert [w.label for w in weeks] == ["2026-W48"]
    assert weeks[0].minutes_by_kind[ActivityKind.LEADERSHIP] == 135
    assert weeks[0].leadership_share == pytest.approx(135 / 465)


def test_locked_journal_refuses_work(journal: Journal) -> None:
    journal.close()
    with pytest.raises(Exception, match="locked"):
        journal.days()


def test_backup_and_integrity_check(journal: Journal, tmp_path: Path) -> None:
    journal.save_day(FULL_DAY)
    assert journal.check() == []
    made = journal.backup()
    assert made.stat().st_mode & 0o777 == 0o600
    parts = unpack_backup(made, tmp_path / "unpacked")
    assert parts.key_file.read_bytes() == journal.paths.key_file.read_bytes()


def test_reading_does_not_wait_for_another_writer(journal: Journal) -> None:
    from wellbeing_desktop.storage.engine import connect_keyed

    journal.save_day(FULL_DAY)
    other = connect_keyed(journal.paths.database, journal.data_key)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    other.execute("UPDATE day_logs SET energy = 1")
    try:
        assert journal.day(FULL_DAY.day) == FULL_DAY  # the last committed state
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_writes_start_immediate_and_reads_deferred(journal: Journal) -> None:
    from sqlalchemy import event

    engine = journal._require_open().engine  # the test watches the real engine's SQL
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    # BEGIN goes through exec_driver_sql, which the event also sees.
    journal.days()
    journal.save_day(FULL_DAY)
    begins = [s for s in statements if s.startswith("BEGIN")]
    assert begins == ["BEGIN", "BEGIN IMMEDIATE"]
