"""The journal (or a period) as a JSON or CSV file, written with its consent-log entry.

What the entry names: the format and period, and every day of the period whose reflection
left with the file (never the text). The file and the entry are one unit
(``export_files.publish_and_record``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import ExportRecord
from wellbeing_desktop.services import interchange
from wellbeing_desktop.services.export_files import publish_and_record

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

FORMATS = ("json", "csv")


def publish_journal_export(
    journal: Journal, target: Path, fmt: str, start: date | None, end: date | None
) -> ExportRecord:
    """Write the days from ``start`` to ``end`` (None: open-ended) as ``fmt`` to ``target``.

    Raises what ``publish_and_record`` raises; then no file is left.
    """
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
    return publish_and_record(
        journal, target, record, lambda temp: temp.write_bytes(text.encode("utf-8"))
    )
