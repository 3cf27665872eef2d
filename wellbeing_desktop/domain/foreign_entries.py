"""An entry of another journal app, as the import reads it (issue #19)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time  # noqa: TC003 (the dataclass's field types)
from enum import StrEnum

from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.domain.models import DayLog  # noqa: TC001 (a field type)

# The line an import puts above an entry that has a time: "— 08.15 —" (Danish) or
# "— 08:15 —" (English). Made and recognised here only.
_TIME_HEADING = re.compile(r"— \d{2}[.:]\d{2} —")


def time_heading(at: time, language: Language) -> str:
    """The line above an imported entry of time ``at``: ``— 08.15 —`` / ``— 08:15 —``."""
    separator = "." if language is Language.DANISH else ":"
    return f"— {at.hour:02d}{separator}{at.minute:02d} —"


def is_time_heading(line: str) -> bool:
    """Whether ``line`` (spaces around it aside) is only such a time heading."""
    return _TIME_HEADING.fullmatch(line.strip()) is not None


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
    LATER = "entries dated after today"  # not taken now, nor remembered: a later import brings them
    NOT_DAILY_NOTES = "files not daily notes"  # files of a Markdown folder
    KEPT_FIGURES = "figures kept from the journal"  # days the journal has: its figures stay
    SECOND_FIGURES = "figures of a second note of a day"  # entries after a new day's first
    OTHER_CATEGORIES = "categories this journal does not have"  # minutes under such a key
    OTHER_ITEMS = "items this journal does not have"  # signal, demand and resource keys
    # The pages of our own Markdown export that are for reading (files not daily notes,
    # told apart only in a folder whose day files carry our export's marker):
    MEETING_PAGES = "1:1 pages of our export"
    TOPIC_PAGES = "sparring pages of our export"
    WHO5_PAGE = "WHO-5 page of our export"
    README_PAGE = "read-me of our export"


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
    # The labels of the own signals, demands and resources the figures name, as (key,
    # label) in the file's order (our export's ``own_items``): an import makes those the
    # journal lacks.
    own_items: tuple[tuple[str, str], ...] = ()
