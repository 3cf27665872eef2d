"""A command started with its output closed (``>&-``) says so in one line and does nothing."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("command", ["show", "search budget", "log --stress 3"])
def test_a_command_with_its_output_closed_says_so_and_changes_nothing(
    tmp_path: Path, command: str
) -> None:
    folder = tmp_path / "journal"
    line = (
        f"{shlex.quote(sys.executable)} -m wellbeing_desktop {command} "
        f"--data-dir {shlex.quote(str(folder))} >&-"
    )
    env = {**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    ran = subprocess.run(
        ["bash", "-c", line], capture_output=True, text=True, timeout=60, check=False, env=env
    )
    assert ran.returncode == 1
    assert ran.stderr.splitlines() == [
        "wellbeing-desktop: the output is closed (nowhere to write); nothing was done"
    ]
    assert not folder.exists()  # nothing made
