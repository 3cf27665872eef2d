"""The open journal's life cycle and transactions.

The open journal's life cycle and transactions (``Journal`` builds on ``JournalCore``):
one ``_write`` or ``_read`` per public method, refused once locked or once the file was
replaced under it.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError

from wellbeing_desktop.domain import catalogues
from wellbeing_desktop.domain.errors import Message
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.search_cache import SearchCache
from wellbeing_desktop.services.trends_cache import TrendsCache
from wellbeing_desktop.storage.errors import StorageError, database_error_message
from wellbeing_desktop.storage.keyed import DRIVER_ERROR
from wellbeing_desktop.storage.repositories import CategoryRepository

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.storage.database import OpenDatabase
    from wellbeing_desktop.storage.journal_lock import JournalLock


Clock = Callable[[], datetime]
_log = logging.getLogger(__name__)


class JournalClosedError(StorageError):
    def __init__(self) -> None:
        super().__init__(msg.JOURNAL_LOCKED)


class JournalReplacedError(StorageError):
    """``journal.db`` is no longer the file this journal opened: never write into it."""

    def __init__(self, path: Path) -> None:
        super().__init__(msg.JOURNAL_REPLACED, path=path)


FileIdentity = tuple[int, int]


def file_identity(path: Path) -> FileIdentity | None:
    """(st_dev, st_ino) of ``path``: which file the name stands for; None if there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


class JournalCore:
    """An open journal's database, lock and clock; its transactions."""

    def __init__(
        self,
        database: OpenDatabase,
        paths: JournalPaths,
        data_key: bytes,
        journal_id: str,
        *,
        clock: Clock = datetime.now,
        lock: JournalLock | None = None,
        identity: FileIdentity | None = None,
    ) -> None:
        """Open a journal over an open database.

        ``lock``: the shared journal lock, held until ``close``. ``identity``: the
        database file's as it was before it was opened (``file_identity``).
        """
        self._database: OpenDatabase | None = database
        self._lock = lock
        self._identity = identity or file_identity(paths.database)
        self._paths = paths
        self._data_key = data_key
        self.journal_id = journal_id
        self._clock = clock
        # Moves with every write of this journal (committed or not): what was read
        # before it may be out of date (``TrendsCache``).
        self._revision = 0
        self._revision_lock = threading.Lock()  # writes come from the GUI and workers
        self._trends_cache = TrendsCache()
        self._search_cache = SearchCache()  # the Journal view's latest searches
        self.backup_made_on_open = database.backup_made
        # What the user should be told about the open, one line each (e.g. a log kept aside).
        self.open_notices: list[Message] = []
        if database.wal_set_aside is not None:
            self.open_notices.append(Message(msg.WAL_SET_ASIDE, path=database.wal_set_aside))
        with self._write() as session:
            if not CategoryRepository(session).all():
                CategoryRepository(session).replace_all(catalogues.DEFAULT_CATEGORIES)

    def __repr__(self) -> str:
        state = "open" if self._database else "locked"
        return f"<Journal {self._paths.root} {state}>"

    # --- life cycle ----------------------------------------------------------------

    @property
    def paths(self) -> JournalPaths:
        return self._paths

    @property
    def is_open(self) -> bool:
        return self._database is not None

    @property
    def data_key(self) -> bytes:
        """The raw data key, for remembering it in the keyring while the journal is open."""
        self._require_open()
        return self._data_key

    def close(self) -> None:
        self._search_cache.clear()  # snippets: the journal's text
        if self._database is not None:
            self._database.close()
            self._database = None
            _log.info("journal locked")
        if self._lock is not None:
            # After the connections are gone: a restore may replace the files from now on.
            self._lock.release()
            self._lock = None
        self._data_key = b""

    def _require_open(self) -> OpenDatabase:
        if self._database is None:
            raise JournalClosedError()
        return self._database

    def today(self) -> date:
        return self._clock().date()

    def now(self) -> datetime:
        """The journal's clock (fixed in tests): when an export or a report was made."""
        return self._clock()

    def _require_same_file(self) -> None:
        """Refuse to write when ``journal.db`` names another file than the one opened.

        The journal lock keeps every program that follows it from swapping the file
        under an open journal; this catches one that does not (a file manager, a sync
        tool): its writes would go into a file nobody reads again.
        """
        if file_identity(self._paths.database) != self._identity:
            _log.error("write refused: the journal file was replaced")
            raise JournalReplacedError(self._paths.database)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        database = self._require_open()
        self._require_same_file()
        try:
            with database.writer_sessions.begin() as session:
                yield session
                # Checked again with the write lock held, just before the commit: raising
                # here rolls the transaction back.
                self._require_same_file()
                # A read on this connection once it is given back must not look like one
                # from before the write (the revision moves only after that).
                from wellbeing_desktop.storage.series import renew_mark  # writes only

                renew_mark(session)
        except (DatabaseError, DRIVER_ERROR) as exc:
            # The driver's own errors too: a day's rows are written on the driver's
            # connection (``storage.day_rows``), past SQLAlchemy's wrapping.
            cause = getattr(exc, "orig", None) or exc
            message = database_error_message(cause, writing=True, folder=self._paths.root)
            raise StorageError(message) from None
        finally:
            with self._revision_lock:  # after the commit: a read that saw the old one is stale
                self._revision += 1

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._require_open().sessions.begin() as session:
                yield session
        except (DatabaseError, DRIVER_ERROR) as exc:
            cause = getattr(exc, "orig", None) or exc  # the driver's own too, as in ``_write``
            message = database_error_message(cause, writing=False, folder=self._paths.root)
            raise StorageError(message) from None
