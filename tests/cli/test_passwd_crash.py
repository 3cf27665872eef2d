"""``passwd`` killed at every rename it makes.

``passwd`` killed at every rename it makes (issue 13, item 8a; the crash-point recipe of
docs/RELIABILITY.md): each backup is whole and opens with the old or the new passphrase,
the journal opens with the old one until the key file's own rename, and running the
same ``passwd`` again finishes the change everywhere.

The default loop kills at the first, a middle and the last rename;
``WELLBEING_LONG_TESTS=1`` at every one (``rename_kills.kill_points``).
"""

from __future__ import annotations

import shutil
import sys
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import Journal, assert_ok, key_opens_with, run_cli
from tests.cli.rename_kills import STRACE, kill_points, killed_at_rename, run, run_counting_renames
from wellbeing_desktop.storage import backup_format

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = [pytest.mark.long, pytest.mark.skipif(STRACE is None, reason="needs strace")]


def _states(data_dir: Path, scratch: Path) -> tuple[str, list[str]]:
    live = key_opens_with((data_dir / "journal.key").read_bytes(), scratch)
    backups = []
    for path in sorted((data_dir / "backups").glob("*.lpbackup")):
        header = backup_format.read_header(path)  # whole, checksum right
        backups.append(key_opens_with(backup_format.read_key_part(path, header), scratch))
    return live, backups


def _passwd_command(data_dir: Path, journal: Journal, new_file: Path) -> list[str]:
    command = [sys.executable, "-m", "wellbeing_desktop", "passwd"]
    command += ["--new-passphrase-file", str(new_file), "--data-dir", str(data_dir)]
    return command + ["--passphrase-file", str(journal.passphrase_file)]


def test_passwd_killed_at_every_rename_leaves_whole_files_and_a_rerun_finishes(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path
) -> None:
    assert_ok(seeded.run("backup"))

    # Untouched, the change goes through; that run counts the renames there are to kill at.
    whole = tmp_path / "untouched"
    shutil.copytree(seeded.data_dir, whole)
    command = _passwd_command(whole, seeded, other_passphrase_file)
    code, renames = run_counting_renames(command, tmp_path / "renames.txt")
    assert code == 0
    live, backups = _states(whole, tmp_path)
    assert (live, set(backups)) == ("new", {"new"})
    assert renames >= 2  # at the backup's rename and at the key file's

    points = kill_points(renames)
    for kill_at in points:
        work = tmp_path / f"kill-{kill_at}"
        shutil.copytree(seeded.data_dir, work)
        command = _passwd_command(work, seeded, other_passphrase_file)
        assert killed_at_rename(command, kill_at)
        live, backups = _states(work, tmp_path)
        assert "neither" not in backups
        assert live == "old"  # the key file is renamed last: a crash before it keeps it
        # Running the same change again finishes it everywhere.
        done = run(command)
        assert done.returncode == 0, done.stderr
        assert _states(work, tmp_path) == ("new", ["new"] * len(backups))
        shown = run_cli("show", data_dir=work, passphrase_file=other_passphrase_file)
        assert assert_ok(shown).stdout.startswith("2025-06-02")
    assert points[0] == 1
    assert points[-1] == renames
