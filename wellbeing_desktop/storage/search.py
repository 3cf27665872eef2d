"""Full-text search (SQLite FTS5) inside the encrypted database.

The index holds one row per searchable thing: a day (reflection and tags), a sparring
topic's notes, a 1:1's agenda, notes and actions. Services keep it in step with the
tables in the same transaction as the write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text
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


def index_document(target: Session | Connection, kind: str, ref: int, day: date, body: str) -> None:
    """Replace the index entry for (kind, ref)."""
    target.execute(
        text(f"DELETE FROM {SEARCH_TABLE} WHERE kind = :kind AND ref = :ref"),
        {"kind": kind, "ref": ref},
    )
    if body.strip():
        target.execute(
            text(f"INSERT INTO {SEARCH_TABLE} (kind, ref, day, body) VALUES (:k, :r, :d, :b)"),
            {"k": kind, "r": ref, "d": day.isoformat(), "b": body},
        )


def remove_document(target: Session | Connection, kind: str, ref: int) -> None:
    target.execute(
        text(f"DELETE FROM {SEARCH_TABLE} WHERE kind = :kind AND ref = :ref"),
        {"kind": kind, "ref": ref},
    )


def search(
    session: Session,
    query: str,
    *,
    limit: int = 200,
    mark_start: str = "[",
    mark_end: str = "]",
) -> list[SearchRow]:
    """Matching documents, newest day first, each with a short snippet around the hit."""
    expression = match_expression(query)
    if expression is None:
        return []
    rows = session.execute(
        text(
            f"SELECT kind, ref, day, snippet({SEARCH_TABLE}, 3, :ms, :me, '…', 12) "
            f"FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q "
            "ORDER BY day DESC, rank LIMIT :limit"
        ),
        {"q": expression, "ms": mark_start, "me": mark_end, "limit": limit},
    ).all()
    return [
        SearchRow(kind=r[0], ref=int(r[1]), day=date.fromisoformat(r[2]), snippet=r[3])
        for r in rows
    ]
