"""Crash test: SIGKILL a process that is saving day logs, again and again.

A child process (``crash_writer``) opens one journal through the services and saves days
in a loop, printing each day only after ``save_day`` returned. It is killed with SIGKILL
at a random moment: mostly 20-300 ms into its save loop, sometimes while it is still
opening the journal (with the previous child's WAL still hot). The children are forked
from a server that imported the app once, so a kill lands in the journal code, not in
Python's start-up; two journals are worked on side by side. In half the cycles another
process reads the journal meanwhile (a read-only connection holding a snapshot, as the
GUI may while the CLI writes), which keeps the writer's checkpoints from finishing.
After every kill:

- the journal opens with the passphrase;
- ``PRAGMA cipher_integrity_check`` is empty and ``integrity_check`` is ok
  (``Journal.check()`` returns []);
- every acknowledged save is there, byte for byte (the whole day, not just the text),
  at the acknowledged version or a later one;
- at most one save per kill landed without being acknowledged (the one in flight),
  and it too is complete and exact.

Nine cycles in ten the parent checks a copy of the files, so the next child opens a
journal whose WAL the killed child left behind and the WAL grows until SQLite
checkpoints it inside a writer (some reflections are long essays, so that happens
often and kills land in checkpoints too); every tenth cycle it checks in place (which
checkpoints). Old days are compared in full every few cycles and at the end. If the app
refuses to open the journal after a kill, SQLite itself (a plain read-write connection
on a copy) says whether the journal really is damaged.

A SIGKILL leaves the kernel's page cache alone: this proves atomicity and recovery
after a process crash, not durability after a power cut (that needs a VFS that drops
unsynced writes, as SQLite's own crash tests do).
"""

from __future__ import annotations

import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from tests.reliability.crash_writer import day_log_for, day_of, number_of, version_in
from tests.reliability.support import (
    PASSPHRASE,
    REPO_ROOT,
    access_for,
    record_figures,
    sized,
    sqlite_verdict,
    write_passphrase_file,
)
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage.engine import raw_key_literal

if TYPE_CHECKING:
    from pathlib import Path

# 10 per lane by default (each lane still checks in place and in full once, at its tenth
# kill); 100 with WELLBEING_LONG_TESTS=1 (.ci/run).
KILLS = sized(20, 100)
LANES = 2  # journals killed side by side (the work is mostly waiting for fsync)
FULL_CHECK_EVERY = 10
READY_TIMEOUT = 60.0
SEED_ENV = "WELLBEING_RELIABILITY_SEED"


class ForkServer:
    """``crash_writer serve``: forks one writer per request; its lines arrive in a queue."""

    def __init__(self, stderr_path: Path) -> None:
        self._stderr = stderr_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_writer", "serve"],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            self.lines.put(raw.decode("utf-8").rstrip("\n"))
        self.lines.put(None)

    def next_line(self, timeout: float = READY_TIMEOUT) -> str:
        line = self.lines.get(timeout=timeout)
        assert line is not None, "the fork server died"
        return line

    def spawn(self, *args: str) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write((" ".join(args) + "\n").encode("utf-8"))
        self.process.stdin.flush()
        kind, pid = self.next_line().split()
        assert kind == "pid"
        return int(pid)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._stderr.close()


@dataclass
class Figures:
    kills_survived: int = 0
    kills_during_startup: int = 0
    acknowledged_saves: int = 0
    acknowledged_saves_checked: int = 0
    unacknowledged_saves_found_complete: int = 0
    days_compared_in_full: int = 0
    writes_lost: int = 0
    opens_refused: int = 0  # the app would not open the journal after the kill
    writer_checkpoints: int = 0  # cycles in which a writer checkpointed the WAL itself
    cycles_with_a_reader: int = 0  # another process held a read snapshot meanwhile
    largest_wal_bytes: int = 0
    days_in_journals: int = 0
    seconds_writing: float = 0.0
    seconds_checking: float = 0.0


