"""What Qt's PDF writer leaves out: subject, keywords, the language and the outline.

``QPdfWriter`` writes the title, author and creator, but no /Subject or /Keywords, no
document language (/Lang in the catalog, which screen readers and text-to-speech use)
and no outline (bookmarks). They are added as an incremental update, as the PDF
standard allows (ISO 32000-1, 7.5.6): the writer's bytes stay as they are, and new
versions of the catalog and the document information dictionary, the outline items, a
cross-reference section and a trailer pointing back to the first one are appended.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A bookmark: a heading, the page (0 = first) and how far down it is, in points."""

    title: str
    page: int
    top: float
    children: tuple[OutlineEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """What to add: subject, keywords, language (BCP 47, e.g. ``da``) and the outline."""

    subject: str
    keywords: str
    language: str
    outline: tuple[OutlineEntry, ...] = ()
    author: str = ""  # set only when given (a printer cannot be told it)


class PdfStructureError(ValueError):
    """The file is not laid out as Qt writes a PDF (a bug, never the user's input)."""


def text_string(text: str) -> bytes:
    """A PDF text string: UTF-16BE with a byte-order mark, written in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _name_value(text: str) -> bytes:
    """A short ASCII string (a language tag) as a PDF literal string."""
    if not re.fullmatch(r"[A-Za-z0-9-]+", text):
        raise ValueError(f"not a language tag: {text!r}")
    return b"(" + text.encode("ascii") + b")"


def _last(pattern: bytes, data: bytes) -> re.Match[bytes]:
    matches = list(re.finditer(pattern, data, re.DOTALL))
    if not matches:
        raise PdfStructureError(f"no {pattern!r} in the PDF")
    return matches[-1]


def _dictionary(data: bytes, number: int) -> bytes:
    """The inside of object ``number``'s dictionary (between ``<<`` and ``>>``)."""
    match = _last(rb"(?<![0-9])%d 0 obj\s*<<(.*?)>>\s*endobj" % number, data)
    return match.group(1)


def _without(inside: bytes, *keys: bytes) -> bytes:
    """The dictionary's inside without these keys (simple values only)."""
    value = rb"(<[^<>]*>|\([^()]*\)|/[^\s/<>\[\]()]+|\d+ \d+ R)"
    for key in keys:
        inside = re.sub(rb"/%s\s*" % key + value, b"", inside)
    return inside


def _reference(inside: bytes, key: bytes) -> int:
    match = re.search(rb"/%s\s+(\d+) 0 R" % key, inside)
    if match is None:
        raise PdfStructureError(f"no /{key.decode()} reference")
    return int(match.group(1))


def _pages(data: bytes, root: bytes) -> list[int]:
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", _dictionary(data, _reference(root, b"Pages")))
    if kids is None:
        raise PdfStructureError("no page list")
    return [int(n) for n in re.findall(rb"(\d+) 0 R", kids.group(1))]


def _flatten(entries: tuple[OutlineEntry, ...]) -> list[tuple[OutlineEntry, int]]:
    """Every entry with its parent's index in this list (-1 for the outline root)."""
    flat: list[tuple[OutlineEntry, int]] = []

    def walk(items: tuple[OutlineEntry, ...], parent: int) -> None:
        for item in items:
            flat.append((item, parent))
            walk(item.children, len(flat) - 1)

    walk(entries, -1)
    return flat


def _outline_objects(
    entries: tuple[OutlineEntry, ...], first: int, pages: list[int], page_height: float
) -> list[bytes]:
    """The outline root (object ``first``) and one object per entry after it."""
    flat = _flatten(entries)
    number = [first + 1 + i for i in range(len(flat))]
    children: dict[int, list[int]] = {}
    for i, (_entry, parent) in enumerate(flat):
        children.setdefault(parent, []).append(i)

    def family(parent: int) -> bytes:
        kids = children.get(parent, [])
        if not kids:
            return b""
        return b"/First %d 0 R /Last %d 0 R /Count %d " % (
            number[kids[0]],
            number[kids[-1]],
            len(kids),
        )

    objects = [b"<< /Type /Outlines " + family(-1) + b">>"]
    for i, (entry, parent) in enumerate(flat):
        siblings = children[parent]
        place = siblings.index(i)
        links = b""
        if place > 0:
            links += b"/Prev %d 0 R " % number[siblings[place - 1]]
        if place < len(siblings) - 1:
            links += b"/Next %d 0 R " % number[siblings[place + 1]]
        owner = first if parent < 0 else number[parent]
        page = pages[min(max(entry.page, 0), len(pages) - 1)]
        top = max(0.0, min(page_height, page_height - entry.top))
        objects.append(
            b"<< /Title "
            + text_string(entry.title)
            + b" /Parent %d 0 R " % owner
            + links
            + family(i)
            + b"/Dest [%d 0 R /XYZ null %.2f null] >>" % (page, top)
        )
    return objects


def require_whole(path: Path) -> None:
    """Raise OSError unless the PDF Qt wrote at ``path`` ends as a PDF ends (``%%EOF``).

    QPdfWriter never reports a failed write: on a full disk it leaves a file cut short,
    which would otherwise be kept (and listed as shared) as if it were the report.
    """
    with path.open("rb") as file:
        file.seek(max(0, file.seek(0, os.SEEK_END) - 1024))
        if b"%%EOF" in file.read():
            return
    full = shutil.disk_usage(path.parent).free < 1024 * 1024
    raise OSError(
        errno.ENOSPC if full else errno.EIO, os.strerror(errno.ENOSPC if full else errno.EIO)
    )


def add_info_or_keep(path: Path, info: PdfInfo, page_height: float) -> bool:
    """:func:`append_info`, or keep the PDF as Qt wrote it when its layout is not understood.

    A later Qt may lay its PDF out differently: the report is then still whole and
    readable, only without the subject, keywords, language and outline. One log line
    says so (no user text: the error names a PDF key, never the report's words).

    Returns:
        Whether the information was added.

    Raises:
        OSError: the file could not be read or written.
    """
    try:
        append_info(path, info, page_height)
    except PdfStructureError as error:
        _log.warning("PDF kept as Qt wrote it, without subject/outline: %s", error)
        return False
    return True


def append_info(path: Path, info: PdfInfo, page_height: float) -> None:
    """Add ``info`` to the PDF Qt wrote at ``path`` (``page_height`` in points).

    Raises:
        OSError: the file could not be read or written.
        PdfStructureError: the file is not as Qt writes a PDF.
    """
    data = path.read_bytes()
    trailer = _last(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)", data)
    inside, previous = trailer.group(1), int(trailer.group(2))
    size_match = re.search(rb"/Size\s+(\d+)", inside)
    if size_match is None:
        raise PdfStructureError("no /Size in the trailer")
    size = int(size_match.group(1))
    root, info_number = _reference(inside, b"Root"), _reference(inside, b"Info")
    catalog = _dictionary(data, root)
    pages = _pages(data, catalog)
    identifier = re.search(rb"/ID\s*\[[^\]]*\]", inside)

    outline_first = size
    new: dict[int, bytes] = {}
    catalog = _without(catalog, b"Lang", b"Outlines", b"PageMode")
    catalog += b"/Lang " + _name_value(info.language) + b"\n"
    if info.outline:
        objects = _outline_objects(info.outline, outline_first, pages, page_height)
        for offset, body in enumerate(objects):
            new[outline_first + offset] = body
        catalog += b"/Outlines %d 0 R\n/PageMode /UseOutlines\n" % outline_first
    new[root] = b"<<" + catalog + b">>"
    described = _without(_dictionary(data, info_number), b"Subject", b"Keywords")
    if info.author:
        described = _without(described, b"Author") + b"/Author " + text_string(info.author) + b"\n"
    described += b"/Subject " + text_string(info.subject) + b"\n"
    described += b"/Keywords " + text_string(info.keywords) + b"\n"
    new[info_number] = b"<<" + described + b">>"

    tail = bytearray(b"\n")
    offsets: dict[int, int] = {}
    for number in sorted(new):
        offsets[number] = len(data) + len(tail)
        tail += b"%d 0 obj\n" % number + new[number] + b"\nendobj\n"
    xref = len(data) + len(tail)
    tail += b"xref\n"
    for number in sorted(offsets):
        tail += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    tail += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d " % (
        max(size, *(n + 1 for n in new)),
        root,
        info_number,
        previous,
    )
    if identifier is not None:
        tail += identifier.group(0) + b" "
    tail += b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    with path.open("ab") as file:
        file.write(tail)
