"""Initial schema: day logs, categories, catalogues, sparring, 1:1s, WHO-5, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 19:57:39.481682
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "catalogue_items",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("catalogue", sa.String(length=20), nullable=False),
        sa.Column("label_da", sa.String(length=200), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("group", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_catalogue_items")),
    )
    op.create_table(
        "categories",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name_da", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_categories")),
    )
    op.create_table(
        "day_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hours_worked_minutes", sa.Integer(), nullable=True),
        sa.Column("stress_step", sa.Integer(), nullable=True),
        sa.Column("demands", sa.Integer(), nullable=True),
        sa.Column("resources", sa.Integer(), nullable=True),
        sa.Column("energy", sa.Integer(), nullable=True),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("share", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("demands BETWEEN 0 AND 10", name=op.f("ck_day_logs_demands")),
        sa.CheckConstraint("energy BETWEEN 1 AND 5", name=op.f("ck_day_logs_energy")),
        sa.CheckConstraint(
            "hours_worked_minutes BETWEEN 0 AND 1440", name=op.f("ck_day_logs_hours_worked")
        ),
        sa.CheckConstraint("resources BETWEEN 0 AND 10", name=op.f("ck_day_logs_resources")),
        sa.CheckConstraint("stress_step BETWEEN 1 AND 5", name=op.f("ck_day_logs_stress_step")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_logs")),
        sa.UniqueConstraint("day", name=op.f("uq_day_logs_day")),
    )
    op.create_table(
        "one_on_ones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("with_whom", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_on_ones")),
    )
    with op.batch_alter_table("one_on_ones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_one_on_ones_held_on"), ["held_on"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sparring_topics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("situation", sa.String(length=64), nullable=False),
        sa.Column("with_whom", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sparring_topics")),
    )
    with op.batch_alter_table("sparring_topics", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sparring_topics_raised_on"), ["raised_on"], unique=False
        )

    op.create_table(
        "who5_checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("a1", sa.Integer(), nullable=False),
        sa.Column("a2", sa.Integer(), nullable=False),
        sa.Column("a3", sa.Integer(), nullable=False),
        sa.Column("a4", sa.Integer(), nullable=False),
        sa.Column("a5", sa.Integer(), nullable=False),
        sa.CheckConstraint("a1 BETWEEN 0 AND 5", name=op.f("ck_who5_checkins_a1")),
        sa.CheckConstraint("a2 BETWEEN 0 AND 5", name=op.f("ck_who5_checkins_a2")),
        sa.CheckConstraint("a3 BETWEEN 0 AND 5", name=op.f("ck_who5_checkins_a3")),
        sa.CheckConstraint("a4 BETWEEN 0 AND 5", name=op.f("ck_who5_checkins_a4")),
        sa.CheckConstraint("a5 BETWEEN 0 AND 5", name=op.f("ck_who5_checkins_a5")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_who5_checkins")),
        sa.UniqueConstraint("taken_on", name=op.f("uq_who5_checkins_taken_on")),
    )
    op.create_table(
        "action_items",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["one_on_ones.id"],
            name=op.f("fk_action_items_meeting_id_one_on_ones"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "position", name=op.f("pk_action_items")),
    )
    op.create_table(
        "agenda_items",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["one_on_ones.id"],
            name=op.f("fk_agenda_items_meeting_id_one_on_ones"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "position", name=op.f("pk_agenda_items")),
    )
    op.create_table(
        "day_items",
        sa.Column("day_log_id", sa.Integer(), nullable=False),
        sa.Column("catalogue", sa.String(length=20), nullable=False),
        sa.Column("item_key", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["day_log_id"],
            ["day_logs.id"],
            name=op.f("fk_day_items_day_log_id_day_logs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("day_log_id", "catalogue", "item_key", name=op.f("pk_day_items")),
    )
    op.create_table(
        "day_minutes",
        sa.Column("day_log_id", sa.Integer(), nullable=False),
        sa.Column("category_key", sa.String(length=64), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("minutes BETWEEN 0 AND 1440", name=op.f("ck_day_minutes_minutes")),
        sa.ForeignKeyConstraint(
            ["day_log_id"],
            ["day_logs.id"],
            name=op.f("fk_day_minutes_day_log_id_day_logs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("day_log_id", "category_key", name=op.f("pk_day_minutes")),
    )
    op.create_table(
        "day_tags",
        sa.Column("day_log_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["day_log_id"],
            ["day_logs.id"],
            name=op.f("fk_day_tags_day_log_id_day_logs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("day_log_id", "tag", name=op.f("pk_day_tags")),
    )


def downgrade() -> None:

    op.drop_table("day_tags")
    op.drop_table("day_minutes")
    op.drop_table("day_items")
    op.drop_table("agenda_items")
    op.drop_table("action_items")
    op.drop_table("who5_checkins")
    with op.batch_alter_table("sparring_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sparring_topics_raised_on"))

    op.drop_table("sparring_topics")
    op.drop_table("settings")
    with op.batch_alter_table("one_on_ones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_one_on_ones_held_on"))

    op.drop_table("one_on_ones")
    op.drop_table("day_logs")
    op.drop_table("categories")
    op.drop_table("catalogue_items")
