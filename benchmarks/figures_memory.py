"""Exports and reports in bounded memory (issue 20), at 30 years of data.

Each row runs ``launchers/stream_mem.py``: the CLI's own ``main`` in one process, first
for one day (imports and first-use costs paid), then for the whole journal; the peak
(VmHWM, reset just before) against the resident memory just before the whole-journal
command. Comparing a separate CLI process with ``show``'s peak was the other choice; it
would fold the command's imports (SQLAlchemy, openpyxl, the PDF engine) into the
"data" cost, so the in-process before/after is the honest one: it is what the data
costs, and what grows with the journal.
"""

from __future__ import annotations

import contextlib
import shutil
import statistics
import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING

from benchmarks import data
from benchmarks.figures_cli import journal
from benchmarks.figures_gui import _fresh_copy
from benchmarks.harness import (
    Row,
    Samples,
    Target,
    alternate,
    fmt,
    launcher,
    measured_row,
    run_process,
    unavailable_row,
)
from benchmarks.listing import KEYRING, LISTING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from benchmarks.figures import Context


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


THIRTY_YEARS = 10950
PATH = f"CLI, {KEYRING}"
TARGET = Target("peak ≤ 1.2× the memory just before", max_ratio=1.2)

# (row name, the command without --data-dir/--from/--to; OUT is replaced by a path)
COMMANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("`export --format json`", ("export", "--format", "json", "--out", "OUT.json")),
    ("`export --format csv`", ("export", "--format", "csv", "--out", "OUT.csv")),
    ("`export --format xlsx`", ("export", "--format", "xlsx", "--out", "OUT.xlsx")),
    ("`export --format markdown`", ("export", "--format", "markdown", "--out", "OUT-md")),
    ("`report --kind coach --format pdf`",
     ("report", "--kind", "coach", "--format", "pdf", "--out", "OUT.pdf")),
    ("`report --kind one-on-one --format pdf`",
     ("report", "--kind", "one-on-one", "--format", "pdf", "--out", "OUT.pdf")),
)  # fmt: skip


def streams(ctx: Context) -> list[Row]:
    big, key = (ctx.standard, ctx.key) if ctx.quick else journal(ctx, THIRTY_YEARS)
    n = round(big.days / 365)
    years = f"{n} year" if n == 1 else f"{n} years"
    if ctx.keyring_problem:
        return [unavailable_row(f"{name}, {years}", TARGET.text,
                                f"skipped: {ctx.keyring_problem}", path=PATH)
                for name, _ in COMMANDS]  # fmt: skip
    copy = data.copy_journal(big.root, ctx.work / "streams")
    opened = data.open_with_key(copy, key)
    try:
        opened.backup_if_due()  # the read commands' fast path; they make no backup
    finally:
        opened.close()
    first = (date.today() - timedelta(days=big.days)).isoformat()
    env = data.cli_env(ctx.env)
    rows = []
    with data.remembered_in_keyring(copy, key):
        for name, command in COMMANDS:
            rows.append(_one(ctx, f"{name}, whole journal, {years}", command, copy, first, env))
    for row in rows:
        row.logged_days = big.logged_days
    return rows


def _one(
    ctx: Context,
    figure: str,
    command: tuple[str, ...],
    copy: Path,
    first: str,
    env: dict[str, str],
) -> Row:
    befores: list[float] = []
    peaks: list[float] = []
    sizes: list[int] = []
    scratch = ctx.work / "streams-out"
    for _ in range(ctx.runs(2)):  # memory: the same to the MiB from run to run
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        argv = [part.replace("OUT", str(scratch / "out")) for part in command]
        done = run_process(
            [sys.executable, launcher("stream_mem.py"), str(copy), str(scratch), first, *argv],
            env=env,
            stdin="",
            timeout=900,
        )
        befores.append(float(done.report("before")))
        peaks.append(float(done.report("peak")))
        sizes.append(int(done.report("bytes")))
    shutil.rmtree(scratch, ignore_errors=True)
    row = measured_row(
        figure, TARGET, Samples(tuple(peaks)), "B",
        baseline=Samples(tuple(befores)),
        baseline_name="VmRSS just before, same process, after the command ran for one day",
        judge=ctx.judge, path=PATH,
    )  # fmt: skip
    ctx.note(
        "exports and reports in bounded memory",
        f"- {figure}: before {fmt(befores[-1], 'B')}, peak {fmt(peaks[-1], 'B')} "
        f"(+{fmt(peaks[-1] - befores[-1], 'B')}), output {sizes[-1] / 2**20:.1f} MiB",
    )
    return row


# --- peak RSS on the paths a user takes --------------------------------------------------------

RSS_TARGET = Target("≤ 1.5× the fair floor", max_ratio=1.5)
RSS_VARIANTS = dict(
    zip(("--keyring", "--passphrase"), (i.path for i in LISTING["rss"]), strict=True)
)


