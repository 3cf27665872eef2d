"""The search syntax: words as prefixes, "phrases", OR, -word / NOT; nothing is an error.

Runs the app's own index definition and search statement (``storage.search``) on an
in-memory SQLite database with FTS5 (the encrypted database has the same FTS5): the
syntax is the same for the command line, the quick read-only search and the GUI.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_desktop.storage.search import (
    ALL_DATED_SQL,
    CREATE_SEARCH_TABLE,
    SEARCH_SQL,
    SEARCH_TABLE,
    document_rowid,
    match_expression,
    parse_query,
    search_rows,
)

TEXTS = (
    "Budget meeting with HR about the spring.",  # day 0 (newest)
    "Svær samtale om budgettet med Mette.",
    "A quiet day with the team; café after work.",
    "Møde om økonomi og trivsel.",
    "The HR talk went well, but budget worries stay.",  # day 4 (oldest)
)
FIRST = date(2026, 11, 30)


# The dates the index's entries are made from (a search dates its matches by them).
DATED_TABLES = {"day": ("day_logs", "day"), "sparring": ("sparring_topics", "raised_on")}
DATED_TABLES["one_on_one"] = ("one_on_ones", "held_on")


def index_db() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(CREATE_SEARCH_TABLE)
    for table, column in DATED_TABLES.values():
        db.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, {column} DATE NOT NULL)")
        db.execute(f"CREATE INDEX ix_{table} ON {table} ({column})")
    return db


def add_entry(db: sqlite3.Connection, kind: str, ref: int, day: date, text: str) -> None:
    """An entry as the services make one: the source row and its index entry."""
    table, column = DATED_TABLES[kind]
    db.execute(f"INSERT INTO {table} (id, {column}) VALUES (?, ?)", (ref, day.isoformat()))
    db.execute(
        f"INSERT INTO {SEARCH_TABLE} (rowid, kind, ref, day, body) VALUES (?, ?, ?, ?, ?)",
        (document_rowid(kind, ref), kind, ref, day.isoformat(), text),
    )


@pytest.fixture(scope="module")
def conn() -> sqlite3.Connection:
    db = index_db()
    for number, text in enumerate(TEXTS):
        add_entry(db, "day", number, FIRST - timedelta(days=number), text)
    return db


def found(conn: sqlite3.Connection, query: str, limit: int = 200) -> list[int]:
    """The numbers of the texts found, newest first."""
    return [row.ref for row in search_rows(conn, query, limit=limit)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("budget", [0, 1, 4]),  # every word as the start of a word ("budgettet")
        ("budg", [0, 1, 4]),
        ("budget hr", [0, 4]),  # all words must be found
        ("BUDGET Hr", [0, 4]),  # case does not matter
        ("cafe", [2]),  # accents do not matter ...
        ("mode", []),  # ... but ø is a letter of its own
        ("møde", [3]),
        ('"hr about"', [0]),  # a phrase: next to each other, in that order
        ('"about hr"', []),
        ('"budg meeting"', []),  # a phrase's words are whole words
        ("budget OR økonomi", [0, 1, 3, 4]),
        ("budget OR økonomi trivsel", [3]),  # OR joins the two next to it
        ('mette OR "quiet day"', [1, 2]),
        ("budget -spring", [1, 4]),
        ("budget NOT spring", [1, 4]),
        ('hr -"budget worries"', [0]),
        ("budg -mette -spring", [4]),
        ("budget and hr", []),  # lower-case "and" is a word to find
        ("budget AND hr", [0, 4]),
        ('"HR* -about', [0]),  # an unclosed quote: the phrase runs to the end
    ],
)
def test_what_a_user_types_finds_what_they_mean(
    conn: sqlite3.Connection, query: str, expected: list[int]
) -> None:
    assert found(conn, query) == expected


@pytest.mark.parametrize(
    "query", ["", "   ", "OR", "NOT", "AND", "-", '"', '""', "((", "*", "^", ":", "+"]
)
def test_text_without_a_word_to_look_for_finds_nothing(
    conn: sqlite3.Connection, query: str
) -> None:
    assert parse_query(query).expression is None
    assert not parse_query(query).only_excluded
    assert found(conn, query) == []
    # FTS5's own operators are words like any other here.
    assert found(conn, "NEAR(budget hr)") == []


@pytest.mark.parametrize("query", ["-budget", "NOT budget", '-"hr about" -x', "OR -budget"])
def test_only_words_to_leave_out_is_said_not_searched(conn: sqlite3.Connection, query: str) -> None:
    parsed = parse_query(query)
    assert parsed.expression is None
    assert parsed.only_excluded
    assert found(conn, query) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("budget OR", [0, 1, 4]),
        ("OR budget", [0, 1, 4]),
        ("budget OR OR hr", [0, 1, 4]),
        ("hr NOT", [0, 4]),
    ],
)
def test_a_lone_or_or_not_is_left_out(
    conn: sqlite3.Connection, query: str, expected: list[int]
) -> None:
    assert found(conn, query) == expected


def test_the_limit_keeps_the_newest_and_the_total_counts_them_all(
    conn: sqlite3.Connection,
) -> None:
    rows = search_rows(conn, "budg", limit=2)
    assert [row.ref for row in rows] == [0, 1]
    assert rows.total == 3
    everything = search_rows(conn, "budg", limit=3)
    assert everything.total == 3
    assert search_rows(conn, "zebra").total == 0


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(['"', "-", "OR", "NOT", "AND", "*", "(", ")", "^", ":", "NEAR", "+"]),
            st.sampled_from(["budget", "hr", "møde", "café", "x"]),
            st.text(max_size=6),
        ),
        max_size=8,
    ).map(" ".join)
)
def test_no_text_is_an_error(conn: sqlite3.Connection, query: str) -> None:
    """Whatever is typed, the search answers (FTS5 never sees a syntax error)."""
    search_rows(conn, query)


WORDS = ("budget", "hr", "team", "samtale", "møde", "trivsel")
KINDS = tuple(DATED_TABLES)


@settings(max_examples=150, deadline=None)
@given(
    entries=st.lists(
        st.tuples(
            st.sampled_from(KINDS),
            st.integers(0, 12),  # days before FIRST: several entries share a day
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
        ),
        max_size=30,
    ),
    query=st.sampled_from(["b", "budget", "t", "h", "s", "m", "team OR hr", "t -hr", '"hr team"']),
    limit=st.integers(0, 12),
)
def test_the_hits_are_those_of_one_sort_of_every_match(
    entries: list[tuple[str, int, list[str]]], query: str, limit: int
) -> None:
    """Newest day, then best match, then row id, as one ORDER BY over every match gives.

    The search dates its matches by the tables the entries come from and ranks only the
    newest; the one statement that sorts every match (``SEARCH_SQL``) is the reference.
    """
    db = index_db()
    refs = dict.fromkeys(KINDS, 0)
    for kind, days_back, words in entries:
        refs[kind] += 1
        add_entry(db, kind, refs[kind], FIRST - timedelta(days=days_back), " ".join(words))
    expression = match_expression(query)
    assert expression is not None
    params = {"q": expression, "ms": "[", "me": "]", "limit": limit}
    expected = db.execute(SEARCH_SQL, params).fetchall()
    rows = search_rows(db, query, limit=limit)
    assert [(r.kind, r.ref, r.day.isoformat(), r.snippet) for r in rows] == expected
    # The tables date every entry here: a caller that knows it skips looking for others.
    assert db.execute(ALL_DATED_SQL).fetchone() == (1,)
    assert search_rows(db, query, limit=limit, all_dated=True) == rows
    total = db.execute(
        f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?", (expression,)
    )
    assert rows.total == total.fetchone()[0]


def test_an_entry_its_table_does_not_date_is_dated_by_the_index() -> None:
    db = index_db()
    add_entry(db, "day", 1, FIRST, "budget one")
    add_entry(db, "day", 2, FIRST - timedelta(days=1), "budget two")
    db.execute("DELETE FROM day_logs WHERE id = 1")  # a damaged past: the row went, not its entry
    assert db.execute(ALL_DATED_SQL).fetchone() == (0,)
    assert [row.ref for row in search_rows(db, "budget", limit=1)] == [1]


def test_entries_of_the_last_day_past_the_first_of_their_kind_are_ranked_too() -> None:
    """The best-ranked of five 1:1s on the last day picked is shown.

    Each kind's matches are read only ``limit + 1`` deep; the rest of the last day's are
    read too, so the hits are those of one sort of every match.
    """
    db = index_db()
    add_entry(db, "day", 1, FIRST, "budget")
    for ref in range(1, 6):
        # The first mentions budget most often: the best match of the day (the date index
        # is read newest first, and within a day from the highest id down).
        add_entry(db, "one_on_one", ref, FIRST - timedelta(days=1), "budget " * (6 - ref) + "hr")
    expression = match_expression("budget")
    params = {"q": expression, "ms": "[", "me": "]", "limit": 2}
    expected = db.execute(SEARCH_SQL, params).fetchall()
    rows = search_rows(db, "budget", limit=2)
    assert [(r.kind, r.ref, r.day.isoformat(), r.snippet) for r in rows] == expected
    assert [(r.kind, r.ref) for r in rows] == [("day", 1), ("one_on_one", 1)]
    assert rows.total == 6
