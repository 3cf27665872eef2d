"""The domain's checks of an import, each refusal naming the entry and field in the file.

``check_import`` runs the rules every save keeps (``domain.validation``) over what a JSON
export holds, before anything is written, and turns a refusal into one line that names
the place in the file as the schema check does (``export_schema``): ``import:
days[50].reflection (2026-10-22): this value is not allowed; at most 100,000 characters
(this has 100,001). Nothing was imported.`` Free text from the file is never echoed (the
domain's refusal hides it); a key is shown clipped, with non-ASCII escaped.

It also refuses a signal, demand or resource key that is neither built in nor one of the
file's or the journal's own items (``log`` refuses those too), so an import cannot add a
signal no list knows. Hours worked below the categories' time are accepted on import:
journals logged before that rule must still round-trip.
"""

from __future__ import annotations

import contextlib
import json
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.catalogues import DEMANDS, RESOURCES, SIGNALS
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError
from wellbeing_desktop.domain.messages import THIS_VALUE
from wellbeing_desktop.domain.models import CatalogueKind
from wellbeing_desktop.services import messages as msg

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Mapping
    from datetime import date

    from wellbeing_desktop.domain.models import CatalogueItem, DayLog, JournalContent

_SHOWN = 40  # characters of a key shown at most

# The domain's field names (as the CLI's options say them) -> the fields of the file.
_DAY_FIELDS = {
    "date": "date",
    "minutes": "minutes",
    "category": "minutes",
    "hours": "hours_worked_minutes",
    "stress": "stress_step",
    "demands": "demands",
    "resources": "resources",
    "energy": "energy",
    "signal": "signals",
    "demand_item": "demand_items",
    "resource_item": "resource_items",
    "tag": "tags",
    "note": "reflection",
    "share": "share",
}
_SETTINGS_FIELDS = {
    "norm": "weekly_hours_norm",
    "target": "leadership_target_percent",
    "auto-lock": "auto_lock_minutes",
    "reminder": "reminder_time",
    "language": "language",
}
_TOPIC_FIELDS = {
    "date": "raised_on",
    "situation": "situation",
    "with": "with_whom",
    "notes": "notes",
    "status": "status",
    "resolved": "resolved_on",
}
_MEETING_FIELDS = {
    "date": "held_on",
    "with": "with_whom",
    "agenda": "agenda",
    "notes": "notes",
    "action": "actions",
}
_WHO5_FIELDS = {"who5": "answers", "date": "taken_on"}
_RECORD_FIELDS = {"kind": "kind", "format": "format", "from": "period_start"}
_ITEM_FIELDS = {"item": "key"}
_CATEGORY_FIELDS = {"categories": "", "category": "", "kind": ""}

_BUILT_IN: Mapping[CatalogueKind, frozenset[str]] = {
    CatalogueKind.SIGNAL: frozenset(i.key for i in SIGNALS),
    CatalogueKind.DEMAND: frozenset(i.key for i in DEMANDS),
    CatalogueKind.RESOURCE: frozenset(i.key for i in RESOURCES),
}
_PICKED = (
    ("signals", CatalogueKind.SIGNAL, msg.NOT_A_KNOWN_SIGNAL),
    ("demand_items", CatalogueKind.DEMAND, msg.NOT_A_KNOWN_DEMAND),
    ("resource_items", CatalogueKind.RESOURCE, msg.NOT_A_KNOWN_RESOURCE),
)


class ImportEntryError(WellbeingError):
    """An entry of an import breaks a rule; the message names its place in the file."""


def check_import(
    content: JournalContent,
    *,
    today: date,
    category_keys: Collection[str],
    journal_items: Iterable[CatalogueItem],
    fresh: bool,
) -> None:
    """Check everything ``content`` would add, in the file's order; the first breach raises.

    Args:
        content: what the file holds (its tuples in the file's order).
        today: the user's local date.
        category_keys: the categories the days' minutes may name.
        journal_items: the journal's own signals, demands and resources.
        fresh: the journal has no days (its settings and categories are taken over).

    Raises:
        ImportEntryError: one line naming the entry and field, ending "Nothing was imported."
    """
    if fresh:
        with _entry("settings", None, _SETTINGS_FIELDS):
            validation.validate_settings(content.settings)
        if content.categories:
            with _entry("categories", None, _CATEGORY_FIELDS):
                validation.validate_categories(content.categories)
    for i, item in enumerate(content.own_items):
        with _entry(f"own_items[{i}]", None, _ITEM_FIELDS):
            validation.validate_catalogue_item(item)
    known = {kind: set(keys) for kind, keys in _BUILT_IN.items()}
    for item in (*journal_items, *content.own_items):
        known.setdefault(item.catalogue, set()).add(item.key)
    for i, log in enumerate(content.days):
        fields = {**_DAY_FIELDS, **{key: f"minutes.{_shown_key(key)}" for key in log.minutes}}
        with _entry(f"days[{i}]", log.day, fields):
            validation.validate_day_log(log, today=today, category_keys=category_keys)
        _check_picked(i, log, known)
    for i, topic in enumerate(content.sparring_topics):
        with _entry(f"sparring_topics[{i}]", topic.raised_on, _TOPIC_FIELDS):
            validation.validate_sparring_topic(topic, today=today)
    for i, meeting in enumerate(content.one_on_ones):
        with _entry(f"one_on_ones[{i}]", meeting.held_on, _MEETING_FIELDS):
            validation.validate_one_on_one(meeting, today=today)
    for i, checkin in enumerate(content.who5):
        with _entry(f"who5[{i}]", checkin.taken_on, _WHO5_FIELDS):
            validation.validate_who5(checkin, today=today)
    for i, record in enumerate(content.export_log):
        with _entry(f"export_log[{i}]", record.made_at.date(), _RECORD_FIELDS):
            validation.validate_export_record(record)


def _check_picked(index: int, log: DayLog, known: Mapping[CatalogueKind, Collection[str]]) -> None:
    for field, kind, words in _PICKED:
        for n, key in enumerate(getattr(log, field)):
            if key not in known.get(kind, ()):
                place = f"days[{index}].{field}[{n}] ({log.day.isoformat()})"
                raise ImportEntryError(words, field=place, code=_shown_key(key))


@contextlib.contextmanager
def _entry(entry: str, day: date | None, fields: Mapping[str, str]) -> Iterator[None]:
    """A ValidationError inside becomes an ImportEntryError naming the place in the file."""
    try:
        yield
    except ValidationError as exc:
        field = fields.get(exc.field, None)
        place = f"{entry}.{field}" if field else entry
        if day is not None and not (field and field == fields.get("date")):
            place += f" ({day.isoformat()})"
        value: Message | str = Message(THIS_VALUE) if exc.shown is None else exc.shown
        raise ImportEntryError(
            msg.ENTRY_NOT_ALLOWED, field=place, value=value, allowed=exc.allowed_words
        ) from None


def _shown_key(key: str) -> str:
    shown = json.dumps(key, ensure_ascii=True)[1:-1]
    return shown if len(shown) <= _SHOWN else shown[: _SHOWN - 1] + "…"
