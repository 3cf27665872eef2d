"""The JSON form of a journal's content: complete and lossless, both ways.

JSON layout, version 2: ``{"format": "leader-pulse-export", "version": 2, "exported_at":
"2026-12-07T17:30:00+01:00", "app_version": "0.1.0", "settings": {…}, "categories": […],
"own_items": […], "days": […], "sparring_topics": […], "one_on_ones": […], "who5": […],
"export_log": […]}``, documented by ``export.schema.json`` beside this module, which an
import checks first (``export_schema``). Dates are ISO strings. Version 1 (no
``exported_at``, ``app_version`` or ``export_log``) is still read. An export, imported
into a new journal and exported again, gives the same file but for ``exported_at``.

Not in the file, on purpose: the calendar settings (this computer's file paths and
address), a day's saved-at times, and the search index (made again from the text).
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, TextIO

from wellbeing_desktop import __version__
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import (
    ActionItem,
    ActivityKind,
    CatalogueItem,
    CatalogueKind,
    Category,
    DayLog,
    ExportRecord,
    JournalContent,
    Language,
    OneOnOne,
    Settings,
    ShareLevel,
    SignalGroup,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)
from wellbeing_desktop.services import export_schema
from wellbeing_desktop.services import messages as msg

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

EXPORT_FORMAT = "leader-pulse-export"
EXPORT_VERSION = 2
READ_VERSIONS = (1, 2)


class ImportFormatError(WellbeingError):
    pass


# --- to JSON ---------------------------------------------------------------------------


def _day_to_json(d: DayLog) -> dict[str, Any]:
    return {
        "date": d.day.isoformat(),
        "minutes": dict(sorted(d.minutes.items())),
        "hours_worked_minutes": d.hours_worked_minutes,
        "stress_step": d.stress_step,
        "signals": list(d.signals),
        "demands": d.demands,
        "resources": d.resources,
        "demand_items": list(d.demand_items),
        "resource_items": list(d.resource_items),
        "energy": d.energy,
        "reflection": d.reflection,
        "tags": list(d.tags),
        "share": d.share.value,
    }


def _record_to_json(r: ExportRecord) -> dict[str, Any]:
    return {
        "made_at": _with_offset(r.made_at),
        "kind": r.kind,
        "format": r.format,
        "period_start": r.period_start.isoformat() if r.period_start else None,
        "period_end": r.period_end.isoformat() if r.period_end else None,
        "sections": list(r.sections),
        "reflection_days": [d.isoformat() for d in sorted(r.reflection_days)],
    }


# Where the days go in the document's text, while the rest is encoded at once: a line of
# its own (two spaces in), which no text in the file can make (JSON escapes its quotes).
_DAYS_PLACE = '\n  "days": "leader-pulse-days-follow"'


def content_to_json(content: JournalContent, *, exported_at: datetime | None = None) -> str:
    """The export's text; ``exported_at`` (local time) stamps it (None: no stamp)."""
    out = io.StringIO()
    write_json(out, content, content.days, exported_at=exported_at)
    return out.getvalue()


def write_json(
    out: TextIO,
    content: JournalContent,
    days: Iterable[DayLog],
    *,
    exported_at: datetime | None = None,
) -> None:
    """Write the export of ``content`` with ``days`` (not ``content.days``) into ``out``.

    Each day is encoded as it comes, so a long journal's days are never all in memory;
    the text is exactly ``json.dumps(document, ensure_ascii=False, indent=2)`` plus a
    line end, the days at their place in it.
    """
    head, tail = _document_text(content, exported_at).split(_DAYS_PLACE, 1)
    out.write(head)
    out.write('\n  "days": [')
    first = True
    for day in days:
        text = json.dumps(_day_to_json(day), ensure_ascii=False, indent=2)
        out.write("\n    " if first else ",\n    ")
        out.write(text.replace("\n", "\n    "))  # a line end in JSON text is structure
        first = False
    out.write("]" if first else "\n  ]")
    out.write(tail)
    out.write("\n")


