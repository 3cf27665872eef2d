"""Entries of other journal apps as the import reads them (issue #19)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date, time


@dataclass(frozen=True, slots=True)
class ForeignEntry:
    """One entry of another journal app, as our import reads it (issue #19)."""

    source: str  # "jrnl" | "dayone" | "daylio" | "markdown"
    source_id: str  # stable across re-imports of the same file (the app's id, or a hash)
    day: date  # the entry's date in its own time zone
    at: time | None  # its local time, if the source has one
    text: str  # title and body as the reflection will hold them (Markdown kept)
    tags: tuple[str, ...]  # tags as our tag rules allow (see domain/validation.py tags)
    starred: bool = False
    left_out: tuple[tuple[str, int], ...] = ()  # ("photos", 2), ("locations", 1), ("weather", 1)
