"""The quick ``show``/``search`` refuse what the ordinary commands refuse (issue #20 fixes).

A damaged journal (a zeroed page, a byte flipped mid-file) is refused by ``search`` as by
``show`` and ``stats``, also with the -wal/-shm a kill -9 leaves and no program holding the
journal; a reader that stops early gets 141; a wrong passphrase costs one key derivation.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import TIMEOUT, Journal, assert_ok, assert_user_error, run_cli
from wellbeing_desktop.cli import entry, quick_read
from wellbeing_desktop.security import keyfile

if TYPE_CHECKING:
    from pathlib import Path

PAGE = 4096


def _zero_page_4(database: Path) -> None:
    with database.open("r+b") as f:
        f.seek(3 * PAGE)
        f.write(bytes(PAGE))


def _flip_mid_file(database: Path) -> None:
    raw = bytearray(database.read_bytes())
    raw[len(raw) // 2 + 100] ^= 0x01
    database.write_bytes(bytes(raw))


def _leave_wal_as_a_kill_would(journal: Journal) -> None:
    """Open the journal in WAL mode in another process that ends without closing it."""
    key = keyfile.unlock_with_passphrase(
        journal.data_dir / "journal.key", journal.passphrase_file.read_text().strip()
    )
    probe = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from wellbeing_desktop.storage.engine import connect_keyed\n"
        "conn = connect_keyed(Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline()))\n"
        "conn.execute('PRAGMA journal_mode=WAL').fetchall()\n"
        "conn.execute('SELECT count(*) FROM sqlite_master').fetchall()\n"
        "os._exit(0)\n"
    )
    subprocess.run(
        [sys.executable, "-c", probe, str(journal.data_dir / "journal.db")],
        input=key.hex() + "\n",
        text=True,
        timeout=TIMEOUT,
        check=True,
    )
    assert (journal.data_dir / "journal.db-wal").exists()


@pytest.mark.parametrize("damage", [_zero_page_4, _flip_mid_file], ids=["zeroed", "flipped"])
def test_search_refuses_a_damaged_journal_as_show_and_stats_do(
    seeded: Journal, damage: object
) -> None:
    damage(seeded.data_dir / "journal.db")  # type: ignore[operator]
    refusals = [seeded.run(*command) for command in (["search", "calm"], ["show"], ["stats"])]
    for result in refusals:
        assert_user_error(result, "damaged", "restore")
        assert result.stdout == ""
    assert refusals[0].stderr == refusals[1].stderr == refusals[2].stderr


@pytest.mark.parametrize("command", [["show"], ["search", "calm"]], ids=" ".join)
def test_a_log_left_by_a_kill_does_not_skip_the_page_check(
    seeded: Journal, command: list[str]
) -> None:
    """Damage anywhere is refused, not only where the read goes (a bit flipped in a page)."""
    _leave_wal_as_a_kill_would(seeded)
    assert "calm" in assert_ok(seeded.run(*command)).stdout  # intact: the quick read answers
    database = seeded.data_dir / "journal.db"
    original = database.read_bytes()
    pages = len(original) // PAGE
    for page in (1, pages // 2, pages - 1):  # page 2: neither show nor search reads it
        raw = bytearray(original)
        raw[page * PAGE + 3000] ^= 0x04
        database.write_bytes(bytes(raw))
        if not (seeded.data_dir / "journal.db-wal").exists():
            _leave_wal_as_a_kill_would(seeded)  # the refusal leaves the files as they are
        result = seeded.run(*command)
        assert_user_error(result, "damaged", "restore")
        assert result.stdout == "", page


def _answering(lines: list[str]) -> object:
    def quick(_args: argparse.Namespace) -> bool:
        quick_read.print_lines(lines)  # as the quick show and search print
        return True

    return quick


@pytest.mark.parametrize("reader", ["gone before", "gone midway", "reads it all"])
def test_the_quick_output_meets_a_reader_gone_early_as_the_ordinary_output_does(
    monkeypatch: pytest.MonkeyPatch, reader: str
) -> None:
    """Written as it goes: a write that finds the reader gone ends quietly with 141.

    No poll of the pipe: output that all fit in it before the reader stopped was written
    (0, as for any program); ``tests/cli/test_output_safety.py`` runs the real commands.
    """
    lines = [f"line {n} " + "x" * 200 for n in range(3 if reader == "reads it all" else 2000)]
    read_end, write_end = os.pipe()
    taken = bytearray()
    if reader == "gone before":
        os.close(read_end)
    else:

        def read() -> None:
            while chunk := os.read(read_end, 4096):
                taken.extend(chunk)
                if reader == "gone midway":
                    break
            os.close(read_end)

        thread = threading.Thread(target=read)
        thread.start()
    with os.fdopen(write_end, "w") as out:
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(entry, "_quick", _answering(lines))
        code = entry._run_reporting_errors(argparse.Namespace(command="show"))
        monkeypatch.undo()
    if reader != "gone before":
        thread.join(timeout=TIMEOUT)
    if reader == "reads it all":
        assert code == 0
        assert taken.decode().splitlines() == lines
    else:
        assert code == 141


def test_a_wrong_passphrase_costs_one_derivation_and_the_same_refusal(
    seeded: Journal, wrong_passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    unlock = keyfile.unlock_with_passphrase

    def counted(path: Path, passphrase: str) -> bytes:
        calls.append(path)
        return unlock(path, passphrase)

    monkeypatch.setattr(keyfile, "unlock_with_passphrase", counted)
    for command in (["show"], ["search", "calm"]):
        calls.clear()
        quick = run_cli(*command, data_dir=seeded.data_dir, passphrase_file=wrong_passphrase_file)
        assert len(calls) == 1
        assert_user_error(quick, "passphrase")
        with monkeypatch.context() as ordinary_only:
            ordinary_only.setattr(entry, "_quick", lambda _args: False)
            ordinary = run_cli(
                *command, data_dir=seeded.data_dir, passphrase_file=wrong_passphrase_file
            )
        assert (quick.returncode, quick.stdout, quick.stderr) == (
            ordinary.returncode,
            ordinary.stdout,
            ordinary.stderr,
        )
