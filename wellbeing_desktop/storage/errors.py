"""Storage problems a user can act on, named by their real cause.

A driver error says little by its English text and the same text covers several causes
("disk I/O error" is also what a full disk gives while SQLite creates its -shm index).
So the cause is read from the driver's error name (``sqlite_errorname``, e.g.
``SQLITE_READONLY_DBMOVED``) and, where that is vague, from the folder itself: a folder on
a read-only file system, one this process may not write, or a disk with no room left. A
read-only folder or a full disk is never reported as a damaged journal.
"""

from __future__ import annotations

import enum
import os
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import Message, WellbeingError, as_message
from wellbeing_desktop.storage import messages as msg

if TYPE_CHECKING:
    from pathlib import Path

# Below this much free space SQLite cannot create its 32 KiB -shm index and write a
# transaction into the write-ahead log: the journal is opened for reading only.
MIN_FREE_BYTES = 64 * 1024


class StorageError(WellbeingError):
    """The journal file cannot be opened or written; the message says why in one line."""


class SchemaTooNewError(StorageError):
    """The file was written by a newer version of the app than this one."""


# The detail of a DamagedFileError when the key does not open the file at all.
KEY_MISMATCH = msg.KEY_MISMATCH


class DamagedFileError(StorageError):
    """The journal file is damaged (or belongs to another key file); it was not changed.

    ``path`` is the file, ``detail`` a short reason ("HMAC verification failed for page 6").
    The services add which backup to restore.
    """

    def __init__(self, path: Path, detail: Message | str) -> None:
        self.path = path
        # integrity_check reports can span lines; the message is one line.
        words = as_message(detail)
        english = " ".join(words.english().split())
        self.detail = english if len(english) <= 120 else english[:119] + "…"
        # A reason cut short (a long driver report) has no words of its own.
        self.detail_words = words if self.detail == words.english() else Message(self.detail)
        super().__init__(msg.DAMAGED_FILE, path=path, detail=self.detail_words)


class Cause(enum.Enum):
    """Why the driver failed, as far as the user can act on it."""

    READ_ONLY = "read-only"  # the folder (or its file system) cannot be written
    DISK_FULL = "disk full"
    IO = "input/output error"
    BUSY = "busy"  # another connection holds a lock
    NOT_A_DATABASE = "not a database"  # the key does not open page 1 (or page 1 is damaged)
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot open"
    OTHER = "other"


# Primary result codes (extended names start with them: SQLITE_IOERR_WRITE, SQLITE_READONLY_…).
_BY_ERROR_NAME = (
    ("SQLITE_CORRUPT", Cause.DAMAGED),
    ("SQLITE_NOTADB", Cause.NOT_A_DATABASE),
    ("SQLITE_FULL", Cause.DISK_FULL),
    ("SQLITE_READONLY", Cause.READ_ONLY),
    ("SQLITE_BUSY", Cause.BUSY),
    ("SQLITE_LOCKED", Cause.BUSY),
    ("SQLITE_IOERR", Cause.IO),
    ("SQLITE_CANTOPEN", Cause.CANNOT_OPEN),
)
# Only for errors that carry no name (a message handed on as text).
_BY_MESSAGE = (
    ("malformed", Cause.DAMAGED),
    ("corrupt", Cause.DAMAGED),
    ("not a database", Cause.NOT_A_DATABASE),
    ("full", Cause.DISK_FULL),
    ("readonly", Cause.READ_ONLY),
    ("read-only", Cause.READ_ONLY),
    ("locked", Cause.BUSY),
    ("busy", Cause.BUSY),
    ("disk i/o", Cause.IO),
    ("unable to open", Cause.CANNOT_OPEN),
)
# Causes the state of the folder can explain better than the driver does.
_VAGUE = frozenset({Cause.READ_ONLY, Cause.IO, Cause.CANNOT_OPEN, Cause.DISK_FULL})


def folder_refusal(folder: Path) -> Cause | None:
    """READ_ONLY or DISK_FULL when ``folder`` cannot take a write now, else None."""
    try:
        stat = os.statvfs(folder)
    except OSError:
        return None
    # access() answers EROFS even for root on a read-only mount.
    if stat.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK | os.X_OK):
        return Cause.READ_ONLY
    if stat.f_bavail * stat.f_frsize < MIN_FREE_BYTES:
        return Cause.DISK_FULL
    return None


def cause_of(error: BaseException | str, folder: Path | None = None) -> Cause:
    """The cause of a driver error (``sqlite_errorname`` first, its text only without one).

    With ``folder``, a read-only folder or a full disk explains a vague error (I/O error,
    cannot open, read-only) better than the error itself.
    """
    name = getattr(error, "sqlite_errorname", None)
    cause = Cause.OTHER
    if isinstance(name, str):
        cause = next((c for prefix, c in _BY_ERROR_NAME if name.startswith(prefix)), cause)
    else:
        text = str(error).lower()
        cause = next((c for word, c in _BY_MESSAGE if word in text), cause)
    if folder is not None and cause in _VAGUE:
        return folder_refusal(folder) or cause
    return cause


def is_damage(error: BaseException | str) -> bool:
    """Whether a driver error means the file itself is damaged.

    Whether a driver error means the file itself is damaged (never a full disk, a
    read-only folder or a lock).
    """
    return cause_of(error) in (Cause.DAMAGED, Cause.NOT_A_DATABASE)


def database_error_message(error: BaseException | str, *, writing: bool, folder: Path) -> Message:
    """The message for a database failure; never the statement or its parameters.

    ``folder`` is the journal's folder: the message names it where the folder is the cause.
    """
    cause = cause_of(error, folder)
    if cause is Cause.DAMAGED or cause is Cause.NOT_A_DATABASE:
        return Message(msg.DAMAGED)
    if cause is Cause.BUSY:
        return Message(msg.BUSY)
    if cause is Cause.DISK_FULL:
        return Message(msg.DISK_FULL_SAVED if writing else msg.DISK_FULL_CHANGED, path=folder)
    if cause is Cause.READ_ONLY and folder_refusal(folder) is None:
        # The folder takes writes (again): the file itself is read-only, or the journal
        # was opened for reading while the folder could not be written.
        return Message(msg.READING_ONLY_SAVED if writing else msg.READING_ONLY_CHANGED, path=folder)
    if cause is Cause.READ_ONLY:
        # Reading failed too: SQLite would have to create its -shm index to read the log.
        words = msg.READ_ONLY_FOLDER_SAVED if writing else msg.READ_ONLY_FOLDER_CHANGED
        return Message(words, path=folder)
    if cause is Cause.IO:
        return Message(msg.IO_ERROR_SAVED if writing else msg.IO_ERROR_CHANGED, path=folder)
    return Message(msg.NOT_WRITTEN if writing else msg.NOT_READ)
