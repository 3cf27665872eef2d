"""Crash points, systematically: kill a real CLI command at its N-th system call of a kind.

For every command of :data:`SCENARIOS` (a day save, ``backup``, ``restore``, ``passwd``,
``recover`` and a migration on open) and every system call of :data:`SYSCALLS` that can
leave a file half-changed (rename, link, unlink, fsync, fdatasync, write, ftruncate and
their ``*at``/``p*`` variants), the command runs in its own process under::

    strace -f -o /dev/null -e trace=CALL -e inject=CALL:signal=SIGKILL:when=N

for N = 1, 2, ... until it completes untouched (strace counts each call per process, so
each variant is swept on its own; ``--seccomp-bpf`` would be faster, but strace 6.1 then
does not inject). ``WELLBEING_LONG_TESTS=1`` (or ``--long``) runs that whole sweep; the
default run tries every rename and link and a few evenly spaced points of every other
call (:func:`points_for`). After every kill:

- the journal opens through the services with the old or the new passphrase;
- ``cipher_integrity_check`` and ``integrity_check`` are clean (storage/integrity.py,
  read-only, and ``Journal.check()``);
- its days are exactly the state before the command or the state it was asked to make,
  and the latter whenever the command was acknowledged (exit 0); earlier days are never
  lost. A command killed after its commit but before it could say so may have made the
  new state (the save "in flight"): that is allowed, a half state never is;
- every file named like a backup in ``backups/`` is complete, and after a restore the
  files it replaced are in a before-restore backup;
- ``show``, the next command a user would run, opens an intact journal without a
  warning and lists exactly its days; its messages are collected for the report.

The checks run on a copy first (so the verdict does not depend on what ``show`` repairs),
then ``show`` runs on the files the kill left. Scenarios are rows: a new command is one
more :class:`Scenario`.

Run as a script to print the figures table for docs/RELIABILITY.md::

    python -m tests.reliability.crash_points [--long] [COMMAND ...]
"""

from __future__ import annotations

import argparse
import logging
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tests.reliability.cli_fork import CliRunner
from tests.reliability.crash_checks import (
    PointResult,
    check_backups,
    check_copy,
    check_show,
    short_message,
)
from tests.reliability.crash_scenarios import SCENARIOS, Prepared, Scenario
from tests.reliability.support import REPO_ROOT

# The calls that can leave a file half-changed, by kind. Each name is swept on its own:
# strace keeps one counter per call name (and per process), so ``when=N`` on a set
# would skip points.
SYSCALLS: dict[str, tuple[str, ...]] = {
    "rename": ("rename", "renameat", "renameat2"),
    "link": ("link", "linkat"),
    "unlink": ("unlink", "unlinkat", "rmdir"),
    "fsync": ("fsync",),
    "fdatasync": ("fdatasync",),
    "write": ("write", "pwrite64", "writev", "pwritev", "pwritev2"),
    "ftruncate": ("ftruncate",),
}
ALL_CALLS = tuple(name for names in SYSCALLS.values() for name in names)
# In the default (sampled) run every call of these kinds is a crash point; of the others
# a few evenly spaced ones are.
ALWAYS_SWEPT = {"rename", "link"}
STRACE_TIMEOUT = 120.0
MAX_POINTS_PER_CALL = 5000  # a command that never completes untouched is a bug, not a loop
SAMPLE_POINTS = 2  # per call in the default run (the whole sweep: WELLBEING_LONG_TESTS=1)

# --- running one point ------------------------------------------------------------------


def cli_environment(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("WELLBEING_PASSPHRASE", "WELLBEING_DATA_DIR", "WELLBEING_DEBUG"):
        env.pop(name, None)
    env.update(
        {
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": str(REPO_ROOT),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PYTHONIOENCODING": "utf-8",
            "WELLBEING_LOG_DIR": str(scratch / "log"),
            "XDG_CONFIG_HOME": str(scratch / "config"),
            "HOME": str(scratch / "home"),
        }
    )
    return env


def command_line(prepared: Prepared, folder: Path) -> list[str]:
    """The command for the copy in ``folder`` (paths in the args point into the template)."""
    args = [a.replace(str(prepared.folder), str(folder)) for a in prepared.args]
    program = list(prepared.launcher) or ["-m", "wellbeing_desktop"]
    secret = ["--passphrase-file", str(folder / prepared.passphrase_file)]
    return [
        sys.executable,
        *program,
        *args,
        "--data-dir",
        str(folder / "journal"),
        *(secret if prepared.gives_passphrase else []),
    ]


@dataclass
class RunOutcome:
    killed: bool
    code: int
    stderr: str


def run_under_strace(command: list[str], env: dict[str, str], call: str, when: int) -> RunOutcome:
    strace = [
        "strace",
        "-f",
        "-qq",
        "-o",
        "/dev/null",
        "-e",
        f"trace={call}",
        "-e",
        f"inject={call}:signal=SIGKILL:when={when}",
    ]
    done = subprocess.run(
        [*strace, *command],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=STRACE_TIMEOUT,
        check=False,
    )
    killed = done.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL)
    return RunOutcome(killed, done.returncode, done.stderr)


