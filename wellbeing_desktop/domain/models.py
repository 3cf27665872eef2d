"""Entities of the journal: plain, immutable values that every layer passes around."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from wellbeing_desktop.domain.language import Language as Language


class ActivityKind(StrEnum):
    """What a slice of the day counts as; the headline figure is the leadership share."""

    OPERATIONS = "operations"
    LEADERSHIP = "leadership"
    OWN_WORK = "own_work"


class ShareLevel(StrEnum):
    """Who a day's reflection may be shown to. Private unless the user says otherwise."""

    PRIVATE = "private"
    ONE_ON_ONE = "one-on-one"
    COACH = "coach"


class CatalogueKind(StrEnum):
    """The three pick lists a day can draw items from."""

    SIGNAL = "signal"
    DEMAND = "demand"
    RESOURCE = "resource"


class SignalGroup(StrEnum):
    """How stress signals are grouped on screen (domain notes §1.3), plus the user's own."""

    BODILY = "bodily"
    EMOTIONAL = "emotional"
    COGNITIVE = "cognitive"
    BEHAVIOURAL = "behavioural"
    OWN = "own"


class TopicStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


@dataclass(frozen=True, slots=True)
class Category:
    """An activity category the day's minutes are logged against."""

    key: str
    name_da: str
    name_en: str
    kind: ActivityKind
    position: int = 0

    def name(self, language: Language) -> str:
        return self.name_da if language is Language.DANISH else self.name_en


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    """One entry of a pick list: a stress signal, a demand or a resource."""

    key: str
    catalogue: CatalogueKind
    label_da: str
    label_en: str
    group: SignalGroup | None = None  # only signals have a group
    custom: bool = False

    def label(self, language: Language) -> str:
        return self.label_da if language is Language.DANISH else self.label_en


@dataclass(frozen=True, slots=True)
class DayLog:
    """Everything logged about one calendar date. Every part is optional."""

    day: date
    minutes: dict[str, int] = field(default_factory=dict)  # category key -> minutes
    hours_worked_minutes: int | None = None
    stress_step: int | None = None  # 1 (temperate) .. 5 (burned out)
    signals: tuple[str, ...] = ()  # catalogue keys
    demands: int | None = None  # 0..10
    resources: int | None = None  # 0..10
    demand_items: tuple[str, ...] = ()
    resource_items: tuple[str, ...] = ()
    energy: int | None = None  # 1..5
    reflection: str = ""
    tags: tuple[str, ...] = ()
    share: ShareLevel = ShareLevel.PRIVATE

    @property
    def logged_minutes(self) -> int:
        return sum(self.minutes.values())

    def with_changes(self, changes: DayChanges) -> DayLog:
        """This day with the given changes applied; fields that were not given are kept."""
        updates: dict[str, object] = {
            f.name: getattr(changes, f.name)
            for f in dataclasses.fields(changes)
            if f.name != "minutes" and getattr(changes, f.name) is not None
        }
        if changes.minutes:
            updates["minutes"] = {**self.minutes, **changes.minutes}
        return dataclasses.replace(self, **updates)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class DayChanges:
    """A partial update of a day: ``None`` (or an empty ``minutes``) means "leave as it is"."""

    minutes: dict[str, int] = field(default_factory=dict)
    hours_worked_minutes: int | None = None
    stress_step: int | None = None
    signals: tuple[str, ...] | None = None
    demands: int | None = None
    resources: int | None = None
    demand_items: tuple[str, ...] | None = None
    resource_items: tuple[str, ...] | None = None
    energy: int | None = None
    reflection: str | None = None
    tags: tuple[str, ...] | None = None
    share: ShareLevel | None = None


@dataclass(frozen=True, slots=True)
class SparringTopic:
    """A situation the leader wants (or got) sparring on, with whom and how it went."""

    raised_on: date
    situation: str  # key from SPARRING_SITUATIONS
    with_whom: str  # key from SPARRING_PARTNERS
    notes: str = ""
    status: TopicStatus = TopicStatus.OPEN
    resolved_on: date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ActionItem:
    text: str
    done: bool = False


