"""Kill a CLI command at its N-th rename, and which N the default run tries.

The crash tests of ``passwd`` and ``passwd --rotate-key`` first run the command untouched
under ``strace -e trace=rename`` (it must finish, and that run counts its renames), then
kill a fresh copy at rename N (``strace -e inject=rename:signal=SIGKILL:when=N``: the
process dies as the call starts, so the rename never happens).

Every kill point costs a run with the app's full key derivation, so the default loop
kills at the first, a middle and the last rename
(:func:`kill_points`); ``WELLBEING_LONG_TESTS=1`` (``pytest -m long``, a step of
``.ci/run``) kills at every one of them.
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
from typing import TYPE_CHECKING

from tests.cli.cli_support import TIMEOUT, cli_env
from tests.sizing import long_run

if TYPE_CHECKING:
    from pathlib import Path

STRACE = shutil.which("strace")

_RENAME = re.compile(r"^(\d+)\s+rename\(")


def _strace(*options: str) -> list[str]:
    assert STRACE is not None
    return [STRACE, "-f", "-qq", *options]


def run_counting_renames(command: list[str], trace: Path) -> tuple[int, int]:
    """Run ``command`` untouched: its exit code and the renames it made (in one process).

    strace counts ``when=N`` per process (and per thread), so the count is the most any
    one of them made, as ``tests/reliability/crash_points.count_calls`` counts.
    """
    done = run([*_strace("-o", str(trace), "-e", "trace=rename"), *command])
    per_process: dict[str, int] = {}
    for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _RENAME.match(line)
        if match:
            per_process[match.group(1)] = per_process.get(match.group(1), 0) + 1
    trace.unlink()
    return done.returncode, max(per_process.values(), default=0)


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` (a CLI process) with stdin closed and the tests' environment."""
    return subprocess.run(
        command,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=cli_env(),
        timeout=TIMEOUT,
        check=False,
    )


def killed_at_rename(command: list[str], kill_at: int) -> bool:
    """Run ``command`` killed as it starts its ``kill_at``-th rename: was it killed?"""
    inject = f"inject=rename:signal=SIGKILL:when={kill_at}"
    done = run([*_strace("-o", "/dev/null", "-e", "trace=rename", "-e", inject), *command])
    return done.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL)


def kill_points(renames: int) -> list[int]:
    """The renames to kill at: all of them in the long run; else the first, middle and last.

    The first (nothing swapped yet), the last (all but the journal's own) and one between
    (a half-done swap); the long run tries every one.
    """
    if long_run():
        return list(range(1, renames + 1))
    return sorted({1, (renames + 1) // 2, renames})
