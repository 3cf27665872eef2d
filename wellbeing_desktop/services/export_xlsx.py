"""The spreadsheet export (``export --format xlsx``): one sheet per kind of record.

Written with XlsxWriter in its constant-memory mode, a row at a time (``write_xlsx``):
its temporary files (the sheets' XML, the journal's text in plain) are 0600, in a
private folder beside the export's own hidden temporary file, and removed when the
workbook is done (a process killed meanwhile leaves them there, hidden, as it leaves
that file). ``content_to_xlsx`` makes a small workbook entirely in memory.

Dates are date cells with a date format, numbers and minutes numbers, the leadership
share a number formatted as a percentage; every text is written with ``write_string``,
so a reflection that begins with ``=``, ``+``, ``-`` or ``@`` stays text, never a
formula (and no string is turned into a number or a link). The header row is bold and
frozen, columns sized to their content.
"""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.export_sheets import (
    build_sheets,
    other_sheets,
    streamed_days_sheet,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from wellbeing_desktop.domain.models import DayLog, ExportRecord, JournalContent
    from wellbeing_desktop.services.export_sheets import Sheet
    from wellbeing_desktop.services.export_words import ExportLabels

# Number formats (Excel's codes; the spreadsheet program shows them in its own locale).
_DATE_FORMATS = {Language.DANISH: "dd-mm-yyyy", Language.ENGLISH: "yyyy-mm-dd"}
_DATETIME_FORMATS = {Language.DANISH: "dd-mm-yyyy hh:mm", Language.ENGLISH: "yyyy-mm-dd hh:mm"}
_TITLE = ("Lederpuls – eksport", "Leader Pulse – export")
_LINE_HEIGHT = 15  # points per line of the header row (Calibri 11)


def content_to_xlsx(
    content: JournalContent,
    log: Sequence[ExportRecord],
    labels: ExportLabels,
    made_at: datetime,
) -> bytes:
    """The workbook as bytes (``made_at``: the file's creation time in its properties)."""
    buffer = io.BytesIO()
    workbook = _workbook(buffer, labels, made_at, {"in_memory": True})
    for sheet in build_sheets(content, log, labels):
        _write_sheet(workbook.book, sheet, workbook.formats)
    workbook.book.close()
    return buffer.getvalue()


def write_xlsx(
    file: BinaryIO,
    content: JournalContent,
    days: Callable[[], Iterator[DayLog]],
    counted: Callable[[Iterable[DayLog]], Iterator[DayLog]],
    labels: ExportLabels,
    made_at: datetime,
) -> None:
    """Write the workbook of ``content`` with ``days()`` into ``file``, a day at a time.

    The days are read twice: once for the columns and their widths, once to write the
    rows (``counted`` wraps the second read). XlsxWriter's constant-memory mode writes
    each sheet's rows into a file as they come (its own temporary files, 0600, in a
    private folder beside ``file``, removed when the workbook is done); the days sheet's
    rows are never all in memory.
    """
    name = getattr(file, "name", None)
    parts: Path | None = None
    options: dict[str, Any] = {"in_memory": True}  # no file (a buffer): all in memory
    if isinstance(name, str):
        parts = Path(name).with_name(f".{Path(name).name.lstrip('.')}.parts")
        parts.mkdir(mode=0o700)
        options = {"constant_memory": True, "tmpdir": str(parts)}
    try:
        workbook = _workbook(file, labels, made_at, options)
        categories = list(content.categories)
        sheet, row = streamed_days_sheet(days(), categories, labels)
        rows = (row(d) for d in counted(days()))
        _write_sheet(workbook.book, sheet, workbook.formats, rows)
        for other in other_sheets(content, content.export_log, labels):
            _write_sheet(workbook.book, other, workbook.formats)
        workbook.book.close()
    finally:
        if parts is not None:
            shutil.rmtree(parts, ignore_errors=True)


@dataclass(frozen=True)
class _Workbook:
    book: Any
    formats: dict[str, Any]


def _workbook(
    file: BinaryIO, labels: ExportLabels, made_at: datetime, options: dict[str, Any]
) -> _Workbook:
    import xlsxwriter  # loaded only for this export

    workbook = xlsxwriter.Workbook(
        file,
        {
            **options,
            # write_string is used for every text; these make sure nothing else converts.
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    # The file's properties take UTC (XlsxWriter writes the time with a "Z").
    created = made_at.astimezone(UTC).replace(tzinfo=None)
    workbook.set_properties({"title": labels.word(_TITLE), "created": created})
    language = labels.language
    formats = {
        "header": workbook.add_format(
            {"bold": True, "valign": "top", "bottom": 1, "text_wrap": True}
        ),
        "date": workbook.add_format({"num_format": _DATE_FORMATS[language], "valign": "top"}),
        "datetime": workbook.add_format(
            {"num_format": _DATETIME_FORMATS[language], "valign": "top"}
        ),
        "number": workbook.add_format({"valign": "top"}),
        "percent": workbook.add_format({"num_format": "0%", "valign": "top"}),
        "text": workbook.add_format({"valign": "top"}),
    }
    return _Workbook(workbook, formats)


def _write_sheet(
    workbook: Any,
    sheet: Sheet,
    formats: dict[str, Any],
    rows: Iterable[list[object]] | None = None,
) -> None:
    """Write ``sheet`` (its rows, or ``rows`` as they come: each row once, in order)."""
    worksheet = workbook.add_worksheet(sheet.name)
    for col, column in enumerate(sheet.columns):
        worksheet.set_column(col, col, column.width)
        worksheet.write_string(0, col, column.title, formats["header"])
    # A title wider than its column wraps; the header row is as tall as its longest title.
    lines = max(-(-len(c.title) // max(int(c.width) - 1, 1)) for c in sheet.columns)
    worksheet.set_row(0, _LINE_HEIGHT * max(lines, 1) + 3)
    worksheet.freeze_panes(1, 0)
    number = 0
    for number, row in enumerate(sheet.rows if rows is None else rows, start=1):
        for col, value in enumerate(row):
            kind = sheet.columns[col].kind
            cell_format = formats[kind]
            if value is None or value == "":
                continue
            if kind in ("date", "datetime") and isinstance(value, date):
                worksheet.write_datetime(number, col, value, cell_format)
            elif isinstance(value, bool):
                worksheet.write_string(number, col, str(value), formats["text"])
            elif isinstance(value, int | float):
                worksheet.write_number(number, col, value, cell_format)
            else:
                worksheet.write_string(number, col, str(value), formats["text"])
    if number:
        worksheet.autofilter(0, 0, number, len(sheet.columns) - 1)
