"""``passwd --rotate-key`` killed at every rename it makes.

``passwd --rotate-key`` killed at every rename it makes (issue 13, item 8b): after each
kill the journal opens with the old or the new passphrase (never neither, never a
mismatched pair), every backup is whole and opens with one of them, the backups are all
new once the journal is, and running the same command again finishes the rotation.
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
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import backup_format

if TYPE_CHECKING:
    from pathlib import Path

STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(STRACE is None, reason="needs strace")


def _backup_states(data_dir: Path, scratch: Path) -> list[str]:
    states = []
    for path in sorted((data_dir / "backups").glob("*.lpbackup")):
        header = backup_format.read_header(path)  # whole, checksum right
        states.append(key_opens_with(backup_format.read_key_part(path, header), scratch))
    return states


def _rotate(
    data_dir: Path, passphrase_file: Path, new_file: Path, out: Path, kill_at: int | None
) -> int:
    command = [sys.executable, "-m", "wellbeing_desktop", "passwd", "--rotate-key"]
    command += ["--new-passphrase-file", str(new_file), "--recovery-key-out", str(out)]
    command += ["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file)]
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


def test_rotate_key_killed_at_every_rename_keeps_a_journal_that_opens(
    seeded: Journal, tmp_path: Path, other_passphrase_file: Path
) -> None:
    assert_ok(seeded.run("backup"))
    kills = 0
    for kill_at in range(1, 20):
        work = tmp_path / f"kill-{kill_at}"
        shutil.copytree(seeded.data_dir, work)
        out = tmp_path / f"recovery-{kill_at}.txt"
        code = _rotate(work, seeded.passphrase_file, other_passphrase_file, out, kill_at)
        if code == 0:  # no rename left to kill
            assert set(_backup_states(work, tmp_path)) == {"new"}
            break
        kills += 1
        # The next open finishes a swap the kill interrupted; one passphrase opens it.
        with_new = run_cli("show", data_dir=work, passphrase_file=other_passphrase_file)
        with_old = run_cli("show", data_dir=work, passphrase_file=seeded.passphrase_file)
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
        assert _rotate(work, seeded.passphrase_file, other_passphrase_file, again, None) == 0
        assert set(_backup_states(work, tmp_path)) == {"new"}
        shown = run_cli("show", data_dir=work, passphrase_file=other_passphrase_file)
        assert assert_ok(shown).stdout.startswith("2025-06-02")
        keyfile.unlock_with_recovery_key(work / "journal.key", again.read_text().strip())
    assert kills >= 3
