"""Corruption test: damaged copies of a small real journal, opened every way the app can.

Each case is a copy of a journal with one kind of damage: the database truncated (to 0,
1, a few bytes, mid-page, at page boundaries), bits flipped in the header page and in
body pages (including the HMAC and IV that SQLCipher keeps at the end of each page), a
page zeroed, random bytes or a plain SQLite file in its place, the key file damaged,
missing or from another journal, and, on a journal left with a hot write-ahead log (the
state a crash leaves), the WAL missing, truncated, bit-flipped, or from another journal.

Three surfaces look at each case, each on its own fresh copy: ``wellbeing-desktop
show`` and ``wellbeing-desktop check`` (each in a child process with a timeout, forked
from a server that imported the app once: see ``cli_fork``) and the service
open (``JournalAccess.open_with_passphrase``, then ``check()`` and the content).

Nothing writes beside these copies, so the app's pauses before it checks a file that
looked damaged once more (``database.RECHECK_PAUSES``, for a page torn by another
program's checkpoint; test_refused_open.py proves that) are zero here: the second and
third looks still run and find the same damage, without 0.7 s of waiting per open.

What every surface must do, by the kind of case:

- DAMAGED (the database or key file is damaged; nothing can repair it): refuse with one
  clear line (CLI: exit 1, no traceback, no "unexpected error"), or show exactly the
  data of the undamaged journal; ``check`` must report the damage; the service open must
  refuse or its ``check()`` must report the damage. No file may change: every file's
  hash is the same afterwards, nothing is deleted, nothing new appears (no new journal
  next to a missing or empty database, no leftover -wal). Only the WAL index (-shm) may
  be rebuilt: it holds no data, and a read-only check of a journal with a WAL needs it.
- RECOVERABLE (only the WAL or its index is damaged or missing, which SQLite recovers
  from by design): either the same clear refusal with nothing changed, or an open that
  shows a state the journal really had at one of its commits, with ``check`` clean.
  Recovery may fold the valid part of the WAL into the database.
- INTACT (a hot WAL left by a crash, a missing index, or a crash in the middle of a
  checkpoint, which leaves new pages not yet copied into the grown database file): the
  full, last committed state.
"""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

import pytest

from tests.cli.cli_support import cli_env
from tests.reliability.cli_fork import CliResult, CliRunner
from tests.reliability.crash_writer import day_log_for, day_of
from tests.reliability.support import (
    PASSPHRASE,
    access_for,
    file_hashes,
    one_line,
    record_figures,
    sized,
    write_passphrase_file,
)
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import SparringTopic, Who5CheckIn
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.interchange import content_to_json
from wellbeing_desktop.storage import database

# A longer version runs with WELLBEING_LONG_TESTS=1 (`pytest -m long`, .ci/run).
pytestmark = pytest.mark.long

PAGE = 4096  # SQLCipher 4's page size (pinned by the app)
RESERVE = 80  # per page: 16 bytes IV + 64 bytes HMAC-SHA512
TIMEOUT = 60  # seconds a CLI run may take before it counts as a hang
RANDOM_CASES = sized(3, 12)  # seeded random flips and truncations on top of the fixed ones
# The default run looks at every fifth fixed case (and at every INTACT one); a long run
# (WELLBEING_LONG_TESTS=1, in .ci/run) at all of them.
FIXED_CASES_EVERY = sized(5, 1)
SEED = int(os.environ.get("WELLBEING_RELIABILITY_SEED") or 6)
WORKERS = 2
NO_PAUSES = (0.0, 0.0)  # database.RECHECK_PAUSES here: see the module's docstring


class Kind(Enum):
    DAMAGED = "damaged"
    RECOVERABLE = "recoverable"
    INTACT = "intact"


Damage = Callable[[Path], object]  # what it returns is not used


@dataclass(frozen=True)
class Case:
    name: str
    base: str  # "clean" (closed cleanly) or "hot" (WAL left behind, as after a crash)
    damage: Damage
    kind: Kind


@dataclass
class Outcome:
    case: Case
    problems: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)  # the one-line messages seen
    opened: list[str] = field(default_factory=list)  # surfaces that opened the journal


# --- the journals the damage is done to -------------------------------------------------


