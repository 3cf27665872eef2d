"""Every command the app prints names the data folder it was run with (issue #13, item 13).

Run exactly as printed, a command acts on that journal, never on the one in the default
folder. The CLI runs in-process through ``cli.main`` (``cli_support.run_main``); the
default folder is pointed at a second journal with ``WELLBEING_DATA_DIR``, so a command
that forgot ``--data-dir`` would visibly change it.
"""

from __future__ import annotations

import os
import shlex
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import run_main, snapshot
from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import DATA_DIR_ENV, JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from pathlib import Path

DAYS = [date(2025, 3, n) for n in range(1, 16)]


def _make_journal(root: Path, reflection: str) -> JournalPaths:
    access = JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF)
    journal, _code = access.create(PASSPHRASE)
    try:
        for day in DAYS:
            journal.save_day(DayLog(day=day, reflection=f"{reflection} " * 150))
        journal.backup("manual")
    finally:
        journal.close()
    return access.paths


@pytest.fixture
def default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> JournalPaths:
    """Another journal, in the folder the CLI uses when no --data-dir is given."""
    paths = _make_journal(tmp_path / "default journal", "Default folder day")
    monkeypatch.setenv(DATA_DIR_ENV, str(paths.root))
    monkeypatch.setenv("WELLBEING_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return paths


def _run(*argv: str) -> tuple[int, str, str]:
    """``main(argv)`` in this process, with this test's environment (cli_support.run_main)."""
    done = run_main(list(argv), os.environ)
    return done.returncode, done.stdout, done.stderr


def _printed_command(error: str, after: str) -> list[str]:
    lines = error.strip().splitlines()
    assert len(lines) == 1, error
    words = shlex.split(lines[0].split(after, 1)[1])
    assert words[0] == "wellbeing-desktop", error
    return words[1:]


def test_the_restore_command_of_a_damaged_journal_restores_that_journal(
    tmp_path: Path, default_folder: JournalPaths
) -> None:
    paths = _make_journal(tmp_path / "team's journal", "Elsewhere day")
    data = bytearray(paths.database.read_bytes())
    data[len(data) // 2] ^= 0x20
    paths.database.write_bytes(bytes(data))
    default_before = snapshot(default_folder.root)

    code, _out, error = _run("show", "--data-dir", str(paths.root))
    assert code == 1
    assert "is damaged" in error
    argv = _printed_command(error, "restore the newest good backup with: ")
    assert argv[:3] == ["restore", "--data-dir", str(paths.root)]

    code, out, error = _run(*argv)  # exactly as printed
    assert code == 0, error
    assert str(paths.root) in out

    code, out, error = _run("show", "--data-dir", str(paths.root))
    assert code == 0, error
    assert len(out.strip().splitlines()) == len(DAYS)
    assert snapshot(default_folder.root) == default_before


def test_the_init_command_for_a_missing_journal_creates_it_in_that_folder(
    tmp_path: Path, default_folder: JournalPaths
) -> None:
    empty = tmp_path / "new folder"
    default_before = snapshot(default_folder.root)

    code, _out, error = _run("show", "--data-dir", str(empty))
    assert code == 1
    argv = _printed_command(error, "create one with: ")
    assert argv == ["init", "--data-dir", str(empty)]

    code, _out, error = _run(*argv, "--recovery-key-out", str(tmp_path / "key.txt"))
    assert code == 0, error
    assert JournalPaths(empty).journal_exists()
    assert snapshot(default_folder.root) == default_before


def test_the_keyring_hint_without_a_passphrase_names_the_folder(
    tmp_path: Path,
    default_folder: JournalPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = _make_journal(tmp_path / "other", "Other day")
    monkeypatch.delenv("WELLBEING_PASSPHRASE")

    code, _out, error = _run("show", "--data-dir", str(paths.root))

    assert code == 1
    assert _printed_command(error, "keyring with: ") == ["remember", "--data-dir", str(paths.root)]
