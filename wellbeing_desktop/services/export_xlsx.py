"""The spreadsheet export (``export --format xlsx``): one sheet per kind of record.

Written with XlsxWriter in its constant-memory mode, a row at a time (``write_xlsx``):
its temporary files (the sheets' XML, the journal's text in plain) are 0600, in a
private hidden folder beside the export's own hidden temporary file, and removed when
the workbook is done. A process killed meanwhile leaves that folder there (hidden, as it
leaves that file); the next xlsx export into the same folder removes it
(``remove_parts_leftovers``). A failed write (a full disk) is raised as the OSError it
is. ``content_to_xlsx`` makes a small workbook entirely in memory.

Dates are date cells with a date format, numbers and minutes numbers, the leadership
share a number formatted as a percentage; every text is written with ``write_string``,
so a reflection that begins with ``=``, ``+``, ``-`` or ``@`` stays text, never a
formula (and no string is turned into a number or a link). The header row is bold and
frozen, columns sized to their content.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import io
import os
import re
import shutil
import stat
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.files import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, remove_left_folders
from wellbeing_desktop.services.export_sheets import (
    build_sheets,
    other_sheets,
    streamed_days_sheet,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from types import TracebackType

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
    rows are never all in memory. Parts folders killed exports left beside ``file`` are
    removed first.

    Raises:
        OSError: a write failed (e.g. ENOSPC while the workbook is zipped).
    """
    name = getattr(file, "name", None)
    parts: _Parts | None = None
    options: dict[str, Any] = {"in_memory": True}  # no file (a buffer): all in memory
    if isinstance(name, str):
        remove_parts_leftovers(Path(name).parent)
        parts = _Parts.make(Path(name).parent)
        options = {"constant_memory": True, "tmpdir": str(parts.folder)}
    try:
        workbook = _workbook(file, labels, made_at, options)
        categories = list(content.categories)
        sheet, row = streamed_days_sheet(days(), categories, labels)
        rows = (row(d) for d in counted(days()))
        _write_sheet(workbook.book, sheet, workbook.formats, rows)
        for other in other_sheets(content, content.export_log, labels):
            _write_sheet(workbook.book, other, workbook.formats)
        _close(workbook.book)
    finally:
        if parts is not None:
            parts.remove()


def _close(book: Any) -> None:
    """Zip the workbook; an OSError (a full disk) is raised as itself, the zip closed."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        book.close()
    except FileCreateError as exc:
        # XlsxWriter wraps the OSError of a failed write (a full disk) in its own error:
        # the OSError is what the callers translate ("cannot write … (No space left …)").
        # Its ZipFile, left open in the traceback, would later try to finish the file
        # (closed by then) from its __del__ and print a stray error: closed here instead.
        cause = exc.args[0] if exc.args else None
        _close_zip_files(exc.__traceback__)
        if isinstance(cause, OSError):
            _close_zip_files(cause.__traceback__)
            raise cause from None
        raise OSError(errno.EIO, str(exc)) from None


def _close_zip_files(trace: TracebackType | None) -> None:
    from zipfile import ZipFile

    while trace is not None:
        for value in list(trace.tb_frame.f_locals.values()):
            if isinstance(value, ZipFile):
                with contextlib.suppress(Exception):
                    value.close()  # its end record may fail too; the file is dropped
        trace = trace.tb_next


# XlsxWriter's temporary files (each sheet's rows, then each part of the workbook, in
# plain text) go into a hidden folder beside the export, never into /tmp: a short name of
# our own (not the target's, so a long file name still fits) with a marker file only this
# module writes. The marker is locked (flock) while the export runs; a process killed
# meanwhile loses the lock, and the next xlsx export into the same folder removes the
# folder it left (``remove_parts_leftovers``).
PARTS_MARKER = ".leader-pulse-xlsx-in-progress"
PARTS_MARKER_TEXT = b"Leader Pulse writes a spreadsheet export here; it was not finished.\n"
_PARTS_NAME = re.compile(r"\.lp-xlsx\.[0-9a-f]{16}\.parts")


@dataclass
class _Parts:
    folder: Path
    lock: int  # the marker's descriptor, flock()ed while the export runs

    @classmethod
    def make(cls, parent: Path) -> _Parts:
        folder = parent / f".lp-xlsx.{os.urandom(8).hex()}.parts"
        os.mkdir(folder, PRIVATE_DIR_MODE)
        try:
            os.chmod(folder, PRIVATE_DIR_MODE)  # whatever the umask
            flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW
            fd = os.open(folder / PARTS_MARKER, flags, PRIVATE_FILE_MODE)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            view = memoryview(PARTS_MARKER_TEXT)
            while view:
                view = view[os.write(fd, view) :]
        except BaseException:
            os.close(fd)
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return cls(folder, fd)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        os.close(self.lock)  # the lock goes only once the folder is gone


def remove_parts_leftovers(parent: Path) -> list[Path]:
    """Remove the hidden parts folders killed xlsx exports left in ``parent``; those removed.

    Only a real folder (not a link) named ``.lp-xlsx.<16 hex>.parts`` that holds our marker
    (a regular file with our words) that no running export holds locked is removed.
    """
    return remove_left_folders(parent, _PARTS_NAME, _stale_parts)


def _stale_parts(folder: Path) -> bool:
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        fd = os.open(folder / PARTS_MARKER, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except OSError:  # no marker, a link, unreadable
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        if os.read(fd, len(PARTS_MARKER_TEXT) + 1) != PARTS_MARKER_TEXT:
            return False
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held: an export is running there
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # (its lock with it)


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
