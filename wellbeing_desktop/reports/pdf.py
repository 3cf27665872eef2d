"""A report as an A4 PDF: title page, page numbers, charts as images, fonts embedded.

Laid out by ``QTextDocument`` (Qt's rich-text subset of HTML) and painted page by page
onto a ``QPdfWriter``, so the title page can be placed freely and the footer with
"page n of m" drawn on each page. Qt embeds the fonts it uses as subsets, so the file
looks the same everywhere and its text can be extracted and searched. Each chart has its
numbers as a table under it (its text alternative, as the Markdown report has it); every
line is drawn on one page only (``pdf_pages``); the file's subject, keywords, language
and an outline of the section headings are added after Qt has written it (``pdf_info``).
The author is the app: it knows no one's name, and the login name stays private.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPixmap,
    QTextDocument,
)

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.reports.chart_table import chart_table
from wellbeing_desktop.reports.charts import (
    MUTED,
    chart_size,
    ensure_gui_application,
    render_chart_png,
)
from wellbeing_desktop.reports.clean_text import printable_report
from wellbeing_desktop.reports.labels import (
    app_name,
    document_keywords,
    document_subject,
    made_line,
    page_footer,
    subtitle_line,
)
from wellbeing_desktop.reports.pdf_info import (
    OutlineEntry,
    PdfInfo,
    add_info_or_keep,
    require_whole,
)
from wellbeing_desktop.reports.pdf_pages import (
    draw_page,
    heading_run_to_move,
    headings,
    with_page_breaks,
    without_straddling_lines,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.services.report_content import ChartSpec, Report, ReportSection

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 20.0
BODY_POINTS = 10.5
FOOTER_POINTS = 8
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
    report = printable_report(report)
    ensure_gui_application()
    writer = _writer(str(path))
    writer.setTitle(f"{report.title} – {report.subtitle}")
    writer.setCreator(app_name(report))
    # The author: the app, as it knows no one's name (and the login name is private).
    writer.setAuthor(app_name(report))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF {path}")
    try:
        outline = _paint(report, writer, painter)
    finally:
        painter.end()
    info = PdfInfo(
        subject=document_subject(report),
        keywords=document_keywords(report),
        language=report.language.value,
        outline=outline,
    )
    page_height = writer.pageLayout().fullRect(QPageLayout.Unit.Point).height()
    require_whole(Path(path))
    add_info_or_keep(Path(path), info, page_height)


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


def _writer(target: str | QIODevice) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    return writer


def _geometry(writer: QPdfWriter) -> tuple[float, float, float]:
    """The width and height of the page inside its margins, and of the body above the footer."""
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(area.width()), float(area.height())
    return width, height, height - QFontMetricsF(_font(FOOTER_POINTS), writer).height() * 3


def body_box() -> QRectF:
    """Where the body of a page is drawn, in points from the page's top left (for checks)."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    width, _height, body_height = _geometry(_writer(buffer))
    margin = MARGIN_MM / 25.4 * 72
    scale = 72 / RESOLUTION
    return QRectF(margin, margin, width * scale, body_height * scale)


@dataclass(frozen=True, slots=True)
class _Chart:
    """A chart as its PNG file and its size in pixels."""

    png: bytes
    width: int
    height: int


