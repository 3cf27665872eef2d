"""Mapping between ORM rows and domain entities; repositories never commit."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Table, bindparam, delete, func, insert, select, update

from wellbeing_desktop.domain.models import (
    ActionItem,
    ActivityKind,
    CatalogueItem,
    CatalogueKind,
    Category,
    DayLog,
    ExportRecord,
    Language,
    OneOnOne,
    Settings,
    ShareLevel,
    SignalGroup,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)
from wellbeing_desktop.storage import search
from wellbeing_desktop.storage.orm import (
    ActionItemRow,
    AgendaItemRow,
    CatalogueItemRow,
    CategoryRow,
    DayItemRow,
    DayLogRow,
    DayMinutesRow,
    DayTagRow,
    ExportLogRow,
    OneOnOneRow,
    SettingRow,
    SparringTopicRow,
    Who5Row,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy.orm import Session

_ITEM_FIELDS = {
    CatalogueKind.SIGNAL: "signals",
    CatalogueKind.DEMAND: "demand_items",
    CatalogueKind.RESOURCE: "resource_items",
}


def day_search_text(log: DayLog) -> str:
    return " ".join([log.reflection, *log.tags]).strip()


def meeting_search_text(meeting: OneOnOne) -> str:
    parts = [meeting.with_whom, meeting.notes, *meeting.agenda, *(a.text for a in meeting.actions)]
    return " ".join(p for p in parts if p).strip()


# --- day logs -------------------------------------------------------------------------


def _day_from_row(row: DayLogRow) -> DayLog:
    items: dict[str, list[str]] = {kind: [] for kind in CatalogueKind}
    for item in row.items:
        items[item.catalogue].append(item.item_key)
    return DayLog(
        day=row.day,
        minutes={m.category_key: m.minutes for m in row.minutes},
        hours_worked_minutes=row.hours_worked_minutes,
        stress_step=row.stress_step,
        signals=tuple(items[CatalogueKind.SIGNAL]),
        demands=row.demands,
        resources=row.resources,
        demand_items=tuple(items[CatalogueKind.DEMAND]),
        resource_items=tuple(items[CatalogueKind.RESOURCE]),
        energy=row.energy,
        reflection=row.reflection,
        tags=tuple(t.tag for t in row.tags),
        share=ShareLevel(row.share),
    )


_DAYS = cast("Table", DayLogRow.__table__)
_MINUTES = cast("Table", DayMinutesRow.__table__)
_ITEMS = cast("Table", DayItemRow.__table__)
_TAGS = cast("Table", DayTagRow.__table__)
# The day's own columns besides its key and time stamps, in DayLog's words.
_DAY_COLUMNS = (
    "hours_worked_minutes",
    "stress_step",
    "demands",
    "resources",
    "energy",
    "reflection",
    "share",
)


# Built once: saving a day runs these every time (building a statement costs more than
# running it on a small row).
_SELECT_DAY = select(_DAYS.c.id, *(_DAYS.c[name] for name in _DAY_COLUMNS)).where(
    _DAYS.c.day == bindparam("day")
)
_SELECT_MINUTES = (
    select(_MINUTES.c.category_key, _MINUTES.c.minutes)
    .where(_MINUTES.c.day_log_id == bindparam("day_id"))
    .order_by(_MINUTES.c.category_key)
)
_SELECT_ITEMS = (
    select(_ITEMS.c.catalogue, _ITEMS.c.item_key)
    .where(_ITEMS.c.day_log_id == bindparam("day_id"))
    .order_by(_ITEMS.c.position)
)
_SELECT_TAGS = (
    select(_TAGS.c.tag).where(_TAGS.c.day_log_id == bindparam("day_id")).order_by(_TAGS.c.position)
)
_UPDATE_DAY = update(_DAYS).where(_DAYS.c.id == bindparam("day_id"))
_DELETE_CHILDREN = {
    table: delete(table).where(table.c.day_log_id == bindparam("day_id"))
    for table in (_MINUTES, _ITEMS, _TAGS)
}
_SELECT_CATEGORY_KEYS = select(CategoryRow.key)


def _day_values(log: DayLog) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(log, name) for name in _DAY_COLUMNS}
    values["share"] = log.share.value
    return values


def _child_rows(log: DayLog) -> dict[Table, list[dict[str, Any]]]:
    """The day's rows in each child table (minutes, picked items, tags), without its id."""
    return {
        _MINUTES: [
            {"category_key": key, "minutes": minutes}
            for key, minutes in sorted(log.minutes.items())
        ],
        _ITEMS: [
            {"catalogue": kind.value, "item_key": key, "position": i}
            for kind, field in _ITEM_FIELDS.items()
            for i, key in enumerate(getattr(log, field))
        ],
        _TAGS: [{"tag": tag, "position": i} for i, tag in enumerate(log.tags)],
    }


