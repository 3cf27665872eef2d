"""The quick ``log`` and the keyed records of a page check (``check_record``, issue #20).

A quick ``log`` checks every page unless a valid record says the file as it is passed
that whole check today; a clean check is recorded for the file as it was checked, and
nothing is recorded for the file a commit leaves (a write by another program in the same
moment could not be told from it), so a second ``log`` that day checks every page again.
A check that finds the file damaged (the quick ``log``'s, the quick read's, the ordinary
open's) deletes its record: nothing vouches for a file known to be bad.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayChanges
from wellbeing_desktop.services import quick_write
from wellbeing_desktop.storage import check_record, integrity, journal_lock, keyed, keyed_write
from wellbeing_desktop.storage import read_only as read_only_storage

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.access import JournalAccess

PAGE = 4096
DAY = fixed_clock().date() - timedelta(days=1)


@pytest.fixture
def made(access: JournalAccess, tmp_path: Path) -> tuple[Path, bytes, Path]:
    """A journal with a few days, at rest: (database, key, records folder)."""
    journal, _code = access.create(PASSPHRASE)
    try:
        for n in range(2, 20):
            journal.log_day(DAY - timedelta(days=n), DayChanges(energy=3, reflection=f"dag {n}"))
        data_key = journal.data_key
    finally:
        journal.close()
    time.sleep(check_record.SETTLE_SECONDS * 2)  # the last change well before the check
    return access.paths.database, data_key, tmp_path / "cache" / "checked"


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts each full page check the quick ``log`` makes."""
    made: list[int] = []
    real = integrity.file_problems

    def spy(*args: Any, **kwargs: Any) -> Any:
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(integrity, "file_problems", spy)
    return made


def _log(access: JournalAccess, data_key: bytes, records: Path, energy: int) -> Any:
    with journal_lock.acquire_shared(access.paths, wait=0):
        return quick_write.log_with_key(
            access.paths,
            data_key,
            DAY,
            DayChanges(energy=energy),
            speak=lambda _s: None,
            clock=fixed_clock,
            records=records,
        )


def _energy(db: Path, data_key: bytes) -> int:
    conn = keyed.connect_keyed(db, data_key)
    try:
        return int(
            conn.execute("SELECT energy FROM day_logs WHERE day = ?", (str(DAY),)).fetchone()[0]
        )
    finally:
        conn.close()


