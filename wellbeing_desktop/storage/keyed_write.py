"""One write transaction on a bare keyed connection, without SQLAlchemy (the quick ``log``).

``write_at_rest`` opens the journal file as the ordinary open's engine does
(``keyed.connect_keyed``: keyed, verified, the same pragmas and busy wait), checks the
schema revision, runs ``write(connection)`` inside BEGIN IMMEDIATE (one writer at a time:
it waits for another program's write, as the ordinary write does) and commits, or rolls
back and changes nothing.

Given the identity of the file as a page check found it whole (``whole_as``), it also
tells the caller the identity the commit left when the commit's pages are the only change
since (``on_whole``, for ``check_record.renew_after_write``): the write-ahead log was
empty as the write began, no other connection committed from then until the log was
folded into the file (SQLite's ``data_version``, read again under the write lock after
the fold), the file's identity was the checked one up to the commit and is taken under
the write lock after the fold, and no log or index is left beside the file after the
close (no other program had it open). BEGIN IMMEDIATE alone would not show it: it keeps
other writers out only while the transaction lasts, and another program may write
between the check and the BEGIN, or between the COMMIT and the close (whose fold of the
log would then carry that write into the file). In any of those cases no identity is
given and the next command checks every page.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, Any, TypeVar

import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.storage.check_record import Identity, identity, log_empty
from wellbeing_desktop.storage.errors import StorageError, database_error_message
from wellbeing_desktop.storage.keyed import connect_keyed, protect_sidecar_files
from wellbeing_desktop.storage.read_only import stored_settings
from wellbeing_desktop.storage.revisions import HEAD_REVISION

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

T = TypeVar("T")


def write_at_rest(
    path: Path,
    data_key: bytes,
    write: Callable[[Any], T | None],
    *,
    before: Callable[[dict[str, object]], None],
    before_commit: Callable[[], None],
    whole_as: Identity | None = None,
    on_whole: Callable[[Identity], None] | None = None,
) -> T | None:
    """``write(connection)`` committed in one transaction, or None having changed nothing.

    ``before`` is given the journal's stored settings before the write begins (the
    caller's language for what follows). ``before_commit`` runs with the write lock held,
    just before the commit; what it raises rolls the write back and is raised.
    None: the file did not open as the ordinary open would simply open it (the key, the
    driver, its settings), its schema is not current, or ``write`` returned None (rolled
    back). Once the transaction has begun, a driver failure (busy for longer than the
    wait, a full disk) is raised as a StorageError worded as every write words it.
    ``whole_as``/``on_whole``: see the module's docstring; ``on_whole`` is called after
    the close, and what it raises is the caller's.
    """
    try:
        conn = connect_keyed(path, data_key)
    except (WellbeingError, sqlcipher.Error):
        return None  # the ordinary open words it
    try:
        protect_sidecar_files(path)
        try:
            settings = stored_settings(conn)
        except (sqlcipher.Error, ValueError):
            return None
        before(settings)
        after: Identity | None = None
        try:
            alone = whole_as is not None and on_whole is not None
            version = _data_version(conn) if alone else 0
            alone = alone and log_empty(path)
            conn.execute("BEGIN IMMEDIATE")
            current = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            answer = write(conn) if current == [(HEAD_REVISION,)] else None
            if answer is None:
                conn.execute("ROLLBACK")
                return None
            before_commit()
            alone = alone and _data_version(conn) == version and _identity(path) == whole_as
            conn.execute("COMMIT")
            if alone:
                after = _folded_alone(conn, path, version)
        except sqlcipher.Error as exc:
            _roll_back(conn)
            message = database_error_message(exc, writing=True, folder=path.parent)
            raise StorageError(message) from None
        except BaseException:
            _roll_back(conn)
            raise
    finally:
        conn.close()  # the last connection folds the log in, as the engine's dispose does
    if after is not None and on_whole is not None and _alone_after_close(path, after):
        on_whole(after)
    return answer


def _data_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def _identity(path: Path) -> Identity | None:
    try:
        return identity(os.stat(path))
    except OSError:
        return None


def _folded_alone(conn: Any, path: Path, version: int) -> Identity | None:
    """The file's identity once the committed log is folded in, if no one else wrote.

    The log is folded into the file (what the close would do), every frame of it, then
    the write lock is taken again: no other connection committed since ``version`` was
    read (the log was empty then), so the frames folded in were this connection's commit
    alone and the file holds what it held plus that commit. A failure here (another
    writer holding the lock: no wait) is no failure of the write (it is committed): no
    identity, and the close folds the log in as always.
    """
    try:
        # PASSIVE: the close's own fold, done first (the close then finds nothing to do).
        busy, frames, folded = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if busy or frames != folded:
            return None
        # No wait here: the write is committed, and a writer now busy is another commit.
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _data_version(conn) != version:
                return None  # a commit since: frames the fold may not have taken
            return _identity(path)
        finally:
            conn.execute("ROLLBACK")
    except sqlcipher.Error:
        return None


def _alone_after_close(path: Path, after: Identity) -> bool:
    """Nothing beside the file after the close (no other program has it open), unchanged."""
    for suffix in ("-wal", "-shm"):
        if os.path.lexists(path.with_name(path.name + suffix)):
            return False
    return _identity(path) == after


def _roll_back(conn: Any) -> None:
    if conn.in_transaction:
        with contextlib.suppress(sqlcipher.Error):  # closing the connection rolls it back
            conn.execute("ROLLBACK")
