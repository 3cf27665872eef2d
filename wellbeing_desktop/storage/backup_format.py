"""The backup file: one ``.lpbackup`` file holding the encrypted database and its key file.

One file is easy to copy to a USB stick or another computer, and it opens there with the
journal's passphrase or recovery key: the key file travels with the database it unlocks.
Both parts are already encrypted (the database by SQLCipher, the data key inside the key
file by AES-GCM under the passphrase and the recovery key), so the container adds no
plaintext; its header holds only lengths, flags and a checksum.
"""

# Backup file format, version 2
# -----------------------------
# All integers are big-endian; all are unsigned except made_at.
#
#   offset  size  field
#   0       8     magic        b"LPBACKUP"
#   8       2     version      2 (1 is still read, see below); newer versions are refused,
#                              never guessed at
#   10      2     flags        bit 0 VERIFIED: the database part was written by VACUUM INTO
#                              and passed cipher_integrity_check, integrity_check and a
#                              row-count comparison with the journal before it was packed.
#                              0 for a raw copy of the files as they were on disk (the
#                              "before-restore" copy), which may be a damaged journal.
#                              Every other bit is 0.
#   12      4     key_length   K, 0..65536: length of the key-file part (0 only in a raw
#                              copy of a folder that had a database but no key file)
#   16      8     db_length    D: length of the database part (0 only in a raw copy of a
#                              folder that had a key file but no database)
#   24      8     wal_length   W: length of the write-ahead-log part; 0 except in a raw copy
#                              of a journal whose journal.db-wal held pages
#   32      8     made_at      when the backup was made: microseconds since 1970-01-01 UTC
#                              by the clock of the computer that made it (signed)
#   40      8     serial       its place in the backups folder it was made in: one more
#                              than the highest serial found there at the time (1 in an
#                              empty folder). Clocks can be wrong and then set right; the
#                              serial of a later backup is still higher.
#   48      32    sha256       SHA-256 of bytes 0..47 followed by all three parts
#   80      K     key file     journal.key exactly as it was on disk
#   80+K    D     database     journal.db (SQLCipher 4, encrypted with the data key)
#   80+K+D  W     wal          journal.db-wal (SQLCipher-encrypted pages)
#
# The file is exactly 80+K+D+W bytes long. The checksum is not a defence against an
# attacker (who can recompute it; SQLCipher's page HMACs and AES-GCM are the defence) but
# tells a damaged or truncated backup apart from a wrong passphrase before anything is
# unpacked.
#
# Version 1 (written before made_at and serial existed) has the same fields without them:
# the checksum at offset 32 covers bytes 0..31, and the parts start at offset 64. A
# version-1 backup has serial 0 (older than every version-2 backup, which is true of every
# backup this app made in the same folder) and was made at the earlier of the time in
# its name and its file's modification time: the name is what the old version recorded,
# but a user can rename a file, and renaming keeps the modification time; copying a file
# gives it a new modification time, but keeps the name. A backup cannot have been made
# later than either, so the earlier one is the closer guess.
#
# Which backup is newest is decided by these recorded facts, never by the file name
# alone: see ``backup_rotation.ranked_backups``.
#
# Names (in the ``backups`` folder beside the journal):
#   journal-<YYYY-MM-DD>T<HHMMSS>-<reason>[-<n>].lpbackup
# in local time; <reason> is lower-case words joined by "-" (daily, manual, before-update,
# before-import, before-restore); -<n> (2, 3, …) only when a name made in the same second exists.

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import struct
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, BinaryIO

from wellbeing_desktop.files import (
    PRIVATE_FILE_MODE,
    NotRegularFileError,
    ensure_private_dir,
    open_regular_binary,
)
from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

MAGIC = b"LPBACKUP"
VERSION = 2
FLAG_VERIFIED = 0x0001
HEADER = struct.Struct(">8sHHIQQqQ32s")
HEADER_SIZE = HEADER.size  # 80
HEADER_V1 = struct.Struct(">8sHHIQQ32s")  # version 1: no made_at, no serial
_PREFIX = struct.Struct(">8sH")  # magic and version: which header follows
MAX_KEY_BYTES = 64 * 1024
SUFFIX = ".lpbackup"
_CHUNK = 1024 * 1024
_STAMP_FORMAT = "%Y-%m-%dT%H%M%S"
_REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NAME = re.compile(
    r"journal-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*?)"
    r"(?:-(?P<seq>\d+))?\.lpbackup"
)


