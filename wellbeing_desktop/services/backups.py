"""Backups as the user meets them: which one to restore, and restoring it.

Making backups is ``Journal.backup``/``Journal.backup_if_due`` (the daily one, after a write);
the file format is documented in ``storage/backup_format.py`` and the rotation policy in
``storage/backup_rotation.py``.

Restoring (``restore_backup``) checks everything before it changes anything:

1. the backup file is complete (its checksum) and holds a key file and a database;
2. the exclusive journal lock (``storage/journal_lock.py``) is taken without waiting, so no
   program that follows the lock protocol has the journal open, and it is held until the
   files are in place; SQLite's own lock on ``journal.db`` is checked too, for programs
   that do not follow the protocol. A swap a kill interrupted earlier is finished first;
3. the backup's parts are unpacked into a private folder inside the data folder; a backup
   of another journal (another journal id) is refused unless asked for; the key file is
   unlocked with the passphrase or recovery key given (so a wrong one, like a damaged
   backup, changes nothing);
4. the unpacked database passes ``cipher_integrity_check`` and ``integrity_check`` and is
   not from a newer version of the app.

Only then are the current ``journal.db`` and ``journal.key`` kept, exactly as they are
(even if damaged, with their write-ahead log), in
``backups/journal-…-before-restore.lpbackup``, and the restored pair is put in their
place as one step by ``storage/swap.py``: a kill part-way is finished by the next open.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import Message, WellbeingError, as_message
from wellbeing_desktop.files import ensure_private_dir, write_private_file_atomic
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.commands import printed_command
from wellbeing_desktop.storage import backup, journal_lock, swap
from wellbeing_desktop.storage.backup_format import (
    BackupFileError,
    read_header,
    read_key_part,
    unpack_backup,
)
from wellbeing_desktop.storage.backup_rotation import BEFORE_RESTORE, recorded_time
from wellbeing_desktop.storage.errors import KEY_MISMATCH, SchemaTooNewError, StorageError
from wellbeing_desktop.storage.migrate import check_not_newer

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from wellbeing_desktop.paths import JournalPaths

log = logging.getLogger(__name__)

_STALE_STAGING_SECONDS = 3600


class JournalDamagedError(WellbeingError):
    """The journal file (or its key file) cannot be used.

    The journal file (or its key file) cannot be used; ``backup`` is the newest good
    backup, if any. The message is one line that names the file, says what is wrong with
    it and gives the command that restores a backup.
    """

    def __init__(
        self,
        path: Path,
        state: Message,
        backup: Path | None,
        backups: Path,
        *,
        data_dir: Path | None = None,
        what: str = msg.JOURNAL_FILE,
        key_file_only: bool = False,
    ) -> None:
        self.path = path
        self.backup = backup
        # The command names the data folder (by default the one holding ``backups``): run
        # as printed, it restores this journal, never the one in the default folder.
        data_dir = backups.parent if data_dir is None else data_dir
        if backup is not None and key_file_only:
            # Only the key file is damaged: the journal file may hold days the backup has
            # not, so only the backup's key file comes back (it wraps the same data key).
            command = printed_command(data_dir, "restore", "--key-file-only", backup)
            hint = Message(msg.PUT_BACK_KEY_FILE, command=command)
        elif backup is not None:
            command = printed_command(data_dir, "restore", backup)
            hint = Message(msg.RESTORE_NEWEST, command=command)
        else:
            command = printed_command(data_dir, "restore")
            hint = Message(msg.NO_BACKUP_FOUND, path=backups, command=command)
        # ``state`` holds the words of the whole line and what is wrong with the file.
        thing = Message(what)
        super().__init__(state.text, thing=thing, path=path, hint=hint, **state.params)


class JournalInUseError(WellbeingError):
    def __init__(self, path: Path) -> None:
        super().__init__(msg.JOURNAL_IN_USE, path=path)


class OtherJournalError(WellbeingError):
    def __init__(self, source: Path, incoming: str, root: Path, current: str) -> None:
        super().__init__(msg.OTHER_JOURNAL, path=source, id=incoming, folder=root, other_id=current)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    kept: Path | None  # the files that were there before, as a before-restore backup
    finished_interrupted: bool = False  # an earlier, interrupted swap was finished first


def backup_time(path: Path) -> datetime:
    """When a backup was made, as it records inside.

    When a backup was made, as it records inside (never its name alone, which anyone can
    change); for a backup from before the time was recorded, see ``backup_format``.
    """
    return recorded_time(path)


def check_backup_file(path: Path) -> None:
    """Raise BackupFileError unless ``path`` is a complete, undamaged backup file."""
    try:
        read_header(path)
    except BackupFileError as exc:
        raise BackupFileError(msg.NOTHING_CHANGED, detail=exc.message) from None


def newest_good_backup(paths: JournalPaths) -> Path | None:
    """The newest backup of this journal that was verified when made and is undamaged.

    "Newest" by what the backups record (``backup_rotation.ranked_backups``), not by their
    names. "Of this journal": its key file has the journal id of ``journal.key`` (any
    backup, when the key file itself cannot be read). Reads the candidates, changes nothing.
    """
    try:
        current_id: str | None = keyfile.journal_id(paths.key_file)
    except WellbeingError:
        current_id = None
    for candidate in backup.list_backups(paths.backups):
        try:
            header = read_header(candidate)
            if not header.verified:
                continue
            if current_id is not None:
                raw = read_key_part(candidate, header)
                if keyfile.journal_id_of_bytes(raw, candidate) != current_id:
                    continue
        except (WellbeingError, OSError):
            continue
        return candidate
    return None


def damaged_error(paths: JournalPaths, detail: Message | str) -> JournalDamagedError:
    """The one-line error for a journal file that is damaged (``detail`` says how)."""
    log.error("journal file damaged: %s", detail)
    words = as_message(detail)
    if words.text == KEY_MISMATCH and not words.params:
        state = Message(msg.DAMAGED_OR_OTHER_KEY, name=paths.key_file.name)
    else:
        state = Message(msg.DAMAGED, detail=words)
    return JournalDamagedError(
        paths.database, state, newest_good_backup(paths), paths.backups, data_dir=paths.root
    )


def key_file_damaged_error(paths: JournalPaths, reason: Message | str) -> JournalDamagedError:
    """The one-line error for a damaged or empty key file (a backup holds a good copy)."""
    log.error("key file damaged: %s", reason)
    state = Message(msg.DAMAGED, detail=as_message(reason))
    return JournalDamagedError(
        paths.key_file,
        state,
        newest_good_backup(paths),
        paths.backups,
        data_dir=paths.root,
        what=msg.KEY_FILE,
        key_file_only=paths.database.is_file(),
    )


def missing_error(paths: JournalPaths) -> JournalDamagedError:
    """The one-line error for a missing journal file beside an existing key file."""
    log.error("journal file missing beside its key file")
    state = Message(msg.MISSING)
    return JournalDamagedError(
        paths.database, state, newest_good_backup(paths), paths.backups, data_dir=paths.root
    )


def restore_backup(
    paths: JournalPaths,
    source: Path,
    unlock: Callable[[Path], bytes],
    *,
    now: datetime | None = None,
    replace_other_journal: bool = False,
    key_file_only: bool = False,
) -> RestoreResult:
    """Replace the journal in ``paths`` by the backup ``source`` (see the module notes).

    ``key_file_only``: put back only the backup's key file, beside the journal file as it
    is, for a damaged key file; refused unless the backup's key opens that journal file.

    ``unlock`` gets the backup's key file (unpacked) and returns its data key or raises
    (wrong passphrase or recovery key). A backup of another journal than the one in
    ``paths`` is refused unless ``replace_other_journal``. Call it with no connection to
    this journal open in this process (an open ``Journal`` holds the shared lock, and the
    restore is then refused as for any other program).
    """
    source = Path(source).absolute()
    check_backup_file(source)  # a damaged or foreign file is refused before anything else
    ensure_private_dir(paths.root)
    try:
        lock = journal_lock.acquire_exclusive(paths)
    except journal_lock.JournalLockBusyError:
        raise JournalInUseError(paths.root) from None
    with lock:
        finished = swap.finish_interrupted_swap(paths, held=lock)
        # A second guard, for programs that open journal.db without the lock protocol.
        if paths.database.is_file() and backup.database_in_use(paths.database):
            raise JournalInUseError(paths.root)
        _remove_stale_staging(paths.root)
        staging = paths.root / f".restore-{secrets.token_hex(6)}"
        try:
            if key_file_only:
                kept = _put_back_key_file(paths, source, staging, unlock, now)
            else:
                kept = _check_and_swap(paths, source, staging, unlock, now, replace_other_journal)
        finally:
            if not paths.swap_intent.exists():  # else the next open finishes the swap
                shutil.rmtree(staging, ignore_errors=True)
    log.info(
        "journal restored from a backup%s",
        f"; the files it replaced were kept as {kept.name}" if kept else "",
    )
    return RestoreResult(source, kept, finished_interrupted=finished)


def _check_and_swap(
    paths: JournalPaths,
    source: Path,
    staging: Path,
    unlock: Callable[[Path], bytes],
    now: datetime | None,
    replace_other_journal: bool,
) -> Path | None:
    """Steps 3 to 5 of the module notes, with the exclusive lock held."""
    unpacked = unpack_backup(source, staging)
    if not replace_other_journal:
        _refuse_other_journal(paths, source, unpacked.key_file)
    try:
        data_key = unlock(unpacked.key_file)
    except keyfile.KeyFileDamagedError as exc:
        raise BackupFileError(msg.BACKUP_KEY_FILE_DAMAGED, path=source, detail=exc.reason) from None
    try:
        # Read-write in the private folder only: folds a write-ahead log in, if any.
        backup.verify_database(unpacked.database, data_key, read_only=False)
        revision = backup.schema_revision(unpacked.database, data_key)
    except StorageError:
        raise BackupFileError(msg.BACKUP_INTEGRITY, path=source) from None
    try:
        check_not_newer(revision)
    except SchemaTooNewError:
        raise WellbeingError(msg.BACKUP_TOO_NEW, path=source) from None
    kept = backup.copy_files_as_backup(
        paths.database, paths.key_file, paths.backups, BEFORE_RESTORE, now=now
    )
    swap.replace_journal_pair(paths, unpacked.database, unpacked.key_file)
    return kept


def _put_back_key_file(
    paths: JournalPaths,
    source: Path,
    staging: Path,
    unlock: Callable[[Path], bytes],
    now: datetime | None,
) -> Path | None:
    """The backup's key file beside the journal file as it is (exclusive lock held).

    Only when the backup's data key opens the journal file and it passes the integrity
    checks: then nothing written since the backup is lost. The files as they were (the
    damaged key file too) are kept as a before-restore backup first.
    """
    unpacked = unpack_backup(source, staging)
    try:
        data_key = unlock(unpacked.key_file)
    except keyfile.KeyFileDamagedError as exc:
        raise BackupFileError(msg.BACKUP_KEY_FILE_DAMAGED, path=source, detail=exc.reason) from None
    try:
        backup.verify_database(paths.database, data_key)
    except (StorageError, WellbeingError, OSError):
        command = printed_command(paths.root, "restore", source)
        raise WellbeingError(
            msg.KEY_DOES_NOT_OPEN, path=source, name=paths.database, command=command
        ) from None
    kept = backup.copy_files_as_backup(
        paths.database, paths.key_file, paths.backups, BEFORE_RESTORE, now=now
    )
    write_private_file_atomic(paths.key_file, unpacked.key_file.read_bytes())
    return kept


def _refuse_other_journal(paths: JournalPaths, source: Path, backup_key_file: Path) -> None:
    """A backup of another journal replaces this one only when asked to explicitly.

    No current journal (a fresh folder) or a key file that cannot be read (the reason to
    restore) lets the restore go on: there is nothing to tell it apart from.
    """
    try:
        current = keyfile.journal_id(paths.key_file)
    except (WellbeingError, OSError):
        return
    try:
        incoming = keyfile.journal_id(backup_key_file)
    except keyfile.KeyFileDamagedError as exc:
        raise BackupFileError(msg.BACKUP_KEY_FILE_DAMAGED, path=source, detail=exc.reason) from None
    if incoming != current:
        log.warning("restore refused: the backup is of another journal")
        raise OtherJournalError(source, incoming, paths.root, current)


def _remove_stale_staging(root: Path) -> None:
    """Private folders left by a restore that was killed (encrypted parts, an hour old)."""
    cutoff = time.time() - _STALE_STAGING_SECONDS
    for folder in root.glob(".restore-*"):
        with contextlib.suppress(OSError):
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder)
