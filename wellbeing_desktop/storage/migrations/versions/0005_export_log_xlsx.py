"""The consent log accepts spreadsheet exports (kind and format ``xlsx``).

Only the two CHECK constraints of ``export_log`` change; SQLite cannot alter a constraint,
so the table is copied (batch mode) inside the migration's one transaction, every entry
kept as it was.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = "kind IN ('one-on-one', 'coach', 'json', 'csv')"
_OLD_FORMATS = "format IN ('pdf', 'md', 'html', 'json', 'csv')"
_NEW_KINDS = "kind IN ('one-on-one', 'coach', 'json', 'csv', 'xlsx')"
_NEW_FORMATS = "format IN ('pdf', 'md', 'html', 'json', 'csv', 'xlsx')"


def _replace(kinds: str, formats: str) -> None:
    with op.batch_alter_table("export_log", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_export_log_kind"), type_="check")
        batch_op.drop_constraint(op.f("ck_export_log_format"), type_="check")
        batch_op.create_check_constraint(op.f("ck_export_log_kind"), kinds)
        batch_op.create_check_constraint(op.f("ck_export_log_format"), formats)


def upgrade() -> None:
    _replace(_NEW_KINDS, _NEW_FORMATS)


def downgrade() -> None:
    op.execute("DELETE FROM export_log WHERE kind = 'xlsx' OR format = 'xlsx'")
    _replace(_OLD_KINDS, _OLD_FORMATS)
