"""The GUI and the CLI changing the same day must both be kept.

Today saves only what the user changed since it loaded the day
(``Journal.save_day_edit``, a three-way merge), so a field the CLI (another process)
changed meanwhile is kept rather than written over with Today's older copy; when both
changed the reflection, both texts are kept and Today says so in one line.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tests.cli.cli_support import assert_ok, run_cli_process
from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayChanges, DayLog, Language
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

DAY = date(2026, 11, 24)


def test_a_cli_change_to_the_day_today_shows_survives_todays_save(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    journal.save_day(DayLog(day=DAY, reflection="Morgenens tanker"))
    session = JournalSession(access, Language.ENGLISH)
    today = TodayView(session, TaskRunner())
    qtbot.addWidget(today)
    session.open(journal)
    today.show_day(DAY)

    cli_side = access.open_with_passphrase(PASSPHRASE)  # the CLI's own connection
    cli_side.update_day(DAY, DayChanges(hours_worked_minutes=450))
    cli_side.close()

    today.reflection.editor.setFocus()
    qtbot.keyClicks(today.reflection.editor, " og aftenens")
    assert today.save_now()

    stored = journal.day(DAY)
    assert today._stored == stored  # the view now shows what is stored, the CLI's change too
    session.close()
    assert stored is not None
    assert stored.reflection == "Morgenens tanker og aftenens"
    assert stored.hours_worked_minutes == 450  # the CLI's write


def test_the_gui_and_the_cli_both_writing_the_reflection_keep_both_and_say_so(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    journal.save_day(DayLog(day=DAY, reflection="Morgenens tanker"))
    session = JournalSession(access, Language.ENGLISH)
    today = TodayView(session, TaskRunner())
    qtbot.addWidget(today)
    session.open(journal)
    today.show_day(DAY)
    today.show()

    # The real CLI, in its own process, while the GUI has the day open.
    cli = run_cli_process(
        "log",
        "--date",
        DAY.isoformat(),
        "--note",
        "Skrevet i terminalen",
        "--tag",
        "cli",
        data_dir=access.paths.root,
        env={"WELLBEING_PASSPHRASE": PASSPHRASE},
    )
    assert_ok(cli)

    today.reflection.editor.setFocus()
    qtbot.keyClicks(today.reflection.editor, " og aftenens")
    assert today.save_now()

    stored = journal.day(DAY)
    assert stored is not None
    assert stored.reflection.startswith("Morgenens tanker og aftenens\n\n— Gemt et andet sted kl. ")
    assert stored.reflection.endswith("\nSkrevet i terminalen")
    assert "cli" in stored.tags
    assert today.reflection.editor.toPlainText() == stored.reflection  # the user sees both
    assert today.merge_notice.isVisible()
    # The session speaks the journal's language (Danish by default).
    assert "begge tekster er bevaret i refleksionen" in today.merge_notice.text()
    today.show_day(date(2026, 11, 23))  # another day: the notice was about this one
    assert not today.merge_notice.isVisible()
    session.close()