def test_every_log_that_day_checks_every_page_again(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data_key, records = made
    checks = _checks(monkeypatch)
    for energy in (2, 4, 5):
        assert _log(access, data_key, records, energy) is not None
    assert checks == [1, 1, 1]  # each commit changed the file: no record fits it
    assert sorted(p.name for p in db.parent.iterdir()) == [
        "journal.db",
        "journal.key",
        "journal.lock",
    ]
    assert _energy(db, data_key) == 5
    # Nor does a quick read find a record of the file the last commit left.
    spared: list[bool] = []
    real = check_record.checked_today

    def spy(*args: Any) -> bool:
        spared.append(real(*args))
        return spared[-1]

    monkeypatch.setattr(read_only_storage, "checked_today", spy)
    assert read_only_storage.search_at_rest(db, data_key, "dag", records=records)
    assert spared == [False]


def test_damage_after_a_log_is_found_and_left_to_the_ordinary_open(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data_key, records = made
    assert _log(access, data_key, records, 2) is not None
    checks = _checks(monkeypatch)
    _damage(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert _log(access, data_key, records, 4) is None  # the ordinary command refuses it
    assert checks == [1]
    assert not list(records.iterdir())  # the check found damage: its record is deleted
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    with pytest.raises(WellbeingError, match="damaged"):
        access.open_with_passphrase(PASSPHRASE).close()


def test_a_write_by_another_program_before_the_commit_is_checked_again(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the check and BEGIN IMMEDIATE the GUI (say) commits: its log is not empty."""
    db, data_key, records = made
    real_connect = keyed.connect_keyed

    def connect_then_other_writes(path: Path, key: bytes) -> Any:
        conn = real_connect(path, key)
        other = keyed.connect_keyed(path, key)
        try:
            other.execute(
                "UPDATE day_logs SET energy = 1 WHERE day = ?", (str(DAY - timedelta(days=3)),)
            )
        finally:
            other.close()  # not the last connection: its frames stay in the log
        return conn

    monkeypatch.setattr(keyed_write, "connect_keyed", connect_then_other_writes)
    assert _log(access, data_key, records, 2) is not None
    monkeypatch.undo()
    checks = _checks(monkeypatch)
    assert _log(access, data_key, records, 4) is not None
    assert checks == [1]  # the record of the first check no longer fits


def test_with_the_journal_open_elsewhere_no_record_is_used(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data_key, records = made
    assert _log(access, data_key, records, 2) is not None  # a record for the file at rest
    gui = access.open_with_passphrase(PASSPHRASE)
    try:
        gui.log_day(DAY, DayChanges(stress_step=2))  # its connection open, its frames beside
        checks = _checks(monkeypatch)
        assert _log(access, data_key, records, 3) is not None
        assert _log(access, data_key, records, 4) is not None
        assert checks == [1, 1]  # every page checked each time: the file is not alone
    finally:
        gui.close()
    assert _energy(db, data_key) == 4


def test_record_files_are_named_by_a_keyed_hash_of_the_path(
    made: tuple[Path, bytes, Path], access: JournalAccess
) -> None:
    db, data_key, records = made
    assert _log(access, data_key, records, 2) is not None
    (record,) = records.iterdir()
    unkeyed = hashlib.sha256(os.fsencode(os.path.realpath(db))).hexdigest()[:32]
    assert record.name != f"{unkeyed}.json"
    assert record.name == check_record._record_file(records, db, data_key).name
    assert check_record._record_file(records, db, bytes(32)).name != record.name


def test_a_reads_record_of_the_pages_alone_does_not_spare_the_logs_whole_check(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read checks every page's MAC; the open before a write checks the B-tree too."""
    db, data_key, records = made
    assert read_only_storage.search_at_rest(db, data_key, "dag", records=records)
    ident = check_record.identity(db.stat())
    assert check_record.checked_today(records, db, ident, data_key)
    assert not check_record.checked_today(records, db, ident, data_key, whole=True)
    checks = _checks(monkeypatch)
    assert _log(access, data_key, records, 2) is not None
    assert checks == [1]


def test_a_pages_record_cannot_be_passed_off_as_a_whole_one(
    made: tuple[Path, bytes, Path],
) -> None:
    db, data_key, records = made
    assert read_only_storage.search_at_rest(db, data_key, "dag", records=records)
    ident = check_record.identity(db.stat())
    (record,) = records.iterdir()
    content = json.loads(record.read_text())
    content["scope"] = check_record.WHOLE  # the MAC was made for the pages alone
    record.write_text(json.dumps(content))
    assert not check_record.checked_today(records, db, ident, data_key, whole=True)
    assert not check_record.checked_today(records, db, ident, data_key)


def _damage(db: Path) -> None:
    """One bit of the last page flipped: a page a log of one day does not read."""
    raw = bytearray(db.read_bytes())
    raw[(db.stat().st_size // PAGE - 1) * PAGE + 3000] ^= 0x04
    db.write_bytes(bytes(raw))


def _plant_record(records: Path, db: Path, data_key: bytes) -> check_record.Identity:
    """A valid record of the file as it is now: what a check that finds damage deletes.

    (A check made before an offline edit that set the file's times back would leave one.)
    """
    ident = check_record.identity(db.stat())
    later = max(ident[3], ident[4]) + 10 * 1_000_000_000
    check_record.record_check(records, db, ident, data_key, later)
    assert check_record.checked_today(records, db, ident, data_key)
    return ident


def test_the_logs_check_deletes_the_record_of_a_damaged_file(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data_key, records = made
    _damage(db)
    ident = _plant_record(records, db, data_key)  # of the pages: it does not spare a log
    checks = _checks(monkeypatch)
    assert _log(access, data_key, records, 4) is None
    assert checks == [1]
    assert not check_record.checked_today(records, db, ident, data_key)
    assert not list(records.iterdir())


def test_the_quick_reads_check_deletes_the_record_of_a_damaged_file(
    made: tuple[Path, bytes, Path],
) -> None:
    db, data_key, records = made
    assert read_only_storage.search_at_rest(db, data_key, "dag", records=records)
    assert len(list(records.iterdir())) == 1
    _damage(db)  # the file's identity changes: the record no longer spares the check
    assert read_only_storage.search_at_rest(db, data_key, "dag", records=records) is None
    assert not list(records.iterdir())


def test_the_ordinary_opens_check_deletes_the_record_of_a_damaged_file(
    made: tuple[Path, bytes, Path],
    access: JournalAccess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, data_key, records = made
    monkeypatch.setenv(check_record.CACHE_DIR_ENV, str(tmp_path / "cache"))
    assert check_record.records_dir() == records
    _damage(db)
    ident = _plant_record(records, db, data_key)
    with pytest.raises(WellbeingError, match="damaged"):
        access.open_with_passphrase(PASSPHRASE).close()
    assert not check_record.checked_today(records, db, ident, data_key)
    assert not list(records.iterdir())
    # The quick read, which that record would have spared the check, now checks and refuses.
    assert read_only_storage.search_at_rest(db, data_key, "dag", records=records) is None