def _document_text(content: JournalContent, exported_at: datetime | None) -> str:
    """The document but its days, with ``_DAYS_PLACE`` where they go."""
    s = content.settings
    stamp: dict[str, Any] = {}
    if exported_at is not None:
        stamp["exported_at"] = exported_at.astimezone().isoformat(timespec="seconds")
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        **stamp,
        "app_version": __version__,
        "settings": {
            "weekly_hours_norm": s.weekly_hours_norm,
            "leadership_target_percent": s.leadership_target_percent,
            "reminder_time": s.reminder_time.strftime("%H:%M") if s.reminder_time else None,
            "language": s.language.value,
            "auto_lock_minutes": s.auto_lock_minutes,
        },
        "categories": [
            {"key": c.key, "name_da": c.name_da, "name_en": c.name_en, "kind": c.kind.value}
            for c in content.categories
        ],
        "own_items": [
            {
                "key": i.key,
                "catalogue": i.catalogue.value,
                "label_da": i.label_da,
                "label_en": i.label_en,
                "group": i.group.value if i.group else None,
            }
            for i in content.own_items
        ],
        "days": _DAYS_PLACE.split('"')[-2],
        "sparring_topics": [
            {
                "raised_on": t.raised_on.isoformat(),
                "situation": t.situation,
                "with_whom": t.with_whom,
                "status": t.status.value,
                "resolved_on": t.resolved_on.isoformat() if t.resolved_on else None,
                "notes": t.notes,
            }
            for t in content.sparring_topics
        ],
        "one_on_ones": [
            {
                "held_on": m.held_on.isoformat(),
                "with_whom": m.with_whom,
                "agenda": list(m.agenda),
                "notes": m.notes,
                "actions": [{"text": a.text, "done": a.done} for a in m.actions],
            }
            for m in content.one_on_ones
        ],
        "who5": [
            {"taken_on": w.taken_on.isoformat(), "answers": list(w.answers)} for w in content.who5
        ],
        "export_log": [_record_to_json(r) for r in content.export_log],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


# --- from JSON -------------------------------------------------------------------------


def content_from_json(text: str) -> JournalContent:
    """Parse an export; anything malformed raises ImportFormatError naming the place.

    A UTF-8 byte-order mark (as a Windows editor may add) is skipped. The document is
    checked against the export schema first (a refusal names the entry and field).
    """
    try:
        document = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        raise ImportFormatError(msg.NOT_JSON, n=exc.lineno) from None
    except RecursionError:
        # An export is a few levels deep; thousands of nested brackets are not one.
        raise ImportFormatError(msg.NESTED_TOO_DEEPLY) from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ImportFormatError(msg.NOT_AN_EXPORT)
    version = document.get("version")
    if type(version) is not int or version not in READ_VERSIONS:
        shown = str(document.get("version"))[:20]
        raise ImportFormatError(msg.EXPORT_VERSION, code=shown, n=EXPORT_VERSION)
    export_schema.check_document(document)
    where = "settings"
    try:
        settings = _settings(document.get("settings") or {})
        where = "categories"
        categories = tuple(_category(i, c) for i, c in enumerate(document.get("categories", [])))
        where = "own_items"
        own_items = tuple(_own_item(i) for i in document.get("own_items", []))
        where = "days"
        days = tuple(_day(d) for d in document.get("days", []))
        where = "sparring_topics"
        topics = tuple(_topic(t) for t in document.get("sparring_topics", []))
        where = "one_on_ones"
        meetings = tuple(_meeting(m) for m in document.get("one_on_ones", []))
        where = "who5"
        who5 = tuple(_who5(w) for w in document.get("who5", []))
        where = "export_log"
        log = tuple(_record(r) for r in document.get("export_log", []))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ImportFormatError(msg.PART_DAMAGED, code=where) from None
    for name, dates in (("days", [d.day for d in days]), ("who5", [w.taken_on for w in who5])):
        if len(set(dates)) != len(dates):
            raise ImportFormatError(msg.TWO_ENTRIES_FOR_A_DATE, code=name)
    return JournalContent(settings, categories, own_items, days, topics, meetings, who5, log)


def _with_offset(moment: datetime) -> str:
    """A stored local time (naive) with its UTC offset, as ``exported_at`` is written."""
    return moment.astimezone().isoformat()


