"""``passwd --rotate-key``: the journal and its backups under a new data key.

A passphrase change re-wraps the data key, so anyone who already has the old key file (or
a copy of a backup) and the old passphrase, or the data key itself (a remembered key, a
core of the process), can still read the journal. Rotation re-encrypts everything under a
new random data key with a new passphrase and a new recovery key; after it, old key files,
old passphrases, old recovery keys and remembered keys open nothing in the data folder.
Copies someone took before stay readable with the secrets of that time.

With the exclusive journal lock held (``storage/journal_lock.py``) from before the first
check until the files are in place:

1. the current data key is unwrapped with the old passphrase (or the recovery key);
2. in a private staging folder inside the data folder a new key file is made for the
   same journal id with the new passphrase, a new key and a new recovery key; the
   recovery key is handed to the caller (shown or written; the GUI waits until the user
   confirmed it stored) before any file changes, so a cancel there changes nothing and a
   kill later never leaves a journal whose recovery key nobody saw; then the database is
   re-encrypted there (``storage.rekey``: SQLCipher to SQLCipher, checked, 0600);
3. every backup of this journal in ``backups/`` is unpacked in the staging folder,
   re-encrypted the same way, packed with the new key file and put in place of the old
   one atomically (its modification time kept); a backup of another journal, or one that
   cannot be read, is left as it is and reported;
4. database and key file are swapped in as one (``storage.swap.replace_journal_pair``;
   a kill during it is finished by the next open).

A kill before step 4 leaves the journal under the old key, and running the same command
again finishes it: a backup already re-encrypted by the interrupted run opens with the new
passphrase, which the rerun is given again. Every run, under the lock, first and last
removes what a killed run left (staging folders, which may hold a backup's old key file
and database, and half-written backups): old secrets then open nothing here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import stat
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.files import ensure_private_dir
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.storage import (
    backup,
    backup_format,
    backup_rotation,
    journal_lock,
    rekey,
    swap,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from wellbeing_desktop.paths import JournalPaths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RotationResult:
    data_key: bytes = field(repr=False)  # the new one (to remember it again)
    backups: int  # backups of this journal now under the new key
    left_alone: tuple[Path, ...]  # backups of this journal that could not be re-encrypted
    other_journal: int  # backups of another journal (untouched)
    # The old data key could not be removed from this computer's keyring (it is locked).
    old_key_in_keyring: bool = False


class SamePassphraseError(WellbeingError):
    def __init__(self) -> None:
        super().__init__(msg.SAME_PASSPHRASE)


class RotationInUseError(WellbeingError):
    def __init__(self, root: Path) -> None:
        super().__init__(msg.ROTATION_IN_USE, path=root)


def rotate_data_key(
    paths: JournalPaths,
    unlock: Callable[[], bytes],
    new_passphrase: str,
    deliver_recovery_code: Callable[[str], None],
    *,
    kdf: keyfile.KdfParams,
) -> RotationResult:
    """Re-encrypt the journal and its backups under a new data key (see the module notes).

    ``unlock`` returns the current data key (it raises for a wrong secret);
    ``deliver_recovery_code`` must show or store the new recovery key (it runs before the
    swap; if it raises, nothing is swapped).
    """
    keyfile.validate_new_passphrase(new_passphrase)
    try:
        lock = journal_lock.acquire_exclusive(paths)
    except journal_lock.JournalLockBusyError:
        raise RotationInUseError(paths.root) from None
    with lock:
        swap.finish_interrupted_swap(paths, held=lock)
        remove_leftovers(paths)
        if paths.database.is_file() and backup.database_in_use(paths.database):
            raise RotationInUseError(paths.root)
        old_key = unlock()
        journal_id = keyfile.journal_id(paths.key_file)
        staging = paths.root / f".rotate-{secrets.token_hex(6)}"
        ensure_private_dir(staging)
        try:
            new_key, code = keyfile.create_key_file(
                staging / "journal.key", new_passphrase, kdf=kdf, journal_id=journal_id
            )
            # First of all: a cancel here (the GUI asks the user to confirm the key is
            # stored) leaves every file as it was.
            deliver_recovery_code(code)
            rekey.reencrypt_database(paths.database, old_key, staging / "journal.db", new_key)
            result = _rotate_backups(paths, staging, journal_id, old_key, new_key, new_passphrase)
            swap.replace_journal_pair(paths, staging / "journal.db", staging / "journal.key")
        finally:
            if not paths.swap_intent.exists():  # else the next open finishes the swap
                shutil.rmtree(staging, ignore_errors=True)
                remove_leftovers(paths)
    log.info(
        "data key rotated; backups: %d re-encrypted, %d left, %d of another journal",
        result.backups,
        len(result.left_alone),
        result.other_journal,
    )
    return result


def remove_leftovers(paths: JournalPaths) -> None:
    """Remove what a killed rotation left.

    Remove what a killed rotation left: staging folders (which may hold a backup's
    old key file and database, openable with the old passphrase) and half-written
    backups. Only with the exclusive lock held, and no swap pending.
    """
    for folder in paths.root.glob(".rotate-*"):
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                folder.unlink()
    if paths.backups.is_dir():
        for temp in paths.backups.glob(".*.rotating.tmp"):
            with contextlib.suppress(OSError):
                temp.unlink()


def _rotate_backups(
    paths: JournalPaths,
    staging: Path,
    journal_id: str,
    old_key: bytes,
    new_key: bytes,
    new_passphrase: str,
) -> RotationResult:
    new_key_bytes = (staging / "journal.key").read_bytes()
    done, other_journal = 0, 0
    left: list[Path] = []
    root = paths.backups
    for n, path in enumerate(backup.list_backups(root) if root.is_dir() else []):
        work = staging / f"backup-{n}"
        try:
            if not stat.S_ISREG(path.lstat().st_mode):
                left.append(path)
                continue
            header = backup_format.read_header(path)
            if header.key_length == 0 or header.db_length == 0:
                left.append(path)  # a raw copy without one of the pair: nothing to rotate
                continue
            key_part = backup_format.read_key_part(path, header)
            if keyfile.journal_id_of_bytes(key_part, path) != journal_id:
                other_journal += 1
                continue
            unpacked = backup_format.unpack_backup(path, work)
            its_key = _backup_data_key(unpacked.key_file, old_key, new_passphrase)
            if its_key is None:
                left.append(path)
                continue
            if its_key != new_key:
                _replace_backup(path, unpacked, its_key, new_key, new_key_bytes, work)
            done += 1
        except (WellbeingError, OSError) as exc:
            log.warning("a backup could not be re-encrypted (%s)", type(exc).__name__)
            left.append(path)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return RotationResult(new_key, done, tuple(left), other_journal)


def _backup_data_key(key_file: Path, old_key: bytes, new_passphrase: str) -> bytes | None:
    """The data key of a backup's key file.

    The data key of a backup's key file: the journal's current one, or (a backup that
    an interrupted rotation already re-encrypted) the one the new passphrase opens.
    """
    if keyfile.key_fits(key_file, old_key):
        return old_key
    try:
        return keyfile.unlock_with_passphrase(key_file, new_passphrase)
    except keyfile.WrongPassphraseError:
        return None


def _replace_backup(
    path: Path,
    unpacked: backup_format.UnpackedBackup,
    its_key: bytes,
    new_key: bytes,
    new_key_bytes: bytes,
    work: Path,
) -> None:
    # Read-write in the private folder only: folds a write-ahead log in, if any.
    backup.verify_database(unpacked.database, its_key, read_only=False)
    rekeyed = work / "rekeyed.db"
    rekey.reencrypt_database(unpacked.database, its_key, rekeyed, new_key)
    header = backup_format.read_header(path)
    times = os.stat(path)
    # Its recorded time (or, for a backup from before times were recorded, the time the
    # rotation ranks it by) and serial stay: they rank the backups (backup_rotation).
    made = header.made_at or backup_rotation.recorded_time(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.rotating.tmp")
    try:
        backup_format.write_backup_file(
            temp,
            new_key_bytes,
            rekeyed,
            None,
            verified=header.verified,
            made=made,
            serial=header.serial,
        )
        os.utime(temp, ns=(times.st_atime_ns, times.st_mtime_ns))  # when it was made
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    backup_format.fsync_dir(path.parent)
