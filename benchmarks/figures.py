"""Each figure of issue 7, measured side by side with its baseline in the same run.

A figure function returns its table rows and adds what bounds the figure (measured
phase by phase) to ``ctx.breakdowns``.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from benchmarks import data, figures_gui, figures_memory
from benchmarks.harness import (
    ProcessFailedError,
    Row,
    Samples,
    Target,
    alternate,
    fmt,
    launcher,
    measured_row,
    repeat,
    run_process,
    timed,
    unavailable_row,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from benchmarks.peer import Peer

SEARCH_WORD = "budget"
# What a user types, letter by letter, in the Journal's search field.
TYPING = tuple(
    word[:n] for word in ("budget", "samtale", "trivsel") for n in range(1, len(word) + 1)
)
SEARCH_LIMIT = 200  # the CLI's and the Journal view's limit
# The baseline: a raw FTS5 query for the hits, nothing else.
RAW_MINIMAL_SQL = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?"
# What storage/search.py runs, on a raw connection.
RAW_SEARCH_SQL = (
    "SELECT kind, ref, day, snippet(search_index, 3, ?, ?, '…', 12) "
    "FROM search_index WHERE search_index MATCH ? ORDER BY day DESC, rank LIMIT ?"
)
# A lever, measured: newest first by rowid, which FTS5 serves without sorting.
RAW_ROWID_ORDER_SQL = (
    "SELECT kind, ref, day, snippet(search_index, 3, ?, ?, '…', 12) "
    "FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?"
)


@dataclass
class Context:
    quick: bool
    work: Path
    env: dict[str, str]  # for every child process: offscreen Qt, no passphrase
    standard: data.StandardJournal
    key: bytes  # the standard journal's data key, derived once in setup
    keyring_problem: str | None
    peer: Peer | None = None
    peer_problem: str = ""
    breakdowns: dict[str, list[str]] = field(default_factory=dict)

    def runs(self, full: int, quick: int = 1) -> int:
        return quick if self.quick else full

    def warmup(self, full: int = 1) -> int:
        return 0 if self.quick else full

    @property
    def judge(self) -> bool:
        return not self.quick

    @property
    def years(self) -> str:
        return f"{self.standard.days / 365:.0f}-year" if self.standard.days >= 365 else "small"

    def copy(self, name: str) -> Path:
        """A working copy of the standard journal."""
        return data.copy_journal(self.standard.root, self.work / name)

    def gui_env(self, **extra: str) -> dict[str, str]:
        """A GUI child's environment: its own empty settings folder, offscreen Qt."""
        env = dict(self.env)
        env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="xdg-", dir=self.work)
        env["BENCH_DATA_KEY"] = self.key.hex()
        env.update(extra)
        return env

    def note(self, figure: str, *lines: str) -> None:
        self.breakdowns.setdefault(figure, []).extend(lines)


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _phases(runs: list[dict[str, float]], order: list[tuple[str, str, str]]) -> list[str]:
    """Median duration of each (label, from-stamp, to-stamp) over the runs."""
    lines = []
    for label, start, end in order:
        values = [r[end] - r[start] for r in runs if start in r and end in r]
        if values:
            lines.append(f"{label}: {fmt(_median(values), 's')}")
    return lines


# --- process start → unlock window painted -------------------------------------------------


def startup(ctx: Context) -> list[Row]:
    figure = "process start → unlock window painted"
    locked = data.small_locked_journal(ctx.work / "locked")
    python = sys.executable

    cpu: dict[str, list[float]] = {"start_bare.py": [], "start_app.py": []}

    def run(script: str, *args: str) -> float:
        # A start after a clean exit: no lock file left by the previous (killed) run.
        (locked / ".lock").unlink(missing_ok=True)
        done = run_process([python, launcher(script), *args], env=ctx.gui_env(), timeout=180)
        cpu[script].append(done.cpu)
        return float(done.report("painted")) - done.spawned

    samples = alternate(
        {"bare": lambda: run("start_bare.py"), "app": lambda: run("start_app.py", str(locked))},
        warmup=ctx.warmup(1),
        runs=ctx.runs(7),
    )
    row = measured_row(
        figure,
        Target("≤ 1.5× the baseline", max_ratio=1.5),
        samples["app"],
        "s",
        baseline=samples["bare"],
        baseline_name="bare PySide6 QMainWindow",
        judge=ctx.judge,
    )
    ctx.note(
        figure,
        "Ours is the real entry point (`cli.main` → `app.run_gui`) up to the unlock view's "
        "first paint; the baseline an empty 1120×760 QMainWindow; both with the same "
        "paint watcher, put on the window as it is shown (not an application-wide event "
        "filter, which hands Qt's internal objects to Python and so costs PySide6 ~20 ms "
        "of first-use work that the app itself never does; `launchers/paintwatch.py`); "
        "the paint pass is over when an event the watcher posts at high priority is "
        "handled, ahead of work the app queued for after its first paint. "
        "Both run from compiled bytecode, as an installed app does.",
        f"CPU time (user + system) of the whole process, median: ours "
        f"{fmt(_median(cpu['start_app.py']), 's')}, baseline "
        f"{fmt(_median(cpu['start_bare.py']), 's')} (less sensitive to other load than the "
        "wall clock).",
    )
    stamps: list[dict[str, float]] = []
    try:
        for _ in range(ctx.runs(3)):
            (locked / ".lock").unlink(missing_ok=True)
            done = run_process(
                [python, launcher("start_phases.py"), str(locked)], env=ctx.gui_env(), timeout=180
            )
            stamps.append(dict(done.report("stamps"), spawned=done.spawned))
    except ProcessFailedError as exc:
        ctx.note(figure, f"(no phase breakdown: {exc})")
    phases = [
        ("interpreter start", "spawned", "main"),
        ("`wellbeing_desktop.cli` import + its GUI-start check", "main", "cli_parsed"),
        ("imports of `run_gui` (PySide6, `app`, the single-instance lock, the style)",
         "cli_parsed", "imported"),
        ("QApplication + the single-instance claim", "imported", "claimed"),
        ("`apply_style`", "claimed", "application"),
        ("`build_start_window` (the window with its unlock view, and their imports)",
         "application", "window_built"),
        ("show → unlock view painted", "window_built", "painted"),
    ]  # fmt: skip
    ctx.note(
        figure,
        "Phase by phase (`launchers/start_phases.py` repeats `run_gui`'s steps with stamps), "
        "median:",
        *("- " + line for line in _phases(stamps, phases)),
    )
    try:
        (locked / ".lock").unlink(missing_ok=True)
        done = run_process(
            [python, launcher("start_phases.py"), str(locked), "--profile"],
            env=ctx.gui_env(),
            timeout=180,
        )
        ctx.note(
            figure,
            "Inside `build_start_window` (cProfile, one run; shares of its time, nested "
            "entries overlap):",
            *(f"- {what}: {100 * share:.0f} %" for share, what in done.report("build_profile")),
        )
    except ProcessFailedError as exc:
        ctx.note(figure, f"(no profile of build_start_window: {exc})")
    ctx.note(figure, *importtime_summary(
        [python, "-X", "importtime", launcher("start_app.py"), str(locked)],
        ctx.gui_env(),
        ("PySide6.QtWidgets", "sqlalchemy", "sqlalchemy.orm", "keyring", "jaraco.context",
         "urllib.request", "cryptography.hazmat.bindings._rust", "sqlcipher3", "alembic",
         "pyqtgraph", "numpy"),
    ))  # fmt: skip
    (locked / ".lock").unlink(missing_ok=True)
    return [row]


