"""A folder of daily notes in Markdown (Obsidian and the like), read as ``ForeignEntry``.

Which files are daily notes: a ``.md`` (or ``.markdown``) file whose name, without the
suffix, is exactly a date, in any subfolder (hidden ones, such as ``.obsidian`` and
``.trash``, are not looked in):

- ``2026-11-20`` (ISO; always counts),
- ``20-11-2026`` or ``20.11.2026`` (day first, as Danes write it). A name such as
  ``05-11-2026`` reads as a date either way; the folder decides: if some name can only be
  day first (``20-11-2026``), or none can only be month first (``11-20-2026``), names are
  day first; if names only read month first, month first. If the folder holds both, a
  name that reads either way is left out rather than guessed.

Every other file (``Møde med Mette.md``, pictures, a ``2026-11-20 fredag.md``) is left
out and counted, not an error. A note's day has no time of day (``at`` is None); its
``source_id`` is its path in the folder (``Dagbog/2026-11-20.md``).

Tags: those of the front matter (``tags:`` or ``tag:``, as ``[a, b]``, a ``- a`` list, or
``a, b``) and every inline ``#tag`` of the body (a ``#`` at the start or after a space,
followed by a letter, digit, ``_``, ``-`` or ``/``, with at least one that is no digit),
except in fenced code blocks and inline code; a heading's own ``#`` is no tag. Tags are
made ours by ``common.as_tag`` (``#arbejde/1on1`` -> ``arbejde-1on1``). The text is the
body after the front matter, Markdown kept, inline tags left in place.

A day file of our own Markdown export (front matter with ``leader_pulse_export``,
docs/markdown-export.md) is read for a round trip instead: its figures and share level
into ``ForeignEntry.figures`` (``markdown_figures``), its front matter's tags only, and
its body exactly as the reflection was (see ``_our_entry``).
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import Message
from wellbeing_desktop.domain.foreign_entries import ForeignEntry
from wellbeing_desktop.domain.validation import MAX_TAG, MAX_TEXT
from wellbeing_desktop.files import FileTooLargeError, NotRegularFileError, read_regular_limited
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign.common import ForeignFileError, as_tag, unique_tags
from wellbeing_desktop.services.foreign.front_matter import (
    FrontMatterError,
    Value,
    read_front_matter,
    split_front_matter,
)
from wellbeing_desktop.services.foreign.markdown_figures import (
    is_ours,
    read_figures,
    read_own_items,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

SOURCE = "markdown"
SUFFIXES = (".md", ".markdown")
MAX_BYTES = 8 * MAX_TEXT  # a note larger than this cannot be one day's reflection
MAX_FILES = 100_000  # files and folders a folder of notes may hold (its walk stops there)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_FIRST = re.compile(r"(\d{1,2})([-.])(\d{1,2})\2(\d{4})")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).*?\1")
_INLINE_TAG = re.compile(r"(?:^|(?<=\s))#([\w/-]+)")


class MarkdownFolder:
    """The daily notes of a folder (or one note): ``entries()`` yields them, sorted by path.

    After ``entries()`` has run, ``left_out`` holds the files (paths in the folder) that
    are not daily notes.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.left_out: list[str] = []

    def entries(self) -> Iterator[ForeignEntry]:
        """Yield one entry per daily note (see the module for what counts).

        Raises:
            ForeignFileError: the path is no folder or note, or a note cannot be read
                (not UTF-8, too large, its front matter's tags unreadable).
        """
        self.left_out = []
        if self.path.is_file() and self.path.suffix.lower() in SUFFIXES:
            files = [(self.path.name, self.path)]
        elif self.path.is_dir():
            files = sorted(_files(self.path, MAX_FILES))
        else:
            problem = Message(msg.FOREIGN_NOT_A_FOLDER)
            raise ForeignFileError.in_file(self.path.name, problem)
        day_first = _day_first([name for name, _ in files])
        for relative, file in files:
            day = _note_day(file, day_first) if file.suffix.lower() in SUFFIXES else None
            if day is None:
                self.left_out.append(relative)
                continue
            yield _entry(file, relative, day)


def read_markdown(path: str | Path) -> Iterator[ForeignEntry]:
    """Yield the daily notes of a folder (or one note); the files left out are not told."""
    yield from MarkdownFolder(path).entries()


def _files(root: Path, limit: int) -> Iterator[tuple[str, Path]]:
    """The files of ``root`` and its folders (hidden ones passed over); refused past ``limit``.

    A folder of daily notes holds a few thousand; a folder such as ``/usr`` would be walked
    for minutes, so the walk stops at ``limit`` files and folders with one line.
    """
    seen = 0
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        seen += len(subfolders) + len(names)
        if seen > limit:
            problem = Message(msg.FOREIGN_TOO_MANY_FILES, n=limit)
            raise ForeignFileError.in_file(root.name, problem)
        for name in names:
            if not name.startswith("."):
                file = Path(folder) / name
                yield file.relative_to(root).as_posix(), file


def _day_first(relatives: list[str]) -> bool | None:
    """Whether ``NN-NN-YYYY`` names are day first (None: the folder holds both orders)."""
    only_day_first = only_month_first = False
    for relative in relatives:
        found = _DAY_FIRST.fullmatch(_stem(relative))
        if found is None:
            continue
        day_first = _date(found[4], found[3], found[1]) is not None
        month_first = _date(found[4], found[1], found[3]) is not None
        only_day_first |= day_first and not month_first
        only_month_first |= month_first and not day_first
    if only_day_first and only_month_first:
        return None
    return only_day_first or not only_month_first


