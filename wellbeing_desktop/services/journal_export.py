"""The journal (or a period) as a JSON, CSV or spreadsheet file, and its consent-log entry.

The entry names the format and period, and every day of the period whose reflection
leaves with the file (never the text). The caller writes the file and the entry as one
unit: ``export_files.publish_and_record(journal, target, export.entry, export.render)``.

The file is written as the days are read (issue #20): a 30-year journal's days are
never all in memory at once, so the export's memory stays near the process's own
whatever the journal's length. The entry is known once the file is written (``entry``:
the days whose reflection left are counted as they are written).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, BinaryIO

from wellbeing_desktop.domain.models import ExportRecord
from wellbeing_desktop.services import export_csv, interchange
from wellbeing_desktop.services.export_sheets import minute_keys
from wellbeing_desktop.services.export_words import ExportLabels

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from datetime import date, datetime
    from pathlib import Path

    from wellbeing_desktop.domain.models import DayLog
    from wellbeing_desktop.services.journal import Journal

FORMATS = ("json", "csv", "xlsx")
_WRITE_BUFFER = 1 << 20  # bytes gathered before each write to the file


class JournalExport:
    """An export of one format and period: ``render`` writes it, ``entry`` records it."""

    def __init__(
        self, journal: Journal, fmt: str, start: date | None, end: date | None, made_at: datetime
    ) -> None:
        self._journal = journal
        self._format = fmt
        self._start = start
        self._end = end
        self._made_at = made_at
        self._reflection_days: tuple[date, ...] | None = None

    def render(self, path: Path) -> None:
        """Write the content into ``path`` (an existing file; its content is replaced)."""
        with open(path, "wb", buffering=_WRITE_BUFFER) as file:
            self._write(file)

    def entry(self) -> ExportRecord:
        """The consent-log entry for the content ``render`` wrote last."""
        if self._reflection_days is None:
            raise RuntimeError("the entry is known once the file is written")
        return ExportRecord(
            made_at=self._made_at,
            kind=self._format,
            format=self._format,
            period_start=self._start,
            period_end=self._end,
            reflection_days=self._reflection_days,
        )

    @property
    def data(self) -> bytes:
        """The whole content in memory (for tests and small periods; files use ``render``)."""
        buffer = io.BytesIO()
        self._write(buffer)
        return buffer.getvalue()

    @property
    def record(self) -> ExportRecord:
        """The entry, the content made in memory first if ``render`` has not run."""
        if self._reflection_days is None:
            _ = self.data
        return self.entry()

    @property
    def text(self) -> str:
        """The content of a JSON or CSV export as text (without the CSV's byte-order mark)."""
        if self._format == "xlsx":
            raise ValueError("a spreadsheet is not text")
        return self.data.decode("utf-8-sig")

    def _write(self, file: BinaryIO) -> None:
        written: list[date] = []

        def counted(days: Iterable[DayLog]) -> Iterator[DayLog]:
            for day in days:
                if day.reflection.strip():
                    written.append(day.day)
                yield day

        with self._journal.streamed_content(self._start, self._end) as (content, days):
            if self._format == "xlsx":
                from wellbeing_desktop.services.export_xlsx import write_xlsx

                labels = ExportLabels(
                    content.settings.language, content.categories, content.own_items
                )
                write_xlsx(file, content, days, counted, labels, self._made_at)
            else:
                # A byte-order mark before the CSV, so a spreadsheet program reads the file
                # as UTF-8 (æ, ø, å); newline="": the writers' own line ends, untranslated.
                encoding = "utf-8-sig" if self._format == "csv" else "utf-8"
                text = io.TextIOWrapper(file, encoding=encoding, newline="", write_through=False)
                try:
                    if self._format == "json":
                        interchange.write_json(
                            text, content, counted(days()), exported_at=self._made_at
                        )
                    else:
                        labels = ExportLabels(
                            content.settings.language, content.categories, content.own_items
                        )
                        categories = list(content.categories)
                        keys = minute_keys(days(), categories)
                        export_csv.write_csv(text, counted(days()), keys, categories, labels)
                    text.flush()
                finally:
                    text.detach()
        self._reflection_days = tuple(written)


def journal_export(
    journal: Journal, fmt: str, start: date | None, end: date | None
) -> JournalExport:
    """The days from ``start`` to ``end`` (None: open-ended) as ``fmt``, and their entry."""
    if fmt not in FORMATS:
        raise ValueError(f"an export format is one of {FORMATS}, not {fmt!r}")
    return JournalExport(journal, fmt, start, end, journal.now())
