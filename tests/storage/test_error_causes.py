"""Driver errors are named by their cause, read from SQLite's error name (issue #13, 12).

Real sqlcipher3 errors, provoked on real files: never the English message text.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.storage.cipher import raw_key_literal
from wellbeing_desktop.storage.errors import Cause, cause_of, database_error_message, is_damage

KEY = bytes(range(32))


def _error(action: object) -> sqlcipher.Error:
    with pytest.raises(sqlcipher.Error) as caught:
        action()  # type: ignore[operator]
    return caught.value


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "journal.db"
    conn = sqlcipher.connect(str(path))
    conn.set_key(raw_key_literal(KEY))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def _keyed(target: str, *, uri: bool = False, timeout: float = 5.0) -> sqlcipher.Connection:
    conn = sqlcipher.connect(target, uri=uri, timeout=timeout, isolation_level=None)
    conn.set_key(raw_key_literal(KEY))
    return conn


def test_a_write_to_a_file_opened_read_only_is_not_damage(database: Path) -> None:
    conn = _keyed(f"file:{database}?immutable=1", uri=True)
    error = _error(lambda: conn.execute("INSERT INTO t VALUES (1)"))
    conn.close()

    assert error.sqlite_errorname.startswith("SQLITE_READONLY")
    assert cause_of(error) is Cause.READ_ONLY
    assert not is_damage(error)
    line = str(database_error_message(error, writing=True, folder=database.parent))
    assert line == f"The journal in {database.parent} is open for reading only; nothing was saved."


def test_another_writer_is_busy_not_damage(database: Path) -> None:
    holder = _keyed(str(database))
    holder.execute("BEGIN IMMEDIATE")
    waiter = _keyed(str(database), timeout=0)
    error = _error(lambda: waiter.execute("BEGIN IMMEDIATE"))
    holder.rollback()
    holder.close()
    waiter.close()

    assert cause_of(error) is Cause.BUSY
    assert "busy in another window or program" in str(
        database_error_message(error, writing=True, folder=database.parent)
    )


def test_a_wrong_key_is_not_a_database_and_counts_as_damage(database: Path) -> None:
    conn = sqlcipher.connect(str(database))
    conn.set_key(raw_key_literal(bytes(32)))
    error = _error(lambda: conn.execute("SELECT count(*) FROM sqlite_master").fetchall())
    conn.close()

    assert error.sqlite_errorname == "SQLITE_NOTADB"
    assert cause_of(error) is Cause.NOT_A_DATABASE
    assert is_damage(error)


def test_a_vague_error_in_a_read_only_folder_names_the_folder(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As root a chmod does not stop writes; ask the folder check as if it were read-only.
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int) -> bool:
        return False if Path(path) == database.parent else real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    error = sqlcipher.OperationalError("unable to open database file")

    assert cause_of(error, database.parent) is Cause.READ_ONLY
    assert str(database_error_message(error, writing=True, folder=database.parent)) == (
        f"The folder {database.parent} cannot be written (it is read-only); nothing was saved."
    )
