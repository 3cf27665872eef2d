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
    CREATE_SEARCH_TABLE,
    SEARCH_TABLE,
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


@pytest.fixture(scope="module")
def conn() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(CREATE_SEARCH_TABLE)
    for number, text in enumerate(TEXTS):
        db.execute(
            f"INSERT INTO {SEARCH_TABLE} (rowid, kind, ref, day, body) VALUES (?, 'day', ?, ?, ?)",
            (number + 1, number, (FIRST - timedelta(days=number)).isoformat(), text),
        )
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
