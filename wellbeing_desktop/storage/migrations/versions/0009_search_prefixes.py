"""The search index keeps every word's first one and two letters (FTS5 ``prefix``).

Search as you type starts with one letter: ``"s"*`` matches most entries, and without a
prefix index FTS5 merged the entries of every word starting with "s" on each keystroke
(issue #20). The index is made again with ``prefix = '1 2'`` and its entries copied
as they are (row ids, days, text), inside the migration's one transaction; no hit, rank
or snippet changes. The downgrade makes it again without the prefixes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

from wellbeing_desktop.storage.search import (
    SEARCH_TABLE,
    SEARCH_TABLE_COLUMNS,
    create_search_table,
)

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW = "search_index_remade"


def _remake(create: str) -> None:
    op.execute(create)
    op.execute(
        f"INSERT INTO {_NEW} (rowid, kind, ref, day, body) "
        f"SELECT rowid, kind, ref, day, body FROM {SEARCH_TABLE} ORDER BY rowid"
    )
    op.execute(f"DROP TABLE {SEARCH_TABLE}")
    op.execute(f"ALTER TABLE {_NEW} RENAME TO {SEARCH_TABLE}")


def upgrade() -> None:
    _remake(create_search_table(_NEW))


def downgrade() -> None:
    _remake(f"CREATE VIRTUAL TABLE {_NEW} USING fts5({SEARCH_TABLE_COLUMNS})")
