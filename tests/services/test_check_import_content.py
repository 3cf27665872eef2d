"""``Journal.check_import_content``: the refusals of ``import_content``, writing nothing.

The command line's ``import --dry-run`` of our own JSON export relies on it: the same
checks in the same order (days already in the journal first, then every entry's rules),
on a read.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services.demo import generate_demo

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal

END = date(2024, 11, 20)  # before the fixed clock's today


def test_a_file_the_import_takes_passes_the_check_and_nothing_is_written(journal: Journal) -> None:
    content = generate_demo(days=15, seed=5, end=END)
    journal.check_import_content(content)
    assert journal.days() == []
    journal.import_content(content)  # the check said yes: so does the import
    assert len(journal.days()) == len(content.days)


def test_days_already_in_the_journal_are_refused_alike(journal: Journal) -> None:
    content = generate_demo(days=15, seed=5, end=END)
    journal.import_content(content)
    before = journal.content()
    with pytest.raises(WellbeingError) as checked:
        journal.check_import_content(content)
    with pytest.raises(WellbeingError) as imported:
        journal.import_content(content)
    assert str(checked.value) == str(imported.value)
    assert "already in this journal" in str(checked.value)
    assert journal.content() == before


def test_an_entry_that_breaks_a_rule_is_refused_alike(journal: Journal) -> None:
    content = generate_demo(days=15, seed=5, end=END)
    broken = dataclasses.replace(content.days[3], tags=("to ord",))
    content = dataclasses.replace(content, days=(*content.days[:3], broken, *content.days[4:]))
    with pytest.raises(WellbeingError) as checked:
        journal.check_import_content(content)
    with pytest.raises(WellbeingError) as imported:
        journal.import_content(content)
    assert str(checked.value) == str(imported.value)
    assert "days[3].tags" in str(checked.value)
    assert journal.days() == []