def importtime_summary(argv: list[str], env: dict[str, str], names: tuple[str, ...]) -> list[str]:
    """Import times of one run of the program.

    ``python -X importtime``, one run: the named modules' cumulative import time, and the biggest
    imports two levels down from the program.
    """
    import subprocess

    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=180, check=False)
    cumulative: dict[str, int] = {}
    shallow: list[tuple[int, str]] = []
    total = 0
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if not match:
            continue
        total += int(match.group(1))
        name, us, depth = match.group(4), int(match.group(2)), len(match.group(3)) // 2
        cumulative.setdefault(name, us)
        if depth <= 2 and name.startswith("wellbeing_desktop"):
            shallow.append((us, name))
    if not cumulative:
        return ["(`-X importtime` printed nothing)"]
    lines = [f"`python -X importtime` (one run): all imports {total / 1e6:.3f} s. Libraries:"]
    lines += [f"- `{n}` {cumulative[n] / 1e6:.3f} s" for n in names if n in cumulative]
    missing = [n for n in names if n not in cumulative]
    if missing:
        lines.append("- not imported: " + ", ".join(f"`{n}`" for n in missing))
    lines.append("The app's biggest imports (cumulative, nesting ≤ 2):")
    lines += [f"- `{n}` {us / 1e6:.3f} s" for us, n in sorted(shallow, reverse=True)[:10]]
    return lines


def profile_top(args: list[str], env: dict[str, str], out: Path, *, limit: int = 12) -> list[str]:
    """A cProfile of one run of the program.

    ``python -m cProfile -m wellbeing_desktop ARGS``: the app's functions by cumulative time (one
    run; the profiler slows Python code down, so read them as shares).
    """
    import pstats
    import subprocess

    prof = out.with_suffix(".prof")
    done = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "wellbeing_desktop", *args],
        env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    if done.returncode != 0 or not prof.exists():
        return [f"(no profile: exit {done.returncode})"]
    stats = pstats.Stats(str(prof))
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    rows = []
    for (filename, _line, name), (_cc, calls, _tt, cumulative, _callers) in table.items():
        if "/wellbeing_desktop/" not in filename or name in ("<module>", "main", "run_command"):
            continue
        module = filename.split("/wellbeing_desktop/", 1)[1].removesuffix(".py").replace("/", ".")
        rows.append((cumulative, f"`{module}.{name}` ({calls} calls)"))
    rows.sort(reverse=True)
    lines = [f"Profile (`python -m cProfile`, one run, {total:.2f} s under the profiler), "
             "the app's functions by cumulative share:"]  # fmt: skip
    lines += [f"- {what}: {100 * cum / total:.0f} %" for cum, what in rows[:limit]]
    return lines


def profile_calls(work: Callable[[], object], runs: int, *, limit: int = 10) -> list[str]:
    """A cProfile of repeated calls in this process.

    Profile ``runs`` calls of ``work`` in this process: the app's functions and the database
    driver's calls by cumulative time per call (cProfile inflates Python code, so read them as
    shares).
    """
    import cProfile
    import pstats

    work()  # warm: lazy imports and first-use caches are not what this looks for
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(runs):
        work()
    profile.disable()
    stats = pstats.Stats(profile)
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    rows = []
    for (filename, _line, name), (_cc, calls, _tt, cumulative, _callers) in table.items():
        if "/wellbeing_desktop/" in filename:
            module = filename.split("/wellbeing_desktop/", 1)[1].removesuffix(".py")
            what = f"`{module.replace('/', '.')}.{name}`"
        elif "sqlcipher3" in name or "sqlite3" in name:
            what = f"driver {name.replace('<', '').replace('>', '')}"
        else:
            continue
        rows.append((cumulative, what, calls))
    rows.sort(reverse=True)
    lines = [
        f"Profile of {runs} calls (`cProfile`, {total / runs * 1000:.1f} ms per call under the "
        "profiler), by cumulative share:"
    ]
    lines += [
        f"- {what}: {100 * cum / total:.0f} % ({calls / runs:g} per call)"
        for cum, what, calls in rows[:limit]
    ]
    return lines


# --- the daily ritual: unlock → first keystroke, a typical day by keyboard -----------------

