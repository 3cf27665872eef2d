"""The journal's lock protocol: who may have ``journal.db`` open, and who may replace it.

Every process that opens the journal (the GUI, each CLI command, the quick search) holds a
**shared** lock on ``<data folder>/journal.lock`` for as long as it has the database open.
Whatever replaces the journal's files (``restore``, ``passwd --rotate-key``, finishing an
interrupted swap) holds the **exclusive** lock from before its first check until the files
are in place. So a file is never swapped under a process that has it open, and a process
never opens a half-swapped pair.

API (stable; other branches build on it)::

    lock = acquire_shared(paths)            # waits up to SHARED_WAIT_SECONDS for a restore
    ...                                      # raises RestoreUnderWayError after that
    lock.release()                           # idempotent; also ``with acquire_shared(...)``

    lock = acquire_exclusive(paths)         # never waits: raises JournalLockBusyError
    ...                                      # when any process holds the lock
    lock.release()

    lock = acquire_exclusive(paths, wait=5.0)   # or waits that long first

The lock is ``fcntl.flock`` on a lock file of its own (0600, created once, never deleted and
never renamed by any swap), so it survives the database and key file being replaced and
goes away with the process that held it (a killed process holds nothing). ``flock`` locks
belong to one open file description: two acquires in one process are two lockers, as if
they were two processes, and SQLite's own POSIX locks on ``journal.db`` are not disturbed.

A data folder that cannot be written and has no lock file yet (a read-only copy) gets an
unheld lock: nothing can be restored there either. On a platform without ``fcntl``
(Windows) every lock is unheld and the behaviour is what it was before the protocol: the
SQLite lock check in ``restore`` is the only guard there.

The GUI's single-instance ``.lock`` (a ``QLockFile``) is a different file with another job.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import sys
import time
from typing import TYPE_CHECKING, Protocol

from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

if sys.platform != "win32":  # Windows has no flock: every lock is unheld there
    import fcntl

log = logging.getLogger(__name__)

# How long opening the journal waits for a restore (the exclusive lock) to finish.
SHARED_WAIT_SECONDS = 8.0
_POLL_SECONDS = 0.05
_READ_ONLY_ERRORS = (errno.EROFS, errno.EACCES, errno.EPERM)


class JournalFiles(Protocol):
    """What the lock and the swap need of ``paths.JournalPaths`` (storage cannot import it)."""

    @property
    def root(self) -> Path: ...
    @property
    def database(self) -> Path: ...
    @property
    def key_file(self) -> Path: ...
    @property
    def journal_lock(self) -> Path: ...
    @property
    def swap_intent(self) -> Path: ...


class RestoreUnderWayError(StorageError):
    """Opening the journal waited for the exclusive lock and it was not let go."""

    def __init__(self, paths: JournalFiles) -> None:
        super().__init__(msg.RESTORE_UNDER_WAY, path=paths.root)


class JournalLockBusyError(StorageError):
    """The exclusive lock was asked for while another process has the journal open."""

    def __init__(self, paths: JournalFiles) -> None:
        super().__init__(msg.LOCK_BUSY, path=paths.root)


class JournalLock:
    """One held (or, where locking cannot be done, unheld) lock on ``journal.lock``."""

    def __init__(self, fd: int | None, *, exclusive: bool) -> None:
        self._fd = fd
        self.exclusive = exclusive

    def __repr__(self) -> str:
        state = "released" if self._fd is None else "exclusive" if self.exclusive else "shared"
        return f"<JournalLock {state}>"

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go (closing the descriptor drops the flock); a second call does nothing."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def __enter__(self) -> JournalLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def acquire_shared(paths: JournalFiles, *, wait: float | None = None) -> JournalLock:
    """The shared lock, for as long as this process has the journal open.

    Waits up to ``wait`` seconds (default SHARED_WAIT_SECONDS) while the exclusive lock is
    held (a restore), then raises RestoreUnderWayError.
    """
    wait = SHARED_WAIT_SECONDS if wait is None else wait
    lock = _acquire(paths, exclusive=False, wait=wait)
    if lock is None:
        log.warning("journal lock not granted: a restore is under way")
        raise RestoreUnderWayError(paths)
    return lock


def acquire_exclusive(paths: JournalFiles, *, wait: float = 0.0) -> JournalLock:
    """The exclusive lock, for replacing the journal's files.

    Without ``wait`` it never waits: JournalLockBusyError at once when any process (this
    one included, through another ``acquire_*``) holds the lock.
    """
    lock = _acquire(paths, exclusive=True, wait=wait)
    if lock is None:
        log.warning("exclusive journal lock refused: the journal is open elsewhere")
        raise JournalLockBusyError(paths)
    return lock


def _acquire(paths: JournalFiles, *, exclusive: bool, wait: float) -> JournalLock | None:
    if sys.platform == "win32":  # pragma: no cover - see the module notes
        return JournalLock(None, exclusive=exclusive)
    fd = _open_lock_file(paths.journal_lock)
    if fd is None:
        return JournalLock(None, exclusive=exclusive)
    operation = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, operation)
            return JournalLock(fd, exclusive=exclusive)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                return None
            time.sleep(_POLL_SECONDS)
        except BaseException:
            os.close(fd)
            raise


def _open_lock_file(path: Path) -> int | None:
    """The lock file's descriptor (created 0600 if missing), or None where it cannot be.

    Never follows a link and never blocks on a FIFO put in its place.
    """
    flags = os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | flags, 0o600)
    except OSError as exc:
        if exc.errno not in _READ_ONLY_ERRORS:
            reason = exc.strerror or type(exc).__name__
            raise StorageError(msg.LOCK_FILE_UNUSABLE, path=path, reason=reason) from None
        try:  # a read-only folder or file system: an existing lock file still locks
            fd = os.open(path, os.O_RDONLY | flags)
        except OSError:
            log.warning("journal lock file cannot be made (read-only folder); not locking")
            return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise StorageError(msg.LOCK_FILE_NOT_REGULAR, path=path)
        if info.st_mode & 0o077:
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)
    except BaseException:
        os.close(fd)
        raise
    return fd
