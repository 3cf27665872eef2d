"""The 1:1 agenda as a printable document: who, when, the period, the points, the actions.

What is printed is what the sharing rule allows (services.reports.printable_meeting):
no reflection text, whatever the agenda holds; the days of the 1:1 reflections are named.
Printing to a file (Qt's "Print to file", PDF) is an export: the file is written 0600 and
recorded in the consent log as one unit (services/export_files.py), never over a file.
"""

from __future__ import annotations

import errno
import html
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem
from wellbeing_desktop.services.report_sharing import (
    one_on_one_named_days,
    print_record,
    printable_meeting,
)
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.one_on_one.one_on_one_models import AgendaBlock, long_day, short_day

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.domain.models import ExportRecord, Language, OneOnOne
    from wellbeing_desktop.services.journal import Journal


def agenda_html(
    meeting: OneOnOne,
    blocks: Sequence[AgendaBlock],
    start: date,
    end: date,
    language: Language,
) -> str:
    """Plain, printer-friendly HTML: every journal word escaped."""

    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    title = tr(words.MEETING_TITLE, language).format(who=meeting.with_whom)
    period = (
        f"{tr(words.PERIOD, language)}: {short_day(start, language)} – {short_day(end, language)}"
    )
    parts = [
        f"<h1>{esc(title)}</h1>",
        f"<p>{esc(long_day(meeting.held_on, language))}<br/>"
        f'<span style="color:#6b6f76">{esc(period)}</span></p>',
        f"<h2>{esc(tr(words.AGENDA, language))}</h2>",
    ]
    points = [b for b in blocks if b.text.strip()]
    if points:
        parts.append("<ol>")
        for block in points:
            source = (
                f'<br/><span style="color:#6b6f76; font-size:small">{esc(block.source)}</span>'
                if block.source
                else ""
            )
            parts.append(f"<li>{esc(block.text.strip())}{source}</li>")
        parts.append("</ol>")
    if meeting.notes.strip():
        parts.append(f"<h2>{esc(tr(words.NOTES, language))}</h2>")
        for paragraph in meeting.notes.strip().split("\n"):
            parts.append(f"<p>{esc(paragraph)}</p>")
    if meeting.actions:
        parts.append(f"<h2>{esc(tr(words.ACTIONS, language))}</h2><ul>")
        for action in meeting.actions:
            box = "☑" if action.done else "☐"
            parts.append(f"<li>{box} {esc(action.text)}</li>")
        parts.append("</ul>")
    return "\n".join(parts)


def agenda_document(
    meeting: OneOnOne,
    blocks: Sequence[AgendaBlock],
    start: date,
    end: date,
    language: Language,
) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(11.0)
    document.setDefaultFont(font)
    document.setHtml(agenda_html(meeting, blocks, start, end, language))
    return document


def shareable_document(
    journal: Journal,
    meeting: OneOnOne,
    blocks: Sequence[AgendaBlock],
    start: date,
    end: date,
    language: Language,
) -> QTextDocument:
    """The document to print: only what the sharing rule lets leave the app."""
    items = [AgendaDraftItem(b.text.strip(), b.source, b.block) for b in blocks if b.text.strip()]
    shown, agenda = printable_meeting(journal, meeting, items, start, end, language)
    kept = [AgendaBlock(i.text, i.source, i.block) for i in agenda]
    return agenda_document(shown, kept, start, end, language)


def prints_to_file(printer: QPrinter) -> bool:
    """True when the print dialog's choice writes a file ("Print to file") rather than paper.

    A PDF printer without a file name (Qt's default where no printer is installed) prints
    nothing; the file name is what says a file will be written.
    """
    return bool(printer.outputFileName())


def print_to_file(
    journal: Journal, document: QTextDocument, printer: QPrinter, start: date, end: date
) -> tuple[Path, ExportRecord]:
    """Print ``document`` to the file the dialog chose, as an export (0600, logged).

    Raises:
        FileExistsError, OSError, WellbeingError: as ``publish_and_record``; then no file
            is left and nothing is logged.
    """
    target = Path(printer.outputFileName())
    named = one_on_one_named_days(journal, start, end)
    record = print_record(start, end, named, journal.now())

    def render(temp: Path) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temp))
        try:
            document.print_(printer)
        finally:
            printer.setOutputFileName(str(target))
        if temp.stat().st_size == 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(target))  # Qt wrote nothing

    return target, publish_and_record(journal, target, record, render)