class BackupFileError(StorageError):
    """A file that is not a readable backup: damaged, truncated, or not a backup at all."""


@dataclass(frozen=True, slots=True)
class BackupHeader:
    verified: bool
    key_length: int
    db_length: int
    wal_length: int
    checksum: bytes
    version: int = VERSION
    made_at: datetime | None = None  # local time; None in a version-1 backup
    serial: int = 0  # 0 in a version-1 backup

    @property
    def header_size(self) -> int:
        return HEADER_SIZE if self.version >= 2 else HEADER_V1.size

    @property
    def total_length(self) -> int:
        return self.header_size + self.key_length + self.db_length + self.wal_length


@dataclass(frozen=True, slots=True, order=True)
class BackupName:
    """What a backup's file name says: when it was made, why, and its place in that second."""

    made: datetime
    seq: int
    reason: str

    @property
    def file_name(self) -> str:
        suffix = f"-{self.seq}" if self.seq > 1 else ""
        return f"journal-{self.made.strftime(_STAMP_FORMAT)}-{self.reason}{suffix}{SUFFIX}"


def backup_name(made: datetime, reason: str, seq: int = 1) -> BackupName:
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    return BackupName(made.replace(microsecond=0, tzinfo=None), seq, reason)


def parse_backup_name(name: str) -> BackupName | None:
    """The parts of a backup file name, or None if ``name`` is not one."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    stamp = match["stamp"]  # YYYY-MM-DDTHHMMSS (_STAMP_FORMAT), digits checked by _NAME
    try:
        # Not strptime: its first call costs a command line milliseconds (locale setup).
        made = datetime(
            int(stamp[0:4]),
            int(stamp[5:7]),
            int(stamp[8:10]),
            int(stamp[11:13]),
            int(stamp[13:15]),
            int(stamp[15:17]),
        )
    except ValueError:
        return None
    return BackupName(made, int(match["seq"] or 1), match["reason"])


# --- writing ---------------------------------------------------------------------------


def write_backup_file(
    target: Path,
    key_bytes: bytes,
    database: Path | None,
    wal: Path | None = None,
    *,
    verified: bool,
    made: datetime | None = None,
    serial: int = 1,
) -> None:
    """Pack the parts into a new backup file at ``target`` (never replacing one).

    ``made`` (local time, default now) and ``serial`` are recorded in the header.

    The parts are streamed into a 0600 temporary file beside ``target``, which is fsynced,
    read back and checked, and only then linked into place; the folder is fsynced last.
    On any failure nothing is left behind and ``FileExistsError`` means ``target`` exists.
    """
    if len(key_bytes) > MAX_KEY_BYTES or (verified and not key_bytes):
        raise StorageError(msg.KEY_FILE_SIZE)
    if os.path.lexists(target):
        raise FileExistsError(target)
    sources = [p for p in (database, wal) if p is not None]
    temp = target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "r+b") as out, contextlib.ExitStack() as stack:
            os.fchmod(out.fileno(), PRIVATE_FILE_MODE)
            handles = [stack.enter_context(open_regular_binary(p)) for p in sources]
            lengths = [os.fstat(h.fileno()).st_size for h in handles]
            db_length = lengths[0] if database is not None else 0
            wal_length = lengths[-1] if wal is not None else 0
            when = made if made is not None else datetime.now()
            prefix = _header_prefix(verified, len(key_bytes), db_length, wal_length, when, serial)
            digest = hashlib.sha256(prefix)
            out.write(prefix + bytes(32))
            digest.update(key_bytes)
            out.write(key_bytes)
            for source, handle, length in zip(sources, handles, lengths, strict=True):
                copied = 0
                for chunk in _chunks(handle):
                    digest.update(chunk)
                    out.write(chunk)
                    copied += len(chunk)
                if copied != length:
                    raise StorageError(msg.CHANGED_WHILE_BACKED_UP, name=source.name)
            out.seek(len(prefix))
            out.write(digest.digest())
            out.flush()
            os.fsync(out.fileno())
        read_header(temp)  # reads every byte back and checks the checksum
        _publish(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    fsync_dir(target.parent)


def _header_prefix(
    verified: bool, key_length: int, db_length: int, wal_length: int, made: datetime, serial: int
) -> bytes:
    flags = FLAG_VERIFIED if verified else 0
    made_at = round(made.timestamp() * 1_000_000)  # a naive time is local time
    packed = HEADER.pack(
        MAGIC, VERSION, flags, key_length, db_length, wal_length, made_at, serial, bytes(32)
    )
    return packed[: HEADER_SIZE - 32]


def _publish(temp: Path, target: Path) -> None:
    """Put ``temp`` at ``target`` unless something is there already."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        # No hard links on this file system (FAT, some FUSE mounts): check, then rename.
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.replace(temp, target)
        return
    os.unlink(temp)


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        with contextlib.suppress(OSError):  # some file systems cannot fsync a folder
            os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _chunks(handle: BinaryIO, limit: int | None = None) -> Iterator[bytes]:
    left = limit
    while left is None or left > 0:
        chunk = handle.read(_CHUNK if left is None else min(_CHUNK, left))
        if not chunk:
            return
        if left is not None:
            left -= len(chunk)
        yield chunk


