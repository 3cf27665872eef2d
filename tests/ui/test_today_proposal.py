"""Today's proposed time split (issue #15): shown, accepted by one key, never saved alone."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.ui.wheel_support import wheel_down
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.main_window import PAGE_KEY
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.shell.tray import TrayIntegration
from wellbeing_desktop.ui.today.start_focus import focus_first_field
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

TODAY = date(2026, 11, 26)  # the fixed clock's date (a Thursday)
WEEK = timedelta(days=7)
# Two Thursdays: operations 240/300 → 270, people leadership 60/120 → 90, strategy 30/0 → 15.
THURSDAYS = (
    DayLog(day=TODAY - WEEK, minutes={"operations": 240, "people_leadership": 60}),
    DayLog(
        day=TODAY - 2 * WEEK,
        minutes={"operations": 300, "people_leadership": 120, "strategy": 30},
    ),
)
PROPOSED = {"operations": 270, "people_leadership": 90, "strategy": 15}


def _typical_thursdays(journal: Journal) -> None:
    for log in THURSDAYS:
        journal.save_day(log)


@pytest.fixture
def session(access: JournalAccess) -> JournalSession:
    return JournalSession(access, Language.DANISH)


@pytest.fixture
def view(qtbot: QtBot, session: JournalSession, journal: Journal) -> Iterator[TodayView]:
    _typical_thursdays(journal)
    today = TodayView(session, TaskRunner())
    qtbot.addWidget(today)
    today.resize(1120, 780)
    today.show()
    qtbot.waitExposed(today)
    today.activateWindow()
    qtbot.waitUntil(today.isActiveWindow)
    session.open(journal)
    qtbot.waitUntil(lambda: not today.readouts_pending)
    yield today
    session.close()


def _placeholders(view: TodayView) -> dict[str, str]:
    return {key: spin.lineEdit().placeholderText() for key, spin in view.time.spins.items()}


def test_the_proposal_shows_its_source_and_figures_in_both_languages(
    view: TodayView, session: JournalSession
) -> None:
    assert view.proposal.isVisibleTo(view)
    assert view.proposal.text.text().startswith("<b>Som en typisk torsdag</b>: 6 t 15 min i alt")
    assert view.proposal.accept_button.text() == "Brug forslaget"
    assert view.proposal.dismiss_button.text() == "Nej tak"
    # The figures stand grey in the boxes; the boxes themselves stay empty.
    assert _placeholders(view) == {
        "operations": "4 t 30",
        "people_leadership": "1 t 30",
        "strategy": "0 t 15",
        "own_tasks": "0 t 00",
    }
    assert all(spin.text() == "" for spin in view.time.spins.values())
    assert view.time.spins["operations"].font().italic()
    session.set_language(Language.ENGLISH)
    assert view.proposal.text.text().startswith("<b>As a typical Thursday</b>: 6 h 15 m in all")
    assert view.proposal.accept_button.text() == "Use the proposal"
    assert view.proposal.accessibleName().startswith("As a typical Thursday")


def test_one_key_accepts_and_saves_exactly_the_proposed_split(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    focus_first_field(view)
    assert view.focusWidget() is view.proposal.accept_button
    qtbot.keyClick(view.proposal.accept_button, Qt.Key.Key_Return)  # the one key
    assert not view.proposal.isVisibleTo(view)
    assert view.time.minutes() == PROPOSED
    assert not view.time.spins["operations"].font().italic()  # values now, not proposals
    assert view.focusWidget() is view.staircase  # on to the next step
    assert view.header.indicator.text() == "Gemmer…"  # saved like any edit (autosave pending)
    view.save_now()  # what the autosave timer would do a moment later
    assert journal.day(TODAY) == DayLog(day=TODAY, minutes=PROPOSED)


def test_browsing_and_locking_with_a_proposal_shown_writes_nothing(
    view: TodayView, journal: Journal, session: JournalSession, access: JournalAccess
) -> None:
    before = journal.days()
    assert view.proposal.isVisibleTo(view)
    view.show_day(TODAY - 20 * WEEK)  # nothing logged in the weeks before it
    assert not view.proposal.isVisibleTo(view)
    assert _placeholders(view)["operations"] == "0 t 00"
    view.show_day(TODAY - WEEK)  # a logged Thursday: no proposal
    assert not view.proposal.isVisibleTo(view)
    journal.save_day(DayLog(day=TODAY - timedelta(days=4), minutes={"own_tasks": 45}))
    before = journal.days()
    view.show_day(TODAY - timedelta(days=3))  # a past Monday after a logged Sunday
    assert view.proposal.isVisibleTo(view)
    assert view.proposal.text.text().startswith("<b>Som dagen før</b>: 45 min i alt")
    view.show_today()
    assert view.proposal.isVisibleTo(view)
    view.save_now()
    session.close()  # locking saves what is pending: nothing is
    assert not view.proposal.isVisibleTo(view)
    reopened = access.open_with_passphrase(PASSPHRASE)
    session.open(reopened)
    assert reopened.days() == before
    assert reopened.day(TODAY) is None
    assert reopened.day(TODAY - timedelta(days=3)) is None
    assert view.proposal.isVisibleTo(view)  # still only a proposal


def test_changing_one_figure_takes_the_rest_from_the_proposal(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    operations = view.time.spins["operations"]
    operations.setFocus()
    qtbot.keyClicks(operations, "5t")
    assert not view.proposal.isVisibleTo(view)
    assert operations.text() == "5t"  # what was typed stays as typed
    view.save_now()
    assert journal.day(TODAY) == DayLog(day=TODAY, minutes={**PROPOSED, "operations": 300})


def test_arrow_keys_in_an_empty_box_step_from_its_proposed_figure(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    strategy = view.time.spins["strategy"]
    strategy.setFocus()
    qtbot.keyClick(strategy, Qt.Key.Key_Up)
    view.save_now()
    assert journal.day(TODAY) == DayLog(day=TODAY, minutes={**PROPOSED, "strategy": 30})


def test_no_thanks_hides_it_for_that_day(qtbot: QtBot, view: TodayView, journal: Journal) -> None:
    focus_first_field(view)
    qtbot.keyClick(view.proposal.accept_button, Qt.Key.Key_Escape)
    assert not view.proposal.isVisibleTo(view)
    assert set(_placeholders(view).values()) == {"0 t 00"}
    assert view.focusWidget() is view.time.spins["operations"]
    view.show_day(TODAY - timedelta(days=1))
    view.show_today()
    assert not view.proposal.isVisibleTo(view)  # still dismissed for this day
    assert journal.day(TODAY) is None


# --- the ritual's start: unlock and the reminder -------------------------------------------


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)


def test_after_unlock_the_keyboard_is_on_the_proposal(
    qtbot: QtBot, make_window, access: JournalAccess
) -> None:
    journal, _code = access.create(PASSPHRASE)
    _typical_thursdays(journal)
    journal.close()
    window = make_window()
    _unlock(qtbot, window)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    assert window.shell.current_page() is Page.TODAY
    assert window.focusWidget() is today.proposal.accept_button
    assert today.page_scroll.verticalScrollBar().value() == 0
    # The reminder's action on another page: Today, today, the proposal focused.
    tray = window.findChild(TrayIntegration)
    assert isinstance(tray, TrayIntegration)
    today.show_day(TODAY - timedelta(days=1))
    window.shell.show_page(Page.TRENDS)
    window.shell.views[Page.TRENDS].setFocus()
    tray.icon.messageClicked.emit()  # what the desktop sends when the user clicks it
    assert window.shell.current_page() is Page.TODAY
    assert today.header.day() == TODAY
    assert window.focusWidget() is today.proposal.accept_button
    qtbot.keyClick(today.proposal.accept_button, Qt.Key.Key_Return)
    window.lock()  # saves at once
    reopened = access.open_with_passphrase(PASSPHRASE)
    try:
        assert reopened.day(TODAY) == DayLog(day=TODAY, minutes=PROPOSED)
        assert reopened.day(TODAY - timedelta(days=1)) is None  # looked at, never written
    finally:
        reopened.close()


def test_after_unlock_without_a_proposal_the_first_time_box_has_the_keyboard(
    qtbot: QtBot, make_window, access: JournalAccess
) -> None:
    access.create(PASSPHRASE)[0].close()
    window = make_window()
    _unlock(qtbot, window)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    assert not today.proposal.isVisibleTo(today)
    assert window.focusWidget() is today.time.spins["operations"]


def test_the_reminder_while_locked_lands_on_the_proposal_after_unlock(
    qtbot: QtBot, make_window, access: JournalAccess, ui_settings: QSettings
) -> None:
    journal, _code = access.create(PASSPHRASE)
    _typical_thursdays(journal)
    journal.close()
    ui_settings.setValue(PAGE_KEY, Page.TRENDS.name)  # an unlock alone would go there
    window = make_window()
    tray = window.findChild(TrayIntegration)
    assert isinstance(tray, TrayIntegration)
    tray.today_action.trigger()  # the tray menu's "Today's reflection", while locked
    assert window.stack.currentWidget() is window.unlock_view
    _unlock(qtbot, window)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    qtbot.waitUntil(lambda: window.focusWidget() is today.proposal.accept_button, timeout=3000)
    assert window.shell.current_page() is Page.TODAY


def test_only_enter_or_a_click_takes_the_proposal(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    """Typing a sentence straight after unlock, or a held Enter, takes nothing (attack #15)."""
    accept = view.proposal.accept_button
    accept.setFocus()
    qtbot.keyClick(accept, Qt.Key.Key_Space)
    qtbot.keyClicks(accept, "I dag var hård")
    repeat = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
    )
    QApplication.sendEvent(accept, repeat)
    view.save_now()
    assert view.proposal.isVisibleTo(view)
    assert journal.day(TODAY) is None
    qtbot.keyClick(accept, Qt.Key.Key_Return)
    view.save_now()
    assert journal.day(TODAY) == DayLog(day=TODAY, minutes=PROPOSED)


