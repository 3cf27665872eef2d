"""Full-text search (SQLite FTS5) inside the encrypted database.

The index holds one row per searchable thing: a day (reflection and tags), a sparring
topic's notes, a 1:1's agenda, notes and actions. Services keep it in step with the
tables in the same transaction as the write.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

# SQLAlchemy is imported where it is used: the quick read-only path needs only
# ``match_expression`` and ``search_rows`` (no SQLAlchemy at all).
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    # Runs one statement with named parameters and gives its rows.
    Run = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]

SEARCH_TABLE = "search_index"

# The index as migration 0009 made it. ``prefix = '1 2'``: FTS5 also keeps every word's
# first one and two letters, so the first keystrokes of a search (``"s"*`` matches most
# entries) are read from the index as one term, not merged from every word they start.
# Tokenizer and prefixes change no hit, no rank and no snippet.
SEARCH_TABLE_COLUMNS = (
    "kind UNINDEXED, ref UNINDEXED, day UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2'"
)
SEARCH_PREFIXES = "prefix = '1 2'"


def create_search_table(name: str = SEARCH_TABLE) -> str:
    """The statement that makes the index (``name``: a new copy of it, for a migration)."""
    return f"CREATE VIRTUAL TABLE {name} USING fts5({SEARCH_TABLE_COLUMNS}, {SEARCH_PREFIXES})"


CREATE_SEARCH_TABLE = create_search_table()

# A word as the index's tokenizer (unicode61) sees one: letters and digits; "_" and other
# punctuation separate words.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# What the user typed, piece by piece: a quoted phrase (the closing quote may be missing:
# the phrase then runs to the end), maybe with a leading "-", or a run of other characters.
_PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)', re.UNICODE)


def is_search_index_object(name: str | None) -> bool:
    return name is not None and name.startswith(SEARCH_TABLE)


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What the user typed, as FTS5 query text.

    Attributes:
        expression: the FTS5 query, or None when there is nothing to look for.
        only_excluded: the text held words to leave out (``-word``, ``NOT word``) and
            none to look for.
    """

    expression: str | None
    only_excluded: bool = False


def _term(words: list[str], phrase: bool) -> str:
    """One term: a phrase (its words next to each other, whole) or words as prefixes."""
    if phrase:
        return '"' + " ".join(words) + '"'
    if len(words) == 1:
        return f'"{words[0]}"*'
    return "(" + " AND ".join(f'"{word}"*' for word in words) + ")"


def parse_query(query: str) -> SearchQuery:
    """The FTS5 query for what the user typed, in the search syntax people expect.

    - words: every word must be found, as the start of a word (``budg`` finds "budget");
      case and accents do not matter (``cafe`` finds "café"): the tokenizer's
      ``remove_diacritics 2`` reads å as a (``maned`` finds "måned"), but æ and ø have
      no accent to remove and are letters of their own (``mode`` does not find "møde");
    - ``"a quoted phrase"``: those whole words next to each other, in that order (a
      missing closing quote ends the phrase at the end of the text);
    - ``OR`` (capitals) between two words or phrases: either will do
      (``budget OR økonomi``); it binds the two next to it, and all else must still match;
    - ``-word``, ``-"a phrase"`` or ``NOT word``: entries with it are left out.

    Nothing here is an error: an ``OR`` or ``NOT`` with nothing on one side, a lone
    ``-`` or quote, and text without a word are ignored; text with only words to leave
    out has nothing to look for (``only_excluded``). User input never reaches FTS5's
    query language as is (its quotes, ``NEAR``, ``*``, ``^`` or ``:`` would be syntax
    errors or change the meaning): each word is quoted here.
    """
    groups: list[list[str]] = []  # each group: terms of which one must match
    excluded: list[str] = []
    joined = negate = False
    for match in _PIECE.finditer(query):
        minus, quoted, bare = match.groups()
        if bare is not None:
            if bare == "OR":
                joined = bool(groups)
                continue
            if bare == "NOT":
                negate = True
                continue
            if bare == "AND":
                continue  # what words do anyway
            minus, text, phrase = (
                ("-", bare[1:], False) if bare.startswith("-") else ("", bare, False)
            )
        else:
            text, phrase = quoted, True
        words = _WORD.findall(text)
        if not words:
            continue
        term = _term(words, phrase or (bool(minus) and len(words) > 1))
        if minus or negate:
            excluded.append(term)
        elif joined:
            groups[-1].append(term)
        else:
            groups.append([term])
        joined = negate = False
    if not groups:
        return SearchQuery(None, only_excluded=bool(excluded))
    wanted = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
    if excluded:
        return SearchQuery(f"({wanted}) NOT ({' OR '.join(excluded)})")
    return SearchQuery(wanted)


