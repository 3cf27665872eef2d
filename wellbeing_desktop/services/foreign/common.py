"""What the foreign readers share: their one error, and foreign names made tags.

Our tags are 1 to 50 letters, digits, ``-`` or ``_`` (``domain/validation.py``), compared
without case. ``as_tag`` lowercases a foreign name and turns every run of other characters
(spaces, ``/``, ``:``, ``&``, emoji …) into one ``-``: ``Gode samtaler`` -> ``gode-samtaler``,
``work/1on1`` -> ``work-1on1``. A name with no letter or digit at all (an emoji) is no tag.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import Message, WellbeingError
from wellbeing_desktop.domain.validation import MAX_TAG
from wellbeing_desktop.services import messages as msg

if TYPE_CHECKING:
    from collections.abc import Iterable


class ForeignFileError(WellbeingError):
    """Another app's export cannot be read; one line names the file, the entry and why.

    Every reader raises it (jrnl and Day One with their own ``FOREIGN_`` ids, Daylio and
    Markdown through ``in_file``/``in_entry``), so the import catches this one class.
    """

    @classmethod
    def in_file(cls, path: str, problem: Message) -> ForeignFileError:
        """The file as a whole is wrong (not UTF-8, not the format, …)."""
        return cls(msg.FOREIGN_BAD_FILE, path=path, problem=problem)

    @classmethod
    def in_entry(cls, path: str, n: int, line: int, problem: Message) -> ForeignFileError:
        """Entry ``n`` (1 = the first), starting on ``line`` of the file, is wrong."""
        return cls(msg.FOREIGN_BAD_ENTRY, path=path, n=n, line=line, problem=problem)


def as_tag(name: str) -> str | None:
    """``name`` as one of our tags, or None when nothing of it can be a tag."""
    kept = "".join(ch if ch.isalnum() or ch == "_" else "-" for ch in name.lower())
    tag = re.sub(r"[-_]*-[-_]*", "-", kept).strip("-_")
    tag = tag[:MAX_TAG].rstrip("-_")
    return tag if any(ch.isalnum() for ch in tag) else None


def unique_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """``tags`` in their order, each once (our tags are compared without case)."""
    seen: dict[str, str] = {}
    for tag in tags:
        seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def clipped(value: str, limit: int = 24) -> str:
    """A short field value (a date, a time) as a message shows it: quoted, cut."""
    value = " ".join(value.split())
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


def holds_block(text: str, block: str) -> bool:
    """Whether ``text`` holds ``block`` as a whole block (not inside a word or paragraph).

    All of it, or bounded on each side by the start or the end of ``text`` or by a blank
    line.
    """
    block = block.strip()
    start = text.find(block) if block else -1
    while start >= 0:
        end = start + len(block)
        if _bounded(text, start, -1) and _bounded(text, end, 1):
            return True
        start = text.find(block, start + 1)
    return False


def _bounded(text: str, at: int, step: int) -> bool:
    """Whether the white space at a block's end (``step`` 1) or start (-1) bounds it.

    It does when it reaches the end (start) of ``text`` or holds a blank line (two line
    breaks).
    """
    breaks = 0
    i = at if step > 0 else at - 1
    while 0 <= i < len(text) and text[i].isspace():
        breaks += text[i] == "\n"
        i += step
    return breaks >= 2 or not 0 <= i < len(text)
