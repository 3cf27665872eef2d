"""Where imported entries came from (issue #19): a new table ``import_origins``.

Each entry imported from another journal app is remembered by its app and its id there
(with the day it went to), so that importing the same file again changes nothing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_origins",
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("source", "source_id", name=op.f("pk_import_origins")),
    )
    with op.batch_alter_table("import_origins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_origins_day"), ["day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("import_origins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_origins_day"))
    op.drop_table("import_origins")