RITUAL_VARIANTS = {"accept": "accept the proposal", "change": "change one figure"}


def daily_ritual(ctx: Context) -> list[Row]:
    """Issue 15's figures: unlock → first keystroke, and the keys of a typical day."""
    first_figure = (
        f"unlock → first keystroke on Today ({ctx.years} journal, the real start, passphrase "
        "typed at the unlock view's first paint, no pause; from the key derived to Today "
        "painted and the cursor on the proposal's button)"
    )
    keys_figure = "keystrokes to log a typical day (besides the words and the passphrase)"
    handling_figure = "the app's handling of those keystrokes (sum, no human time)"
    day = date.today()  # the real app reads the real clock
    # A journal whose last logged day is yesterday, so Today opens with the proposed time
    # split (on a Saturday or Sunday a weekend user's: data.ritual_journal); the day's
    # automatic backup made beforehand (a later unlock that day makes none; the
    # remembered-key start has a first start of the day); its cost on its own.
    base = ctx.work / "ritual-base"
    key = data.ritual_journal(base, ctx.standard.days, day)
    backup_took = _daily_backup(base, key, day)
    firsts: list[dict[str, float]] = []
    warms: list[dict[str, float]] = []
    rituals: dict[str, list[dict[str, Any]]] = {}  # per variant, one report per run
    turn = [0]

    def one() -> float:
        variant = list(RITUAL_VARIANTS)[turn[0] % len(RITUAL_VARIANTS)]
        turn[0] += 1
        copy = ctx.work / "ritual"  # each run logs the day: a fresh copy every time
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(base, copy, ignore=shutil.ignore_patterns("*.lock"))
        done = run_process(
            [
                sys.executable,
                launcher("daily_ritual.py"),
                str(copy),
                day.isoformat(),
                variant,
                "2",
            ],
            env=ctx.gui_env(BENCH_PASSPHRASE=data.PASSPHRASE, BENCH_DATA_KEY=key.hex()),
            timeout=180,
        )
        if done.report("mismatches"):
            raise ProcessFailedError(
                f"the day logged by keyboard ({RITUAL_VARIANTS[variant]}) was not saved as "
                f"typed: {'; '.join(done.report('mismatches'))}"
            )
        firsts.append(done.report("first"))
        warms.extend(done.report("warm"))
        rituals.setdefault(variant, []).append(
            {
                name: done.report(name)
                for name in (
                    "keys",
                    "handling",
                    "words_characters",
                    "words_handling",
                    "proposal_source",
                )
            }
        )
        return float(done.report("first")["total"])

    for _ in range(ctx.warmup(1)):
        one()
    firsts.clear()
    warms.clear()
    rituals.clear()
    turn[0] = 0
    # Every run does one variant, in turn; quick: each once.
    samples = repeat(one, warmup=0, runs=ctx.runs(6, 2))
    rituals = {v: rituals[v] for v in RITUAL_VARIANTS if v in rituals}
    rows = [
        measured_row(
            first_figure, Target("≤ 150 ms", max_value=0.150), samples, "s", judge=ctx.judge
        )
    ]
    # The keys are the same in every run of a variant (the launcher checks the focus at
    # each step); the most any run took is the count.
    counts = {v: max(len(r["keys"]) for r in runs) for v, runs in rituals.items()}
    handling = {v: [sum(r["handling"]) for r in runs] for v, runs in rituals.items()}
    keys_row = Row(keys_figure, "≤ 25")
    keys_row.ours = "; ".join(f"{counts[v]} ({RITUAL_VARIANTS[v]})" for v in counts)
    keys_row.details.append(
        "saved as typed, read back through the journal: "
        + ", ".join(RITUAL_VARIANTS[v] for v in counts)
    )
    if ctx.judge:
        keys_row.met, keys_row.verdict = Target("≤ 25", max_value=25).judge(
            max(counts.values()), None, "keys"
        )
    else:
        keys_row.verdict = "not judged (quick)"
    rows.append(keys_row)
    handling_row = Row(handling_figure, "none (reported only)", report_only=True)
    handling_row.ours = "; ".join(
        f"{fmt(_median(handling[v]), 's')} ({counts[v]} keys)" for v in rituals
    )
    handling_row.verdict = "reported only"
    for v in rituals:
        handling_row.details.append(
            f"{RITUAL_VARIANTS[v]}: {Samples(tuple(handling[v])).spread('s')}"
        )
    rows.append(handling_row)

    parts = [
        ("Today painted", "painted"),
        ("the keyboard focus on the proposal's button", "focused"),
    ]
    ctx.note(
        first_figure,
        "`launchers/daily_ritual.py`: the real entry point (`cli.main` → `app.run_gui`), the "
        "window resized to 1366×728 as it first shows, over a new journal of the demo's "
        f"{ctx.standard.days} days up to yesterday (Danish; no key remembered), so Today "
        f"({day.isoformat()}, the real date) opens with a proposed time split (on a Saturday "
        "or Sunday a weekend user's journal, that weekday logged the four weeks before: the "
        "app proposes a weekend day only the split of its own kind). At the unlock "
        "view's first paint the passphrase is put in the field and Enter given, with no "
        "pause in which the app gets ready ahead while a user types (issue 20); the app's "
        "own unlock runs (Argon2id and Today's snapshot in a worker, Today shown from it, "
        "the journal opened after). The clock starts when the key derivation ends (the "
        "app's `keyfile.unlock_with_passphrase` returns; watched through an import hook, "
        "not replaced) and stops when Today has painted and `QApplication.focusWidget()` "
        "is the proposal's accept button, whichever comes last. The day's automatic backup "
        "was made before (a later unlock that day); the first unlock of a day "
        f"makes it, which took {fmt(backup_took, 's')} on its own here.",
        f"Enter → key derived (Argon2id, not in the figure), median: "
        f"{fmt(_median([f['derivation'] for f in firsts]), 's')}. "
        "First unlock in a fresh process, median time from the key derived to:",
        *(f"- {label}: {fmt(_median([f[k] for f in firsts]), 's')}" for label, k in parts),
        "Unlock again after a lock, same process (warm; the passphrase typed again): "
        f"{fmt(_median([w['total'] for w in warms]), 's')}.",
    )
    ctx.note(
        keys_figure,
        "The day is driven by key events only (`QTest.keyClick` on the focused widget), "
        "exactly as `tests/ui/test_today_ritual.py::"
        "test_a_typical_day_by_keyboard_takes_at_most_25_keystrokes`: a step, demands, "
        "resources, energy and one sentence of reflection; the words are typed and not "
        "counted, a figure's characters are. After Ctrl+S the window locks and the day is "
        "read back through a journal opened afresh; a day not saved as typed fails the figure.",
        *(
            f"- {RITUAL_VARIANTS[v]} (the proposal: {runs[-1]['proposal_source']}): "
            f"{counts[v]} keys: {' '.join(runs[-1]['keys'])}"
            for v, runs in rituals.items()
        ),
    )
    ctx.note(
        handling_figure,
        "Each key's handling is timed from sending the key event to the end of "
        "`processEvents()` after it (what the key posted, the repaint included); no human "
        "time. Median of the runs' sums:",
        *(_ritual_handling(RITUAL_VARIANTS[v], runs) for v, runs in rituals.items()),
    )
    return rows


