"""The keyed record of a passed page check (storage/check_record.py, issue #20).

The quick read skips checking every page's HMAC only when a record made with the data
key says the file, exactly as it is now, passed that check today. Tampering after a clean
check, however it is done, is refused as before; a record cannot be forged or reused.
"""

from __future__ import annotations

import json
import os
import time
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.storage import check_record, read_only

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from wellbeing_desktop.services.access import JournalAccess

PAGE = 4096


def _filled(access: JournalAccess) -> bytes:
    journal, _code = access.create(PASSPHRASE)
    try:
        for n in range(1, 29):
            journal.save_day(DayLog(day=date(2026, 10, n), reflection=f"Dag {n}: budget."))
        return journal.data_key
    finally:
        journal.close()


def _settled() -> None:
    """Let the file's last change fall well before the next check (SETTLE_SECONDS)."""
    time.sleep(check_record.SETTLE_SECONDS * 2)


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """What each read found: True when a record spared it the page check."""
    found: list[bool] = []
    original = check_record.checked_today

    def spy(*args: object) -> bool:
        found.append(original(*args))  # type: ignore[arg-type]
        return found[-1]

    monkeypatch.setattr(read_only, "checked_today", spy)
    return found


@pytest.fixture
def checked(access: JournalAccess, tmp_path: Path) -> tuple[Path, bytes, Path]:
    """A journal whose every page passed a recorded check: (database, key, records)."""
    data_key = _filled(access)
    db = access.paths.database
    records = tmp_path / "cache" / "checked"
    _settled()
    assert read_only.search_at_rest(db, data_key, "budget", records=records)
    return db, data_key, records


def test_a_passed_check_is_recorded_away_from_the_journal_and_spares_the_next(
    checked: tuple[Path, bytes, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data_key, records = checked
    beside = sorted(p.name for p in db.parent.iterdir())
    (record,) = records.iterdir()
    assert oct(record.stat().st_mode & 0o777) == "0o600"
    assert oct(records.stat().st_mode & 0o777) == "0o700"
    assert data_key.hex() not in record.read_text()
    found = _checks(monkeypatch)
    expected = read_only.search_at_rest(db, data_key, "budget")
    assert read_only.search_at_rest(db, data_key, "budget", records=records) == expected
    assert found == [True]
    assert sorted(p.name for p in db.parent.iterdir()) == beside  # nothing new beside it


def _flip(db: Path, page: int) -> None:
    raw = bytearray(db.read_bytes())
    raw[page * PAGE + 3000] ^= 0x04
    db.write_bytes(bytes(raw))


def _flip_keeping_the_times(db: Path, page: int) -> None:
    """What someone hiding a change would do: the old modification time put back."""
    before = db.stat()
    _flip(db, page)
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))


def _replace_with_a_flipped_copy(db: Path, page: int) -> None:
    copy = db.with_name("other.db")
    copy.write_bytes(db.read_bytes())
    _flip(copy, page)
    stat = db.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    os.replace(copy, db)