def _verify(
    folder: Path, acked: dict[date, int], changed: set[date], full: bool
) -> tuple[dict[date, int], list[str]]:
    """Open the journal in ``folder`` and check it against the acknowledged saves.

    Returns the version of every day read and the problems found (empty: all is well).
    Without ``full`` only the days this writer touched and any newer day are read.
    """
    try:
        journal = access_for(folder).open_with_passphrase(PASSPHRASE)
    except WellbeingError as exc:
        return {}, [f"refused to open: {exc} ({sqlite_verdict(folder)})"]
    try:
        problems = [f"integrity: {p}" for p in journal.check()]
        if full or not acked:
            stored = {log.day: log for log in journal.days()}
        else:
            stored = {day: log for day in changed if (log := journal.day(day)) is not None}
            newest = journal.days(start=day_of(max(number_of(d) for d in acked) + 1))
            stored.update({log.day: log for log in newest})
    finally:
        journal.close()
    versions: dict[date, int] = {}
    for day, log in stored.items():
        version = version_in(log.reflection)
        if log != day_log_for(day, version):
            problems.append(f"{day} v{version} is not what was saved")
        versions[day] = version
    for day in changed | (set(acked) if full else set()):
        if versions.get(day, -1) < acked[day]:
            found = versions.get(day)
            problems.append(f"lost: {day} v{acked[day]} was acknowledged, found {found}")
    if full:
        numbers = sorted(number_of(d) for d in versions)
        if numbers != list(range(len(numbers))):
            problems.append("the logged days are not gapless")
    return versions, problems


def _wal_state(folder: Path) -> tuple[int, int]:
    """(checkpoint sequence number in the WAL header, WAL size); (0, 0) without a WAL."""
    wal = folder / "journal.db-wal"
    try:
        with wal.open("rb") as f:
            header = f.read(32)
        size = wal.stat().st_size
    except OSError:
        return 0, 0
    return (int.from_bytes(header[12:16], "big") if len(header) == 32 else 0), size


def _hold_snapshot(folder: Path, data_key: bytes) -> Any:
    """Another process reading while the CLI writes.

    Another process reading, as the GUI may while the CLI writes: a read-only keyed
    connection inside a read transaction. While it holds its snapshot, SQLite's automatic
    checkpoints in the writer cannot copy newer pages into the database file. Read-only,
    so closing it never checkpoints.
    """
    path = quote(str(folder / "journal.db"))
    conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    conn.set_key(raw_key_literal(data_key))
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM day_logs").fetchall()
    return conn


