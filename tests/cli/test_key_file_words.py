"""The key file's odd states get words that say what they are (issue 13, items 9, 10, 14).

Through the real CLI in a subprocess with a timeout: a pipe or device in the key file's
place is refused at once instead of hanging every command. Through the CLI in this
process: a huge file is "too large", not "empty"; a slot from another journal or
relabelled slots say the file is damaged or belongs to another journal, not "wrong
passphrase"; a key derivation below the floor is refused. Nothing is changed.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import PASSPHRASE, Journal, assert_ok, assert_user_error, cli_env
from wellbeing_desktop.security import keyfile, keyfile_format

if TYPE_CHECKING:
    from pathlib import Path

QUICK = 30  # seconds: a refused key file is answered at once, never after a wait


def run_quick(journal: Journal, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "wellbeing_desktop", *args]
    command += ["--data-dir", str(journal.data_dir), "--passphrase-file"]
    command += [str(journal.passphrase_file)]
    return subprocess.run(
        command,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_env(),
        timeout=QUICK,
        check=False,
    )


def _command(name: str, new_passphrase_file: Path) -> list[str]:
    if name == "passwd":
        return [name, "--new-passphrase-file", str(new_passphrase_file)]
    return [name]


def _key(journal: Journal) -> Path:
    return journal.data_dir / "journal.key"


def _edit(path: Path, edit: object) -> None:
    doc = json.loads(path.read_text())
    edit(doc)  # type: ignore[operator]
    doc["checksum"] = keyfile_format.checksum(doc)  # a deliberate edit: the checksum recomputed
    path.write_text(json.dumps(doc, indent=2) + "\n")


@pytest.mark.parametrize("command", ["show", "backup", "passwd"])
def test_a_fifo_as_the_key_file_is_refused_at_once(
    seeded: Journal, command: str, other_passphrase_file: Path
) -> None:
    key = _key(seeded)
    database = (seeded.data_dir / "journal.db").read_bytes()
    key.unlink()
    os.mkfifo(key, 0o600)
    started = time.monotonic()
    result = run_quick(seeded, *_command(command, other_passphrase_file))
    assert time.monotonic() - started < QUICK
    assert_user_error(result, str(key), "not a regular file")
    assert stat.S_ISFIFO(key.lstat().st_mode)  # left as it is
    assert (seeded.data_dir / "journal.db").read_bytes() == database


def test_a_device_as_the_key_file_is_refused(seeded: Journal) -> None:
    key = _key(seeded)
    key.unlink()
    key.symlink_to("/dev/zero")
    assert_user_error(run_quick(seeded, "show"), str(key), "not a regular file")


def test_a_ten_megabyte_key_file_is_too_large_not_empty(seeded: Journal) -> None:
    key = _key(seeded)
    key.write_bytes(b" " * 10_000_000)
    before = seeded.snapshot()
    result = assert_user_error(seeded.run("show"), str(key), "too large to be a key file")
    assert "empty" not in result.stderr
    assert seeded.snapshot() == before


def test_a_slot_from_another_journal_is_not_a_wrong_passphrase(
    seeded: Journal, tmp_path: Path
) -> None:
    other = tmp_path / "other.key"
    keyfile.create_key_file(other, PASSPHRASE, kdf=keyfile.TEST_KDF)
    stranger = json.loads(other.read_text())["slots"][0]
    _edit(_key(seeded), lambda doc: doc["slots"].__setitem__(0, stranger))
    before = seeded.snapshot()
    result = assert_user_error(seeded.run("show"), str(_key(seeded)), "another journal")
    assert "wrong passphrase" not in result.stderr
    assert seeded.snapshot() == before


def test_an_edited_journal_id_is_not_a_wrong_passphrase(seeded: Journal) -> None:
    _edit(_key(seeded), lambda doc: doc.__setitem__("journal_id", "0" * 32))
    result = assert_user_error(seeded.run("show"), "another journal")
    assert "wrong passphrase" not in result.stderr


def test_swapped_slot_types_are_not_a_wrong_passphrase(seeded: Journal) -> None:
    def swap(doc: dict[str, list[dict[str, str]]]) -> None:
        doc["slots"][0]["type"], doc["slots"][1]["type"] = "recovery", "passphrase"

    _edit(_key(seeded), swap)
    result = assert_user_error(seeded.run("show"), "another journal")
    assert "wrong passphrase" not in result.stderr


@pytest.mark.parametrize("command", ["show", "backup", "passwd"])
def test_a_key_derivation_below_the_floor_is_refused(
    seeded: Journal, command: str, other_passphrase_file: Path
) -> None:
    """8 KiB, 1 pass, 1 lane (what an attacker who can write the file would choose)."""
    key = _key(seeded)
    data_key = keyfile.unlock_with_passphrase(key, PASSPHRASE)
    weak = keyfile.KdfParams(memory_kib=8, iterations=1, lanes=1)
    keyfile.change_passphrase(key, data_key, PASSPHRASE, kdf=weak)
    before = seeded.snapshot()
    backups_before = sorted((seeded.data_dir / "backups").glob("*.lpbackup"))
    result = seeded.run(*_command(command, other_passphrase_file))
    assert_user_error(result, str(key), "weaker than leader pulse accepts", "tampered")
    assert seeded.snapshot() == before
    # No new backup carries the weakened file.
    assert sorted((seeded.data_dir / "backups").glob("*.lpbackup")) == backups_before


def test_ordinary_commands_leave_a_slot_above_the_floor_as_it_is(seeded: Journal) -> None:
    """The CLI never rewrites a key file whose slot is at the floor.

    The test journals' slot is at the floor, below the app's default: the CLI opens it
    and never rewrites the key file (the GUI raises it, services/key_slots.py).
    """
    before = _key(seeded).read_bytes()
    assert_ok(seeded.run("show"))
    assert _key(seeded).read_bytes() == before
