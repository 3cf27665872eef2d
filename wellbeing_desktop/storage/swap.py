"""Replacing ``journal.db`` and ``journal.key`` as one: a swap that a kill cannot split.

A database and the key file beside it only work as a pair. Two renames are two steps, so
the swap writes down what it is about to do first and the next open finishes it:

API (stable; other branches build on it)::

    replace_journal_pair(paths, staged_database, staged_key_file)
    finish_interrupted_swap(paths) -> bool          # takes the exclusive lock briefly
    finish_interrupted_swap(paths, held=lock) -> bool   # the caller holds it already

``replace_journal_pair`` must be called with the exclusive lock held
(``journal_lock.acquire_exclusive``) and after the files it replaces are kept elsewhere
(the before-restore backup): from the moment the intent is written the swap only goes
forward. The staged files must be complete, in one private folder directly inside the data
folder (same file system, so a rename moves them). It

1. fsyncs the staged files and their folder;
2. writes the intent record ``journal.swap`` (atomically, folder fsynced) naming the staging
   folder;
3. moves the old database's ``-wal``/``-shm``/``-journal`` into the staging folder (never
   left beside the new database, where SQLite would apply them to it; never simply
   unlinked while a program that ignores the lock protocol may have them open);
4. renames the staged database over ``journal.db``, then the staged key over
   ``journal.key``, and fsyncs the data folder;
5. removes the intent record, then the staging folder.

``finish_interrupted_swap`` runs on every open (``JournalAccess``) and at the start of a
restore: when an intent record is there, it redoes steps 3 to 5 with whatever staged files
are still in the staging folder (a rename already done has nothing left to do). It never
rolls back: the old pair is already kept in a backup when the intent is written.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import stat
from typing import TYPE_CHECKING

from wellbeing_desktop.files import write_private_file_atomic
from wellbeing_desktop.storage import journal_lock
from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.backup_format import fsync_dir, fsync_file
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
_STAGED_DATABASE = "journal.db"
_STAGED_KEY_FILE = "journal.key"
_REPLACED_FOLDER = "replaced"
_MAX_INTENT_BYTES = 4096


class SwapIntentError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(msg.SWAP_INTENT_DAMAGED, path=path)


def replace_journal_pair(
    paths: journal_lock.JournalFiles, staged_database: Path, staged_key_file: Path
) -> None:
    """Put the staged database and key file in place of the journal's, as one step.

    The caller holds the exclusive lock and has kept the old files (see the module notes).
    """
    staging = staged_database.parent
    if staged_key_file.parent != staging or staging.parent != paths.root:
        raise ValueError("the staged files must be in one folder directly in the data folder")
    # Give the staged files the names the intent record implies, so a restarted swap finds
    # them whatever the caller called them.
    for staged, name in ((staged_database, _STAGED_DATABASE), (staged_key_file, _STAGED_KEY_FILE)):
        if staged.name != name:
            os.replace(staged, staging / name)
        fsync_file(staging / name)
    fsync_dir(staging)
    record = json.dumps({"staging": staging.name}).encode()
    write_private_file_atomic(paths.swap_intent, record)  # fsyncs the data folder too
    log.info("journal files swap started")
    _complete(paths, staging)


def finish_interrupted_swap(
    paths: journal_lock.JournalFiles, *, held: journal_lock.JournalLock | None = None
) -> bool:
    """Finish a swap a kill interrupted; True when there was one (say so to the user).

    Without ``held`` this takes the exclusive lock for the moment it needs (waiting a few
    seconds for a swap under way in another process); with ``held`` the caller holds it.
    """
    if not _exists(paths.swap_intent):
        return False
    lock = held or journal_lock.acquire_exclusive(paths, wait=journal_lock.SHARED_WAIT_SECONDS)
    try:
        if not _exists(paths.swap_intent):
            return False  # the process that held the lock finished it meanwhile
        _complete(paths, _staging_named_in(paths))
    finally:
        if held is None:
            lock.release()
    log.warning("journal files swap finished after an interruption")
    return True


def _exists(path: Path) -> bool:
    return os.path.lexists(path)


def _staging_named_in(paths: journal_lock.JournalFiles) -> Path:
    try:
        raw = _read_small_regular_file(paths.swap_intent)
        name = json.loads(raw)["staging"]
    except (OSError, ValueError, KeyError, TypeError):
        raise SwapIntentError(paths.swap_intent) from None
    if not isinstance(name, str) or not name.startswith(".") or "/" in name or name in (".", ".."):
        raise SwapIntentError(paths.swap_intent)
    return paths.root / name


def _read_small_regular_file(path: Path) -> bytes:
    """The bytes of a regular file of at most a few KiB; never blocks on a FIFO."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_INTENT_BYTES:
            raise ValueError("not an intent record")
        return os.read(fd, _MAX_INTENT_BYTES)
    finally:
        os.close(fd)


def _complete(paths: journal_lock.JournalFiles, staging: Path) -> None:
    """Steps 3 to 5 of the module notes; each one is safe to do again."""
    staged_database = staging / _STAGED_DATABASE
    staged_key_file = staging / _STAGED_KEY_FILE
    if staged_database.is_file():
        _move_sidecars_aside(paths.database, staging / _REPLACED_FOLDER)
        os.replace(staged_database, paths.database)
    if staged_key_file.is_file():
        os.replace(staged_key_file, paths.key_file)
    fsync_dir(paths.root)
    os.unlink(paths.swap_intent)
    fsync_dir(paths.root)
    shutil.rmtree(staging, ignore_errors=True)
    log.info("journal files swapped")


def _move_sidecars_aside(database: Path, aside: Path) -> None:
    # The before-restore backup holds the old write-ahead log's pages, so the moved files
    # are removed with the staging folder.
    for suffix in SIDECAR_SUFFIXES:
        sidecar = database.with_name(database.name + suffix)
        if not _exists(sidecar):
            continue
        aside.mkdir(mode=0o700, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            os.replace(sidecar, aside / sidecar.name)
