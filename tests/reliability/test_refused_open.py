"""An open that is refused changes nothing and leaves nothing open.

Two cases the corruption and crash tests ran into, pinned down on their own:

- a journal file cut down to a single byte is damaged like any other truncation: it must
  be refused and left as it is, never taken for an empty database and filled with a
  brand-new journal;
- when the journal cannot be opened because another program holds its write lock for
  longer than the busy timeout, the refusal must not leave the half-opened database
  (its keyed connection) behind until the garbage collector happens to run.
"""

from __future__ import annotations

import gc
import hashlib
import os
from pathlib import Path

import pytest

from tests.reliability.support import PASSPHRASE, access_for, file_hashes, one_line
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import engine


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
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_SECONDS", 0.3, raising=False)
    holder = engine.connect_keyed(folder / "journal.db", data_key)
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
