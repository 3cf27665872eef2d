"""Mapping between ORM rows and domain entities; repositories never commit."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from wellbeing_desktop.domain.calendar_rules import DEFAULT_RULES, CalendarSettings, KeywordRule
from wellbeing_desktop.domain.models import (
    ActionItem,
    ActivityKind,
    CatalogueItem,
    CatalogueKind,
    Category,
    ExportRecord,
    OneOnOne,
    Settings,
    SignalGroup,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)
from wellbeing_desktop.storage import search

# Days live in storage/day_logs.py (#14); these two names stay importable from here.
from wellbeing_desktop.storage.day_logs import DayLogRepository as DayLogRepository
from wellbeing_desktop.storage.day_logs import day_search_text as day_search_text
from wellbeing_desktop.storage.engine import transaction_driver
from wellbeing_desktop.storage.orm import (
    ActionItemRow,
    AgendaItemRow,
    CatalogueItemRow,
    CategoryRow,
    ExportLogRow,
    OneOnOneRow,
    SettingRow,
    SparringTopicRow,
    Who5Row,
)
from wellbeing_desktop.storage.stored_settings import CALENDAR_KEY, settings_from_values
from wellbeing_desktop.storage.stored_settings import time_text as _time_text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy.orm import Session


def meeting_search_text(meeting: OneOnOne) -> str:
    parts = [meeting.with_whom, meeting.notes, *meeting.agenda, *(a.text for a in meeting.actions)]
    return " ".join(p for p in parts if p).strip()


# On the driver's own connection, inside the session's transaction: every save of a day
# validates against these, and SQLAlchemy's statement machinery cost more than the read.
_SELECT_CATEGORY_KEYS = "SELECT key FROM categories"


# --- categories and catalogues ---------------------------------------------------------


class CategoryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Category]:
        rows = self._session.scalars(select(CategoryRow).order_by(CategoryRow.position))
        return [
            Category(r.key, r.name_da, r.name_en, ActivityKind(r.kind), r.position) for r in rows
        ]

    def keys(self) -> set[str]:
        """The categories' keys only (what validating a day needs)."""
        driver = transaction_driver(self._session)
        return {key for (key,) in driver.execute(_SELECT_CATEGORY_KEYS)}

    def replace_all(self, categories: Iterable[Category]) -> None:
        self._session.execute(delete(CategoryRow))
        for c in categories:
            self._session.add(
                CategoryRow(
                    key=c.key,
                    name_da=c.name_da,
                    name_en=c.name_en,
                    kind=c.kind.value,
                    position=c.position,
                )
            )


