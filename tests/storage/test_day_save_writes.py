"""Saving a day writes only what changed.

Saving a day writes only what changed, in one transaction, and reads back the same; the search index
entry of a day is replaced by key (migration 0004).
"""

from __future__ import annotations

import dataclasses
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, DateTime, event, select, text
from sqlalchemy.dialects.sqlite.base import SQLiteDialect

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import ActionItem, DayChanges, DayLog, OneOnOne, ShareLevel
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import day_logs, day_rows, migrate, search
from wellbeing_desktop.storage.day_logs import DayLogRepository
from wellbeing_desktop.storage.engine import connect_keyed, create_encrypted_engine
from wellbeing_desktop.storage.orm import DayLogRow

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

DAY = date(2026, 11, 25)
FULL = DayLog(
    day=DAY,
    minutes={"operations": 240, "people_leadership": 90},
    hours_worked_minutes=480,
    stress_step=2,
    signals=("sig-headache", "sig-palpitations"),
    demands=6,
    resources=4,
    demand_items=("d1", "d2"),
    resource_items=("r2",),
    energy=3,
    reflection="Et langt møde om budgettet.",
    tags=("budget", "team"),
    share=ShareLevel.COACH,
)


@contextmanager
def _writes(journal: Journal) -> Iterator[list[str]]:
    """The tables each INSERT, UPDATE or DELETE statement of the block touched.

    Seen by the driver (its trace callback), so statements the storage sends straight to
    the driver's connection count as much as those SQLAlchemy sends; the statements
    SQLite itself runs inside the search index (its shadow tables) are left out.
    """
    engine = journal._require_open().engine
    seen: list[str] = []

    def trace(statement: str) -> None:
        words = statement.split()
        verb = words[0].upper() if words else ""
        if verb in {"INSERT", "UPDATE", "DELETE"}:
            target = words[2] if verb in {"INSERT", "DELETE"} else words[1]
            if not target.startswith(("'", '"', "search_index_")):  # FTS5's own statements
                seen.append(f"{verb} {target}")

    def checkout(driver: Any, _record: Any, _proxy: Any) -> None:
        driver.set_trace_callback(trace)

    def checkin(driver: Any, _record: Any) -> None:
        if driver is not None:
            driver.set_trace_callback(None)

    event.listen(engine, "checkout", checkout)
    event.listen(engine, "checkin", checkin)
    try:
        yield seen
    finally:
        event.remove(engine, "checkout", checkout)
        event.remove(engine, "checkin", checkin)


def _index(journal: Journal) -> list[tuple[int, str, int, str]]:
    with journal._require_open().engine.connect() as conn:
        return [
            (int(r[0]), r[1], int(r[2]), r[3])
            for r in conn.execute(
                text("SELECT rowid, kind, ref, body FROM search_index ORDER BY rowid")
            )
        ]


def test_a_new_day_is_written_whole_and_reads_back_the_same(journal: Journal) -> None:
    with _writes(journal) as writes:
        journal.save_day(FULL)
    assert journal.day(DAY) == FULL
    assert set(writes) == {
        "INSERT day_logs",
        "INSERT day_minutes",
        "INSERT day_items",
        "INSERT day_tags",
        "DELETE search_index",  # index_document clears the entry's key first
        "INSERT search_index",
    }


def test_saving_an_unchanged_day_writes_nothing(journal: Journal) -> None:
    journal.save_day(FULL)
    with _writes(journal) as writes:
        journal.save_day(dataclasses.replace(FULL))
        journal.update_day(DAY, DayChanges())
    assert writes == []
    assert journal.day(DAY) == FULL


def test_a_changed_reflection_writes_the_day_row_and_its_search_entry_only(
    journal: Journal,
) -> None:
    journal.save_day(FULL)
    edited = dataclasses.replace(FULL, reflection="Nu handler det om trivsel.")
    with _writes(journal) as writes:
        journal.save_day(edited)
    assert sorted(writes) == ["DELETE search_index", "INSERT search_index", "UPDATE day_logs"]
    assert journal.day(DAY) == edited
    assert [h.day for h in journal.search("trivsel")] == [DAY]
    assert journal.search("budgettet") == []
    assert [h.day for h in journal.search("budget")] == [DAY]  # the tag is still indexed


