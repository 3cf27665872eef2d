"""The spreadsheet export (``export --format xlsx``): one sheet per kind of record.

Written with XlsxWriter entirely in memory (``in_memory``: no temporary file holds the
journal's text). Dates are date cells with a date format, numbers and minutes numbers,
the leadership share a number formatted as a percentage; every text is written with
``write_string``, so a reflection that begins with ``=``, ``+``, ``-`` or ``@`` stays
text, never a formula (and no string is turned into a number or a link). The header row
is bold and frozen, columns sized to their content.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.export_sheets import build_sheets

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_desktop.domain.models import ExportRecord, JournalContent
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
    import xlsxwriter  # loaded only for this export

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
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
    for sheet in build_sheets(content, log, labels):
        _write_sheet(workbook, sheet, formats)
    workbook.close()
    return buffer.getvalue()


def _write_sheet(workbook: Any, sheet: Sheet, formats: dict[str, Any]) -> None:
    worksheet = workbook.add_worksheet(sheet.name)
    for col, column in enumerate(sheet.columns):
        worksheet.set_column(col, col, column.width)
        worksheet.write_string(0, col, column.title, formats["header"])
    # A title wider than its column wraps; the header row is as tall as its longest title.
    lines = max(-(-len(c.title) // max(int(c.width) - 1, 1)) for c in sheet.columns)
    worksheet.set_row(0, _LINE_HEIGHT * max(lines, 1) + 3)
    worksheet.freeze_panes(1, 0)
    for number, row in enumerate(sheet.rows, start=1):
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
    if sheet.rows:
        worksheet.autofilter(0, 0, len(sheet.rows), len(sheet.columns) - 1)
