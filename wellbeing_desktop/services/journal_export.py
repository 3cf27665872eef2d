"""The journal (or a period) as a JSON, CSV or spreadsheet file, and its consent-log entry.

The entry names the format and period, and every day of the period whose reflection
leaves with the file (never the text). The caller writes the file and the entry as one
unit: ``export_files.publish_and_record(journal, target, export.record, export.render)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import ExportRecord
from wellbeing_desktop.services import export_csv, interchange
from wellbeing_desktop.services.export_words import ExportLabels

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

FORMATS = ("json", "csv", "xlsx")


@dataclass(frozen=True)
class JournalExport:
    """The file's content (bytes) and the entry that records it."""

    data: bytes
    record: ExportRecord

    @property
    def text(self) -> str:
        """The content of a JSON or CSV export as text (without the CSV's byte-order mark)."""
        if self.record.format == "xlsx":
            raise ValueError("a spreadsheet is not text")
        return self.data.decode("utf-8-sig")

    def render(self, path: Path) -> None:
        """Write the content into ``path``."""
        path.write_bytes(self.data)


def journal_export(
    journal: Journal, fmt: str, start: date | None, end: date | None
) -> JournalExport:
    """The days from ``start`` to ``end`` (None: open-ended) as ``fmt``, and their entry."""
    if fmt not in FORMATS:
        raise ValueError(f"an export format is one of {FORMATS}, not {fmt!r}")
    made_at = journal.now()
    content = journal.content(start, end)
    days = list(content.days)
    if fmt == "json":
        data = interchange.content_to_json(content, exported_at=made_at).encode("utf-8")
    else:
        labels = ExportLabels(content.settings.language, content.categories, content.own_items)
        if fmt == "csv":
            # A byte-order mark, so a spreadsheet program reads the file as UTF-8 (æ, ø, å).
            text = export_csv.days_to_csv(days, list(content.categories), labels)
            data = text.encode("utf-8-sig")
        else:
            from wellbeing_desktop.services.export_xlsx import content_to_xlsx

            data = content_to_xlsx(content, content.export_log, labels, made_at)
    record = ExportRecord(
        made_at=made_at,
        kind=fmt,
        format=fmt,
        period_start=start,
        period_end=end,
        reflection_days=tuple(d.day for d in days if d.reflection.strip()),
    )
    return JournalExport(data, record)
