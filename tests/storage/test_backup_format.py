"""The .lpbackup container: what goes in comes out, and any damage is named before use."""

from __future__ import annotations

import hashlib
import os
import struct
from datetime import datetime
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.storage.backup_format import (
    HEADER_SIZE,
    MAGIC,
    BackupFileError,
    backup_name,
    parse_backup_name,
    peek_header,
    read_header,
    read_key_part,
    unpack_backup,
    write_backup_file,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

KEY = b'{"format": "leader-pulse-keyfile", "not": "a real one"}\n'


@pytest.fixture
def parts(tmp_path: Path) -> tuple[Path, Path]:
    database = tmp_path / "db.bin"
    database.write_bytes(os.urandom(3 * 4096 + 17))
    wal = tmp_path / "wal.bin"
    wal.write_bytes(os.urandom(5000))
    return database, wal


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def test_parts_round_trip_and_the_file_is_private(
    tmp_path: Path, parts: tuple[Path, Path], open_umask: None
) -> None:
    database, wal = parts
    target = tmp_path / "out" / "b.lpbackup"
    target.parent.mkdir()

    write_backup_file(target, KEY, database, wal, verified=False)

    assert target.stat().st_mode & 0o777 == 0o600
    header = read_header(target)
    assert not header.verified
    assert (header.key_length, header.db_length, header.wal_length) == (len(KEY), 12305, 5000)
    assert read_key_part(target, header) == KEY
    unpacked = unpack_backup(target, tmp_path / "unpacked")
    assert unpacked.key_file.read_bytes() == KEY
    assert unpacked.database.read_bytes() == database.read_bytes()
    assert unpacked.wal is not None
    assert unpacked.wal.read_bytes() == wal.read_bytes()
    assert (tmp_path / "unpacked").stat().st_mode & 0o777 == 0o700
    for path in (unpacked.key_file, unpacked.database, unpacked.wal):
        assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.lpbackup"]  # no temp left


def test_the_layout_is_the_documented_one(tmp_path: Path, parts: tuple[Path, Path]) -> None:
    database, _wal = parts
    target = tmp_path / "b.lpbackup"
    write_backup_file(target, KEY, database, verified=True)
    raw = target.read_bytes()

    fields = struct.unpack(">8sHHIQQqQ", raw[:48])
    magic, version, flags, key_length, db_length, wal_length, made_at, serial = fields
    assert (magic, version, flags) == (MAGIC, 2, 1)
    assert (key_length, db_length, wal_length) == (len(KEY), database.stat().st_size, 0)
    assert abs(made_at / 1e6 - datetime.now().timestamp()) < 60
    assert serial == 1
    assert HEADER_SIZE == 80
    assert raw[HEADER_SIZE : HEADER_SIZE + len(KEY)] == KEY
    assert raw[HEADER_SIZE + len(KEY) :] == database.read_bytes()
    assert len(raw) == HEADER_SIZE + len(KEY) + db_length


def test_an_existing_file_is_never_replaced(tmp_path: Path, parts: tuple[Path, Path]) -> None:
    target = tmp_path / "b.lpbackup"
    target.write_bytes(b"something else")
    with pytest.raises(FileExistsError):
        write_backup_file(target, KEY, parts[0], verified=True)
    assert target.read_bytes() == b"something else"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.lpbackup", "db.bin", "wal.bin"]


@pytest.fixture
def good(tmp_path: Path, parts: tuple[Path, Path]) -> Path:
    target = tmp_path / "good.lpbackup"
    write_backup_file(target, KEY, parts[0], verified=True)
    return target


@pytest.mark.parametrize("offset", [10, 12, 20, 40, HEADER_SIZE + 3, -1, -5000])
def test_a_flipped_bit_anywhere_is_found(good: Path, offset: int) -> None:
    data = bytearray(good.read_bytes())
    data[offset] ^= 0x10
    good.write_bytes(bytes(data))
    with pytest.raises(BackupFileError, match="damaged"):
        read_header(good)
    with pytest.raises(BackupFileError, match="damaged"):
        unpack_backup(good, good.parent / "never")
    assert not (good.parent / "never").exists()


@pytest.mark.parametrize("keep", [1, 8, 40, HEADER_SIZE, HEADER_SIZE + 10])
def test_a_truncated_backup_is_named_as_such(good: Path, keep: int) -> None:
    good.write_bytes(good.read_bytes()[:keep])
    with pytest.raises(BackupFileError, match="truncated"):
        read_header(good)


def test_extra_bytes_empty_files_and_other_files_are_refused(good: Path, tmp_path: Path) -> None:
    with good.open("ab") as handle:
        handle.write(b"x")
    with pytest.raises(BackupFileError, match="longer than it should be"):
        read_header(good)
    empty = tmp_path / "empty.lpbackup"
    empty.touch()
    with pytest.raises(BackupFileError, match="empty"):
        read_header(empty)
    other = tmp_path / "notes.txt"
    other.write_text("SQLite format 3 is not this", encoding="utf-8")
    with pytest.raises(BackupFileError, match="not a Leader Pulse backup"):
        read_header(other)
    with pytest.raises(BackupFileError, match="no backup file"):
        read_header(tmp_path / "missing.lpbackup")
    with pytest.raises(BackupFileError, match="folder"):
        read_header(tmp_path)


def test_a_newer_format_is_refused_clearly(good: Path) -> None:
    data = bytearray(good.read_bytes())
    data[8:10] = (3).to_bytes(2, "big")
    good.write_bytes(bytes(data))
    with pytest.raises(BackupFileError, match="newer version"):
        read_header(good)


def test_a_raw_copy_without_a_database_cannot_be_unpacked(tmp_path: Path) -> None:
    target = tmp_path / "only-key.lpbackup"
    write_backup_file(target, KEY, None, verified=False)
    assert read_header(target).db_length == 0
    with pytest.raises(BackupFileError, match="holds no database"):
        unpack_backup(target, tmp_path / "unpacked")
    with pytest.raises(Exception, match="empty"):
        write_backup_file(tmp_path / "no-key.lpbackup", b"", tmp_path / "x", verified=True)


def test_names_say_when_and_why() -> None:
    made = datetime(2026, 11, 26, 17, 30, 0, 123456)
    name = backup_name(made, "daily")
    assert name.file_name == "journal-2026-11-26T173000-daily.lpbackup"
    assert backup_name(made, "before-restore", 3).file_name == (
        "journal-2026-11-26T173000-before-restore-3.lpbackup"
    )
    assert parse_backup_name(name.file_name) == name
    parsed = parse_backup_name("journal-2026-11-26T173000-before-update-2.lpbackup")
    assert parsed is not None
    assert (parsed.reason, parsed.seq) == ("before-update", 2)
    for other in (
        "journal.db",
        "journal-2026-11-26T173000-daily.lpbackup.tmp",
        ".journal-2026-11-26T173000-daily.lpbackup",
        "journal-2026-13-40T173000-daily.lpbackup",
        "20261126-173000-000000-manual",
    ):
        assert parse_backup_name(other) is None, other
    with pytest.raises(ValueError, match="reason"):
        backup_name(made, "../evil")
    # Newest first is the natural order.
    older = backup_name(datetime(2026, 11, 26, 9, 0), "manual")
    assert sorted([older, name, backup_name(made, "daily", 2)], reverse=True)[0].seq == 2


def _as_version_1(modern: Path, target: Path) -> None:
    """The same parts in the version-1 layout (no made_at, no serial), as old apps wrote."""
    raw = modern.read_bytes()
    body = raw[HEADER_SIZE:]
    prefix = struct.pack(">8sHHIQQ", *struct.unpack(">8sHHIQQ", raw[:32]))
    prefix = prefix[:8] + (1).to_bytes(2, "big") + prefix[10:]
    digest = hashlib.sha256(prefix + body).digest()
    target.write_bytes(prefix + digest + body)


def test_when_and_which_serial_are_recorded_and_version_1_still_reads(
    tmp_path: Path, parts: tuple[Path, Path]
) -> None:
    made = datetime(2031, 5, 4, 3, 2, 1)
    modern = tmp_path / "journal-2020-01-01T000000-daily.lpbackup"  # the name says 2020
    write_backup_file(modern, KEY, parts[0], parts[1], verified=False, made=made, serial=7)
    header = peek_header(modern)
    assert (header.made_at, header.serial, header.version) == (made, 7, 2)
    assert read_header(modern).made_at == made

    old = tmp_path / "old.lpbackup"
    _as_version_1(modern, old)
    header = read_header(old)
    assert (header.version, header.made_at, header.serial) == (1, None, 0)
    assert read_key_part(old, header) == KEY
    unpacked = unpack_backup(old, tmp_path / "unpacked")
    assert unpacked.database.read_bytes() == parts[0].read_bytes()
    assert unpacked.wal is not None
    assert unpacked.wal.read_bytes() == parts[1].read_bytes()


def test_a_fifo_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "journal-2026-01-01T000000-daily.lpbackup"
    os.mkfifo(fifo)
    for read in (read_header, peek_header):
        with pytest.raises(BackupFileError, match="not a regular file"):
            read(fifo)
