"""Daylio's CSV export, read row by row into ``ForeignEntry`` values (issue #19).

The export's first line names the columns ``full_date,date,weekday,time,mood,activities,
note_title,note`` (exports before Daylio had titles lack ``note_title``; both are read).
One row is one entry; a day may have several. ``time`` is written as the phone was set:
``14:58`` or ``2:58 pm``. Mood and activities become tags, never a measure: the mood as
``mood-<name>`` (our tags allow no ``:``), each activity (separated by ``|``) as a tag of
its own, both made tags by ``common.as_tag``; an activity or mood that cannot be a tag
(only an emoji) is counted in ``left_out`` as ``("activities", n)`` or ``("moods", 1)``.
The title and note become the text: the title in bold on its own line, then the note;
Daylio writes a line break in a note as ``<br>``, which becomes a new line (other markup
is kept as it is).

``source_id`` is a hash of the row's date, time (as read: ``2:58 pm`` and ``14:58`` are
one), title and note, not its mood and activities: the same row in a later export has the
same id, also after a mood or activity was renamed in Daylio (which rewrites every row
with it; the renamed tag is then not added to the days imported before). Two rows alike
in these four are one entry (the import keeps the first).
The file is read as a stream (bounded memory, whatever its size).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from datetime import date, time
from pathlib import Path
from typing import IO, TYPE_CHECKING

from wellbeing_desktop.domain.errors import Message
from wellbeing_desktop.domain.foreign_entries import ForeignEntry, LeftOut
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign.common import (
    ForeignFileError,
    as_tag,
    clipped,
    unique_tags,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

SOURCE = "daylio"
COLUMNS = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
_NEEDED = ("full_date", "time", "mood", "activities", "note")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s*m\.?)?", re.IGNORECASE)


def read_daylio(source: str | Path | IO[bytes]) -> Iterator[ForeignEntry]:
    """Yield the entries of a Daylio CSV export, a path or a binary stream, in file order.

    Raises:
        ForeignFileError: the file is not a Daylio export, or an entry in it is broken
            (the line names the file, the entry and the problem; no text of it).
    """
    if isinstance(source, str | Path):
        try:
            stream = Path(source).open("rb")  # noqa: SIM115 - closed below, after the rows
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            problem = Message(msg.FOREIGN_CANNOT_READ, reason=reason)
            raise ForeignFileError.in_file(Path(source).name, problem) from None
        with stream:
            yield from _read(stream, Path(source).name)
    else:
        yield from _read(source, str(getattr(source, "name", "the Daylio file")))


def _read(stream: IO[bytes], path: str) -> Iterator[ForeignEntry]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.reader(text, strict=True)
    try:
        try:
            header = next(reader, None)
            columns = _columns(header, path)
            n = 0
            line = reader.line_num + 1
            for row in reader:
                if not any(field.strip() for field in row):
                    line = reader.line_num + 1
                    continue  # a blank line (a trailing one, say) is no entry
                n += 1
                if len(row) != len(columns):
                    problem = Message(msg.FOREIGN_FIELD_COUNT, n=len(row), expected=len(columns))
                    raise ForeignFileError.in_entry(path, n, line, problem)
                yield _entry(dict(zip(columns, row, strict=True)), path, n, line)
                line = reader.line_num + 1
        except csv.Error:
            raise ForeignFileError.in_file(path, Message(msg.FOREIGN_NOT_CSV)) from None
        except UnicodeDecodeError:
            raise ForeignFileError.in_file(path, Message(msg.FOREIGN_NOT_UTF8)) from None
    finally:
        text.detach()  # the caller's stream stays open


def _columns(header: list[str] | None, path: str) -> tuple[str, ...]:
    names = tuple(name.strip().lower() for name in header or ())
    if not all(name in names for name in _NEEDED) or len(set(names)) != len(names):
        columns = ",".join(COLUMNS)
        raise ForeignFileError.in_file(path, Message(msg.FOREIGN_NOT_DAYLIO, columns=columns))
    return names


def _entry(row: dict[str, str], path: str, n: int, line: int) -> ForeignEntry:
    try:
        day = date.fromisoformat(row["full_date"].strip())
    except ValueError:
        problem = Message(msg.FOREIGN_BAD_DAY, value=clipped(row["full_date"]))
        raise ForeignFileError.in_entry(path, n, line, problem) from None
    at = _time(row["time"])
    if at is None:
        problem = Message(msg.FOREIGN_BAD_TIME, value=clipped(row["time"]))
        raise ForeignFileError.in_entry(path, n, line, problem)
    mood = row["mood"].strip()
    if not mood:
        raise ForeignFileError.in_entry(path, n, line, Message(msg.FOREIGN_NO_MOOD))
    activities = [name.strip() for name in row["activities"].split("|") if name.strip()]
    activity_tags = [as_tag(name) for name in activities]
    # A mood of emoji only is no tag (not "mood"): it is counted as left out.
    mood_tag = as_tag(f"mood-{mood}") if as_tag(mood) else None
    tags = unique_tags(tag for tag in [mood_tag, *activity_tags] if tag)
    lost = sum(tag is None for tag in activity_tags)
    counts = ((LeftOut.ACTIVITIES, lost), (LeftOut.MOODS, int(mood_tag is None)))
    title = row.get("note_title", "")
    return ForeignEntry(
        source=SOURCE,
        source_id=_source_id(day, at, row, title),
        day=day,
        at=at,
        text=_text(title, row["note"]),
        tags=tags,
        left_out=tuple((what, n) for what, n in counts if n),
    )


def _time(value: str) -> time | None:
    found = _TIME.fullmatch(value.strip())
    if found is None:
        return None
    hour, minute, half = int(found[1]), int(found[2]), (found[3] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _text(title: str, note: str) -> str:
    title = " ".join(_lines(title).split())
    body = _lines(note).strip("\n")
    body = "\n".join(line.rstrip() for line in body.split("\n")).strip()
    if title and body:
        return f"**{title}**\n\n{body}"
    return f"**{title}**" if title else body


def _lines(text: str) -> str:
    return _BREAK.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n"))


def _source_id(day: date, at: time, row: dict[str, str], title: str) -> str:
    # The time as read, not as written: a phone switched from "2:58 pm" to "14:58" between
    # two exports still gives the same ids.
    # Not the mood and activities: renaming one in Daylio rewrites every old row with it.
    parts = (day.isoformat(), at.isoformat(), title, row["note"])
    digest = hashlib.sha256("\x1f".join(part.strip() for part in parts).encode("utf-8"))
    return f"daylio:{digest.hexdigest()[:32]}"
