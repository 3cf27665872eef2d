"""Import the entries of another journal app (issue #19): detect, plan, run.

``detect_format`` tells the app from the file; ``plan_import`` reads the whole file (so
a malformed one is refused before anything is written) and says what an import would
do, writing nothing; ``run_import`` does it in one committed transaction, or nothing.

The rules: each entry's text is appended to its day's reflection, never replacing it;
several entries of a day go in order of their times, each under a line with its time
("— 08.15 —" in Danish, "— 08:15 —" in English). Tags are added. A new day is private,
unless it is a day file of our own export that says it is shared; a day that was already
there keeps its share level. Text never lands on a shared day unasked: the plan lists
the shared days already in the journal that would get text (``shared_in_journal``) and
the new days that come in shared (``new_shared``), and ``run_import`` refuses both
unless ``shared_confirmed``; a day shared since the plan was made refuses the import, and
so does a file whose entries are not the ones the plan read (``Fingerprint``). An import
into a journal with content makes a backup first (``ImportResult.backup``).

A day file of our own Markdown export brings the day's figures and share level
(``ForeignEntry.figures``) and its reflection exactly: a new day becomes those figures,
from the first of its entries that has them; a day already in the journal keeps its own.
The figures not taken, and the minutes and items under keys this journal does not have
(another journal's own categories and items), are left out and counted in the plan's
``left_out`` (``LeftOut``: kept and second figures, other categories and items);
but an own item the file names with its label is made, in the import's transaction
(``ImportPlan.new_items``, ``JournalKeys.new_items``).

A day whose reflection would pass the length limit is refused, naming the entry. Each
imported entry is remembered by app and id (``import_origins``), so importing the same
file again changes nothing (a Markdown note by its path and text, so an edited note
comes again; a Day One entry by its uuid and text, so an edited entry comes again). A
Markdown note whose text the day's reflection holds already as a whole block, with its
tags (our own export of this journal, imported back), is passed over, counted as already
imported; with some of its tags missing, the tags are added, not the text again.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.day_range import EARLIEST_DAY
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.foreign_entries import LeftOut, time_heading
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.domain.validation import MAX_TEXT
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign.common import (
    ForeignFileError,
    holds_block,
    unique_tags,
)
from wellbeing_desktop.services.foreign.fingerprint import Fingerprint
from wellbeing_desktop.services.foreign.formats import COMMAND as COMMAND
from wellbeing_desktop.services.foreign.formats import ImportFormat as ImportFormat
from wellbeing_desktop.services.foreign.formats import check_kind
from wellbeing_desktop.services.foreign.formats import detect_format as detect_format
from wellbeing_desktop.services.foreign.formats import read_entries as read_entries
from wellbeing_desktop.services.foreign.journal_keys import JournalKeys
from wellbeing_desktop.services.foreign.markdown import SOURCE as MARKDOWN_SOURCE
from wellbeing_desktop.services.foreign.markdown import MarkdownFolder
from wellbeing_desktop.services.journal_import import ImportStopped as ImportStopped
from wellbeing_desktop.services.markdown_pages import reading_page

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from datetime import date

    from wellbeing_desktop.domain.foreign_entries import ForeignEntry
    from wellbeing_desktop.domain.models import CatalogueItem
    from wellbeing_desktop.services.journal import Journal

_BREAK = "\n\n"


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What importing a file would do (nothing is written to make it).

    ``days``: the days that get new text; ``in_journal``: those of them the journal has
    already (with a reflection or only figures: the text goes after what is there);
    ``shared_in_journal``: of those, the ones not private, which keep their level (the
    text is shared with them); ``new_shared``: new days that come in shared (our own
    export's ``share:``); ``entries``: the new entries; ``already_imported``: entries of
    the file that are in the journal already (imported before, twice in the file, or a
    note whose text the day holds); ``tags``: the tags the new entries bring;
    ``left_out``: what the journal cannot hold, with counts (a Markdown folder's "files
    not daily notes" among them); ``new_items``: own signals, demands and resources the
    import makes (named with their labels by our export's day files). ``entries == 0``
    and ``already_imported == 0``: the file holds no entries at all.
    """

    path: Path
    format: ImportFormat
    days: tuple[date, ...]
    entries: int
    tags: tuple[str, ...]
    in_journal: tuple[date, ...]
    shared_in_journal: tuple[date, ...]
    left_out: tuple[tuple[str, int], ...]
    already_imported: int
    per_day: tuple[int, ...] = ()  # new entries of each of ``days`` (for the run)
    new_shared: tuple[date, ...] = ()
    fingerprint: str = ""  # every entry the file held, as read (see ``Fingerprint``)
    until: date | None = None  # the plan's today: entries dated later wait for a later import
    new_items: tuple[CatalogueItem, ...] = ()

    @property
    def shared(self) -> tuple[date, ...]:
        """Every shared day the import would put text on (the ones to confirm)."""
        return tuple(sorted({*self.shared_in_journal, *self.new_shared}))

    @property
    def changes_nothing(self) -> bool:
        """Whether the import would write nothing (all of it is there already)."""
        return self.entries == 0