class DayLogRepository:
    """Days, read and written with plain statements (one day is the hot path of saving:
    the ORM's unit of work cost more than the writes themselves).
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, day: date) -> DayLog | None:
        loaded = self._load(day)
        return loaded[1] if loaded else None

    def _load(self, day: date) -> tuple[int, DayLog] | None:
        """The stored day with its row id, built as ``_day_from_row`` builds it."""
        run = self._session.connection().execute
        found = run(_SELECT_DAY, {"day": day}).first()
        if found is None:
            return None
        day_id = int(found[0])
        stored = dict(zip(_DAY_COLUMNS, found[1:], strict=True))
        minutes = run(_SELECT_MINUTES, {"day_id": day_id}).all()
        items: dict[str, list[str]] = {kind: [] for kind in CatalogueKind}
        for catalogue, key in run(_SELECT_ITEMS, {"day_id": day_id}):
            items[catalogue].append(key)
        tags = run(_SELECT_TAGS, {"day_id": day_id}).scalars()
        log = DayLog(
            day=day,
            minutes={key: value for key, value in minutes},
            hours_worked_minutes=stored["hours_worked_minutes"],
            stress_step=stored["stress_step"],
            signals=tuple(items[CatalogueKind.SIGNAL]),
            demands=stored["demands"],
            resources=stored["resources"],
            demand_items=tuple(items[CatalogueKind.DEMAND]),
            resource_items=tuple(items[CatalogueKind.RESOURCE]),
            energy=stored["energy"],
            reflection=stored["reflection"],
            tags=tuple(tags),
            share=ShareLevel(stored["share"]),
        )
        return day_id, log

    def saved_at(self, day: date) -> datetime | None:
        """When the day was last written (by any program), or None for a new day."""
        query = select(_DAYS.c.updated_at).where(_DAYS.c.day == day)
        found = self._session.connection().execute(query).scalar()
        return found if isinstance(found, datetime) else None

    def between(self, start: date | None = None, end: date | None = None) -> list[DayLog]:
        query = select(DayLogRow).order_by(DayLogRow.day)
        if start is not None:
            query = query.where(DayLogRow.day >= start)
        if end is not None:
            query = query.where(DayLogRow.day <= end)
        return [_day_from_row(r) for r in self._session.scalars(query)]

    def save(self, log: DayLog, *, now: datetime) -> None:
        """Insert or replace the whole day, and its search index entry.

        Only what differs from the stored day is written: the changed columns, a child
        list (minutes, picked items, tags) only when it changed, the search entry only
        when the searchable text did. A day saved unchanged writes nothing.
        """
        # Statements go straight to the connection: write what the session holds first,
        # so the order of writes in the transaction stays the order of the calls.
        self._session.flush()
        run = self._session.connection().execute
        values = _day_values(log)
        loaded = self._load(log.day)
        if loaded is None:
            result = cast(
                "CursorResult[Any]",
                run(insert(_DAYS).values(day=log.day, created_at=now, updated_at=now, **values)),
            )
            day_id = int(result.inserted_primary_key[0])  # type: ignore[index]
            old, old_text = DayLog(day=log.day), None
        else:
            day_id, old = loaded
            if old == log:
                return
            stored = _day_values(old)
            changed = {name: value for name, value in values.items() if stored[name] != value}
            run(_UPDATE_DAY, {"day_id": day_id, "updated_at": now, **changed})
            old_text = day_search_text(old)
        stored_children = _child_rows(old)
        for table, rows in _child_rows(log).items():
            if rows == stored_children[table]:
                continue
            if loaded is not None:
                run(_DELETE_CHILDREN[table], {"day_id": day_id})
            if rows:
                run(insert(table), [{"day_log_id": day_id, **row} for row in rows])
        text = day_search_text(log)
        if text != old_text:
            search.index_document(self._session.connection(), "day", day_id, log.day, text)

    def count(self) -> int:
        return self._session.scalar(select(func.count(DayLogRow.id))) or 0


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
        return set(self._session.connection().execute(_SELECT_CATEGORY_KEYS).scalars())

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
        defaults = Settings()
        reminder = values.get("reminder_time", _time_text(defaults.reminder_time))
        return Settings(
            weekly_hours_norm=float(values.get("weekly_hours_norm", defaults.weekly_hours_norm)),
            leadership_target_percent=int(
                values.get("leadership_target_percent", defaults.leadership_target_percent)
            ),
            reminder_time=time.fromisoformat(reminder) if reminder else None,
            language=Language(values.get("language", defaults.language.value)),
            auto_lock_minutes=int(values.get("auto_lock_minutes", defaults.auto_lock_minutes)),
        )

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


def _time_text(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value else None
