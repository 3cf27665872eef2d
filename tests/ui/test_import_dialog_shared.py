"""Issue #19: the import dialog warns of new days that come in shared, and then imports them.

A day file of our own Markdown export keeps its share level; the banner says so before
Import, and pressing Import after it is the yes. A real journal (today: 26 Nov 2026).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tests.services.markdown_day_files import full_day, write_day
from tests.ui.test_import_dialog import import_now, load, open_dialog
from wellbeing_desktop.domain.models import DayLog, Language, ShareLevel

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

MONDAY = date(2026, 11, 16)


def test_new_shared_days_are_warned_about_and_imported_shared(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    write_day(tmp_path, full_day(DayLog(day=MONDAY, reflection="Til min coach.")))
    dialog, _session = open_dialog(qtbot, journal, tasks)

    assert "A new day is private, unless the file is our own export" in dialog.intro.text()
    load(qtbot, dialog, tmp_path / "Dage")
    assert dialog.warning.isVisible()
    assert dialog.warning.text.text() == (
        "Careful: the file brings 1 day shared (1:1 or coach) as a new day: 16 Nov 2026. Its "
        "text is shared with them. If it should stay private, make that day private in "
        "Today after the import."
    )
    import_now(qtbot, dialog)
    monday = journal.day(MONDAY)
    assert monday is not None
    assert (monday.share, monday.reflection) == (ShareLevel.COACH, "Til min coach.")


def test_the_warning_in_danish(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    write_day(tmp_path, full_day(DayLog(day=MONDAY, reflection="Til min coach.")))
    dialog, _session = open_dialog(qtbot, journal, tasks, Language.DANISH)
    load(qtbot, dialog, tmp_path / "Dage")
    assert dialog.warning.text.text().startswith(
        "Pas på: filen har 1 dag, der er delt (1:1 eller coach), som ny dag: 16. nov. 2026."
    )
