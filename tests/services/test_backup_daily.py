"""The automatic daily backup, made after a write (never on open), and its rotation over 60 days."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess, daily_backup
from wellbeing_desktop.storage import backup
from wellbeing_desktop.storage.backup_format import parse_backup_name, read_header
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from pathlib import Path

START = datetime(2026, 9, 1, 18, 5)  # a Tuesday


class MovingClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> MovingClock:
    return MovingClock(START)


@pytest.fixture
def access(tmp_path: Path, clock: MovingClock) -> JournalAccess:
    return JournalAccess(JournalPaths(tmp_path / "journal"), kdf=keyfile.TEST_KDF, clock=clock)


def _with_a_day(access: JournalAccess) -> None:
    journal, _code = access.create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2026, 8, 31), reflection="Første dag", stress_step=2))
    journal.close()


def test_an_empty_journal_gets_no_backup(access: JournalAccess) -> None:
    access.create(PASSPHRASE)[0].close()
    journal = access.open_with_passphrase(PASSPHRASE)
    assert daily_backup(journal) is None
    journal.close()
    assert not access.paths.backups.exists()


def test_opening_makes_no_backup_a_read_never_pays_for_it(access: JournalAccess) -> None:
    _with_a_day(access)
    journal = access.open_with_passphrase(PASSPHRASE)
    assert journal.day(date(2026, 8, 31)) is not None
    journal.close()
    assert not access.paths.backups.exists()


def test_one_backup_a_day_after_a_write(access: JournalAccess, clock: MovingClock) -> None:
    _with_a_day(access)
    assert not access.paths.backups.exists()  # creating and writing make none by themselves

    journal = access.open_with_passphrase(PASSPHRASE)
    made = daily_backup(journal)
    assert made is not None
    assert made.name == "journal-2026-09-01T180500-daily.lpbackup"
    assert journal.backups() == [made]
    journal.close()

    clock.now += timedelta(hours=3)
    again = access.open_with_passphrase(PASSPHRASE)
    assert daily_backup(again) is None  # idempotent: made today already
    assert again.backups() == [made]
    again.close()

    clock.now += timedelta(days=1)
    third = access.open_with_passphrase(PASSPHRASE)
    daily_backup(third)
    assert [p.name for p in third.backups()] == [
        "journal-2026-09-02T210500-daily.lpbackup",
        made.name,
    ]
    third.close()


def test_a_manual_backup_counts_for_today(access: JournalAccess, clock: MovingClock) -> None:
    _with_a_day(access)
    journal = access.open_with_passphrase(PASSPHRASE)
    manual = journal.backup()
    journal.close()

    clock.now += timedelta(hours=1)
    journal = access.open_with_passphrase(PASSPHRASE)
    assert daily_backup(journal) is None
    assert journal.backups() == [manual]
    journal.close()


def test_a_failing_automatic_backup_is_logged_and_never_raised(
    access: JournalAccess, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _with_a_day(access)

    def full_disk(*_args: object, **_kwargs: object) -> Path:
        raise StorageError("The backup could not be made (the disk is full).")

    monkeypatch.setattr(backup, "make_backup", full_disk)
    journal = access.open_with_passphrase(PASSPHRASE)
    with caplog.at_level(logging.WARNING, logger="wellbeing_desktop"):
        assert daily_backup(journal) is None
    assert journal.day(date(2026, 8, 31)) is not None
    journal.close()
    assert "automatic backup failed (StorageError)" in caplog.text


def test_sixty_days_of_writing_keep_fourteen_days_and_eight_weeks(
    access: JournalAccess, clock: MovingClock
) -> None:
    _with_a_day(access)
    for day in range(60):
        clock.now = START + timedelta(days=day)
        journal = access.open_with_passphrase(PASSPHRASE)
        if day == 30:
            journal.backup()  # one manual backup along the way
        daily_backup(journal)  # after the day's write, as a writing command does
        journal.close()
        clock.now += timedelta(hours=2)  # a second write the same evening makes none
        journal = access.open_with_passphrase(PASSPHRASE)
        daily_backup(journal)
        journal.close()

    names = [parse_backup_name(p.name) for p in backup.list_backups(access.paths.backups)]
    assert all(n is not None for n in names)
    daily = sorted(n.made.date() for n in names if n is not None and n.reason == "daily")
    manual = [n for n in names if n is not None and n.reason == "manual"]
    # Tue 1 Sep .. Fri 30 Oct 2026: the last 14 days, and the newest backup of each of the
    # 8 newest ISO weeks (37..44): the Sundays 13 Sep .. 11 Oct before those 14 days.
    last_14 = [date(2026, 10, 17) + timedelta(days=n) for n in range(14)]
    sundays = [date(2026, 9, 13) + timedelta(weeks=n) for n in range(5)]
    assert daily == sorted(sundays + last_14)
    assert [m.made.date() for m in manual] == [date(2026, 10, 1)]  # the last 5 manual ones
    # Every kept backup is whole and verified.
    for path in backup.list_backups(access.paths.backups):
        assert read_header(path).verified