def plan_import(journal: Journal, path: str | Path, fmt: ImportFormat | None = None) -> ImportPlan:
    """Read the whole export and say what importing it would do; writes nothing.

    Raises:
        ForeignFileError: the file is missing or no regular file (nor a folder), cannot be
            read, is malformed, an entry's date is before ``EARLIEST_DAY``,
            or a day's reflection would grow past the limit (the message names the file
            and the entry).
    """
    path = Path(path)
    check_kind(path)
    fmt = fmt or detect_format(path)
    known = journal.imported_ids(fmt.value)
    today = journal.today()
    logged = {log.day: log for log in journal.days()}
    with_figures: dict[date, DayLog] = {}  # new days whose figures a note of the file gives
    kept: set[date] = set()  # days in the journal whose figures a note does not change
    keys = JournalKeys.of(journal)
    seen: set[str] = set()
    sizes: dict[date, tuple[int, bool]] = {}  # each day's reflection as it grows: see _grown
    per_day: Counter[date] = Counter()
    count = already = 0
    tags: list[str] = []
    left_out: Counter[str] = Counter()
    new_items: list[CatalogueItem] = []
    folder = MarkdownFolder(path) if fmt is ImportFormat.MARKDOWN else None
    entries = folder.entries() if folder else read_entries(path, fmt)
    fingerprint = Fingerprint()
    ours = False  # a day file of our own export seen: its pages for reading are named
    for number, entry in enumerate(entries, start=1):
        fingerprint.add(entry)
        ours = ours or entry.figures is not None
        stored = logged.get(entry.day)
        if entry.source_id in known or entry.source_id in seen or _there(entry, stored):
            already += 1
            continue
        seen.add(entry.source_id)
        if entry.day > today:  # e.g. written in Tokyo, where it is tomorrow already
            left_out[LeftOut.LATER] += 1
            continue
        if not _storable(entry.text):
            raise ForeignFileError(msg.FOREIGN_BAD_TEXT, path=path.name, entry=str(number))
        if entry.day < EARLIEST_DAY:
            raise ForeignFileError(
                msg.FOREIGN_EARLY_DAY,
                path=path.name,
                entry=str(number),
                day=entry.day.isoformat(),
                earliest=EARLIEST_DAY.isoformat(),
            )
        count += 1
        per_day[entry.day] += 1
        tags.extend(entry.tags)
        for what, n in entry.left_out:
            left_out[what] += n
        if entry.figures is not None:
            if stored is not None:
                kept.add(entry.day)
            elif entry.day in with_figures:
                left_out[LeftOut.SECOND_FIGURES] += 1
            else:
                made = keys.new_items(entry.figures, entry.own_items)
                keys = keys.with_items(made)
                new_items.extend(made)
                with_figures[entry.day], dropped = keys.taken(entry.figures)
                left_out.update(dropped)
        text = stored.reflection if stored else ""
        before = sizes.get(entry.day, (len(text), bool(text.strip())))
        sizes[entry.day] = _grown(before, _block(entry, Language.ENGLISH))
        if sizes[entry.day][0] > MAX_TEXT:
            raise _too_long(path, str(number), entry.day)
    left_out[LeftOut.KEPT_FIGURES] += len(kept)
    for relative in folder.left_out if folder else ():
        left_out[(reading_page(relative) if ours else None) or LeftOut.NOT_DAILY_NOTES] += 1
    days = tuple(sorted(sizes))
    there = tuple(day for day in days if day in logged)
    return ImportPlan(
        path=path,
        format=fmt,
        days=days,
        entries=count,
        tags=tuple(sorted(unique_tags(tags), key=str.casefold)),
        in_journal=there,
        shared_in_journal=tuple(d for d in there if logged[d].share is not ShareLevel.PRIVATE),
        left_out=tuple(sorted((what, n) for what, n in left_out.items() if n)),
        already_imported=already,
        per_day=tuple(per_day[day] for day in days),
        new_shared=tuple(
            day for day in days if day in with_figures and _is_shared(with_figures[day])
        ),
        fingerprint=fingerprint.value,
        until=today,
        new_items=tuple(new_items),
    )


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``run_import`` did: how many entries it imported, and the backup it made first.

    ``backup``: the journal as it was before the import (reason ``before-import``), made
    when the journal had content and the plan wrote something; restoring it undoes the
    import. None when no backup was made (an empty journal, nothing to write).
    """

    imported: int
    backup: Path | None = None


def run_import(
    journal: Journal,
    plan: ImportPlan,
    *,
    shared_confirmed: bool = False,
    stop: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import the planned file: all of it in one committed transaction, or nothing.

    The file is read again, one entry at a time (it is never held in the plan); a day is
    written as soon as its entries are read, in the same transaction, so the memory does
    not grow with the file. Entries imported before, and notes whose text the day holds
    already, are passed over. When the plan writes something into a journal with content,
    a backup (reason ``before-import``) is made first. Returns how many entries were
    imported, and that backup.

    ``shared_confirmed``: the user said yes to the plan's shared days (``plan.shared``);
    without it a plan with shared days is refused. A day that would be shared but is not
    among them (shared since the plan was made) refuses the whole import. The entries
    read now must be the ones the plan read (``Fingerprint``): a file changed since the
    preview refuses the whole import.

    ``stop`` (the journal is locking) is asked between days and before the commit; when
    it says so nothing is written and ``ImportStopped`` is raised. Once the commit has
    begun the import finishes.

    Raises:
        ImportStopped: ``stop`` said so before the commit; nothing was written.
        WellbeingError: shared days not confirmed, or a day shared since the plan.
        ForeignFileError: the file changed since the plan, is malformed (now), or a day
            would grow too long.
        ValidationError: a day breaks a rule of a saved day (a day in the future).
    """
    if plan.shared and not shared_confirmed:
        raise WellbeingError(msg.IMPORT_SHARED_NOT_CONFIRMED, day=plan.shared[0].isoformat())
    confirmed = frozenset(plan.shared) if shared_confirmed else frozenset()
    language = journal.settings().language
    known = journal.imported_ids(plan.format.value)
    keys = JournalKeys.of(journal).with_items(plan.new_items)
    numbers: dict[str, int] = {}

    def compose(
        day: date, stored: DayLog | None, entries: Sequence[ForeignEntry]
    ) -> tuple[DayLog, list[ForeignEntry]]:
        ordered = sorted(entries, key=_order(numbers))
        taken = [entry for entry in ordered if not _there(entry, stored)]
        figures = next((entry.figures for entry in taken if entry.figures is not None), None)
        if stored is not None:
            log = stored
        elif figures is not None:
            log = keys.taken(figures)[0]
        else:
            log = DayLog(day=day, share=ShareLevel.PRIVATE)
        if taken and _is_shared(log) and day not in confirmed:
            raise WellbeingError(msg.IMPORT_SHARED_SINCE, day=day.isoformat())
        text = log.reflection
        tags = list(log.tags)
        for entry in taken:
            text = _appended(text, _block(entry, language))
            if len(text) > MAX_TEXT:
                raise _too_long(plan.path, str(numbers[entry.source_id]), day)
            tags.extend(entry.tags)
        return dataclasses.replace(log, reflection=text, tags=unique_tags(tags)), taken

    made = journal.backup_before_import() if plan.entries else None
    stream = _days(plan, known, numbers)
    imported = 0
    try:
        imported = journal.import_entries(
            plan.format.value, stream, compose, stop=stop or _never, new_items=plan.new_items
        )
    except WellbeingError as error:
        if isinstance(error, ValidationError) or error.message.text in _DAY_REFUSALS:
            for _rest in stream:  # a day refused midway: the rest of the file says if it changed
                pass
        raise
    finally:
        if made is not None and not imported:  # nothing written: the backup undoes nothing,
            with contextlib.suppress(OSError):  # and kept it would push out one that does
                made.unlink()
    return ImportResult(imported=imported, backup=made)


