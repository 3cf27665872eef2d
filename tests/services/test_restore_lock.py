"""Restore and the journal lock (issue #13, item 1): never under an open journal.

An open ``Journal`` holds the shared lock (in this process or another); ``restore`` asks
for the exclusive one before any check and is refused with one line, changing nothing.
An open that meets a restore under way waits a moment, then says so in one line.
"""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import assert_user_error, cli_env
from tests.cli.cli_support import snapshot as cli_snapshot
from tests.conftest import PASSPHRASE
from tests.reliability.support import write_passphrase_file
from tests.services.test_backup_restore import FIRST, make_access, snapshot
from wellbeing_desktop.services.backups import JournalInUseError
from wellbeing_desktop.storage import journal_lock

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.access import JournalAccess


@pytest.fixture
def saved(tmp_path: Path) -> tuple[JournalAccess, Path]:
    access = make_access(tmp_path / "journal")
    journal, _code = access.create(PASSPHRASE)
    journal.save_day(FIRST)
    backup = journal.backup(out=tmp_path / "saved.lpbackup")
    journal.close()
    return access, backup


def test_restore_is_refused_while_this_process_has_the_journal_open(
    saved: tuple[JournalAccess, Path],
) -> None:
    """The journal lock sees the same process.

    SQLite's own lock cannot see a connection of the same process; the journal lock can (the GUI
    that was unlocking while ``restore`` ran in the same app).
    """
    access, backup = saved
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        before = snapshot(access.paths.root)
        with pytest.raises(JournalInUseError, match="open in another window"):
            make_access(access.paths.root).restore_with_passphrase(backup, PASSPHRASE)
        assert snapshot(access.paths.root) == before
    finally:
        journal.close()
    # Closed (locked) it no longer stands in the way.
    make_access(access.paths.root).restore_with_passphrase(backup, PASSPHRASE)


HOLD_OPEN = """
import sys
from pathlib import Path
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.access import JournalAccess
journal = JournalAccess(JournalPaths(Path(sys.argv[1]))).open_with_passphrase(
    sys.stdin.readline().rstrip("\\n")
)
print("open", flush=True)
sys.stdin.readline()
journal.close()
"""


def test_cli_restore_is_refused_in_one_line_while_another_program_has_it_open(
    saved: tuple[JournalAccess, Path], tmp_path: Path
) -> None:
    access, backup = saved
    passphrase_file = write_passphrase_file(tmp_path / "passphrase.txt")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(access.paths.root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdin is not None
        assert holder.stdout is not None
        holder.stdin.write(PASSPHRASE + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "open"
        before = cli_snapshot(access.paths.root)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "wellbeing_desktop",
                "restore",
                str(backup),
                "--data-dir",
                str(access.paths.root),
                "--passphrase-file",
                str(passphrase_file),
            ],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=120,
            check=False,
        )
        assert_user_error(result, str(access.paths.root), "open in another window", "nothing")
        assert cli_snapshot(access.paths.root) == before
    finally:
        holder.communicate("\n", timeout=30)


def test_an_open_waits_for_a_restore_then_says_one_is_under_way(
    saved: tuple[JournalAccess, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    access, _backup = saved
    monkeypatch.setattr(journal_lock, "SHARED_WAIT_SECONDS", 0.3)
    before = snapshot(access.paths.root)
    restore = journal_lock.acquire_exclusive(access.paths)
    with pytest.raises(journal_lock.RestoreUnderWayError) as refused:
        access.open_with_passphrase(PASSPHRASE)
    restore.release()
    message = str(refused.value)
    assert message == (
        f"A restore of the journal in {access.paths.root} is under way; try again in a moment."
    )
    assert snapshot(access.paths.root) == before
    access.open_with_passphrase(PASSPHRASE).close()
