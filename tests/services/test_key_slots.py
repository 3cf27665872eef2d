"""Passphrase slots below the app's settings.

A passphrase slot cheaper than the app's settings is raised on the next unlock (issue 13, item 9);
one below the floor is refused before any derivation.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services import backups
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from pathlib import Path

DAY = DayLog(day=date(2026, 11, 24), reflection="Kept across the re-wrap", stress_step=2)
STRONGER = keyfile.KdfParams(memory_kib=32 * 1024, iterations=2, lanes=2)


def _passphrase_kdf(path: Path) -> tuple[int, int, int]:
    slot = json.loads(path.read_text())["slots"][0]
    return slot["kdf"]["memory_kib"], slot["kdf"]["iterations"], slot["kdf"]["lanes"]


def test_a_weaker_slot_is_raised_to_the_current_settings_on_unlock(
    access: JournalAccess,
) -> None:
    journal, code = access.create(PASSPHRASE)  # at TEST_KDF, the floor
    journal.save_day(DAY)
    journal.close()
    current = JournalAccess(access.paths, kdf=STRONGER, clock=fixed_clock)

    current.open_with_passphrase(PASSPHRASE).close()

    assert _passphrase_kdf(access.paths.key_file) == (32 * 1024, 2, 2)
    reopened = current.open_with_passphrase(PASSPHRASE)
    assert reopened.day(DAY.day) == DAY
    reopened.close()
    # The recovery slot was left as it was and still opens the journal.
    current.open_with_recovery_key(code).close()


def test_a_slot_at_the_current_settings_is_not_rewritten(access: JournalAccess) -> None:
    access.create(PASSPHRASE)[0].close()
    before = access.paths.key_file.read_bytes()
    access.open_with_passphrase(PASSPHRASE).close()
    assert access.paths.key_file.read_bytes() == before


def test_the_floor_is_owasps_minimum_and_the_app_settings_are_above_it() -> None:
    floor = keyfile.PASSPHRASE_KDF_FLOOR
    assert (floor.memory_kib, floor.iterations, floor.lanes) == (19 * 1024, 2, 1)
    assert keyfile.meets_floor(keyfile.DEFAULT_KDF, floor)
    assert keyfile.meets_floor(keyfile.TEST_KDF, floor)
    assert keyfile.meets_floor(keyfile.KdfParams(46 * 1024, 1, 1), floor)  # OWASP's 1-pass
    assert not keyfile.meets_floor(keyfile.KdfParams(8 * 1024, 1, 1), floor)  # the old TEST_KDF
    assert not keyfile.meets_floor(keyfile.KdfParams(12 * 1024, 10, 1), floor)
    assert keyfile.meets_floor(keyfile.RECOVERY_KDF, keyfile.RECOVERY_KDF_FLOOR)


def test_a_slot_below_the_floor_is_refused_and_left_as_it_is(access: JournalAccess) -> None:
    journal, _code = access.create(PASSPHRASE)
    data_key = journal.data_key
    journal.close()
    weak = keyfile.KdfParams(memory_kib=8, iterations=1, lanes=1)
    keyfile.change_passphrase(access.paths.key_file, data_key, PASSPHRASE, kdf=weak)
    before = access.paths.key_file.read_bytes()
    with pytest.raises(backups.JournalDamagedError, match="weaker than Leader Pulse accepts"):
        access.open_with_passphrase(PASSPHRASE)
    assert access.paths.key_file.read_bytes() == before
