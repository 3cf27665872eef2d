"""Today obeys the hours-worked rule the command line keeps.

Times over the day's stated hours worked are refused in plain words; the rest of the day
is saved.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from wellbeing_desktop.domain.models import DayLog, JournalContent, Language
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

TODAY = date(2026, 11, 26)


def _view(qtbot: QtBot, access: JournalAccess, journal: Journal, language: Language) -> TodayView:
    session = JournalSession(access, language)
    view = TodayView(session, TaskRunner())
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    session.open(journal)
    qtbot.waitUntil(lambda: not view.readouts_pending)
    return view


def _type_time(qtbot: QtBot, view: TodayView, key: str, text: str) -> None:
    spin = view.time.spins[key]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_times_over_the_stated_hours_are_refused_and_the_reflection_saved(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    # The command line logged 4 h of operations and 5 h worked in all.
    journal.save_day(DayLog(day=TODAY, minutes={"operations": 240}, hours_worked_minutes=300))
    view = _view(qtbot, access, journal, Language.DANISH)

    _type_time(qtbot, view, "people_leadership", "2h")
    qtbot.keyClicks(view.reflection.editor, "En lang dag")
    assert not view.save_now()

    assert view.header.indicator.text() == (
        "Mere tid end dagens angivne arbejdstid (5:00) – resten er gemt"
    )
    stored = journal.day(TODAY)
    assert stored is not None
    assert stored.reflection == "En lang dag"
    assert stored.minutes == {"operations": 240}
    assert stored.hours_worked_minutes == 300
    view._session.close()


def test_an_old_day_with_fewer_hours_than_times_still_saves_the_reflection(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    # Stored before the rule (an import of such a day is taken as it is).
    journal.import_content(
        JournalContent(
            days=(DayLog(day=TODAY, minutes={"operations": 480}, hours_worked_minutes=420),)
        )
    )
    view = _view(qtbot, access, journal, Language.DANISH)

    qtbot.keyClicks(view.reflection.editor, "Still saved")
    assert view.save_now()

    stored = journal.day(TODAY)
    assert stored is not None
    assert stored.reflection == "Still saved"
    assert view.header.indicator.text().startswith("Gemt ")
    view._session.close()
