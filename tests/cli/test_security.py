"""Unlocking, re-keying, the keyring, integrity: and that nothing readable reaches the disk."""

from __future__ import annotations

import re
import secrets
import sqlite3
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from tests.cli.cli_support import (
    PASSPHRASE,
    Journal,
    assert_ok,
    assert_user_error,
    describe,
    run_cli,
    write_secret,
)
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage.engine import BUSY_TIMEOUT_ENV

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

# --- wrong passphrase -------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["show"], id="show"),
        pytest.param(["passwd", "--new-passphrase-file", "{other}"], id="passwd"),
    ],
)
def test_wrong_passphrase_changes_no_byte(
    seeded: Journal, wrong_passphrase_file: Path, other_passphrase_file: Path, args: list[str]
) -> None:
    before = seeded.snapshot()
    args = [a.replace("{other}", str(other_passphrase_file)) for a in args]

    result = run_cli(*args, data_dir=seeded.data_dir, passphrase_file=wrong_passphrase_file)

    assert_user_error(result, "wrong passphrase")
    assert seeded.snapshot() == before


def test_wrong_passphrase_from_the_environment(seeded: Journal) -> None:
    before = seeded.snapshot()

    result = run_cli(
        "show", data_dir=seeded.data_dir, env={"WELLBEING_PASSPHRASE": "not it at all"}
    )

    assert_user_error(result, "wrong passphrase")
    assert seeded.snapshot() == before


def test_passphrase_from_the_environment(seeded: Journal) -> None:
    result = run_cli("show", data_dir=seeded.data_dir, env={"WELLBEING_PASSPHRASE": PASSPHRASE})
    assert assert_ok(result).stdout.startswith("2025-06-02")


def test_passphrase_file_wins_over_the_environment(seeded: Journal) -> None:
    result = seeded.run("show", env={"WELLBEING_PASSPHRASE": "not it at all"})
    assert_ok(result)
    assert result.stdout.startswith("2025-06-02")


def test_no_passphrase_source_off_a_terminal_is_a_clear_error(seeded: Journal) -> None:
    before = seeded.snapshot()

    result = run_cli("show", data_dir=seeded.data_dir)

    assert_user_error(result, "no passphrase", "--passphrase-file", "WELLBEING_PASSPHRASE")
    assert seeded.snapshot() == before


def test_missing_passphrase_file_is_a_clear_error(seeded: Journal, tmp_path: Path) -> None:
    before = seeded.snapshot()

    result = run_cli("show", data_dir=seeded.data_dir, passphrase_file=tmp_path / "nope.txt")

    assert_user_error(result, "--passphrase-file", "nope.txt")
    assert seeded.snapshot() == before


# --- the canary: journal text is found by search but is in no byte on disk ---------------


def canary_forms(*canaries: str) -> list[bytes]:
    forms = []
    for canary in canaries:
        for text in {canary, canary.lower(), canary.upper()}:
            forms += [text.encode("utf-8"), text.encode("utf-16-le")]
    return forms


def files_containing(root: Path, forms: list[bytes]) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.relative_to(root)}: {form!r}" for form in forms if form in data]
    return found


