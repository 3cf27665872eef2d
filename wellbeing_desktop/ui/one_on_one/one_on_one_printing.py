"""Printing the 1:1 agenda: the HTML of reports/one_on_one_print.py as a Qt document.

Printing to a file (Qt's "Print to file", PDF) is an export: the file is written 0600 and
recorded in the consent log as one unit (services/export_files.py), never over a file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from wellbeing_desktop.reports.labels import app_name_in
from wellbeing_desktop.reports.one_on_one_print import (
    PrintWords,
    printed_file_info,
    shareable_agenda_html,
)
from wellbeing_desktop.reports.pdf_info import add_info_or_keep
from wellbeing_desktop.reports.pdf_pages import print_paged
from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.services.report_sharing import one_on_one_named_days, print_record
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.one_on_one.one_on_one_models import long_day, short_day

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.domain.models import ExportRecord, Language, OneOnOne
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem


def print_words(held_on: date, start: date, end: date, language: Language) -> PrintWords:
    """The printout's headings and dates in ``language``."""
    period = f"{short_day(start, language)} – {short_day(end, language)}"
    return PrintWords(
        title=tr(words.MEETING_TITLE, language),
        day=long_day(held_on, language),
        period=f"{tr(words.PERIOD, language)}: {period}",
        agenda=tr(words.AGENDA, language),
        notes=tr(words.NOTES, language),
        actions=tr(words.ACTIONS, language),
    )


def shareable_document(
    journal: Journal,
    meeting: OneOnOne,
    items: Sequence[AgendaDraftItem],
    start: date,
    end: date,
    language: Language,
) -> QTextDocument:
    """The document to print: only what the sharing rule lets leave the app."""
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(11.0)
    document.setDefaultFont(font)
    document.setHtml(
        shareable_agenda_html(
            journal,
            meeting,
            items,
            start,
            end,
            language,
            print_words(meeting.held_on, start, end, language),
        )
    )
    # The printed file's title (after setHtml, which sets it from a <title>: there is none).
    title = print_words(meeting.held_on, start, end, language).title.format(who=meeting.with_whom)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def prints_to_file(printer: QPrinter) -> bool:
    """True when the print dialog's choice writes a file ("Print to file") rather than paper.

    A PDF printer without a file name (Qt's default where no printer is installed) prints
    nothing; the file name is what says a file will be written.
    """
    return bool(printer.outputFileName())


def print_to_file(
    journal: Journal,
    document: QTextDocument,
    printer: QPrinter,
    period: tuple[date, date],
    language: Language,
) -> tuple[Path, ExportRecord]:
    """Print ``document`` to the file the dialog chose, as an export (0600, logged).

    The PDF says what it is (title, subject, keywords), its language and has an outline
    of its headings, as the 1:1 report's PDF does.

    Raises:
        FileExistsError, OSError, WellbeingError: as ``publish_and_record``; then no file
            is left and nothing is logged.
    """
    start, end = period
    target = Path(printer.outputFileName())
    named = one_on_one_named_days(journal, start, end)
    record = print_record(start, end, named, journal.now())

    def render(temp: Path) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temp))
        printer.setDocName(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        printer.setCreator(app_name_in(language))
        try:
            drawn = print_paged(document, printer)
        finally:
            printer.setOutputFileName(str(target))
        if temp.stat().st_size == 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(target))  # Qt wrote nothing
        layout = printer.pageLayout()
        points = 72 / printer.resolution()
        area = layout.paintRect(QPageLayout.Unit.Point)
        page_height = layout.fullRect(QPageLayout.Unit.Point).height()
        info = printed_file_info(language, start, end, drawn, (points, area.top()))
        add_info_or_keep(temp, info, page_height)

    return target, publish_and_record(journal, target, record, render)
