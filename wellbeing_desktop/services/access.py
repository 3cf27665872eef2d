"""Creating, unlocking and re-keying a journal: the only way to get a ``Journal``.

Secrets arrive here already in hand; this module never prompts (the CLI and the GUI do).
"""

from __future__ import annotations

from datetime import datetime

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.files import ensure_private_dir
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security.keyring_store import KeyringStore
from wellbeing_desktop.services.journal import Clock, Journal
from wellbeing_desktop.storage.database import open_database


class NoJournalError(WellbeingError):
    def __init__(self, paths: JournalPaths) -> None:
        super().__init__(
            f"There is no journal in {paths.root} yet; create one with 'wellbeing-desktop init'."
        )


class JournalExistsError(WellbeingError):
    def __init__(self, paths: JournalPaths) -> None:
        super().__init__(f"A journal already exists in {paths.root}; it was left untouched.")


class JournalAccess:
    """Unlock methods for the journal in one data folder."""

    def __init__(
        self,
        paths: JournalPaths,
        *,
        keyring: KeyringStore | None = None,
        kdf: keyfile.KdfParams = keyfile.DEFAULT_KDF,
        clock: Clock = datetime.now,
    ) -> None:
        self.paths = paths
        self._keyring = keyring or KeyringStore()
        self._kdf = kdf
        self._clock = clock

    def __repr__(self) -> str:
        return f"<JournalAccess {self.paths.root}>"

    def exists(self) -> bool:
        return self.paths.journal_exists()

    def _require_journal(self) -> None:
        if not self.paths.key_file.exists():
            if self.paths.database.exists():
                raise WellbeingError(
                    f"The key file {self.paths.key_file} is missing, so the journal cannot be "
                    "opened; restore it from a backup (the database was left untouched)."
                )
            raise NoJournalError(self.paths)
        if not self.paths.database.exists():
            raise WellbeingError(
                f"The journal file {self.paths.database} is missing; restore it from a backup "
                "(no new journal was created)."
            )

    def create(self, passphrase: str) -> tuple[Journal, str]:
        """Make a new journal; returns it with the recovery code to show the user once."""
        keyfile.validate_new_passphrase(passphrase)
        if self.exists():
            raise JournalExistsError(self.paths)
        try:
            ensure_private_dir(self.paths.root)
        except OSError as exc:
            raise WellbeingError(
                f"data-dir: cannot use {self.paths.root} as the journal folder "
                f"({exc.strerror or exc}); nothing was created."
            ) from None
        data_key, recovery_code = keyfile.create_key_file(
            self.paths.key_file, passphrase, kdf=self._kdf
        )
        try:
            journal = self._open(data_key, create=True)
        except BaseException:
            # Nothing was written into the journal yet: leave no half-made journal behind.
            for path in (self.paths.database, self.paths.key_file):
                path.unlink(missing_ok=True)
            raise
        return journal, recovery_code

    def open_with_passphrase(self, passphrase: str) -> Journal:
        self._require_journal()
        return self._open(keyfile.unlock_with_passphrase(self.paths.key_file, passphrase))

    def open_with_recovery_key(self, code: str) -> Journal:
        self._require_journal()
        return self._open(keyfile.unlock_with_recovery_key(self.paths.key_file, code))

    def open_with_keyring(self) -> Journal | None:
        """The journal unlocked by the key remembered in the OS keyring, if there is one."""
        self._require_journal()
        data_key = self._keyring.recall(keyfile.journal_id(self.paths.key_file))
        if data_key is None:
            return None
        return self._open(data_key)

    def _open(self, data_key: bytes, *, create: bool = False) -> Journal:
        database = open_database(
            self.paths.database,
            data_key,
            key_file=self.paths.key_file,
            backup_root=self.paths.backups,
            create=create,
        )
        return Journal(
            database,
            self.paths,
            data_key,
            keyfile.journal_id(self.paths.key_file),
            clock=self._clock,
        )

    # --- changing how the journal is unlocked ----------------------------------------

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Rewrap the data key; the database itself is not touched."""
        keyfile.validate_new_passphrase(new_passphrase)
        self._require_journal()
        data_key = keyfile.unlock_with_passphrase(self.paths.key_file, old_passphrase)
        keyfile.change_passphrase(self.paths.key_file, data_key, new_passphrase, kdf=self._kdf)

    def reset_passphrase(self, recovery_code: str, new_passphrase: str) -> None:
        """Set a new passphrase with the recovery key (the recovery key stays valid)."""
        keyfile.validate_new_passphrase(new_passphrase)
        self._require_journal()
        data_key = keyfile.unlock_with_recovery_key(self.paths.key_file, recovery_code)
        keyfile.change_passphrase(self.paths.key_file, data_key, new_passphrase, kdf=self._kdf)

    def keyring_unavailable_reason(self) -> str | None:
        return self._keyring.availability()

    def is_remembered(self) -> bool:
        if not self.paths.key_file.exists():
            return False
        return self._keyring.recall(keyfile.journal_id(self.paths.key_file)) is not None

    def remember(self, journal: Journal) -> None:
        self._keyring.remember(journal.journal_id, journal.data_key)

    def forget(self) -> bool:
        self._require_journal()
        return self._keyring.forget(keyfile.journal_id(self.paths.key_file))
