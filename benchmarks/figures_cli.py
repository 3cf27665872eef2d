"""The CLI's fixed cost and the paths a user meets (issue 20), each against a floor.

Every figure is the whole process, timed from just before it is spawned to its exit, run
alternately with its floor (medians). The floor (``launchers/cli_floor.py --raw``) is a
Python process that imports ``sqlcipher3``, keys the file with the raw data key handed to
it by the suite (no keyring in the floor), runs one equivalent query and exits. Ours reads
its key from gnome-keyring (the suite remembered it there), as a user's CLI does.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from typing import TYPE_CHECKING

from benchmarks import data
from benchmarks.harness import (
    Row,
    Samples,
    Target,
    alternate,
    fmt,
    launcher,
    measured_row,
    report_row,
    run_process,
    unavailable_row,
)
from benchmarks.listing import KEYRING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from benchmarks.figures import Context

WORD = "budget"
ONE_YEAR = 365
PATH = f"CLI, {KEYRING}"

_KEYS: dict[Path, bytes] = {}


def journal(ctx: Context, days: int) -> tuple[data.StandardJournal, bytes]:
    """The cached journal of ``days`` and its data key (the standard one when it fits)."""
    if ctx.standard.days == days:
        return ctx.standard, ctx.key
    made = data.standard_journal(days, ctx.env)
    if made.root not in _KEYS:
        _KEYS[made.root] = data.data_key(made.root)
    return made, _KEYS[made.root]


def small_journal(ctx: Context) -> tuple[data.StandardJournal, bytes]:
    """The 1-year journal the issue names for show/log (the standard one when larger)."""
    if ctx.standard.days > 3650:  # the 30-year pass: show and log at 30 years too
        return ctx.standard, ctx.key
    return journal(ctx, ONE_YEAR)


def _years(j: data.StandardJournal) -> str:
    return f"{j.days / 365:.0f}-year"


def backed_up_copy(ctx: Context, src: Path, name: str, key: bytes) -> Path:
    """A copy with today's automatic backup already made (the fast path's state)."""
    copy = data.copy_journal(src, ctx.work / name)
    opened = data.open_with_key(copy, key)
    try:
        opened.backup_if_due()
    finally:
        opened.close()
    return copy


def backups(folder: Path) -> int:
    root = folder / "backups"
    return sum(1 for p in root.rglob("*") if p.is_file()) if root.exists() else 0


def cli_fixed(ctx: Context) -> list[Row]:
    """`show` and `log` (1-year journal) and `search` (standard journal) against floors."""
    if ctx.keyring_problem:
        why = f"skipped: {ctx.keyring_problem}"
        return [unavailable_row(f"CLI `{c}`", "≤ 3× / ≤ 2× the floor", why, path=PATH)
                for c in ("show", "log", "search")]  # fmt: skip
    small, small_key = small_journal(ctx)
    rows = [_show(ctx, small, small_key), *_log(ctx, small, small_key), _search(ctx)]
    ctx.note(
        "CLI fixed cost",
        "Whole processes from spawn to exit, ours alternating with its floor. Ours reads "
        "its key from gnome-keyring (remembered by the suite); the floor "
        "(`launchers/cli_floor.py --raw`) gets the raw data key from the suite in its "
        "environment, imports only `sqlcipher3`, keys the file (`PRAGMA key = \"x'…'\"`), "
        "runs one equivalent query and exits: no keyring, no checks. Today's backup was "
        "made before timing (the fast path); the first command of the day is its own row.",
    )
    return rows


def _pair(
    ctx: Context, ours: Callable[[], float], floor: Callable[[], float], runs: int = 9
) -> dict[str, Samples]:
    return alternate({"ours": ours, "floor": floor}, warmup=ctx.warmup(2), runs=ctx.runs(runs))


def _show(ctx: Context, small: data.StandardJournal, key: bytes) -> Row:
    copy = backed_up_copy(ctx, small.root, "cli-show", key)
    last = date.today()
    first = last - timedelta(days=6)
    args = ["show", "--from", first.isoformat(), "--to", last.isoformat(), "--data-dir", str(copy)]
    ours_argv = [*data.cli_command(), *args]
    floor_argv = [sys.executable, launcher("cli_floor.py"), "--raw", "show", str(copy),
                  first.isoformat(), last.isoformat()]  # fmt: skip
    env = data.cli_env(ctx.env)
    floor_env = dict(env, BENCH_DATA_KEY=key.hex())
    with data.remembered_in_keyring(copy, key):
        samples = _pair(
            ctx,
            lambda: run_process(ours_argv, env=env, stdin="").wall,
            lambda: run_process(floor_argv, env=floor_env).wall,
        )
        from benchmarks.figures import importtime_summary  # figures imports this module's peers

        imports = importtime_summary(
            [sys.executable, "-X", "importtime", "-m", "wellbeing_desktop", *args],
            env,
            ("sqlalchemy", "sqlalchemy.orm", "keyring", "secretstorage", "jeepney",
             "sqlcipher3", "alembic", "wellbeing_desktop.services.journal"),
        )  # fmt: skip
    ctx.note("CLI fixed cost", "`show` one week:", *imports)
    row = measured_row(
        f"`show` one week, {_years(small)} journal",
        Target("≤ 3× the floor", max_ratio=3),
        samples["ours"], "s", baseline=samples["floor"],
        baseline_name="floor: Python + sqlcipher3, raw key from the suite, the week's rows",
        judge=ctx.judge, path=PATH,
    )  # fmt: skip
    row.logged_days = small.logged_days
    return row


def _log(ctx: Context, small: data.StandardJournal, key: bytes) -> list[Row]:
    """`log` on a fresh copy (its first command today: every page checked), and a later one.

    The later one runs on a copy that an earlier `log` wrote to just before (untimed): the
    path of a second `log` that day, when nothing else wrote to the journal in between.
    It checks every page again: the first one's check record is of the file before its
    commit, which no longer fits (no record is made for the file a write leaves).
    """
    template = backed_up_copy(ctx, small.root, "cli-log-template", key)
    today = date.today().isoformat()
    env = data.cli_env(ctx.env)
    floor_env = dict(env, BENCH_DATA_KEY=key.hex())
    made: list[int] = []

    def fresh(name: str) -> Path:
        target = ctx.work / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(template, target)
        return target

    def log(copy: Path, energy: str) -> float:
        before = backups(copy)
        wall = run_process(
            [*data.cli_command(), "log", "--date", today, "--energy", energy, "--data-dir",
             str(copy)], env=env, stdin="",
        ).wall  # fmt: skip
        made.append(backups(copy) - before)
        return wall

    def floor() -> float:
        copy = fresh("cli-log-floor")
        argv = [sys.executable, launcher("cli_floor.py"), "--raw", "log", str(copy), today]
        return run_process(argv, env=floor_env).wall

    def later() -> float:
        copy = fresh("cli-log-later")
        log(copy, "2")  # the day's first command on this file (untimed)
        return log(copy, "3")

    with data.remembered_in_keyring(template, key):
        samples = _pair(ctx, lambda: log(fresh("cli-log-ours"), "3"), floor)
        later_samples = _pair(ctx, later, floor)
    rows = [
        measured_row(
            f"`log --energy 3` (one field), {_years(small)} journal, a copy per run",
            Target("≤ 3× the floor", max_ratio=3),
            samples["ours"], "s", baseline=samples["floor"],
            baseline_name="floor: raw key from the suite, one update + commit",
            judge=ctx.judge, path=PATH,
        ),
        measured_row(
            f"`log --energy 3` (one field), {_years(small)} journal, after a `log` that day "
            "(nothing else wrote in between)",
            Target("≤ 3× the floor", max_ratio=3),
            later_samples["ours"], "s", baseline=later_samples["floor"],
            baseline_name="floor: raw key from the suite, one update + commit",
            judge=ctx.judge, path=PATH,
        ),
    ]  # fmt: skip
    for row in rows:
        row.logged_days = small.logged_days
    ctx.note(
        "CLI fixed cost",
        f"`log`: backups made per run (today's was made already): {max(made, default=0)}. "
        "The first row is the day's first command on the file: every page's HMAC and the "
        "B-tree are checked (`integrity.file_problems`). The second runs after an untimed "
        "`log` on the same copy and checks every page again too: that one's check record "
        "is of the file before its own commit, which changed the file (no record is made "
        "for the file a write leaves: a write by another program in the same moment could "
        "not be told from it).",
    )
    return rows


def _search(ctx: Context) -> Row:
    copy = backed_up_copy(ctx, ctx.standard.root, "cli-search-floor", ctx.key)
    env = data.cli_env(ctx.env)
    floor_env = dict(env, BENCH_DATA_KEY=ctx.key.hex())
    ours_argv = [*data.cli_command(), "search", WORD, "--data-dir", str(copy)]
    floor_argv = [sys.executable, launcher("cli_floor.py"), "--raw", "search", str(copy), WORD]
    with data.remembered_in_keyring(copy, ctx.key):
        samples = _pair(
            ctx,
            lambda: run_process(ours_argv, env=env, stdin="").wall,
            lambda: run_process(floor_argv, env=floor_env).wall,
        )
    row = measured_row(
        f"`search {WORD}`, {ctx.years} journal",
        Target("≤ 2× the floor", max_ratio=2),
        samples["ours"], "s", baseline=samples["floor"],
        baseline_name="floor: raw key from the suite, the app's FTS query",
        judge=ctx.judge, path=PATH,
    )  # fmt: skip
    row.logged_days = ctx.standard.logged_days
    return row


# --- the paths a user meets ------------------------------------------------------------------


def cli_paths(ctx: Context) -> list[Row]:
    """`search` on the paths a user meets: first of the day, GUI open, passphrase file."""
    if ctx.keyring_problem:
        return [
            unavailable_row("CLI `search`: the paths a user meets", "≤ 1.1× the fast path",
                            f"skipped: {ctx.keyring_problem}", path=PATH)
        ]  # fmt: skip
    fast = backed_up_copy(ctx, ctx.standard.root, "cli-fast", ctx.key)
    first = data.copy_journal(ctx.standard.root, ctx.work / "cli-first")
    env = data.cli_env(ctx.env)

    def search(folder: Path, *extra: str) -> list[str]:
        return [*data.cli_command(), "search", WORD, "--data-dir", str(folder), *extra]

    made: list[int] = []

    def first_of_day() -> float:
        shutil.rmtree(first / "backups", ignore_errors=True)  # no backup made today
        wall = run_process(search(first), env=env, stdin="").wall
        made.append(backups(first))
        return wall

    def fast_path() -> float:
        return run_process(search(fast), env=env, stdin="").wall

    rows = []
    with data.remembered_in_keyring(fast, ctx.key):  # the copies share the journal's id
        day = alternate(
            {"fast": fast_path, "first": first_of_day}, warmup=ctx.warmup(1), runs=ctx.runs(7)
        )
        rows.append(measured_row(
            f"`search {WORD}`, {ctx.years} journal, first command of the day",
            Target("≤ 1.1× the fast path", max_ratio=1.1),
            day["first"], "s", baseline=day["fast"],
            baseline_name="fast path: today's backup made, journal at rest",
            judge=ctx.judge, path=f"{PATH}, first command of the day (no backup made today)",
        ))  # fmt: skip
        ctx.note(
            rows[-1].figure,
            f"Backups the read command made (it must make none): {max(made, default=0)}.",
        )
        rows.append(_gui_open(ctx, fast, search(fast), env, fast_path))
    rows.append(_passphrase_file(ctx, fast, search, env))
    for row in rows:
        row.logged_days = ctx.standard.logged_days
    return rows


def _gui_open(
    ctx: Context, folder: Path, argv: list[str], env: dict[str, str], alone: Callable[[], float]
) -> Row:
    """Paired: search with a process holding the journal open as the GUI does, and without."""
    holder_argv = [sys.executable, launcher("hold_open.py"), str(folder)]

    def with_gui() -> float:
        holder = subprocess.Popen(
            holder_argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout is not None
            line = holder.stdout.readline()
            if '"ready"' not in line:
                raise RuntimeError(f"hold_open.py did not open the journal: {line[:200]}")
            return run_process(argv, env=env, stdin="").wall
        finally:
            assert holder.stdin is not None
            holder.stdin.close()
            holder.wait(timeout=60)

    samples = alternate({"alone": alone, "gui": with_gui}, warmup=ctx.warmup(1), runs=ctx.runs(7))
    return measured_row(
        f"`search {WORD}`, {ctx.years} journal, the journal open in the GUI",
        Target("≤ 1.1× without the GUI", max_ratio=1.1),
        samples["gui"], "s", baseline=samples["alone"],
        baseline_name="the same command, journal not open elsewhere",
        judge=ctx.judge, path=f"{PATH}, journal open in the GUI (`launchers/hold_open.py`)",
    )  # fmt: skip


def _passphrase_file(
    ctx: Context, folder: Path, search: Callable[..., list[str]], env: dict[str, str]
) -> Row:
    """Report only: the passphrase file pays Argon2id; shown as KDF + the rest."""
    from wellbeing_desktop.security import keyfile

    secret = ctx.work / "passphrase.txt"
    secret.write_text(data.PASSPHRASE + "\n")
    secret.chmod(0o600)
    argv = search(folder, "--passphrase-file", str(secret))

    def kdf() -> float:
        started = time.perf_counter()
        keyfile.unlock_with_passphrase(folder / "journal.key", data.PASSPHRASE)
        return time.perf_counter() - started

    samples = alternate(
        {"cli": lambda: run_process(argv, env=env, stdin="").wall, "kdf": kdf},
        warmup=ctx.warmup(1),
        runs=ctx.runs(5),
    )
    rest = samples["cli"].median - samples["kdf"].median
    return report_row(
        f"`search {WORD} --passphrase-file F`, {ctx.years} journal",
        samples["cli"], "s",
        path="CLI, --passphrase-file (Argon2id in the process)",
        what=f"KDF {fmt(samples['kdf'].median, 's')} + the rest {fmt(rest, 's')} "
        "(KDF: `keyfile.unlock_with_passphrase` timed in the suite, alternately)",
    )  # fmt: skip


FIGURES: dict[str, Callable[[Context], list[Row]]] = {
    "cli-fixed": cli_fixed,
    "cli-paths": cli_paths,
}
