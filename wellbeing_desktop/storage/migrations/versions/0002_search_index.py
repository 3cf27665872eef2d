"""Full-text search index (FTS5) over reflections, tags and notes, filled from existing data.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

from wellbeing_desktop.storage.search import SEARCH_TABLE, SEARCH_TABLE_COLUMNS

# The index as this revision made it (0009 adds the prefixes).
CREATE_SEARCH_TABLE = f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5({SEARCH_TABLE_COLUMNS})"

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(CREATE_SEARCH_TABLE)
    # The same text the services index on every save (services/search_text.py).
    op.execute(
        f"INSERT INTO {SEARCH_TABLE} (kind, ref, day, body) "
        "SELECT 'day', d.id, d.day, trim(d.reflection || ' ' || coalesce("
        "(SELECT group_concat(t.tag, ' ') FROM day_tags t WHERE t.day_log_id = d.id), ''))"
        " FROM day_logs d"
    )
    op.execute(
        f"INSERT INTO {SEARCH_TABLE} (kind, ref, day, body) "
        "SELECT 'sparring', id, raised_on, notes FROM sparring_topics WHERE notes != ''"
    )
    op.execute(
        f"INSERT INTO {SEARCH_TABLE} (kind, ref, day, body) "
        "SELECT 'one_on_one', m.id, m.held_on, trim(m.with_whom || ' ' || m.notes || ' ' || "
        "coalesce((SELECT group_concat(a.text, ' ') FROM agenda_items a "
        "WHERE a.meeting_id = m.id), '') || ' ' || "
        "coalesce((SELECT group_concat(x.text, ' ') FROM action_items x "
        "WHERE x.meeting_id = m.id), '')) FROM one_on_ones m"
    )
    op.execute(f"DELETE FROM {SEARCH_TABLE} WHERE trim(body) = ''")


def downgrade() -> None:
    op.execute(f"DROP TABLE {SEARCH_TABLE}")