# A day refused while the file is still being read (it may be a day the file changed).
_DAY_REFUSALS = (msg.IMPORT_SHARED_SINCE, msg.FOREIGN_TOO_LONG)


def _storable(text: str) -> bool:
    """Whether the journal can keep ``text`` (no NUL, no lone surrogate), as a save checks."""
    try:
        validation.check_text("note", text, max_chars=len(text))
    except ValidationError:
        return False
    return True


def _never() -> bool:
    return False


def _is_shared(log: DayLog) -> bool:
    return log.share is not ShareLevel.PRIVATE


def _there(entry: ForeignEntry, stored: DayLog | None) -> bool:
    """Whether the day holds a Markdown note already (our export of it, imported back).

    The day has the note's tags, and its reflection holds the note's text as a whole
    block (``holds_block``: "Syg" is not held by "Sygefravær"), or the note has no text. A
    note whose text is held but some tags are not is imported: its tags are added, its
    text is not added again (``_appended``). Only notes of a Markdown folder: the entries
    of an app with ids (jrnl, Day One, Daylio) are known by their ids.
    """
    if stored is None or entry.source != MARKDOWN_SOURCE:
        return False
    tags = {tag.casefold() for tag in stored.tags}
    if not all(tag.casefold() in tags for tag in entry.tags):
        return False
    block = _block(entry, Language.ENGLISH)
    if block.strip():
        return holds_block(stored.reflection, block)
    return _appended(stored.reflection, block) == stored.reflection


