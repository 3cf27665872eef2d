"""Crash points, systematically: kill a real CLI command at its N-th system call of a kind.

For every command of :data:`SCENARIOS` (a day save, ``backup``, ``restore``, ``passwd``,
``recover`` and a migration on open) and every system call of :data:`SYSCALLS` that can
leave a file half-changed (rename, link, unlink, fsync, fdatasync, write, ftruncate and
their ``*at``/``p*`` variants), the command runs in its own process under::

    strace -f --seccomp-bpf -o /dev/null -e trace=CALL -e inject=CALL:signal=SIGKILL:when=N

for N = 1, 2, ... until it completes untouched (strace counts each call per process, so
each variant is swept on its own). After every kill:

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
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import text

from tests.reliability.cli_fork import CliRunner
from tests.reliability.support import PASSPHRASE, REPO_ROOT, access_for, write_passphrase_file
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import migrate
from wellbeing_desktop.storage.backup_format import read_header, unpack_backup
from wellbeing_desktop.storage.backup_rotation import named_backups
from wellbeing_desktop.storage.engine import connect_keyed, create_encrypted_engine
from wellbeing_desktop.storage.integrity import file_problems

NEW_PASSPHRASE = "a different, longer passphrase"
SAVED_TEXT = "crash point save: the offsite went well"

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
# In the default (sampled) run every call of these kinds is a crash point; of the many
# writes only every k-th (and the first and last) is.
ALWAYS_SWEPT = {"rename", "link", "unlink", "fsync", "fdatasync", "ftruncate"}
STRACE_TIMEOUT = 120.0
SHOW_TIMEOUT = 60.0
MAX_POINTS_PER_CALL = 5000  # a command that never completes untouched is a bug, not a loop
SAMPLE_WRITE_STEP = 10  # the default run tries every 10th write


# --- the journal states a command may leave --------------------------------------------


@dataclass(frozen=True)
class JournalState:
    passphrase: str
    days: dict[date, str]  # day -> reflection


@dataclass
class Prepared:
    """One scenario's template: the data folder (copied for every point) and the command."""

    folder: Path  # holds ``journal/`` and anything the command reads (backup, secrets)
    args: list[str]  # after ``--data-dir`` and ``--passphrase-file`` are added
    before: JournalState
    after: JournalState  # what an acknowledged command must leave
    passphrase_file: str = "passphrase.txt"  # in ``folder``, for ``--passphrase-file``


@dataclass(frozen=True)
class Scenario:
    name: str
    prepare: Callable[[Path], Prepared]
    # The files the command replaced must be kept as a before-restore backup.
    keeps_replaced_files: bool = False


# --- preparing journals -------------------------------------------------------------------

BASE_DAYS = {
    date(2026, 11, 2): "Monday: budget review with the team",
    date(2026, 11, 3): "Tuesday: 1:1 with Mette, hard feedback given",
    date(2026, 11, 4): "Wednesday: strategy offsite planning",
}
LATER_DAY = (date(2026, 11, 5), "Thursday: written after the backup was made")


def _secrets(folder: Path, recovery_code: str | None = None) -> None:
    write_passphrase_file(folder / "passphrase.txt")
    new = folder / "new-passphrase.txt"
    new.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    new.chmod(0o600)
    if recovery_code is not None:
        (folder / "recovery-key.txt").write_text(recovery_code + "\n", encoding="utf-8")


def _base_journal(folder: Path, *, keep_backups: bool = True) -> str:
    """A small journal with BASE_DAYS (cheap test KDF); returns its recovery code."""
    journal, recovery_code = access_for(folder / "journal").create(PASSPHRASE)
    try:
        for day, reflection in BASE_DAYS.items():
            journal.save_day(DayLog(day=day, reflection=reflection))
    finally:
        journal.close()
    if not keep_backups:
        shutil.rmtree(folder / "journal" / "backups", ignore_errors=True)
    _secrets(folder, recovery_code)
    return recovery_code


