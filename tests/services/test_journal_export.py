"""The JSON/CSV export's content and consent entry (services/journal_export.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services import interchange
from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.services.journal_export import journal_export

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

WRITTEN, EMPTY, LATER = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 20)


@pytest.fixture
def days(journal: Journal) -> Journal:
    journal.save_day(DayLog(day=WRITTEN, reflection="A note that leaves with the file."))
    journal.save_day(DayLog(day=EMPTY, reflection="  \n"))
    journal.save_day(DayLog(day=LATER, reflection="Outside the period."))
    return journal


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_the_entry_names_the_period_and_the_days_whose_reflection_leaves(
    days: Journal, fmt: str
) -> None:
    export = journal_export(days, fmt, WRITTEN, EMPTY)
    assert export.record.format == export.record.kind == fmt
    assert (export.record.period_start, export.record.period_end) == (WRITTEN, EMPTY)
    assert export.record.reflection_days == (WRITTEN,)
    assert "A note that leaves with the file." in export.text
    assert "Outside the period." not in export.text


def test_the_json_file_and_its_entry_are_written_together(days: Journal, tmp_path: Path) -> None:
    export = journal_export(days, "json", None, None)
    target = tmp_path / "all.json"
    publish_and_record(days, target, export.record, export.render)
    content = interchange.content_from_json(target.read_text(encoding="utf-8"))
    assert [d.day for d in content.days] == [WRITTEN, EMPTY, LATER]
    assert [e.reflection_days for e in days.export_log()] == [(WRITTEN, LATER)]


def test_an_unknown_format_is_a_programming_error(days: Journal) -> None:
    with pytest.raises(ValueError, match="pdf"):
        journal_export(days, "pdf", None, None)