def match_expression(query: str) -> str | None:
    """The FTS5 query for what the user typed (:func:`parse_query`); None: no word in it."""
    return parse_query(query).expression


@dataclass(frozen=True, slots=True)
class SearchRow:
    kind: str
    ref: int
    day: date
    snippet: str


# Each entry's row id is made from what it indexes, so replacing or removing one is a
# lookup by key (``kind`` and ``ref`` are not indexed: a search by them reads every entry).
_KIND_CODES = {"day": 1, "sparring": 2, "one_on_one": 3}
_KIND_SLOTS = 4
# The same in SQL (migration 0004 renumbers the entries made before); NULL for an
# unknown kind.
ROWID_SQL = (
    f"ref * {_KIND_SLOTS} + CASE kind "
    + " ".join(f"WHEN '{kind}' THEN {code}" for kind, code in _KIND_CODES.items())
    + " END"
)


def document_rowid(kind: str, ref: int) -> int:
    """The index row id of the entry for (kind, ref)."""
    return int(ref) * _KIND_SLOTS + _KIND_CODES[kind]


def index_document(target: Session | Connection, kind: str, ref: int, day: date, body: str) -> None:
    """Replace the index entry for (kind, ref), in the transaction ``target`` holds."""
    index_entry(_driver(target), kind, ref, day, body)


def remove_document(target: Session | Connection, kind: str, ref: int) -> None:
    _driver(target).execute(DELETE_ENTRY_SQL, {"rowid": document_rowid(kind, ref)})


# The index's upkeep, as plain statements on the driver's connection: the same two for
# every writer (SQLAlchemy's statement machinery cost more than the writes themselves).
DELETE_ENTRY_SQL = f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :rowid"
INSERT_ENTRY_SQL = (
    f"INSERT INTO {SEARCH_TABLE} (rowid, kind, ref, day, body) VALUES (:rowid, :k, :r, :d, :b)"
)


def index_entry(conn: Any, kind: str, ref: int, day: date, body: str) -> None:
    """Replace the index entry for (kind, ref) on a DB-API connection of the driver."""
    rowid = document_rowid(kind, ref)
    conn.execute(DELETE_ENTRY_SQL, {"rowid": rowid})
    if body.strip():
        conn.execute(
            INSERT_ENTRY_SQL, {"rowid": rowid, "k": kind, "r": ref, "d": day.isoformat(), "b": body}
        )


def _driver(target: Session | Connection) -> Any:
    """The driver's own connection under ``target``, inside its transaction."""
    from wellbeing_desktop.storage.engine import transaction_driver  # SQLAlchemy: writers only

    return transaction_driver(target)


