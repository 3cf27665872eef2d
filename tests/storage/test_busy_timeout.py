"""A writer waits for another connection's write lock instead of failing (issue 6: the CLI
writing while the GUI is open waits).
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from sqlalchemy import text

from wellbeing_desktop.security.keyfile import generate_data_key
from wellbeing_desktop.storage.engine import (
    BUSY_TIMEOUT_SECONDS,
    connect_keyed,
    create_encrypted_engine,
)

if TYPE_CHECKING:
    from pathlib import Path


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
