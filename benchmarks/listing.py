"""What each figure measures: its user path, its rows and their targets (``--list``).

A self-check without running anything: ``python -m benchmarks --list`` prints, for every
figure the suite can run, the user path each row times and the target it is judged by.
The rows themselves carry the same path (the table's first column); a figure whose rows
set none gets the path below.
"""

from __future__ import annotations

from typing import NamedTuple


class Listed(NamedTuple):
    path: str
    row: str
    target: str


KEYRING = "key remembered (gnome-keyring)"

LISTING: dict[str, tuple[Listed, ...]] = {
    "startup": (
        Listed("GUI, any start", "process start → unlock window painted",
               "≤ 1.5× a bare PySide6 window's first paint"),
    ),
    "remembered": (
        Listed(f"GUI, {KEYRING}, first start of the day and a later start",
               "process start → Today painted (from the start's snapshot) and ready for typing",
               "≤ 3× a bare PySide6 window's first paint"),
    ),
    "unlock": (
        Listed("GUI, passphrase typed (Enter at the first paint, no pause), real start",
               "Enter → Today painted (from the unlock's snapshot)",
               "≤ key derivation + 150 ms (paired)"),
    ),
    "ritual": (
        Listed("GUI, passphrase typed at the unlock view's first paint (no pause), real start",
               "key derived → Today painted, cursor on the proposal (first keystroke); "
               "keys to log a day", "≤ 150 ms; ≤ 25 keys"),
    ),
    "kdf": (Listed("GUI/CLI, passphrase typed", "Argon2id key derivation", "0.2–0.6 s"),),
    "cli-search": (
        Listed(f"CLI, {KEYRING}", "`search` vs jrnl, 10-year journal", "≥ 5× faster than jrnl"),
    ),
    "cli-fixed": (
        Listed(f"CLI, {KEYRING}", "`show` one week, 1-year journal",
               "≤ 3× floor (Python + sqlcipher3, raw key, the week's rows)"),
        Listed(f"CLI, {KEYRING}", "`log` one field, 1-year journal (a copy per run)",
               "≤ 3× floor (raw key, one update + commit)"),
        Listed(f"CLI, {KEYRING}", "`log` one field, 1-year journal, after a `log` that day",
               "≤ 3× floor (raw key, one update + commit)"),
        Listed(f"CLI, {KEYRING}", "`search`, 10-year journal",
               "≤ 2× floor (raw key, the same FTS query)"),
    ),
    "cli-paths": (
        Listed(f"CLI, {KEYRING}, first command of the day (no backup made today)",
               "`search`, 10-year journal", "≤ 1.1× the fast path (paired)"),
        Listed(f"CLI, {KEYRING}, journal open in the GUI",
               "`search`, 10-year journal", "≤ 1.1× without the GUI (paired)"),
        Listed("CLI, --passphrase-file", "`search`, 10-year journal",
               "report only: Argon2id + the rest"),
    ),
    "typing": (
        Listed("GUI, Journal view", "search as you type (service call, every keystroke)",
               "≤ 20 ms"),
        Listed("GUI, Journal view", "search as you type: query → results painted, "
               "the slowest keystroke (one letter included)", "≤ 20 ms"),
    ),
    "save": (Listed("GUI/CLI, autosave", "save of one day", "≤ 5 ms and ≤ 5× baseline"),),
    "trends": (
        Listed("GUI, Trends view", 'first show on "All" (fresh process) → painted, '
               "opened 0.3 s after Today", "≤ 150 ms"),
        Listed("GUI, Trends view", 'first show on "All", opened 4 s after Today (the charts\' '
               "libraries loaded in idle time)", "≤ 150 ms"),
        Listed("GUI, Trends view", "every range and granularity switch, the first time each "
               "(the slowest judged)", "≤ 100 ms"),
    ),
    "mix": (Listed("GUI, an evening's reads and writes", "SQLCipher vs plain SQLite", "≤ 1.3×"),),
    "report": (Listed("GUI, Reports", "coach PDF for one year", "≤ 1.8 s (1.5× reached)"),),
    "demo": (
        Listed("CLI, passphrase in the environment", "`demo --days 3650`",
               "≤ 4 s (1.5× reached)"),
    ),
    "rss": (
        Listed(f"GUI, {KEYRING}, real start (first of the day)",
               "peak memory (VmHWM): Today read 3 s, then Trends all/weekly; 10 and 30 years",
               "≤ 1.5× the fair floor (bare window, same PySide6 patch, pyqtgraph, same points)"),
        Listed("GUI, passphrase typed 3 s after the unlock view painted, real start",
               "peak memory (VmHWM): Today read 3 s, then Trends all/weekly; 10 and 30 years",
               "≤ 1.5× the fair floor"),
    ),
    "streams": (
        Listed(f"CLI, {KEYRING}", "`export --format F` (json, csv, xlsx, markdown), 30 years",
               "peak ≤ 1.2× the process's memory just before the export"),
        Listed(f"CLI, {KEYRING}", "`report --kind K` (coach, one-on-one), whole journal, 30 years",
               "peak ≤ 1.2× the process's memory just before the report"),
    ),
}  # fmt: skip


def path_of(figure: str) -> str:
    """The user path of a figure's rows when a row does not name its own."""
    listed = LISTING.get(figure)
    return listed[0].path if listed else ""


def listing(names: list[str]) -> str:
    lines = []
    for name in names:
        listed = LISTING.get(name)
        if not listed:
            lines.append(f"{name}: (not described here; see its module)")
            continue
        for item in listed:
            lines.append(f"{name}: [{item.path}] {item.row} — target: {item.target}")
    return "\n".join(lines)
