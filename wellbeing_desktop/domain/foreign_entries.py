"""An entry of another journal app, as the import reads it (issue #19)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time  # noqa: TC003 (the dataclass's field types)

from wellbeing_desktop.domain.models import DayLog  # noqa: TC001 (a field type)


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
    # The day's figures and share level, only from our own Markdown export (its front
    # matter, docs/markdown-export.md); reflection and tags of it are empty (see text, tags).
    figures: DayLog | None = None
