"""Making backups: verified, encrypted, private, all or nothing; keeping files as they are."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest

from tests.conftest import FIXED_NOW
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.storage import backup
from wellbeing_desktop.storage.backup_format import read_header, unpack_backup, write_backup_file
from wellbeing_desktop.storage.engine import connect_keyed
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

CANARY = "CANARY-BACKUP-QX9"


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def test_a_backup_is_verified_encrypted_and_private(
    journal: Journal, tmp_path: Path, open_umask: None
) -> None:
    journal.save_day(DayLog(day=date(2026, 11, 24), reflection=f"Dagens {CANARY}", tags=("x",)))

    made = journal.backup()

    assert made.name == "journal-2026-11-26T173000-manual.lpbackup"
    assert made.parent == journal.paths.backups
    assert made.stat().st_mode & 0o777 == 0o600
    assert journal.paths.backups.stat().st_mode & 0o777 == 0o700
    assert journal.backups() == [made]
    assert read_header(made).verified
    parts = unpack_backup(made, tmp_path / "unpacked")
    conn = connect_keyed(journal.paths.database, journal.data_key)
    try:
        live = backup.table_counts(conn)
    finally:
        conn.close()
    assert backup.verify_database(parts.database, journal.data_key) == live
    assert live["day_logs"] == 1
    assert not parts.database.read_bytes().startswith(b"SQLite format 3")
    data = made.read_bytes()
    for form in (
        CANARY.encode(),
        CANARY.encode("utf-16-le"),
        journal.data_key,
        journal.data_key.hex().encode(),
    ):
        assert form not in data
    assert [p.name for p in journal.paths.backups.iterdir()] == [made.name]  # no temp files


def test_two_backups_in_one_second_get_two_names(journal: Journal) -> None:
    first = journal.backup()
    second = journal.backup()
    assert second.name == "journal-2026-11-26T173000-manual-2.lpbackup"
    assert journal.backups() == [second, first]


def test_a_backup_to_a_chosen_file_never_replaces_one(journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "my.lpbackup"
    target.parent.mkdir()
    assert journal.backup(out=target) == target
    assert read_header(target).verified
    assert journal.backups() == []  # not in the folder, not counted by the rotation
    before = target.read_bytes()
    with pytest.raises(WellbeingError, match="exists already"):
        journal.backup(out=target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["my.lpbackup"]


def test_a_failed_backup_leaves_nothing_behind(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path, data_key: bytes, **_: object) -> dict[str, int]:
        raise StorageError("The backup does not match the journal; it was not kept.")

    monkeypatch.setattr(backup, "verify_database", broken)
    with pytest.raises(WellbeingError, match="not kept"):
        journal.backup()
    assert list(journal.paths.backups.iterdir()) == []


def test_a_journal_that_keeps_changing_is_copied_again(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = backup.table_counts
    calls = {"n": 0}

    def moving(conn: object) -> dict[str, int]:
        calls["n"] += 1
        counts = real(conn)
        if calls["n"] == 2:  # a write landed during the first VACUUM INTO
            counts["day_logs"] += 1
        return counts

    monkeypatch.setattr(backup, "table_counts", moving)
    made = journal.backup()
    assert read_header(made).verified
    assert calls["n"] >= 4  # before/after twice, then the check of the copy

    calls["n"] = -1000  # from now on every "after" differs from its "before"

    def always_moving(conn: object) -> dict[str, int]:
        calls["n"] += 1
        counts = real(conn)
        counts["day_logs"] += calls["n"]
        return counts

    monkeypatch.setattr(backup, "table_counts", always_moving)
    with pytest.raises(WellbeingError, match="kept changing"):
        journal.backup()
    assert journal.backups() == [made]


def test_files_are_kept_exactly_as_they_are(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    root.mkdir()
    (root / "journal.db").write_bytes(b"\x00damaged journal bytes" * 100)
    (root / "journal.db-wal").write_bytes(b"wal pages")
    (root / "journal.key").write_bytes(b'{"a": "key file"}')

    kept = backup.copy_files_as_backup(
        root / "journal.db", root / "journal.key", root / "backups", "before-restore", now=FIXED_NOW
    )

    assert kept is not None
    assert kept.name == "journal-2026-11-26T173000-before-restore.lpbackup"
    assert not read_header(kept).verified
    parts = unpack_backup(kept, tmp_path / "out")
    assert parts.database.read_bytes() == (root / "journal.db").read_bytes()
    assert parts.wal is not None
    assert parts.wal.read_bytes() == b"wal pages"
    assert parts.key_file.read_bytes() == b'{"a": "key file"}'
    assert (
        backup.copy_files_as_backup(
            tmp_path / "none.db", tmp_path / "none.key", root / "backups", "before-restore"
        )
        is None
    )


def _packed(root: Path, name: str, made: datetime, serial: int, *, verified: bool) -> Path:
    part = root.parent / "part.bin"
    part.write_bytes(b"p" * 4096)
    target = root / name
    write_backup_file(target, b"{}", part, verified=verified, made=made, serial=serial)
    return target


def test_a_day_with_a_verified_backup_needs_no_other(tmp_path: Path) -> None:
    root = tmp_path / "backups"
    assert backup.daily_backup_due(root, FIXED_NOW)
    root.mkdir()
    morning = datetime(2026, 11, 26, 8, 0)
    _packed(root, "journal-2026-11-26T080000-before-restore.lpbackup", morning, 1, verified=False)
    yesterday = datetime(2026, 11, 25, 23, 59, 59)
    _packed(root, "journal-2026-11-25T235959-daily.lpbackup", yesterday, 2, verified=True)
    assert backup.daily_backup_due(root, FIXED_NOW)  # a raw copy is not a backup of today
    # Not a backup at all, though named like today's: it does not count either.
    (root / "journal-2026-11-26T000002-manual.lpbackup").write_bytes(b"x")
    assert backup.daily_backup_due(root, FIXED_NOW)
    midnight = datetime(2026, 11, 26, 0, 0, 1)
    _packed(root, "journal-2026-11-26T000001-manual.lpbackup", midnight, 3, verified=True)
    assert not backup.daily_backup_due(root, FIXED_NOW)
    assert backup.daily_backup_due(root, datetime(2026, 11, 27, 0, 0))


def test_pruning_clears_stale_temporary_files_only(tmp_path: Path) -> None:
    root = tmp_path / "backups"
    root.mkdir()
    stale = root / ".journal-0123456789abcdef.db.tmp"
    fresh = root / ".journal-fedcba9876543210.db.tmp"
    mine = root / "notes.txt"
    for path in (stale, fresh, mine):
        path.write_bytes(b"x")
    an_hour_ago = time.time() - 3700
    os.utime(stale, (an_hour_ago, an_hour_ago))
    os.utime(mine, (an_hour_ago, an_hour_ago))
    backup.prune_backups(root)
    assert sorted(p.name for p in root.iterdir()) == [fresh.name, mine.name]


def test_pruning_clears_a_stale_rollback_journal_of_a_backup_cut_short(tmp_path: Path) -> None:
    """A kill -9 mid-VACUUM INTO leaves the target's ``-journal``: ours, so it goes too."""
    root = tmp_path / "backups"
    root.mkdir()
    ours = [root / f".journal-0123456789abcdef.db.tmp-{end}" for end in ("journal", "wal")]
    fresh = root / ".journal-fedcba9876543210.db.tmp-journal"
    look_alike = [root / ".journal-notes.db.tmp-journal", root / ".journal-0123.db.tmp-mine"]
    for path in (*ours, fresh, *look_alike):
        path.write_bytes(b"x")
    an_hour_ago = time.time() - 3700
    for path in (*ours, *look_alike):
        os.utime(path, (an_hour_ago, an_hour_ago))
    backup.prune_backups(root)
    assert sorted(p.name for p in root.iterdir()) == sorted(p.name for p in (fresh, *look_alike))


def test_an_open_journal_in_another_process_is_seen(journal: Journal) -> None:
    path = journal.paths.database
    data_key_hex = journal.data_key.hex()
    journal.close()
    assert not backup.database_in_use(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path\n"
            "from wellbeing_desktop.storage.engine import connect_keyed\n"
            "conn = connect_keyed(Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline()))\n"
            "print('open', flush=True)\n"
            "sys.stdin.readline()\n",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdin is not None
        assert holder.stdout is not None
        holder.stdin.write(data_key_hex + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "open"
        assert backup.database_in_use(path)
    finally:
        holder.communicate("\n", timeout=30)
    assert not backup.database_in_use(path)


def test_a_padded_database_in_a_backup_is_refused_before_the_page_check(
    journal: Journal, tmp_path: Path
) -> None:
    journal.save_day(DayLog(day=date(2026, 11, 24), reflection="en dag"))
    parts = unpack_backup(journal.backup(), tmp_path / "unpacked")
    pages = parts.database.stat().st_size // 4096
    os.truncate(parts.database, 64 * 1024 * 1024)  # sparse zeros after the real pages

    with pytest.raises(WellbeingError, match=f"is 67108864 bytes but holds {pages} pages"):
        backup.verify_database(parts.database, journal.data_key)
