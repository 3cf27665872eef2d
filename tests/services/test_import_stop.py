"""Issue #19, GUI attack finding 1: an import asked to stop (the journal is locking).

``run_import(..., stop=...)`` asks ``stop`` between days and before the commit; when it
says so the one transaction is rolled back (nothing of the file is in the journal, not
even the remembered ids: the same file imports whole afterwards) and ``ImportStopped``
is raised. A stop that comes after the last question (the commit has begun) is not seen:
the import finishes.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.foreign_import import (
    ImportFormat,
    ImportStopped,
    plan_import,
    run_import,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from wellbeing_desktop.services.journal import Journal

JRNL = Path(__file__).parent.parent / "data" / "foreign" / "jrnl-4.6.json"


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    access = JournalAccess(
        JournalPaths(tmp_path / "journal"),
        kdf=keyfile.TEST_KDF,
        clock=lambda: datetime(2026, 12, 7, 16, 30),
    )
    opened, _code = access.create(PASSPHRASE)
    yield opened
    opened.close()


def _stop_at(question: int) -> tuple[Callable[[], bool], list[int]]:
    """A ``stop`` that says yes from its ``question``-th question on; how often it was asked."""
    asked = [0]

    def stop() -> bool:
        asked[0] += 1
        return asked[0] >= question

    return stop, asked


@pytest.mark.parametrize("question", [1, 2, 5])  # before the first day, between, before commit
def test_a_stopped_import_writes_nothing(journal: Journal, question: int) -> None:
    plan = plan_import(journal, JRNL, ImportFormat.JRNL)
    assert len(plan.days) == 4
    stop, _asked = _stop_at(question)

    with pytest.raises(ImportStopped):
        run_import(journal, plan, stop=stop)

    assert journal.days() == []
    assert journal.imported_ids(ImportFormat.JRNL.value) == frozenset()
    again = run_import(journal, plan_import(journal, JRNL, ImportFormat.JRNL))
    assert again.imported == plan.entries


def test_stop_is_asked_between_days_and_before_the_commit(journal: Journal) -> None:
    plan = plan_import(journal, JRNL, ImportFormat.JRNL)
    stop, asked = _stop_at(10**6)  # never says yes

    assert run_import(journal, plan, stop=stop).imported == plan.entries

    assert asked[0] == len(plan.days) + 1  # before each day, and once before the commit
    assert len(journal.days()) == 4
