"""A written report or export and its consent-log entry: both or neither.

The consent write is made to fail for real, inside the journal: a trigger that aborts
the insert the way a full disk does (before anything is published), and a deferred
foreign key that fails only at COMMIT (after the file was linked into place). Either
way the CLI says the file was not written, and no file (nor a temporary one) is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import PASSPHRASE, Journal, assert_ok
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage.engine import connect_keyed

if TYPE_CHECKING:
    from pathlib import Path

# A full disk as SQLite reports it, at the insert: nothing published yet.
FAIL_AT_INSERT = """
CREATE TRIGGER lp_test_full BEFORE INSERT ON export_log
BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
"""
# A deferred foreign key: the insert succeeds, the COMMIT fails (after the link).
FAIL_AT_COMMIT = """
CREATE TABLE lp_test_parent (id INTEGER PRIMARY KEY);
CREATE TABLE lp_test_child (
    parent INTEGER REFERENCES lp_test_parent(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TRIGGER lp_test_commit AFTER INSERT ON export_log
BEGIN INSERT INTO lp_test_child (parent) VALUES (999); END;
"""


def sabotage(journal: Journal, script: str) -> None:
    """Change the journal's own schema so that the next consent entry fails."""
    data_key = keyfile.unlock_with_passphrase(journal.data_dir / "journal.key", PASSPHRASE)
    conn = connect_keyed(journal.data_dir / "journal.db", data_key)
    try:
        conn.executescript(script)
        conn.commit()
    finally:
        conn.close()


def consent_count(journal: Journal) -> int:
    data_key = keyfile.unlock_with_passphrase(journal.data_dir / "journal.key", PASSPHRASE)
    conn = connect_keyed(journal.data_dir / "journal.db", data_key)
    try:
        return int(conn.execute("SELECT count(*) FROM export_log").fetchone()[0])
    finally:
        conn.close()


COMMANDS = {
    "report-md": ("report", "--kind", "one-on-one", "--format", "md"),
    "report-pdf": ("report", "--kind", "coach", "--format", "pdf"),
    "export-json": ("export", "--format", "json"),
    "export-csv": ("export", "--format", "csv"),
    "export-xlsx": ("export", "--format", "xlsx"),
}


@pytest.mark.parametrize("when", ["insert", "commit"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_failed_consent_entry_leaves_no_file(
    seeded: Journal, tmp_path: Path, command: str, when: str
) -> None:
    sabotage(seeded, FAIL_AT_INSERT if when == "insert" else FAIL_AT_COMMIT)
    entries = consent_count(seeded)  # the shared template may hold one already
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"file.{COMMANDS[command][-1]}"

    result = seeded.run(*COMMANDS[command], "--out", target)

    assert result.returncode != 0
    assert list(folder.iterdir()) == []  # neither the file nor a temporary one
    assert consent_count(seeded) == entries
    message = result.stderr.strip()  # and the message says so
    assert "\n" not in message
    assert "Traceback" not in message
    assert str(target) in message
    assert "not written" in message


def test_without_sabotage_both_file_and_entry(seeded: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "file.md"
    entries = consent_count(seeded)
    assert_ok(seeded.run("report", "--kind", "one-on-one", "--format", "md", "--out", target))
    assert target.exists()
    assert consent_count(seeded) == entries + 1
    assert [p.name for p in folder.iterdir()] == ["file.md"]  # no temporary file left
