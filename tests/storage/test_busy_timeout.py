"""A writer waits for another connection's write lock.

A writer waits for another connection's write lock instead of failing (issue 6: the CLI
writing while the GUI is open waits).
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from wellbeing_desktop.security.keyfile import generate_data_key
from wellbeing_desktop.storage.engine import (
    BUSY_TIMEOUT_ENV,
    BUSY_TIMEOUT_SECONDS,
    busy_timeout_seconds,
    connect_keyed,
    create_encrypted_engine,
)

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_every_connection_waits_for_a_busy_journal(tmp_path: Path) -> None:
    engine = create_encrypted_engine(tmp_path / "journal.db", generate_data_key(), create=True)
    with engine.connect() as conn:
        timeout = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    engine.dispose()
    assert timeout == int(BUSY_TIMEOUT_SECONDS * 1000)
    assert 10 <= BUSY_TIMEOUT_SECONDS <= 30


def test_a_second_writer_waits_for_the_first_and_then_writes(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    key = generate_data_key()
    engine = create_encrypted_engine(path, key, create=True)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (who TEXT)"))
    engine.dispose()

    first = connect_keyed(path, key)  # e.g. the GUI, in the middle of a save
    second = connect_keyed(path, key)  # e.g. the CLI
    first.execute("BEGIN IMMEDIATE")
    first.execute("INSERT INTO notes VALUES ('gui')")
    waited: list[float] = []
    errors: list[BaseException] = []

    def write_second() -> None:
        started = time.monotonic()
        try:
            second.execute("BEGIN IMMEDIATE")
            second.execute("INSERT INTO notes VALUES ('cli')")
            second.execute("COMMIT")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        waited.append(time.monotonic() - started)

    worker = threading.Thread(target=write_second)
    worker.start()
    time.sleep(1.0)  # the first writer holds the lock this long
    first.execute("COMMIT")
    worker.join(BUSY_TIMEOUT_SECONDS + 5)

    assert errors == []
    assert waited[0] >= 0.9  # it waited, it did not fail with "database is locked"
    rows = sorted(r[0] for r in first.execute("SELECT who FROM notes").fetchall())
    first.close()
    second.close()
    assert rows == ["cli", "gui"]


def test_production_waits_twenty_seconds_and_only_a_shorter_wait_can_be_asked_for() -> None:
    assert BUSY_TIMEOUT_SECONDS == 20.0
    assert busy_timeout_seconds({}) == 20.0
    assert busy_timeout_seconds({BUSY_TIMEOUT_ENV: "0.5"}) == 0.5
    for ignored in ("", "0", "-1", "nan", "soon", "20", "60", "inf"):
        assert busy_timeout_seconds({BUSY_TIMEOUT_ENV: ignored}) == 20.0, ignored


def test_every_connection_takes_the_wait_the_environment_asks_for_at_connect_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed: list[float] = []
    real_connect = sqlcipher.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        passed.append(kwargs["timeout"])
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlcipher, "connect", connect)  # the module engine.py calls
    key = generate_data_key()
    monkeypatch.delenv(BUSY_TIMEOUT_ENV, raising=False)
    connect_keyed(tmp_path / "journal.db", key).close()
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0.25")
    conn = connect_keyed(tmp_path / "journal.db", key)
    try:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 250
    finally:
        conn.close()
    assert passed == [BUSY_TIMEOUT_SECONDS, 0.25]