def _local(moment: datetime) -> datetime:
    """A time as the journal stores it: local and naive (older files have no offset)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _record(r: Mapping[str, Any]) -> ExportRecord:
    start, end = r.get("period_start"), r.get("period_end")
    return ExportRecord(
        made_at=_local(datetime.fromisoformat(_text(r["made_at"]))),
        kind=_text(r["kind"]),
        format=_text(r["format"]),
        period_start=date.fromisoformat(start) if start else None,
        period_end=date.fromisoformat(end) if end else None,
        sections=_strings(r.get("sections", [])),
        reflection_days=tuple(
            date.fromisoformat(d) for d in _strings(r.get("reflection_days", []))
        ),
    )


def _category(i: int, c: Mapping[str, Any]) -> Category:
    return Category(
        _text(c["key"]),
        _text(c["name_da"]),
        _text(c["name_en"]),
        ActivityKind(c["kind"]),
        i,
    )


def _own_item(i: Mapping[str, Any]) -> CatalogueItem:
    return CatalogueItem(
        key=_text(i["key"]),
        catalogue=CatalogueKind(i["catalogue"]),
        label_da=_text(i["label_da"]),
        label_en=_text(i["label_en"]),
        group=SignalGroup(i["group"]) if i.get("group") else None,
        custom=True,
    )


def _topic(t: Mapping[str, Any]) -> SparringTopic:
    return SparringTopic(
        raised_on=date.fromisoformat(t["raised_on"]),
        situation=_text(t["situation"]),
        with_whom=_text(t["with_whom"]),
        notes=_text(t.get("notes", "")),
        status=TopicStatus(t.get("status", "open")),
        resolved_on=date.fromisoformat(t["resolved_on"]) if t.get("resolved_on") else None,
    )


def _meeting(m: Mapping[str, Any]) -> OneOnOne:
    return OneOnOne(
        held_on=date.fromisoformat(m["held_on"]),
        with_whom=_text(m["with_whom"]),
        agenda=_strings(m.get("agenda", [])),
        notes=_text(m.get("notes", "")),
        actions=tuple(
            ActionItem(_text(a["text"]), _flag(a.get("done", False))) for a in m.get("actions", [])
        ),
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _optional_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        # JSON has one kind of number: 60.0 (or 6e1) is the whole number the schema let in.
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected a whole number")
    return value


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _whole(value: object) -> int:
    number = _optional_int(value)
    if number is None:
        raise TypeError("expected a whole number")
    return number


def _strings(values: object) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise TypeError("expected a list")
    return tuple(_text(v) for v in values)


def _day(d: Mapping[str, Any]) -> DayLog:
    minutes = d.get("minutes", {})
    if not isinstance(minutes, dict):
        raise TypeError("minutes")
    return DayLog(
        day=date.fromisoformat(d["date"]),
        minutes={_text(k): _whole(v) for k, v in minutes.items()},
        hours_worked_minutes=_optional_int(d.get("hours_worked_minutes")),
        stress_step=_optional_int(d.get("stress_step")),
        signals=_strings(d.get("signals", [])),
        demands=_optional_int(d.get("demands")),
        resources=_optional_int(d.get("resources")),
        demand_items=_strings(d.get("demand_items", [])),
        resource_items=_strings(d.get("resource_items", [])),
        energy=_optional_int(d.get("energy")),
        reflection=_text(d.get("reflection", "")),
        tags=_strings(d.get("tags", [])),
        share=ShareLevel(d.get("share", "private")),
    )


def _who5(w: Mapping[str, Any]) -> Who5CheckIn:
    answers = tuple(_whole(a) for a in w["answers"])
    if len(answers) != 5:
        raise ValueError("five answers")
    return Who5CheckIn(date.fromisoformat(w["taken_on"]), answers)


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("expected a number")
    try:
        return float(value)
    except OverflowError:
        raise ValueError("a number too large") from None


def _settings(s: Mapping[str, Any]) -> Settings:
    defaults = Settings()
    reminder = s.get("reminder_time", "17:00")
    if reminder is not None and not isinstance(reminder, str):
        raise TypeError("expected a time")
    return Settings(
        weekly_hours_norm=_number(s.get("weekly_hours_norm", defaults.weekly_hours_norm)),
        leadership_target_percent=_whole(
            s.get("leadership_target_percent", defaults.leadership_target_percent)
        ),
        reminder_time=time.fromisoformat(reminder) if reminder else None,
        language=Language(s.get("language", defaults.language.value)),
        auto_lock_minutes=_whole(s.get("auto_lock_minutes", defaults.auto_lock_minutes)),
    )