# --- reading ---------------------------------------------------------------------------


def read_header(path: Path) -> BackupHeader:
    """Check that ``path`` is a complete, undamaged backup file and return its header.

    Reads the whole file once (to check the checksum); changes nothing.
    """
    try:
        with open_regular_binary(path) as handle:
            header, raw = _read_parsed_header(handle, path)
            size = os.fstat(handle.fileno()).st_size
            if size != header.total_length:
                why = msg.IS_TRUNCATED if size < header.total_length else msg.IS_TOO_LONG
                raise _damaged(path, why)
            digest = hashlib.sha256(raw[: header.header_size - 32])
            for chunk in _chunks(handle):
                digest.update(chunk)
    except IsADirectoryError:
        raise BackupFileError(msg.BACKUP_IS_FOLDER, path=path) from None
    except NotRegularFileError as exc:
        if "folder" in str(exc):
            raise BackupFileError(msg.BACKUP_IS_FOLDER, path=path) from None
        raise BackupFileError(msg.BACKUP_NOT_REGULAR, path=path) from None
    except FileNotFoundError:
        raise BackupFileError(msg.NO_BACKUP_FILE, path=path) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise BackupFileError(msg.BACKUP_UNREADABLE, path=path, reason=reason) from None
    if digest.digest() != header.checksum:
        raise _damaged(path, msg.CHECKSUM_MISMATCH)
    return header


def _read_parsed_header(handle: BinaryIO, path: Path) -> tuple[BackupHeader, bytes]:
    """The header at the start of ``handle`` (left just after it) and its raw bytes."""
    raw = handle.read(_PREFIX.size)
    if len(raw) == _PREFIX.size:
        version = _PREFIX.unpack(raw)[1]
        size = HEADER_V1.size if version == 1 else HEADER_SIZE
        raw += handle.read(size - len(raw))
    return _parse_header(raw, path), raw


def _parse_header(raw: bytes, path: Path) -> BackupHeader:
    if not raw:
        raise BackupFileError(msg.BACKUP_EMPTY, path=path)
    if not MAGIC.startswith(raw[: len(MAGIC)]):
        raise BackupFileError(msg.NOT_A_BACKUP, path=path)
    if len(raw) < _PREFIX.size:
        raise _damaged(path, msg.IS_TRUNCATED)
    version = _PREFIX.unpack(raw[: _PREFIX.size])[1]
    if version > VERSION:
        raise BackupFileError(msg.BACKUP_TOO_NEW, path=path)
    made_at: datetime | None = None
    serial = 0
    if version == 1:
        if len(raw) < HEADER_V1.size:
            raise _damaged(path, msg.IS_TRUNCATED)
        _m, _v, flags, key_length, db_length, wal_length, checksum = HEADER_V1.unpack(raw)
    else:
        if len(raw) < HEADER_SIZE:
            raise _damaged(path, msg.IS_TRUNCATED)
        fields = HEADER.unpack(raw)
        _m, _v, flags, key_length, db_length, wal_length, micros, serial, checksum = fields
        try:
            made_at = datetime.fromtimestamp(micros / 1_000_000)
        except (OverflowError, OSError, ValueError):
            raise _damaged(path, msg.HEADER_NOT_VALID) from None
    verified = bool(flags & FLAG_VERIFIED)
    if (
        version < 1
        or flags & ~FLAG_VERIFIED
        or key_length > MAX_KEY_BYTES
        or (verified and (key_length == 0 or db_length == 0 or wal_length != 0))
    ):
        raise _damaged(path, msg.HEADER_NOT_VALID)
    return BackupHeader(
        verified, key_length, db_length, wal_length, checksum, version, made_at, serial
    )


