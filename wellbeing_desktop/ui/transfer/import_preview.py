"""The import preview's texts: what an ``ImportPlan`` (or our own export) would bring.

Plain functions of the plan and the language, so the dialog only places the lines. Long
lists (hundreds of days) are cut: the first few, then "and 212 more".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.ui.common.locale_format import date_span, locale, short_date
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.transfer import transfer_words as words

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.domain.models import JournalContent, Language
    from wellbeing_desktop.services.foreign_import import ImportPlan
    from wellbeing_desktop.ui.common.translation import Message

_READING_ORDER = (
    LeftOut.MEETING_PAGES,
    LeftOut.TOPIC_PAGES,
    LeftOut.WHO5_PAGE,
    LeftOut.README_PAGE,
)
MAX_DATES = 8  # days named in a list before "and N more"
MAX_TAGS = 12


def counted(pair: tuple[Message, Message], n: int, language: Language) -> str:
    """``1 day`` / ``3 days`` / ``20.000 days`` in ``language`` (its thousand separator)."""
    return tr(pair[0] if n == 1 else pair[1], language).format(n=whole(n, language))


def whole(n: int, language: Language) -> str:
    """``20.000`` (Danish) / ``20,000`` (English)."""
    return locale(language).toString(n)


def cut(items: Sequence[str], limit: int, language: Language) -> str:
    """The first ``limit`` items, comma separated, then "and N more" for the rest."""
    shown = ", ".join(items[:limit])
    rest = len(items) - limit
    if rest <= 0:
        return shown
    return f"{shown} {tr(words.AND_MORE, language).format(n=rest)}"


def dates(days: Sequence[date], language: Language) -> str:
    """The days as short dates (with the year), cut after ``MAX_DATES``."""
    return cut([short_date(day, language) for day in days], MAX_DATES, language)


@dataclass(frozen=True, slots=True)
class PreviewWarning:
    """One warning of the preview: its sentence, and its days when too many for it.

    ``listed``: every day, as short dates, when there are more than ``MAX_DATES`` (the
    sentence then says the list follows); empty when the sentence names them all.
    """

    text: str
    listed: tuple[str, ...] = ()

    def spoken(self) -> str:
        """The sentence and every day it is about (for a screen reader)."""
        return f"{self.text} {', '.join(self.listed)}" if self.listed else self.text


def warning(
    pair: tuple[Message, Message], days: Sequence[date], language: Language
) -> PreviewWarning:
    """The warning ``pair`` (one day / many) about ``days``, naming every one of them."""
    shown = [short_date(day, language) for day in days]
    many = len(shown) > MAX_DATES
    text = tr(pair[0] if len(days) == 1 else pair[1], language).format(
        n=whole(len(days), language),
        dates=tr(words.LISTED_BELOW, language) if many else ", ".join(shown),
    )
    return PreviewWarning(text, tuple(shown) if many else ())


def left_out_text(left_out: Sequence[tuple[str, int]], language: Language) -> str:
    """What the journal cannot hold, with counts; a name without words is shown as it is."""
    parts = []
    for name, n in left_out:
        pair = words.LEFT_OUT_NAMES.get(name)
        if pair is None:
            parts.append(tr(words.LEFT_OUT_OTHER, language).format(name=name, n=n))
        else:
            parts.append(counted(pair, n, language))
    return ", ".join(parts)


def left_out_lines(left_out: Sequence[tuple[str, int]], language: Language) -> str:
    """What the journal cannot hold, then (a line of its own) the figures not taken."""
    cannot = [
        (name, n)
        for name, n in left_out
        if name not in words.NOT_TAKEN and name not in words.READING_PAGES
    ]
    not_taken = [(name, n) for name, n in left_out if name in words.NOT_TAKEN]
    reading = sorted(
        ((name, n) for name, n in left_out if name in words.READING_PAGES),
        key=lambda pair: _READING_ORDER.index(pair[0]),
    )
    lines = []
    if cannot:
        what = left_out_text(cannot, language)
        lines.append(tr(words.PREVIEW_LEFT_OUT, language).format(what=what))
    if not_taken:
        what = left_out_text(not_taken, language)
        lines.append(tr(words.PREVIEW_NOT_TAKEN, language).format(what=what))
    if reading:
        parts = [counted(words.LEFT_OUT_NAMES[name], n, language) for name, n in reading]
        if len(parts) > 1:
            line = tr(words.FOR_READING_LIST, language)
            lines.append(line.format(first=", ".join(parts[:-1]), last=parts[-1]))
        else:
            one = reading[0][1] == 1
            line = tr(words.FOR_READING_ONE if one else words.FOR_READING, language)
            lines.append(line.format(what=parts[0]))
    return "\n".join(lines)


def year_span(first: date, last: date, language: Language) -> str:
    """``20.–24. nov. 2026`` / ``20–24 Nov 2026``: an import may be of years ago."""
    if first.year != last.year:
        return date_span(first, last, language)
    return f"{date_span(first, last, language)} {first.year}"


@dataclass(frozen=True, slots=True)
class PlanTexts:
    """The preview's lines; an empty line is not shown."""

    summary: str
    tags: str
    appended: str
    left_out: str
    already: str
    warnings: tuple[PreviewWarning, ...]
    button: str
    new_items: str = ""  # the own signals, demands and resources the import makes

    @property
    def warning(self) -> str:
        """The warnings as one text, every day named."""
        return " ".join(part.spoken() for part in self.warnings)


