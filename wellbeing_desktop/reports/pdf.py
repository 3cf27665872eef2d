"""A report as an A4 PDF: title page, page numbers, charts as images, fonts embedded.

Laid out by ``QTextDocument`` (Qt's rich-text subset of HTML) and painted page by page
onto a ``QPdfWriter``, so the title page can be placed freely and the footer with
"page n of m" drawn on each page. Qt embeds the fonts it uses as subsets, so the file
looks the same everywhere and its text can be extracted and searched.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.reports.charts import MUTED, ensure_gui_application, render_chart_png
from wellbeing_desktop.reports.labels import app_name, made_line, page_footer, period_line

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.report_content import Report, ReportSection

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 20.0
BODY_POINTS = 10.5
CHART_PIXELS = (1800, 640)
ACCENT = "#3d7ea6"
TEXT = "#24272b"
RULE = "#e2e0db"
WRITE_IN = "#b9b6ae"  # lines to write on: visible in print, quiet on screen
# Rich text forgets a table's bottom margin: a small empty paragraph makes the gap.
# (Margins in Qt's rich text are CSS pixels at 96 dpi; "pt" is ignored there.)
MAX_MOVES = 40  # headings moved to keep them with what follows; a report has fewer
GAP = '<p style="font-size: 5pt; margin: 0;">&nbsp;</p>'
# A quoted reflection: »…« is the Danish norm, “…” the English.
_QUOTES = {Language.DANISH: ("»", "«"), Language.ENGLISH: ("“", "”")}


def render_pdf(report: Report, path: Path) -> None:
    """Write the report to ``path`` as a PDF (the caller decides the file's mode).

    Raises:
        OSError: the file could not be written.
    """
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(f"{report.title} – {report.subtitle}")
    writer.setCreator(app_name(report))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF {path}")
    try:
        _paint(report, writer, painter)
    finally:
        painter.end()


def _font(points: float) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    # No "fi"/"fl" ligatures: copied or extracted text then reads "file", not "ﬁle".
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _document(writer: QPdfWriter, width: float, html: str) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_font(BODY_POINTS))
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    document.setHtml(html)
    return document


def _heading_run_to_move(document: QTextDocument, moved: set[int]) -> int | None:
    """The index (among headings) of the first heading run parted from what follows it.

    A run is a heading (or lead-in, see ``_lead_in``) with the headings just before it.
    Runs already moved are skipped: they are longer than a page and stay as they are.
    """
    layout = document.documentLayout()
    page = document.pageSize().height()
    block = document.begin()
    index = -1
    run_start: int | None = None
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel():
            index += 1
            previous = block.previous()
            if (
                run_start is None
                or not previous.isValid()
                or not previous.blockFormat().headingLevel()
            ):
                run_start = index
            if following.isValid():
                here = layout.blockBoundingRect(block)
                there = layout.blockBoundingRect(following)
                if (
                    int(here.top() // page) != int((there.bottom() - 1) // page)
                    and run_start not in moved
                ):
                    return run_start
        block = following
    return None


def with_page_breaks(rich_text: str, headings: set[int]) -> str:
    """The rich text with "page-break-before" on the headings of these indexes.

    Journal text is escaped, so every ``<h2``–``<h4`` in the text is one of ours.
    """
    counter = iter(range(1 << 30))

    def mark(match: re.Match[str]) -> str:
        return match.group(0) + ("page-break-before: always; " if next(counter) in headings else "")

    return re.sub(r'<h[234] style="', mark, rich_text)


def _paint(report: Report, writer: QPdfWriter, painter: QPainter) -> None:
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(area.width()), float(area.height())
    footer_font = _font(8)
    footer_metrics = QFontMetricsF(footer_font, writer)
    body_height = height - footer_metrics.height() * 3

    charts = [
        QImage.fromData(render_chart_png(section.chart, *CHART_PIXELS))
        for section in report.sections
        if section.chart is not None
    ]
    # Image sizes in rich text are 96-dpi pixels; Qt scales them to the device.
    rich_text = body_rich_text(report, round(width * 96 / RESOLUTION))
    # Rich text knows no "keep with next": lay out, move the first heading left alone at
    # the foot of a page to the next one, and lay out afresh (changing the blocks of a
    # laid-out document in place leaves Qt's layout incomplete).
    moved: set[int] = set()
    while True:
        body = QTextDocument()
        body.documentLayout().setPaintDevice(writer)
        body.setDefaultFont(_font(BODY_POINTS))
        body.setDocumentMargin(0)
        body.setPageSize(QSizeF(width, body_height))
        for i, image in enumerate(charts):
            body.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{i}"), image)
        body.setHtml(with_page_breaks(rich_text, moved))
        heading = _heading_run_to_move(body, moved)
        if heading is None or len(moved) >= MAX_MOVES:
            break
        moved.add(heading)

    pages = 1 + body.pageCount()
    title_page = _document(writer, width, title_rich_text(report))
    painter.save()
    painter.translate(0, height * 0.22)
    title_page.drawContents(painter, QRectF(0, 0, width, height * 0.75))
    painter.restore()
    _footer(report, painter, footer_font, width, height, 1, pages)
    for page in range(1, pages):
        writer.newPage()
        top = (page - 1) * body_height
        painter.save()
        painter.translate(0, -top)
        body.drawContents(painter, QRectF(0, top, width, body_height))
        painter.restore()
        _footer(report, painter, footer_font, width, height, page + 1, pages)


def _footer(
    report: Report,
    painter: QPainter,
    font: QFont,
    width: float,
    height: float,
    page: int,
    pages: int,
) -> None:
    metrics = QFontMetricsF(font, painter.device())
    painter.setFont(font)
    painter.setPen(QColor(RULE))
    line_y = round(height - metrics.height() * 1.7)
    painter.drawLine(0, line_y, round(width), line_y)
    painter.setPen(QColor(MUTED))
    box = QRectF(0, height - metrics.height() * 1.3, width, metrics.height() * 1.3)
    bottom = Qt.AlignmentFlag.AlignBottom
    painter.drawText(
        box, int(Qt.AlignmentFlag.AlignLeft | bottom), f"{app_name(report)} · {report.title}"
    )
    painter.drawText(
        box, int(Qt.AlignmentFlag.AlignRight | bottom), page_footer(report, page, pages)
    )


def title_rich_text(report: Report) -> str:
    """The title page: app, title, period, when it was made, the notice, the contents."""
    parts = [
        f'<p style="color: {ACCENT}; font-size: 10pt; font-weight: 600;">'
        f"{escape(app_name(report).upper())}</p>",
        f'<p style="font-size: 26pt; font-weight: 600; margin-top: 5px; margin-bottom: 8px;">'
        f"{escape(report.title)}</p>",
        f'<p style="font-size: 14pt;">{escape(period_line(report))}</p>',
        f'<p style="color: {MUTED}; font-size: 10pt; margin-top: 3px;">'
        f"{escape(made_line(report))}</p>",
        '<p style="font-size: 14pt;">&nbsp;</p>',
    ]
    if report.notice:
        parts.append(
            '<table width="100%" cellpadding="10" cellspacing="0" style="background-color: '
            '#fbf3df; border-color: #efd9a7; border-style: solid;" border="1"><tr><td>'
            f"{escape(report.notice)}</td></tr></table>"
        )
    headings = "".join(
        f'<li style="margin-bottom: 4px;">{escape(s.heading)}</li>'
        for s in report.sections
        if s.level <= 1
    )
    contents = localized(("Indhold", "Contents"), report.language)
    parts.append(
        f'<p style="font-size: 14pt;">&nbsp;</p><p style="color: {MUTED}; font-weight: 600;">'
        f"{escape(contents)}</p><ul>{headings}</ul>"
    )
    return f'<html><body style="color: {TEXT};">{"".join(parts)}</body></html>'


def body_rich_text(report: Report, width_px: int) -> str:
    """The sections in Qt's rich-text HTML, charts as the resources ``chart:N``."""
    parts: list[str] = []
    chart = 0
    for section in report.sections:
        parts += _section(section, report, chart, width_px)
        if section.chart is not None:
            chart += 1
    return f'<html><body style="color: {TEXT};">{"".join(parts)}</body></html>'


def _heading(section: ReportSection, first: bool) -> str:
    if section.level <= 1:
        top = 0 if first else 24
        return (
            f'<h2 style="font-size: 16pt; margin-top: {top}px; margin-bottom: 8px;">'
            f"{escape(section.heading)}</h2>"
        )
    return (
        f'<h3 style="font-size: 12pt; color: {ACCENT}; margin-top: 21px; margin-bottom: 5px;">'
        f"{escape(section.heading)}</h3>"
    )


def _paragraph(text: str) -> str:
    return f'<p style="margin-bottom: 8px;">{escape(text)}</p>'


def _lead_in(text: str, bottom: int = 8) -> str:
    """A paragraph that leads into what follows (a list, a chart): kept on its page.

    It is a level-4 heading styled as body text, so ``keep_headings_with_next`` moves it
    to the next page together with what it introduces.
    """
    return (
        f'<h4 style="font-size: {BODY_POINTS}pt; font-weight: normal; margin-top: 0; '
        f'margin-bottom: {bottom}px;">{escape(text)}</h4>'
    )


def _section(section: ReportSection, report: Report, chart: int, width_px: int) -> list[str]:
    parts = [_heading(section, first=section is report.sections[0])]
    for i, paragraph in enumerate(section.paragraphs):
        last = i == len(section.paragraphs) - 1
        parts.append(_lead_in(paragraph) if last and section.chart else _paragraph(paragraph))
    if section.chart is not None:
        parts.append(
            f'<p style="margin-top: 8px; margin-bottom: 0;"><img src="chart:{chart}" '
            f'width="{width_px}"></p>'
            f'<p style="color: {MUTED}; font-size: 9pt; margin-top: 3px; margin-bottom: 13px;">'
            f"{escape(section.chart.title)}</p>"
        )
    if section.facts:
        cell = f"border-bottom: 1px solid {RULE}; padding: 3px 14px 3px 0;"
        rows = "".join(
            f'<tr><td style="color: {MUTED}; {cell}">{escape(label)}</td>'
            f'<td style="{cell}">{escape(value)}</td></tr>'
            for label, value in section.facts
        )
        parts.append(
            f'<table cellspacing="0" style="border-collapse: collapse;">{rows}</table>{GAP}'
        )
    if section.items:
        if section.items_intro:
            parts.append(_lead_in(section.items_intro, bottom=3))
        items = []
        for i, item in enumerate(section.items):
            source = section.item_sources[i] if i < len(section.item_sources) else ""
            small = (
                f'<br><span style="color: {MUTED}; font-size: 8.5pt;">{escape(source)}</span>'
                if source
                else ""
            )
            items.append(f'<li style="margin-bottom: 4px;">{escape(item)}{small}</li>')
        parts.append(f"<ul>{''.join(items)}</ul>")
    for day, text in section.quotes:
        body = "<br>".join(escape(line) for line in text.strip().splitlines())
        when = escape(fmt.long_date(day, report.language))
        opening, closing = _QUOTES[report.language]
        parts.append(
            # A level-4 heading in looks only: the quote stays on the page of its date.
            f'<h4 style="font-size: {BODY_POINTS}pt; font-weight: normal; margin-left: 21px; '
            f'margin-right: 21px; margin-top: 11px; margin-bottom: 1px;">'
            f"<i>{opening}{body}{closing}</i></h4>"
            f'<p style="margin-left: 21px; margin-top: 0; color: {MUTED}; font-size: 9pt;">'
            f"— {when}</p>"
        )
    if section.blank_lines:
        cell = f"border-bottom: 1px solid {WRITE_IN}; padding-top: 26px;"
        line = f'<tr><td style="{cell}">&nbsp;</td></tr>'
        parts.append(
            f'<table width="100%" cellspacing="0">{line * section.blank_lines}</table>{GAP}'
        )
    return parts