def _ritual_handling(variant: str, runs: list[dict[str, Any]]) -> str:
    """One variant's key handling: the median sum, its slowest key, the words' share."""
    keys = runs[-1]["keys"]
    per_key = [_median([r["handling"][i] for r in runs]) for i in range(len(keys))]
    slowest = max(range(len(keys)), key=per_key.__getitem__)
    return (
        f"- {variant}: {fmt(_median([sum(r['handling']) for r in runs]), 's')} for "
        f"{len(keys)} keys (the slowest: {keys[slowest]}, {fmt(per_key[slowest], 's')}); the "
        f"{runs[-1]['words_characters']} characters of the words "
        f"{fmt(_median([r['words_handling'] for r in runs]), 's')}"
    )


def _daily_backup(root: Path, key: bytes, day: date) -> float:
    """Make ``day``'s automatic backup in the journal at ``root``; how long it took."""
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security.keyring_store import KeyringStore
    from wellbeing_desktop.services.access import JournalAccess

    class Fixed(KeyringStore):
        def recall(self, journal_id: str) -> bytes | None:
            return key

    access = JournalAccess(
        JournalPaths(root),
        keyring=Fixed(),
        clock=lambda: datetime.combine(day, datetime.now().time()),
    )
    journal = access.open_with_keyring()
    if journal is None:
        raise ProcessFailedError("the copy did not open with the standard journal's key")
    try:
        started = time.perf_counter()
        made = journal.backup_if_due()
        took = time.perf_counter() - started
    finally:
        journal.close()
    if made is None:
        raise ProcessFailedError(f"no daily backup was due on {day} in the copy")
    return took


# --- key derivation --------------------------------------------------------------------------


def key_derivation(ctx: Context) -> list[Row]:
    from wellbeing_desktop.security import keyfile

    figure = "key derivation (Argon2id, passphrase slot)"
    # A key file made now, with the settings a new journal gets (the cached standard
    # journal keeps the settings of the day it was made: each key file stores its own).
    folder = ctx.work / "kdf"
    folder.mkdir(parents=True, exist_ok=True)
    key_file = folder / "journal.key"
    key_file.unlink(missing_ok=True)
    keyfile.create_key_file(key_file, data.PASSPHRASE)
    samples = repeat(
        timed(lambda: keyfile.unlock_with_passphrase(key_file, data.PASSPHRASE)),
        warmup=ctx.warmup(1),
        runs=ctx.runs(5),
    )
    row = measured_row(
        figure,
        Target("0.2–0.6 s by design", min_value=0.2, max_value=0.6),
        samples,
        "s",
        judge=ctx.judge,
    )
    try:
        slots = json.loads(key_file.read_text())["slots"]
        kdf = next(s["kdf"] for s in slots if s["type"] == "passphrase")
        row.figure += (
            f" — {kdf['memory_kib'] // 1024} MiB, {kdf['iterations']} iterations, "
            f"{kdf['lanes']} lanes"
        )
    except (KeyError, StopIteration, ValueError):
        pass
    ctx.note(
        figure,
        "`keyfile.unlock_with_passphrase` on a key file made with the settings `init` gives "
        "a new journal (`keyfile.DEFAULT_KDF`; Argon2id + AES-GCM unwrap); reported apart "
        "from every unlock figure.",
    )
    return [row]


# --- CLI search vs jrnl ----------------------------------------------------------------------