def peak_rss(ctx: Context) -> list[Row]:
    """Peak memory of the real app (``cli.main`` → ``run_gui``) on Trends, by either unlock.

    ``launchers/rss_start.py`` starts the app as a user does and only watches; the fair
    floor (``launchers/rss_bare.py``) is a bare window with the app's PySide6 setting and
    pyqtgraph plotting as many points as the app's charts hold.
    """
    figures = {
        "--keyring": f"peak RSS, {ctx.years} journal open on the Trends view (key remembered)",
        "--passphrase": f"peak RSS, {ctx.years} journal open on the Trends view (passphrase typed)",
    }
    base = ctx.copy("rss")  # no backup of today: each run is the first start of a day
    stages: dict[str, list[dict[str, dict[str, int]]]] = {"bare": [], **{h: [] for h in figures}}
    points = [ctx.standard.days]  # until the app has said how many points its charts hold

    def ours(how: str) -> Callable[[], float]:
        def run() -> float:
            folder = _fresh_copy(base, ctx.work / "rss-run")
            remembered = (
                data.remembered_in_keyring(folder, ctx.key)
                if how == "--keyring"
                else contextlib.nullcontext()
            )
            with remembered:
                done = run_process(
                    [sys.executable, launcher("rss_start.py"), str(folder), how],
                    env=ctx.gui_env(BENCH_PASSPHRASE=ctx.standard.passphrase),
                    timeout=300,
                )
            stages[how].append(done.report("marks"))
            points[0] = int(done.report("points")) or points[0]
            return float(done.report("VmHWM"))

        return run

    def bare() -> float:
        done = run_process(
            [sys.executable, launcher("rss_bare.py"), str(points[0])],
            env=ctx.gui_env(),
            timeout=300,
        )
        stages["bare"].append(done.report("marks"))
        return float(done.report("VmHWM"))

    hows = [h for h in figures if not (h == "--keyring" and ctx.keyring_problem)]
    ours(hows[0])()  # learns how many points the charts hold (and fills the caches)
    stages[hows[0]].clear()
    measures = {"bare": bare, **{how: ours(how) for how in hows}}
    samples = alternate(measures, warmup=0, runs=ctx.runs(5))
    floor_name = (
        f"fair floor: bare PySide6 with the app's PySide6 setting + pyqtgraph, {points[0]} "
        "points (as many as the app's charts hold)"
    )
    rows = []
    for how, figure in figures.items():
        if how not in samples:
            rows.append(unavailable_row(figure, RSS_TARGET.text,
                                        f"not measured: {ctx.keyring_problem}",
                                        path=RSS_VARIANTS[how]))  # fmt: skip
            continue
        row = measured_row(
            figure, RSS_TARGET, samples[how], "B",
            baseline=samples["bare"], baseline_name=floor_name, judge=ctx.judge,
            path=RSS_VARIANTS[how],
        )  # fmt: skip
        row.logged_days = ctx.standard.logged_days
        rows.append(row)
        ctx.note(figure, *_rss_note(ctx, how, samples, stages))
    return rows


def _rss_note(
    ctx: Context,
    how: str,
    samples: dict[str, Samples],
    stages: dict[str, list[dict[str, dict[str, int]]]],
) -> list[str]:
    typing = "3"  # rss_start.py's defaults (BENCH_TYPING, BENCH_READING)
    if how == "--keyring":
        unlock = (
            "unlocks by itself with the key the suite remembered in gnome-keyring (read as "
            "the app reads it, in a worker, at the start; no Argon2id in the process)"
        )
    else:
        unlock = (
            f"paints its unlock view; {typing} s later (a user typing: the app's idle-time "
            "work runs meanwhile) the passphrase is put in the field and Enter given; the "
            "app's own unlock runs (Argon2id in a worker, 64 MiB by design)"
        )

    def stage(name: str, field: str) -> float:
        return _median([float(r[name][field]) for r in stages[how] if name in r])

    peak = samples[how].median
    lines = [
        "`launchers/rss_start.py`: the real entry point (`cli.main` with no command → "
        f"`app.run_gui`) over a fresh copy of the standard journal ({ctx.years}) without "
        f"today's backup (a first start of the day), in a process of its own. The app {unlock}; "
        "Today painted and ready for typing (`launchers/ready_watch.py`), 3 s reading Today "
        "(the app imports pyqtgraph in idle time and makes the day's backup 1.5 s after the "
        'unlock), then Trends shown with "all"/weekly and painted. The figure is the '
        "process's VmHWM at the end. The launcher builds nothing itself; it only watches "
        "(and types, for the passphrase).",
    ]
    if stages[how] and "Today ready" in stages[how][0]:
        at_today = stage("Today ready", "VmHWM")
        where = (
            "reached by then (the start's own peak, not the Trends view's)"
            if at_today >= peak - 2**20
            else f"reached later, on Trends (peak by Today ready: {fmt(at_today, 'B')})"
        )
        lines.append(
            f"Median peak {fmt(peak, 'B')}, {where}; the floor peaks at "
            f"{fmt(samples['bare'].median, 'B')}. Runs: {samples[how].spread('B')}."
        )
    lines += [
        "Resident and peak memory along the way, median (RSS / peak):",
        *_memory_stages("ours", stages[how]),
        *_memory_stages("fair floor", stages["bare"]),
    ]
    return lines


def _memory_stages(label: str, runs: list[dict[str, dict[str, int]]]) -> list[str]:
    if not runs:
        return []
    parts = []
    for stage in runs[0]:
        rss = _median([float(r[stage]["VmRSS"]) for r in runs if stage in r])
        peak = _median([float(r[stage]["VmHWM"]) for r in runs if stage in r])
        parts.append(f"{stage} {fmt(rss, 'B')} / {fmt(peak, 'B')}")
    return [f"- {label}: " + "; ".join(parts)]


FIGURES: dict[str, Callable[[Context], list[Row]]] = {"streams": streams}
