"""The quick ``log`` and the keyed records of a page check (``check_record``, issue #20).

A quick ``log`` checks every page unless a valid record says the file as it is passed
that check today; a clean check is recorded, and the record is renewed for the file its
own commit leaves, only when that commit was the only change since the check. Another
writer between the check and the close, a program holding the journal open, or damage
after the commit: no renewal, or a renewal that no longer matches, and every page is
checked again (a damaged page is left to the ordinary open, which refuses it).
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


def test_the_first_log_checks_and_later_logs_that_day_are_spared_by_renewed_records(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data_key, records = made
    checks = _checks(monkeypatch)
    for energy in (2, 4, 5):
        assert _log(access, data_key, records, energy) is not None
    assert checks == [1]  # only the first; each commit renewed the record for its file
    assert sorted(p.name for p in db.parent.iterdir()) == [
        "journal.db",
        "journal.key",
        "journal.lock",
    ]
    assert _energy(db, data_key) == 5
    # The renewed record is the quick reads' record too: `search` is spared the check.
    spared: list[bool] = []
    real = check_record.checked_today

    def spy(*args: Any) -> bool:
        spared.append(real(*args))
        return spared[-1]

    monkeypatch.setattr(read_only_storage, "checked_today", spy)
    assert read_only_storage.search_at_rest(db, data_key, "dag", records=records)
    assert spared == [True]


def test_damage_after_a_renewed_record_is_found_and_left_to_the_ordinary_open(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data_key, records = made
    assert _log(access, data_key, records, 2) is not None
    checks = _checks(monkeypatch)
    raw = bytearray(db.read_bytes())
    raw[(db.stat().st_size // PAGE - 1) * PAGE + 3000] ^= 0x04  # a page the write reads not
    db.write_bytes(bytes(raw))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert _log(access, data_key, records, 4) is None  # the ordinary command refuses it
    assert checks == [1]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    with pytest.raises(WellbeingError, match="damaged"):
        access.open_with_passphrase(PASSPHRASE).close()


def test_a_write_by_another_program_before_the_commit_renews_nothing(
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
    assert checks == [1]  # the record of the first check no longer fits, none was renewed


def test_a_write_by_another_program_between_commit_and_close_renews_nothing(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data_key, records = made
    real_fold = keyed_write._folded_alone

    def other_commits_first(conn: Any, path: Path, version: int) -> Any:
        other = keyed.connect_keyed(path, data_key)
        try:
            other.execute(
                "UPDATE day_logs SET energy = 1 WHERE day = ?", (str(DAY - timedelta(days=3)),)
            )
        finally:
            other.close()
        return real_fold(conn, path, version)

    monkeypatch.setattr(keyed_write, "_folded_alone", other_commits_first)
    assert _log(access, data_key, records, 2) is not None
    monkeypatch.undo()
    checks = _checks(monkeypatch)
    assert _log(access, data_key, records, 4) is not None
    assert checks == [1]


def test_with_the_journal_open_elsewhere_no_record_is_used_or_renewed(
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


def test_no_renewal_on_a_file_system_that_keeps_whole_seconds(tmp_path: Path) -> None:
    records = tmp_path / "checked"
    db = tmp_path / "journal.db"
    db.write_bytes(b"\0" * PAGE)
    whole = (1, 2, PAGE, 1_700_000_000_000_000_000, 1_700_000_000_000_000_000)
    check_record.renew_after_write(records, db, whole, bytes(32))
    assert not records.exists()
    fine = (1, 2, PAGE, 1_700_000_000_123_456_789, 1_700_000_000_123_456_789)
    check_record.renew_after_write(records, db, fine, bytes(32))
    assert check_record.checked_today(records, db, fine, bytes(32))


def test_a_writer_holding_the_lock_after_the_commit_costs_no_wait(
    made: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write is committed: renewing its record never waits for another writer."""
    db, data_key, records = made
    real_fold = keyed_write._folded_alone
    holder = keyed.connect_keyed(db, data_key)
    waits: list[int] = []

    def other_holds_the_lock(conn: Any, path: Path, version: int) -> Any:
        holder.execute("BEGIN IMMEDIATE")
        try:
            return real_fold(conn, path, version)
        finally:
            waits.append(int(conn.execute("PRAGMA busy_timeout").fetchone()[0]))

    monkeypatch.setattr(keyed_write, "_folded_alone", other_holds_the_lock)
    try:
        assert _log(access, data_key, records, 2) is not None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert waits == [0]  # met busy at once, not after the write's wait of 20 s
    monkeypatch.undo()
    assert _energy(db, data_key) == 2
    checks = _checks(monkeypatch)
    assert _log(access, data_key, records, 4) is not None
    assert checks == [1]  # nothing was renewed


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