def _stem(relative: str) -> str:
    name = relative.rsplit("/", 1)[-1]
    return name[: name.rfind(".")] if "." in name else name


def _note_day(file: Path, day_first: bool | None) -> date | None:
    stem = file.name[: -len(file.suffix)]
    if found := _ISO.fullmatch(stem):
        return _date(found[1], found[2], found[3])
    if not (found := _DAY_FIRST.fullmatch(stem)):
        return None
    as_day_first = _date(found[4], found[3], found[1])
    as_month_first = _date(found[4], found[1], found[3])
    if day_first is None:  # both orders in the folder: only a name one way reads
        if as_day_first is None or as_month_first is None or as_day_first == as_month_first:
            return as_day_first or as_month_first
        return None
    return as_day_first if day_first else as_month_first


def _date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _entry(file: Path, relative: str, day: date) -> ForeignEntry:
    """The note ``file``: a regular file only (a FIFO would wait, a device never end)."""
    try:
        text = read_regular_limited(file, MAX_BYTES).decode("utf-8-sig")
    except FileTooLargeError:
        problem = Message(msg.FOREIGN_TOO_BIG, n=MAX_BYTES, chars=MAX_TEXT)
        raise ForeignFileError.in_file(relative, problem) from None
    except NotRegularFileError:
        raise ForeignFileError.in_file(relative, Message(msg.FOREIGN_NOT_REGULAR)) from None
    except UnicodeDecodeError:
        raise ForeignFileError.in_file(relative, Message(msg.FOREIGN_NOT_UTF8)) from None
    except OSError as exc:
        problem = Message(msg.FOREIGN_CANNOT_READ, reason=exc.strerror or type(exc).__name__)
        raise ForeignFileError.in_file(relative, problem) from None
    raw = text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines, body = split_front_matter(text)
    try:
        matter = read_front_matter(lines) if lines is not None else {}
        front_tags = _front_tags(matter, lines or [])
    except FrontMatterError as exc:
        problem = Message(msg.FOREIGN_FRONT_MATTER, n=exc.line)
        raise ForeignFileError.in_file(relative, problem) from None
    if is_ours(matter):
        return _our_entry(raw, matter, relative, day, front_tags)
    named = [*front_tags, *inline_tags(body)]
    return ForeignEntry(
        source=SOURCE,
        source_id=_identity(relative, raw),
        day=day,
        at=None,
        text=body.strip("\n").rstrip(),
        tags=unique_tags(tag for tag in map(as_tag, named) if tag),
    )


def _our_entry(
    raw: str, matter: dict[str, Value], relative: str, day: date, front_tags: list[str]
) -> ForeignEntry:
    r"""A day file of our own Markdown export: its figures, front matter tags, exact body.

    The body is the reflection byte for byte (its ``\r`` kept) with the one newline the
    export adds after it removed. The export writes ``\n`` line ends, so a file whose
    opening line ends in ``\r\n`` was converted by a tool (an editor, git on Windows):
    its line ends are read back as ``\n``. The ``#words`` of the body were no tags in
    the journal it came from (its tags are all in the front matter), so they are not read.
    """
    text = raw.replace("\r\n", "\n") if raw.startswith("---\r\n") else raw
    _, body = split_front_matter(text)
    return ForeignEntry(
        source=SOURCE,
        source_id=_identity(relative, text),
        day=day,
        at=None,
        text=body.removesuffix("\n"),
        tags=unique_tags(tag for tag in map(_our_tag, front_tags) if tag),
        figures=read_figures(matter, day, relative),
        own_items=read_own_items(matter),
    )


def _identity(relative: str, text: str) -> str:
    """A note's id: its path in the folder and a hash of its text (an edit is a new note)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{relative}#{digest}"


def _our_tag(name: str) -> str | None:
    """A tag of our export as it is (case kept), or made one of ours if it is not."""
    if 1 <= len(name) <= MAX_TAG and all(ch.isalnum() or ch in "-_" for ch in name):
        return name
    return as_tag(name)


def _front_tags(matter: dict[str, Value], lines: list[str]) -> list[str]:
    tags: list[str] = []
    for key in ("tags", "tag"):
        if key not in matter:
            continue
        value = matter[key]
        if value is None or isinstance(value, dict):  # a mapping or text: no tags
            starts = [n for n, line in enumerate(lines, start=2) if line.startswith(key)]
            raise FrontMatterError(starts[0] if starts else 1)
        if isinstance(value, str):
            value = [part for part in re.split(r"[,\s]+", value) if part]
        tags.extend(value)
    return tags


def inline_tags(body: str) -> list[str]:
    """The ``#tags`` of a Markdown body, in order (not in code; see the module)."""
    found: list[str] = []
    fence = ""
    for line in body.split("\n"):
        opening = _FENCE.match(line)
        if fence:
            closing = line.strip()
            if closing and set(closing) == {fence[0]} and len(closing) >= len(fence):
                fence = ""  # a closing fence: the fence's signs only, at least as many
            continue
        if opening:
            fence = opening[1]
            continue
        line = _CODE_SPAN.sub(" ", line)
        for name in _INLINE_TAG.findall(line):
            if not name.replace("/", "").replace("-", "").replace("_", "").isdigit():
                found.append(name)
    return found
