"""Export to Markdown, import into a new journal: every reflection and figure comes back.

The round trip of docs/markdown-export.md ("Reading it back"), through the real
``export_markdown`` and the real import, between two SQLCipher journals. Skipped while
``services/markdown_export.py`` is the contract's stub (the exporter is merged apart).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.domain.models import ActivityKind, Category, DayLog, ShareLevel
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.foreign_import import (
    plan_import,
    run_import,
)
from wellbeing_desktop.services.markdown_export import export_markdown

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

OWN_CATEGORY = Category("netvaerk", "Netværk", "Networking", ActivityKind.LEADERSHIP, 4)


@pytest.fixture
def new_journal(tmp_path: Path) -> Iterator[Journal]:
    """A second, new journal (the one the export is brought into)."""
    access = JournalAccess(JournalPaths(tmp_path / "ny"), kdf=keyfile.TEST_KDF, clock=fixed_clock)
    opened, _code = access.create(PASSPHRASE)
    yield opened
    opened.close()


def _days(journal: Journal) -> list[DayLog]:
    own = journal.add_own_signal("Kort lunte").key
    journal.save_categories([*DEFAULT_CATEGORIES, OWN_CATEGORY])
    days = [
        DayLog(
            day=date(2026, 11, 16),
            minutes={"operations": 240, "people_leadership": 90, "netvaerk": 30},
            hours_worked_minutes=480,
            stress_step=3,
            signals=("sig-sleep", own),
            demands=8,
            resources=3,
            demand_items=("d1", "d2"),
            resource_items=("r1",),
            energy=2,
            reflection="Svær samtale med Mette 😕\n\n- ro på\n- følg op #1-1\n",
            tags=("budget", "Travl-dag", "2026", "yes"),
            share=ShareLevel.COACH,
        ),
        DayLog(day=date(2026, 11, 17), energy=4, share=ShareLevel.ONE_ON_ONE),
        DayLog(day=date(2026, 11, 18), reflection="---\nEn streg\n---\n\n  ", tags=("drift",)),
        DayLog(day=date(2026, 11, 19), reflection="Windows\r\nlinjer\r\n"),
        DayLog(day=date(2026, 11, 20), tags=("kun-tag",)),
    ]
    return [journal.save_day(log) for log in days]


def test_an_export_imported_into_a_new_journal_keeps_every_reflection_and_figure(
    journal: Journal, new_journal: Journal, tmp_path: Path
) -> None:
    days = _days(journal)
    export_markdown(journal, tmp_path / "eksport")

    plan = plan_import(new_journal, tmp_path / "eksport")

    # The new journal lacks the own category (left out, counted) and the own signal: the
    # day file names it with its label, so it is made (tests/services/test_import_own_items.py).
    assert dict(plan.left_out).get(LeftOut.OTHER_CATEGORIES) == 1
    assert LeftOut.OTHER_ITEMS not in dict(plan.left_out)
    assert [item.label_da for item in plan.new_items] == ["Kort lunte"]
    assert plan.days == tuple(log.day for log in days)
    assert run_import(new_journal, plan, shared_confirmed=True).imported == len(days)
    first = dataclasses.replace(days[0], minutes={"operations": 240, "people_leadership": 90})
    assert new_journal.days() == [first, *days[1:]]


def test_a_journal_with_the_same_own_keys_gets_the_days_back_whole(
    journal: Journal, new_journal: Journal, tmp_path: Path
) -> None:
    days = _days(journal)
    new_journal.add_own_signal("Kort lunte")
    new_journal.save_categories([*DEFAULT_CATEGORIES, OWN_CATEGORY])
    export_markdown(journal, tmp_path / "eksport")

    plan = plan_import(new_journal, tmp_path / "eksport")

    assert not {LeftOut.OTHER_CATEGORIES, LeftOut.OTHER_ITEMS} & set(dict(plan.left_out))
    assert plan.new_shared == tuple(log.day for log in days if log.share is not ShareLevel.PRIVATE)
    assert run_import(new_journal, plan, shared_confirmed=True).imported == len(days)
    assert new_journal.days() == days
    again = plan_import(new_journal, tmp_path / "eksport")
    assert again.changes_nothing