def test_scrolling_the_page_over_a_time_box_changes_nothing(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    """The wheel over an unfocused box or slider scrolls the page (attack #15)."""
    view.resize(1000, 400)  # a page that scrolls
    qtbot.waitUntil(lambda: view.page_scroll.verticalScrollBar().maximum() > 0)
    view.header.today_button.setFocus()
    for control in (view.time.spins["operations"], view.balance.demands.slider):
        bar = view.page_scroll.verticalScrollBar()
        bar.setValue(0)
        wheel_down(control)
        assert bar.value() > 0, type(control).__name__  # the page moved
    view.save_now()
    assert journal.day(TODAY) is None  # and no figure was set, nothing saved
    assert view.proposal.isVisibleTo(view)


def test_a_day_logged_as_zero_hours_gets_no_proposal(view: TodayView, journal: Journal) -> None:
    """A day off logged as 0 h is logged: no proposal offers to overwrite it (attack #15)."""
    zero = {"operations": 0, "people_leadership": 0}
    journal.save_day(DayLog(day=TODAY - timedelta(days=1), minutes=zero, reflection="Fri"))
    view.show_day(TODAY - timedelta(days=1))
    assert not view.proposal.isVisibleTo(view)
    assert journal.day(TODAY - timedelta(days=1)).minutes == zero  # type: ignore[union-attr]


def test_a_figure_typed_and_erased_brings_the_proposal_back(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    """Typing a digit and taking it back is no decision: nothing is saved (re-attack #15)."""
    operations = view.time.spins["operations"]
    operations.setFocus()
    qtbot.keyClicks(operations, "3")
    assert not view.proposal.isVisibleTo(view)  # the proposal became the base ...
    qtbot.keyClick(operations, Qt.Key.Key_Backspace)
    assert view.proposal.isVisibleTo(view)  # ... and is a proposal again
    assert all(spin.minutes() is None for spin in view.time.spins.values())
    view.save_now()
    assert journal.day(TODAY) is None


def test_an_unfinished_own_signal_keeps_the_day(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    """Typed, not added: it would have followed to another day (re-attack #15)."""
    view.signals.set_expanded(True)
    view.signals.add_button.click()
    qtbot.keyClicks(view.signals.new_signal, "Ondt i ryggen")
    view.show_day(TODAY - timedelta(days=1))
    assert view.header.day() == TODAY
    assert view.signals.new_signal.hasFocus()
    assert view.header.indicator.text().startswith("Det nye signal er ikke tilføjet")


def test_a_refused_total_writes_no_empty_day(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    """Over 24 hours is refused, and the empty rest is no entry (re-attack #15)."""
    for spin in view.time.spins.values():  # all four, before the autosave's pause is over
        spin.setFocus()
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, "10t")
    view.header.today_button.setFocus()
    assert not view.save_now()
    assert journal.day(TODAY) is None
