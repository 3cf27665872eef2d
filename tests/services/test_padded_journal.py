"""A journal file padded with gigabytes of zeros is refused at once, not after a minute."""

from __future__ import annotations

import hashlib
import os
import time
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services.backups import JournalDamagedError

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.access import JournalAccess

PADDED_SIZE = 3 * 1024**3  # sparse: costs no disk space


def _fingerprint(path: Path) -> tuple[int, int, str]:
    with path.open("rb") as handle:
        head = hashlib.sha256(handle.read(1024 * 1024)).hexdigest()
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns, head


def test_a_journal_padded_with_zeros_is_refused_quickly_and_left_as_it_is(
    access: JournalAccess,
) -> None:
    journal, _code = access.create(PASSPHRASE)
    for n in range(1, 11):
        journal.save_day(DayLog(day=date(2026, 10, n), reflection="tekst " * 200))
    journal.close()
    database = access.paths.database
    pages = database.stat().st_size // 4096

    started = time.perf_counter()
    access.open_with_passphrase(PASSPHRASE).close()
    normal_open = time.perf_counter() - started

    os.truncate(database, PADDED_SIZE)
    before = _fingerprint(database)
    started = time.perf_counter()
    with pytest.raises(JournalDamagedError) as caught:
        access.open_with_passphrase(PASSPHRASE)
    refused_after = time.perf_counter() - started

    message = str(caught.value)
    assert str(database) in message
    assert f"it is {PADDED_SIZE} bytes but holds {pages} pages" in message
    assert "\n" not in message
    # The page check on open re-reads a suspect file twice after short pauses (0.7 s in
    # all); everything else must be about as quick as a normal open.
    assert refused_after < 5 * normal_open + 1.5, (refused_after, normal_open)
    assert _fingerprint(database) == before