@dataclass
class Templates:
    root: Path
    passphrase_file: Path
    clean: Path  # journal.db + journal.key, closed cleanly
    hot: Path  # journal.db + -wal + -shm + journal.key, copied while open
    foreign_hot: Path  # another journal (another key), with its own hot WAL
    states: list[str]  # the exports of every committed state of the hot journal
    show_outputs: list[str]  # what `show` prints for each of those states
    clean_export: str
    clean_show: str


def _fill(folder: Path, days: range) -> None:
    journal = access_for(folder).open_with_passphrase(PASSPHRASE)
    try:
        for number in days:
            journal.save_day(day_log_for(day_of(number), 0))
    finally:
        journal.close()


def _export(folder: Path) -> str:
    journal = access_for(folder).open_with_passphrase(PASSPHRASE)
    try:
        return content_to_json(journal.content())
    finally:
        journal.close()


def _show(runner: CliRunner, folder: Path, passphrase_file: Path) -> str:
    result = _run_cli(runner, "show", folder, passphrase_file)
    assert result is not None
    assert result.returncode == 0, result.stderr
    return result.stdout


def _make_hot(source: Path, target: Path, days: range, states: list[str] | None) -> None:
    """Open ``source``, save ``days`` one by one and copy its files while still open."""
    journal = access_for(source).open_with_passphrase(PASSPHRASE)
    try:
        if states is not None:
            states.append(content_to_json(journal.content()))
        for number in days:
            journal.save_day(day_log_for(day_of(number), 0))
            if states is not None:
                states.append(content_to_json(journal.content()))
        target.mkdir()
        for path in source.iterdir():
            if path.is_file():  # the database, its WAL and index, the key file
                shutil.copy2(path, target / path.name)
    finally:
        journal.close()


@pytest.fixture(scope="module")
def runners(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[CliRunner]]:
    """One command-line fork server per worker thread; logs go to a folder of the test."""
    root = tmp_path_factory.mktemp("cli")
    env = cli_env({"WELLBEING_LOG_DIR": str(root / "log")})
    started = [
        CliRunner(root / f"runner-{n}", env, recheck_pauses=NO_PAUSES) for n in range(WORKERS)
    ]
    yield started
    for runner in started:
        runner.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory, runners: list[CliRunner]) -> Templates:
    runner = runners[0]
    root = tmp_path_factory.mktemp("corruption")
    passphrase_file = write_passphrase_file(root / "passphrase.txt")
    clean = root / "clean"
    journal, _code = access_for(clean).create(PASSPHRASE)
    try:
        journal.record_who5(Who5CheckIn(date(2026, 11, 2), (3, 4, 2, 5, 1)))
        journal.save_sparring_topic(
            SparringTopic(raised_on=date(2026, 11, 3), situation="conflict", with_whom="hr")
        )
    finally:
        journal.close()
    _fill(clean, range(0, 24))
    for leftover in clean.iterdir():  # only the journal itself: no backups
        if leftover.is_dir():
            shutil.rmtree(leftover)

    work = root / "hot-source"
    shutil.copytree(clean, work)
    states: list[str] = []
    hot = root / "hot"
    _make_hot(work, hot, range(24, 30), states)
    assert (hot / "journal.db-wal").stat().st_size > 0

    foreign_source = root / "foreign-source"
    access_for(foreign_source).create(PASSPHRASE)[0].close()
    _fill(foreign_source, range(100, 110))
    foreign_hot = root / "foreign-hot"
    _make_hot(foreign_source, foreign_hot, range(110, 116), None)

    show_outputs = []
    for index, _state in enumerate(states):
        # Each committed state as a journal of its own, to know what `show` prints for it.
        folder = root / f"state-{index}"
        shutil.copytree(clean, folder)
        _fill(folder, range(24, 24 + index))
        show_outputs.append(_show(runner, folder, passphrase_file))
    for folder in (clean, hot, foreign_hot):
        for leftover in folder.iterdir():
            if leftover.is_dir():
                shutil.rmtree(leftover)
    return Templates(
        root=root,
        passphrase_file=passphrase_file,
        clean=clean,
        hot=hot,
        foreign_hot=foreign_hot,
        states=states,
        show_outputs=show_outputs,
        clean_export=_export_copy(clean, root / "clean-export-copy"),
        clean_show=show_outputs[0],
    )


