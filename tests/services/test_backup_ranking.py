"""Backups are ranked by when they were really made, never by their names.

A clock that was ahead, or backups copied in under later names, must not get every new
automatic backup pruned the moment it is made, nor send the damage message to an old one.
"""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess, daily_backup
from wellbeing_desktop.services.backups import JournalDamagedError, backup_time
from wellbeing_desktop.storage.backup import prune_backups
from wellbeing_desktop.storage.backup_format import backup_name, write_backup_file
from wellbeing_desktop.storage.backup_rotation import MAX_SERIAL, next_serial, ranked_backups

if TYPE_CHECKING:
    from pathlib import Path

REAL_DAY = datetime(2026, 11, 26, 17, 30)
AHEAD = timedelta(days=365)
PAGE = 4096


class MovingClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> MovingClock:
    return MovingClock(REAL_DAY - timedelta(days=3))


@pytest.fixture
def access(tmp_path: Path, clock: MovingClock) -> JournalAccess:
    access = JournalAccess(JournalPaths(tmp_path / "journal"), kdf=keyfile.TEST_KDF, clock=clock)
    journal, _code = access.create(PASSPHRASE)
    for n in range(1, 11):
        journal.save_day(DayLog(day=date(2026, 10, n), reflection="Lang tekst " * 200))
    journal.close()
    return access


def _unlock(access: JournalAccess) -> list[Path]:
    """One unlock and the daily backup if due (as after a write); the backups, newest first."""
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        daily_backup(journal)
        return journal.backups()
    finally:
        journal.close()


def _damage(database: Path) -> None:
    data = bytearray(database.read_bytes())
    data[3 * PAGE : 4 * PAGE] = bytes(PAGE)
    database.write_bytes(bytes(data))


def _damage_message_backup(access: JournalAccess) -> Path | None:
    _damage(access.paths.database)
    with pytest.raises(JournalDamagedError) as caught:
        access.open_with_passphrase(PASSPHRASE)
    assert str(caught.value.backup) in str(caught.value)
    return caught.value.backup


def test_after_the_clock_was_a_year_ahead_new_daily_backups_survive(
    access: JournalAccess, clock: MovingClock
) -> None:
    # Sixty days with the clock a year ahead: a backup every fourth day fills the 14 day
    # and the 8 week places of the rotation with dates a year from now.
    clock.now = REAL_DAY + AHEAD
    for _ in range(15):
        _unlock(access)
        clock.now += timedelta(days=4)
    ahead = set(access.paths.backups.iterdir())
    assert len(ahead) >= 14

    clock.now = REAL_DAY  # the clock is set right
    found = _unlock(access)
    [made] = set(found) - ahead
    assert made.name.startswith("journal-2026-11-26T173000-daily")
    assert found[0] == made  # newest, though twenty names say next year
    assert backup_time(made) == REAL_DAY

    # The next day's backup is made and kept too, and the one before stays.
    clock.now = REAL_DAY + timedelta(days=1)
    found = _unlock(access)
    assert found[0].name.startswith("journal-2026-11-27T173000-daily")
    assert made in found

    # On the day the wrong clock wrote on the first backup, that one does not count as
    # "today's backup": it was made before the two above.
    clock.now = REAL_DAY + AHEAD
    found = _unlock(access)
    assert found[0] not in ahead
    assert backup_time(found[0]) == REAL_DAY + AHEAD

    assert _damage_message_backup(access) == found[0]


def test_backups_copied_in_under_later_names_do_not_push_new_ones_out(
    access: JournalAccess, clock: MovingClock
) -> None:
    clock.now = REAL_DAY - timedelta(days=2)
    [first] = _unlock(access)
    # Someone copies that backup in twenty times, under names from the coming months.
    for n in range(20):
        name = backup_name(REAL_DAY + timedelta(days=30 + 4 * n), "daily").file_name
        shutil.copy(first, access.paths.backups / name)

    clock.now = REAL_DAY
    found = _unlock(access)
    made = found[0]
    assert made.name.startswith("journal-2026-11-26T173000-daily")
    assert backup_time(made) == REAL_DAY
    assert all(backup_time(p) == REAL_DAY - timedelta(days=2) for p in found[1:])

    assert _damage_message_backup(access) == made


def test_a_version_1_backup_renamed_into_the_future_is_as_old_as_its_file(
    tmp_path: Path,
) -> None:
    # A backup from before the header recorded the time: the name and the modification
    # time are all there is; the earlier of the two counts.
    root = tmp_path / "backups"
    root.mkdir()
    made = REAL_DAY - timedelta(days=10)
    old = root / backup_name(REAL_DAY + AHEAD, "daily").file_name
    old.write_bytes(b"not readable as version 2")
    os.utime(old, (made.timestamp(), made.timestamp()))

    assert backup_time(old) == made
    [ranked] = ranked_backups(root)
    assert ranked.made == made


def test_a_copied_in_file_recording_1970_and_the_highest_serial_costs_no_backup(
    tmp_path: Path,
) -> None:
    root = tmp_path / "backups"
    root.mkdir()
    part = tmp_path / "part.bin"
    part.write_bytes(b"p" * 4096)
    days = [REAL_DAY - timedelta(days=n) for n in range(10)]
    for serial, made in enumerate(reversed(days), start=1):
        name = backup_name(made, "daily").file_name
        write_backup_file(root / name, b"{}", part, verified=True, made=made, serial=serial)
    forged = root / backup_name(REAL_DAY + AHEAD, "daily").file_name
    write_backup_file(
        forged, b"{}", part, verified=True, made=datetime(1970, 1, 2), serial=MAX_SERIAL
    )

    assert prune_backups(root) == []  # ten days and one odd file: all within the policy
    assert next_serial(root) == MAX_SERIAL  # capped: the next backup can still be written
    made = REAL_DAY + timedelta(days=1)
    newest = root / backup_name(made, "daily").file_name
    write_backup_file(newest, b"{}", part, verified=True, made=made, serial=next_serial(root))
    assert prune_backups(root, just_made=newest) == []
    assert ranked_backups(root)[0].path == newest  # same serial: the later time ranks first
