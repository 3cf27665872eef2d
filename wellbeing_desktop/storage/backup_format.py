"""The backup file: one ``.lpbackup`` file holding the encrypted database and its key file.

One file is easy to copy to a USB stick or another computer, and it opens there with the
journal's passphrase or recovery key: the key file travels with the database it unlocks.
Both parts are already encrypted (the database by SQLCipher, the data key inside the key
file by AES-GCM under the passphrase and the recovery key), so the container adds no
plaintext; its header holds only lengths, flags and a checksum.
"""

# Backup file format, version 1
# -----------------------------
# All integers are unsigned big-endian.
#
#   offset  size  field
#   0       8     magic        b"LPBACKUP"
#   8       2     version      1; newer versions are refused, never guessed at
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
#   32      32    sha256       SHA-256 of bytes 0..31 followed by all three parts
#   64      K     key file     journal.key exactly as it was on disk
#   64+K    D     database     journal.db (SQLCipher 4, encrypted with the data key)
#   64+K+D  W     wal          journal.db-wal (SQLCipher-encrypted pages)
#
# The file is exactly 64+K+D+W bytes long. The checksum is not a defence against an
# attacker (who can recompute it; SQLCipher's page HMACs and AES-GCM are the defence) but
# tells a damaged or truncated backup apart from a wrong passphrase before anything is
# unpacked.
#
# Names (in the ``backups`` folder beside the journal):
#   journal-<YYYY-MM-DD>T<HHMMSS>-<reason>[-<n>].lpbackup
# in local time; <reason> is lower-case words joined by "-" (daily, manual, before-update,
# before-restore); -<n> (2, 3, …) only when a name made in the same second exists.

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from wellbeing_desktop.files import PRIVATE_FILE_MODE, ensure_private_dir
from wellbeing_desktop.storage.errors import StorageError

MAGIC = b"LPBACKUP"
VERSION = 1
FLAG_VERIFIED = 0x0001
HEADER = struct.Struct(">8sHHIQQ32s")
HEADER_SIZE = HEADER.size  # 64
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

    @property
    def total_length(self) -> int:
        return HEADER_SIZE + self.key_length + self.db_length + self.wal_length


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
) -> None:
    """Pack the parts into a new backup file at ``target`` (never replacing one).

    The parts are streamed into a 0600 temporary file beside ``target``, which is fsynced,
    read back and checked, and only then linked into place; the folder is fsynced last.
    On any failure nothing is left behind and ``FileExistsError`` means ``target`` exists.
    """
    if len(key_bytes) > MAX_KEY_BYTES or (verified and not key_bytes):
        raise StorageError("The key file is empty or far too large; no backup was made.")
    if os.path.lexists(target):
        raise FileExistsError(target)
    sources = [p for p in (database, wal) if p is not None]
    temp = target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "r+b") as out:
            os.fchmod(out.fileno(), PRIVATE_FILE_MODE)
            lengths = [p.stat().st_size for p in sources]
            db_length = lengths[0] if database is not None else 0
            wal_length = lengths[-1] if wal is not None else 0
            prefix = _header_prefix(verified, len(key_bytes), db_length, wal_length)
            digest = hashlib.sha256(prefix)
            out.write(prefix + bytes(32))
            digest.update(key_bytes)
            out.write(key_bytes)
            for source, length in zip(sources, lengths, strict=True):
                copied = 0
                with source.open("rb") as handle:
                    for chunk in _chunks(handle):
                        digest.update(chunk)
                        out.write(chunk)
                        copied += len(chunk)
                if copied != length:
                    raise StorageError(f"{source.name} changed while it was being backed up.")
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


