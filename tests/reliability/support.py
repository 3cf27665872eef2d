"""Shared pieces of the reliability tests: sizing, figures for the report, journals.

Sizing: every long-running test takes its size from :func:`sized` (``tests/sizing.py``).
By default each runs a short version (the one ``./scripts/test`` runs);
``WELLBEING_LONG_TESTS=1`` (``pytest -m long``, a step of its own in ``.ci/run``) runs
each test much longer.

Figures: each test hands its numbers to :func:`record_figures`. When
``WELLBEING_RELIABILITY_OUT`` names a folder, they are written there as
``<name>.json`` for ``scripts/reliability_report.py``; otherwise nothing is written.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.sizing import LONG_ENV as LONG_ENV
from tests.sizing import long_run as long_run
from tests.sizing import sized as sized
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.storage.engine import connect_keyed

OUT_ENV = "WELLBEING_RELIABILITY_OUT"

PASSPHRASE = "correct horse battery staple"
FIXED_NOW = datetime(2026, 11, 26, 17, 30)
REPO_ROOT = Path(__file__).resolve().parents[2]


def record_figures(name: str, figures: dict[str, Any]) -> None:
    """Write one test's figures for the report (only when the report asked for them)."""
    folder = os.environ.get(OUT_ENV)
    if not folder:
        return
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    document = {"test": name, "long_run": long_run(), **figures}
    (target / f"{name}.json").write_text(
        json.dumps(document, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8"
    )


def fixed_clock() -> datetime:
    return FIXED_NOW


def access_for(root: Path) -> JournalAccess:
    """Access to the journal in ``root`` with the cheap test KDF and the fixed clock."""
    return JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF, clock=fixed_clock)


def write_passphrase_file(path: Path) -> Path:
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def file_hashes(root: Path) -> dict[str, str | None]:
    """Every entry under ``root``: relative path -> sha256 of a file, None for a folder."""
    result: dict[str, str | None] = {}
    if not root.exists():
        return result
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_dir():
            result[rel] = None
        else:
            result[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def one_line(message: str) -> bool:
    """A user-facing message: one non-empty line, no traceback."""
    text = message.strip()
    return bool(text) and "\n" not in text and "Traceback" not in text


def sqlite_verdict(folder: Path) -> str:
    """SQLCipher's own view of a journal the app refused to open.

    A plain read-write connection on a copy (which applies the WAL, as SQLite always
    does), its integrity check and day count, then a checkpoint and the page check.
    """
    copy = folder.with_name(folder.name + "-as-sqlite-sees-it")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy)
    try:
        data_key = keyfile.unlock_with_passphrase(copy / "journal.key", PASSPHRASE)
        conn = connect_keyed(copy / "journal.db", data_key)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            days = conn.execute("SELECT count(*) FROM day_logs").fetchone()[0]
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            pages = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
        finally:
            conn.close()
    except Exception as exc:  # noqa: BLE001  (a verdict, not a crash)
        return f"SQLite cannot read it either: {type(exc).__name__}"
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    return (
        f"SQLite itself: integrity_check {verdict}, {days} days readable, "
        f"{pages} bad pages after a checkpoint"
    )
