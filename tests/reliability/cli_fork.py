"""Run the command line many times without paying Python's start-up each time.

``python -m tests.reliability.cli_fork`` imports the app once and then, for every JSON
request on stdin, forks a child that runs ``wellbeing_desktop.cli.main(args)`` exactly as
``python -m wellbeing_desktop ARGS`` does (``__main__`` is nothing but that call), with
stdin from /dev/null and stdout/stderr into the files the request names. The server waits
for the child (killing it after ``timeout`` seconds) and answers with one JSON line:
``{"code": <exit code>, "timeout": <bool>}``. This process itself never opens a journal,
so a fork shares no database connection.

:class:`CliRunner` is the test side: one server per runner, one request at a time.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


def _child(request: dict[str, object]) -> None:
    code = 70
    try:
        stdin = os.open(os.devnull, os.O_RDONLY)
        os.dup2(stdin, 0)
        for fd, name in ((1, "stdout"), (2, "stderr")):
            target = os.open(str(request[name]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        from wellbeing_desktop.cli import main

        args = request["args"]
        assert isinstance(args, list)
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse: bad usage, --help, --version
            code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001  (an escaped exception is what the tests look for)
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # the file may be gone: nothing to do
                stream.flush()
        os._exit(code)


def serve(argv: list[str]) -> int:
    """The server; ``--recheck-pauses 0,0`` sets ``database.RECHECK_PAUSES`` (see CliRunner)."""
    from wellbeing_desktop.cli import entry
    from wellbeing_desktop.storage import database

    if argv[:1] == ["--recheck-pauses"]:
        first, second = argv[1].split(",")
        database.RECHECK_PAUSES = (float(first), float(second))

    for name in entry.COMMANDS:  # every command group loaded once, before the forks
        entry.command_function(name)

    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        deadline = time.monotonic() + float(request["timeout"])
        timed_out = False
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                _, status = os.waitpid(pid, 0)
                timed_out = True
                break
            time.sleep(0.002)
        answer = {"code": os.waitstatus_to_exitcode(status), "timeout": timed_out}
        os.write(sys.stdout.fileno(), (json.dumps(answer) + "\n").encode())
    return 0


@dataclass(frozen=True)
class CliResult:
    returncode: int
    stdout: str
    stderr: str


class CliRunner:
    """One fork server; ``run(args)`` is like ``subprocess.run([python, -m, app, *args])``."""

    def __init__(
        self,
        scratch: Path,
        env: Mapping[str, str],
        *,
        recheck_pauses: tuple[float, float] | None = None,
    ) -> None:
        """``recheck_pauses``: the pauses before a damaged-looking file is checked again.

        None keeps the app's (``database.RECHECK_PAUSES``, there for a torn read while
        another program checkpoints). Only for files nothing writes beside, where a second
        look finds the same damage at once.
        """
        scratch.mkdir(parents=True, exist_ok=True)
        self._scratch = scratch
        repo = Path(__file__).resolve().parents[2]
        options = []
        if recheck_pauses is not None:
            options = ["--recheck-pauses", ",".join(str(p) for p in recheck_pauses)]
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.cli_fork", *options],
            cwd=repo,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=dict(env),
            text=True,
            encoding="utf-8",
        )

    def run(self, args: list[str], timeout: float) -> CliResult | None:
        """The exit code and output; None when it did not finish within ``timeout``."""
        out, err = self._scratch / "stdout.txt", self._scratch / "stderr.txt"
        request = {"args": args, "stdout": str(out), "stderr": str(err), "timeout": timeout}
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        answer = json.loads(self._process.stdout.readline())
        if answer["timeout"]:
            return None
        read = lambda p: p.read_text(encoding="utf-8", errors="replace")  # noqa: E731
        return CliResult(answer["code"], read(out), read(err))

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:]))