def cli_search(ctx: Context) -> list[Row]:
    figure = f"CLI `search {SEARCH_WORD}`, {ctx.years} journal, secret in the keyring"
    target = Target("≥ 5× faster than jrnl", min_speedup=5)
    if ctx.keyring_problem:
        return [unavailable_row(figure, target.text, f"skipped: {ctx.keyring_problem}")]
    copy = ctx.copy("cli")
    # The fast path: today's backup made before timing (a read command makes none; the
    # first command of the day is its own row, `figures_cli.cli_paths`).
    opened = data.open_with_key(copy, ctx.key)
    try:
        opened.backup_if_due()
    finally:
        opened.close()
    args = ["search", SEARCH_WORD, "--data-dir", str(copy)]
    cli = [*data.cli_command(), *args]
    env = data.cli_env(ctx.env)
    lines: list[int] = []
    cpu: dict[str, list[float]] = {"ours": [], "jrnl": []}

    def ours() -> float:
        done = run_process(cli, env=env, stdin="", timeout=120)
        lines.append(done.stdout.count("\n"))
        cpu["ours"].append(done.cpu)
        return done.wall

    measures: dict[str, Callable[[], float]] = {"ours": ours}
    peer_lines: list[int] = []
    if ctx.peer is not None:
        peer_argv = ctx.peer.search_argv(SEARCH_WORD, SEARCH_LIMIT)

        def jrnl() -> float:
            done = run_process(peer_argv, env=ctx.env, stdin="", timeout=120)
            peer_lines.append(done.stdout.count("\n"))
            cpu["jrnl"].append(done.cpu)
            return done.wall

        measures["jrnl"] = jrnl
    with data.remembered_in_keyring(copy, ctx.key):
        samples = alternate(measures, warmup=ctx.warmup(2), runs=ctx.runs(10))
        phases = [
            run_process(
                [sys.executable, launcher("cli_phases.py"), str(copy), SEARCH_WORD],
                env=env,
                timeout=120,
            )
            for _ in range(ctx.runs(3))
        ]
        floor_argv = [sys.executable, launcher("cli_floor.py"), str(copy), SEARCH_WORD]
        floors = alternate(
            {
                "secretstorage": lambda: run_process(floor_argv, env=env, timeout=120).wall,
                "keyring": lambda: (
                    run_process([*floor_argv, "--via-keyring"], env=env, timeout=120).wall
                ),
            },
            warmup=ctx.warmup(1),
            runs=ctx.runs(5, 1),
        )
        imports = importtime_summary(
            [sys.executable, "-X", "importtime", "-m", "wellbeing_desktop", *args],
            env,
            ("sqlalchemy", "sqlalchemy.orm", "keyring", "jaraco.context", "urllib.request",
             "secretstorage", "jeepney", "cryptography.hazmat.bindings._rust", "sqlcipher3",
             "platformdirs", "alembic", "PySide6.QtCore"),
        )  # fmt: skip
    if ctx.peer is not None:
        row = measured_row(
            figure,
            target,
            samples["ours"],
            "s",
            baseline=samples["jrnl"],
            baseline_name=f"{ctx.peer.version}, encrypted, {ctx.peer.entries} entries",
            ratio_kind="speedup",
            judge=ctx.judge,
        )
    else:
        row = measured_row(figure, target, samples["ours"], "s", judge=False)
        row.baseline = f"jrnl {ctx.peer_problem}"
        row.verdict = f"not measured: jrnl {ctx.peer_problem}"
    marks = [dict(p.report("stamps"), spawned=p.spawned) for p in phases]
    ctx.note(
        figure,
        f"Our command printed {_median([float(n) for n in lines]):.0f} lines"
        + (f"; jrnl printed {_median([float(n) for n in peer_lines]):.0f}." if peer_lines else ".")
        + f" CPU time (user + system), median: ours {fmt(_median(cpu['ours']), 's')}"
        + (f", jrnl {fmt(_median(cpu['jrnl']), 's')}." if cpu["jrnl"] else "."),
        "Ours, median per phase (`benchmarks/launchers/cli_phases.py`, the steps of "
        "`cli.quick_read.quick_search`: a journal at rest, its key in the Secret Service):",
        *(
            "- " + line
            for line in _phases(
                marks,
                [
                    ("interpreter start", "spawned", "main"),
                    ("`cli` import + parse + log set-up", "main", "parsed"),
                    ("`services.quick_search` import (SQLCipher driver, key file, no "
                     "SQLAlchemy)", "parsed", "imported"),
                    ("lock + key file", "imported", "checked"),
                    ("Secret Service read (D-Bus, 3 calls, plain session) + key check",
                     "checked", "keyring_read"),
                    ("read-only open (key, cipher settings, schema) + search",
                     "keyring_read", "searched"),
                    ("format", "searched", "formatted"),
                ],
            )
        ),
        *imports,
        f"A floor for the same answer (`launchers/cli_floor.py`: Python, the SQLCipher driver "
        f"and the Secret Service client only, the key read straight from the keyring item, "
        f"the app's search SQL once; no SQLAlchemy, no checks): "
        f"{fmt(floors['secretstorage'].median, 's')}; the same reading the key through "
        f"`keyring.get_password` (backend discovery): {fmt(floors['keyring'].median, 's')}.",
    )  # fmt: skip
    return [row]


# --- search as you type ----------------------------------------------------------------------