def test_each_changed_list_is_rewritten_alone(journal: Journal) -> None:
    journal.save_day(FULL)
    cases = {
        "day_minutes": dataclasses.replace(FULL, minutes={"operations": 200}),
        "day_items": dataclasses.replace(FULL, signals=("sig-palpitations", "sig-headache")),
        "day_tags": dataclasses.replace(FULL, tags=("team", "budget")),
    }
    for table, edited in cases.items():
        with _writes(journal) as writes:
            journal.save_day(edited)
        touched = {w.split()[1] for w in writes}
        expected = {"day_logs", table} | ({"search_index"} if table == "day_tags" else set())
        assert touched == expected, table
        assert journal.day(DAY) == edited, table
        journal.save_day(FULL)
        assert journal.day(DAY) == FULL


def test_a_day_emptied_of_its_lists_reads_back_empty(journal: Journal) -> None:
    journal.save_day(FULL)
    empty = DayLog(day=DAY)
    journal.save_day(empty)
    assert journal.day(DAY) == empty
    assert journal.search("budget") == []
    assert [e for e in _index(journal) if e[1] == "day"] == []


def test_the_three_way_merge_keeps_a_change_made_meanwhile(journal: Journal) -> None:
    journal.save_day(FULL)
    base = journal.day(DAY)
    # Another program (the CLI) changes the tags while the GUI edits the reflection.
    journal.save_day(dataclasses.replace(FULL, tags=("cli",)))
    stored = journal.save_day_edit(base, dataclasses.replace(FULL, reflection="Fra GUI'en.")).day
    assert stored.tags == ("cli",)
    assert stored.reflection == "Fra GUI'en."
    assert journal.day(DAY) == stored
    assert [h.day for h in journal.search("cli")] == [DAY]


def test_every_index_entry_has_the_row_id_of_what_it_indexes(journal: Journal) -> None:
    journal.save_day(FULL)
    journal.save_day(dataclasses.replace(FULL, day=date(2026, 11, 24), reflection="to"))
    journal.save_one_on_one(
        OneOnOne(
            held_on=DAY,
            with_whom="Mette",
            notes="budget",
            actions=(ActionItem(text="Ring"),),
        )
    )
    journal.save_day(dataclasses.replace(FULL, reflection="igen"))
    entries = _index(journal)
    assert [rowid for rowid, *_ in entries] == [
        search.document_rowid(kind, ref) for _rowid, kind, ref, _body in entries
    ]
    assert len({(kind, ref) for _r, kind, ref, _b in entries}) == len(entries) == 3


def test_migration_0004_renumbers_an_older_index_and_keeps_every_entry(
    access: JournalAccess,
) -> None:
    paths = access.paths
    paths.root.mkdir(parents=True)
    data_key, _code = keyfile.create_key_file(paths.key_file, PASSPHRASE, kdf=keyfile.TEST_KDF)
    engine = create_encrypted_engine(paths.database, data_key, create=True)
    migrate.upgrade(engine, "0003")
    with engine.begin() as conn:
        for n in (1, 2, 3):
            conn.execute(
                text(
                    "INSERT INTO day_logs (id, day, reflection, share, created_at, updated_at) "
                    f"VALUES ({n}, '2026-11-2{n}', 'budget dag {n}', 'private', "
                    "'2026-11-20 17:00:00', '2026-11-20 17:00:00')"
                )
            )
        # Row ids as 0003 gave them: in order of saving, unrelated to the entries.
        for rowid, ref in ((7, 3), (8, 1), (9, 2)):
            conn.execute(
                text(
                    "INSERT INTO search_index (rowid, kind, ref, day, body) "
                    f"VALUES ({rowid}, 'day', {ref}, '2026-11-2{ref}', 'budget dag {ref}')"
                )
            )
    engine.dispose()

    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        assert journal.backup_made_on_open is not None
        assert [(h.kind, h.ref, h.day) for h in journal.search("budget")] == [
            ("day", 3, date(2026, 11, 23)),
            ("day", 2, date(2026, 11, 22)),
            ("day", 1, date(2026, 11, 21)),
        ]
        assert [e[0] for e in _index(journal)] == [
            search.document_rowid("day", n) for n in (1, 2, 3)
        ]
        # Replacing an entry now replaces it (no second entry for the day).
        day = journal.day(date(2026, 11, 22))
        assert day is not None
        journal.save_day(dataclasses.replace(day, reflection="trivsel"))
        assert [h.ref for h in journal.search("trivsel")] == [2]
        assert [h.ref for h in journal.search("budget")] == [3, 1]
    finally:
        journal.close()


