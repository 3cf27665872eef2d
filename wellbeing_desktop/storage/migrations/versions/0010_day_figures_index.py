"""An index holds each day's figures beside its date (for the Trends view's reads).

The Trends view reads every logged day's figures (hours, stress, demands, resources,
energy) for each range it shows. They sat only in ``day_logs``' rows beside the day's
reflection, so ten years of numbers meant decrypting most of the file on every redraw
(issue #20). The index holds them beside the date; SQLite reads the figures from it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ["day", "hours_worked_minutes", "stress_step", "demands", "resources", "energy"]


def upgrade() -> None:
    op.create_index("ix_day_logs_figures", "day_logs", _COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_day_logs_figures", table_name="day_logs")
