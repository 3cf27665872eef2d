"""The files SQLite keeps beside the journal.

The files SQLite keeps beside the journal (``-wal``, ``-shm``, ``-journal``), checked
before the journal is opened.

* Each must be a regular file if it is there at all: SQLite would wait forever on a FIFO
  and a folder named ``journal.db-shm`` cannot be its index. Nothing is changed then (no
  chmod, no new files); the message names the file and says what it is.
* A write-ahead log that SQLite cannot use (its header or its first frame does not check
  out: garbage, a log from elsewhere, a half-written copy) would be discarded by SQLite
  without a word, and deleted when the last connection closes. It may still be the only
  copy of something the user needs, so it is moved aside first, as
  ``journal.db-wal.unreadable-<time>`` (0600, encrypted pages only), and the caller says
  so in one line
(``Journal.open_notices``). A log another program has open is never touched.

The write-ahead-log format is SQLite's (https://sqlite.org/fileformat.html#the_wal_file):
a 32-byte header (magic, version, page size, checkpoint sequence, two salts, a checksum of
the first 24 bytes), then frames of a 24-byte header (page number, size after commit, the
two salts, a running checksum) and one page. SQLCipher writes encrypted pages into the
same frames; the checksums are over the bytes as written.
"""

from __future__ import annotations

import logging
import os
import struct
from datetime import datetime
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import Message
from wellbeing_desktop.files import PRIVATE_FILE_MODE, open_regular, regular_file_problem
from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.errors import StorageError
from wellbeing_desktop.storage.in_use import database_in_use

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
_WAL_MAGIC = (0x377F0682, 0x377F0683)  # checksums little-endian, big-endian
_WAL_VERSION = 3007000
_WAL_HEADER = 32
_FRAME_HEADER = 24


class SidecarError(StorageError):
    """A file beside the journal is not a regular file; nothing was changed."""


def check_sidecar_kinds(database: Path) -> None:
    """Refuse sidecar files that are not regular files.

    Raise SidecarError if a ``-wal``, ``-shm`` or ``-journal`` beside ``database`` is a
    folder, FIFO, socket or device (checked without opening it).
    """
    for suffix in SIDECAR_SUFFIXES:
        sidecar = database.with_name(database.name + suffix)
        problem = regular_file_problem(sidecar)
        if problem is not None:
            raise SidecarError(_sidecar_message(sidecar, problem))


def set_aside_unusable_wal(database: Path, now: datetime | None = None) -> Path | None:
    """Move a write-ahead log SQLite would discard out of its way; returns where it went.

    None when there is no log, it is usable, or another program has the journal open (its
    log is live). Call with no connection to ``database`` open in this process.
    """
    wal = database.with_name(database.name + "-wal")
    if not _wal_is_unusable(wal):
        return None
    if database.is_file() and database_in_use(database):
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
    target = wal.with_name(f"{wal.name}.unreadable-{stamp}")
    n = 1
    while os.path.lexists(target):
        n += 1
        target = wal.with_name(f"{wal.name}.unreadable-{stamp}-{n}")
    try:
        os.chmod(wal, PRIVATE_FILE_MODE)
        os.rename(wal, target)
    except OSError as exc:
        # A folder that cannot be written: SQLite cannot delete the log there either.
        log.warning("unusable write-ahead log left in place (%s)", type(exc).__name__)
        return None
    # Here: the quick ``log`` imports this module to look, and never moves a log itself.
    from wellbeing_desktop.storage.backup_format import fsync_dir

    fsync_dir(database.parent)
    log.warning("unusable write-ahead log moved aside")
    return target


def unusable_wal(database: Path) -> bool:
    """Is there a write-ahead log beside ``database`` that ``set_aside_unusable_wal`` would move?

    Without asking whether another program has the journal open: the quick ``log``
    (``cli.quick_log``) leaves such a log to the ordinary open, which sets it aside and
    says so.
    """
    return _wal_is_unusable(database.with_name(database.name + "-wal"))


def _wal_is_unusable(wal: Path) -> bool:
    try:
        fd = open_regular(wal)
    except FileNotFoundError:
        return False
    except OSError:
        return False  # not a regular file or unreadable: check_sidecar_kinds and SQLite say
    try:
        size = os.fstat(fd).st_size
        if size == 0:
            return False
        header = os.pread(fd, _WAL_HEADER, 0)
        if len(header) < _WAL_HEADER:
            return True
        magic, version, page_size, _seq, salt1, salt2, sum1, sum2 = struct.unpack(">8I", header)
        if magic not in _WAL_MAGIC or version != _WAL_VERSION:
            return True
        if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
            return True
        big_endian = magic & 1 == 1
        running = _checksum(header[:24], (0, 0), big_endian)
        if running != (sum1, sum2):
            return True
        frame = os.pread(fd, _FRAME_HEADER + page_size, _WAL_HEADER)
        if len(frame) < _FRAME_HEADER + page_size:
            return False  # no whole frame: SQLite reads nothing from it, and loses nothing
        _page, _commit, f_salt1, f_salt2, f_sum1, f_sum2 = struct.unpack(">6I", frame[:24])
        if (f_salt1, f_salt2) != (salt1, salt2):
            return True
        running = _checksum(frame[:8], running, big_endian)
        running = _checksum(frame[_FRAME_HEADER:], running, big_endian)
        return running != (f_sum1, f_sum2)
    finally:
        os.close(fd)


def _checksum(data: bytes, start: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum: pairs of 32-bit words, added up Fibonacci-style."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = start
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _sidecar_message(sidecar: Path, problem: str) -> Message:
    """The words for a file beside the journal that is not a regular file."""
    if problem == f"{sidecar} is a folder, not a file":
        return Message(msg.SIDECAR_FOLDER, path=sidecar)
    if problem == f"{sidecar} is not a regular file":
        return Message(msg.SIDECAR_NOT_REGULAR, path=sidecar)
    return Message(msg.SIDECAR_OTHER, detail=problem)  # a broken link: no words of its own
