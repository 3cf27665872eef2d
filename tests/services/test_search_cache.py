"""The searches kept between keystrokes are never older than the journal.

``Journal.search`` keeps its latest searches (``SearchCache``) for as long as the journal
has not changed: each test searches, changes the journal one way, and searches again;
the change must show. Kept or not, a search answers what a search made afresh does.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text

from tests.conftest import FIXED_NOW, PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services import search_cache
from wellbeing_desktop.services.journal import HIT_END, HIT_START
from wellbeing_desktop.storage import search

if TYPE_CHECKING:
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

TODAY = FIXED_NOW.date()


def days_found(journal: Journal, query: str = "budget", limit: int = 200) -> list[int]:
    """How many days back each hit is, newest first."""
    return [(TODAY - hit.day).days for hit in journal.search(query, limit=limit)]


def fresh(journal: Journal, query: str, limit: int) -> list[tuple[str, int, str, str]]:
    """The search made afresh, nothing kept, in the journal's own read."""
    with journal._read() as session:
        rows = search.search(session, query, limit=limit, mark_start=HIT_START, mark_end=HIT_END)
    return [(r.kind, r.ref, r.day.isoformat(), r.snippet) for r in rows]


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The (query, limit) of every search really made (not answered from what was kept)."""
    searches: list[tuple[str, int]] = []
    original = search.search

    def counting(session: Any, query: str, **kwargs: Any) -> search.SearchRows:
        searches.append((query, kwargs["limit"]))
        return original(session, query, **kwargs)

    monkeypatch.setattr(search, "search", counting)
    return searches


def test_a_keystroke_taken_back_is_answered_from_what_was_kept(
    journal: Journal, made: list[tuple[str, int]]
) -> None:
    for back in range(6):
        journal.save_day(DayLog(TODAY - timedelta(days=back), reflection=f"budget {back} bud"))
    first = journal.search("bud", limit=2)
    journal.search("budg", limit=2)
    again = journal.search("bud", limit=2)
    assert again == first
    assert again.total == first.total == 6
    assert made == [("bud", 2), ("budg", 2)]
    # The rest of the list: a bigger limit is read; a smaller one is the start of it.
    everything = journal.search("bud", limit=200)
    assert journal.search("bud", limit=3) == everything[:3]
    assert journal.search("bud", limit=0) == []
    assert journal.search("bud", limit=0).total == 6
    assert made[2:] == [("bud", 200)]
    for limit in (0, 1, 3, 200):
        got = journal.search("bud", limit=limit)
        assert [(h.kind, h.ref, h.day.isoformat(), h.snippet) for h in got] == fresh(
            journal, "bud", limit
        )


def test_only_the_latest_few_are_kept(journal: Journal, made: list[tuple[str, int]]) -> None:
    journal.save_day(DayLog(TODAY, reflection="budget"))
    words = [f"b{'u' * n}" for n in range(search_cache.KEPT + 1)]
    for word in words:
        journal.search(word)
    journal.search(words[0])  # the oldest was let go
    assert [query for query, _limit in made] == [*words, words[0]]


def test_a_saved_day_shows_at_once(journal: Journal) -> None:
    journal.save_day(DayLog(TODAY - timedelta(days=2), reflection="budget"))
    assert days_found(journal) == [2]
    journal.save_day(DayLog(TODAY, reflection="et nyt budget"))
    assert days_found(journal) == [0, 2]
    journal.save_day(DayLog(TODAY - timedelta(days=2), reflection="noget andet"))
    assert days_found(journal) == [0]


def test_a_write_by_another_program_shows_at_once(journal: Journal, access: JournalAccess) -> None:
    """The CLI beside the GUI: another connection commits; this journal never wrote."""
    journal.save_day(DayLog(TODAY - timedelta(days=2), reflection="budget"))
    assert days_found(journal) == [2]
    other = access.open_with_passphrase(PASSPHRASE)
    try:
        other.save_day(DayLog(TODAY, reflection="budget igen"))
    finally:
        other.close()
    assert days_found(journal) == [0, 2]


def test_an_entry_its_table_lost_is_still_dated_by_the_index(journal: Journal) -> None:
    """A damaged past (a day's row gone, not its index entry) found after a clean search."""
    for back in (1, 3):
        journal.save_day(DayLog(TODAY - timedelta(days=back), reflection="budget"))
    assert days_found(journal, limit=1) == [1]
    with journal._write() as session:
        session.execute(text("DELETE FROM day_logs WHERE day = :d"), {"d": TODAY - timedelta(1)})
    assert days_found(journal, limit=1) == [1]
    assert days_found(journal) == [1, 3]


def test_a_lock_keeps_no_text(journal: Journal) -> None:
    journal.save_day(DayLog(TODAY, reflection="budget"))
    assert days_found(journal) == [0]
    journal.close()
    assert journal._search_cache._found == {}


def test_a_search_between_a_write_and_its_revision_sees_the_write(journal: Journal) -> None:
    """A search on another thread just after the commit, before the revision moves.

    The writer's connection is back in the pool then, and its ``data_version`` does not
    move for its own commit: the search must not take it for the state before.
    """
    assert days_found(journal) == []
    real_lock = journal._revision_lock
    seen: list[list[int]] = []

    class SearchFirst:  # the revision moves under this lock, after the commit
        def __enter__(self) -> None:
            worker = threading.Thread(target=lambda: seen.append(days_found(journal)))
            worker.start()
            worker.join()
            real_lock.__enter__()

        def __exit__(self, *exc: Any) -> None:
            real_lock.__exit__(*exc)

    journal._revision_lock = SearchFirst()  # type: ignore[assignment]
    try:
        journal.save_day(DayLog(TODAY, reflection="budget"))
    finally:
        journal._revision_lock = real_lock
    assert seen == [[0]]


def test_a_search_still_reading_when_the_journal_locks_keeps_nothing(journal: Journal) -> None:
    journal.save_day(DayLog(TODAY, reflection="budget"))
    with journal._read() as session:
        cache = journal._search_cache
        revision = journal._revision
        cache.clear()  # the lock comes while the worker's search reads
        rows = cache.search(
            session, revision, "budget", limit=40, mark_start=HIT_START, mark_end=HIT_END
        )
    assert len(rows) == 1
    assert cache._found == {}
