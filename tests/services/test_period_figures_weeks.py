"""``period_figures`` reads the weeks a year at a time: the same weeks as one read.

Issue #20: a 30-year period's weekly summaries all at once were ~7 MiB of a report's
peak; only a few numbers of each week are needed. The weeks counted for hours per week,
the ones left out and "part weeks only" must be those of one read of the whole period,
wherever the period starts and ends (a read never cuts a week in two).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.aggregation import Granularity, counted_weeks
from wellbeing_desktop.services import period_figures as figures_module
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.services.period_figures import hours_per_week, period_figures

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import JournalContent
    from wellbeing_desktop.services.journal import Journal

END = date(2026, 11, 18)  # a Wednesday


@pytest.fixture(scope="module")
def content() -> JournalContent:
    return generate_demo(days=420, seed=3, end=END)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (END - timedelta(days=419), END),  # more than a year of weeks: several reads
        (date(2025, 10, 6), date(2026, 10, 4)),  # Monday to Sunday
        (date(2025, 10, 9), date(2025, 10, 11)),  # inside one week: part weeks only
        (date(2025, 12, 30), date(2026, 1, 6)),  # across a year's end
    ],
)
def test_the_weeks_are_those_of_one_read(
    journal: Journal,
    content: JournalContent,
    start: date,
    end: date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal.import_content(content)
    weeks = journal.summaries(Granularity.WEEK, start, end, keep=False)
    counted, left_out, part_only = counted_weeks(weeks)
    monkeypatch.setattr(figures_module, "WEEKS_PER_READ", 7)  # many reads, even here
    got = period_figures(journal, start, end)
    assert got.weeks_logged == len(counted)
    assert got.hours_counted == pytest.approx(sum(w.hours_worked for w in counted))
    assert got.hours_per_week == pytest.approx(
        hours_per_week(sum(w.hours_worked for w in counted), len(counted))
    )
    assert got.left_out == tuple(w.start for w in left_out)
    assert got.part_week_only == part_only
