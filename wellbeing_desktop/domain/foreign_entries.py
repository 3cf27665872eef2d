"""An entry of another journal app, as the import reads it (issue #19)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time  # noqa: TC003 (the dataclass's field types)
from enum import StrEnum

from wellbeing_desktop.domain.models import DayLog  # noqa: TC001 (a field type)


class LeftOut(StrEnum):
    """What an import counts and does not take: the names of ``ImportPlan.left_out``.

    The readers count the first nine per entry; the import counts the rest. The CLI and
    the GUI each have words for every member (a test holds them to it).
    """

    PHOTOS = "photos"
    VIDEOS = "videos"
    AUDIO = "audio"
    ATTACHMENTS = "attachments"
    LOCATIONS = "locations"
    WEATHER = "weather"
    ACTIVITIES = "activities"  # Daylio activities that cannot be a tag (only emoji)
    MOODS = "moods"  # Daylio moods that cannot be a tag (only emoji)
    STARS = "stars"  # jrnl's and Day One's starred entries (the star is not kept)
    NOT_DAILY_NOTES = "files not daily notes"  # files of a Markdown folder
    KEPT_FIGURES = "figures kept from the journal"  # days the journal has: its figures stay
    SECOND_FIGURES = "figures of a second note of a day"  # entries after a new day's first
    OTHER_CATEGORIES = "categories this journal does not have"  # minutes under such a key
    OTHER_ITEMS = "items this journal does not have"  # signal, demand and resource keys


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
    left_out: tuple[tuple[str, int], ...] = ()  # ("photos", 2), ("locations", 1), ("stars", 1)
    # The day's figures and share level, only from our own Markdown export (its front
    # matter, docs/markdown-export.md); reflection and tags of it are empty (see text, tags).
    figures: DayLog | None = None
