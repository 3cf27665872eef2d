"""Own signals, demands and resources survive the Markdown round trip (issue #19).

A day file of our export names the labels of the own items its day uses (``own_items``);
the import makes those the journal lacks, in its one transaction, so the round trip
export → import into a new journal keeps them. Real SQLCipher journals, the real export.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.markdown_day_files import write_day
from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.domain.models import (
    CatalogueItem,
    CatalogueKind,
    DayLog,
    JournalContent,
    SignalGroup,
)
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign_import import (
    ImportStopped,
    plan_import,
    run_import,
)
from wellbeing_desktop.services.markdown_export import export_markdown
from wellbeing_desktop.ui.transfer.import_preview import plan_texts

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

MONDAY, TUESDAY = date(2026, 11, 16), date(2026, 11, 17)
DEMAND = CatalogueItem(
    "own-budgetpres", CatalogueKind.DEMAND, "Budgetpres", "Budgetpres", custom=True
)
RESOURCE = CatalogueItem(
    "own-mentor", CatalogueKind.RESOURCE, "Min mentor", "Min mentor", custom=True
)
KINDS = (CatalogueKind.SIGNAL, CatalogueKind.DEMAND, CatalogueKind.RESOURCE)


@pytest.fixture
def new_journal(tmp_path: Path) -> Iterator[Journal]:
    """A second, new journal (the one the export is brought into)."""
    access = JournalAccess(JournalPaths(tmp_path / "ny"), kdf=keyfile.TEST_KDF, clock=fixed_clock)
    opened, _code = access.create(PASSPHRASE)
    yield opened
    opened.close()


def _own(journal: Journal) -> list[CatalogueItem]:
    return [item for kind in KINDS for item in journal.catalogue(kind) if item.custom]


def _with_own_items(journal: Journal) -> None:
    """The user's own signal (made as the app makes it), demand and resource."""
    journal.import_content(
        JournalContent(settings=journal.settings(), own_items=(DEMAND, RESOURCE))
    )
    journal.add_own_signal("Snerrer ad børnene")


def _exported(journal: Journal, folder: Path) -> list[DayLog]:
    _with_own_items(journal)
    days = [
        DayLog(
            day=MONDAY,
            signals=("sig-sleep", "own-snerrer-ad-boernene"),
            demands=8,
            demand_items=("d1", "own-budgetpres"),
            resource_items=("own-mentor", "r1"),
            energy=2,
            reflection="Dårlig dag",
        ),
        DayLog(day=TUESDAY, signals=("own-snerrer-ad-boernene",), reflection="Bedre"),
    ]
    days = [journal.save_day(log) for log in days]
    export_markdown(journal, folder)
    return days


def test_a_new_journal_gets_the_own_items_and_every_figure_back(
    journal: Journal, new_journal: Journal, tmp_path: Path
) -> None:
    days = _exported(journal, tmp_path / "eksport")

    plan = plan_import(new_journal, tmp_path / "eksport")

    assert LeftOut.OTHER_ITEMS not in dict(plan.left_out)
    labels = [item.label_da for item in plan.new_items]
    assert labels == ["Snerrer ad børnene", "Budgetpres", "Min mentor"]
    line = plan_texts(plan, Language.DANISH).new_items
    assert (
        line
        == "Nye egne signaler, krav eller ressourcer: Snerrer ad børnene, Budgetpres, Min mentor"
    )
    assert _own(new_journal) == []  # the plan writes nothing
    run_import(new_journal, plan)
    assert new_journal.days() == days
    assert _own(new_journal) == _own(journal)
    signal = new_journal.catalogue(CatalogueKind.SIGNAL)[-1]
    assert (signal.label_da, signal.label_en, signal.group) == (
        "Snerrer ad børnene",
        "Snerrer ad børnene",
        SignalGroup.OWN,
    )
    assert plan_import(new_journal, tmp_path / "eksport").changes_nothing


def test_a_journal_that_has_them_gets_no_second_one(
    journal: Journal, new_journal: Journal, tmp_path: Path
) -> None:
    days = _exported(journal, tmp_path / "eksport")
    _with_own_items(new_journal)
    before = _own(new_journal)

    plan = plan_import(new_journal, tmp_path / "eksport")

    assert plan.new_items == ()
    assert plan_texts(plan, Language.ENGLISH).new_items == ""
    run_import(new_journal, plan)
    assert _own(new_journal) == before
    assert new_journal.days() == days


def test_an_import_stopped_or_refused_makes_no_item(
    journal: Journal, new_journal: Journal, tmp_path: Path
) -> None:
    _exported(journal, tmp_path / "eksport")
    plan = plan_import(new_journal, tmp_path / "eksport")

    with pytest.raises(ImportStopped):
        run_import(new_journal, plan, stop=lambda: True)
    assert _own(new_journal) == []
    # The file changed since the preview: refused when it is read again, at the end.
    changed = tmp_path / "eksport" / "Dage" / f"{TUESDAY.isoformat()}.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "Mere\n", encoding="utf-8")
    with pytest.raises(ForeignFileError):
        run_import(new_journal, plan)
    assert _own(new_journal) == []
    assert new_journal.days() == []


def test_only_an_own_key_with_a_plain_label_is_made(new_journal: Journal, tmp_path: Path) -> None:
    day = DayLog(
        day=MONDAY,
        signals=("sig-irritability", "own-irritabel", "sig-newer", "own-escape", "own-uden-navn"),
        resource_items=("own-irritabel",),
    )
    labels = [
        '  own-irritabel: "Irritabilitet"',  # a built-in signal's label: made, kept apart
        '  sig-newer: "Ny indbygget"',  # not an own key (a newer version's built-in)
        '  own-escape: "Rens\\x1b[2J"',  # a control character: not shown, not made
    ]
    write_day(tmp_path / "noter", day, extra="\n".join(["own_items:", *labels]))

    plan = plan_import(new_journal, tmp_path / "noter")

    assert [(i.key, i.label_en, i.catalogue) for i in plan.new_items] == [
        ("own-irritabel", "Irritabilitet", CatalogueKind.SIGNAL)
    ]
    # The resource of a signal's key, the newer key, the escape, the one without a label:
    assert dict(plan.left_out)[LeftOut.OTHER_ITEMS] == 4
    run_import(new_journal, plan)
    stored = new_journal.day(MONDAY)
    assert stored is not None
    assert stored.signals == ("sig-irritability", "own-irritabel")
    assert stored.resource_items == ()