def prepare_log(folder: Path) -> Prepared:
    # The day's automatic backup is part of a real first save of the day: no backup yet.
    _base_journal(folder, keep_backups=False)
    today = date.today()  # the CLI takes today or yesterday only
    after = {**BASE_DAYS, today: SAVED_TEXT}
    return Prepared(
        folder,
        ["log", "--date", today.isoformat(), "--note", SAVED_TEXT],
        JournalState(PASSPHRASE, dict(BASE_DAYS)),
        JournalState(PASSPHRASE, after),
    )


def prepare_backup(folder: Path) -> Prepared:
    _base_journal(folder, keep_backups=False)
    state = JournalState(PASSPHRASE, dict(BASE_DAYS))
    return Prepared(folder, ["backup"], state, state)


def prepare_restore(folder: Path) -> Prepared:
    """A backup with BASE_DAYS made under the new passphrase; then the passphrase changed
    and a day written; restore that backup (unlocked with the passphrase it was made
    under). A half-done swap (the restored database beside the current key file) shows
    as the backup's days under the current passphrase: a state the journal never had."""
    _base_journal(folder)
    source = folder / "saved.lpbackup"
    access = access_for(folder / "journal")
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        access.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        journal.backup(out=source)
        access.change_passphrase(NEW_PASSPHRASE, PASSPHRASE)
        journal.save_day(DayLog(day=LATER_DAY[0], reflection=LATER_DAY[1]))
    finally:
        journal.close()
    before = {**BASE_DAYS, LATER_DAY[0]: LATER_DAY[1]}
    return Prepared(
        folder,
        ["restore", str(source)],
        JournalState(PASSPHRASE, before),
        JournalState(NEW_PASSPHRASE, dict(BASE_DAYS)),
        passphrase_file="new-passphrase.txt",
    )


def prepare_passwd(folder: Path) -> Prepared:
    _base_journal(folder)
    return Prepared(
        folder,
        ["passwd", "--new-passphrase-file", str(folder / "new-passphrase.txt")],
        JournalState(PASSPHRASE, dict(BASE_DAYS)),
        JournalState(NEW_PASSPHRASE, dict(BASE_DAYS)),
    )


def prepare_recover(folder: Path) -> Prepared:
    _base_journal(folder)
    return Prepared(
        folder,
        [
            "recover",
            "--recovery-key-file",
            str(folder / "recovery-key.txt"),
            "--new-passphrase-file",
            str(folder / "new-passphrase.txt"),
        ],
        JournalState(PASSPHRASE, dict(BASE_DAYS)),
        JournalState(NEW_PASSPHRASE, dict(BASE_DAYS)),
    )


def prepare_migration(folder: Path) -> Prepared:
    """A journal at the first schema (0001) with one day; ``show`` migrates it on open
    (a verified backup first, then the upgrade), as tests/storage/test_migrations.py."""
    root = folder / "journal"
    root.mkdir(parents=True)
    data_key, recovery_code = keyfile.create_key_file(
        root / "journal.key", PASSPHRASE, kdf=keyfile.TEST_KDF
    )
    engine = create_encrypted_engine(root / "journal.db", data_key, create=True)
    migrate.upgrade(engine, "0001")
    day, reflection = date(2026, 11, 20), "the budget meeting went well"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO day_logs (id, day, reflection, share, created_at, updated_at) "
                "VALUES (1, :day, :reflection, 'private', "
                "'2026-11-20 17:00:00', '2026-11-20 17:00:00')"
            ),
            {"day": day.isoformat(), "reflection": reflection},
        )
    engine.dispose()
    _secrets(folder, recovery_code)
    state = JournalState(PASSPHRASE, {day: reflection})
    return Prepared(folder, ["show"], state, state)


SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in (
        Scenario("log", prepare_log),
        Scenario("backup", prepare_backup),
        Scenario("restore", prepare_restore, keeps_replaced_files=True),
        Scenario("passwd", prepare_passwd),
        Scenario("recover", prepare_recover),
        Scenario("migration", prepare_migration),
    )
}


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
    return [
        sys.executable,
        "-m",
        "wellbeing_desktop",
        *args,
        "--data-dir",
        str(folder / "journal"),
        "--passphrase-file",
        str(folder / prepared.passphrase_file),
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


# --- checking what a kill left ------------------------------------------------------------


@dataclass
class Verdict:
    opened_as: str  # "before", "after" or "" (did not open)
    problems: list[str] = field(default_factory=list)


def _days_of(folder: Path, passphrase: str) -> tuple[dict[date, str], list[str]]:
    """Open through the services (as any command would), read every day, run check()."""
    journal = access_for(folder).open_with_passphrase(passphrase)
    try:
        days = {log.day: log.reflection for log in journal.days()}
        problems = [f"Journal.check(): {p}" for p in journal.check()]
    finally:
        journal.close()
    return days, problems


def check_copy(journal_dir: Path, prepared: Prepared, acknowledged: bool) -> Verdict:
    """The independent verdict on a copy of what the kill left (see the module notes).

    The journal is in the "after" state when a passphrase of that state opens it with that
    state's days, else in the "before" state likewise; an acknowledged command must have
    left "after", and then the old passphrase (if it differs) must no longer open it.
    """
    states = {"before": prepared.before, "after": prepared.after}
    seen: dict[str, tuple[dict[date, str], list[str]] | str] = {}
    for state in states.values():
        if state.passphrase not in seen:
            try:
                seen[state.passphrase] = _days_of(journal_dir, state.passphrase)
            except WellbeingError as exc:
                seen[state.passphrase] = str(exc)
    matches = [
        label
        for label, state in states.items()
        if isinstance(found := seen[state.passphrase], tuple) and found[0] == state.days
    ]
    opened = [found for found in seen.values() if isinstance(found, tuple)]
    if not opened:
        refusals = " | ".join(str(v) for v in seen.values())
        return Verdict("", [f"neither passphrase opens the journal: {refusals}"])
    if not matches:
        days = opened[0][0]
        missing = sorted(d.isoformat() for d in set(prepared.before.days) - set(days))
        return Verdict(
            "",
            [f"it opens, but its days are neither state ({len(days)} days; missing {missing})"],
        )
    opened_as = "after" if "after" in matches else "before"
    state = states[opened_as]
    result = seen[state.passphrase]
    assert isinstance(result, tuple)
    problems = list(result[1])
    if acknowledged and opened_as != "after":
        problems.append("the command was acknowledged but the journal is as before it")
    old = prepared.before.passphrase
    if acknowledged and old != prepared.after.passphrase and isinstance(seen[old], tuple):
        problems.append("acknowledged, yet the old passphrase still opens the journal")
    data_key = keyfile.unlock_with_passphrase(journal_dir / "journal.key", state.passphrase)
    problems += [f"file_problems: {p}" for p in file_problems(journal_dir / "journal.db", data_key)]
    return Verdict(opened_as, problems)


def check_backups(
    journal_dir: Path, prepared: Prepared, scenario: Scenario, opened_as: str
) -> list[str]:
    problems = []
    backups = journal_dir / "backups"
    for _name, path in named_backups(backups) if backups.is_dir() else []:
        try:
            read_header(path)
        except (WellbeingError, OSError) as exc:
            problems.append(f"backup {path.name} is incomplete: {type(exc).__name__}")
    replaced = scenario.keeps_replaced_files and opened_as == "after"
    if replaced and not _a_backup_holds(backups, prepared.before):
        problems.append("restored, but no before-restore backup holds the replaced days")
    return problems


def _a_backup_holds(backups: Path, state: JournalState) -> bool:
    for _name, path in named_backups(backups) if backups.is_dir() else []:
        if "before-restore" not in path.name:
            continue
        with tempfile.TemporaryDirectory(prefix="unpacked-") as scratch:
            try:
                parts = unpack_backup(path, Path(scratch) / "parts")
                data_key = keyfile.unlock_with_passphrase(parts.key_file, state.passphrase)
                conn = connect_keyed(parts.database, data_key)
                try:
                    rows = conn.execute("SELECT day, reflection FROM day_logs").fetchall()
                finally:
                    conn.close()
            except (WellbeingError, OSError, Exception):  # noqa: BLE001  (any: not this one)
                continue
        found = {date.fromisoformat(str(d)[:10]): r for d, r in rows}
        if found == state.days:
            return True
    return False


def check_show(
    runner: CliRunner, folder: Path, prepared: Prepared, verdict: Verdict
) -> tuple[list[str], str]:
    """Run ``show`` on what the kill left; returns problems and its message (if any)."""
    state = prepared.after if verdict.opened_as == "after" else prepared.before
    secret = folder / "show-passphrase.txt"
    secret.write_text(state.passphrase + "\n", encoding="utf-8")
    secret.chmod(0o600)
    args = ["show", "--data-dir", str(folder / "journal"), "--passphrase-file", str(secret)]
    result = runner.run(args, timeout=SHOW_TIMEOUT)
    if result is None:
        return ["show hung"], "(no answer)"
    message = _short(result.stderr)
    problems = []
    if "Traceback" in result.stderr:
        problems.append(f"show printed a traceback: {message}")
    if verdict.opened_as and not verdict.problems:
        if result.returncode != 0:
            problems.append(f"show refused an intact journal: {message}")
        else:
            listed = {line[:10] for line in result.stdout.splitlines() if line[:4].isdigit()}
            wanted = {d.isoformat() for d in state.days}
            if listed != wanted:
                problems.append(f"show listed {sorted(listed)}, the journal holds {sorted(wanted)}")
    return problems, message


def _short(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    text_ = lines[-1] if "Traceback" in stderr else lines[0]
    return re.sub(r"/\S*/(journal\.(db|key)|backups/\S+|journal)\b", r"…/\1", text_)[:300]


@dataclass
class PointResult:
    call: str
    when: int
    killed: bool
    acknowledged: bool
    problems: list[str]
    message: str


def run_point(
    scenario: Scenario, prepared: Prepared, work: Path, runner: CliRunner, call: str, when: int
) -> PointResult:
    folder = work / f"{call}-{when}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(prepared.folder, folder, symlinks=True)
    try:
        env = cli_environment(folder)
        outcome = run_under_strace(command_line(prepared, folder), env, call, when)
        acknowledged = not outcome.killed and outcome.code == 0
        problems: list[str] = []
        if not outcome.killed and outcome.code != 0:
            problems.append(f"exit {outcome.code} without a kill: {_short(outcome.stderr)}")
        copy = folder / "checked-copy"
        shutil.copytree(folder / "journal", copy)
        verdict = check_copy(copy, prepared, acknowledged)
        problems += verdict.problems
        problems += check_backups(folder / "journal", prepared, scenario, verdict.opened_as)
        show_problems, message = check_show(runner, folder, prepared, verdict)
        problems += show_problems
        if problems:  # what the user was told about it
            problems = [f"{p} [show then said: {message or 'nothing, exit 0'}]" for p in problems]
        return PointResult(call, when, outcome.killed, acknowledged, problems, message)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- the sweep ---------------------------------------------------------------------------


@dataclass
class SweepFigures:
    command: str
    calls_seen: dict[str, int] = field(default_factory=dict)
    points_tried: int = 0
    points_by_kind: dict[str, int] = field(default_factory=dict)
    kills: int = 0
    completed_untouched: int = 0
    failures: list[str] = field(default_factory=list)
    messages: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    sampled: bool = True


def points_for(counts: dict[str, int], write_step: int) -> list[tuple[str, int]]:
    """The (call, N) to try: every N of a call up to one past its count (the untouched
    run), writes every ``write_step``-th plus the first and the last."""
    points = []
    for kind, names in SYSCALLS.items():
        for call in names:
            total = counts.get(call, 0)
            if total == 0:
                continue
            numbers = list(range(1, total + 2))
            if kind not in ALWAYS_SWEPT and write_step > 1:
                numbers = sorted({1, total, total + 1, *range(1, total + 1, write_step)})
            points += [(call, n) for n in numbers]
    return points


def sweep(scenario: Scenario, work: Path, *, write_step: int, workers: int = 1) -> SweepFigures:
    """Prepare the scenario once and try its crash points (see :func:`points_for`); a call
    whose last point still killed the command is swept on until it completes untouched."""
    started = time.monotonic()
    work.mkdir(parents=True, exist_ok=True)
    prepared = scenario.prepare(work / "template")
    figures = SweepFigures(scenario.name, sampled=write_step > 1)
    counts, untouched = _count(prepared, work)
    figures.calls_seen = counts
    if untouched.code != 0:
        figures.failures.append(
            f"{scenario.name}: the untouched command failed: exit {untouched.code}: "
            f"{_short(untouched.stderr)}"
        )
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
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(one, points_for(counts, write_step)))
        for call in {r.call for r in results}:
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


def _count(prepared: Prepared, work: Path) -> tuple[dict[str, int], RunOutcome]:
    folder = work / "untouched"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(prepared.folder, folder, symlinks=True)
    try:
        return count_calls(command_line(prepared, folder), cli_environment(folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _add(figures: SweepFigures, scenario: Scenario, result: PointResult) -> None:
    figures.points_tried += 1
    kind = next(k for k, names in SYSCALLS.items() if result.call in names)
    figures.points_by_kind[kind] = figures.points_by_kind.get(kind, 0) + 1
    figures.kills += result.killed
    figures.completed_untouched += not result.killed
    if result.message:
        figures.messages[result.message] = figures.messages.get(result.message, 0) + 1
    for problem in result.problems:
        figures.failures.append(
            f"{scenario.name} {result.call} N={result.when} "
            f"({'killed' if result.killed else 'not killed'}): {problem}"
        )


# --- the figures table -------------------------------------------------------------------


def table(all_figures: list[SweepFigures]) -> list[str]:
    """The Markdown table of docs/RELIABILITY.md: commands x crash points, failures."""
    kinds = list(SYSCALLS)
    lines = [
        "| Command | " + " | ".join(kinds) + " | points | kills | failing points |",
        "|---|" + "---|" * (len(kinds) + 3),
    ]
    for figures in all_figures:
        failing = len({f.split(":", 1)[0] for f in figures.failures})
        cells = [str(figures.points_by_kind.get(kind, 0)) for kind in kinds]
        lines.append(
            f"| `{figures.command}` | "
            + " | ".join(cells)
            + f" | {figures.points_tried} | {figures.kills} | {failing} |"
        )
    return lines


def _say(*parts: str, file: object = None, flush: bool = True) -> None:
    stream = sys.stderr if file is sys.stderr else sys.stdout
    stream.write(" ".join(parts) + "\n")
    stream.flush()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commands", nargs="*", default=list(SCENARIOS))
    parser.add_argument("--long", action="store_true", help="every write too, not a sample")
    parser.add_argument("--write-step", type=int, default=None)
    parser.add_argument("--workers", type=int, default=1)
    options = parser.parse_args(argv)
    step = options.write_step or (1 if options.long else SAMPLE_WRITE_STEP)
    results = []
    with tempfile.TemporaryDirectory(prefix="crash-points-") as scratch:
        for name in options.commands:
            figures = sweep(
                SCENARIOS[name], Path(scratch) / name, write_step=step, workers=options.workers
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
    _say("\n".join(table(results)))
    return 1 if any(f.failures for f in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
