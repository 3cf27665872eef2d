"""Issue #19, GUI attack finding 11: a big journal's export does not freeze the window.

A Markdown export of 12,000 days froze the window 0.23-0.34 s although nothing of it ran
on the GUI thread: the worker read every day's database rows at once (with their minutes,
items and tags), and Python's full garbage collections, which stop every thread, grew
with them. The days are now read a chunk at a time: only a chunk's rows are alive at
once, and the export's read is faster too.
"""

from __future__ import annotations

import dataclasses
import weakref
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import event

from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.storage.orm import DayLogRow

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wellbeing_desktop.services.journal import Journal

DAYS = 1500


def _peak_rows_alive(journal: Journal) -> tuple[int, int]:
    """How many day rows were loaded while reading the content, and the most alive at once."""
    alive: weakref.WeakSet[DayLogRow] = weakref.WeakSet()
    loaded = [0, 0]

    def on_load(row: DayLogRow, _context: object) -> None:
        alive.add(row)
        loaded[0] += 1
        loaded[1] = max(loaded[1], len(alive))

    event.listen(DayLogRow, "load", on_load)
    try:
        content = journal.content()
    finally:
        event.remove(DayLogRow, "load", on_load)
    assert len(content.days) == DAYS
    return loaded[0], loaded[1]


def _days() -> Iterator[DayLog]:
    first = date(2020, 1, 1)
    for n in range(DAYS):
        yield DayLog(day=first + timedelta(days=n), reflection=f"Day {n}.", tags=("work",))


def test_the_export_reads_the_days_a_chunk_at_a_time(journal: Journal) -> None:
    journal.import_content(dataclasses.replace(journal.content(), days=tuple(_days())))

    loaded, peak = _peak_rows_alive(journal)

    assert loaded == DAYS
    assert peak <= 1000  # never every day's rows at once
    exported = journal.content()
    assert [d.reflection for d in exported.days[:2]] == ["Day 0.", "Day 1."]
    assert all(d.tags == ("work",) for d in exported.days)  # the children came along