def _header_prefix(verified: bool, key_length: int, db_length: int, wal_length: int) -> bytes:
    flags = FLAG_VERIFIED if verified else 0
    packed = HEADER.pack(MAGIC, VERSION, flags, key_length, db_length, wal_length, bytes(32))
    return packed[:32]


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
        with path.open("rb") as handle:
            raw = handle.read(HEADER_SIZE)
            header = _parse_header(raw, path)
            size = os.fstat(handle.fileno()).st_size
            if size != header.total_length:
                why = "truncated" if size < header.total_length else "longer than it should be"
                raise _damaged(path, f"it is {why}")
            digest = hashlib.sha256(raw[:32])
            for chunk in _chunks(handle):
                digest.update(chunk)
    except IsADirectoryError:
        raise BackupFileError(f"{path} is a folder, not a backup file.") from None
    except FileNotFoundError:
        raise BackupFileError(f"There is no backup file at {path}.") from None
    except OSError as exc:
        raise BackupFileError(
            f"The backup {path} cannot be read ({exc.strerror or type(exc).__name__})."
        ) from None
    if digest.digest() != header.checksum:
        raise _damaged(path, "its checksum does not match")
    return header


def _parse_header(raw: bytes, path: Path) -> BackupHeader:
    if not raw:
        raise BackupFileError(f"The backup file {path} is empty.")
    if not MAGIC.startswith(raw[: len(MAGIC)]):
        raise BackupFileError(f"{path} is not a Leader Pulse backup file.")
    if len(raw) < HEADER_SIZE:
        raise _damaged(path, "it is truncated")
    _magic, version, flags, key_length, db_length, wal_length, checksum = HEADER.unpack(raw)
    if version > VERSION:
        raise BackupFileError(
            f"The backup {path} was made by a newer version of Leader Pulse; update the app."
        )
    verified = bool(flags & FLAG_VERIFIED)
    if (
        version < 1
        or flags & ~FLAG_VERIFIED
        or key_length > MAX_KEY_BYTES
        or (verified and (key_length == 0 or db_length == 0 or wal_length != 0))
    ):
        raise _damaged(path, "its header is not valid")
    return BackupHeader(verified, key_length, db_length, wal_length, checksum)


def _damaged(path: Path, why: str) -> BackupFileError:
    return BackupFileError(f"The backup {path} is damaged ({why}).")


def read_key_part(path: Path, header: BackupHeader) -> bytes:
    """The key file held in a backup whose header ``read_header`` has checked."""
    with path.open("rb") as handle:
        handle.seek(HEADER_SIZE)
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
        raise BackupFileError(f"The backup {path} holds no database, only a key file.")
    if header.key_length == 0:
        raise BackupFileError(f"The backup {path} holds no key file, only a database.")
    ensure_private_dir(folder)
    key_file = folder / "journal.key"
    database = folder / "journal.db"
    wal = folder / "journal.db-wal" if header.wal_length else None
    with path.open("rb") as handle:
        raw = handle.read(HEADER_SIZE)
        digest = hashlib.sha256(raw[:32])
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
        raise _damaged(path, "it changed while it was being read")
    return UnpackedBackup(key_file, database, wal, header.verified)


def replace_key_part(path: Path, key_bytes: bytes) -> None:
    """Rewrite the backup at ``path`` with ``key_bytes`` as its key-file part.

    Everything else stays as it was: the database and write-ahead-log parts byte for
    byte, every header field but the key length and the checksum (recomputed), and the
    file's modification time. The old file is checked while it is copied; the new one is
    written beside it (0600), fsynced, read back and checked, and renamed over it, so a
    crash leaves either the old or the new backup, never a mix.
    """
    if not key_bytes or len(key_bytes) > MAX_KEY_BYTES:
        raise StorageError("The key file is empty or far too large; no backup was made.")
    header = read_header(path)
    times = os.stat(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "r+b") as out, path.open("rb") as source:
            os.fchmod(out.fileno(), PRIVATE_FILE_MODE)
            raw = source.read(HEADER_SIZE)
            old_digest = hashlib.sha256(raw[:32])
            old_digest.update(source.read(header.key_length))
            # Only the key length changes in the checksummed part of the header.
            prefix = bytearray(raw[:32])
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
                raise _damaged(path, "it changed while it was being read")
            out.seek(len(prefix))
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