def _export_copy(folder: Path, scratch: Path) -> str:
    shutil.copytree(folder, scratch)
    return _export(scratch)


# --- the damage ---------------------------------------------------------------------------


def _db(folder: Path) -> Path:
    return folder / "journal.db"


def _truncate(name: str, size: int | Callable[[int], int]) -> Damage:
    def damage(folder: Path) -> None:
        path = folder / name
        length = path.stat().st_size
        os.truncate(path, size(length) if callable(size) else size)

    return damage


def _flip(name: str, offset: int | Callable[[int], int], mask: int = 0x01) -> Damage:
    def damage(folder: Path) -> None:
        path = folder / name
        data = bytearray(path.read_bytes())
        where = offset(len(data)) if callable(offset) else offset
        data[where] ^= mask
        path.write_bytes(bytes(data))

    return damage


def _zero_page(number: int | Callable[[int], int]) -> Damage:
    def damage(folder: Path) -> None:
        path = _db(folder)
        data = bytearray(path.read_bytes())
        page = number(len(data) // PAGE) if callable(number) else number
        data[page * PAGE : (page + 1) * PAGE] = bytes(PAGE)
        path.write_bytes(bytes(data))

    return damage


def _replace_with(make: Callable[[Path], object]) -> Damage:
    def damage(folder: Path) -> None:
        path = _db(folder)
        path.unlink()
        make(path)

    return damage


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('not encrypted')")
    conn.commit()
    conn.close()


def _copy_from(source: Path, *names: str) -> Damage:
    def damage(folder: Path) -> None:
        for name in names:
            shutil.copy2(source / name, folder / name)

    return damage


def _remove(*names: str) -> Damage:
    def damage(folder: Path) -> None:
        for name in names:
            (folder / name).unlink()

    return damage


def _wal_database_pages(wal: Path) -> int:
    """The database size in pages after the last commit in a WAL (its frame headers)."""
    data = wal.read_bytes()
    page_size = int.from_bytes(data[8:12], "big")
    pages, offset = 0, 32
    while offset + 24 + page_size <= len(data):
        size_after_commit = int.from_bytes(data[offset + 4 : offset + 8], "big")
        if size_after_commit:
            pages = size_after_commit
        offset += 24 + page_size
    return pages


def _grown_by_checkpoint(folder: Path) -> None:
    """The state a crash in the middle of a checkpoint leaves.

    The state a crash in the middle of a checkpoint leaves: the database file already
    grown to its new size (SQLite's size hint) but the new pages not yet copied from the
    WAL, which still holds them. SQLite reads those pages from the WAL: nothing is lost.
    """
    pages = _wal_database_pages(_db(folder).with_name("journal.db-wal"))
    assert pages * PAGE > _db(folder).stat().st_size, "the WAL does not grow the database"
    os.truncate(_db(folder), pages * PAGE)


def _both(*damages: Damage) -> Damage:
    def damage(folder: Path) -> None:
        for one in damages:
            one(folder)

    return damage


def build_cases(templates: Templates) -> list[Case]:
    d, r, i = Kind.DAMAGED, Kind.RECOVERABLE, Kind.INTACT
    db, key, wal, shm = "journal.db", "journal.key", "journal.db-wal", "journal.db-shm"
    foreign = templates.foreign_hot
    cases = [
        # Truncations, from nothing to one byte short.
        Case("db truncated to 0 bytes", "clean", _truncate(db, 0), d),
        Case("db truncated to 1 byte", "clean", _truncate(db, 1), d),
        Case("db truncated to 16 bytes (salt only)", "clean", _truncate(db, 16), d),
        Case("db truncated to 100 bytes", "clean", _truncate(db, 100), d),
        Case("db truncated to 1 page less 1 byte", "clean", _truncate(db, PAGE - 1), d),
        Case("db truncated to 1 page", "clean", _truncate(db, PAGE), d),
        Case("db truncated to 1 page + 1 byte", "clean", _truncate(db, PAGE + 1), d),
        Case("db truncated to 2 pages", "clean", _truncate(db, 2 * PAGE), d),
        Case("db truncated to half, mid-page", "clean", _truncate(db, lambda n: n // 2 + 123), d),
        Case("db truncated by one page", "clean", _truncate(db, lambda n: n - PAGE), d),
        Case("db truncated by half a page", "clean", _truncate(db, lambda n: n - PAGE // 2), d),
        Case("db truncated by one byte", "clean", _truncate(db, lambda n: n - 1), d),
        # The header page: the salt, the encrypted SQLite header, the IV and the HMAC.
        Case("header page: salt byte 0 flipped", "clean", _flip(db, 0), d),
        Case("header page: salt byte 15 flipped", "clean", _flip(db, 15, 0x80), d),
        Case("header page: byte 16 flipped", "clean", _flip(db, 16), d),
        Case("header page: byte 100 flipped", "clean", _flip(db, 100, 0x10), d),
        Case("header page: byte 2000 flipped", "clean", _flip(db, 2000), d),
        Case("header page: IV flipped", "clean", _flip(db, PAGE - RESERVE + 3), d),
        Case("header page: HMAC flipped", "clean", _flip(db, PAGE - 1, 0x40), d),
        # Body pages.
        Case("page 2: first byte flipped", "clean", _flip(db, PAGE), d),
        Case("page 3: middle byte flipped", "clean", _flip(db, 2 * PAGE + 2048), d),
        Case(
            "middle page: byte flipped",
            "clean",
            _flip(db, lambda n: (n // PAGE // 2) * PAGE + 77),
            d,
        ),
        Case(
            "middle page: HMAC flipped",
            "clean",
            _flip(db, lambda n: (n // PAGE // 2 + 1) * PAGE - 5),
            d,
        ),
        Case("last page: byte flipped", "clean", _flip(db, lambda n: n - PAGE + 500), d),
        Case("last page: last byte flipped", "clean", _flip(db, lambda n: n - 1), d),
        Case("page 1 zeroed", "clean", _zero_page(0), d),
        Case("page 2 zeroed", "clean", _zero_page(1), d),
        Case("middle page zeroed", "clean", _zero_page(lambda pages: pages // 2), d),
        Case("last page zeroed", "clean", _zero_page(lambda pages: pages - 1), d),
        # Something else in the database's place.
        Case(
            "db replaced by random bytes",
            "clean",
            _replace_with(lambda p: p.write_bytes(random.Random(1).randbytes(20 * PAGE))),
            d,
        ),
        Case("db replaced by a plain SQLite file", "clean", _replace_with(_plain_sqlite), d),
        Case("db replaced by another journal's db", "clean", _copy_from(foreign, db), d),
        Case("db replaced by a folder", "clean", _replace_with(lambda p: p.mkdir()), d),
        Case("db missing (key file still there)", "clean", _remove(db), d),
        # The key file.
        Case("key file missing", "clean", _remove(key), d),
        Case("key file empty", "clean", _truncate(key, 0), d),
        Case("key file truncated", "clean", _truncate(key, lambda n: n // 2), d),
        Case("key file: first byte flipped", "clean", _flip(key, 0), d),
        Case("key file: byte in a slot flipped", "clean", _flip(key, lambda n: n // 2, 0x02), d),
        Case("key file: byte near the end flipped", "clean", _flip(key, lambda n: n - 10), d),
        Case("key file: last byte flipped", "clean", _flip(key, lambda n: n - 1, 0x04), d),
        Case("key file from another journal", "clean", _copy_from(foreign, key), d),
        # A hot WAL (the files a crash leaves behind).
        Case("hot WAL, intact", "hot", lambda folder: None, i),
        Case("hot WAL, index (-shm) missing", "hot", _remove(shm), i),
        Case("hot WAL, database grown by a checkpoint cut short", "hot", _grown_by_checkpoint, i),
        Case(
            "hot WAL, index (-shm) random bytes",
            "hot",
            lambda f: (f / shm).write_bytes(random.Random(2).randbytes(32768)),
            r,
        ),
        Case("hot WAL missing", "hot", _remove(wal), r),
        Case("hot WAL and index missing", "hot", _remove(wal, shm), r),
        Case("WAL truncated to 0 bytes", "hot", _truncate(wal, 0), r),
        Case("WAL truncated to its header", "hot", _truncate(wal, 32), r),
        Case("WAL truncated mid-frame", "hot", _truncate(wal, lambda n: n // 2 + 7), r),
        Case("WAL truncated by one byte", "hot", _truncate(wal, lambda n: n - 1), r),
        Case("WAL header flipped", "hot", _flip(wal, 0), r),
        Case("WAL header salt flipped", "hot", _flip(wal, 17), r),
        Case("WAL first frame header flipped", "hot", _flip(wal, 32 + 5), r),
        Case("WAL frame body flipped", "hot", _flip(wal, lambda n: n // 3), r),
        Case("WAL last byte flipped", "hot", _flip(wal, lambda n: n - 1), r),
        Case("WAL from another journal", "hot", _copy_from(foreign, wal), d),
        Case("WAL and index from another journal", "hot", _copy_from(foreign, wal, shm), d),
        Case(
            "WAL from another journal, no index",
            "hot",
            _both(_copy_from(foreign, wal), _remove(shm)),
            d,
        ),
        Case("hot WAL, key file from another journal", "hot", _copy_from(foreign, key), d),
    ]
    rng = random.Random(SEED)
    size = _db(templates.clean).stat().st_size
    for n in range(RANDOM_CASES):
        what = n % 3
        if what == 0:
            offset = rng.randrange(size)
            cases.append(
                Case(
                    f"random: db byte {offset} flipped (seed {SEED})",
                    "clean",
                    _flip(db, offset, 1 << rng.randrange(8)),
                    d,
                )
            )
        elif what == 1:
            length = rng.randrange(1, size)
            cases.append(
                Case(
                    f"random: db truncated to {length} bytes (seed {SEED})",
                    "clean",
                    _truncate(db, length),
                    d,
                )
            )
        else:
            page = rng.randrange(size // PAGE)
            cases.append(
                Case(f"random: db page {page} zeroed (seed {SEED})", "clean", _zero_page(page), d)
            )
    return cases


def cases_to_look_at(cases: list[Case]) -> list[Case]:
    """The corruption cases of this run.

    All of ``cases`` in a long run; in the default run a spread of the fixed ones (every
    FIXED_CASES_EVERY-th, which reaches every group of the list), every INTACT one and the
    random ones.
    """
    return [
        case
        for n, case in enumerate(cases)
        if n % FIXED_CASES_EVERY == 0
        or case.kind is Kind.INTACT
        or case.name.startswith("random: ")
    ]


# --- looking at one case ---------------------------------------------------------------


def _prepare(templates: Templates, case: Case, folder: Path) -> None:
    shutil.copytree(templates.clean if case.base == "clean" else templates.hot, folder)
    case.damage(folder)


def _comparable(hashes: dict[str, str | None], lock_name: str) -> dict[str, str | None]:
    # The single-instance lock file may come and go. The WAL index (-shm) holds no data:
    # SQLite rebuilds it from the WAL whenever it does not match, and a read-only check
    # of a journal with a WAL has to (re)build it.
    return {k: v for k, v in hashes.items() if k not in (lock_name, "journal.db-shm")}


def _run_cli(
    runner: CliRunner, command: str, folder: Path, passphrase_file: Path
) -> CliResult | None:
    """``wellbeing-desktop COMMAND`` on ``folder``; None if it did not finish in time."""
    args = [command, "--data-dir", str(folder), "--passphrase-file", str(passphrase_file)]
    return runner.run(args, TIMEOUT)


def _judge_files(
    outcome: Outcome,
    surface: str,
    folder: Path,
    before: dict[str, str | None],
    opened: bool,
    templates: Templates,
) -> None:
    lock = JournalPaths(folder).lock_file.name
    after = _comparable(file_hashes(folder), lock)
    before = _comparable(before, lock)
    if outcome.case.kind is Kind.DAMAGED or not opened:
        if after != before:
            changed = sorted(
                k
                for k in before.keys() | after.keys()
                if before.get(k, "gone") != after.get(k, "gone")
            )
            outcome.problems.append(
                f"{surface}: files changed although nothing was opened: {changed}"
            )
        return
    # Opened: SQLite may have folded the WAL in. What is there now must be a real state.
    if "journal.db" not in after:
        outcome.problems.append(f"{surface}: the journal file is gone")
        return
    try:
        journal = access_for(folder).open_with_passphrase(PASSPHRASE)
    except WellbeingError as exc:
        outcome.problems.append(f"{surface}: opened once, then refused: {exc}")
        return
    try:
        export = content_to_json(journal.content())
        problems = journal.check()
    finally:
        journal.close()
    if problems or export not in _acceptable(outcome.case, templates):
        outcome.problems.append(f"{surface}: after opening, the journal is not a committed state")


def _acceptable(case: Case, templates: Templates) -> list[str]:
    if case.base == "clean":
        return [templates.clean_export]
    if case.kind is Kind.INTACT:
        return [templates.states[-1]]
    return templates.states


def _acceptable_show(case: Case, templates: Templates) -> list[str]:
    if case.base == "clean":
        return [templates.clean_show]
    if case.kind is Kind.INTACT:
        return [templates.show_outputs[-1]]
    return templates.show_outputs


def _judge_cli(
    runner: CliRunner, outcome: Outcome, command: str, templates: Templates, workdir: Path
) -> None:
    folder = workdir / f"cli-{command}" / "journal"
    folder.parent.mkdir(parents=True)
    _prepare(templates, outcome.case, folder)
    before = file_hashes(folder)
    result = _run_cli(runner, command, folder, templates.passphrase_file)
    surface = f"cli {command}"
    if result is None:
        outcome.problems.append(f"{surface}: no answer within {TIMEOUT} s")
        return
    opened = False
    if result.returncode == 0:
        opened = True
        outcome.opened.append(surface)
        if outcome.case.kind is Kind.DAMAGED and command == "check":
            outcome.problems.append(
                f"{surface}: said the damaged journal is fine: {result.stdout.strip()}"
            )
        if command == "show" and result.stdout not in _acceptable_show(outcome.case, templates):
            outcome.problems.append(f"{surface}: exit 0 with wrong data")
        said = result.stderr.strip()
        # A write-ahead log SQLite cannot use is kept aside, and that is said in one line.
        # (In the journal's language: these journals are Danish.)
        kept_aside = (
            one_line(said)
            and "write-ahead log" in said
            and ("was kept as" in said or "er gemt som" in said)
        )
        if command == "check" and outcome.case.kind is not Kind.DAMAGED and said and not kept_aside:
            outcome.problems.append(f"{surface}: exit 0 but said {said!r}")
    elif (
        result.returncode == 1
        and one_line(result.stderr)
        and "unexpected error" not in result.stderr
    ):
        outcome.refusals.append(result.stderr.strip())
        if outcome.case.kind is Kind.INTACT:
            outcome.problems.append(
                f"{surface}: refused a journal a crash left: {result.stderr.strip()}"
            )
    else:
        tail = result.stderr.strip().splitlines()[-3:]
        outcome.problems.append(f"{surface}: exit {result.returncode}, stderr {tail}")
    _judge_files(outcome, surface, folder, before, opened, templates)


def _judge_service(outcome: Outcome, templates: Templates, workdir: Path) -> None:
    folder = workdir / "service" / "journal"
    folder.parent.mkdir(parents=True)
    _prepare(templates, outcome.case, folder)
    before = file_hashes(folder)
    surface = "service"
    opened = False
    try:
        journal = access_for(folder).open_with_passphrase(PASSPHRASE)
    except WellbeingError as exc:
        if one_line(str(exc)):
            outcome.refusals.append(str(exc))
        else:
            outcome.problems.append(f"{surface}: refused with a message of several lines")
        if outcome.case.kind is Kind.INTACT:
            outcome.problems.append(f"{surface}: refused a journal a crash left: {exc}")
    except Exception as exc:  # noqa: BLE001  (the point: anything else is a bug)
        outcome.problems.append(f"{surface}: {type(exc).__name__} instead of a clear message")
    else:
        opened = True
        outcome.opened.append(surface)
        try:
            problems = journal.check()
            try:
                export: str | None = content_to_json(journal.content())
            except WellbeingError:
                export = None  # refused to read a damaged page: fine, if check saw it
            except Exception as exc:  # noqa: BLE001
                outcome.problems.append(f"{surface}: reading raised {type(exc).__name__}")
                export = None
        finally:
            journal.close()
        if outcome.case.kind is Kind.DAMAGED:
            if not problems:
                outcome.problems.append(
                    f"{surface}: opened the damaged journal and check() found nothing"
                )
        elif problems or export not in _acceptable(outcome.case, templates):
            outcome.problems.append(
                f"{surface}: opened, but not a committed state ({problems[:1]})"
            )
    _judge_files(outcome, surface, folder, before, opened, templates)


def look_at(runner: CliRunner, case: Case, templates: Templates, workdir: Path) -> Outcome:
    outcome = Outcome(case)
    workdir.mkdir(parents=True)
    _judge_cli(runner, outcome, "show", templates, workdir)
    _judge_cli(runner, outcome, "check", templates, workdir)
    _judge_service(outcome, templates, workdir)
    return outcome


@pytest.fixture(scope="module")
def outcomes(templates: Templates, runners: list[CliRunner]) -> Iterator[list[Outcome]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(database, "RECHECK_PAUSES", NO_PAUSES)  # the service opens here
        yield _look_at_all(templates, runners)


def _look_at_all(templates: Templates, runners: list[CliRunner]) -> list[Outcome]:
    cases = cases_to_look_at(build_cases(templates))
    free: queue.Queue[CliRunner] = queue.Queue()
    for runner in runners:
        free.put(runner)

    def look(n: int) -> Outcome:
        runner = free.get()
        try:
            return look_at(runner, cases[n], templates, templates.root / "cases" / f"{n:03}")
        finally:
            free.put(runner)

    with ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(look, range(len(cases))))
    handled = [o for o in results if not o.problems]
    record_figures(
        "corruption",
        {
            "damaged_copies": len(results),
            "damaged_copies_handled": len(handled),
            "cases_by_kind": {k.value: sum(o.case.kind is k for o in results) for k in Kind},
            "cli_runs": 2 * len(results),
            "service_opens": len(results),
            "refusals_one_line": sum(len(o.refusals) for o in results),
            "opened_correctly": sum(len(o.opened) for o in results if not o.problems),
            "hangs": sum(any("no answer" in p for p in o.problems) for o in results),
            "files_changed": sum(any("files changed" in p for p in o.problems) for o in results),
            "failures": {o.case.name: o.problems for o in results if o.problems},
            "refusals_of_damaged_files": sum(
                len(o.refusals) for o in results if o.case.kind is Kind.DAMAGED
            ),
            "refusals_naming_file_state_and_restore": sum(
                _names_file_state_and_restore(m, o.case)
                for o in results
                if o.case.kind is Kind.DAMAGED
                for m in o.refusals
            ),
            "messages": {o.case.name: sorted(set(o.refusals)) for o in results},
            "seed": SEED,
        },
    )
    return results


def test_every_damaged_copy_is_refused_clearly_or_opened_correctly(
    outcomes: list[Outcome], templates: Templates
) -> None:
    assert len(build_cases(templates)) >= 50
    assert len(outcomes) >= sized(15, 50)
    assert {o.case.kind for o in outcomes} == set(Kind)
    failures = {o.case.name: o.problems for o in outcomes if o.problems}
    assert failures == {}, json.dumps(failures, indent=1, ensure_ascii=False)


def _names_file_state_and_restore(message: str, case: Case) -> bool:
    """Issue 6: the message names the file, says what is wrong with it and names restore."""
    lowered = message.lower()
    damaged_key = case.name.startswith("key file")
    file_named = ("journal.key" if damaged_key else "journal.db") in message
    state = any(word in lowered for word in ("damaged", "missing", "empty"))
    return file_named and state and "restore" in lowered


def test_refusals_name_the_file_say_it_is_damaged_and_offer_restore(
    outcomes: list[Outcome],
) -> None:
    unclear = {
        o.case.name: sorted({m for m in o.refusals if not _names_file_state_and_restore(m, o.case)})
        for o in outcomes
        if o.case.kind is Kind.DAMAGED
    }
    unclear = {name: messages for name, messages in unclear.items() if messages}
    assert unclear == {}, json.dumps(unclear, indent=1, ensure_ascii=False)