def _appended(text: str, block: str) -> str:
    """The reflection ``text`` with ``block`` after it (the rule ``_grown`` measures).

    A blank block is added only to an empty reflection (our blank reflection: a new
    day's); a reflection of white space alone is replaced. A block ``text`` holds as a
    whole block already (``holds_block``) is not added again (``_grown`` counts it: the plan
    may count a few characters too many, never too few).
    """
    if not block or (text and not block.strip()) or holds_block(text, block):
        return text
    return f"{text}{_BREAK}{block}" if text.strip() else block


def _grown(size: tuple[int, bool], block: str) -> tuple[int, bool]:
    """``_appended`` measured: (length, whether not blank) of the text, with ``block``."""
    length, filled = size
    if not block or (length and not block.strip()):
        return size
    if filled:
        return length + len(_BREAK) + len(block), True
    return len(block), bool(block.strip())


def _days(
    plan: ImportPlan, known: frozenset[str], numbers: dict[str, int]
) -> Iterator[tuple[date, list[ForeignEntry]]]:
    """The file's entries by day, each day as soon as all its planned entries are read.

    Only the days still waiting for entries are held (an export in order of time holds
    about one), so the import's memory does not grow with the file. Entries imported
    before (``known``) and an entry's repeats are passed over; ``numbers`` gets each
    entry's place. When the whole file is read, its entries must be the plan's (its
    ``fingerprint``), else ``FOREIGN_CHANGED`` is raised before the days the plan did
    not foresee (or whose entries it counted otherwise) are given.
    """
    expected = dict(zip(plan.days, plan.per_day, strict=True))
    waiting: dict[date, list[ForeignEntry]] = defaultdict(list)
    fingerprint = Fingerprint()
    for number, entry in enumerate(read_entries(plan.path, plan.format), start=1):
        fingerprint.add(entry)
        if entry.source_id in numbers or entry.source_id in known:
            continue
        if plan.until is not None and entry.day > plan.until:
            continue  # left out by the plan (LeftOut.LATER), not remembered
        numbers[entry.source_id] = number
        waiting[entry.day].append(entry)
        if len(waiting[entry.day]) >= expected.get(entry.day, 0) > 0:
            yield entry.day, waiting.pop(entry.day)
    if fingerprint.value != plan.fingerprint:
        raise ForeignFileError(msg.FOREIGN_CHANGED, path=plan.path.name)
    yield from sorted(waiting.items())


def _order(numbers: dict[str, int]) -> Callable[[ForeignEntry], tuple[int, str, int]]:
    """A day's entries by their time (those without one first), then the file's order."""

    def key(entry: ForeignEntry) -> tuple[int, str, int]:
        at = "" if entry.at is None else entry.at.isoformat()
        return (0 if entry.at is None else 1, at, numbers[entry.source_id])

    return key


def _block(entry: ForeignEntry, language: Language) -> str:
    """An entry's text as the reflection holds it, under a line with its time if it has one.

    An entry without text (a Daylio mood alone) brings only its tags: no empty heading.
    Our own export's entry (with figures) is the reflection exactly as it was.
    """
    if entry.figures is not None:
        return entry.text
    text = entry.text.strip()
    if entry.at is None or not text:
        return text
    return f"{time_heading(entry.at, language)}\n{text}"


def _too_long(path: Path, entry: str, day: date) -> ForeignFileError:
    return ForeignFileError(
        msg.FOREIGN_TOO_LONG, path=path.name, entry=entry, day=day.isoformat(), chars=MAX_TEXT
    )
