"""The entries of one JSON export of another journal app, read one at a time.

jrnl and Day One each write one JSON document with a list ``entries`` at its top. The
document is read as a stream of parser events (``ijson``): only the entry being read is
ever built in memory, so the memory an import needs does not grow with the file (a
100 MB export reads like a small one). Anything else at the top (jrnl's tag counts, Day
One's metadata) is passed over without being built.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from pathlib import Path
from typing import IO, TYPE_CHECKING

import ijson

from wellbeing_desktop.domain.errors import Message
from wellbeing_desktop.domain.validation import MAX_TAG
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign.common import ForeignFileError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_CONTAINER_START = ("start_map", "start_array")
_CONTAINER_END = ("end_map", "end_array")
_SPACES = re.compile(r"\s+")


def file_name(source: str | Path | IO[bytes], name: str | None) -> str:
    """The name a message gives the file: ``name``, the path's or the stream's name."""
    if name is not None:
        return name
    if isinstance(source, str | Path):
        return Path(source).name
    stream_name = getattr(source, "name", None)
    return Path(stream_name).name if isinstance(stream_name, str) else "the file"


@contextlib.contextmanager
def opened(source: str | Path | IO[bytes], name: str) -> Iterator[IO[bytes]]:
    """``source`` as an open binary stream (a path is opened and closed again)."""
    if not isinstance(source, str | Path):
        yield source
        return
    try:
        stream = Path(source).open("rb")  # noqa: SIM115 (closed below, after the yield)
    except OSError as error:
        raise ForeignFileError(msg.FOREIGN_NOT_READ, path=name, reason=_reason(error)) from None
    with stream:
        yield stream


def json_entries(stream: IO[bytes], *, name: str, app: str) -> Iterator[object]:
    """Each item of the document's top-level ``entries`` list, built one at a time.

    Raises:
        ForeignFileError: the file is not JSON, or has no ``entries`` list at its top.
    """
    found = False
    read = 0  # entries read so far (a message names the one that is wrong)
    builder: ijson.ObjectBuilder | None = None
    utf8 = _utf8(stream)
    try:
        for prefix, event, value in ijson.parse(utf8, use_float=True):
            if builder is not None:
                builder.event(event, value)
                if prefix == "entries.item" and event in _CONTAINER_END:
                    read += 1
                    yield builder.value
                    builder = None
            elif prefix == "entries.item":
                if event in _CONTAINER_START:
                    builder = ijson.ObjectBuilder()
                    builder.event(event, value)
                else:
                    read += 1
                    yield value
            elif prefix == "entries" and event == "start_array":
                found = True
    except (ijson.JSONError, UnicodeDecodeError):
        # The parser's own words are never shown: they quote the file (journal text). A
        # document that was well formed up to the end of the file was cut short.
        words = msg.FOREIGN_CUT_SHORT if found and utf8.ended else msg.FOREIGN_NOT_JSON
        raise ForeignFileError(words, path=name, n=read + 1) from None
    except OSError as error:
        raise ForeignFileError(msg.FOREIGN_NOT_READ, path=name, reason=_reason(error)) from None
    if not found:
        raise ForeignFileError(msg.FOREIGN_NO_ENTRIES, path=name, app=app)


def entry_error(
    name: str, entry: str, key: str, allowed: str, *, missing: bool = False
) -> ForeignFileError:
    """The error for one field of one entry (``entry``: its number, and its id if any)."""
    return ForeignFileError(
        msg.FOREIGN_ENTRY_MISSING if missing else msg.FOREIGN_ENTRY_WRONG,
        path=name,
        entry=entry,
        key=key,
        allowed=Message(allowed),
    )


def our_tags(raw: Iterable[str]) -> tuple[str, ...]:
    """Another app's tags as our tag rules allow them, each once, in their order.

    A leading tag sign (``@``, ``#``) is dropped; any run of characters a tag may not hold
    (``/``, ``+``, spaces) becomes one ``-``; a tag is cut to the longest allowed; a tag
    that differs from an earlier one only by case is the same tag; an empty one is dropped.
    """
    kept: dict[str, str] = {}
    for tag in raw:
        allowed = "".join(ch if ch.isalnum() or ch in "-_" else " " for ch in tag.lstrip("@#"))
        cleaned = _SPACES.sub("-", allowed.strip())[:MAX_TAG].strip("-")
        if cleaned and cleaned.casefold() not in kept:
            kept[cleaned.casefold()] = cleaned
    return tuple(kept.values())


def _utf8(stream: IO[bytes]) -> _Utf8Stream:
    """``stream`` as UTF-8 without a byte order mark (Windows tools write one, or UTF-16).

    A jrnl export saved with PowerShell's ``>`` is UTF-16 with a byte order mark; one
    saved again by Notepad may be UTF-8 with one. The JSON parser reads only UTF-8.
    """
    head = stream.read(len(codecs.BOM_UTF8))
    if head.startswith(codecs.BOM_UTF8):
        return _Utf8Stream(b"", stream, None)
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return _Utf8Stream(head[len(bom) :], stream, encoding)
    return _Utf8Stream(head, stream, None)


class _Utf8Stream:
    """The bytes read ahead, then the rest of a stream; decoded to UTF-8 if it was UTF-16."""

    def __init__(self, head: bytes, rest: IO[bytes], encoding: str | None) -> None:
        self._rest = rest
        self._decoder = None if encoding is None else codecs.getincrementaldecoder(encoding)()
        self._head = head
        self.ended = False  # the whole stream was read

    def read(self, size: int = -1) -> bytes:
        """Up to about ``size`` bytes (none: the end of the stream)."""
        if size == 0:  # ijson asks for nothing to learn whether the stream gives bytes
            return b""
        while True:
            chunk, self._head = self._head + self._rest.read(size), b""
            self.ended = not chunk
            if self._decoder is None:
                return chunk
            text = self._decoder.decode(chunk, final=not chunk)
            if text or not chunk:
                return text.encode()


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__
