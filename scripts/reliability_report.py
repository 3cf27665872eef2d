#!/usr/bin/env python3
"""Run the reliability tests and write their figures to docs/RELIABILITY.md.

    .venv/bin/python scripts/reliability_report.py            # the short default sizes
    .venv/bin/python scripts/reliability_report.py --long     # WELLBEING_LONG_TESTS=1
    .venv/bin/python scripts/reliability_report.py -- -k crash   # extra pytest arguments

Each test in tests/reliability writes its figures as JSON into the folder named by
WELLBEING_RELIABILITY_OUT (tests/reliability/support.py: ``record_figures``); pytest's
JUnit XML gives every test's outcome and time. The report is written even when tests
fail (their failures are listed); the exit code is pytest's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TESTS = "tests/reliability"
DEFAULT_OUT = REPO / "docs" / "RELIABILITY.md"


@dataclass
class TestResult:
    file: str
    name: str
    seconds: float
    outcome: str  # passed | failed | error | skipped
    message: str


# --- running -----------------------------------------------------------------------------


def run_tests(figures_dir: Path, junit: Path, long: bool, extra: list[str]) -> tuple[int, float]:
    env = dict(os.environ)
    env["WELLBEING_RELIABILITY_OUT"] = str(figures_dir)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if long:
        env["WELLBEING_LONG_TESTS"] = "1"
    else:
        env.pop("WELLBEING_LONG_TESTS", None)
    command = [
        sys.executable,
        "-m",
        "pytest",
        TESTS,
        "-p",
        "no:cacheprovider",
        "-q",
        "--tb=line",
        f"--junitxml={junit}",
        *extra,
    ]
    print("running:", " ".join(command), flush=True)
    started = time.monotonic()
    code = subprocess.call(command, cwd=REPO, env=env)
    return code, time.monotonic() - started


def read_junit(junit: Path) -> list[TestResult]:
    if not junit.exists():
        return []
    results = []
    for case in ET.parse(junit).getroot().iter("testcase"):
        outcome, message = "passed", ""
        for tag in ("failure", "error", "skipped"):
            found = case.find(tag)
            if found is not None:
                outcome = "failed" if tag == "failure" else tag
                text = (found.get("message") or found.text or "").strip()
                message = text.splitlines()[0] if text else ""
                break
        classname = case.get("classname", "")
        results.append(
            TestResult(
                file=classname.rsplit(".", 1)[-1] if classname else "",
                name=case.get("name", ""),
                seconds=float(case.get("time", "0") or 0),
                outcome=outcome,
                message=message,
            )
        )
    return results


def read_figures(folder: Path) -> dict[str, dict[str, Any]]:
    figures = {}
    for path in sorted(folder.glob("*.json")):
        try:
            figures[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            figures[path.stem] = {"unreadable": str(exc)}
    return figures


# --- the machine -------------------------------------------------------------------------


def machine() -> dict[str, str]:
    info = {
        "CPU cores": str(os.cpu_count()),
        "CPU": _cpu_model(),
        "System": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "Python": platform.python_version(),
        "Load average (1 min) at the end": _load(),
    }
    try:
        import sqlcipher3.dbapi2 as sqlcipher

        conn = sqlcipher.connect(":memory:")
        conn.execute("PRAGMA key = 'probe'")
        info["SQLCipher"] = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        info["SQLite"] = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
        info["SQLCipher provider"] = str(
            conn.execute("PRAGMA cipher_provider").fetchone()[0]
            + " "
            + conn.execute("PRAGMA cipher_provider_version").fetchone()[0]
        )
        conn.close()
    except Exception as exc:  # noqa: BLE001  (the report still gets written)
        info["SQLCipher"] = f"unknown ({type(exc).__name__})"
    for module in ("wellbeing_desktop", "sqlalchemy", "PySide6", "hypothesis", "pytest"):
        try:
            imported = __import__(module)
            info[module] = str(getattr(imported, "__version__", "?"))
        except ImportError:
            info[module] = "not installed"
    info["Source"] = _source_state()
    return info


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f} (other work on the machine slows the run down)"
    except OSError:
        return "unknown"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _source_state() -> str:
    """The commit the tree is on, and whether it had changes (read-only git calls)."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    return f"commit {commit}" + (" plus uncommitted changes" if dirty else "")