def count_calls(command: list[str], env: dict[str, str]) -> tuple[dict[str, int], RunOutcome]:
    """How often the untouched command makes each call (the most in any one process)."""
    with tempfile.TemporaryDirectory(prefix="strace-count-") as scratch:
        out = Path(scratch) / "trace.txt"
        done = subprocess.run(
            [
                "strace",
                "-f",
                "-qq",
                "-o",
                str(out),
                "-e",
                "trace=" + ",".join(ALL_CALLS),
                *command,
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=STRACE_TIMEOUT,
            check=False,
        )
        per_process: dict[tuple[str, str], int] = {}
        line_start = re.compile(r"^(\d+)\s+(\w+)\(")
        for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
            match = line_start.match(line)
            if match and match.group(2) in ALL_CALLS:
                key = (match.group(1), match.group(2))
                per_process[key] = per_process.get(key, 0) + 1
    counts: dict[str, int] = {}
    for (_pid, call), n in per_process.items():
        counts[call] = max(counts.get(call, 0), n)
    return counts, RunOutcome(False, done.returncode, done.stderr)


def run_point(
    scenario: Scenario, prepared: Prepared, work: Path, runner: CliRunner, call: str, when: int
) -> PointResult:
    """Run the command on a copy of the template, killed at the ``when``-th ``call``."""
    folder = work / f"{call}-{when}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(prepared.folder, folder, symlinks=True)
    try:
        env = cli_environment(folder)
        outcome = run_under_strace(command_line(prepared, folder), env, call, when)
        return judge(scenario, prepared, folder, runner, outcome, call, when)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def judge(
    scenario: Scenario,
    prepared: Prepared,
    folder: Path,
    runner: CliRunner,
    outcome: RunOutcome,
    call: str,
    when: int,
) -> PointResult:
    """Every check of the module notes on what the run left in ``folder``."""
    acknowledged = not outcome.killed and outcome.code == 0
    problems: list[str] = []
    if not outcome.killed and outcome.code != 0:
        problems.append(f"exit {outcome.code} without a kill: {short_message(outcome.stderr)}")
    copy = folder / "checked-copy"
    shutil.copytree(folder / "journal", copy)
    verdict = check_copy(copy, prepared, acknowledged)
    problems += verdict.problems
    problems += check_backups(
        folder / "journal", prepared, scenario, verdict.opened_as, acknowledged
    )
    show_problems, message = check_show(runner, folder, prepared, verdict)
    problems += show_problems
    if problems:  # what the user was told about it
        problems = [f"{p} [show then said: {message or 'nothing, exit 0'}]" for p in problems]
    # A command that changes nothing in the journal (backup) leaves "before" = "after".
    left = verdict.opened_as if prepared.before != prepared.after else "either"
    return PointResult(call, when, outcome.killed, acknowledged, problems, message, left)


# --- the sweep ---------------------------------------------------------------------------


@dataclass
class SweepFigures:
    command: str
    calls_seen: dict[str, int] = field(default_factory=dict)
    points_tried: int = 0
    points_by_kind: dict[str, int] = field(default_factory=dict)
    kills: int = 0
    completed_untouched: int = 0
    # Kills after which the journal was as the command was asked to make it, though the
    # command never said so (killed after its commit): allowed, and counted.
    done_but_not_acknowledged: int = 0
    failures: list[str] = field(default_factory=list)
    messages: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    sampled: bool = True


def points_for(counts: dict[str, int], *, sample: bool) -> list[tuple[str, int]]:
    """The (call, N) to try.

    The (call, N) to try. The whole sweep: every N of every call up to one past its
    count (that run must complete untouched). A sample: every rename and link, and of each
    other call at most SAMPLE_POINTS evenly spaced, the first and the last among them.
    """
    points = []
    for kind, names in SYSCALLS.items():
        for call in names:
            total = counts.get(call, 0)
            if total == 0:
                continue
            numbers = list(range(1, total + 2))
            if sample and kind not in ALWAYS_SWEPT:
                spaced = {
                    1 + round(k * (total - 1) / (SAMPLE_POINTS - 1)) for k in range(SAMPLE_POINTS)
                }
                numbers = sorted(spaced)
            elif sample:
                numbers = numbers[:-1]  # the counting run completed untouched already
            points += [(call, n) for n in numbers]
    return points


def sweep(scenario: Scenario, work: Path, *, sample: bool, workers: int = 1) -> SweepFigures:
    """Prepare the scenario once and try its crash points.

    Prepare the scenario once and try its crash points (see :func:`points_for`); a call
    whose last point still killed the command is swept on until it completes untouched.
    """
    started = time.monotonic()
    work.mkdir(parents=True, exist_ok=True)
    prepared = scenario.prepare(work / "template")
    figures = SweepFigures(scenario.name, sampled=sample)
    idle: queue.Queue[CliRunner] = queue.Queue()
    runners = [
        CliRunner(work / f"show-{i}", cli_environment(work / f"show-{i}")) for i in range(workers)
    ]
    for runner in runners:
        idle.put(runner)

    def one(point: tuple[str, int]) -> PointResult:
        runner = idle.get()
        try:
            return run_point(scenario, prepared, work, runner, *point)
        finally:
            idle.put(runner)

    try:
        # The untouched run counts the calls, and is judged like any other (acknowledged).
        counts, untouched = _count(scenario, prepared, work, runners[0])
        figures.calls_seen = counts
        figures.completed_untouched += not untouched.killed
        figures.failures += [f"{scenario.name} untouched run: {p}" for p in untouched.problems]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(one, points_for(counts, sample=sample)))
        # The whole sweep goes on until each call's run completes untouched (a command may
        # make more calls when killed runs left work behind); a sample relies on the
        # counting run for that.
        for call in set() if sample else {r.call for r in results}:
            last = max((r for r in results if r.call == call), key=lambda r: r.when)
            while last.killed and last.when < MAX_POINTS_PER_CALL:
                last = one((call, last.when + 1))
                results.append(last)
    finally:
        for runner in runners:
            runner.close()
    for result in results:
        _add(figures, scenario, result)
    figures.seconds = round(time.monotonic() - started, 1)
    return figures