class _ChartsDocument(QTextDocument):
    """A document whose images ``chart:N`` are these charts, decoded only to be drawn.

    Qt keeps an image it was given, or loaded, for as long as the document lives, and
    asks for it again whenever it lays out the block it is in; decoded, the four charts
    of a coach summary are 18 MB (issue #20). So the layout is given a stand-in of the
    same proportions (the size Qt gives an image with only a width is the width times
    the picture's height over its width: the same for both), and a chart is decoded
    only when Qt draws it (after ``draw_charts``), and let go when the next one is.
    """

    def __init__(self, charts: list[_Chart]) -> None:
        super().__init__()
        self._charts = charts
        self._drawing = False
        # The chart drawn last: Qt asks for it several times as it draws its page.
        self._decoded: tuple[int, QPixmap] | None = None

    def draw_charts(self) -> None:
        """From now on, the charts themselves (to be drawn), not their stand-ins."""
        self._drawing = True

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        url = QUrl(name)
        if kind != QTextDocument.ResourceType.ImageResource or url.scheme() != "chart":
            return super().loadResource(kind, name)
        index = int(url.path())
        chart = self._charts[index]
        if self._drawing:
            if self._decoded is None or self._decoded[0] != index:
                self._decoded = None  # one decoded chart at a time
                # A pixmap, decoded straight into the opaque format the PDF's JPEG is
                # made from: Qt draws a document's image as a pixmap, so a QImage was
                # copied into one at each draw (two 4.4 MB copies of a chart at once).
                pixmap = QPixmap()
                pixmap.loadFromData(chart.png, "PNG")
                self._decoded = (index, pixmap)
            return self._decoded[1]
        common = math.gcd(chart.width, chart.height)
        return QImage(chart.width // common, chart.height // common, QImage.Format.Format_RGB32)


def _paint(report: Report, writer: QPdfWriter, painter: QPainter) -> tuple[OutlineEntry, ...]:
    """Paint the pages; the outline of the section headings."""
    width, height, body_height = _geometry(writer)
    footer_font = _font(FOOTER_POINTS)

    # The charts as PNG files, each decoded only while it is drawn (``_ChartsDocument``).
    charts = [
        _Chart(render_chart_png(section.chart, *size), *size)
        for section in report.sections
        if section.chart is not None
        for size in [chart_size(section.chart, *CHART_PIXELS)]
    ]
    # Image sizes in rich text are 96-dpi pixels; Qt scales them to the device.
    rich_text = body_rich_text(report, round(width * 96 / RESOLUTION))
    # Rich text knows no "keep with next": lay out, move the first heading left alone at
    # the foot of a page to the next one, and lay out afresh (changing the blocks of a
    # laid-out document in place leaves Qt's layout incomplete).
    moved: set[int] = set()

    def build(edit: Callable[[QTextDocument], None] | None = None) -> _ChartsDocument:
        body = _ChartsDocument(charts)
        body.documentLayout().setPaintDevice(writer)
        body.setDefaultFont(_font(BODY_POINTS))
        body.setDocumentMargin(0)
        body.setPageSize(QSizeF(width, body_height))
        body.setHtml(with_page_breaks(rich_text, moved))
        if edit is not None:
            edit(body)
            # Lay the edited document out afresh: after edits Qt's layout was left
            # stale at the end (text went missing from the last page).
            body.markContentsDirty(0, body.characterCount())
        return body

    while True:
        body = build()
        heading = heading_run_to_move(body, moved)
        if heading is None or len(moved) >= MAX_MOVES:
            break
        moved.add(heading)
        # One laid-out document at a time: a 30-year one is over 10 MiB (issue #20).
        del body
    del body
    body = without_straddling_lines(build)
    rich_text = ""  # laid out for good: its text (0.5 MB at 30 years) is not needed again

    pages = 1 + body.pageCount()
    title_page = _document(writer, width, title_rich_text(report))
    painter.save()
    painter.translate(0, height * 0.22)
    title_page.drawContents(painter, QRectF(0, 0, width, height * 0.75))
    painter.restore()
    _footer(report, painter, footer_font, width, height, 1, pages)
    body.draw_charts()
    for page in range(1, pages):
        writer.newPage()
        draw_page(body, painter, page - 1, width)
        _footer(report, painter, footer_font, width, height, page + 1, pages)
    return _outline(report, body)


def _outline(report: Report, body: QTextDocument) -> tuple[OutlineEntry, ...]:
    """A bookmark per section heading (sub-headings under theirs), where it is drawn."""
    tops = [
        (1 + h.page, (MARGIN_MM / 25.4 + h.top / RESOLUTION) * 72) for h in headings(body, 2, 3)
    ]
    if len(tops) != len(report.sections):
        return ()  # never: each section has one heading, and only they are h2/h3
    entries: list[OutlineEntry] = []
    for section, (page, top) in zip(report.sections, tops, strict=True):
        entry = OutlineEntry(section.heading, page, top)
        if section.level > 1 and entries:
            parent = entries[-1]
            entries[-1] = replace(parent, children=(*parent.children, entry))
        else:
            entries.append(entry)
    return tuple(entries)


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
        f'<p style="font-size: 14pt;">{escape(subtitle_line(report))}</p>',
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


def chart_numbers(chart: ChartSpec) -> str:
    """The chart's numbers as a small table under it: its text alternative in the PDF."""
    header, rows = chart_table(chart)
    cell = f"border-bottom: 1px solid {RULE}; padding: 2px 14px 2px 0;"
    head = "".join(
        f'<th align="left" style="color: {MUTED}; font-weight: 600; {cell}">{escape(h)}</th>'
        for h in header
    )
    body = "".join(
        "<tr>" + "".join(f'<td style="{cell}">{escape(c)}</td>' for c in row) + "</tr>"
        for row in rows
    )
    return (
        f'<table cellspacing="0" style="font-size: 9pt; border-collapse: collapse;">'
        f"<thead><tr>{head}</tr></thead>{body}</table>{GAP}"
    )


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
            f'<p style="color: {MUTED}; font-size: 9pt; margin-top: 3px; margin-bottom: 6px;">'
            f"{escape(section.chart.title)}</p>"
        )
        parts.append(chart_numbers(section.chart))
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
