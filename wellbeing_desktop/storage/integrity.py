"""Checking the journal file page by page, without changing it."""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from wellbeing_desktop.storage.engine import driver_connection


def integrity_problems(engine: Engine) -> list[str]:
    """Problems found by SQLCipher's HMAC check, SQLite's integrity and foreign-key checks.

    An empty list means the file is intact. A page too damaged to read is reported as a
    problem, not raised.
    """
    try:
        with driver_connection(engine) as conn:
            problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [
                f"foreign key problem in {r[0]}" for r in conn.execute("PRAGMA foreign_key_check")
            ]
    except (sqlcipher.DatabaseError, DatabaseError) as exc:
        return [f"the file cannot be read ({exc})"]
    return problems
