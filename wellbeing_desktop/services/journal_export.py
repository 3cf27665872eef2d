"""The journal (or a period) as a JSON or CSV file, and the consent-log entry that goes with it.

The entry names the format and period, and every day of the period whose reflection
leaves with the file (never the text). The caller writes the file and the entry as one
unit: ``export_files.publish_and_record(journal, target, export.record, export.render)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import ExportRecord
from wellbeing_desktop.services import interchange

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

FORMATS = ("json", "csv")


@dataclass(frozen=True)
class JournalExport:
    """The file's content and the entry that records it."""

    text: str
    record: ExportRecord

    def render(self, path: Path) -> None:
        """Write the content (UTF-8) into ``path``."""
        path.write_bytes(self.text.encode("utf-8"))


def journal_export(
    journal: Journal, fmt: str, start: date | None, end: date | None
) -> JournalExport:
    """The days from ``start`` to ``end`` (None: open-ended) as ``fmt``, and their entry."""
    if fmt == "json":
        content = journal.content(start, end)
        days = list(content.days)
        text = interchange.content_to_json(content)
    elif fmt == "csv":
        days = journal.days(start, end)
        text = interchange.days_to_csv(days, journal.categories())
    else:
        raise ValueError(f"an export format is one of {FORMATS}, not {fmt!r}")
    record = ExportRecord(
        made_at=journal.now(),
        kind=fmt,
        format=fmt,
        period_start=start,
        period_end=end,
        reflection_days=tuple(d.day for d in days if d.reflection.strip()),
    )
    return JournalExport(text, record)
