"""Full-text search (SQLite FTS5) inside the encrypted database.

The index holds one row per searchable thing: a day (reflection and tags), a sparring
topic's notes, a 1:1's agenda, notes and actions. Services keep it in step with the
tables in the same transaction as the write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

# SQLAlchemy is imported where it is used: the quick read-only path needs only
# ``match_expression``, ``SEARCH_SQL`` and ``search_rows`` (no SQLAlchemy at all).
if TYPE_CHECKING:
    from sqlalchemy import Connection, TextClause
    from sqlalchemy.orm import Session

SEARCH_TABLE = "search_index"

CREATE_SEARCH_TABLE = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
    "kind UNINDEXED, ref UNINDEXED, day UNINDEXED, body, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)

_WORD = re.compile(r"\w+", re.UNICODE)


def is_search_index_object(name: str | None) -> bool:
    return name is not None and name.startswith(SEARCH_TABLE)


def match_expression(query: str) -> str | None:
    """An FTS5 query for what the user typed: every word must match, as a prefix.

    User input is never handed to FTS5's query language as is: quotes, ``NEAR``,
    ``-`` or ``*`` would be syntax errors or change the meaning.
    """
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


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
    """Replace the index entry for (kind, ref)."""
    delete, insert = _write_statements()
    rowid = document_rowid(kind, ref)
    target.execute(delete, {"rowid": rowid})
    if body.strip():
        target.execute(
            insert, {"rowid": rowid, "k": kind, "r": ref, "d": day.isoformat(), "b": body}
        )


def remove_document(target: Session | Connection, kind: str, ref: int) -> None:
    delete, _insert = _write_statements()
    target.execute(delete, {"rowid": document_rowid(kind, ref)})


@cache
def _write_statements() -> tuple[TextClause, TextClause]:
    """The index's DELETE and INSERT, built once (SQLAlchemy loads only when writing)."""
    from sqlalchemy import text

    return (
        text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :rowid"),
        text(
            f"INSERT INTO {SEARCH_TABLE} (rowid, kind, ref, day, body) "
            "VALUES (:rowid, :k, :r, :d, :b)"
        ),
    )


# Named parameters: the same statement runs through SQLAlchemy and on a bare driver
# connection (``search_rows``), so both give the same rows. Newest day first, then best
# match (FTS5's rank), then row id, so the order is fully determined. The hits are picked
# first and only those get a snippet: making a snippet for every match (a one-letter word
# matches most days) cost more than the search itself.
SEARCH_SQL = (
    f"WITH top AS (SELECT rowid AS id, day, rank AS score FROM {SEARCH_TABLE} "
    f"WHERE {SEARCH_TABLE} MATCH :q ORDER BY day DESC, rank, rowid LIMIT :limit) "
    f"SELECT hit.kind, hit.ref, hit.day, snippet({SEARCH_TABLE}, 3, :ms, :me, '…', 12) "
    f"FROM top JOIN {SEARCH_TABLE} AS hit ON hit.rowid = top.id "
    f"WHERE {SEARCH_TABLE} MATCH :q ORDER BY top.day DESC, top.score, top.id"
)


def _params(query: str, limit: int, mark_start: str, mark_end: str) -> dict[str, Any] | None:
    """``SEARCH_SQL``'s parameters, or None when the query holds no word to look for."""
    expression = match_expression(query)
    if expression is None:
        return None
    return {"q": expression, "ms": mark_start, "me": mark_end, "limit": limit}


def _rows(raw: Any) -> list[SearchRow]:
    return [
        SearchRow(kind=r[0], ref=int(r[1]), day=date.fromisoformat(r[2]), snippet=r[3]) for r in raw
    ]


def search(
    session: Session,
    query: str,
    *,
    limit: int = 200,
    mark_start: str = "[",
    mark_end: str = "]",
) -> list[SearchRow]:
    """Matching documents, newest day first, each with a short snippet around the hit."""
    from sqlalchemy import text

    params = _params(query, limit, mark_start, mark_end)
    return [] if params is None else _rows(session.execute(text(SEARCH_SQL), params).all())


def search_rows(
    conn: Any,
    query: str,
    *,
    limit: int = 200,
    mark_start: str = "[",
    mark_end: str = "]",
) -> list[SearchRow]:
    """``search`` on a DB-API connection of the driver (the quick read-only path)."""
    params = _params(query, limit, mark_start, mark_end)
    return [] if params is None else _rows(conn.execute(SEARCH_SQL, params).fetchall())
