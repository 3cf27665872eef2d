"""Whether another process has the journal's SQLite file open (no SQLAlchemy here).

``sidecars`` asks before it moves a write-ahead log aside, ``backup`` and the restore before
they replace files; the quick ``log`` imports it without the engine.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

if sys.platform != "win32":  # elsewhere "in use" is not detected and assumed not to be
    import fcntl

# --- is the journal open somewhere else? -------------------------------------------------

# SQLite's unix locking: every connection holds a read lock on a byte of this range for as
# long as it has the database open in WAL mode (and during each read in rollback mode).
_PENDING_BYTE = 0x40000000
_SHARED_FIRST = _PENDING_BYTE + 2
_SHARED_SIZE = 510


def database_in_use(path: Path) -> bool:
    """Whether another process has the SQLite file at ``path`` open.

    Asks for a write lock on SQLite's shared-lock range, without waiting, and lets go at
    once. POSIX locks belong to the whole process, so call this only when this process has
    no connection to the file: closing our descriptor would drop that connection's locks.
    """
    if sys.platform == "win32":  # pragma: no cover
        return False
    try:
        fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST)
        except OSError:
            return True
        fcntl.lockf(fd, fcntl.LOCK_UN, _SHARED_SIZE, _SHARED_FIRST)
        return False
    finally:
        os.close(fd)