def search_typing(ctx: Context) -> list[Row]:
    from wellbeing_desktop.services.journal import HIT_END, HIT_START
    from wellbeing_desktop.storage.engine import connect_keyed
    from wellbeing_desktop.storage.search import match_expression

    copy = ctx.copy("typing")
    journal = data.open_with_key(copy, ctx.key)
    raw = connect_keyed(copy / "journal.db", ctx.key)
    # The baseline and, for the breakdown, the app's own SQL on a raw connection and a
    # variant that lets FTS5 stop after the newest 200 rows.
    queries = {
        "raw": (RAW_MINIMAL_SQL, False),
        "same_sql": (RAW_SEARCH_SQL, True),
        "rowid_order": (RAW_ROWID_ORDER_SQL, True),
    }
    times: dict[str, dict[str, list[float]]] = {
        name: {q: [] for q in TYPING} for name in ("ours", *queries)
    }
    hits: dict[str, int] = {}

    def ours_once(q: str) -> float:
        started = time.perf_counter()
        found = journal.search(q, limit=SEARCH_LIMIT)
        elapsed = time.perf_counter() - started
        hits[q] = len(found)
        return elapsed

    def raw_once(name: str, q: str) -> float:
        sql, marks = queries[name]
        params = (
            (HIT_START, HIT_END, match_expression(q), SEARCH_LIMIT)
            if marks
            else (match_expression(q), SEARCH_LIMIT)
        )
        started = time.perf_counter()
        raw.execute(sql, params).fetchall()
        return time.perf_counter() - started

    try:
        for q in TYPING:  # warm-up
            ours_once(q)
            for name in queries:
                raw_once(name, q)
        for _ in range(ctx.runs(7, 2)):
            for q in TYPING:
                times["ours"][q].append(ours_once(q))
                for name in queries:
                    times[name][q].append(raw_once(name, q))
        total_matches = {
            q: raw.execute(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                (match_expression(q),),
            ).fetchone()[0]
            for q in TYPING
        }
    finally:
        raw.close()
        journal.close()

    def every(name: str) -> Samples:
        return Samples(tuple(v for q in TYPING for v in times[name][q]))

    target = Target("≤ 20 ms", max_value=0.020)
    figure = (
        f"search as you type: `journal.search`, {ctx.years} journal "
        f"(every keystroke of {', '.join(repr(w) for w in ('budget', 'samtale', 'trivsel'))})"
    )
    baseline_name = "raw FTS5 query, same file"
    rows = [
        measured_row(
            figure, target, every("ours"), "s", baseline=every("raw"),
            baseline_name=baseline_name, judge=ctx.judge,
        )
    ]  # fmt: skip
    slowest = max(TYPING, key=lambda q: _median(times["ours"][q]))
    rows.append(
        measured_row(
            f"… its slowest keystroke ({slowest!r}: {total_matches[slowest]} matches)",
            target,
            Samples(tuple(times["ours"][slowest])),
            "s",
            baseline=Samples(tuple(times["raw"][slowest])),
            baseline_name="raw FTS5",
            judge=ctx.judge,
        )
    )
    ctx.note(
        rows[0].figure,
        f"Baseline: `{RAW_MINIMAL_SQL}` on a second keyed connection. Over all keystrokes, "
        f"medians: `journal.search` {fmt(every('ours').median, 's')}; the app's own SQL "
        f"(`storage/search.py`: snippet, ORDER BY day DESC, rank) run raw "
        f"{fmt(every('same_sql').median, 's')}; the same with ORDER BY rowid DESC (FTS5 "
        f"then stops after {SEARCH_LIMIT} rows and makes {SEARCH_LIMIT} snippets, not one per "
        f"match) {fmt(every('rowid_order').median, 's')}.",
        "Per keystroke (matches): `journal.search` / app SQL raw / rowid order / baseline:",
        *(
            f"- {q!r} ({total_matches[q]}): "
            + " / ".join(
                fmt(_median(times[n][q]), "s") for n in ("ours", "same_sql", "rowid_order", "raw")
            )
            for q in TYPING
        ),
    )
    rows.append(figures_gui.gui_search(ctx, copy, times["raw"]))
    return rows


# --- save of one day -------------------------------------------------------------------------


def save_day(ctx: Context) -> list[Row]:
    from wellbeing_desktop.domain.models import DayLog
    from wellbeing_desktop.storage.engine import connect_keyed

    figure = "save of one day (service call → committed, synchronous=FULL)"
    copy = ctx.copy("save")
    journal = data.open_with_key(copy, ctx.key)
    raw = connect_keyed(copy / "journal.db", ctx.key)
    try:
        today = journal.today()
        base = journal.day(today) or DayLog(day=today, minutes={"operations": 240})
        # Two different ~150-word reflections, so every save changes the day (and its
        # search entry); the lengthened standard journal's own text is long already.
        texts = [data.longer_reflection(f"I dag, runde {i}.", f"save:{i}") for i in (0, 1)]
        raw.execute("CREATE TABLE IF NOT EXISTS bench_raw (id INTEGER PRIMARY KEY, body TEXT)")
        sync = raw.execute("PRAGMA synchronous").fetchone()[0]
        mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
        turn = [0]

        def ours() -> None:
            turn[0] += 1
            journal.save_day(dataclasses.replace(base, reflection=texts[turn[0] % 2]))

        def baseline() -> None:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("INSERT INTO bench_raw (body) VALUES (?)", (texts[turn[0] % 2],))
            raw.execute("COMMIT")

        samples = alternate(
            {"raw": timed(baseline), "ours": timed(ours)},
            warmup=ctx.warmup(3),
            runs=ctx.runs(30, 3),
        )
        profile = profile_calls(ours, ctx.runs(20, 3))
    finally:
        raw.close()
        journal.close()
    row = measured_row(
        figure,
        Target("≤ 5 ms and ≤ 5× the baseline", max_value=0.005, max_ratio=5),
        samples["ours"],
        "s",
        baseline=samples["raw"],
        baseline_name="raw single-row insert + commit, same file",
        judge=ctx.judge,
    )
    ctx.note(
        figure,
        f"`Journal.save_day` of today with a ~150-word reflection vs one INSERT + COMMIT of "
        f"the same text on a second keyed connection; both in WAL mode, synchronous={sync} "
        f"(2 = FULL), journal_mode={mode}.",
        *profile,
    )
    return [row]


# --- read/write mix: SQLCipher vs plain SQLite ------------------------------------------------


