"""The GUI's time figures on the paths users take (issue 20), each beside its floor.

- a start with the key remembered → Today painted and ready for typing, against the bare
  window's first paint;
- the passphrase entered at the unlock view's first paint → Today painted, against key
  derivation on the same key file;
- search as you type in the GUI, every keystroke, against the raw FTS5 query;
- Trends: the first show on "All" in a fresh process, and every range and granularity
  switch the first time it is made.

Every GUI run is a process of its own (``launchers/``); a figure and its baseline run
alternately so that load from other processes falls on both alike.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from typing import TYPE_CHECKING, Any

from benchmarks import data
from benchmarks.harness import (
    ProcessFailedError,
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

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from benchmarks.figures import Context


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _fresh_copy(src: Path, dst: Path) -> Path:
    """A copy of a journal folder as it is (backups included), no lock file."""
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("*.lock", ".lock"))
    return dst


def _backed_up_today(ctx: Context, root: Path) -> None:
    """Make today's automatic backup in the journal at ``root`` (the app's own call)."""
    journal = data.open_with_key(root, ctx.key)
    try:
        journal.backup_if_due()  # None when the open made it already
    finally:
        journal.close()


# --- start with a remembered key → Today ready ------------------------------------------------

START_VARIANTS = {
    "first": "first start of the day (today's backup not made yet)",
    "later": "a later start that day (today's backup made)",
}


def remembered_start(ctx: Context) -> list[Row]:
    target = Target("≤ 3× the baseline", max_ratio=3)
    figures = {
        v: f"start with a remembered key → Today painted and ready for typing, {ctx.years} "
        f"journal, {what}"
        for v, what in START_VARIANTS.items()
    }
    if ctx.keyring_problem:
        return [
            unavailable_row(f, target.text, f"not measured: {ctx.keyring_problem}")
            for f in figures.values()
        ]
    python = sys.executable
    first = ctx.copy("remembered-first")  # the journal only: no backup of today
    later = ctx.copy("remembered-later")
    _backed_up_today(ctx, later)
    marks: dict[str, list[dict[str, float]]] = {v: [] for v in START_VARIANTS}
    cpu: dict[str, list[float]] = {"bare": [], **{v: [] for v in START_VARIANTS}}

    def bare() -> float:
        done = run_process([python, launcher("start_bare.py")], env=ctx.gui_env(), timeout=180)
        cpu["bare"].append(done.cpu)
        return float(done.report("painted")) - done.spawned

    def ours(variant: str, base: Path) -> Callable[[], float]:
        def one() -> float:
            folder = _fresh_copy(base, ctx.work / "remembered-run")
            done = run_process(
                [python, launcher("start_remembered.py"), str(folder)],
                env=ctx.gui_env(),
                timeout=180,
            )
            cpu[variant].append(done.cpu)
            marks[variant].append(dict(done.report("stamps"), spawned=done.spawned))
            return float(done.report("ready")) - done.spawned

        return one

    with data.remembered_in_keyring(first, ctx.key):
        samples = alternate(
            {"bare": bare, "first": ours("first", first), "later": ours("later", later)},
            warmup=ctx.warmup(1),
            runs=ctx.runs(7),
        )
    rows = []
    for variant, figure in figures.items():
        rows.append(
            measured_row(
                figure,
                target,
                samples[variant],
                "s",
                baseline=samples["bare"],
                baseline_name="bare PySide6 QMainWindow, first paint",
                judge=ctx.judge,
            )
        )
        runs = marks[variant][-samples[variant].n :]
        phases = [
            ("interpreter start → `cli.main` imported", "spawned", "cli_imported"),
            ("→ unlock view painted", "cli_imported", "unlock_painted"),
            ("→ shell current with Today (in a worker: the key from the keyring and Today's "
             "snapshot read through SQLCipher alone; then Today built from it; the journal "
             "opens after Today's paint)", "unlock_painted", "shell_current"),
            ("→ Today painted", "shell_current", "today_painted"),
        ]  # fmt: skip
        ctx.note(
            figure,
            "`launchers/start_remembered.py`: the real entry point (`cli.main` with no "
            "command → `app.run_gui`) over a copy of the standard journal whose data key is "
            "remembered in gnome-keyring (the suite's private Secret Service); the clock runs "
            "from the spawn until Today has painted and `QApplication.focusWidget()` is in "
            "Today (`launchers/ready_watch.py`). The baseline is the `startup` figure's: an "
            "empty 1120×760 QMainWindow until its first paint, same paint watcher. "
            + (
                "The copy has no backup of today, as on a user's first start of a day: the "
                "daily backup is made during this start, wherever the app makes it."
                if variant == "first"
                else "Today's backup was made in the copy beforehand (`backup_if_due`)."
            ),
            "Median per phase:",
            *(
                f"- {label}: {fmt(_median([r[b] - r[a] for r in runs if a in r and b in r]), 's')}"
                for label, a, b in phases
            ),
            f"- focus in Today after its paint: "
            f"{fmt(_median([max(0.0, r.get('focused', r['today_painted']) - r['today_painted']) for r in runs]), 's')}",  # noqa: E501
            f"CPU time (user + system) of the whole process, median: ours "
            f"{fmt(_median(cpu[variant]), 's')}, baseline {fmt(_median(cpu['bare']), 's')}.",
        )
    return rows


# --- passphrase entered → Today painted ---------------------------------------------------------

PASSPHRASE_MARGIN = 0.150  # what the unlock may add to key derivation (issue 20)


def passphrase_today(ctx: Context) -> list[Row]:
    from wellbeing_desktop.security import keyfile

    figure = (
        f"passphrase entered → Today painted, {ctx.years} journal (Enter at the unlock "
        "view's first paint, no pause; Argon2id included)"
    )
    target = Target(
        f"≤ key derivation + {PASSPHRASE_MARGIN * 1000:.0f} ms", max_value=PASSPHRASE_MARGIN
    )
    python = sys.executable
    base = ctx.copy("passphrase-base")
    _backed_up_today(ctx, base)  # a later unlock that day: the first-start row has the other
    key_file = base / "journal.key"
    runs: list[dict[str, float]] = []
    stamps: list[dict[str, float]] = []

    def ours() -> float:
        folder = _fresh_copy(base, ctx.work / "passphrase-run")
        done = run_process(
            [python, launcher("passphrase_today.py"), str(folder)],
            env=ctx.gui_env(BENCH_PASSPHRASE=ctx.standard.passphrase),
            timeout=180,
        )
        entered = float(done.report("entered"))
        runs.append(
            {
                "painted": float(done.report("painted")) - entered,
                "ready": float(done.report("ready")) - entered,
            }
        )
        stamps.append(dict(done.report("stamps"), spawned=done.spawned))
        return runs[-1]["painted"]

    def kdf() -> float:
        started = time.perf_counter()
        keyfile.unlock_with_passphrase(key_file, ctx.standard.passphrase)
        return time.perf_counter() - started

    samples = alternate({"kdf": kdf, "ours": ours}, warmup=ctx.warmup(1), runs=ctx.runs(7))
    runs, stamps = runs[-samples["ours"].n :], stamps[-samples["ours"].n :]
    # Paired: each run's unlock less the key derivation measured next to it.
    pairs = zip(samples["ours"].values, samples["kdf"].values, strict=True)
    extra = Samples(tuple(o - k for o, k in pairs))
    row = measured_row(
        figure,
        target,
        extra,
        "s",
        baseline=samples["kdf"],
        baseline_name="key derivation, `keyfile.unlock_with_passphrase` on the same key file",
        judge=ctx.judge,
    )
    row.ours = f"{fmt(samples['ours'].median, 's')} (key derivation + {fmt(extra.median, 's')})"
    row.ratio = f"+{fmt(extra.median, 's')}"
    row.details.insert(
        0,
        f"unlock → Today painted: {samples['ours'].spread('s')}; below, ours is each run's "
        "unlock less the key derivation measured right before it (paired)",
    )
    phases = [
        ("Enter → key derived (Argon2id in a worker, the app's `keyfile."
         "unlock_with_passphrase` returning: `launchers/kdf_watch.py`)", "entered", "key_derived"),
        ("→ shell current with Today (Today's snapshot read through SQLCipher alone in the "
         "worker, Today built from it; the journal opens after Today's paint)",
         "key_derived", "shell_current"),
        ("→ Today painted", "shell_current", "today_painted"),
    ]  # fmt: skip
    ctx.note(
        row.figure,
        "`launchers/passphrase_today.py`: the real entry point (`cli.main` → `app.run_gui`) "
        "over a copy of the standard journal, no key remembered; the passphrase is put in "
        "the field and Enter given (`returnPressed`) as soon as the unlock view's first "
        "paint has ended, so nothing is built ahead while a user types; the app's own "
        "unlock runs (`UnlockView._unlock`: in a worker, Argon2id on the passphrase slot "
        "and Today's snapshot; Today shown from it, the journal opened after its paint). "
        "The clock stops when Today has painted "
        "(`launchers/ready_watch.py`). Key derivation is timed in the suite's process on "
        "the same key file, alternately with the runs; the row is judged on the paired "
        "difference. Today's backup was made in the copy beforehand (a first start of the "
        "day is the remembered-key row's first variant).",
        "Median per phase:",
        *(
            f"- {label}: {fmt(_median([r[b] - r[a] for r in stamps if a in r and b in r]), 's')}"
            for label, a, b in phases
        ),
        f"Until the keyboard focus is in Today too (ready for typing): "
        f"{fmt(_median([r['ready'] for r in runs]), 's')}.",
    )
    return [row]


# --- search as you type in the GUI ------------------------------------------------------------


def gui_search(ctx: Context, copy: Path, raw_by_query: dict[str, list[float]]) -> Row:
    """Every keystroke's query in the Journal view, against the raw FTS5 query on the same file.

    ``raw_by_query`` holds the raw FTS5 query's times per query (``search_typing`` measures
    them on the same file).
    """
    from benchmarks.figures import TYPING

    queries = list(TYPING)
    figure = (
        f"search as you type in the GUI: every keystroke's query → results painted, "
        f"{ctx.years} journal, the slowest keystroke (250 ms typing pause excluded)"
    )
    target = Target("≤ 20 ms", max_value=0.020)
    done = run_process(
        [sys.executable, launcher("gui_search.py"), str(copy), str(ctx.runs(7, 1)), *queries],
        env=ctx.gui_env(),
        timeout=600,
    )
    seconds: dict[str, list[float]] = done.report("seconds")
    arrived: dict[str, list[float]] = done.report("results_in")
    hits: dict[str, int] = done.report("hits")
    slowest = max(queries, key=lambda q: _median(seconds[q]))
    row = measured_row(
        figure,
        target,
        Samples(tuple(seconds[slowest])),
        "s",
        baseline=Samples(tuple(raw_by_query[slowest])),
        baseline_name=f"raw FTS5 query of {slowest!r}, same file",
        judge=ctx.judge,
    )
    row.figure += f" ({slowest!r}, {hits.get(slowest, 0)} results shown)"
    per_key = [_median(seconds[q]) for q in queries]
    row.details.append(
        f"median over the {len(queries)} keystrokes (each keystroke's median): "
        f"{fmt(_median(per_key), 's')}; raw FTS5 likewise "
        f"{fmt(_median([_median(raw_by_query[q]) for q in queries]), 's')}"
    )
    ctx.note(
        row.figure,
        "`launchers/gui_search.py`: the Journal page of the real window, the journal open; "
        "for each prefix a user types (" + ", ".join(repr(q) for q in queries) + "), in "
        "that order, the text is set and Enter given, which runs the search at once (while "
        "typing, the view waits 250 ms for a pause first, by design; that wait is not "
        "counted), until the result list has painted that query's results. The judged figure "
        "is the slowest keystroke's median; the baseline the raw FTS5 query "
        "(`SELECT rowid … MATCH ? LIMIT 200`) of that keystroke on a second keyed "
        "connection to the same file.",
        f"Median over the keystrokes: {fmt(_median(per_key), 's')}. Per keystroke (results "
        "shown): query → painted / until the view held the results / raw FTS5:",
        *(
            f"- {q!r} ({hits.get(q, 0)}): {fmt(_median(seconds[q]), 's')} / "
            f"{fmt(_median(arrived[q]), 's')} / {fmt(_median(raw_by_query[q]), 's')}"
            for q in queries
        ),
    )
    return row


# --- Trends: first show on "All", every switch ------------------------------------------------


LATER_S = 4.0  # s: after the day's backup (1.5 s) and the charts' warm-up (2.5 s) began


def trends(ctx: Context) -> list[Row]:
    first_figure = (
        f'Trends: first show on "All" ({ctx.years} journal; fresh process, journal open, '
        "view never shown → painted)"
    )
    switch_figure = (
        f"Trends: every range and granularity switch, each the first of its kind "
        f"({ctx.years} journal), the slowest"
    )
    first_target = Target("≤ 150 ms", max_value=0.150)
    switch_target = Target("≤ 100 ms", max_value=0.100)
    copy = ctx.copy("trends")
    firsts: list[float] = []
    builds: list[float] = []
    switches: dict[str, list[float]] = {}
    parts: dict[str, list[tuple[float, float]]] = {}
    shape: dict[str, Any] = {}

    later_figure = (
        f'Trends: first show on "All", opened {LATER_S:g} s after Today painted ({ctx.years} '
        "journal; the charts' libraries loaded in idle time by then)"
    )
    later: list[float] = []

    def one(after_today: float = 0.3) -> None:
        done = run_process(
            [sys.executable, launcher("trends_first.py"), str(copy), str(after_today)],
            env=ctx.gui_env(),
            timeout=600,
        )
        if after_today != 0.3:
            later.append(float(done.report("first_show")))
            return
        firsts.append(float(done.report("first_show")))
        builds.append(float(done.report("built")))
        shape.update(
            charts=done.report("charts"),
            periods=done.report("periods"),
            starts_on=done.report("starts_on"),
        )
        for name, kind, seconds, fetch, draw in done.report("switches"):
            label = f"{name} ({kind})"
            switches.setdefault(label, []).append(float(seconds))
            parts.setdefault(label, []).append((float(fetch), float(draw)))

    try:
        for _ in range(ctx.warmup(1)):
            one()
        firsts.clear()
        builds.clear()
        switches.clear()
        parts.clear()
        for _ in range(ctx.runs(7, 1)):
            one()
            one(LATER_S)
    except ProcessFailedError as exc:
        return [
            unavailable_row(first_figure, first_target.text, f"error: {exc}"),
            unavailable_row(later_figure, first_target.text, f"error: {exc}"),
            unavailable_row(switch_figure, switch_target.text, f"error: {exc}"),
        ]
    rows = [
        measured_row(first_figure, first_target, Samples(tuple(firsts)), "s", judge=ctx.judge),
        measured_row(later_figure, first_target, Samples(tuple(later)), "s", judge=ctx.judge),
    ]
    slowest = max(switches, key=lambda s: _median(switches[s]))
    switch_row = measured_row(
        switch_figure, switch_target, Samples(tuple(switches[slowest])), "s", judge=ctx.judge
    )
    switch_row.figure += f" ({slowest})"
    rows.append(switch_row)
    ctx.note(
        first_figure,
        "`launchers/trends_first.py`, a fresh process per sample: the window as `run_gui` "
        "builds it, the journal opened with its key and Today painted (not timed); the "
        "Trends view has not been built. "
        + (
            'The view starts on "All" by itself; '
            if shape.get("starts_on") == "all"
            else f'The view starts on "{shape.get("starts_on")}"; the launcher has it pick '
            '"All" as it is made (hidden, it reads nothing; as if the user\'s last choice '
            "were remembered: the one thing the launcher arranges in the app); "
        )
        + "the clock runs from the sidebar's switch to Trends (`show_page`: the view built, "
        "pyqtgraph imported, the numbers read in a worker, the charts in sight built and "
        'drawn) until the view has painted "All" (by month) with its charts '
        f"({shape.get('charts')} charts in sight built by then, {shape.get('periods')} "
        "monthly periods).",
        f"Of that, `show_page` (the view made and placed, its imports): median "
        f"{fmt(_median(builds), 's')}; the rest is the read, the drawing and the paint. The "
        "paint watch goes on the view once `show_page` has made it (inside the clock: "
        "handing its widgets to Python costs PySide6 some first-use work).",
    )
    ctx.note(
        switch_row.figure,
        "Same processes, after the first show: each range in turn and, within it, each "
        "other granularity, every one the first of its kind in the process (no warm "
        "repeats), timed from the click (`set_range` / `set_granularity`, as the buttons "
        "do) until the view has painted the new numbers; judged on the slowest switch's "
        "median. Median per switch (shown as range/granularity): total, and the view's own "
        "counters fetch (worker) / draw (GUI thread):",
        *(
            f"- {label}: {fmt(_median(values), 's')} (fetch "
            f"{fmt(_median([f for f, _ in parts[label]]), 's')}, draw "
            f"{fmt(_median([d for _, d in parts[label]]), 's')})"
            for label, values in switches.items()
        ),
    )
    return rows