# Named parameters: the same statements run through SQLAlchemy and on a bare driver
# connection (``search_rows``), so both give the same rows. Newest day first, then best
# match (FTS5's rank), then row id, so the order is fully determined.
#
# A search is two short reads, not one sort of every match. Sorting every match by day
# read each match's ``day`` from the index's content table, where it sits beside the
# entry's whole text: for a one-letter word (a match on most days) that decrypted most of
# the file. So (1) one statement, inside SQLite, counts the matches and walks the small
# date indexes of the tables the entries are made from (``day_logs``, ``sparring_topics``,
# ``one_on_ones``: the services index each entry with that row's date) from the newest
# day down, keeping the matching entries, and stops after ``limit + 1`` of each kind: the
# newest ``limit`` are among them (a match on most days is found within the first few
# dozen days, not after a sort of thousands); (2) only the newest ``limit`` (and every
# entry of the last day picked, ordered by rank) get their rank, text and snippet from
# the index.
_DATED_TABLES = (
    ("day", "day_logs", "day"),
    ("sparring", "sparring_topics", "raised_on"),
    ("one_on_one", "one_on_ones", "held_on"),
)
_MATCHES = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q"
_ENTRY_IDS = " UNION ALL ".join(
    f"SELECT id * {_KIND_SLOTS} + {_KIND_CODES[kind]} FROM {table}"
    for kind, table, column in _DATED_TABLES
)
# Every row: (row id, day). The first: (NULL, how many entries match). Then each kind's
# newest ``:n`` matching entries, dated by their table.
DATED_SQL = f"WITH m(id) AS MATERIALIZED ({_MATCHES}) SELECT NULL, count(*) FROM m" + "".join(
    f" UNION ALL SELECT * FROM (SELECT id * {_KIND_SLOTS} + {_KIND_CODES[kind]}, {column} "
    f"FROM {table} WHERE id * {_KIND_SLOTS} + {_KIND_CODES[kind]} IN "
    f"(SELECT id FROM m WHERE id % {_KIND_SLOTS} = {_KIND_CODES[kind]}) "
    f"ORDER BY {column} DESC LIMIT :n)"
    for kind, table, column in _DATED_TABLES
)
# The same, and last a match the tables do not date (none in a sound journal: a damaged
# past) with a NULL day: the index dates it. Looking for those costs a third of the
# search at thirty years, so a caller that knows there are none (``all_dated``) skips it.
NEWEST_SQL = f"{DATED_SQL} UNION ALL SELECT id, NULL FROM m WHERE id NOT IN ({_ENTRY_IDS})"
# Whether the tables date every entry of the index (its ``docsize`` table: a row id per
# entry, a few bytes each; the content table holds each entry's whole text).
ALL_DATED_SQL = (
    f"SELECT NOT EXISTS (SELECT id FROM {SEARCH_TABLE}_docsize EXCEPT SELECT * FROM ({_ENTRY_IDS}))"
)
# A kind's matching entries of one day: those past its first ``:n`` (several sparring
# topics or 1:1s on the last day picked; ``day_logs`` has one row a day).
SAME_DAY_SQL = {
    _KIND_CODES[kind]: (
        f"SELECT id * {_KIND_SLOTS} + {_KIND_CODES[kind]}, {column} FROM {table} "
        f"WHERE {column} = :day AND id * {_KIND_SLOTS} + {_KIND_CODES[kind]} IN ({_MATCHES})"
    )
    for kind, table, column in _DATED_TABLES
}
# An entry the tables do not date (none in a sound journal) is dated by the index itself.
ENTRY_DAY_SQL = f"SELECT day FROM {SEARCH_TABLE} WHERE rowid = :id"
# The picked entries. ``+rowid`` keeps FTS5 from turning the IN list into one lookup
# of the query per id (far slower): the matches are read once and filtered by id.
PICKED_SQL = (
    f"SELECT rowid, rank, kind, ref, day, snippet({SEARCH_TABLE}, 3, :ms, :me, '…', 12) "
    f"FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q "
    "AND +rowid IN (SELECT value FROM json_each(:ids))"
)
# The same hits in one statement: what the reads above must give (the tests compare).
SEARCH_SQL = (
    f"WITH top AS (SELECT rowid AS id, day, rank AS score FROM {SEARCH_TABLE} "
    f"WHERE {SEARCH_TABLE} MATCH :q ORDER BY day DESC, rank, rowid LIMIT :limit) "
    f"SELECT hit.kind, hit.ref, hit.day, snippet({SEARCH_TABLE}, 3, :ms, :me, '…', 12) "
    f"FROM top JOIN {SEARCH_TABLE} AS hit ON hit.rowid = top.id "
    f"WHERE {SEARCH_TABLE} MATCH :q ORDER BY top.day DESC, top.score, top.id"
)

DEFAULT_LIMIT = 200  # the hits a search returns unless asked for more