def _plain_journal(folder: Path, module: Any, pragmas: list[str]) -> Any:
    """The app's ``Journal`` over a plain (unencrypted) SQLite file: the benchmark's switch.

    Same ORM, same Alembic migrations, same pragmas and transaction rules (BEGIN /
    BEGIN IMMEDIATE for writers) as ``storage.engine``, built here, not in the app.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import sessionmaker
    from sqlalchemy.pool import QueuePool

    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.storage import migrate
    from wellbeing_desktop.storage.database import OpenDatabase
    from wellbeing_desktop.storage.engine import writing

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    path = folder / "journal.db"

    def connect() -> Any:
        conn = module.connect(str(path), check_same_thread=False)
        for pragma in pragmas:
            conn.execute(pragma).fetchall()
        conn.isolation_level = None
        return conn

    engine = create_engine(
        "sqlite://", creator=connect, module=module, poolclass=QueuePool,
        pool_size=1, max_overflow=3, pool_timeout=30,
    )  # fmt: skip
    # The option ``writing()`` sets, found by asking it rather than by its private name.
    write_options = set(writing(engine).get_execution_options()) - set(
        engine.get_execution_options()
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        options = conn.get_execution_options()
        immediate = any(options.get(name) for name in write_options)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    migrate.upgrade(engine)
    database = OpenDatabase(
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        writer_sessions=sessionmaker(writing(engine), expire_on_commit=False),
        backup_made=None,
    )
    return Journal(database, JournalPaths(folder), b"\0" * 32, "benchmark-plain-sqlite")


def _app_pragmas(db: Path, key: bytes) -> list[str]:
    """The pragmas the app's keyed connection runs with, read back from one."""
    from wellbeing_desktop.storage.engine import connect_keyed

    conn = connect_keyed(db, key)
    try:
        values = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "foreign_keys",
                "journal_mode",
                "synchronous",
                "temp_store",
                "secure_delete",
            )
        }
    finally:
        conn.close()
    return [f"PRAGMA {name} = {value}" for name, value in values.items()]


def read_write_mix(journal: Any, today: date, base: Any, turn: int) -> tuple[float, float]:
    """One evening with the app: what opening, the Journal, search, Trends and autosave do.

    Returns (read seconds, write seconds).
    """
    from wellbeing_desktop.domain.aggregation import Granularity
    from wellbeing_desktop.domain.models import CatalogueKind

    started = time.perf_counter()
    journal.settings()
    journal.categories()
    for kind in CatalogueKind:
        journal.catalogue(kind)
    journal.day(today)
    monday = today - timedelta(days=today.weekday())
    journal.summaries(Granularity.WEEK, monday, today)
    journal.days(today - timedelta(days=30), today)
    journal.who5_checkins()
    journal.sparring_topics()
    journal.one_on_ones()
    first = today.replace(day=1)
    for _ in range(12):  # paging back a year in the Journal
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        journal.days(first, last)
        first = (first - timedelta(days=1)).replace(day=1)
    for word in ("budget", "samtale", "trivsel", "team", "møde"):
        journal.search(word)
    journal.summaries(Granularity.WEEK)
    journal.summaries(Granularity.MONTH)
    reads = time.perf_counter() - started
    started = time.perf_counter()
    for i in range(5):  # autosaves while writing the day's reflection
        journal.save_day(dataclasses.replace(base, reflection=f"{base.reflection} {turn}.{i}"))
    return reads, time.perf_counter() - started


def storage_mix(ctx: Context) -> list[Row]:
    import sqlcipher3.dbapi2 as sqlcipher

    from wellbeing_desktop.domain.models import DayLog
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.services.access import JournalAccess

    figure = "the app's read/write mix: SQLCipher vs plain SQLite"
    source = data.open_with_key(ctx.standard.root, ctx.key)
    try:
        content = source.content()
        today = source.today()
    finally:
        source.close()
    pragmas = _app_pragmas(ctx.standard.root / "journal.db", ctx.key)
    cipher_dir = ctx.work / "mix-cipher"
    shutil.rmtree(cipher_dir, ignore_errors=True)
    # The same content imported the same way into each file (TEST_KDF: the KDF is not
    # part of the mix).
    cipher, _code = JournalAccess(JournalPaths(cipher_dir), kdf=keyfile.TEST_KDF).create(
        data.PASSPHRASE
    )
    journals = {
        "sqlcipher": cipher,
        "plain": _plain_journal(ctx.work / "mix-plain", sqlcipher, pragmas),
        "stdlib": _plain_journal(ctx.work / "mix-stdlib", sqlite3, pragmas),
    }
    split: dict[str, list[tuple[float, float]]] = {name: [] for name in journals}
    try:
        for journal in journals.values():
            journal.import_content(content)
        # The ten years of content were only for the imports; held, they make every full
        # garbage collection walk them (150–280 ms pauses that land on whichever file's mix
        # triggers them, not the storage's cost).
        del content
        base = journals["sqlcipher"].day(today) or DayLog(day=today, minutes={"operations": 240})
        turn = [0]

        def measure(name: str) -> Callable[[], float]:
            def run() -> float:
                turn[0] += 1
                gc.collect()  # each mix starts from a collected heap, outside its clock
                reads, writes = read_write_mix(journals[name], today, base, turn[0])
                split[name].append((reads, writes))
                return reads + writes

            return run

        samples = alternate(
            {name: measure(name) for name in journals},
            warmup=ctx.warmup(1),
            runs=ctx.runs(5),
        )
    finally:
        for journal in journals.values():
            journal.close()
    row = measured_row(
        figure,
        Target("≤ 1.3×", max_ratio=1.3),
        samples["sqlcipher"],
        "s",
        baseline=samples["plain"],
        baseline_name=f"plain SQLite {sqlcipher.sqlite_version}, same build, no key",
        judge=ctx.judge,
    )

    def part(name: str, index: int) -> float:
        return _median([s[index] for s in split[name][-samples[name].n :]])

    ctx.note(
        figure,
        "One mix = what opening the app reads (settings, categories, catalogues, today, "
        "this week, 30 days, WHO-5, sparring, 1:1s), 12 months paged in the Journal, 5 "
        "searches, weekly and monthly summaries over all years, then 5 autosaves of today.",
        f"- reads: SQLCipher {fmt(part('sqlcipher', 0), 's')} vs plain "
        f"{fmt(part('plain', 0), 's')} ({part('sqlcipher', 0) / part('plain', 0):.2f}×)",
        f"- 5 writes: SQLCipher {fmt(part('sqlcipher', 1), 's')} vs plain "
        f"{fmt(part('plain', 1), 's')} ({part('sqlcipher', 1) / part('plain', 1):.2f}×)",
        f"- the Python standard library's sqlite3 (SQLite {sqlite3.sqlite_version}): "
        f"{fmt(samples['stdlib'].median, 's')} "
        f"({samples['sqlcipher'].median / samples['stdlib'].median:.2f}× for SQLCipher)",
        "Both plain files use the app's ORM, migrations, pragmas and BEGIN/BEGIN IMMEDIATE "
        "rules, wired in `benchmarks/figures.py` (`_plain_journal`), not in the app.",
    )
    return [row]


