"""The leader group's pulse (issue #18): the rounds a facilitator started, and their log.

A new table ``pulse_rounds`` keeps each round this journal started with its key pair (the
private key never leaves the encrypted database). The consent log accepts a shared pulse
(kind and format ``pulse``) and a group report (kind ``leader-group``): SQLite cannot alter
a constraint, so ``export_log`` is copied (batch mode) inside the migration's one
transaction, every entry kept as it was. A table ``pulse_combinations`` remembers each group
picture made of a round (the pseudonymous tokens and times of the pulses in it, no figures),
so that ``services.pulse.combine`` can refuse one whose difference to the earlier ones would
show a leader's figures (a round has one group picture: ``domain.pulse_guard``).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = "kind IN ('one-on-one', 'coach', 'json', 'csv', 'xlsx')"
_OLD_FORMATS = "format IN ('pdf', 'md', 'html', 'json', 'csv', 'xlsx')"
_NEW_KINDS = "kind IN ('one-on-one', 'coach', 'json', 'csv', 'xlsx', 'pulse', 'leader-group')"
_NEW_FORMATS = "format IN ('pdf', 'md', 'html', 'json', 'csv', 'xlsx', 'pulse')"


def _replace(kinds: str, formats: str) -> None:
    with op.batch_alter_table("export_log", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_export_log_kind"), type_="check")
        batch_op.drop_constraint(op.f("ck_export_log_format"), type_="check")
        batch_op.create_check_constraint(op.f("ck_export_log_kind"), kinds)
        batch_op.create_check_constraint(op.f("ck_export_log_format"), formats)


def upgrade() -> None:
    op.create_table(
        "pulse_rounds",
        sa.Column("round_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("min_group", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("min_group >= 5", name=op.f("ck_pulse_rounds_min_group")),
        sa.CheckConstraint("period_start <= period_end", name=op.f("ck_pulse_rounds_period")),
        sa.PrimaryKeyConstraint("round_id", name=op.f("pk_pulse_rounds")),
    )
    with op.batch_alter_table("pulse_rounds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pulse_rounds_created_at"), ["created_at"], unique=False
        )
    op.create_table(
        "pulse_combinations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.String(length=32), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("pulses", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["pulse_rounds.round_id"],
            name=op.f("fk_pulse_combinations_round_id_pulse_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pulse_combinations")),
    )
    with op.batch_alter_table("pulse_combinations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pulse_combinations_round_id"), ["round_id"], unique=False
        )
    _replace(_NEW_KINDS, _NEW_FORMATS)


def downgrade() -> None:
    op.execute("DELETE FROM export_log WHERE kind IN ('pulse', 'leader-group') OR format = 'pulse'")
    _replace(_OLD_KINDS, _OLD_FORMATS)
    with op.batch_alter_table("pulse_combinations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pulse_combinations_round_id"))
    op.drop_table("pulse_combinations")
    with op.batch_alter_table("pulse_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pulse_rounds_created_at"))
    op.drop_table("pulse_rounds")
