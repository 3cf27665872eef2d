"""Issue #19: the import dialog names the own signals, demands and resources it makes.

A day file of our own Markdown export names the labels of its own items; the preview
says which the import makes (above what is left out), and Import makes them. A real
journal (today: 26 Nov 2026), the real dialog, in Danish.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tests.services.markdown_day_files import write_day
from tests.ui.test_import_dialog import import_now, load, open_dialog, shown
from wellbeing_desktop.domain.models import CatalogueKind, DayLog, Language

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

MONDAY = date(2026, 11, 16)


def test_the_preview_names_the_new_own_items_and_import_makes_them(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    day = DayLog(
        day=MONDAY,
        signals=("own-travlhed", "own-uden-navn"),  # the second has no label: left out
        demand_items=("own-budgetpres",),
        reflection="Travl dag",
    )
    labels = 'own_items:\n  own-travlhed: "Travlhed"\n  own-budgetpres: "Budgetpres"'
    write_day(tmp_path, day, extra=labels)
    dialog, _session = open_dialog(qtbot, journal, tasks, Language.DANISH)

    load(qtbot, dialog, tmp_path / "Dage")

    made, left_out = shown(dialog)[-1].split("\n")
    assert made == "Nye egne signaler, krav eller ressourcer: Travlhed, Budgetpres"
    assert left_out.startswith("Udeladt")
    import_now(qtbot, dialog)
    signals = {item.key: item.label_da for item in journal.catalogue(CatalogueKind.SIGNAL)}
    assert signals["own-travlhed"] == "Travlhed"
    assert "own-uden-navn" not in signals
    assert [item.label_da for item in journal.catalogue(CatalogueKind.DEMAND)][-1] == "Budgetpres"
    stored = journal.day(MONDAY)
    assert stored is not None
    assert stored.signals == ("own-travlhed",)
