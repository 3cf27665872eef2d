"""The quick read-only search.

The quick read-only search (``read_only.search_at_rest``): the same rows as the ordinary search, or
None (take the full open) whenever it cannot be sure; never a change to the file.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    Language,
    OneOnOne,
    SparringTopic,
)
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.journal import HIT_END, HIT_START
from wellbeing_desktop.services.quick_search import hits_from_rows
from wellbeing_desktop.storage import read_only
from wellbeing_desktop.storage.engine import create_encrypted_engine

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.access import JournalAccess

QUERIES = ("budget", "bud", "Mette budget", "møde", "samtale", "nothing-like-this", "!!!", "")


def _filled(access: JournalAccess) -> bytes:
    journal, _code = access.create(PASSPHRASE)
    try:
        for n in range(1, 25):
            journal.save_day(
                DayLog(
                    day=date(2026, 10, n),
                    reflection=f"Dag {n}: budget og et møde om budgettet, samtale {n % 3}.",
                    tags=("budget",) if n % 4 == 0 else (),
                )
            )
        journal.save_sparring_topic(
            SparringTopic(
                raised_on=date(2026, 11, 2),
                situation="first_appraisal",
                with_whom="own_leader",
                notes="Mette og budgettet: en svær samtale",
            )
        )
        journal.save_one_on_one(
            OneOnOne(
                held_on=date(2026, 11, 3),
                with_whom="Mette",
                agenda=("budget",),
                notes="budget for næste år",
                actions=(ActionItem(text="Send budget"),),
            )
        )
        return journal.data_key
    finally:
        journal.close()


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


def test_the_quick_search_returns_exactly_what_the_journal_search_returns(
    access: JournalAccess,
) -> None:
    data_key = _filled(access)
    db = access.paths.database
    quick = {
        q: read_only.search_at_rest(db, data_key, q, mark_start=HIT_START, mark_end=HIT_END)
        for q in QUERIES
    }
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        for q in QUERIES:
            hits = journal.search(q)
            rows = quick[q]
            assert rows is not None, q
            assert [(r.kind, r.ref, r.day, r.snippet) for r in rows] == [
                (h.kind, h.ref, h.day, h.snippet) for h in hits
            ], q
        assert len(journal.search("budget")) > 20  # days, the sparring topic, the 1:1
        assert {h.kind for h in journal.search("budget")} == {"day", "sparring", "one_on_one"}
    finally:
        journal.close()
    first = read_only.search_at_rest(
        db, data_key, "budget", limit=3, mark_start=HIT_START, mark_end=HIT_END
    )
    assert first == (quick["budget"] or [])[:3]


def test_the_quick_search_changes_nothing_and_leaves_no_files(access: JournalAccess) -> None:
    data_key = _filled(access)
    before = _hashes(access.paths.root)

    assert read_only.search_at_rest(access.paths.database, data_key, "budget")

    assert _hashes(access.paths.root) == before  # nothing written, no -wal or -shm made


def test_a_journal_open_elsewhere_is_read_through_its_log(access: JournalAccess) -> None:
    """The GUI has the journal open (a log and its index beside the file): read as it is.

    The quick read sees every committed write, changes nothing and folds nothing in.
    """
    data_key = _filled(access)
    db = access.paths.database
    journal = access.open_with_passphrase(PASSPHRASE)  # its log is beside the file now
    try:
        journal.save_day(DayLog(day=date(2026, 10, 30), reflection="Sent skrevet: kaffemaskine"))
        assert db.with_name("journal.db-wal").exists()
        before = _hashes(access.paths.root)
        del before["journal.db-shm"]  # the shared index, where readers mark what they read
        rows = read_only.search_at_rest(
            db, data_key, "kaffemaskine", mark_start=HIT_START, mark_end=HIT_END
        )
        assert rows is not None
        assert [r.day for r in rows] == [date(2026, 10, 30)]
        assert hits_from_rows(rows) == journal.search("kaffemaskine")
        after = _hashes(access.paths.root)
        del after["journal.db-shm"]
        assert after == before  # nothing written: the file and its log as they were
        days = read_only.read_at_rest(db, data_key, lambda c: read_only.days_rows(c, None, None))
        assert days == journal.days()
    finally:
        journal.close()
    assert read_only.search_at_rest(db, data_key, "kaffemaskine")


def test_a_journal_left_with_a_rollback_journal_is_left_to_the_full_open(
    access: JournalAccess,
) -> None:
    data_key = _filled(access)
    hot = access.paths.database.with_name("journal.db-journal")
    hot.write_bytes(b"\0" * 512)
    assert read_only.search_at_rest(access.paths.database, data_key, "budget") is None


def test_damage_gives_the_exact_answer_or_none_and_the_full_open_refuses_it(
    access: JournalAccess, tmp_path: Path
) -> None:
    """A flipped bit: the quick search answers right or declines.

    A bit flipped in any page: the quick search answers exactly as the intact journal does (every
    page it reads is authenticated) or declines; never anything else.
    """
    data_key = _filled(access)
    db = access.paths.database
    intact = {q: read_only.search_at_rest(db, data_key, q) for q in ("budget", "Mette")}
    original = db.read_bytes()
    pages = len(original) // 4096
    declined = 0
    copy = tmp_path / "damaged.db"
    for page in range(pages):
        raw = bytearray(original)
        raw[page * 4096 + 2000] ^= 0x10
        copy.write_bytes(bytes(raw))
        for q, expected in intact.items():
            got = read_only.search_at_rest(copy, data_key, q)
            assert got is None or got == expected, (page, q)
            declined += got is None
    assert declined > 0  # damage on the search's path was noticed

    # The full open checks every page and refuses a damaged file in one line.
    raw = bytearray(original)
    raw[-200] ^= 0x01
    db.write_bytes(bytes(raw))
    with pytest.raises(WellbeingError) as refused:
        access.open_with_passphrase(PASSPHRASE).close()
    assert "damaged" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_wrong_key_or_a_cut_file_is_left_to_the_full_open(access: JournalAccess) -> None:
    data_key = _filled(access)
    db = access.paths.database
    assert read_only.search_at_rest(db, bytes(32), "budget") is None
    size = db.stat().st_size
    with db.open("r+b") as f:
        f.truncate(size - 4096)
    assert read_only.search_at_rest(db, data_key, "budget") is None
    with db.open("r+b") as f:
        f.truncate(size - 100)
    assert read_only.search_at_rest(db, data_key, "budget") is None


def test_a_journal_that_needs_a_schema_update_is_left_to_the_full_open(
    access: JournalAccess,
) -> None:
    paths = access.paths
    paths.root.mkdir(parents=True)
    data_key, _code = keyfile.create_key_file(paths.key_file, PASSPHRASE, kdf=keyfile.TEST_KDF)
    engine = create_encrypted_engine(paths.database, data_key, create=True)
    from wellbeing_desktop.storage import migrate

    migrate.upgrade(engine, "0003")
    engine.dispose()

    assert read_only.search_at_rest(paths.database, data_key, "budget") is None


def test_the_quick_search_reads_the_journals_language_in_the_same_snapshot(
    access: JournalAccess,
) -> None:
    """The command line prints the hits in the journal's language: it comes with them."""
    data_key = _filled(access)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        journal.save_settings(dataclasses.replace(journal.settings(), language=Language.ENGLISH))
    finally:
        journal.close()
    settings: dict[str, object] = {}
    rows = read_only.search_at_rest(
        access.paths.database, data_key, "budget", settings_out=settings
    )
    assert rows
    assert settings["language"] == "en"
    assert settings["weekly_hours_norm"] == 37.0
