"""The Markdown export (issue #19): the consent log takes its entries (kind ``markdown``).

A Markdown export writes a folder of ``.md`` files (format ``md``, which the log already
takes for a Markdown report). SQLite cannot alter a constraint, so ``export_log`` is
copied (batch mode) inside the migration's one transaction, every entry kept as it was,
as 0006 did. The downgrade takes the Markdown exports' entries out and leaves the others.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = "kind IN ('one-on-one', 'coach', 'json', 'csv', 'xlsx', 'pulse', 'leader-group')"
_NEW_KINDS = (
    "kind IN ('one-on-one', 'coach', 'json', 'csv', 'xlsx', 'pulse', 'leader-group', 'markdown')"
)


def _replace(kinds: str) -> None:
    with op.batch_alter_table("export_log", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_export_log_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_export_log_kind"), kinds)


def upgrade() -> None:
    _replace(_NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM export_log WHERE kind = 'markdown'")
    _replace(_OLD_KINDS)
