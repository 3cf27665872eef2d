"""The encrypted engine: keyed, pinned, transactional, and unreadable without the key."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from wellbeing_desktop.security.keyfile import generate_data_key
from wellbeing_desktop.storage.engine import create_encrypted_engine
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.db"


def test_file_is_encrypted_from_the_first_byte(db_path: Path) -> None:
    engine = create_encrypted_engine(db_path, generate_data_key(), create=True)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body TEXT)"))
        conn.execute(text("INSERT INTO notes VALUES ('CANARY-ENGINE-7731')"))
    engine.dispose()

    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3\x00")
    assert b"CANARY-ENGINE-7731" not in raw
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_every_connection_is_pinned_and_durable(db_path: Path) -> None:
    engine = create_encrypted_engine(db_path, generate_data_key(), create=True)
    with engine.connect() as conn:

        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert str(pragma("cipher_version")).startswith("4.")
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("temp_store") == 2  # MEMORY
        assert str(pragma("cipher_plaintext_header_size")) == "0"
    engine.dispose()


def test_wrong_key_is_refused_and_the_file_is_left_alone(db_path: Path) -> None:
    create_encrypted_engine(db_path, generate_data_key(), create=True).dispose()
    before = db_path.read_bytes()

    with pytest.raises(StorageError, match="cannot be read with its key"):
        create_encrypted_engine(db_path, generate_data_key())

    assert db_path.read_bytes() == before


def test_opening_never_creates_a_journal(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(StorageError, match="No journal file"):
        create_encrypted_engine(missing, generate_data_key())
    assert not missing.exists()

    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StorageError, match="empty"):
        create_encrypted_engine(empty, generate_data_key())
    assert empty.stat().st_size == 0


def test_ddl_rolls_back_with_its_transaction(db_path: Path) -> None:
    # The driver alone would autocommit CREATE TABLE; migrations depend on this.
    engine = create_encrypted_engine(db_path, generate_data_key(), create=True)

    def create_then_fail() -> None:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE doomed (x INTEGER)"))
            raise RuntimeError("fail midway")

    with pytest.raises(RuntimeError):
        create_then_fail()
    with engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master")).scalars().all()
    assert "doomed" not in names
    engine.dispose()


def test_errors_do_not_carry_journal_text(db_path: Path) -> None:
    engine = create_encrypted_engine(db_path, generate_data_key(), create=True)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
        conn.execute(text("INSERT INTO notes VALUES (1, 'first')"))
    with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
        conn.execute(
            text("INSERT INTO notes VALUES (:id, :body)"), {"id": 1, "body": "CANARY-ERR-5512"}
        )
    assert "CANARY-ERR-5512" not in str(caught.value)
    engine.dispose()
