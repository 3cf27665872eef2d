"""An open that is refused changes nothing and leaves nothing open.

Three cases the corruption, crash and concurrency tests ran into, pinned down on their own:

- a journal file cut down to a single byte is damaged like any other truncation: it must
  be refused and left as it is, never taken for an empty database and filled with a
  brand-new journal;
- when the journal cannot be opened because another program holds its write lock for
  longer than the busy timeout, the refusal must not leave the half-opened database
  (its keyed connection) behind until the garbage collector happens to run;
- opening an intact journal while another process (the GUI, say) is writing to it, and
  checking it then (what ``wellbeing-desktop check`` does), must never call it damaged:
  both checks have to see one consistent state of the file.
"""

from __future__ import annotations

import gc
import hashlib
import os
import subprocess
import sys
import time
from collections import Counter
from typing import TYPE_CHECKING

import pytest

from tests.reliability.support import (
    PASSPHRASE,
    REPO_ROOT,
    access_for,
    file_hashes,
    one_line,
    record_figures,
    sized,
    sqlite_verdict,
    write_passphrase_file,
)
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import keyed

if TYPE_CHECKING:
    from pathlib import Path


def _journal_with_a_day(folder: Path) -> None:
    journal = access_for(folder).create(PASSPHRASE)[0]
    try:
        journal.save_day(DayLog(day=journal.today(), reflection="Et helt almindeligt møde"))
    finally:
        journal.close()
    for leftover in folder.iterdir():  # the database and its key file only
        if leftover.is_dir():
            for path in sorted(leftover.rglob("*"), reverse=True):
                path.unlink() if path.is_file() else path.rmdir()
            leftover.rmdir()


def test_a_one_byte_journal_file_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    _journal_with_a_day(folder)
    database = folder / "journal.db"
    os.truncate(database, 1)
    before = file_hashes(folder)

    with pytest.raises(WellbeingError) as refused:
        access_for(folder).open_with_passphrase(PASSPHRASE).close()

    assert one_line(str(refused.value))
    assert "damaged" in str(refused.value)
    assert database.stat().st_size == 1, "the damaged file was replaced by a new journal"
    assert file_hashes(folder) == before


def test_a_busy_journal_is_refused_without_leaving_a_connection_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "journal"
    _journal_with_a_day(folder)
    data_key = keyfile.unlock_with_passphrase(folder / "journal.key", PASSPHRASE)
    monkeypatch.setattr(keyed, "BUSY_TIMEOUT_SECONDS", 0.3)  # its one definition
    holder = keyed.connect_keyed(folder / "journal.db", data_key)
    gc.disable()  # what matters is what the code closes, not what the collector finds
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program is writing, for a long time
        with pytest.raises(WellbeingError) as refused:
            access_for(folder).open_with_passphrase(PASSPHRASE).close()
        assert one_line(str(refused.value))
        holder.rollback()
        holder.close()
        # The last connection to close removes the WAL and its index: if they are still
        # there, the refused open left its keyed connection open.
        leftovers = sorted(p.name for p in folder.iterdir() if p.name.startswith("journal.db-"))
        assert leftovers == [], "the refused open left its database connection open"
    finally:
        gc.enable()
        gc.collect()
    digest = hashlib.sha256((folder / "journal.db").read_bytes()).hexdigest()
    assert digest  # the journal is still there and readable
    access_for(folder).open_with_passphrase(PASSPHRASE).close()


OPENS = sized(40, 400)  # whichever ends first: the opens or the seconds
SECONDS = sized(3, 30)


@pytest.mark.long
def test_opening_and_checking_while_another_process_writes_never_calls_it_damaged(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "journal"
    _journal_with_a_day(folder)
    passphrase_file = write_passphrase_file(tmp_path / "passphrase.txt")
    acks = tmp_path / "writer-out.txt"
    with acks.open("wb") as out, (tmp_path / "writer-err.txt").open("wb") as err:
        # A writer that saves a day every 20 ms, as the GUI's autosave might.
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_writer", str(folder),
             str(passphrase_file), "0", "0", "11", "20"],
            cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
        )  # fmt: skip
    refusals: Counter[str] = Counter()
    check_problems: Counter[str] = Counter()
    opens = 0
    try:
        deadline = time.monotonic() + 60
        while not acks.read_bytes().startswith(b"ready\n"):
            assert writer.poll() is None, (tmp_path / "writer-err.txt").read_text()
            assert time.monotonic() < deadline, "the writer never opened the journal"
            time.sleep(0.05)
        deadline = time.monotonic() + SECONDS
        while opens < OPENS and time.monotonic() < deadline:
            opens += 1
            try:
                opened = access_for(folder).open_with_passphrase(PASSPHRASE)
            except WellbeingError as exc:
                refusals[str(exc).split(" and was left")[0]] += 1
                continue
            try:
                for problem in opened.check():  # as `wellbeing-desktop check` does
                    check_problems[problem] += 1
            finally:
                opened.close()
    finally:
        writer.kill()
        writer.wait()
    saves = acks.read_text().count("\n") - 1
    # The writer was killed: SQLite recovers from that by design. Can the app open it?
    try:
        journal = access_for(folder).open_with_passphrase(PASSPHRASE)
    except WellbeingError as exc:
        problems = [f"refused after the writer was killed: {exc} ({sqlite_verdict(folder)})"]
    else:
        try:
            problems = journal.check()
        finally:
            journal.close()
    damaged = sum(n for message, n in refusals.items() if "damaged" in message)
    record_figures(
        "open_while_writing",
        {
            "opens": opens,
            "writer_saves": saves,
            "refused_as_damaged": damaged,
            "other_refusals": sum(refusals.values()) - damaged,
            "messages": dict(refusals.most_common(5)),
            "checks_reporting_problems": sum(check_problems.values()),
            "check_problems": dict(check_problems.most_common(5)),
            "journal_check_afterwards": problems,
        },
    )
    failures = [*problems]
    if damaged:
        failures.append(
            f"{damaged} of {opens} opens called the intact journal damaged while another "
            f"process saved {saves} days: {refusals.most_common(1)[0][0]}"
        )
    if check_problems:
        failures.append(
            f"{sum(check_problems.values())} problems reported by check() on the intact "
            f"journal: {check_problems.most_common(1)[0][0]}"
        )
    assert failures == []