def peek_header(path: Path) -> BackupHeader:
    """The header of ``path`` alone, without reading the parts or checking the checksum.

    For ranking the backups in a folder (cheap: a few bytes each); ``read_header`` is the
    check before a backup is used. Raises BackupFileError like it.
    """
    try:
        with open_regular_binary(path) as handle:
            return _read_parsed_header(handle, path)[0]
    except NotRegularFileError:
        raise BackupFileError(msg.BACKUP_NOT_REGULAR, path=path) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise BackupFileError(msg.BACKUP_UNREADABLE, path=path, reason=reason) from None


def _damaged(path: Path, why: str) -> BackupFileError:
    return BackupFileError(msg.BACKUP_DAMAGED, path=path, detail=why)


def read_key_part(path: Path, header: BackupHeader) -> bytes:
    """The key file held in a backup whose header ``read_header`` has checked."""
    with open_regular_binary(path) as handle:
        handle.seek(header.header_size)
        return handle.read(header.key_length)


@dataclass(frozen=True, slots=True)
class UnpackedBackup:
    key_file: Path
    database: Path
    wal: Path | None
    verified: bool


def unpack_backup(path: Path, folder: Path) -> UnpackedBackup:
    """Check the backup and write its parts as ``journal.key``/``journal.db`` in ``folder``.

    ``folder`` is created (0700) and must not hold those files yet. The checksum is checked
    first and again over the bytes as they are written out.
    """
    header = read_header(path)
    if header.db_length == 0:
        raise BackupFileError(msg.BACKUP_NO_DATABASE, path=path)
    if header.key_length == 0:
        raise BackupFileError(msg.BACKUP_NO_KEY_FILE, path=path)
    ensure_private_dir(folder)
    key_file = folder / "journal.key"
    database = folder / "journal.db"
    wal = folder / "journal.db-wal" if header.wal_length else None
    with open_regular_binary(path) as handle:
        raw = handle.read(header.header_size)
        digest = hashlib.sha256(raw[: header.header_size - 32])
        for target, length in (
            (key_file, header.key_length),
            (database, header.db_length),
            (wal, header.wal_length),
        ):
            if target is None:
                continue
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            with os.fdopen(fd, "wb") as out:
                for chunk in _chunks(handle, length):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
    if digest.digest() != header.checksum:
        raise _damaged(path, msg.CHANGED_WHILE_READ)
    return UnpackedBackup(key_file, database, wal, header.verified)


def replace_key_part(path: Path, key_bytes: bytes) -> None:
    """Rewrite the backup at ``path`` with ``key_bytes`` as its key-file part.

    Everything else stays as it was: the database and write-ahead-log parts byte for
    byte, every header field but the key length and the checksum (recomputed; the version,
    the recorded time and serial too), and the file's modification time. The old file is
    checked while it is copied; the new one is written beside it (0600), fsynced, read
    back and checked, and renamed over it, so a crash leaves either the old or the new
    backup, never a mix.
    """
    if not key_bytes or len(key_bytes) > MAX_KEY_BYTES:
        raise StorageError(msg.KEY_FILE_SIZE)
    header = read_header(path)
    times = os.stat(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "r+b") as out, open_regular_binary(path) as source:
            os.fchmod(out.fileno(), PRIVATE_FILE_MODE)
            checked = header.header_size - 32  # the header bytes the checksum covers
            raw = source.read(header.header_size)
            old_digest = hashlib.sha256(raw[:checked])
            old_digest.update(source.read(header.key_length))
            # Only the key length (offset 12 in every version) changes in that part.
            prefix = bytearray(raw[:checked])
            struct.pack_into(">I", prefix, 12, len(key_bytes))
            digest = hashlib.sha256(prefix)
            out.write(bytes(prefix) + bytes(32))
            digest.update(key_bytes)
            out.write(key_bytes)
            for chunk in _chunks(source, header.db_length + header.wal_length):
                old_digest.update(chunk)
                digest.update(chunk)
                out.write(chunk)
            if old_digest.digest() != header.checksum:
                raise _damaged(path, msg.CHANGED_WHILE_READ)
            out.seek(checked)
            out.write(digest.digest())
            out.flush()
            os.fsync(out.fileno())
        read_header(temp)
        os.utime(temp, ns=(times.st_atime_ns, times.st_mtime_ns))
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    fsync_dir(path.parent)
