"""Cutting a laid-out report into pages so that every line is drawn on one page only.

Qt's ``QTextLayout::draw`` culls the lines of a paragraph against the clip rectangle
with an off-by-one: it also draws the last line *above* the clip (and a line starting
exactly at its bottom). On screen the clip hides them, but in a PDF their text is
there: clipped at the foot of one page and again at the top of the next, so a reader,
a search or ``pdftotext`` met a line twice. So no paragraph is left straddling a page
break (it is split into two blocks there, which Qt lays out the same way), and each
page is drawn with a clip a hair inside the page, painted with the page's own clip.
``print_paged`` does the same for a document printed (the 1:1 agenda), in place of
``QTextDocument.print_``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QPagedPaintDevice, QTextDocument

LINE_SEPARATOR = "\u2028"  # what Qt makes of <br>
MAX_SPLIT_ROUNDS = 4  # a split never moves a line, so one round is enough; a guard
Document = TypeVar("Document", bound="QTextDocument")  # the kind ``build`` makes
HAIR = 0.5  # device pixels (at 300 dpi): the culling clip lies this far inside the page


def heading_run_to_move(document: QTextDocument, moved: set[int]) -> int | None:
    """The index (among headings) of the first heading run parted from what follows it.

    A run is a heading (or lead-in) with the headings just before it. Runs already
    moved are skipped: they are longer than a page and stay as they are.
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


def _page(y: float, page_height: float) -> int:
    return int(y // page_height)


def page_crossings(document: QTextDocument) -> list[int]:
    """Document positions where a line starts on a later page than the line before it."""
    document.pageCount()  # lays the whole document out (Qt lays out lazily)
    layout = document.documentLayout()
    height = document.pageSize().height()
    positions: list[int] = []
    block = document.begin()
    while block.isValid():
        lines = block.layout()
        if lines.lineCount() > 1:
            top = layout.blockBoundingRect(block).top()
            for i in range(1, lines.lineCount()):
                before, line = lines.lineAt(i - 1), lines.lineAt(i)
                if _page(top + before.y(), height) != _page(top + line.y(), height):
                    positions.append(block.position() + line.textStart())
        block = block.next()
    return positions


def _split(document: QTextDocument, position: int) -> None:
    """Split the block at ``position`` into two that read as one paragraph."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    block = cursor.block()
    if position > block.position() and document.characterAt(position - 1) == LINE_SEPARATOR:
        cursor.deletePreviousChar()  # the <br> becomes the block break
    first = QTextBlockFormat(block.blockFormat())
    rest = QTextBlockFormat(first)
    rest.setTopMargin(0)
    rest.setHeadingLevel(0)  # a continuation is no new heading (nor a new outline entry)
    rest.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_Auto)
    cursor.insertBlock(rest, cursor.charFormat())
    listed = cursor.block().textList()
    if listed is not None:
        listed.remove(cursor.block())  # no second bullet for the rest of an item
    first.setBottomMargin(0)
    QTextCursor(block).setBlockFormat(first)


def without_straddling_lines(
    build: Callable[[Callable[[QTextDocument], None]], Document],
) -> Document:
    """The document ``build`` makes, its paragraphs split where they cross a page break.

    ``build(edit)`` makes the document, calls ``edit`` on it and lays it out afresh.
    """
    rounds: list[list[int]] = []

    def split_all(document: QTextDocument) -> None:
        for positions in rounds:
            for position in sorted(positions, reverse=True):
                _split(document, position)

    document = build(split_all)
    for _ in range(MAX_SPLIT_ROUNDS):
        crossings = page_crossings(document)
        if not crossings:
            break
        rounds.append(crossings)
        del document  # one laid-out document at a time (issue #20)
        document = build(split_all)
    return document


def draw_page(document: QTextDocument, painter: QPainter, page: int, width: float) -> None:
    """Draw page ``page`` (0 = first) of a paginated document at the painter's origin."""
    height = document.pageSize().height()
    top = page * height
    painter.save()
    painter.translate(0, -top)
    painter.setClipRect(QRectF(0, top, width, height))
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, top + HAIR, width, height - 2 * HAIR)
    document.documentLayout().draw(painter, context)
    painter.restore()


def print_paged(document: QTextDocument, printer: QPagedPaintDevice) -> list[Heading]:
    """Print ``document`` as ``QTextDocument.print_`` does, each line on one page only.

    As Qt does it: a copy laid out for the printer, 2 cm margins, the page number at the
    foot of each page on the right; but paragraphs are split at page breaks and each page
    drawn with ``draw_page`` (see the module's note). Returns where its ``<h2>`` headings
    were drawn, for an outline.

    Raises:
        OSError: the printer (or its file) could not be opened.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        device = painter.device()
        width, height = float(device.width()), float(device.height())
        # 2 cm: the frame's margin in Qt's 96-dpi units (the layout scales it to the
        # device), the page number's place in the device's.
        frame_margin = 2 / 2.54 * 96
        margin = 2 / 2.54 * device.logicalDpiY()

        def build(edit: Callable[[QTextDocument], None] | None = None) -> QTextDocument:
            copy = document.clone()
            copy.documentLayout().setPaintDevice(device)
            frame = copy.rootFrame().frameFormat()
            frame.setMargin(frame_margin)
            copy.rootFrame().setFrameFormat(frame)
            copy.setPageSize(QSizeF(width, height))
            if edit is not None:
                edit(copy)
            copy.markContentsDirty(0, copy.characterCount())
            return copy

        laid_out = without_straddling_lines(build)
        font = QFont(document.defaultFont())
        font.setPointSizeF(max(font.pointSizeF(), 8.0) * 0.9)
        pages = laid_out.pageCount()
        for page in range(pages):
            if page:
                printer.newPage()
            draw_page(laid_out, painter, page, width)
            painter.setFont(QFont(font, device))
            box = QRectF(0, height - margin, width - margin, margin / 2)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(page + 1)
            )
        return headings(laid_out, 2)
    finally:
        painter.end()


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading as drawn: its text, its page (0 = first) and its top on that page."""

    text: str
    page: int
    top: float  # in the document's (the device's) units from the top of the page's area


def headings(document: QTextDocument, *levels: int) -> list[Heading]:
    """The document's headings of these levels (h1 = 1), where a paged layout put them."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    found: list[Heading] = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() in levels:
            top = layout.blockBoundingRect(block).top()
            found.append(Heading(block.text(), _page(top, height), top % height))
        block = block.next()
    return found
