"""Consent log of exports: when, which kind and format, period, sections, reflection days.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "export_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("reflection_days", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('one-on-one', 'coach', 'json', 'csv')", name=op.f("ck_export_log_kind")
        ),
        sa.CheckConstraint(
            "format IN ('pdf', 'md', 'html', 'json', 'csv')", name=op.f("ck_export_log_format")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_export_log_made_at"), ["made_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_export_log_made_at"))
    op.drop_table("export_log")
