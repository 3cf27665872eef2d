"""What a kill left, judged: the checks after every crash point of ``crash_points.py``.

The journal is opened through the services on a copy first (so the verdict does not
depend on what the next command repairs), then ``show`` runs on the files the kill left.
"""

from __future__ import annotations

import re
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tests.reliability.support import access_for
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage.backup import list_backups
from wellbeing_desktop.storage.backup_format import read_header, unpack_backup
from wellbeing_desktop.storage.engine import connect_keyed
from wellbeing_desktop.storage.integrity import file_problems

if TYPE_CHECKING:
    from tests.reliability.cli_fork import CliRunner
    from tests.reliability.crash_scenarios import JournalState, Prepared, Scenario

SHOW_TIMEOUT = 60.0
# One open at a time in this process: Alembic's migration context is process-global, so
# two threads migrating two copies at once fail each other (a harness artefact).
_OPENING = threading.Lock()


# --- checking what a kill left ------------------------------------------------------------


@dataclass
class Verdict:
    opened_as: str  # "before", "after" or "" (did not open)
    problems: list[str] = field(default_factory=list)


def _days_of(folder: Path, passphrase: str) -> tuple[dict[date, str], list[str], bytes]:
    """Open through the services (as any command would), read every day, run check()."""
    with _OPENING:
        journal = access_for(folder).open_with_passphrase(passphrase)
        try:
            days = {log.day: log.reflection for log in journal.days()}
            problems = [f"Journal.check(): {p}" for p in journal.check()]
            data_key = journal.data_key
        finally:
            journal.close()
    return days, problems, data_key


def check_copy(journal_dir: Path, prepared: Prepared, acknowledged: bool) -> Verdict:
    """The independent verdict on a copy of what the kill left (see the module notes).

    The journal is in the "after" state when a passphrase of that state opens it with that
    state's days, else in the "before" state likewise; an acknowledged command must have
    left "after", and then the old passphrase (if it differs) must no longer open it.
    """
    states = {"before": prepared.before, "after": prepared.after}
    old, new = prepared.before.passphrase, prepared.after.passphrase
    # The likelier passphrase first; each try costs a key derivation (passwd's new slot
    # has the full cost). The second is needed only when the first does not fit, or to
    # show that an acknowledged passphrase change left the old one useless.
    order = [new, old] if acknowledged else [old, new]
    seen: dict[str, tuple[dict[date, str], list[str], bytes] | str] = {}
    for passphrase in dict.fromkeys(order):
        try:
            seen[passphrase] = _days_of(journal_dir, passphrase)
        except WellbeingError as exc:
            seen[passphrase] = str(exc)
        found = seen[passphrase]
        fits = isinstance(found, tuple) and any(
            s.passphrase == passphrase and s.days == found[0] for s in states.values()
        )
        if fits and not (acknowledged and old != new):
            break
    matches = [
        label
        for label, state in states.items()
        if isinstance(got := seen.get(state.passphrase), tuple) and got[0] == state.days
    ]
    opened = [found for found in seen.values() if isinstance(found, tuple)]
    if not opened:
        refusals = " | ".join(short_message(str(v)) for v in seen.values())
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
    if acknowledged and old != new and isinstance(seen.get(old), tuple):
        problems.append("acknowledged, yet the old passphrase still opens the journal")
    # The page check of the file alone, now that the services closed it (no WAL left).
    problems += [
        f"file_problems: {p}" for p in file_problems(JournalPaths(journal_dir).database, result[2])
    ]
    return Verdict(opened_as, problems)


def check_backups(
    journal_dir: Path, prepared: Prepared, scenario: Scenario, opened_as: str, acknowledged: bool
) -> list[str]:
    """The backups after a kill: complete, kept, verified.

    Every backup file complete; the replaced files kept by a restore; the backup an
    acknowledged ``backup`` said it made is there, verified, with the journal's days.
    """
    problems = []
    backups = JournalPaths(journal_dir).backups
    for path in list_backups(backups) if backups.is_dir() else []:
        try:
            read_header(path)
        except (WellbeingError, OSError) as exc:
            problems.append(f"backup {path.name} is incomplete: {type(exc).__name__}")
    replaced = scenario.keeps_replaced_files and opened_as == "after"
    if replaced and not _a_backup_holds(backups, prepared.before, "before-restore"):
        problems.append("restored, but no before-restore backup holds the replaced days")
    made = scenario.makes_backup and acknowledged
    if made and not _a_backup_holds(backups, prepared.after, "manual", verified=True):
        problems.append("acknowledged, but no verified backup holds the journal's days")
    return problems


def _a_backup_holds(
    backups: Path, state: JournalState, reason: str, *, verified: bool = False
) -> bool:
    for path in list_backups(backups) if backups.is_dir() else []:
        if reason not in path.name:
            continue
        with tempfile.TemporaryDirectory(prefix="unpacked-") as scratch:
            try:
                if verified and not read_header(path).verified:
                    continue
                parts = unpack_backup(path, Path(scratch) / "parts")
                data_key = keyfile.unlock_with_passphrase(parts.key_file, state.passphrase)
                conn = connect_keyed(parts.database, data_key)
                try:
                    rows = conn.execute("SELECT day, reflection FROM day_logs").fetchall()
                finally:
                    conn.close()
            except Exception:  # noqa: BLE001  (whatever is wrong with it, it is not the one)
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
    message = short_message(result.stderr)
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


def short_message(stderr: str) -> str:
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
    left: str = ""  # the state left: "before", "after", "either" (the same) or "" (neither)
