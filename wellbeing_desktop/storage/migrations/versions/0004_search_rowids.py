"""Search index entries get a row id made from what they index (kind and number).

Replacing or removing one entry was a scan of the whole index (``kind`` and ``ref`` are
not indexed), a few milliseconds on every save with years of entries. With the row id
``search.document_rowid(kind, ref)`` it is a lookup by key. The entries are renumbered
here, inside the migration's one transaction; their text is unchanged.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

from wellbeing_desktop.storage.search import ROWID_SQL, SEARCH_TABLE

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COPY = "search_renumbering"


def upgrade() -> None:
    # One entry per (kind, ref), the newest if a damaged past left two; temp_store is
    # MEMORY on the app's connections, so the copy never reaches a file.
    op.execute(
        f"CREATE TEMP TABLE {_COPY} AS SELECT max(rowid) AS old, kind, ref, day, body "
        f"FROM {SEARCH_TABLE} GROUP BY kind, ref"
    )
    op.execute(f"DELETE FROM {SEARCH_TABLE}")
    op.execute(
        f"INSERT INTO {SEARCH_TABLE} (rowid, kind, ref, day, body) "
        f"SELECT {ROWID_SQL}, kind, ref, day, body FROM {_COPY} "
        f"WHERE {ROWID_SQL} IS NOT NULL ORDER BY 1"
    )
    op.execute(f"DROP TABLE {_COPY}")


def downgrade() -> None:
    pass  # any row ids do for the older versions
