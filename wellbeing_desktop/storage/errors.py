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

from wellbeing_desktop.domain.errors import WellbeingError

if TYPE_CHECKING:
    from pathlib import Path

# Below this much free space SQLite cannot create its 32 KiB -shm index and write a
# transaction into the write-ahead log: the journal is opened for reading only.
MIN_FREE_BYTES = 64 * 1024


class StorageError(WellbeingError):
    """The journal file cannot be opened or written; the message says why in one line."""


class SchemaTooNewError(StorageError):
    """The file was written by a newer version of the app than this one."""


# The detail of a DamagedFileError when the key does not open the file at all: the file is
# damaged in its first page, or it belongs to another key file (nothing tells them apart).
KEY_MISMATCH = "it cannot be read with its key, or it belongs to another key file"


class DamagedFileError(StorageError):
    """The journal file is damaged (or belongs to another key file); it was not changed.

    ``path`` is the file, ``detail`` a short reason ("HMAC verification failed for page 6").
    The services add which backup to restore.
    """

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        # integrity_check reports can span lines; the message is one line.
        detail = " ".join(detail.split())
        self.detail = detail if len(detail) <= 120 else detail[:119] + "…"
        super().__init__(
            f"The journal file {path} is damaged ({self.detail}) and was left as it is."
        )


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
    """Whether a driver error means the file itself is damaged (never a full disk, a
    read-only folder or a lock).
    """
    return cause_of(error) in (Cause.DAMAGED, Cause.NOT_A_DATABASE)


def describe_database_error(error: BaseException | str, *, writing: bool, folder: Path) -> str:
    """One plain line for a database failure; never the statement or its parameters.

    ``folder`` is the journal's folder: the line names it where the folder is the cause.
    """
    cause = cause_of(error, folder)
    if cause is Cause.DAMAGED or cause is Cause.NOT_A_DATABASE:
        return (
            "The journal file is damaged; nothing was changed. Open the journal again to "
            "see which backup to restore."
        )
    if cause is Cause.BUSY:
        return (
            "The journal is busy in another window or program; try again in a moment. "
            "Nothing was changed."
        )
    if cause is Cause.DISK_FULL:
        if writing:
            return (
                "The disk is full; nothing was saved. "
                f"Free some space on the disk of {folder} and try again."
            )
        return (
            "The disk is full; nothing was changed. "
            f"Free some space on the disk of {folder} and try again."
        )
    if cause is Cause.READ_ONLY and folder_refusal(folder) is None:
        # The folder takes writes (again): the file itself is read-only, or the journal
        # was opened for reading while the folder could not be written.
        if writing:
            return f"The journal in {folder} is open for reading only; nothing was saved."
        return f"The journal in {folder} is open for reading only; nothing was changed."
    if cause is Cause.READ_ONLY:
        if writing:
            return f"The folder {folder} cannot be written (it is read-only); nothing was saved."
        # Reading failed too: SQLite would have to create its -shm index to read the log.
        return (
            f"The folder {folder} cannot be written (it is read-only), and the journal in it "
            "cannot be read without writing there; nothing was changed."
        )
    if cause is Cause.IO:
        if writing:
            return f"The disk reported an input/output error in {folder}; nothing was saved."
        return f"The disk reported an input/output error in {folder}; nothing was changed."
    if not writing:
        return "The journal could not be read."
    return "The journal could not be written: the change was not saved."