def _count(
    scenario: Scenario, prepared: Prepared, work: Path, runner: CliRunner
) -> tuple[dict[str, int], PointResult]:
    folder = work / "untouched"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(prepared.folder, folder, symlinks=True)
    try:
        counts, outcome = count_calls(command_line(prepared, folder), cli_environment(folder))
        return counts, judge(scenario, prepared, folder, runner, outcome, "none", 0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _add(figures: SweepFigures, scenario: Scenario, result: PointResult) -> None:
    figures.points_tried += 1
    kind = next(k for k, names in SYSCALLS.items() if result.call in names)
    figures.points_by_kind[kind] = figures.points_by_kind.get(kind, 0) + 1
    figures.kills += result.killed
    figures.completed_untouched += not result.killed
    figures.done_but_not_acknowledged += result.killed and result.left == "after"
    if result.message:
        figures.messages[result.message] = figures.messages.get(result.message, 0) + 1
    for problem in result.problems:
        figures.failures.append(
            f"{scenario.name} {result.call} N={result.when} "
            f"({'killed' if result.killed else 'not killed'}): {problem}"
        )


# --- the figures table -------------------------------------------------------------------


def table(all_figures: list[dict[str, Any]]) -> list[str]:
    """The Markdown table of docs/RELIABILITY.md: commands x crash points, failures.

    Takes :class:`SweepFigures` as dicts (``asdict``, or the JSON the test records), so
    scripts/reliability_report.py renders the same table from a test run's figures.
    """
    kinds = list(SYSCALLS)
    lines = [
        "| Command | " + " | ".join(kinds) + " | points | kills | failing points |",
        "|---|" + "---|" * (len(kinds) + 3),
    ]
    for figures in all_figures:
        failing = len({f.split(":", 1)[0] for f in figures["failures"]})
        cells = [str(figures["points_by_kind"].get(kind, 0)) for kind in kinds]
        shown = f"**{failing}**" if failing else "0"
        lines.append(
            f"| `{figures['command']}` | "
            + " | ".join(cells)
            + f" | {figures['points_tried']} | {figures['kills']} | {shown} |"
        )
    return lines


def _say(*parts: str, file: object = None, flush: bool = True) -> None:
    to_stderr = file is sys.stderr  # apart: `is` would narrow sys.stderr to object
    stream = sys.stderr if to_stderr else sys.stdout
    stream.write(" ".join(parts) + "\n")
    stream.flush()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commands", nargs="*", default=list(SCENARIOS))
    parser.add_argument("--long", action="store_true", help="every crash point, not a sample")
    parser.add_argument("--workers", type=int, default=1)
    options = parser.parse_args(argv)
    # The checks open journals in this process; the app's log lines are not the report.
    logging.getLogger().addHandler(logging.NullHandler())
    results = []
    with tempfile.TemporaryDirectory(prefix="crash-points-") as scratch:
        for name in options.commands:
            if not SCENARIOS[name].available():
                _say(f"{name}: skipped, the CLI has no {SCENARIOS[name].requires}", file=sys.stderr)
                continue
            figures = sweep(
                SCENARIOS[name],
                Path(scratch) / name,
                sample=not options.long,
                workers=options.workers,
            )
            results.append(figures)
            _say(
                f"{name}: {figures.points_tried} crash points, {figures.kills} kills, "
                f"{len(figures.failures)} failures, {figures.seconds} s",
                file=sys.stderr,
                flush=True,
            )
            for failure in figures.failures:
                _say("  " + failure, file=sys.stderr)
            for message, count in figures.messages.items():
                _say(f"  show said ({count}x): {message}", file=sys.stderr)
    _say("\n".join(table([asdict(f) for f in results])))
    return 1 if any(f.failures for f in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