def plan_texts(plan: ImportPlan, language: Language) -> PlanTexts:
    """What importing the planned file would do, line by line, in ``language``."""
    entries = counted(words.ENTRIES, plan.entries, language)
    if plan.entries == 0 and plan.already_imported == 0:
        summary = tr(words.NO_ENTRIES, language).format(name=plan.path.name or str(plan.path))
    elif plan.changes_nothing:
        summary = tr(words.NOTHING_NEW, language)
    else:
        span = year_span(plan.days[0], plan.days[-1], language)
        days = counted(words.DAYS, len(plan.days), language)
        summary = tr(words.PREVIEW_ENTRIES, language).format(entries=entries, days=days, span=span)
    tags = ""
    if plan.entries:
        tags = (
            tr(words.PREVIEW_TAGS, language).format(tags=cut(plan.tags, MAX_TAGS, language))
            if plan.tags
            else tr(words.PREVIEW_NO_TAGS, language)
        )
    appended = ""
    if plan.in_journal:
        appended = tr(words.PREVIEW_APPENDED, language).format(
            days=counted(words.DAYS, len(plan.in_journal), language),
            dates=dates(plan.in_journal, language),
        )
    left_out = left_out_lines(plan.left_out, language)
    new_items = ""
    if plan.new_items:  # an own item has one label (the same in both languages)
        labels = cut([item.label(language) for item in plan.new_items], MAX_TAGS, language)
        new_items = tr(words.PREVIEW_NEW_ITEMS, language).format(labels=labels)
    already = ""
    if plan.already_imported:
        already = tr(words.PREVIEW_ALREADY, language).format(
            entries=counted(words.ENTRIES, plan.already_imported, language)
        )
    warnings = []
    if plan.shared_in_journal:
        warnings.append(warning(words.SHARED_WARNING, plan.shared_in_journal, language))
    if plan.new_shared:
        warnings.append(warning(words.NEW_SHARED_WARNING, plan.new_shared, language))
    button = tr(words.IMPORT_N, language).format(entries=entries)
    return PlanTexts(summary, tags, appended, left_out, already, tuple(warnings), button, new_items)


def content_counts(content: JournalContent, language: Language, message: Message) -> str:
    """Our own export's days, 1:1s, sparring topics and WHO-5 check-ins in ``message``."""
    return tr(message, language).format(
        days=counted(words.DAYS, len(content.days), language),
        meetings=counted(words.MEETINGS, len(content.one_on_ones), language),
        topics=counted(words.TOPICS, len(content.sparring_topics), language),
        checkins=counted(words.CHECK_INS, len(content.who5), language),
    )
