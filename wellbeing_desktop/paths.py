"""Where a journal lives: one folder holding the database, its key file and backups."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from wellbeing_desktop import APP_NAME

if TYPE_CHECKING:
    from collections.abc import Mapping

DATA_DIR_ENV = "WELLBEING_DATA_DIR"


@dataclass(frozen=True, slots=True)
class JournalPaths:
    """The files of one journal. Nothing else in the app builds these paths."""

    root: Path

    @classmethod
    def resolve(
        cls, data_dir: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
    ) -> JournalPaths:
        """``--data-dir`` first, then ``WELLBEING_DATA_DIR``, then the platform's data dir."""
        env = os.environ if env is None else env
        chosen = data_dir or env.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME)
        return cls(Path(chosen).expanduser().absolute())

    @property
    def database(self) -> Path:
        return self.root / "journal.db"

    @property
    def key_file(self) -> Path:
        return self.root / "journal.key"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock_file(self) -> Path:
        """The GUI's single-instance lock (a QLockFile)."""
        return self.root / ".lock"

    @property
    def journal_lock(self) -> Path:
        """The lock every process opening the journal holds (storage/journal_lock.py)."""
        return self.root / "journal.lock"

    @property
    def swap_intent(self) -> Path:
        """Present only while the database and key file are being replaced (storage/swap.py)."""
        return self.root / "journal.swap"

    def journal_exists(self) -> bool:
        """True when any trace of a journal is here (then ``init`` must refuse)."""
        return self.key_file.exists() or self.database.exists()