# --- the day's own statements store dates and times as SQLAlchemy does ------------------


_SQLITE = SQLiteDialect()


@settings(max_examples=300, deadline=None)
@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)))
def test_a_time_is_stored_as_sqlalchemys_datetime_stores_it(moment: datetime) -> None:
    process = DateTime().dialect_impl(_SQLITE).bind_processor(_SQLITE)
    assert process is not None
    assert day_rows.stored_time(moment) == process(moment)


@settings(max_examples=300, deadline=None)
@given(st.dates())
def test_a_date_is_stored_as_sqlalchemys_date_stores_it(day: date) -> None:
    process = Date().dialect_impl(_SQLITE).bind_processor(_SQLITE)
    assert process is not None
    assert day_rows.stored_date(day) == process(day)


def test_a_saved_day_reads_back_through_the_orm_with_its_times(journal: Journal) -> None:
    """The plain statements' rows are what the ORM mapping reads (dates, times, columns)."""
    first = datetime(2026, 11, 25, 17, 30, 0)  # no microseconds: still six digits stored
    journal._clock = lambda: first
    journal.save_day(FULL)
    later = datetime(2026, 11, 25, 21, 5, 7, 123456)
    journal._clock = lambda: later
    journal.save_day(dataclasses.replace(FULL, energy=4))
    with journal._read() as session:
        row = session.scalars(select(DayLogRow).where(DayLogRow.day == DAY)).one()
        assert (row.created_at, row.updated_at) == (first, later)
        assert day_logs._day_from_row(row) == dataclasses.replace(FULL, energy=4)
        assert DayLogRepository(session).saved_at(DAY) == later


def _stored(journal: Journal, day: date) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the day has in every table, without its ids (the day's own row id aside)."""
    queries = {
        "day_logs": "SELECT hours_worked_minutes, stress_step, demands, resources, energy, "
        "reflection, share, created_at, updated_at FROM day_logs WHERE id = :i",
        "search_index": "SELECT rowid - ref * 4, kind, body FROM search_index WHERE rowid = :r",
        **{
            table: f"SELECT * FROM {table} WHERE day_log_id = :i ORDER BY 2, 3"
            for table in ("day_minutes", "day_items", "day_tags")
        },
    }
    with journal._require_open().engine.connect() as conn:
        (day_id,) = conn.execute(
            text("SELECT id FROM day_logs WHERE day = :d"), {"d": day.isoformat()}
        ).one()
        ids = {"i": day_id, "r": search.document_rowid("day", day_id)}
        found = {
            name: [tuple(row) for row in conn.execute(text(sql), ids)]
            for name, sql in queries.items()
        }
    for table in ("day_minutes", "day_items", "day_tags"):
        found[table] = [row[1:] for row in found[table]]  # without the day's row id
    return found


def test_the_plain_statements_on_a_bare_connection_store_what_the_journal_stores(
    journal: Journal,
) -> None:
    """``day_rows`` in a transaction of its own writes the rows ``Journal.save_day`` does."""
    moment = datetime(2026, 11, 25, 18, 0, 0, 5)
    journal._clock = lambda: moment
    other = date(2026, 11, 24)
    versions = [FULL, dataclasses.replace(FULL, energy=5, tags=("trivsel",), minutes={})]
    conn = connect_keyed(journal.paths.database, journal.data_key)
    try:
        for version in versions:
            journal.save_day(version)
            conn.execute("BEGIN IMMEDIATE")
            stored = day_rows.load_day(conn, other)
            day_rows.write_day(
                conn, dataclasses.replace(version, day=other), now=moment, stored=stored
            )
            conn.execute("COMMIT")
            assert journal.day(other) == dataclasses.replace(version, day=other)
            assert _stored(journal, other) == _stored(journal, DAY)
    finally:
        conn.close()
    assert [h.day for h in journal.search("trivsel")] == [DAY, other]