# --- the report --------------------------------------------------------------------------


def _n(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return str(value)


def _get(figures: dict[str, dict[str, Any]], test: str, key: str) -> Any:
    return figures.get(test, {}).get(key, "not run")


def _verdict(results: list[TestResult], file: str) -> str:
    mine = [r for r in results if r.file == file]
    if not mine:
        return "not run"
    failed = [r for r in mine if r.outcome in ("failed", "error")]
    if failed:
        return f"**{len(failed)} of {len(mine)} tests FAIL**"
    return "the test passes" if len(mine) == 1 else f"all {len(mine)} tests pass"


def _seconds(results: list[TestResult], file: str) -> float:
    return sum(r.seconds for r in results if r.file == file)


def summary_rows(figures: dict[str, dict[str, Any]], results: list[TestResult]) -> list[str]:
    crash = figures.get("crash", {})
    corruption = figures.get("corruption", {})
    canary = figures.get("canary", {})
    bad = figures.get("bad_input", {})
    return [
        "| Evidence | Figure | Result |",
        "|---|---|---|",
        f"| Crash test: SIGKILLs survived | {_n(crash.get('kills_survived', 'not run'))} of "
        f"{_n(crash.get('kills_planned', '-'))} | {_verdict(results, 'test_crash')} |",
        f"| Crash test: acknowledged saves checked | "
        f"{_n(crash.get('acknowledged_saves_checked', 'not run'))} | |",
        f"| Crash test: writes lost | {_n(crash.get('writes_lost', 'not run'))} | |",
        _crash_points_row(figures, results),
        f"| Corruption test: damaged copies handled | "
        f"{_n(corruption.get('damaged_copies_handled', 'not run'))} of "
        f"{_n(corruption.get('damaged_copies', '-'))} | {_verdict(results, 'test_corruption')} |",
        f"| Corruption test: refusals that name the file, the damage and `restore` | "
        f"{_n(corruption.get('refusals_naming_file_state_and_restore', 'not run'))} of "
        f"{_n(corruption.get('refusals_of_damaged_files', '-'))} | |",
        f"| Canary test: hits (files holding the phrase) | "
        f"{_n(canary.get('canary_hits', 'not run'))} in {_n(canary.get('files_scanned', '-'))} "
        f"files | {_verdict(results, 'test_canary')} |",
        f"| Bad input: cases tried | {_n(bad.get('cases_total', 'not run'))} | "
        f"{_verdict(results, 'test_bad_input')} |",
        f"| Bad input: distinct ways the contract broke | "
        f"{_n(sum(len(k) for k in bad.get('failure_kinds', {}).values()))} | |",
        f"| Open and check while another process writes: intact journal called damaged | "
        f"{_n(figures.get('open_while_writing', {}).get('refused_as_damaged', 'not run'))} of "
        f"{_n(figures.get('open_while_writing', {}).get('opens', '-'))} opens; "
        f"{_n(figures.get('open_while_writing', {}).get('checks_reporting_problems', '-'))} "
        f"problems from check() | "
        f"{_verdict(results, 'test_refused_open')} |",
        f"| Restore racing GUI and CLI writers: acknowledged saves lost | "
        f"{_n(figures.get('restore_race', {}).get('lost', 'not run'))} of "
        f"{_n(figures.get('restore_race', {}).get('acknowledged', '-'))} "
        f"({_n(figures.get('restore_race', {}).get('restored', '-'))} restores) | "
        f"{_verdict(results, 'test_restore_race')} |",
    ]


def restore_race_section(figures: dict[str, Any], results: list[TestResult]) -> list[str]:
    """Restore racing writers (issue #13, item 1)."""
    if not figures:
        return []
    return [
        "## Restore racing writers (`tests/reliability/test_restore_race.py`)",
        "",
        "Every process that opens the journal holds a shared lock on `journal.lock` "
        "(`storage/journal_lock.py`) until it closes it; `restore` takes the exclusive lock "
        "before its first check and holds it until the database and key file are swapped "
        "(`storage/swap.py`: an intent record first, so a kill between the two renames is "
        "finished by the next open). A GUI-like writer (the services the GUI calls, in a "
        "thread: unlock, save, lock, unlock again) and `log` in subprocesses write while "
        "another thread restores a backup again and again. Afterwards every acknowledged "
        "save must be in the live journal or in a before-restore backup. Before the lock "
        "protocol the same test lost most of the GUI's saves (they went into the replaced "
        "file).",
        "",
        "| Figure | Value |",
        "|---|---|",
        *(
            f"| {key} | {_n(figures.get(key, '-'))} |"
            for key in (
                "restored",
                "refused",
                "gui_saves",
                "cli_saves",
                "acknowledged",
                "lost",
                "errors",
            )
        ),
        f"| result | {_verdict(results, 'test_restore_race')} |",
        "",
    ]


def _crash_points_row(figures: dict[str, dict[str, Any]], results: list[TestResult]) -> str:
    sweeps = [f for name, f in figures.items() if name.startswith("crash_points_")]
    points = sum(int(f.get("points_tried", 0)) for f in sweeps)
    failing = sum(len({x.split(":", 1)[0] for x in f.get("failures", [])}) for f in sweeps)
    shown = (
        f"{_n(points)} in {len(sweeps)} commands, {_n(failing)} failing" if sweeps else "not run"
    )
    verdict = _verdict(results, "test_crash_points")
    return f"| Crash points: SIGKILL at a system call | {shown} | {verdict} |"


def crash_section(figures: dict[str, Any], results: list[TestResult]) -> list[str]:
    crash = figures.get("crash")
    lines = ["## Crash test (`tests/reliability/test_crash.py`)", ""]
    if not crash:
        return [*lines, "Not run.", ""]
    lines += [
        "Writers (forked from a server that imported the app once, `crash_writer.py`) open one "
        "journal through the services and save day logs in a loop, printing each day only "
        "after `save_day` returned; each is killed with SIGKILL at a random moment "
        f"({crash.get('lanes', 1)} journals side by side; in half the cycles another process "
        "holds a read snapshot meanwhile). After every kill the journal must open, "
        "`cipher_integrity_check` be empty and `integrity_check` ok, and every "
        "acknowledged save be there byte for byte. The test stops at the first kill after "
        "which that is not so.",
        "",
        "| Figure | Value |",
        "|---|---|",
    ]
    for key, label in (
        ("kills_planned", "SIGKILLs"),
        ("kills_survived", "kills after which everything checked out"),
        ("kills_during_startup", "of them while the journal was being opened"),
        ("acknowledged_saves", "saves acknowledged by the writers"),
        ("acknowledged_saves_checked", "acknowledged saves checked after their kill"),
        ("writes_lost", "acknowledged saves lost"),
        ("opens_refused", "kills after which the app refused to open the journal"),
        ("cycles_with_a_reader", "cycles with another process reading meanwhile"),
        ("writer_checkpoints", "cycles in which a writer checkpointed the WAL"),
        ("largest_wal_bytes", "largest WAL seen (bytes)"),
        ("unacknowledged_saves_found_complete", "saves in flight found complete (allowed)"),
        ("days_compared_in_full", "day comparisons in the full checks"),
        ("days_in_journals", "days in the journals at the end"),
        ("seed", "random seed (WELLBEING_RELIABILITY_SEED)"),
        ("seconds", "seconds"),
    ):
        lines.append(f"| {label} | {_n(crash.get(key, '-'))} |")
    lines += [
        "",
        "A SIGKILL leaves the kernel's page cache alone: this shows atomic saves and recovery "
        "after a process crash, not durability across a power cut (which would need a VFS that "
        "drops unsynced writes).",
        "",
    ]
    return lines


def corruption_section(figures: dict[str, Any], results: list[TestResult]) -> list[str]:
    corruption = figures.get("corruption")
    lines = ["## Corruption test (`tests/reliability/test_corruption.py`)", ""]
    if not corruption:
        return [*lines, "Not run.", ""]
    kinds = corruption.get("cases_by_kind", {})
    lines += [
        "Damaged copies of a small real journal: truncations (0 and 1 byte, mid-page, page "
        "boundaries), bit flips in the header page and body pages (also in the IV and HMAC), "
        "zeroed pages, random bytes, a plain SQLite file, another journal's file, damaged or "
        "missing key files, and on a journal a crash left with a hot WAL: the WAL missing, cut, "
        "flipped or from another journal. `show`, `check` (CLI, with a timeout) and the service "
        "open each see their own copy; they must refuse in one line with every file unchanged, "
        "or open a state the journal really had. A WAL SQLite cannot use (its header or "
        "first frame does not check out) is moved aside as `journal.db-wal.unreadable-<time>` "
        "before the open, and the command says so in one line, instead of SQLite discarding "
        "and deleting it.",
        "",
        "| Figure | Value |",
        "|---|---|",
        f"| damaged copies | {_n(corruption.get('damaged_copies', '-'))} "
        f"({', '.join(f'{_n(v)} {k}' for k, v in kinds.items())}) |",
        f"| handled as required | {_n(corruption.get('damaged_copies_handled', '-'))} |",
        f"| CLI runs / service opens | {_n(corruption.get('cli_runs', '-'))} / "
        f"{_n(corruption.get('service_opens', '-'))} |",
        f"| one-line refusals seen | {_n(corruption.get('refusals_one_line', '-'))} |",
        f"| correct opens (recoverable cases) | {_n(corruption.get('opened_correctly', '-'))} |",
        f"| hangs (no answer in 60 s) | {_n(corruption.get('hangs', '-'))} |",
        f"| cases where a file changed | {_n(corruption.get('files_changed', '-'))} |",
        f"| refusals naming the file, the damage and `restore` | "
        f"{_n(corruption.get('refusals_naming_file_state_and_restore', '-'))} of "
        f"{_n(corruption.get('refusals_of_damaged_files', '-'))} |",
        "",
    ]
    unclear = {
        name: messages
        for name, messages in corruption.get("messages", {}).items()
        if messages and not any("restore" in m.lower() for m in messages)
    }
    if unclear:
        lines += ["Refusals that do not offer `restore` (one example each):", ""]
        for name, messages in unclear.items():
            lines.append(f"- {name}: `{_strip_paths(messages[0])}`")
        lines.append("")
    failures = corruption.get("failures", {})
    if failures:
        lines += ["Cases not handled as required:", ""]
        for name, problems in failures.items():
            lines.append(f"- **{name}**: " + "; ".join(problems))
        lines.append("")
    return lines


def _strip_paths(message: str) -> str:
    """A message without the test's temporary folders, to keep the report short."""
    return re.sub(r"/\S*/(journal\.(db|key))", r"…/\1", message).replace("`", "'")


def canary_section(figures: dict[str, Any], results: list[TestResult]) -> list[str]:
    canary = figures.get("canary")
    lines = ["## Canary test (`tests/reliability/test_canary.py`)", ""]
    if not canary:
        return [*lines, "Not run.", ""]
    lines += [
        "A unique phrase typed into the GUI's text fields (real widgets, offscreen) and passed "
        "to every CLI option that takes text; then a backup, lock and exit. Every file under "
        "the test's HOME, data, config (QSettings), log, cache and temp folders is searched for "
        "it as UTF-8 and UTF-16-LE, in any ASCII case, and in file names - while the journal is "
        "open and at the end.",
        "",
        "| Figure | Value |",
        "|---|---|",
        f"| GUI fields typed into | {_n(canary.get('gui_fields_typed_into', '-'))}: "
        f"{', '.join(canary.get('gui_fields', []))} |",
        f"| CLI commands run | {_n(canary.get('cli_commands', '-'))}: "
        f"{', '.join(f'`{c}`' for c in canary.get('cli_runs', []))} |",
        f"| files searched | {_n(canary.get('files_scanned', '-'))} "
        f"({_n(canary.get('bytes_scanned', '-'))} bytes): "
        f"{', '.join(f'`{f}`' for f in canary.get('files', []))} |",
        f"| canary hits | {_n(canary.get('canary_hits', '-'))} |",
        "",
    ]
    if canary.get("hits"):
        lines += ["Hits:", "", *(f"- `{hit}`" for hit in canary["hits"]), ""]
    return lines


def bad_input_section(figures: dict[str, Any], results: list[TestResult]) -> list[str]:
    bad = figures.get("bad_input")
    lines = ["## Bad input (`tests/reliability/test_bad_input.py`, Hypothesis)", ""]
    if not bad:
        return [*lines, "Not run.", ""]
    lines += [
        "Each case must be stored exactly (equal when read back, and after reopening) or "
        "refused with a `WellbeingError` whose message is one line, with nothing half-written "
        "(the journal's whole content unchanged).",
        "",
        "| Part | Cases | Outcomes | Ways the contract broke |",
        "|---|---|---|---|",
    ]
    for name, figure in bad.get("tests", {}).items():
        outcomes = ", ".join(
            f"{k} {_n(v)}" for k, v in figure.items() if k not in ("tried", "failure_kinds")
        )
        lines.append(
            f"| {name} | {_n(figure.get('tried', 0))} | {outcomes or '-'} | "
            f"{_n(len(figure.get('failure_kinds', {})))} |"
        )
    lines += ["", f"Cases in total: **{_n(bad.get('cases_total', 0))}**.", ""]
    kinds = bad.get("failure_kinds", {})
    if kinds:
        lines += ["How the contract broke (first example of each, shortened):", ""]
        for part, found in kinds.items():
            for signature, detail in found.items():
                example = str(detail.get("example", ""))
                example = example if len(example) <= 160 else example[:160] + "…"
                example = example.replace("|", "\\|").replace("`", "'")
                lines.append(
                    f"- {part}: **{signature}** ({_n(detail.get('count', 0))}x), e.g. `{example}`"
                )
        lines.append("")
    return lines


CRASH_POINTS_INTRO = (
    "Each command runs in its own process under `strace -f -e inject=CALL:signal=SIGKILL:"
    "when=N` for every rename, link, unlink, fsync, fdatasync, write and ftruncate call it "
    "makes (each variant, e.g. `pwrite64`, on its own), N = 1, 2, ... until it completes "
    "untouched; the default run tries every rename and link and the first and the last "
    "of every other kind of call, `WELLBEING_LONG_TESTS=1` all. After each kill the journal "
    "must open with the old or the new passphrase, hold exactly the days before the command "
    "or after it (after it whenever the command said it was done), pass "
    "`cipher_integrity_check` and `integrity_check`, keep every backup file complete (and "
    "after a restore the replaced files in a before-restore backup), and `show` must open "
    "an intact journal without a warning and list its days. Rows are "
    "`tests/reliability/crash_scenarios.py`; `python -m tests.reliability.crash_points "
    "--long` prints this table on its own."
)


def crash_points_section(figures: dict[str, dict[str, Any]]) -> list[str]:
    sweeps = [f for name, f in figures.items() if name.startswith("crash_points_")]
    lines = ["## Crash points (`tests/reliability/test_crash_points.py`)", ""]
    if not sweeps:
        return [*lines, "Not run.", ""]
    sys.path.insert(0, str(REPO))
    from tests.reliability.crash_points import table

    lines += [CRASH_POINTS_INTRO, "", *table(sweeps), ""]
    failures = [failure for f in sweeps for failure in f.get("failures", [])]
    if failures:
        lines += ["Failing points:", ""]
        lines += [f"- {_strip_paths(failure)[:400]}" for failure in failures]
        lines.append("")
    messages = {m: n for f in sweeps for m, n in f.get("messages", {}).items()}
    if messages:
        lines += ["What `show` said after a kill (count):", ""]
        lines += [f"- `{_strip_paths(m)}` ({n})" for m, n in messages.items()]
        lines.append("")
    return lines


RACES_INTRO = [
    "- Two GUIs and the CLI on one day: the single-instance guard gives the data folder to "
    "one GUI process and refuses the second; both then go on, each with the real Today view "
    "over its own `Journal`, racing two `log` loops on the same day, one field per writer. "
    "Every field must end with its writer's last acknowledged value.",
    "- Backups during saves: two `backup --out` loops race two `log` loops (today and "
    "yesterday). Every backup must verify and hold, for each day, at least the version "
    "acknowledged before it started; the journal must end with the last acknowledged "
    "version of each day.",
]


def races_section(figures: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["## Races (`tests/reliability/test_races.py`)", "", *RACES_INTRO, ""]
    for name in ("race_same_day", "race_backup_during_save"):
        figure = figures.get(name)
        if not figure:
            lines += [f"{name}: not run.", ""]
            continue
        lines += [f"`{name}`:", "", "| Figure | Value |", "|---|---|"]
        for key, value in figure.items():
            shown = value if not isinstance(value, dict | list) else json.dumps(value)[:200]
            lines.append(f"| {key} | {_n(shown)} |")
        lines.append("")
    return lines


def other_sections(figures: dict[str, dict[str, Any]]) -> list[str]:
    known = {"crash", "corruption", "canary", "bad_input", "restore_race", "race_same_day"}
    known.add("race_backup_during_save")
    lines: list[str] = []
    for name, figure in figures.items():
        if name in known or name.startswith("crash_points_"):
            continue
        lines += [f"## {name}", "", "| Figure | Value |", "|---|---|"]
        for key, value in figure.items():
            shown = value if not isinstance(value, dict | list) else json.dumps(value)[:200]
            lines.append(f"| {key} | {_n(shown)} |")
        lines.append("")
    return lines


def tests_section(results: list[TestResult], wall: float) -> list[str]:
    lines = [
        "## Every test",
        "",
        f"Wall time of the whole run: {wall:.0f} s.",
        "",
        "| Test | Result | Seconds |",
        "|---|---|---|",
    ]
    for result in results:
        shown = result.outcome if result.outcome == "passed" else f"**{result.outcome.upper()}**"
        lines.append(f"| `{result.file}::{result.name}` | {shown} | {result.seconds:.1f} |")
    failed = [r for r in results if r.outcome in ("failed", "error")]
    if failed:
        lines += ["", "Failures (first line):", ""]
        for result in failed:
            message = result.message.replace("|", "\\|").replace("`", "'")[:300]
            lines.append(f"- `{result.name}`: {message}")
    lines.append("")
    return lines


def write_report(
    out: Path,
    figures: dict[str, dict[str, Any]],
    results: list[TestResult],
    code: int,
    wall: float,
    long: bool,
    start_load: str,
) -> None:
    passed = sum(r.outcome == "passed" for r in results)
    failed = sum(r.outcome in ("failed", "error") for r in results)
    lines = [
        "# Reliability evidence",
        "",
        "Written by `scripts/reliability_report.py` from the figures of the tests in "
        "`tests/reliability/` (issue 6, *Evidence*). Do not edit by hand: run the script.",
        "",
        f"- Date: {datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- Sizes: {'long (WELLBEING_LONG_TESTS=1, as in .ci/run)' if long else 'default (short)'}",
        f"- Tests: {passed} passed, {failed} failed (pytest exit code {code}); "
        f"{wall:.0f} s wall time, load average {start_load} at the start",
        "",
        "## Summary",
        "",
        *summary_rows(figures, results),
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in machine().items()),
        "",
        *crash_section(figures, results),
        *crash_points_section(figures),
        *races_section(figures),
        *corruption_section(figures, results),
        *canary_section(figures, results),
        *bad_input_section(figures, results),
        *restore_race_section(figures.get("restore_race", {}), results),
        *other_sections(figures),
        *tests_section(results, wall),
        "## How to reproduce",
        "",
        "```sh",
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test,dev]'",
        ".venv/bin/python scripts/reliability_report.py         # default sizes, writes this file",
        ".venv/bin/python scripts/reliability_report.py --long  # WELLBEING_LONG_TESTS=1",
        "# one test, with the seed a report or a failure names:",
        "WELLBEING_RELIABILITY_SEED=1234 .venv/bin/python -m pytest "
        "tests/reliability/test_crash.py",
        "```",
        "",
        "The tests also run at the default (short) sizes in `./scripts/test` and at the long "
        "sizes in `.ci/run` (`WELLBEING_LONG_TESTS=1 pytest -m long`); "
        "`WELLBEING_RELIABILITY_OUT=DIR` makes any pytest run write the figures as JSON into DIR.",
        "",
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--long", action="store_true", help="run with WELLBEING_LONG_TESTS=1")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the Markdown file to write")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    start_load = _load().split(" ")[0]
    with tempfile.TemporaryDirectory(prefix="reliability-") as scratch:
        folder = Path(scratch)
        figures_dir = folder / "figures"
        figures_dir.mkdir()
        code, wall = run_tests(figures_dir, folder / "junit.xml", args.long, args.pytest_args)
        results = read_junit(folder / "junit.xml")
        figures = read_figures(figures_dir)
    write_report(args.out, figures, results, code, wall, args.long, start_load)
    print(f"wrote {args.out} (pytest exit code {code})")
    return code


if __name__ == "__main__":
    sys.exit(main())
