"""Time typed in Today past the day's stated hours worked is saved, and raises them.

Today has no hours-worked field (the command line sets it, and every demo day has one):
time typed past it is never refused, the day moves and locks as any other, and the
status line says in words that the hours worked were raised to cover the categories.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from tests.conftest import FIXED_NOW, PASSPHRASE
from wellbeing_desktop.domain.models import DayLog, JournalContent, Language
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = FIXED_NOW.date()
# As `log --operations 6h --leadership 2h --hours 8h45` leaves it.
CLI_DAY = DayLog(
    day=TODAY, minutes={"operations": 360, "people_leadership": 120}, hours_worked_minutes=525
)
RAISED_DA = "Arbejdstiden den 26. nov. er sat op til 9 t 30 min, så den dækker tiden i kategorierne"
ALL_SAVED = "Alt, du skrev, er gemt."


def _type_time(qtbot: QtBot, view: TodayView, key: str, text: str) -> None:
    spin = view.time.spins[key]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def _window(make_window, access: JournalAccess, qtbot: QtBot) -> MainWindow:
    journal = access.create(PASSPHRASE)[0]
    journal.save_day(CLI_DAY)
    journal.close()
    window: MainWindow = make_window()
    _unlock(window, qtbot)
    return window


def _unlock(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)


def _indicator(view: TodayView) -> str:
    """The status line; its dates and durations are joined by no-break spaces."""
    return view.header.indicator.text().replace("\N{NO-BREAK SPACE}", " ")


def _today(window: MainWindow) -> TodayView:
    view = window.shell.views[Page.TODAY]
    assert isinstance(view, TodayView)
    return view


def test_time_past_the_stated_hours_is_saved_raises_them_and_says_so(
    make_window, access: JournalAccess, qtbot: QtBot
) -> None:
    window = _window(make_window, access, qtbot)
    today = _today(window)

    _type_time(qtbot, today, "operations", "7t30")  # 9 t 30 in all, 8 t 45 stated
    assert today.save_now()

    assert _indicator(today) == RAISED_DA
    assert today.header.indicator.property("state") != "error"
    stored = window.session.journal.day(TODAY)
    assert stored is not None
    assert stored.minutes == {"operations": 450, "people_leadership": 120}
    assert stored.hours_worked_minutes == 570

    qtbot.keyClick(today.time.spins["operations"], Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert today.header.day() == TODAY - timedelta(days=1)  # the day moves as any other


def test_moving_the_day_and_locking_keep_the_typed_time(
    make_window, access: JournalAccess, qtbot: QtBot
) -> None:
    # The tester's path: type past the hours, Alt+← at once, lock, unlock.
    window = _window(make_window, access, qtbot)
    today = _today(window)
    spin = today.time.spins["operations"]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "7t30")

    qtbot.keyClick(spin, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert today.header.day() == TODAY - timedelta(days=1)
    assert _indicator(today) == RAISED_DA  # it names its day: said here too
    qtbot.keyClick(spin, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert today.header.indicator.text() == ""  # but not on every day after
    qtbot.keyClick(spin, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the shell's lock
    qtbot.waitUntil(lambda: not window.session.is_open)
    assert ALL_SAVED in window.unlock_view.lock_note.text()
    _unlock(window, qtbot)

    today = _today(window)
    today.show_today()
    assert today.header.day() == TODAY
    assert today.time.spins["operations"].minutes() == 450
    assert today.time.total.text() == "9 t 30 min"
    stored = window.session.journal.day(TODAY)
    assert stored is not None
    assert stored.minutes == {"operations": 450, "people_leadership": 120}
    assert stored.hours_worked_minutes == 570


def _view(qtbot: QtBot, access: JournalAccess, journal: Journal, language: Language) -> TodayView:
    session = JournalSession(access, language)
    view = TodayView(session, TaskRunner())
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    session.open(journal)
    qtbot.waitUntil(lambda: not view.readouts_pending)
    return view


def test_the_status_says_it_in_english_and_a_later_save_says_saved(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    journal.save_day(CLI_DAY)
    view = _view(qtbot, access, journal, Language.DANISH)

    _type_time(qtbot, view, "strategy", "1h15")
    assert view.save_now()
    view._session.set_language(Language.ENGLISH)  # the line is redone in the new language

    assert _indicator(view) == (
        "Hours worked on 26 Nov raised to 9 h 15 m to cover the time in the categories"
    )
    qtbot.keyClicks(view.reflection.editor, "A long day")
    assert view.save_now()
    assert view.header.indicator.text().startswith("Saved ")  # raised once, said once
    stored = journal.day(TODAY)
    assert stored is not None
    assert stored.hours_worked_minutes == 555
    assert stored.reflection == "A long day"
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
    assert stored.hours_worked_minutes == 420  # its time did not change: its hours stay
    assert view.header.indicator.text().startswith("Gemt ")
    view._session.close()
