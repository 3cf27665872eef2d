"""Core dumps are off before the data key is in memory (issue 13, item 7).

The real entry point (``wellbeing_desktop.cli.main``) runs in a fresh interpreter, in a
session of its own, with a pseudo-terminal as its input and no passphrase given, so the
command stops at the passphrase prompt — before any key exists — until the test types
it (a FIFO as the passphrase file no longer waits: it is refused at once). Meanwhile the
test reads the child's
``/proc/<pid>/limits`` and a watcher thread in the child reports ``PR_GET_DUMPABLE``
(which only the process itself can ask); only then does the passphrase go in and the
command finish normally.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.cli.cli_support import PASSPHRASE, TIMEOUT, Journal, cli_env

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# Reports, once, whether the kernel would dump this process (and its core limit) as
# soon as cli.main has made it undumpable, or after 20 s if it never does.
LAUNCHER = textwrap.dedent(
    """
    import ctypes, json, resource, sys, threading, time

    def watch():
        libc = ctypes.CDLL(None)
        deadline = time.monotonic() + 20
        while libc.prctl(3, 0, 0, 0, 0) and time.monotonic() < deadline:  # PR_GET_DUMPABLE
            time.sleep(0.005)
        report = {"dumpable": libc.prctl(3, 0, 0, 0, 0),
                  "core": list(resource.getrlimit(resource.RLIMIT_CORE))}
        print(json.dumps(report), flush=True)

    assert ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) == 1  # dumpable before main
    threading.Thread(target=watch, daemon=True).start()
    from wellbeing_desktop.cli import main

    code = main(sys.argv[1:])
    sys.stdout.flush()
    sys.exit(code)
    """
)


def _core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return " ".join(line.split()[4:6])
    raise AssertionError("no core limit line")


def test_the_cli_turns_core_dumps_off_before_it_reads_the_passphrase(
    journal: Journal, tmp_path: Path
) -> None:
    terminal, terminal_side = pty.openpty()
    # A new session has no controlling terminal: getpass prompts on the pseudo-terminal.
    child = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, "show", "--data-dir", str(journal.data_dir)],
        stdin=terminal_side,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
        start_new_session=True,
    )
    os.close(terminal_side)
    try:
        assert child.stdout is not None
        report = json.loads(child.stdout.readline())
        # The command is still waiting for its passphrase: no key has been derived.
        assert child.poll() is None
        assert report == {"dumpable": 0, "core": [0, 0]}
        assert _core_limit(child.pid) == "0 0"
        # Typed after the prompt: getpass flushes earlier input when it turns echo off.
        assert child.stderr is not None
        prompt = ""
        while not prompt.endswith("Passphrase: "):
            prompt += child.stderr.read(1) or pytest.fail(f"no prompt: {prompt!r}")
        os.write(terminal, (PASSPHRASE + "\n").encode())
        out, err = child.communicate(timeout=TIMEOUT)
    finally:
        os.close(terminal)
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    assert "No days logged yet" in out or out.strip(), out


def test_the_gui_start_turns_core_dumps_off_too(tmp_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, "--data-dir", str(tmp_path / "journal")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=cli_env({"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}),
    )
    try:
        assert child.stdout is not None
        report = json.loads(child.stdout.readline())
        assert report == {"dumpable": 0, "core": [0, 0]}
        assert _core_limit(child.pid) == "0 0"
    finally:
        child.kill()
        child.wait()
