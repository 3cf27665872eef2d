"""Issue #19: after an import into a journal with content, the dialog names the backup.

The journal as it was before the import is kept as a backup; the done line says which
file, so the leader knows the way back. A real journal (today: 26 Nov 2026), in Danish.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tests.ui.test_import_dialog import import_now, load, open_dialog
from wellbeing_desktop.domain.models import DayLog, Language

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "foreign"


def test_the_done_line_names_the_backup_from_before_the_import(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner
) -> None:
    journal.save_day(DayLog(day=date(2026, 11, 2), energy=3, reflection="Min egen dag."))
    dialog, _session = open_dialog(qtbot, journal, tasks, Language.DANISH)
    load(qtbot, dialog, SAMPLES / "markdown_notes")
    import_now(qtbot, dialog)

    [backup] = [path for path in journal.backups() if "before-import" in path.name]
    said = dialog.done_line.text()
    assert said.startswith("Importeret: 4 indlæg på 4 dage. Dagbogen, som den var før")
    assert f"({backup.name} i mappen med sikkerhedskopier)" in said