@dataclass(frozen=True, slots=True)
class OneOnOne:
    """A 1:1 meeting with one's own leader (or someone else): agenda, notes and actions."""

    held_on: date
    with_whom: str
    agenda: tuple[str, ...] = ()
    notes: str = ""
    actions: tuple[ActionItem, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Who5CheckIn:
    """A WHO-5 Well-Being Index check-in: five answers 0..5 about the last two weeks."""

    taken_on: date
    answers: tuple[int, int, int, int, int]

    @property
    def raw_score(self) -> int:
        return sum(self.answers)

    @property
    def score(self) -> int:
        """The 0..100 score: the raw sum times four (domain notes §3.3)."""
        return self.raw_score * 4


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One entry of the consent log: what left the app, when, and in which form.

    It names the kind, period, sections and the days whose reflections were included;
    it never holds the exported text itself.

    Attributes:
        made_at: when the file was written (local time).
        kind: ``one-on-one``, ``coach``, ``json``, ``csv``, ``xlsx``, ``pulse`` (a
            leader's pulse for the leader group, issue #18) or ``leader-group`` (the group
            picture's report).
        format: ``pdf``, ``md``, ``html``, ``json``, ``csv``, ``xlsx`` or ``pulse`` (the
            sealed pulse file).
        period_start, period_end: the period exported (``None``: open-ended).
        sections: the report sections included (``Section`` values), if any.
        reflection_days: the days whose reflection text left the app; for a 1:1
            preparation (whose files never carry reflection text) the days it names.
    """

    made_at: datetime
    kind: str
    format: str
    period_start: date | None
    period_end: date | None
    sections: tuple[str, ...] = ()
    reflection_days: tuple[date, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """The user's preferences that belong to the journal (and so travel with it)."""

    weekly_hours_norm: float = 37.0
    leadership_target_percent: int = 40
    reminder_time: time | None = time(17, 0)
    language: Language = Language.DANISH
    auto_lock_minutes: int = 10  # 0 turns auto-lock off


@dataclass(frozen=True, slots=True)
class JournalContent:
    """Everything a journal holds, as plain values: what export writes and import reads."""

    settings: Settings = field(default_factory=Settings)
    categories: tuple[Category, ...] = ()
    own_items: tuple[CatalogueItem, ...] = ()
    days: tuple[DayLog, ...] = ()
    sparring_topics: tuple[SparringTopic, ...] = ()
    one_on_ones: tuple[OneOnOne, ...] = ()
    who5: tuple[Who5CheckIn, ...] = ()
    # The consent log (what left the journal, never the text), oldest first.
    export_log: tuple[ExportRecord, ...] = ()


# Fields that hold a set of picks: when both sides changed one, the picks of both are kept.
_PICK_FIELDS = frozenset({"tags", "signals", "demand_items", "resource_items"})


@dataclass(frozen=True, slots=True)
class DayMerge:
    """A day as saved (by a three-way merge), where both sides had changed a field.

    ``both_changed`` names (``DayLog`` field names, ``minutes`` for any category) the
    fields the user and another program both changed, to different values; ``kept_both``
    is true when the reflection holds both texts (the other one under a marked line).
    ``hours_raised_from`` is the day's hours worked before the save raised them to cover
    the categories' time (``validation.settle_hours_worked``), None if they were kept.
    """

    day: DayLog
    both_changed: tuple[str, ...] = ()
    kept_both: bool = False
    hours_raised_from: int | None = None


def saved_elsewhere_line(at: datetime, language: Language) -> str:
    """The line above a reflection text another program saved, in the journal's language."""
    if language is Language.DANISH:
        return f"— Gemt et andet sted kl. {at:%H.%M} —"
    return f"— Saved elsewhere at {at:%H:%M} —"


def merge_day_edit(
    base: DayLog, edited: DayLog, current: DayLog, *, saved_elsewhere: str
) -> DayMerge:
    """Three-way merge of one day.

    Three-way merge of one day: what the user changed since ``base`` wins, the rest
    keeps ``current`` (which another program may have changed meanwhile).

    Where both changed a field to different values nothing either wrote is dropped
    without a word: the reflection keeps both texts (the user's, then ``saved_elsewhere``
    on a line of its own, then the stored one), picks (tags, signals, items) are the
    union, and for numbers, steps and minutes the user's edit wins, named in
    ``both_changed``. When both sides touched the reflection or its share level, it is
    shared with no one unless both chose the same level: text the other program kept
    private stays private, and text the user wrote is not shared by the other's choice.
    Minutes merge per category, so changing one category keeps another's new value.
    """
    updates: dict[str, object] = {}
    both: list[str] = []
    for f in dataclasses.fields(DayLog):
        if f.name in ("day", "minutes"):
            continue
        mine, was, theirs = getattr(edited, f.name), getattr(base, f.name), getattr(current, f.name)
        if mine == was:
            continue  # the user did not touch it: keep what is stored now
        updates[f.name] = mine
        if theirs in (was, mine):
            continue
        both.append(f.name)
        if f.name == "reflection":
            updates[f.name] = _both_texts(mine, theirs, saved_elsewhere)
        elif f.name in _PICK_FIELDS:
            updates[f.name] = tuple(dict.fromkeys((*mine, *theirs)))
    minutes = dict(current.minutes)
    for key in set(base.minutes) | set(edited.minutes):
        if edited.minutes.get(key) != base.minutes.get(key):
            theirs = current.minutes.get(key)
            if theirs not in (base.minutes.get(key), edited.minutes.get(key)):
                both.append("minutes")
            if key in edited.minutes:
                minutes[key] = edited.minutes[key]
            else:
                minutes.pop(key, None)
    kept_both = "reflection" in both
    # Who may read the reflection was chosen by each side for the text that side saw. When
    # both touched the text or its share level, the merged text may hold words the other
    # side chose for another audience (the CLI's private note under the GUI's "coach", or
    # the GUI's new text under the CLI's "coach"): unless both chose the same level, it is
    # shared with no one, and the user is told.
    mine_touched = (edited.reflection, edited.share) != (base.reflection, base.share)
    theirs_touched = (current.reflection, current.share) != (base.reflection, base.share)
    if mine_touched and theirs_touched and edited.share != current.share:
        updates["share"] = ShareLevel.PRIVATE
        both.append("share")  # one side's choice was set aside: Today names it
    merged = dataclasses.replace(current, minutes=minutes, **updates)  # type: ignore[arg-type]
    return DayMerge(merged, tuple(dict.fromkeys(both)), kept_both)


def _both_texts(mine: str, theirs: str, line: str) -> str:
    if not theirs.strip():
        return mine  # the other program emptied it: the user's text is all there is
    if not mine.strip():
        return theirs
    return f"{mine.rstrip()}\n\n{line}\n{theirs}"
