"""The lock screen never says "everything you typed is saved" when it was not (issue #15).

Text in a time box that is not a time is refused with an amber line, kept in the box and
keeps the day where it is; the rest of the day is saved. A 1:1 point still being typed is
saved by the lock. Input the lock throws away (WHO-5 answers, an own signal not added, a
changed drop-down in a sparring form) makes the lock note amber.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import FIXED_NOW, PASSPHRASE
from wellbeing_desktop.domain.models import OneOnOne
from wellbeing_desktop.ui.one_on_one.one_on_one_form import MeetingDialog
from wellbeing_desktop.ui.one_on_one.one_on_one_view import OneOnOneView
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.lock_reason import LockReason
from wellbeing_desktop.ui.sparring.sparring_form import SparringTopicDialog
from wellbeing_desktop.ui.today.today_view import TodayView
from wellbeing_desktop.ui.today.who5_dialog import Who5Dialog

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ALL_SAVED = "Alt, du skrev, er gemt."
NOT_ALL_SAVED = "Noget af det, du skrev, kunne ikke gemmes, før dagbogen blev låst."


def _note(window: MainWindow) -> str:
    note = window.unlock_view.lock_note
    return note.text() if not note.isHidden() else ""


def _today(window: MainWindow) -> TodayView:
    view = window.shell.views[Page.TODAY]
    assert isinstance(view, TodayView)
    return view


def test_text_that_is_no_time_is_refused_kept_and_the_day_stays(
    unlocked_window: MainWindow, access: JournalAccess, qtbot: QtBot
) -> None:
    window = unlocked_window
    today = _today(window)
    day = today.header.day()
    qtbot.keyClicks(today.reflection.editor, "Resten af dagen")
    key, spin = next(iter(today.time.spins.items()))
    spin.setFocus()
    qtbot.keyClicks(spin, "2t3x")

    qtbot.keyClick(spin, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # the day before

    assert today.header.day() == day  # stayed: the box could not be saved
    assert spin.text() == "2t3x"  # the typed text is kept
    state = today.header.indicator.text()
    assert today.header.indicator.property("state") == "error"
    assert "2t3x" in state
    assert "0–24 t" in state  # what is allowed
    assert "resten er gemt" in state
    assert not today.time.problem_line.isHidden()  # the card names the box too
    journal = window.session.journal
    stored = journal.day(day)
    assert stored is not None
    assert stored.reflection == "Resten af dagen"  # the rest is saved
    assert key not in stored.minutes

    qtbot.keyClick(spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert spin.text() == "2t3x"
    assert today.header.indicator.property("state") == "error"

    window.lock_because(LockReason.IDLE)
    assert NOT_ALL_SAVED in _note(window)


def test_a_fixed_time_box_saves_and_lets_the_day_change(
    unlocked_window: MainWindow, qtbot: QtBot
) -> None:
    window = unlocked_window
    today = _today(window)
    day = today.header.day()
    key, spin = next(iter(today.time.spins.items()))
    spin.setFocus()
    qtbot.keyClicks(spin, "2t3x")
    assert not today.save_now()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "2t30")
    qtbot.keyClick(spin, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert today.header.day() == day - timedelta(days=1)
    stored = window.session.journal.day(day)
    assert stored is not None
    assert stored.minutes[key] == 150
    window.lock_because(LockReason.IDLE)
    assert ALL_SAVED in _note(window)


def test_a_one_on_one_point_still_being_typed_is_saved_by_the_lock(
    make_window, access: JournalAccess, qtbot: QtBot
) -> None:
    journal = access.create(PASSPHRASE)[0]
    journal.save_one_on_one(
        OneOnOne(held_on=FIXED_NOW.date(), with_whom="Chefen", agenda=("Budget",))
    )
    journal.close()
    window = make_window()
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    window.shell.show_page(Page.ONE_ON_ONE)
    view = window.shell.views[Page.ONE_ON_ONE]
    assert isinstance(view, OneOnOneView)
    qtbot.waitUntil(lambda: view.presenter.meeting is not None, timeout=5000)
    view.add_point()
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, "Min løn og fremtid")

    window.lock_because(LockReason.WINDOW_CLOSED)

    assert _note(window).endswith(ALL_SAVED)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        assert journal.one_on_ones()[0].agenda == ("Budget", "Min løn og fremtid")
    finally:
        journal.close()


def _who5_answered(window: MainWindow, qtbot: QtBot) -> None:
    dialog = Who5Dialog(window.session, window)
    dialog.show()
    for group in dialog.groups[:3]:
        group.buttons()[2].click()


def _own_signal_typed(window: MainWindow, qtbot: QtBot) -> None:
    signals = _today(window).signals
    signals.set_expanded(True)
    signals.add_button.click()
    qtbot.keyClicks(signals.new_signal, "Ondt i nakken")


def _sparring_dropdown(window: MainWindow, qtbot: QtBot) -> None:
    dialog = SparringTopicDialog(window.session, None, window)
    dialog.show()
    dialog.situation.setCurrentIndex(2)


@pytest.mark.parametrize("act", [_who5_answered, _own_signal_typed, _sparring_dropdown])
def test_input_the_lock_throws_away_makes_the_note_amber(
    unlocked_window: MainWindow, qtbot: QtBot, act
) -> None:
    window = unlocked_window
    act(window, qtbot)
    window.lock_because(LockReason.IDLE)
    assert _note(window).endswith(NOT_ALL_SAVED)


def test_an_open_form_left_as_it_opened_keeps_the_note_calm(
    unlocked_window: MainWindow, qtbot: QtBot
) -> None:
    window = unlocked_window
    SparringTopicDialog(window.session, None, window).show()
    Who5Dialog(window.session, window).show()
    window.lock_because(LockReason.IDLE)
    assert _note(window).endswith(ALL_SAVED)


def test_a_half_typed_time_waits_and_is_refused_once_editing_finishes(
    unlocked_window: MainWindow, qtbot: QtBot
) -> None:
    window = unlocked_window
    today = _today(window)
    today._timer.setInterval(10)  # the autosave pause, short for the test
    qtbot.keyClicks(today.reflection.editor, "Gemt af sig selv")
    _key, spin = next(iter(today.time.spins.items()))
    spin.setFocus()
    qtbot.keyClicks(spin, "2,")  # still typing: no amber line yet, nothing refused
    qtbot.wait(60)
    assert today.header.indicator.property("state") != "error"
    assert today.time.problem_line.isHidden()

    qtbot.keyClick(spin, Qt.Key.Key_Tab)  # editing finishes: now it is refused, the rest saved
    qtbot.waitUntil(lambda: today.header.indicator.property("state") == "error", timeout=2000)
    assert "resten er gemt" in today.header.indicator.text()
    stored = window.session.journal.day(today.header.day())
    assert stored is not None
    assert stored.reflection == "Gemt af sig selv"
    assert spin.text() == "2,"


def test_a_meeting_form_with_only_its_date_changed_makes_the_note_amber(
    unlocked_window: MainWindow, qtbot: QtBot
) -> None:
    window = unlocked_window
    form = MeetingDialog(window.session, default_name="Chefen", parent=window)
    form.show()
    window.lock_because(LockReason.IDLE)
    assert _note(window).endswith(ALL_SAVED)  # opened and left as it was: nothing lost

    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    form = MeetingDialog(window.session, default_name="Chefen", parent=window)
    form.show()
    form.date.setDate(form.date.date().addDays(-2))
    window.lock_because(LockReason.IDLE)
    assert _note(window).endswith(NOT_ALL_SAVED)
