"""One write transaction on a bare keyed connection, without SQLAlchemy (the quick ``log``).

``write_at_rest`` opens the journal file as the ordinary open's engine does
(``keyed.connect_keyed``: keyed, verified, the same pragmas and busy wait), checks the
schema revision, runs ``write(connection)`` inside BEGIN IMMEDIATE (one writer at a time:
it waits for another program's write, as the ordinary write does) and commits, or rolls
back and changes nothing.

It renews no check record for the file its commit leaves (``check_record``): the commit
changes the file's identity, and the next command checks every page again.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, TypeVar

import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.domain.errors import WellbeingError
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
) -> T | None:
    """``write(connection)`` committed in one transaction, or None having changed nothing.

    ``before`` is given the journal's stored settings before the write begins (the
    caller's language for what follows). ``before_commit`` runs with the write lock held,
    just before the commit; what it raises rolls the write back and is raised.
    None: the file did not open as the ordinary open would simply open it (the key, the
    driver, its settings), its schema is not current, or ``write`` returned None (rolled
    back). Once the transaction has begun, a driver failure (busy for longer than the
    wait, a full disk) is raised as a StorageError worded as every write words it.
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
        try:
            conn.execute("BEGIN IMMEDIATE")
            current = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            answer = write(conn) if current == [(HEAD_REVISION,)] else None
            if answer is None:
                conn.execute("ROLLBACK")
                return None
            before_commit()
            conn.execute("COMMIT")
        except sqlcipher.Error as exc:
            _roll_back(conn)
            message = database_error_message(exc, writing=True, folder=path.parent)
            raise StorageError(message) from None
        except BaseException:
            _roll_back(conn)
            raise
    finally:
        conn.close()  # the last connection folds the log in, as the engine's dispose does
    return answer


def _roll_back(conn: Any) -> None:
    if conn.in_transaction:
        with contextlib.suppress(sqlcipher.Error):  # closing the connection rolls it back
            conn.execute("ROLLBACK")