class KillLoop:
    """One journal, one fork server, ``kills`` cycles of write-kill-check."""

    def __init__(self, root: Path, seed: int, figures: Figures) -> None:
        self.root = root
        self.folder = root / "journal"
        self.scratch = root / "copy"
        self.rng = random.Random(seed)
        self.seed = seed
        self.figures = figures
        self.lock = threading.Lock()
        root.mkdir()
        access_for(self.folder).create(PASSPHRASE)[0].close()
        self.passphrase_file = write_passphrase_file(root / "passphrase.txt")
        self.acked: dict[date, int] = {}  # the newest version known to be committed
        self.data_key = keyfile.unlock_with_passphrase(self.folder / "journal.key", PASSPHRASE)

    def run(self, kills: int) -> None:
        server = ForkServer(self.root / "writer-stderr.txt")
        try:
            unchecked = 0  # kills since the last full comparison
            for cycle in range(kills):
                full = cycle % FULL_CHECK_EVERY == FULL_CHECK_EVERY - 1 or cycle == kills - 1
                unchecked = 0 if self._cycle(server, cycle, full, unchecked + 1) else unchecked + 1
            with self.lock:
                self.figures.days_in_journals += len(self.acked)
        finally:
            server.close()

    def _cycle(self, server: ForkServer, cycle: int, full: bool, kills_unchecked: int) -> bool:
        where = f"cycle {cycle} (seed {self.seed})"
        rng, figures = self.rng, self.figures
        spawned = time.monotonic()
        wal_before = _wal_state(self.folder)
        next_number = max((number_of(d) for d in self.acked), default=-1) + 1
        pid = server.spawn(
            str(self.folder),
            str(self.passphrase_file),
            "0",
            str(next_number),
            str(rng.randrange(2**31)),
        )
        lines: list[str] = []
        # Half the cycles another process reads at the same time (see _hold_snapshot).
        reader = _hold_snapshot(self.folder, self.data_key) if rng.random() < 0.5 else None
        if rng.random() < 0.2:
            # While the journal is being opened (keyed, checked, a hot WAL recovered).
            time.sleep(rng.uniform(0.0, 0.05))
        else:
            lines.append(server.next_line())
            assert lines[-1] == "ready", f"{where}: the writer said {lines[-1]!r}"
            time.sleep(rng.uniform(0.020, 0.300))
        os.kill(pid, signal.SIGKILL)
        while not (line := server.next_line()).startswith(f"exit {pid} "):
            lines.append(line)
        if reader is not None:
            reader.close()
        code = int(line.split()[2])
        stderr = (self.root / "writer-stderr.txt").read_text(errors="replace")
        assert code == -signal.SIGKILL, f"{where}: the writer exited with {code}: {stderr[-3000:]}"
        checking = time.monotonic()
        wal_after = _wal_state(self.folder)

        this_cycle = [
            (date.fromisoformat(iso), int(version))
            for iso, version in (line.split() for line in lines if line != "ready")
        ]
        for day, version in this_cycle:
            self.acked[day] = max(version, self.acked.get(day, -1))
        changed = {day for day, _ in this_cycle}
        # Mostly check a copy: the next writer then finds the hot WAL the killed one left
        # behind, the WAL grows over several writers and SQLite checkpoints it inside
        # one (so kills land in checkpoints too). Every tenth cycle check in place
        # (closing checkpoints it).
        target = self.folder
        if cycle % 10:
            shutil.rmtree(self.scratch, ignore_errors=True)
            shutil.copytree(self.folder, self.scratch)
            target = self.scratch
        versions, problems = _verify(target, self.acked, changed, full)
        lost = sum(p.startswith("lost:") for p in problems)
        refused = any(p.startswith("refused to open") for p in problems)
        # Each kill may leave one unacknowledged save behind (the one in flight); those
        # of older days show up only at the next full comparison.
        extra = {d: v for d, v in versions.items() if v > self.acked.get(d, -1)}
        if len(extra) > kills_unchecked:
            problems.append(f"{len(extra)} unacknowledged saves landed in {kills_unchecked} kills")
        self.acked.update(extra)
        with self.lock:
            figures.kills_during_startup += "ready" not in lines
            figures.acknowledged_saves += len(this_cycle)
            figures.acknowledged_saves_checked += len(this_cycle)
            figures.unacknowledged_saves_found_complete += len(extra)
            figures.days_compared_in_full += len(versions) if full else 0
            figures.writes_lost += lost
            figures.opens_refused += refused
            figures.cycles_with_a_reader += reader is not None
            # The WAL header's checkpoint sequence moves when a checkpoint reset the WAL.
            figures.writer_checkpoints += wal_before[0] != wal_after[0] and wal_before[1] > 0
            figures.largest_wal_bytes = max(figures.largest_wal_bytes, wal_after[1])
            figures.kills_survived += not problems
            figures.seconds_writing += checking - spawned
            figures.seconds_checking += time.monotonic() - checking
        assert not problems, f"{where}: {problems[:5]}"
        return full


@pytest.mark.long
def test_sigkill_while_saving_loses_no_acknowledged_save(tmp_path: Path) -> None:
    seed = int(os.environ.get(SEED_ENV) or random.SystemRandom().randrange(2**31))
    figures = Figures()
    loops = [KillLoop(tmp_path / f"lane{i}", seed + i, figures) for i in range(LANES)]
    per_lane = [KILLS // LANES + (i < KILLS % LANES) for i in range(LANES)]
    errors: list[BaseException] = []

    def run(loop: KillLoop, kills: int) -> None:
        try:
            loop.run(kills)
        except BaseException as exc:  # noqa: BLE001  (re-raised in the test's thread)
            errors.append(exc)

    started = time.monotonic()
    threads = [
        threading.Thread(target=run, args=(loop, kills))
        for loop, kills in zip(loops, per_lane, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    record_figures(
        "crash",
        {
            **asdict(figures),
            "seconds_writing": round(figures.seconds_writing, 1),
            "seconds_checking": round(figures.seconds_checking, 1),
            "seconds": round(time.monotonic() - started, 1),
            "kills_planned": KILLS,
            "lanes": LANES,
            "seed": seed,
        },
    )
    if errors:
        raise errors[0]
    assert figures.kills_survived == KILLS >= sized(20, 100)
    assert figures.writes_lost == 0