# --- coach PDF report ------------------------------------------------------------------------

# Tight targets (issue 20): at most 1.5× what the current code reaches on this machine at a
# low load (docs/PERFORMANCE.md's run before issue 20: the PDF 1.21 s, the demo 2.74 s), each
# process's CPU time beside it (which other load hardly moves).
REPORT_LIMIT = 1.8  # s, 1.49× 1.21 s
DEMO_LIMIT = 4.0  # s, 1.46× 2.74 s
DEMO_DAYS = 3650


def coach_report(ctx: Context) -> list[Row]:
    figure = "coach PDF report for one year (fresh process, journal open → PDF written)"
    target = Target(f"≤ {REPORT_LIMIT:g} s", max_value=REPORT_LIMIT)
    copy = ctx.copy("report")
    out = ctx.work / "report-out"
    out.mkdir(exist_ok=True)
    colds: list[float] = []
    warms: list[dict[str, float]] = []
    cpu: list[float] = []
    for _ in range(ctx.warmup(1) + ctx.runs(7)):
        done = run_process(
            [sys.executable, launcher("report_pdf.py"), str(copy), str(out)],
            env=ctx.gui_env(),
            timeout=300,
        )
        if not done.report("available"):
            return [
                unavailable_row(figure, target.text, f"not available yet: {done.report('why')}")
            ]
        colds.append(float(done.report("cold")["total"]))
        warms.append(done.report("warm"))
        cpu.append(done.cpu)
    n = ctx.runs(7)
    colds, warms, cpu = colds[-n:], warms[-n:], cpu[-n:]
    row = measured_row(figure, target, Samples(tuple(colds)), "s", judge=ctx.judge)
    ctx.note(
        figure,
        f"The target is set at {REPORT_LIMIT:g} s, at most 1.5× what the current code "
        "reaches on this machine at a low load (1.21 s in docs/PERFORMANCE.md's run before "
        "issue 20; the old limit, 2 s, had 1.7× slack); under other load it is missed "
        "(the load averages above tell), and the process's CPU time shows the work itself: "
        f"median {fmt(_median(cpu), 's')} for the whole launcher process (its start, the "
        "open and two reports).",
        "`launchers/report_pdf.py`: the journal opened with its key, then "
        "`services.reports.build_report` (one year) and the file written as the app writes "
        "it (`publish_and_record` with `render_report_file`). First report in a fresh "
        "process (lazy imports included); a second one in the same process: build "
        f"{fmt(_median([w['build'] for w in warms]), 's')}, write "
        f"{fmt(_median([w['write'] for w in warms]), 's')}, "
        f"{int(_median([w['bytes'] for w in warms]))} bytes.",
    )
    return [row]


# --- demo ------------------------------------------------------------------------------------


def demo(ctx: Context) -> list[Row]:
    days = ctx.standard.days
    figure = f"`demo --days {days}` (the whole command: a new journal with {days} days)"
    counter = [0]
    cpu: list[float] = []

    def one() -> float:
        counter[0] += 1
        folder = ctx.work / f"demo-{counter[0]}"
        shutil.rmtree(folder, ignore_errors=True)
        done = run_process(
            [*data.cli_command(), "demo", "--days", str(days), "--seed", "1",
             "--data-dir", str(folder), "--recovery-key-out", str(ctx.work / f"rk-{counter[0]}")],
            env=data.cli_env(ctx.env, data.PASSPHRASE),
            timeout=600,
        )  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)
        cpu.append(done.cpu)
        return done.wall

    samples = repeat(one, warmup=0, runs=ctx.runs(5))
    # The target is for the standard 10 years (its fixed cost does not scale with days).
    ten_years = days == DEMO_DAYS
    target = Target(f"≤ {DEMO_LIMIT:g} s for {DEMO_DAYS} days", max_value=DEMO_LIMIT)
    row = measured_row(figure, target, samples, "s", judge=ctx.judge and ten_years)
    if ctx.judge and not ten_years:
        row.verdict = f"not judged: the target is for {DEMO_DAYS} days"
    folder = ctx.work / "demo-profile"
    ctx.note(
        figure,
        f"The target is set at {DEMO_LIMIT:g} s for 10 years, at most 1.5× what the current "
        "code reaches on this machine at a low load (2.74 s in docs/PERFORMANCE.md's run "
        "before issue 20; the old limit, 20 s, had 7× slack); under other load it is missed "
        "(the load averages above tell), and the command's CPU time shows the work itself: "
        f"median {fmt(_median(cpu), 's')}.",
        *profile_top(
            ["demo", "--days", str(days), "--seed", "1", "--data-dir", str(folder),
             "--recovery-key-out", str(ctx.work / "rk-profile")],
            data.cli_env(ctx.env, data.PASSPHRASE),
            ctx.work / "demo",
        ),
    )  # fmt: skip
    shutil.rmtree(folder, ignore_errors=True)
    ctx.note(
        figure,
        "The whole command: a new journal (Argon2id for the passphrase slot, the light one "
        "for the recovery slot), the demo content generated and imported in one transaction.",
    )
    return [row]


FIGURES: dict[str, Callable[[Context], list[Row]]] = {
    "startup": startup,
    "remembered": figures_gui.remembered_start,
    "unlock": figures_gui.passphrase_today,
    "ritual": daily_ritual,
    "kdf": key_derivation,
    "cli-search": cli_search,
    "typing": search_typing,
    "save": save_day,
    "trends": figures_gui.trends,
    "mix": storage_mix,
    "report": coach_report,
    "demo": demo,
    "rss": figures_memory.peak_rss,
}