@pytest.mark.parametrize(
    "tamper",
    [_flip, _flip_keeping_the_times, _replace_with_a_flipped_copy],
    ids=["written", "times put back", "replaced"],
)
def test_tampering_after_a_clean_check_is_refused(
    checked: tuple[Path, bytes, Path],
    access: JournalAccess,
    monkeypatch: pytest.MonkeyPatch,
    tamper: Callable[[Path, int], None],
) -> None:
    db, data_key, records = checked
    pages = db.stat().st_size // PAGE
    found = _checks(monkeypatch)
    for page in (1, pages // 2, pages - 1):  # page 2: a search does not read it
        original = db.read_bytes()
        tamper(db, page)
        _settled()
        assert read_only.search_at_rest(db, data_key, "budget", records=records) is None, page
        db.write_bytes(original)
    assert found == [False, False, False]  # the record no longer matched: every page checked
    _flip(db, 1)
    with pytest.raises(WellbeingError, match="damaged"):
        access.open_with_passphrase(PASSPHRASE).close()


def _rewrite(records: Path, change: Callable[[dict[str, object]], None]) -> None:
    (record,) = records.iterdir()
    content = json.loads(record.read_text())
    change(content)
    record.write_text(json.dumps(content))


def test_a_record_cannot_be_made_to_fit_a_tampered_file(
    checked: tuple[Path, bytes, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The identity, the day and the MAC are bound together by a key only the data key gives."""
    db, data_key, records = checked
    found = _checks(monkeypatch)
    (record,) = records.iterdir()
    saved = record.read_text()
    _flip(db, 1)
    _settled()
    now = list(check_record.identity(db.stat()))

    def forged(content: dict[str, object]) -> None:
        content["identity"] = now  # the tampered file's identity, the old MAC

    _rewrite(records, forged)
    assert read_only.search_at_rest(db, data_key, "budget", records=records) is None
    assert not list(records.iterdir())  # the check found the damage: the record is deleted
    record.write_text(saved)

    def made_without_the_key(content: dict[str, object]) -> None:
        content["identity"] = now
        content["mac"] = check_record._mac(bytes(32), db, tuple(now), str(content["day"]))  # type: ignore[arg-type]

    _rewrite(records, made_without_the_key)
    assert read_only.search_at_rest(db, data_key, "budget", records=records) is None
    assert found == [False, False]


def test_a_record_lasts_the_day_it_was_made(
    checked: tuple[Path, bytes, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage no write makes (a disk's decay) is found by the first read of each day."""
    db, data_key, records = checked
    found = _checks(monkeypatch)
    monkeypatch.setattr(check_record, "_today", lambda: "2099-01-01")
    assert read_only.search_at_rest(db, data_key, "budget", records=records)
    assert found == [False]
    assert read_only.search_at_rest(db, data_key, "budget", records=records)
    assert found == [False, True]  # checked again, and recorded for the new day


def test_no_record_for_a_file_that_changed_just_before_the_check(
    access: JournalAccess, tmp_path: Path
) -> None:
    data_key = _filled(access)
    records = tmp_path / "checked"
    db = access.paths.database
    ident = check_record.identity(db.stat())
    changed = max(ident[3], ident[4])
    check_record.record_check(records, db, ident, data_key, changed + 10_000_000)
    assert not records.exists()  # 10 ms after: a write in the same clock tick could hide
    whole = (*ident[:3], 1_700_000_000_000_000_000, 1_700_000_000_000_000_000)
    check_record.record_check(records, db, whole, data_key, whole[4] + 1_000_000_000)
    assert not records.exists()  # whole seconds (FAT): two seconds are needed
    check_record.record_check(records, db, ident, data_key, changed + 200_000_000)
    assert check_record.checked_today(records, db, ident, data_key)
    assert not check_record.checked_today(records, db, ident, bytes(32))


def test_a_folder_that_cannot_hold_records_only_means_checking_every_time(
    access: JournalAccess, tmp_path: Path
) -> None:
    data_key = _filled(access)
    blocked = tmp_path / "a file"
    blocked.write_text("")
    _settled()
    db = access.paths.database
    assert read_only.search_at_rest(db, data_key, "budget", records=blocked / "checked")
    assert read_only.search_at_rest(db, data_key, "budget", records=blocked / "checked")


def test_opening_the_journal_elsewhere_keeps_the_record(
    checked: tuple[Path, bytes, Path], access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app opening the journal (its 0600 already) changes nothing a record covers."""
    db, data_key, records = checked
    access.open_with_passphrase(PASSPHRASE).close()
    found = _checks(monkeypatch)
    assert read_only.search_at_rest(db, data_key, "budget", records=records)
    assert found == [True]
    db.chmod(0o644)  # made wider by someone: the next open makes it private again
    access.open_with_passphrase(PASSPHRASE).close()
    assert oct(db.stat().st_mode & 0o777) == "0o600"
    _settled()
    assert read_only.search_at_rest(db, data_key, "budget", records=records)
    assert found == [True, False]  # the change time moved: every page checked again


def test_a_records_folder_pointed_elsewhere_is_never_followed(
    access: JournalAccess, tmp_path: Path
) -> None:
    data_key = _filled(access)
    db = access.paths.database
    ident = check_record.identity(db.stat())
    someone_elses = tmp_path / "a folder of the user's"
    someone_elses.mkdir(mode=0o755)
    someone_elses.chmod(0o755)
    planted = tmp_path / "shared cache" / "checked"
    planted.parent.mkdir()
    planted.symlink_to(someone_elses)  # planted in a shared cache by another user
    changed = max(ident[3], ident[4])
    check_record.record_check(planted, db, ident, data_key, changed + 200_000_000)
    assert someone_elses.stat().st_mode & 0o777 == 0o755  # not made 0700
    assert list(someone_elses.iterdir()) == []  # and nothing written into it
    real = tmp_path / "checked"
    check_record.record_check(real, db, ident, data_key, changed + 200_000_000)
    (someone_elses / next(real.iterdir()).name).write_bytes(next(real.iterdir()).read_bytes())
    assert not check_record.checked_today(planted, db, ident, data_key)  # nor read through


def test_records_older_than_their_use_are_removed_when_one_is_written(
    access: JournalAccess, tmp_path: Path
) -> None:
    data_key = _filled(access)
    db = access.paths.database
    ident = check_record.identity(db.stat())
    records = tmp_path / "checked"
    records.mkdir()
    old = records / ("0" * 32 + ".json")  # a journal since deleted, read days ago
    old.write_text("{}")
    three_days_ago = time.time() - 3 * 24 * 3600
    os.utime(old, (three_days_ago, three_days_ago))
    yesterday_or_so = records / ("1" * 32 + ".json")
    yesterday_or_so.write_text("{}")
    check_record.record_check(records, db, ident, data_key, max(ident[3], ident[4]) + 200_000_000)
    assert not old.exists()
    assert yesterday_or_so.exists()  # may still be today somewhere: left
    assert check_record.checked_today(records, db, ident, data_key)
