"""``passwd`` killed at every rename it makes.

``passwd`` killed at every rename it makes (issue 13, item 8a; the crash-point recipe of
docs/RELIABILITY.md): each backup is whole and opens with the old or the new passphrase,
the journal opens with the old one until the key file's own rename, and running the
same ``passwd`` again finishes the change everywhere.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    TIMEOUT,
    Journal,
    assert_ok,
    cli_env,
    key_opens_with,
    run_cli,
)
from wellbeing_desktop.storage import backup_format

if TYPE_CHECKING:
    from pathlib import Path

STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(STRACE is None, reason="needs strace")


def _states(data_dir: Path, scratch: Path) -> tuple[str, list[str]]:
    live = key_opens_with((data_dir / "journal.key").read_bytes(), scratch)
    backups = []
    for path in sorted((data_dir / "backups").glob("*.lpbackup")):
        header = backup_format.read_header(path)  # whole, checksum right
        backups.append(key_opens_with(backup_format.read_key_part(path, header), scratch))
    return live, backups


def _passwd(data_dir: Path, journal: Journal, new_file: Path, kill_at: int | None) -> int:
    command = [sys.executable, "-m", "wellbeing_desktop", "passwd"]
    command += ["--new-passphrase-file", str(new_file), "--data-dir", str(data_dir)]
    command += ["--passphrase-file", str(journal.passphrase_file)]
    if kill_at is not None:
        assert STRACE is not None
        inject = f"inject=rename:signal=SIGKILL:when={kill_at}"
        command = [STRACE, "-f", "-qq", "-o", "/dev/null", "-e", inject, *command]
    return subprocess.run(
        command,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=cli_env(),
        timeout=TIMEOUT,
        check=False,
    ).returncode


def test_passwd_killed_at_every_rename_leaves_whole_files_and_a_rerun_finishes(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path
) -> None:
    assert_ok(seeded.run("backup"))
    kills = 0
    for kill_at in range(1, 20):
        work = tmp_path / f"kill-{kill_at}"
        shutil.copytree(seeded.data_dir, work)
        code = _passwd(work, seeded, other_passphrase_file, kill_at)
        live, backups = _states(work, tmp_path)
        if code == 0:  # no rename left to kill: the change went through
            assert (live, set(backups)) == ("new", {"new"})
            break
        kills += 1
        assert "neither" not in backups
        assert live == "old"  # the key file is renamed last: a crash before it keeps it
        # Running the same change again finishes it everywhere.
        assert _passwd(work, seeded, other_passphrase_file, None) == 0
        assert _states(work, tmp_path) == ("new", ["new"] * len(backups))
        shown = run_cli("show", data_dir=work, passphrase_file=other_passphrase_file)
        assert assert_ok(shown).stdout.startswith("2025-06-02")
    assert kills >= 2  # at the backup's rename and at the key file's