class CatalogueRepository:
    """The user's own catalogue items."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def own_items(self) -> list[CatalogueItem]:
        rows = self._session.scalars(select(CatalogueItemRow).order_by(CatalogueItemRow.key))
        return [
            CatalogueItem(
                key=r.key,
                catalogue=CatalogueKind(r.catalogue),
                label_da=r.label_da,
                label_en=r.label_en,
                group=SignalGroup(r.group) if r.group else None,
                custom=True,
            )
            for r in rows
        ]

    def add(self, item: CatalogueItem) -> None:
        if self._session.get(CatalogueItemRow, item.key) is None:
            self._session.add(
                CatalogueItemRow(
                    key=item.key,
                    catalogue=item.catalogue.value,
                    label_da=item.label_da,
                    label_en=item.label_en,
                    group=item.group.value if item.group else None,
                )
            )


# --- sparring, 1:1s, WHO-5 ----------------------------------------------------------


def _topic_from_row(r: SparringTopicRow) -> SparringTopic:
    return SparringTopic(
        id=r.id,
        raised_on=r.raised_on,
        situation=r.situation,
        with_whom=r.with_whom,
        notes=r.notes,
        status=TopicStatus(r.status),
        resolved_on=r.resolved_on,
    )


class SparringRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[SparringTopic]:
        query = select(SparringTopicRow).order_by(
            SparringTopicRow.raised_on.desc(), SparringTopicRow.id.desc()
        )
        return [_topic_from_row(r) for r in self._session.scalars(query)]

    def get(self, topic_id: int) -> SparringTopic | None:
        row = self._session.get(SparringTopicRow, topic_id)
        return _topic_from_row(row) if row else None

    def save(self, topic: SparringTopic) -> SparringTopic:
        row = self._session.get(SparringTopicRow, topic.id) if topic.id is not None else None
        if row is None:
            row = SparringTopicRow()
            self._session.add(row)
        row.raised_on = topic.raised_on
        row.situation = topic.situation
        row.with_whom = topic.with_whom
        row.notes = topic.notes
        row.status = topic.status.value
        row.resolved_on = topic.resolved_on
        self._session.flush()
        search.index_document(self._session, "sparring", row.id, topic.raised_on, topic.notes)
        return _topic_from_row(row)


def _meeting_from_row(r: OneOnOneRow) -> OneOnOne:
    return OneOnOne(
        id=r.id,
        held_on=r.held_on,
        with_whom=r.with_whom,
        agenda=tuple(a.text for a in r.agenda),
        notes=r.notes,
        actions=tuple(ActionItem(a.text, a.done) for a in r.actions),
    )


class OneOnOneRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[OneOnOne]:
        query = select(OneOnOneRow).order_by(OneOnOneRow.held_on.desc(), OneOnOneRow.id.desc())
        return [_meeting_from_row(r) for r in self._session.scalars(query)]

    def get(self, meeting_id: int) -> OneOnOne | None:
        row = self._session.get(OneOnOneRow, meeting_id)
        return _meeting_from_row(row) if row else None

    def save(self, meeting: OneOnOne) -> OneOnOne:
        row = self._session.get(OneOnOneRow, meeting.id) if meeting.id is not None else None
        if row is None:
            row = OneOnOneRow()
            self._session.add(row)
        row.held_on = meeting.held_on
        row.with_whom = meeting.with_whom
        row.notes = meeting.notes
        row.agenda = [AgendaItemRow(position=i, text=t) for i, t in enumerate(meeting.agenda)]
        row.actions = [
            ActionItemRow(position=i, text=a.text, done=a.done)
            for i, a in enumerate(meeting.actions)
        ]
        self._session.flush()
        search.index_document(
            self._session, "one_on_one", row.id, meeting.held_on, meeting_search_text(meeting)
        )
        return _meeting_from_row(row)

    def delete(self, meeting_id: int) -> None:
        row = self._session.get(OneOnOneRow, meeting_id)
        if row is not None:
            self._session.delete(row)
            search.remove_document(self._session, "one_on_one", meeting_id)


class Who5Repository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Who5CheckIn]:
        rows = self._session.scalars(select(Who5Row).order_by(Who5Row.taken_on))
        return [Who5CheckIn(r.taken_on, (r.a1, r.a2, r.a3, r.a4, r.a5)) for r in rows]

    def save(self, checkin: Who5CheckIn) -> None:
        """One check-in per date: a second one on the same date replaces the first."""
        row = self._session.scalar(select(Who5Row).where(Who5Row.taken_on == checkin.taken_on))
        if row is None:
            row = Who5Row(taken_on=checkin.taken_on)
            self._session.add(row)
        row.a1, row.a2, row.a3, row.a4, row.a5 = checkin.answers


# --- the consent log ------------------------------------------------------------------


def _export_from_row(r: ExportLogRow) -> ExportRecord:
    return ExportRecord(
        id=r.id,
        made_at=r.made_at,
        kind=r.kind,
        format=r.format,
        period_start=r.period_start,
        period_end=r.period_end,
        sections=tuple(str(s) for s in json.loads(r.sections)),
        reflection_days=tuple(date.fromisoformat(d) for d in json.loads(r.reflection_days)),
    )


class ExportLogRepository:
    """Append-only: an entry, once made, is never changed or removed here."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[ExportRecord]:
        """Newest first."""
        query = select(ExportLogRow).order_by(ExportLogRow.made_at.desc(), ExportLogRow.id.desc())
        return [_export_from_row(r) for r in self._session.scalars(query)]

    def add(self, record: ExportRecord) -> ExportRecord:
        row = ExportLogRow(
            made_at=record.made_at,
            kind=record.kind,
            format=record.format,
            period_start=record.period_start,
            period_end=record.period_end,
            sections=json.dumps(list(record.sections)),
            reflection_days=json.dumps(sorted(d.isoformat() for d in record.reflection_days)),
        )
        self._session.add(row)
        self._session.flush()
        return _export_from_row(row)


# --- settings ------------------------------------------------------------------------


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def load(self) -> Settings:
        values = {r.key: json.loads(r.value) for r in self._session.scalars(select(SettingRow))}
        return settings_from_values(values)

    def save(self, settings: Settings) -> None:
        values: dict[str, object] = {
            "weekly_hours_norm": settings.weekly_hours_norm,
            "leadership_target_percent": settings.leadership_target_percent,
            "reminder_time": _time_text(settings.reminder_time),
            "language": settings.language.value,
            "auto_lock_minutes": settings.auto_lock_minutes,
        }
        for key, value in values.items():
            row = self._session.get(SettingRow, key)
            if row is None:
                self._session.add(SettingRow(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)

    # The calendar's settings (issue #16) sit under one key of their own: they are this
    # machine's (file paths) and are not part of ``Settings``, which an export carries.
    def load_calendar(self) -> CalendarSettings:
        row = self._session.get(SettingRow, CALENDAR_KEY)
        if row is None:
            return CalendarSettings()
        value = json.loads(row.value)
        rules = value.get("rules")
        return CalendarSettings(
            files=tuple(str(path) for path in value.get("files", ())),
            addresses=tuple(str(address) for address in value.get("addresses", ())),
            rules=DEFAULT_RULES
            if rules is None
            else tuple(KeywordRule(str(r["keyword"]), str(r["category"])) for r in rules),
        )

    def save_calendar(self, calendar: CalendarSettings) -> None:
        value = json.dumps(
            {
                "files": list(calendar.files),
                "addresses": list(calendar.addresses),
                "rules": [{"keyword": r.keyword, "category": r.category} for r in calendar.rules],
            },
            ensure_ascii=False,
        )
        row = self._session.get(SettingRow, CALENDAR_KEY)
        if row is None:
            self._session.add(SettingRow(key=CALENDAR_KEY, value=value))
        else:
            row.value = value
