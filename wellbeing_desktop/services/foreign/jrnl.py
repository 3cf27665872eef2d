"""jrnl's JSON export (``jrnl --format json``, ``--export json``) as ``ForeignEntry``s.

jrnl writes ``{"tags": {...}, "entries": [...]}``; each entry has ``title``, ``body``,
``date`` (``YYYY-MM-DD``), ``time`` (``HH:MM``), ``tags`` (with their sign: ``@møde``) and
``starred``. jrnl keeps the local time the user wrote, so an entry's day is its date as
written. jrnl entries have no id: the id is a hash of the entry, so the same file read
again gives the same ids (and two identical entries in a row are told apart by a count).
The hash is of the date, time, title and body: an entry edited in jrnl comes again with
its new text (the old text stays); a change of its tags or star alone brings nothing. The
star is not kept: it is counted as left out.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, time
from typing import IO, TYPE_CHECKING

from wellbeing_desktop.domain.foreign_entries import ForeignEntry, LeftOut
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign.json_entries import (
    entry_error,
    file_name,
    json_entries,
    opened,
    our_tags,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

SOURCE = "jrnl"


def read_jrnl(source: str | Path | IO[bytes], *, name: str | None = None) -> Iterator[ForeignEntry]:
    """Yield the entries of a jrnl JSON export in the file's order, one at a time.

    Args:
        source: the file's path, or a binary stream of it.
        name: the file's name in messages (default: the path's or the stream's name).

    Raises:
        ForeignFileError: the file cannot be read, is not JSON, is not a jrnl export, or
            an entry has a missing or wrong field (the message names the entry's number).
    """
    shown = file_name(source, name)
    with opened(source, shown) as stream:
        previous = ""
        repeat = 0
        for index, raw in enumerate(json_entries(stream, name=shown, app="jrnl"), start=1):
            entry = _entry(raw, shown, str(index))
            if entry.source_id == previous:
                repeat += 1
            else:
                previous, repeat = entry.source_id, 0
            yield entry if repeat == 0 else _with_id(entry, f"{previous}-{repeat + 1}")


def _entry(raw: object, name: str, number: str) -> ForeignEntry:
    if not isinstance(raw, dict):
        raise entry_error(name, number, "entry", msg.FOREIGN_AN_OBJECT)
    title = _text(raw, "title", name, number)
    body = _text(raw, "body", name, number, default="")
    day = _day(raw, name, number)
    at = _time(raw, name, number)
    tags = raw.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise entry_error(name, number, "tags", msg.FOREIGN_A_LIST_OF_TAGS)
    starred = raw.get("starred", False)
    if not isinstance(starred, bool):
        raise entry_error(name, number, "starred", msg.FOREIGN_TRUE_OR_FALSE)
    # As jrnl's own journal file holds it: the title on the first line, the body below.
    text = f"{title}\n{body}" if body else title
    digest = hashlib.sha256(
        "\x1f".join((day.isoformat(), at.isoformat("minutes"), title, body)).encode()
    ).hexdigest()[:32]
    return ForeignEntry(
        source=SOURCE,
        source_id=f"jrnl-{digest}",
        day=day,
        at=at,
        text=text,
        tags=our_tags(tags),
        starred=starred,
        left_out=((LeftOut.STARS, 1),) if starred else (),
    )


def _text(
    raw: dict[str, object], key: str, name: str, number: str, default: str | None = None
) -> str:
    value = raw.get(key, default)
    if value is None:
        raise entry_error(name, number, key, msg.FOREIGN_A_TEXT, missing=True)
    if not isinstance(value, str):
        raise entry_error(name, number, key, msg.FOREIGN_A_TEXT)
    return value


def _given(raw: dict[str, object], key: str, allowed: str, name: str, number: str) -> str:
    value = raw.get(key)
    if value is None:
        raise entry_error(name, number, key, allowed, missing=True)
    if not isinstance(value, str):
        raise entry_error(name, number, key, allowed)
    return value


def _day(raw: dict[str, object], name: str, number: str) -> date:
    try:
        return date.fromisoformat(_given(raw, "date", msg.FOREIGN_A_DATE, name, number))
    except ValueError:
        raise entry_error(name, number, "date", msg.FOREIGN_A_DATE) from None


def _time(raw: dict[str, object], name: str, number: str) -> time:
    try:
        at = time.fromisoformat(_given(raw, "time", msg.FOREIGN_A_TIME, name, number))
    except ValueError:
        raise entry_error(name, number, "time", msg.FOREIGN_A_TIME) from None
    return at.replace(tzinfo=None)


def _with_id(entry: ForeignEntry, source_id: str) -> ForeignEntry:
    return dataclasses.replace(entry, source_id=source_id)
