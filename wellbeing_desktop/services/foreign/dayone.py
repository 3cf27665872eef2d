"""Day One's JSON export (``Journal.json``, or the ``.zip`` holding it) as ``ForeignEntry``s.

Day One writes ``{"metadata": {...}, "entries": [...]}``; an entry has ``uuid``,
``creationDate`` (UTC, ``2026-11-20T06:10:12Z``), ``timeZone`` (an IANA name), ``text``
(Markdown with Day One's backslash escapes and ``![](dayone-moment://…)`` references to
its photos), ``tags``, ``starred``, and perhaps ``location``, ``weather``, ``photos``. The
entry's day and time are those of its own time zone (an entry written at 22:30 in New
York is that day's, though it was already the next day in UTC). What our journal cannot
hold is left out and counted: photos and other attachments (a note stays in the text
where each was), places, weather and the star.

An entry's ``source_id`` is its uuid and a hash of its text: an entry edited in Day One
after an import comes again with the next import (its new text after the day's text); an
unchanged one is passed over.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import IO, TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wellbeing_desktop.domain.foreign_entries import ForeignEntry, LeftOut
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign.dayone_text import moments, unescaped
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

SOURCE = "dayone"
_ZIP_MAGIC = b"PK\x03\x04"
_ATTACHMENT_LISTS = (("photos", "photos"), ("videos", "videos"), ("audios", "audio"),
                     ("pdfAttachments", "attachments"))  # fmt: skip
_ID = re.compile(r"[\w-]{1,100}")
# What reading a damaged member of a .zip raises: a wrong checksum (BadZipFile), data that
# does not inflate (zlib.error: one flipped bit is enough), or data that ends too soon.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError)


def read_dayone(
    source: str | Path | IO[bytes], *, name: str | None = None
) -> Iterator[ForeignEntry]:
    """Yield the entries of a Day One JSON export (or a .zip of one), one at a time.

    A .zip is read member by member: each ``.json`` file at its top is one journal
    (Day One writes one per journal exported), in the order of their names.

    Args:
        source: the file's path, or a binary stream of it (a .zip's stream must seek).
        name: the file's name in messages (default: the path's or the stream's name).

    Raises:
        ForeignFileError: the file cannot be read, is not JSON (or a .zip with a journal),
            is not a Day One export, or an entry has a missing or wrong field (the message
            names the entry's number and its uuid).
    """
    shown = file_name(source, name)
    with opened(source, shown) as stream:
        if not _is_zip(stream):
            if shown.casefold().endswith(".zip"):  # named a .zip, but it is none: not JSON either
                raise ForeignFileError(msg.FOREIGN_ZIP_DAMAGED, path=shown)
            yield from _journal(stream, shown)
            return
        try:
            archive = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, OSError):
            raise ForeignFileError(msg.FOREIGN_ZIP_DAMAGED, path=shown) from None
        with archive:
            journals = sorted(
                info.filename
                for info in archive.infolist()
                if not info.is_dir()
                and "/" not in info.filename.strip("/")
                and info.filename.casefold().endswith(".json")
            )
            if not journals:
                raise ForeignFileError(msg.FOREIGN_NO_JSON_IN_ZIP, path=shown)
            for member in journals:
                inside = f"{shown}: {PurePosixPath(member).name}"
                with _member(archive, member, inside) as journal:
                    yield from _journal(journal, inside)


def _is_zip(stream: IO[bytes]) -> bool:
    if not stream.seekable():
        return False
    start = stream.tell()
    head = stream.read(len(_ZIP_MAGIC))
    stream.seek(start)
    return head == _ZIP_MAGIC


@contextlib.contextmanager
def _member(archive: zipfile.ZipFile, member: str, shown: str) -> Iterator[IO[bytes]]:
    try:
        journal = archive.open(member)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError):
        raise ForeignFileError(msg.FOREIGN_ZIP_DAMAGED, path=shown) from None
    with journal:
        yield journal


def _journal(stream: IO[bytes], shown: str) -> Iterator[ForeignEntry]:
    try:
        for index, raw in enumerate(json_entries(stream, name=shown, app="Day One"), start=1):
            yield _entry(raw, shown, index)
    except _DAMAGED:
        raise ForeignFileError(msg.FOREIGN_ZIP_DAMAGED, path=shown) from None


def _entry(raw: object, name: str, index: int) -> ForeignEntry:
    number = str(index)
    if not isinstance(raw, dict):
        raise entry_error(name, number, "entry", msg.FOREIGN_AN_OBJECT)
    uuid = raw.get("uuid")
    if uuid is None:
        raise entry_error(name, number, "uuid", msg.FOREIGN_A_TEXT, missing=True)
    if not isinstance(uuid, str) or _ID.fullmatch(uuid) is None:
        raise entry_error(name, number, "uuid", msg.FOREIGN_A_TEXT)
    number = f"{index} ({uuid})"
    local = _local_time(raw, name, number)
    text = raw.get("text", "")
    if not isinstance(text, str):
        raise entry_error(name, number, "text", msg.FOREIGN_A_TEXT)
    raw_text = text
    text, found = moments(unescaped(text))
    tags = raw.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise entry_error(name, number, "tags", msg.FOREIGN_A_LIST_OF_TAGS)
    starred = raw.get("starred", False)
    if not isinstance(starred, bool):
        raise entry_error(name, number, "starred", msg.FOREIGN_TRUE_OR_FALSE)
    return ForeignEntry(
        source=SOURCE,
        source_id=_source_id(uuid, raw_text),
        day=local.date(),
        at=None if raw.get("isAllDay") is True else local.time(),
        text=text.strip("\n"),
        tags=our_tags(tags),
        starred=starred,
        left_out=_left_out(raw, found, starred=starred),
    )


def _source_id(uuid: str, text: str) -> str:
    """The entry's uuid and a hash of its text as Day One wrote it.

    An entry edited in Day One since the last import comes again (its new text); an
    unchanged one does not.
    """
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"{uuid}:{digest}"


def _local_time(raw: dict[str, object], name: str, number: str) -> datetime:
    created = raw.get("creationDate")
    if created is None:
        raise entry_error(name, number, "creationDate", msg.FOREIGN_A_UTC_TIME, missing=True)
    try:
        if not isinstance(created, str):
            raise ValueError(created)
        moment = datetime.fromisoformat(created)
    except ValueError:
        raise entry_error(name, number, "creationDate", msg.FOREIGN_A_UTC_TIME) from None
    if moment.tzinfo is None:
        raise entry_error(name, number, "creationDate", msg.FOREIGN_A_UTC_TIME)
    # An entry without a time zone (none seen in a real export) is read in UTC, as stored.
    zone_name = raw.get("timeZone") or "UTC"
    try:
        if not isinstance(zone_name, str):
            raise ValueError(zone_name)
        zone = ZoneInfo(zone_name)
    except (ValueError, OSError, ZoneInfoNotFoundError):
        raise entry_error(name, number, "timeZone", msg.FOREIGN_A_TIME_ZONE) from None
    return moment.astimezone(UTC).astimezone(zone).replace(tzinfo=None, microsecond=0)


def _left_out(
    raw: dict[str, object], found: dict[str, int], *, starred: bool
) -> tuple[tuple[str, int], ...]:
    counts = dict(found)
    for field, kind in _ATTACHMENT_LISTS:
        listed = raw.get(field)
        if isinstance(listed, list):
            counts[kind] = max(counts.get(kind, 0), len(listed))
    if raw.get("location"):
        counts["locations"] = 1
    if raw.get("weather"):
        counts["weather"] = 1
    counts[LeftOut.STARS] = int(starred)
    return tuple((kind, n) for kind, n in counts.items() if n > 0)
