"""``passwd --rotate-key`` killed at every rename it makes.

``passwd --rotate-key`` killed at every rename it makes (issue 13, item 8b): after each
kill the journal opens with the old or the new passphrase (never neither, never a
mismatched pair), every backup is whole and opens with one of them, the backups are all
new once the journal is, and running the same command again finishes the rotation.

The default loop kills at the first, a middle and the last rename;
``WELLBEING_LONG_TESTS=1`` at every one (``rename_kills.kill_points``).
"""

from __future__ import annotations

import shutil
import sys
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    Journal,
    assert_ok,
    key_opens_with,
    run_cli,
)
from tests.cli.rename_kills import STRACE, kill_points, killed_at_rename, run, run_counting_renames
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import backup_format

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = [pytest.mark.long, pytest.mark.skipif(STRACE is None, reason="needs strace")]


def _backup_states(data_dir: Path, scratch: Path) -> list[str]:
    states = []
    for path in sorted((data_dir / "backups").glob("*.lpbackup")):
        header = backup_format.read_header(path)  # whole, checksum right
        states.append(key_opens_with(backup_format.read_key_part(path, header), scratch))
    return states


def rotate_command(data_dir: Path, passphrase_file: Path, new_file: Path, out: Path) -> list[str]:
    command = [sys.executable, "-m", "wellbeing_desktop", "passwd", "--rotate-key"]
    command += ["--new-passphrase-file", str(new_file), "--recovery-key-out", str(out)]
    return command + ["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file)]


def test_rotate_key_killed_at_every_rename_keeps_a_journal_that_opens(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path
) -> None:
    assert_ok(seeded.run("backup"))
    old, new = seeded.passphrase_file, other_passphrase_file

    # Untouched, the rotation finishes; that run counts the renames there are to kill at.
    whole = tmp_path / "untouched"
    shutil.copytree(seeded.data_dir, whole)
    command = rotate_command(whole, old, new, tmp_path / "recovery-untouched.txt")
    code, renames = run_counting_renames(command, tmp_path / "renames.txt")
    assert code == 0
    assert set(_backup_states(whole, tmp_path)) == {"new"}
    assert renames >= 3  # every backup's, then the journal's own

    points = kill_points(renames)
    for kill_at in points:
        work = tmp_path / f"kill-{kill_at}"
        shutil.copytree(seeded.data_dir, work)
        out = tmp_path / f"recovery-{kill_at}.txt"
        assert killed_at_rename(rotate_command(work, old, new, out), kill_at)
        # The next open finishes a swap the kill interrupted; one passphrase opens it.
        with_new = run_cli("show", data_dir=work, passphrase_file=new)
        with_old = run_cli("show", data_dir=work, passphrase_file=old)
        assert (with_new.returncode == 0) != (with_old.returncode == 0), (with_new, with_old)
        opened = with_new if with_new.returncode == 0 else with_old
        assert opened.stdout.startswith("2025-06-02")
        states = _backup_states(work, tmp_path)
        assert "neither" not in states
        if with_new.returncode == 0:
            # Swapped: every backup was re-encrypted before, and the recovery key that
            # opens it was written before the swap.
            assert set(states) == {"new"}
            keyfile.unlock_with_recovery_key(work / "journal.key", out.read_text().strip())
            continue
        # Not swapped: the same command again finishes the rotation.
        again = tmp_path / f"recovery-{kill_at}-again.txt"
        done = run(rotate_command(work, old, new, again))
        assert done.returncode == 0, done.stderr
        assert set(_backup_states(work, tmp_path)) == {"new"}
        shown = run_cli("show", data_dir=work, passphrase_file=new)
        assert assert_ok(shown).stdout.startswith("2025-06-02")
        keyfile.unlock_with_recovery_key(work / "journal.key", again.read_text().strip())
    assert points[0] == 1
    assert points[-1] == renames
