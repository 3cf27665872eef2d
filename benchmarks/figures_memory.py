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

import shutil
import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING

from benchmarks import data
from benchmarks.figures_cli import journal
from benchmarks.harness import (
    Row,
    Samples,
    Target,
    fmt,
    launcher,
    measured_row,
    run_process,
    unavailable_row,
)
from benchmarks.listing import KEYRING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from benchmarks.figures import Context

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


FIGURES: dict[str, Callable[[Context], list[Row]]] = {"streams": streams}
