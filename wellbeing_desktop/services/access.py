"""Creating, unlocking and re-keying a journal: the only way to get a ``Journal``.

Secrets arrive here already in hand; this module never prompts (the CLI and the GUI do).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import stat
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import Message, WellbeingError
from wellbeing_desktop.files import PRIVATE_DIR_MODE, ensure_private_dir
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security.keyring_store import KeyringStore
from wellbeing_desktop.services import backups, key_rotation, key_slots
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.commands import printed_command
from wellbeing_desktop.services.journal import Clock, Journal, file_identity
from wellbeing_desktop.services.unlock_throttle import GrowingDelay, UnlockThrottle
from wellbeing_desktop.storage import journal_lock, swap
from wellbeing_desktop.storage.database import open_database
from wellbeing_desktop.storage.errors import DamagedFileError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.storage.journal_lock import JournalLock

log = logging.getLogger(__name__)


class NoJournalError(WellbeingError):
    def __init__(self, paths: JournalPaths) -> None:
        command = printed_command(paths.root, "init")
        super().__init__(msg.NO_JOURNAL, path=paths.root, command=command)


class JournalExistsError(WellbeingError):
    def __init__(self, paths: JournalPaths) -> None:
        super().__init__(msg.JOURNAL_EXISTS, path=paths.root)


def interrupted_swap_notice(paths: JournalPaths) -> Message:
    """What the user is told when an open finished a swap a kill had interrupted."""
    return Message(msg.FINISHED_INTERRUPTED_SWAP, path=paths.root)


class JournalAccess:
    """Unlock methods for the journal in one data folder.

    ``throttle`` slows down repeated wrong passphrases and recovery keys (the GUI keeps the
    default ``GrowingDelay`` for its whole run; the CLI passes a ``FixedDelay``).
    Opening makes no backup: the day's automatic backup is the caller's, after a write
    (``daily_backup``); a command that only reads never pays for it.
    ``raise_weak_slots``: a passphrase unlock re-wraps a slot cheaper than ``kdf`` at
    ``kdf`` (``services.key_slots``); the CLI leaves the key file alone on ordinary commands.
    """

    def __init__(
        self,
        paths: JournalPaths,
        *,
        keyring: KeyringStore | None = None,
        kdf: keyfile.KdfParams = keyfile.DEFAULT_KDF,
        clock: Clock = datetime.now,
        throttle: UnlockThrottle | None = None,
        raise_weak_slots: bool = True,
    ) -> None:
        self.paths = paths
        self._keyring = keyring or KeyringStore()
        self._kdf = kdf
        self._clock = clock
        self.throttle: UnlockThrottle = throttle if throttle is not None else GrowingDelay()
        self._raise_weak_slots = raise_weak_slots
        # One-line notes for the user about what an open did besides opening (the CLI
        # prints them; see ``_finish_interrupted_swap``).
        self.notices: list[Message] = []

    def __repr__(self) -> str:
        return f"<JournalAccess {self.paths.root}>"

    def exists(self) -> bool:
        return self.paths.journal_exists()

    @contextmanager
    def _shared_lock(self, *, creating: bool = False) -> Iterator[JournalLock]:
        """The shared lock (storage/journal_lock.py), taken before the key file is read.

        A swap a kill interrupted is finished first. On an error inside the block the lock
        is let go; on success the caller has handed it on (to ``Journal``) or lets it go.
        """
        self._finish_interrupted_swap()
        if not creating:
            self._require_journal()  # a folder without a journal gets no lock file either
        lock = journal_lock.acquire_shared(self.paths)
        try:
            yield lock
        except BaseException:
            lock.release()
            raise

    def _finish_interrupted_swap(self) -> None:
        if swap.finish_interrupted_swap(self.paths):
            self.notices.append(interrupted_swap_notice(self.paths))

    def _require_journal(self) -> None:
        if not self.paths.key_file.exists():
            if self.paths.database.exists():
                raise WellbeingError(msg.KEY_FILE_MISSING, path=self.paths.key_file)
            raise NoJournalError(self.paths)
        if not self.paths.database.exists():
            raise backups.missing_error(self.paths)

    def create(self, passphrase: str) -> tuple[Journal, str]:
        """Make a new journal; returns it with the recovery code to show the user once."""
        keyfile.validate_new_passphrase(passphrase)
        if self.exists():
            raise JournalExistsError(self.paths)
        try:
            was_open = _open_to_others(self.paths.root)
            ensure_private_dir(self.paths.root)
        except OSError as exc:
            reason = exc.strerror or exc
            raise WellbeingError(
                msg.DATA_DIR_UNUSABLE, path=self.paths.root, reason=reason
            ) from None
        if was_open is not None:  # it was made owner-only: say so, not silently
            self.notices.append(
                Message(
                    msg.DATA_DIR_MADE_PRIVATE,
                    path=self.paths.root,
                    mode=was_open,
                    new_mode=PRIVATE_MODE_TEXT,
                )
            )
        with self._shared_lock(creating=True) as lock:
            if self.exists():  # another init got here first
                raise JournalExistsError(self.paths)
            data_key, recovery_code = keyfile.create_key_file(
                self.paths.key_file, passphrase, kdf=self._kdf
            )
            try:
                journal = self._open(data_key, lock, create=True)
            except BaseException:
                # Nothing was written into the journal yet: leave no half-made journal behind.
                for path in (self.paths.database, self.paths.key_file):
                    path.unlink(missing_ok=True)
                raise
        return journal, recovery_code

    def open_with_passphrase(self, passphrase: str) -> Journal:
        with self._shared_lock() as lock:
            self._require_journal()
            key_file = self.paths.key_file
            data_key = self._try_secret(
                lambda: keyfile.unlock_with_passphrase(key_file, passphrase)
            )
            journal = self._open(data_key, lock, how="passphrase")
            if self._raise_weak_slots:  # after the database proved the key right
                key_slots.raise_weak_passphrase_slot(key_file, data_key, passphrase, self._kdf)
            return journal

    def open_with_recovery_key(self, code: str) -> Journal:
        with self._shared_lock() as lock:
            self._require_journal()
            key_file = self.paths.key_file
            data_key = self._try_secret(lambda: keyfile.unlock_with_recovery_key(key_file, code))
            return self._open(data_key, lock, how="recovery key")

    def _try_secret(self, unlock: Callable[[], bytes]) -> bytes:
        """Unwrap the data key, waiting first if wrong secrets came before (``throttle``)."""
        self.throttle.before_attempt()
        try:
            data_key = unlock()
        except (keyfile.WrongPassphraseError, keyfile.WrongRecoveryKeyError):
            log.warning("unlock refused: wrong secret (%d in a row)", self.throttle.failures + 1)
            self.throttle.failed()
            raise
        except keyfile.KeyFileDamagedError as exc:
            if exc.path != self.paths.key_file:
                raise  # a backup's key file, being restored
            raise backups.key_file_damaged_error(self.paths, exc.reason) from None
        self.throttle.succeeded()
        return data_key

    def open_with_keyring(self) -> Journal | None:
        """The journal unlocked by the key remembered in the OS keyring, if there is one."""
        with self._shared_lock() as lock:
            self._require_journal()
            try:
                journal_id = keyfile.journal_id(self.paths.key_file)
            except keyfile.KeyFileDamagedError as exc:
                raise backups.key_file_damaged_error(self.paths, exc.reason) from None
            # Every remembered candidate is tried: another program may keep an item with
            # our attributes. None fits (nothing remembered, or a replaced journal): ask.
            data_key = self._keyring.recall_fitting(journal_id, self._fits)
            if data_key is None:
                lock.release()
                return None
            return self._open(data_key, lock, how="keyring")

    def open_with_key(self, data_key: bytes, *, passphrase: str | None = None) -> Journal | None:
        """The journal opened with a data key already in hand, if it still fits.

        The GUI reads the key (from the keyring, or unwrapped with the passphrase) and
        Today first, without the services (``services.today_snapshot``); this opens the
        ``Journal`` with that key, checked against the key file again under the lock.
        ``passphrase``: the one that unwrapped it (a weak slot is raised, as
        ``open_with_passphrase`` does). None: it does not fit (the journal was replaced
        meanwhile); the caller then asks the usual way.
        """
        with self._shared_lock() as lock:
            self._require_journal()
            try:
                fits = self._fits(data_key)
            except keyfile.KeyFileDamagedError as exc:
                raise backups.key_file_damaged_error(self.paths, exc.reason) from None
            if not fits:
                lock.release()
                return None
            how = "keyring" if passphrase is None else "passphrase"
            journal = self._open(data_key, lock, how=how)
            if passphrase is not None and self._raise_weak_slots:
                key_file = self.paths.key_file
                key_slots.raise_weak_passphrase_slot(key_file, data_key, passphrase, self._kdf)
            return journal

    def _open(
        self, data_key: bytes, lock: JournalLock, *, create: bool = False, how: str = "new"
    ) -> Journal:
        """Open the database; the returned ``Journal`` holds ``lock`` until it is closed."""
        # Who the file is before SQLite opens it: a swap after this point makes every
        # write refuse (Journal._write), never go into a file no one will read again.
        identity = None if create else file_identity(self.paths.database)
        try:
            database = open_database(
                self.paths.database,
                data_key,
                key_file=self.paths.key_file,
                backup_root=self.paths.backups,
                create=create,
                now=self._clock(),
            )
        except DamagedFileError as exc:
            raise backups.damaged_error(self.paths, exc.detail_words) from None
        try:
            journal = Journal(
                database,
                self.paths,
                data_key,
                keyfile.journal_id(self.paths.key_file),
                clock=self._clock,
                lock=lock,
                identity=identity,
            )
        except BaseException:
            database.close()  # e.g. busy: leave no keyed connection behind
            raise
        log.info("journal %s (%s)", "created" if create else "opened", how)
        return journal

    # --- restoring a backup ----------------------------------------------------------

    def restore_with_passphrase(
        self,
        source: Path,
        passphrase: str,
        *,
        replace_other_journal: bool = False,
        key_file_only: bool = False,
    ) -> backups.RestoreResult:
        """Replace this journal by a backup the passphrase opens; see ``restore_backup``."""
        return self._restore(
            source,
            lambda key: self._try_secret(lambda: keyfile.unlock_with_passphrase(key, passphrase)),
            replace_other_journal,
            key_file_only,
        )

    def restore_with_recovery_key(
        self,
        source: Path,
        code: str,
        *,
        replace_other_journal: bool = False,
        key_file_only: bool = False,
    ) -> backups.RestoreResult:
        """Replace this journal by a backup the recovery key opens."""
        return self._restore(
            source,
            lambda key: self._try_secret(lambda: keyfile.unlock_with_recovery_key(key, code)),
            replace_other_journal,
            key_file_only,
        )

    def _restore(
        self,
        source: Path,
        unlock: Callable[[Path], bytes],
        replace_other_journal: bool,
        key_file_only: bool,
    ) -> backups.RestoreResult:
        result = backups.restore_backup(
            self.paths,
            source,
            unlock,
            now=self._clock(),
            replace_other_journal=replace_other_journal,
            key_file_only=key_file_only,
        )
        if result.finished_interrupted:
            self.notices.append(interrupted_swap_notice(self.paths))
        return result

    # --- changing how the journal is unlocked ----------------------------------------

    def change_passphrase(
        self, old_passphrase: str, new_passphrase: str
    ) -> key_slots.BackupsRewrapped:
        """Change the passphrase.

        Rewrap the data key, in the key file and in this journal's backups (the old
        passphrase then opens none of them); the database itself is not touched.
        """
        keyfile.validate_new_passphrase(new_passphrase)
        # The shared lock keeps a restore from swapping the key file between read and write.
        with self._shared_lock() as lock, lock:
            self._require_journal()
            key_file = self.paths.key_file
            data_key = self._try_secret(
                lambda: keyfile.unlock_with_passphrase(key_file, old_passphrase)
            )
            return key_slots.change_passphrase_everywhere(
                self.paths, data_key, new_passphrase, self._kdf
            )

    def reset_passphrase(
        self, recovery_code: str, new_passphrase: str
    ) -> key_slots.BackupsRewrapped:
        """Set a new passphrase with the recovery key.

        Set a new passphrase with the recovery key (the recovery key stays valid), in the
        key file and in this journal's backups.
        """
        keyfile.validate_new_passphrase(new_passphrase)
        with self._shared_lock() as lock, lock:
            self._require_journal()
            key_file = self.paths.key_file
            data_key = self._try_secret(
                lambda: keyfile.unlock_with_recovery_key(key_file, recovery_code)
            )
            return key_slots.change_passphrase_everywhere(
                self.paths, data_key, new_passphrase, self._kdf
            )

    def rotate_data_key(
        self,
        secret: str,
        new_passphrase: str,
        deliver_recovery_code: Callable[[str], None],
        *,
        with_recovery_key: bool = False,
    ) -> key_rotation.RotationResult:
        """Re-encrypt the journal and its backups under a new key.

        Re-encrypt the journal and its backups under a new data key, a new passphrase and
        a new recovery key (``services.key_rotation``); ``secret`` is the current passphrase
        (or recovery key). A key remembered in the keyring is replaced by the new one.
        """
        keyfile.validate_new_passphrase(new_passphrase)
        if not with_recovery_key and secret == new_passphrase:
            raise key_rotation.SamePassphraseError()
        self._finish_interrupted_swap()
        self._require_journal()
        key_file = self.paths.key_file
        journal_id = keyfile.journal_id(key_file)
        if with_recovery_key:
            unwrap = lambda: keyfile.unlock_with_recovery_key(key_file, secret)  # noqa: E731
        else:
            unwrap = lambda: keyfile.unlock_with_passphrase(key_file, secret)  # noqa: E731
        was_remembered = self.is_remembered()
        result = key_rotation.rotate_data_key(
            self.paths,
            lambda: self._try_secret(unwrap),
            new_passphrase,
            deliver_recovery_code,
            kdf=self._kdf,
        )
        # The old key must open nothing any more; a remembered one is remembered anew.
        try:
            self._keyring.forget(journal_id)
            if was_remembered:
                self._keyring.remember(journal_id, result.data_key)
        except WellbeingError as exc:
            log.warning("keyring not updated after the key rotation (%s)", type(exc).__name__)
            # No keyring at all holds no old key; a locked (or failing) one may.
            if self._keyring.availability() is None:
                return dataclasses.replace(result, old_key_in_keyring=True)
        return result

    def keyring_unavailable_reason(self) -> str | None:
        return self._keyring.availability()

    def is_remembered(self) -> bool:
        if not self.paths.key_file.exists():
            return False
        journal_id = keyfile.journal_id(self.paths.key_file)
        return self._keyring.recall_fitting(journal_id, self._fits) is not None

    def _fits(self, data_key: bytes) -> bool:
        return keyfile.key_fits(self.paths.key_file, data_key)

    def remember(self, journal: Journal) -> None:
        self._keyring.remember(journal.journal_id, journal.data_key)

    def forget(self) -> bool:
        self._require_journal()
        return self._keyring.forget(keyfile.journal_id(self.paths.key_file))


def daily_backup(journal: Journal) -> Path | None:
    """Today's automatic backup, if it is due; a failure is logged, never raised.

    Not made on open (a read never pays for it): a command that wrote the journal calls
    this after its write, the GUI once Today has painted. None when nothing was made
    (made today already, an empty journal, or it failed: a folder that cannot be written).
    """
    try:
        return journal.backup_if_due()
    except (WellbeingError, OSError) as exc:
        log.warning("automatic backup failed (%s)", type(exc).__name__)
        return None


PRIVATE_MODE_TEXT = f"{PRIVATE_DIR_MODE:04o}"  # 0700, as a folder's mode is written


def _open_to_others(folder: Path) -> str | None:
    """The mode (``0755``) of an existing folder that others may use; None if not."""
    try:
        mode = stat.S_IMODE(os.stat(folder).st_mode)
    except FileNotFoundError:
        return None
    return f"{mode:04o}" if mode & 0o077 else None
