"""ORM mapping of the journal (SQLAlchemy 2 typed declarative)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints from day one: Alembic's batch mode can only alter named ones.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CategoryRow(Base):
    __tablename__ = "categories"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_da: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)


class CatalogueItemRow(Base):
    """The user's own signals, demands and resources (the built-in ones live in code)."""

    __tablename__ = "catalogue_items"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    catalogue: Mapped[str] = mapped_column(String(20))
    label_da: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    group: Mapped[str | None] = mapped_column(String(20))


class DayLogRow(Base):
    __tablename__ = "day_logs"
    __table_args__ = (
        CheckConstraint("stress_step BETWEEN 1 AND 5", name="stress_step"),
        CheckConstraint("demands BETWEEN 0 AND 10", name="demands"),
        CheckConstraint("resources BETWEEN 0 AND 10", name="resources"),
        CheckConstraint("energy BETWEEN 1 AND 5", name="energy"),
        CheckConstraint("hours_worked_minutes BETWEEN 0 AND 1440", name="hours_worked"),
        # The day's figures beside its date, so the Trends view reads them from this small
        # index, not from the rows (each holds the day's reflection: 10 years of rows is
        # most of the file, decrypted again on every read). Migration 0010.
        Index(
            "ix_day_logs_figures",
            "day",
            "hours_worked_minutes",
            "stress_step",
            "demands",
            "resources",
            "energy",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    hours_worked_minutes: Mapped[int | None] = mapped_column(Integer)
    stress_step: Mapped[int | None] = mapped_column(Integer)
    demands: Mapped[int | None] = mapped_column(Integer)
    resources: Mapped[int | None] = mapped_column(Integer)
    energy: Mapped[int | None] = mapped_column(Integer)
    reflection: Mapped[str] = mapped_column(Text, default="")
    share: Mapped[str] = mapped_column(String(20), default="private")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    minutes: Mapped[list[DayMinutesRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="DayMinutesRow.category_key"
    )
    items: Mapped[list[DayItemRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="DayItemRow.position"
    )
    tags: Mapped[list[DayTagRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="DayTagRow.position"
    )


class DayMinutesRow(Base):
    __tablename__ = "day_minutes"
    __table_args__ = (CheckConstraint("minutes BETWEEN 0 AND 1440", name="minutes"),)

    day_log_id: Mapped[int] = mapped_column(
        ForeignKey("day_logs.id", ondelete="CASCADE"), primary_key=True
    )
    category_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)


class DayItemRow(Base):
    """A signal, demand or resource picked on a day."""

    __tablename__ = "day_items"

    day_log_id: Mapped[int] = mapped_column(
        ForeignKey("day_logs.id", ondelete="CASCADE"), primary_key=True
    )
    catalogue: Mapped[str] = mapped_column(String(20), primary_key=True)
    item_key: Mapped[str] = mapped_column(String(120), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class DayTagRow(Base):
    __tablename__ = "day_tags"

    day_log_id: Mapped[int] = mapped_column(
        ForeignKey("day_logs.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class SparringTopicRow(Base):
    __tablename__ = "sparring_topics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    raised_on: Mapped[date] = mapped_column(Date, index=True)
    situation: Mapped[str] = mapped_column(String(64))
    with_whom: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolved_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class OneOnOneRow(Base):
    __tablename__ = "one_on_ones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    with_whom: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")

    agenda: Mapped[list[AgendaItemRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="AgendaItemRow.position"
    )
    actions: Mapped[list[ActionItemRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ActionItemRow.position"
    )


class AgendaItemRow(Base):
    __tablename__ = "agenda_items"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("one_on_ones.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class ActionItemRow(Base):
    __tablename__ = "action_items"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("one_on_ones.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Who5Row(Base):
    __tablename__ = "who5_checkins"
    __table_args__ = (
        UniqueConstraint("taken_on"),
        *(CheckConstraint(f"a{i} BETWEEN 0 AND 5", name=f"a{i}") for i in range(1, 6)),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken_on: Mapped[date] = mapped_column(Date)
    a1: Mapped[int] = mapped_column(Integer)
    a2: Mapped[int] = mapped_column(Integer)
    a3: Mapped[int] = mapped_column(Integer)
    a4: Mapped[int] = mapped_column(Integer)
    a5: Mapped[int] = mapped_column(Integer)


class SettingRow(Base):
    """One user preference as JSON text, keyed by name."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ExportLogRow(Base):
    """The consent log: one row per file that left the app (what, never the text itself)."""

    __tablename__ = "export_log"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('one-on-one', 'coach', 'json', 'csv', 'xlsx', 'pulse', 'leader-group', "
            "'markdown')",
            name="kind",
        ),
        CheckConstraint(
            "format IN ('pdf', 'md', 'html', 'json', 'csv', 'xlsx', 'pulse')", name="format"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    made_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    # JSON lists: section keys, and the ISO dates of the reflections that were included.
    sections: Mapped[str] = mapped_column(Text, default="[]")
    reflection_days: Mapped[str] = mapped_column(Text, default="[]")


class PulseRoundRow(Base):
    """A round of the leader group's pulse this journal started (issue #18).

    The private key never leaves the journal: it is neither exported nor in the round
    file; it travels only inside the encrypted database (and so its backups).
    """

    __tablename__ = "pulse_rounds"
    __table_args__ = (
        CheckConstraint("min_group >= 5", name="min_group"),
        CheckConstraint("period_start <= period_end", name="period"),
    )

    round_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    min_group: Mapped[int] = mapped_column(Integer)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class PulseCombinationRow(Base):
    """A group picture this journal made of a round: which pulses went into it (issue #18).

    ``pulses`` is a JSON list of ``[token, shared_at]`` pairs (pseudonymous, no figures),
    kept so that a later picture whose difference would show a leader is refused.
    Never exported; it travels only inside the encrypted database (and so its backups).
    """

    __tablename__ = "pulse_combinations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[str] = mapped_column(
        ForeignKey("pulse_rounds.round_id", ondelete="CASCADE"), index=True
    )
    made_at: Mapped[datetime] = mapped_column(DateTime)
    pulses: Mapped[str] = mapped_column(Text)


class ImportOriginRow(Base):
    """An entry of another journal app that was imported, and the day it went to (#19).

    ``source`` is the app (``jrnl``, ``dayone``, ``daylio``, ``markdown``) and ``source_id``
    the entry's id there (or a hash of it): importing the same file again finds every
    entry here and changes nothing. No journal text is kept here.
    """

    __tablename__ = "import_origins"

    source: Mapped[str] = mapped_column(String(16), primary_key=True)
    source_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
