"""Issue #20: an export or report is written as the days are read, in bounded memory.

A 30-year journal's JSON export built the whole document in memory (171 MiB). Now every
format writes a day as it reads it: the peak of what the export allocates (tracemalloc)
hardly grows when the journal grows fourfold, while the text it writes does. No timing.
"""

from __future__ import annotations

import dataclasses
import tracemalloc
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.models import DayLog, Language, ShareLevel
from wellbeing_desktop.services.journal_export import journal_export
from wellbeing_desktop.services.markdown_export import export_markdown
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

FIRST = date(2000, 1, 1)
SMALL, LARGE = 600, 2400  # days: more than one chunk of 500 rows in both
WORDS: tuple[str, ...] = ("Dagen", "gik", "med", "driftsmøder,", "budget", "og", "en", "god")
WORDS += ("samtale", "med", "teamet", "om", "trivsel")


def _days(start: int, stop: int) -> tuple[DayLog, ...]:
    """Days with a reflection of about 1,000 characters each (different on every day)."""
    return tuple(
        DayLog(
            day=FIRST + timedelta(days=n),
            minutes={"operations": 60 + n % 7},
            stress_step=1 + n % 5,
            reflection=f"Dag {n}: " + " ".join(WORDS[(n + i) % len(WORDS)] for i in range(130)),
            tags=("drift",),
            share=ShareLevel.COACH if n % 3 == 0 else ShareLevel.PRIVATE,
        )
        for n in range(start, stop)
    )


def _peak(write: Callable[[], object]) -> int:
    """The most memory ``write`` had allocated at once, in bytes."""
    tracemalloc.start()
    try:
        write()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _grow(journal: Journal) -> int:
    """Fill the journal from SMALL to LARGE days; the text added, in characters."""
    added = _days(SMALL, LARGE)
    journal.import_content(dataclasses.replace(journal.content(), days=added))
    return sum(len(d.reflection) for d in added)


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx", "markdown", "report", "one-on-one"])
def test_an_export_holds_no_more_when_the_journal_is_four_times_longer(
    journal: Journal, tmp_path: Path, fmt: str
) -> None:
    journal.import_content(dataclasses.replace(journal.content(), days=_days(0, SMALL)))
    runs = iter(range(10))

    def write() -> object:
        target = tmp_path / f"out-{next(runs)}"
        if fmt == "markdown":
            return export_markdown(journal, target)
        if fmt == "report":  # the whole journal's coach summary (its sharing rule reads all)
            end = FIRST + timedelta(days=LARGE)
            return build_report(journal, ReportKind.COACH, FIRST, end, Language.DANISH)
        if fmt == "one-on-one":  # its draft agenda counts the days as it reads them
            end = FIRST + timedelta(days=LARGE)
            return build_report(journal, ReportKind.ONE_ON_ONE, FIRST, end, Language.DANISH)
        target.touch()
        journal_export(journal, fmt, None, None).render(target)
        return target

    write()  # imports and caches warmed
    small = _peak(write)
    added = _grow(journal)
    large = _peak(write)

    # Held whole, the 1,800 extra days (1.3 million characters of reflections) were in
    # memory at least once more, as days and as the document (the peak grew 2.8-11.5 MB
    # before issue #20); written as read, it grows by well under their text.
    assert large - small < added, (small, large, added)