@contextmanager
def second_connection(journal: Journal) -> Iterator[Any]:
    """Another program's keyed connection to the journal (as the GUI would hold one)."""
    data_key = keyfile.unlock_with_passphrase(journal.data_dir / "journal.key", PASSPHRASE)
    conn = sqlcipher.connect(str(journal.data_dir / "journal.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        yield conn
    finally:
        conn.close()


def test_canary_is_searchable_but_in_no_byte_under_the_data_dir(
    seeded: Journal, tmp_path: Path
) -> None:
    token = secrets.token_hex(6)
    note_canary = f"CANARY-{token.upper()}-Rødgrød"
    tag_canary = f"canary{token}"
    assert_ok(
        seeded.run(
            "log",
            "--date",
            "2025-06-03",
            "--note",
            f"Confidential: {note_canary} about a dismissal",
            "--tag",
            tag_canary,
            "--new-signal",
            f"Own signal {token}",
        )
    )

    found = assert_ok(seeded.run("search", f"CANARY-{token}"))
    assert "2025-06-03" in found.stdout
    assert "2025-06-03" in assert_ok(seeded.run("search", tag_canary)).stdout
    assert "The journal file is intact" in assert_ok(seeded.run("check")).stdout

    forms = canary_forms(note_canary, tag_canary, token, f"Own signal {token}")
    assert files_containing(seeded.data_dir, forms) == []
    # The scan itself works: it does find the canary where it is in the clear.
    (tmp_path / "plain.txt").write_text(f"x {tag_canary} x", encoding="utf-16-le")
    assert f"plain.txt: {tag_canary.encode('utf-16-le')!r}" in files_containing(tmp_path, forms)


def test_canary_is_not_in_the_write_ahead_log_either(seeded: Journal) -> None:
    token = secrets.token_hex(6)
    canary = f"WALCANARY{token}"

    # While another connection is open, the CLI's exit cannot checkpoint and remove the WAL.
    with second_connection(seeded):
        assert_ok(seeded.run("log", "--date", "2025-06-04", "--note", canary, "--tag", canary))
        names = {p.name for p in seeded.data_dir.iterdir()}
        if "journal.db-wal" not in names:
            pytest.skip(f"no WAL file was left to scan ({sorted(names)})")
        assert (seeded.data_dir / "journal.db-wal").stat().st_size > 0
        assert files_containing(seeded.data_dir, canary_forms(canary, token)) == []


def test_a_journal_busy_in_another_program_is_not_reported_as_damaged(seeded: Journal) -> None:
    """Another program (the GUI, a second terminal) is in the middle of a write."""
    with second_connection(seeded) as other:
        other.execute("BEGIN IMMEDIATE")
        try:
            # Half a second, not the 20 s of production (tests/storage/test_busy_timeout.py).
            result = seeded.run("show", env={BUSY_TIMEOUT_ENV: "0.5"})
        finally:
            other.execute("ROLLBACK")

    assert "Traceback" not in result.stderr
    assert "damaged" not in result.stderr, describe(result)
    assert "backup" not in result.stderr, describe(result)
    if result.returncode != 0:
        assert_user_error(result, "busy")


def test_no_file_under_the_data_dir_is_a_plain_sqlite_database(seeded: Journal) -> None:
    for path in (p for p in seeded.data_dir.rglob("*") if p.is_file()):
        with path.open("rb") as handle:
            assert not handle.read(16).startswith(b"SQLite format 3"), path
    conn = sqlite3.connect(f"file:{seeded.data_dir / 'journal.db'}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        conn.close()


# --- passphrase change and recovery ----------------------------------------------------


def test_passwd_changes_the_passphrase_and_keeps_the_journal(
    seeded: Journal, other_passphrase_file: Path
) -> None:
    database_before = (seeded.data_dir / "journal.db").read_bytes()

    assert_ok(seeded.run("passwd", "--new-passphrase-file", other_passphrase_file))

    assert_user_error(seeded.run("show"), "wrong passphrase")
    shown = run_cli("show", data_dir=seeded.data_dir, passphrase_file=other_passphrase_file)
    assert assert_ok(shown).stdout.startswith("2025-06-02")
    # Rewrapping the key does not touch the database.
    assert (seeded.data_dir / "journal.db").read_bytes() == database_before
    assert oct((seeded.data_dir / "journal.key").stat().st_mode & 0o777) == "0o600"


def test_passwd_with_a_too_short_new_passphrase_changes_nothing(
    seeded: Journal, tmp_path: Path
) -> None:
    short = write_secret(tmp_path / "short.txt", "short")
    before = seeded.snapshot()

    assert_user_error(seeded.run("passwd", "--new-passphrase-file", short), "passphrase")

    assert seeded.snapshot() == before


def test_passwd_without_a_new_passphrase_off_a_terminal_changes_nothing(seeded: Journal) -> None:
    before = seeded.snapshot()

    assert_user_error(seeded.run("passwd"), "passphrase")

    assert seeded.snapshot() == before


def test_recover_sets_a_new_passphrase_with_the_recovery_key(
    seeded: Journal, other_passphrase_file: Path
) -> None:
    result = run_cli(
        "recover",
        "--recovery-key-file",
        seeded.recovery_key_file,
        "--new-passphrase-file",
        other_passphrase_file,
        data_dir=seeded.data_dir,
    )
    assert_ok(result)

    assert_user_error(seeded.run("show"), "wrong passphrase")
    shown = run_cli("show", data_dir=seeded.data_dir, passphrase_file=other_passphrase_file)
    assert assert_ok(shown).stdout.startswith("2025-06-02")


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("0000-0000-0000-0000-0000-0000-0000-0000", id="well-formed"),
        pytest.param("not a recovery key", id="garbage"),
    ],
)
def test_wrong_recovery_key_changes_nothing(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path, code: str
) -> None:
    wrong = write_secret(tmp_path / "wrong-key.txt", code)
    before = seeded.snapshot()

    result = run_cli(
        "recover",
        "--recovery-key-file",
        wrong,
        "--new-passphrase-file",
        other_passphrase_file,
        data_dir=seeded.data_dir,
    )

    assert_user_error(result, "recovery key")
    assert seeded.snapshot() == before


def test_recover_without_a_new_passphrase_off_a_terminal_changes_nothing(
    seeded: Journal,
) -> None:
    before = seeded.snapshot()

    result = run_cli(
        "recover", "--recovery-key-file", seeded.recovery_key_file, data_dir=seeded.data_dir
    )

    assert_user_error(result, "passphrase")
    assert seeded.snapshot() == before


# --- keyring ---------------------------------------------------------------------------


def test_remember_without_a_keyring_says_so_and_changes_nothing(seeded: Journal) -> None:
    before = seeded.snapshot()

    assert_user_error(seeded.run("remember"), "keyring")

    assert seeded.snapshot() == before


def test_forget_without_a_keyring_is_clear(seeded: Journal) -> None:
    before = seeded.snapshot()

    result = seeded.run("forget")

    assert result.returncode in (0, 1), describe(result)
    assert "Traceback" not in result.stderr
    message = (result.stdout + result.stderr).strip()
    assert len(message.splitlines()) == 1, describe(result)
    assert "keyring" in message.lower()
    assert "unexpected error" not in message
    assert seeded.snapshot() == before


# --- integrity check -------------------------------------------------------------------


def test_check_on_a_healthy_journal(seeded: Journal) -> None:
    before = seeded.snapshot()

    result = assert_ok(seeded.run("check"))

    assert "intact" in result.stdout
    assert seeded.snapshot() == before


def flip_byte(path: Path, offset: int) -> bytes:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return bytes(data)


def test_check_on_a_damaged_journal_reports_it_and_keeps_the_file(seeded: Journal) -> None:
    database = seeded.data_dir / "journal.db"
    size = database.stat().st_size
    damaged = flip_byte(database, size // 2)
    before = seeded.snapshot()

    result = seeded.run("check")

    assert result.returncode == 1, describe(result)
    assert "Traceback" not in result.stderr
    assert result.stderr.strip(), describe(result)
    last_line = result.stderr.strip().splitlines()[-1]
    assert "unexpected error" not in last_line, describe(result)
    assert re.search(r"damaged|problem|backup", last_line, re.IGNORECASE), describe(result)
    assert database.stat().st_size == size
    assert database.read_bytes() == damaged
    assert seeded.snapshot() == before


def test_an_unreadable_journal_is_never_replaced_by_a_write(seeded: Journal) -> None:
    database = seeded.data_dir / "journal.db"
    damaged = flip_byte(database, 100)  # inside the first page: nothing can be read
    before = seeded.snapshot()

    result = seeded.run("log", "--date", "2025-06-05", "--stress", "2")

    assert_user_error(result, "journal.db")
    assert database.read_bytes() == damaged
    assert seeded.snapshot() == before


def test_key_file_from_another_journal_is_refused(seeded: Journal) -> None:
    """A key file that the passphrase opens, but whose data key is not this database's."""
    key_file = seeded.data_dir / "journal.key"
    key_file.unlink()
    keyfile.create_key_file(key_file, PASSPHRASE, kdf=keyfile.TEST_KDF)
    before = seeded.snapshot()

    result = seeded.run("show")

    assert_user_error(result, "journal.db")
    assert seeded.snapshot() == before
