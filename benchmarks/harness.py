"""Timing, statistics, targets and the result table.

Every figure is a median of several runs after a warm-up; a figure and its baseline are
run alternately (A B A B ...) so that load from other processes on the machine falls on
both alike.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

REPO = Path(__file__).resolve().parent.parent
LAUNCHERS = Path(__file__).resolve().parent / "launchers"


def say(text: str = "") -> None:
    """Progress and results on stdout (the suite is a command-line tool)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


# --- samples -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Samples:
    """Measured values (seconds, bytes, ...) of one quantity, warm-up excluded."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def n(self) -> int:
        return len(self.values)

    def spread(self, unit: str) -> str:
        if self.n == 1:
            return f"n=1: {fmt(self.values[0], unit)}"
        return (
            f"median {fmt(self.median, unit)}, min {fmt(self.low, unit)}, "
            f"max {fmt(self.high, unit)}, n={self.n}"
        )


def repeat(measure: Callable[[], float], *, warmup: int, runs: int) -> Samples:
    for _ in range(warmup):
        measure()
    return Samples(tuple(measure() for _ in range(runs)))


def alternate(
    measures: Mapping[str, Callable[[], float]], *, warmup: int, runs: int
) -> dict[str, Samples]:
    """Run each measure ``warmup`` times, then all of them in turn ``runs`` times."""
    for _ in range(warmup):
        for measure in measures.values():
            measure()
    values: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(runs):
        for name, measure in measures.items():
            values[name].append(measure())
    return {name: Samples(tuple(v)) for name, v in values.items()}


def timed(work: Callable[[], object]) -> Callable[[], float]:
    """A measure: the wall time of one call of ``work``."""

    def measure() -> float:
        started = time.perf_counter()
        work()
        return time.perf_counter() - started

    return measure


# --- processes -----------------------------------------------------------------------------


class ProcessFailedError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class ProcessRun:
    spawned: float  # time.monotonic() just before the process was started
    wall: float  # seconds from start to exit
    cpu: float  # user + system seconds of the child
    returncode: int
    stdout: str
    reports: tuple[dict[str, Any], ...]  # JSON lines the process printed

    def report(self, key: str) -> Any:
        for item in self.reports:
            if key in item:
                return item[key]
        raise ProcessFailedError(f"the process reported no {key!r}: {self.stdout[-500:]}")


def run_process(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
    cwd: Path | None = None,
    stdin: str | None = None,
    check: bool = True,
) -> ProcessRun:
    """Run a command to its end; its JSON lines on stdout become ``reports``."""
    before = os.times()
    spawned = time.monotonic()
    done = subprocess.run(
        list(argv),
        env=dict(env) if env is not None else None,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    wall = time.monotonic() - spawned
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    if check and done.returncode != 0:
        output = (done.stderr or done.stdout).strip().splitlines()
        sys.stderr.write("\n".join(output[-30:]) + "\n")
        last = output[-1] if output else "no output"
        raise ProcessFailedError(
            f"{Path(argv[1] if len(argv) > 1 else argv[0]).name} "
            f"exited {done.returncode}: {last[:300]}"
        )
    reports = []
    for line in done.stdout.splitlines():
        if line.startswith("{") and line.endswith("}"):
            try:
                reports.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return ProcessRun(spawned, wall, cpu, done.returncode, done.stdout, tuple(reports))


def launcher(name: str) -> str:
    return str(LAUNCHERS / name)


# --- units ---------------------------------------------------------------------------------


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        if value >= 1:
            return f"{value:.2f} s"
        if value >= 0.001:
            return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
        return f"{value * 1e6:.0f} µs"
    if unit == "B":
        return f"{value / 2**20:.0f} MiB"
    if unit == "x":
        return f"{value:.2f}×"
    return f"{value:g} {unit}"


# --- targets and rows ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Target:
    """What the issue asks of a figure; ``judge`` says met or by how much it misses."""

    text: str
    max_value: float | None = None  # ours <= max_value
    min_value: float | None = None  # ours >= min_value
    max_ratio: float | None = None  # ours / baseline <= max_ratio
    min_speedup: float | None = None  # baseline / ours >= min_speedup

    @property
    def needs_baseline(self) -> bool:
        return self.max_ratio is not None or self.min_speedup is not None

    def judge(self, ours: float, baseline: float | None, unit: str) -> tuple[bool | None, str]:
        """(met, verdict); met is None when the target cannot be judged (not measured)."""
        if self.needs_baseline and not baseline:
            # A ratio without its baseline is no figure at all: never "met".
            return None, f"{NOT_MEASURED}: no baseline for a ratio target"
        misses = []
        if self.max_value is not None and ours > self.max_value:
            misses.append(
                f"{fmt(ours - self.max_value, unit)} over {fmt(self.max_value, unit)} "
                f"({ours / self.max_value:.1f}× the limit)"
            )
        if self.min_value is not None and ours < self.min_value:
            misses.append(f"{fmt(self.min_value - ours, unit)} under {fmt(self.min_value, unit)}")
        if self.max_ratio is not None and baseline:
            ratio = ours / baseline
            if ratio > self.max_ratio:
                allowed = baseline * self.max_ratio
                misses.append(
                    f"{ratio:.2f}× vs ≤ {self.max_ratio:g}×: "
                    f"{fmt(ours - allowed, unit)} over {fmt(allowed, unit)}"
                )
        if self.min_speedup is not None and baseline:
            speedup = baseline / ours
            if speedup < self.min_speedup:
                needed = baseline / self.min_speedup
                misses.append(
                    f"{speedup:.2f}× faster vs ≥ {self.min_speedup:g}×: "
                    f"needs ≤ {fmt(needed, unit)}, {fmt(ours - needed, unit)} to cut"
                )
        if misses:
            return False, "not met: " + "; ".join(misses)
        return True, "met"


NOT_MEASURED = "not measured"


@dataclass(slots=True)
class Row:
    """One line of the table.

    ``met`` is True or False only for a figure judged against its target; None is "not
    measured" (skipped, no baseline, an error, a quick run), unless ``report_only`` says
    the row carries no target by design (a figure reported beside the judged ones).
    ``path`` is the user path the row times (e.g. "CLI, key remembered").
    """

    figure: str
    target: str
    baseline: str = "—"
    ours: str = "—"
    ratio: str = "—"
    verdict: str = "—"
    met: bool | None = None
    details: list[str] = field(default_factory=list)
    path: str = ""
    report_only: bool = False
    value: float | None = None  # the median of "ours", in ``unit`` (for the growth lines)
    unit: str = ""
    logged_days: int = 0  # the size of the journal measured, when the row names one
    low_high: tuple[float, float] | None = None  # min and max of "ours"
    ratio_value: float | None = None  # ours ÷ baseline (medians), when there is a baseline

    @property
    def not_measured(self) -> bool:
        return self.met is None and not self.report_only


def measured_row(
    figure: str,
    target: Target,
    ours: Samples,
    unit: str,
    *,
    baseline: Samples | None = None,
    baseline_name: str = "",
    ratio_kind: str = "ours/baseline",
    judge: bool = True,
    path: str = "",
) -> Row:
    row = Row(figure, target.text, path=path, value=ours.median, unit=unit)
    row.low_high = (ours.low, ours.high)
    row.ours = fmt(ours.median, unit)
    if baseline is not None and baseline.median:
        row.ratio_value = ours.median / baseline.median
    if baseline is not None:
        row.baseline = fmt(baseline.median, unit) + (f" ({baseline_name})" if baseline_name else "")
        if ratio_kind == "speedup":
            row.ratio = f"{baseline.median / ours.median:.2f}× faster"
        else:
            row.ratio = f"{ours.median / baseline.median:.2f}×"
        row.details.append(f"baseline: {baseline.spread(unit)}")
    row.details.append(f"ours: {ours.spread(unit)}")
    if judge:
        met, verdict = target.judge(ours.median, baseline.median if baseline else None, unit)
        row.met, row.verdict = met, verdict
    else:
        row.verdict = "not judged (quick)"
    return row


def report_row(figure: str, ours: Samples, unit: str, *, path: str = "", what: str = "") -> Row:
    """A figure reported beside the judged ones, with no target of its own."""
    row = Row(figure, "report only", path=path, report_only=True, value=ours.median, unit=unit)
    row.ours = fmt(ours.median, unit)
    row.verdict = what or "reported, not judged"
    row.details.append(f"ours: {ours.spread(unit)}")
    return row


def unavailable_row(figure: str, target: str, why: str, *, path: str = "") -> Row:
    """A row that could not be measured: its verdict says so and why."""
    row = Row(figure, target, path=path)
    row.verdict = why if why.startswith(NOT_MEASURED) else f"{NOT_MEASURED}: {why}"
    return row


def verdict_line(rows: Sequence[Row]) -> str:
    """The report's one-line verdict: what is not measured, what misses, else all met.

    "Every target is met" is said only when no row is left unmeasured.
    """
    judged = [r for r in rows if not r.report_only]
    unmeasured = [r for r in judged if r.not_measured]
    missed = [r for r in judged if r.met is False]
    parts = []
    if unmeasured:
        parts.append(
            f"{len(unmeasured)} of {len(judged)} rows not measured: "
            + "; ".join(f"{r.figure} ({r.verdict.removeprefix(NOT_MEASURED + ': ')})"
                        for r in unmeasured)
        )  # fmt: skip
    if missed:
        parts.append(
            f"{len(missed)} {'misses its' if len(missed) == 1 else 'miss their'} target"
            + ("" if unmeasured else f" (of {len(judged)} judged rows)")
        )
    if not judged:
        return "No row has a target to judge."
    if not parts:
        return f"Every target is met ({len(judged)} of {len(judged)} rows measured and judged)."
    return "; ".join(parts) + "."


def exit_code(rows: Sequence[Row], *, errors: int, quick: bool) -> int:
    """1 on an error; 2 when a judged (not quick) run left a row not measured; else 0."""
    if errors:
        return 1
    if not quick and any(r.not_measured for r in rows):
        return 2
    return 0


def table(rows: Sequence[Row]) -> str:
    head = "| user path | figure | baseline | ours | ratio | target | met / not met |"
    lines = [head, "|---|---|---|---|---|---|---|"]
    for r in rows:
        cells = (r.path or "—", r.figure, r.baseline, r.ours, r.ratio, r.target, r.verdict)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)
