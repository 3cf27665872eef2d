"""The 1:1 agenda as printer-friendly HTML: who, when, the period, the points, the actions.

What is printed is what the sharing rule allows (``services.report_sharing.printable_meeting``):
no reflection text, whatever the agenda holds; the days of the 1:1 reflections are named.
The words around the journal's text (headings, dates) come translated from the caller
(``PrintWords``); every journal word is escaped here. The GUI puts the HTML in a Qt text
document and prints it (ui/one_on_one/one_on_one_printing.py).
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.safe_text import printable_text
from wellbeing_desktop.reports.labels import (
    PRINTED_AGENDA,
    app_name_in,
    kind_keywords,
    kind_subject,
)
from wellbeing_desktop.reports.pdf_info import OutlineEntry, PdfInfo
from wellbeing_desktop.services.report_sharing import printable_meeting

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.domain.models import Language, OneOnOne
    from wellbeing_desktop.reports.pdf_pages import Heading
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem


@dataclass(frozen=True, slots=True)
class PrintWords:
    """The printout's own words, already translated.

    Attributes:
        title: the heading, with ``{who}`` for the person met.
        day: the meeting's day, written out.
        period: the period line ("Period: 1 Nov 2026 – 26 Nov 2026").
        agenda, notes, actions: the section headings.
    """

    title: str
    day: str
    period: str
    agenda: str
    notes: str
    actions: str


def _esc(text: str) -> str:
    return html.escape(printable_text(text), quote=False)


def agenda_html(meeting: OneOnOne, items: Sequence[AgendaDraftItem], words: PrintWords) -> str:
    """Plain, printer-friendly HTML of ``meeting`` with the agenda ``items``."""
    parts = [
        f"<h1>{_esc(words.title.format(who=meeting.with_whom))}</h1>",
        f'<p>{_esc(words.day)}<br/><span style="color:#6b6f76">{_esc(words.period)}</span></p>',
        f"<h2>{_esc(words.agenda)}</h2>",
    ]
    points = [item for item in items if item.text.strip()]
    if points:
        parts.append("<ol>")
        for item in points:
            source = (
                f'<br/><span style="color:#6b6f76; font-size:small">{_esc(item.source)}</span>'
                if item.source
                else ""
            )
            parts.append(f"<li>{_esc(item.text.strip())}{source}</li>")
        parts.append("</ol>")
    if meeting.notes.strip():
        parts.append(f"<h2>{_esc(words.notes)}</h2>")
        for paragraph in meeting.notes.strip().split("\n"):
            parts.append(f"<p>{_esc(paragraph)}</p>")
    if meeting.actions:
        parts.append(f"<h2>{_esc(words.actions)}</h2><ul>")
        for action in meeting.actions:
            box = "☑" if action.done else "☐"
            parts.append(f"<li>{box} {_esc(action.text)}</li>")
        parts.append("</ul>")
    return "\n".join(parts)


def shareable_agenda_html(
    journal: Journal,
    meeting: OneOnOne,
    items: Sequence[AgendaDraftItem],
    start: date,
    end: date,
    language: Language,
    words: PrintWords,
) -> str:
    """The HTML to print: only what the sharing rule lets leave the app, decided now."""
    points = [
        dataclasses.replace(item, text=item.text.strip()) for item in items if item.text.strip()
    ]
    shown, agenda = printable_meeting(journal, meeting, points, start, end, language)
    return agenda_html(shown, agenda, words)


def printed_file_info(
    language: Language,
    start: date,
    end: date,
    drawn: Sequence[Heading],
    scale: tuple[float, float],
) -> PdfInfo:
    """The properties of a printed 1:1 agenda file, as a report's PDF has them.

    ``drawn`` are its headings as ``pdf_pages.print_paged`` drew them; ``scale`` is the
    points per device unit and where (in points) the page's printable area begins.
    """
    points, offset = scale
    return PdfInfo(
        subject=kind_subject(PRINTED_AGENDA, language, start, end),
        keywords=kind_keywords(PRINTED_AGENDA, language),
        language=language.value,
        outline=tuple(OutlineEntry(h.text, h.page, offset + h.top * points) for h in drawn),
        author=app_name_in(language),
    )