class SearchRows(list[SearchRow]):
    """The rows found (at most the limit), newest first, and how many match in all.

    A plain list of the rows for every caller that needs only them; ``total`` is the
    number of matching entries (counted only when the limit was reached).
    """

    def __init__(self, rows: list[SearchRow], total: int) -> None:
        super().__init__(rows)
        self.total = total


def _newest(run: Run, expression: str, limit: int, all_dated: bool) -> tuple[int, list[int]]:
    """How many entries match, and the ids of the newest ``limit`` days' (all of the last day).

    ``limit`` at least 1.
    """
    rows = run(DATED_SQL if all_dated else NEWEST_SQL, {"q": expression, "n": limit + 1})
    total = int(rows[0][1])
    dated: dict[int, str] = {}
    kept: dict[int, list[str]] = {}  # kind code: the days of its entries read (newest first)
    for rowid, day in rows[1:]:
        rowid = int(rowid)
        if day is None:
            found = run(ENTRY_DAY_SQL, {"id": rowid})
            day = found[0][0] if found else ""
        else:
            kept.setdefault(rowid % _KIND_SLOTS, []).append(day)
        dated[rowid] = day
    if total <= limit:
        return total, list(dated)  # every match is here
    last = sorted(dated.values(), reverse=True)[limit - 1]
    for code, days in kept.items():
        # The kind's walk stopped on the last day picked: that day may hold more of it.
        if len(days) > limit and min(days) == last:
            for rowid, day in run(SAME_DAY_SQL[code], {"q": expression, "day": last}):
                dated[int(rowid)] = day
    return total, [rowid for rowid, day in dated.items() if day >= last]


def _search(
    run: Run, query: str, limit: int, mark_start: str, mark_end: str, all_dated: bool
) -> SearchRows:
    expression = match_expression(query)
    if expression is None:
        return SearchRows([], 0)
    total, ids = _newest(run, expression, max(limit, 1), all_dated)
    if not ids or limit <= 0:
        return SearchRows([], total)
    params = {"q": expression, "ms": mark_start, "me": mark_end, "ids": json.dumps(ids)}
    # (rowid, rank, kind, ref, day, snippet): newest day, then rank, then row id.
    picked = sorted(run(PICKED_SQL, params), key=lambda r: (r[1], r[0]))
    picked.sort(key=lambda r: r[4], reverse=True)  # stable: rank order within a day
    rows = [
        SearchRow(kind=r[2], ref=int(r[3]), day=date.fromisoformat(r[4]), snippet=r[5])
        for r in picked[:limit]
    ]
    return SearchRows(rows, total)


def search(
    session: Session,
    query: str,
    *,
    limit: int = DEFAULT_LIMIT,
    mark_start: str = "[",
    mark_end: str = "]",
    all_dated: bool = False,
) -> SearchRows:
    """Matching documents, newest day first, each with a short snippet around the hit.

    The reads run on the session's own driver connection, inside its transaction: a
    one-letter search reads thousands of ids and days, and SQLAlchemy's rows for them
    cost more than the reads. ``all_dated``: ``entries_all_dated`` said True for the
    journal as this transaction sees it.
    """
    driver = session.connection().connection.driver_connection
    return search_rows(
        driver, query, limit=limit, mark_start=mark_start, mark_end=mark_end, all_dated=all_dated
    )


def entries_all_dated(session: Session) -> bool:
    """Whether the tables date every entry of the index (a sound journal: always)."""
    driver: Any = session.connection().connection.driver_connection
    return bool(driver.execute(ALL_DATED_SQL).fetchone()[0])


def search_rows(
    conn: Any,
    query: str,
    *,
    limit: int = DEFAULT_LIMIT,
    mark_start: str = "[",
    mark_end: str = "]",
    all_dated: bool = False,
) -> SearchRows:
    """``search`` on a DB-API connection of the driver (the quick read-only path)."""

    def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        return conn.execute(sql, params).fetchall()  # type: ignore[no-any-return]

    return _search(run, query, limit, mark_start, mark_end, all_dated)
