"""Today: a whole day by keyboard, autosave, navigation, lock, live read-outs, errors, words."""

from __future__ import annotations

import re
import threading
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.catalogues import prompt_for
from wellbeing_desktop.domain.models import DayLog, Language, ShareLevel
from wellbeing_desktop.services.today import today_readouts
from wellbeing_desktop.storage.errors import StorageError
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.today import readouts_line
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

# The offscreen platform cannot raise a popup or let it grab the keyboard, and says so.
popups = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)

TODAY = date(2026, 11, 26)  # the fixed clock's date (a Thursday)
YESTERDAY = date(2026, 11, 25)


@pytest.fixture
def session(access: JournalAccess) -> JournalSession:
    return JournalSession(access, Language.DANISH)


@pytest.fixture
def view(qtbot: QtBot, session: JournalSession, journal: Journal) -> Iterator[TodayView]:
    today = TodayView(session, TaskRunner())
    qtbot.addWidget(today)
    today.resize(1120, 780)
    today.show()
    qtbot.waitExposed(today)
    today.activateWindow()
    qtbot.waitUntil(today.isActiveWindow)
    session.open(journal)
    qtbot.waitUntil(lambda: not today.readouts_pending)  # read off the GUI thread
    yield today
    session.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 80) -> None:
    """Press Tab until ``target`` has the focus (as a keyboard user would)."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def texts_in(widget: QWidget) -> list[str]:
    """Every text a user could read in ``widget``: editors, fields, labels, buttons."""
    found: list[str] = []
    for child in widget.findChildren(QPlainTextEdit):
        found.append(child.toPlainText())
    for field in widget.findChildren(QLineEdit):
        found.append(field.text())
    for label in widget.findChildren(QLabel):
        found.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        found.append(button.text())
    return found


@popups
def test_a_whole_day_by_keyboard_survives_closing_and_reopening(
    qtbot: QtBot, view: TodayView, session: JournalSession, access: JournalAccess
) -> None:
    view.header.previous.setFocus(Qt.FocusReason.TabFocusReason)
    spins = view.time.spins
    tab_to(qtbot, spins["operations"])
    type_text(qtbot, "4h30")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is spins["people_leadership"]
    type_text(qtbot, "2t15")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "45")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1,5")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.staircase
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.signals.toggle
    press(qtbot, Qt.Key.Key_Space)  # open the checklist
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.signals.filter
    press(qtbot, Qt.Key.Key_Down)  # into the list: the first signal
    assert focused() is view.signals.checks["sig-palpitations"].box
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Up)  # back to the filter line
    assert focused() is view.signals.filter
    type_text(qtbot, "søvn")
    press(qtbot, Qt.Key.Key_Return)  # ticks the first match
    assert view.signals.checked() == ("sig-palpitations", "sig-sleep")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.signals.add_button  # the boxes are no Tab stops

    tab_to(qtbot, view.balance.demands.slider)
    for _ in range(7):
        press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.balance.demand_items.add_button
    press(qtbot, Qt.Key.Key_Space)  # the catalogue opens, searchable
    qtbot.waitUntil(lambda: focused() is view.balance.demand_items.picker.search)
    type_text(qtbot, "tidspres")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is view.balance.demand_items.add_button
    tab_to(qtbot, view.balance.resources.slider)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused() is view.balance.resource_items.picker.search)
    type_text(qtbot, "egen leder")
    press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, view.balance.energy)
    press(qtbot, Qt.Key.Key_4)

    tab_to(qtbot, view.reflection.use_prompt)
    press(qtbot, Qt.Key.Key_Space)  # the prompt becomes the first line; focus in the editor
    assert focused() is view.reflection.editor
    type_text(qtbot, "Budgetmødet gik bedre end frygtet.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.reflection.tags
    type_text(qtbot, "#budget #team")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.reflection.share
    press(qtbot, Qt.Key.Key_Right)  # Private -> 1:1
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert re.fullmatch(r"Gemt \d\d:\d\d", view.header.indicator.text())

    session.close()
    reopened = access.open_with_passphrase(PASSPHRASE)
    day = reopened.day(TODAY)
    reopened.close()
    assert day is not None
    assert day.minutes == {
        "operations": 270,
        "people_leadership": 135,
        "strategy": 45,
        "own_tasks": 90,
    }
    assert day.stress_step == 3
    assert set(day.signals) == {"sig-palpitations", "sig-sleep"}
    assert (day.demands, day.resources) == (7, 4)
    assert day.demand_items == ("d2",)
    assert day.resource_items == ("r1",)
    assert day.energy == 4
    prompt = prompt_for(TODAY).text(Language.DANISH)
    assert day.reflection == f"{prompt}\nBudgetmødet gik bedre end frygtet."
    assert day.tags == ("budget", "team")
    assert day.share is ShareLevel.ONE_ON_ONE


def test_tab_runs_top_to_bottom(
    qtbot: QtBot, view: TodayView, journal: Journal, session: JournalSession
) -> None:
    # A week of use: the WHO-5 offer shows (not in the first week), with its button.
    journal.save_day(DayLog(day=TODAY - timedelta(days=8), energy=3))
    session.notify(Change.DAY, None)
    qtbot.waitUntil(lambda: view.banners.who5_button.isVisible())
    view.signals.set_expanded(True)
    view.header.previous.setFocus(Qt.FocusReason.TabFocusReason)
    content = view.page_scroll.widget()
    assert content is not None
    last = view.reflection.share
    positions = []
    for _ in range(120):
        widget = focused()
        if content.isAncestorOf(widget):
            point = widget.mapTo(content, widget.rect().topLeft())
            positions.append((point.y(), widget))
        if widget is last:
            break
        press(qtbot, Qt.Key.Key_Tab)
    else:
        raise AssertionError("Tab never reached the sharing level")
    # Section by section, top to bottom; inside the time card, row by row.
    sections = [view.banners, view.time, view.stairs, view.balance, view.reflection]
    order = [next(i for i, s in enumerate(sections) if s.isAncestorOf(w)) for _, w in positions]
    assert order == sorted(order)
    assert set(order) == set(range(len(sections)))
    spins = [w for _, w in positions if w in view.time.spins.values()]
    assert spins == list(view.time.spins.values())
    stops = [w for _, w in positions]
    for widget in (view.staircase, view.balance.demands.slider, view.reflection.editor):
        assert widget in stops
    assert stops.index(view.reflection.editor) < stops.index(view.reflection.tags)


def test_autosave_fires_without_an_explicit_save(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    qtbot.keyClicks(view.reflection.editor, "Et roligt møde med teamet")
    assert view.header.indicator.text() == "Gemmer…"
    qtbot.waitUntil(
        lambda: (
            (d := journal.day(TODAY)) is not None and d.reflection == "Et roligt møde med teamet"
        ),
        timeout=5000,
    )
    assert view.header.indicator.text().startswith("Gemt ")


def test_moving_to_another_day_saves_first_and_untouched_days_are_not_created(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert journal.days() == []  # browsing writes nothing
    qtbot.keyClick(view.staircase, Qt.Key.Key_3)
    qtbot.keyClick(view.staircase, Qt.Key.Key_0)
    assert view.save_now()
    assert journal.days() == []  # nor does a choice taken back

    qtbot.keyClicks(view.reflection.editor, "Skrevet før jeg skiftede dag")
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    stored = journal.day(TODAY)
    assert stored is not None
    assert stored.reflection == "Skrevet før jeg skiftede dag"
    assert view.header.date_button.text() == "Onsdag 25. november 2026"
    assert view.reflection.editor.toPlainText() == ""
    assert view.header.next.isEnabled()

    view.header.next.click()
    assert view.reflection.editor.toPlainText() == "Skrevet før jeg skiftede dag"
    assert not view.header.next.isEnabled()  # no future days
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.header.date_button.text() == "Torsdag 26. november 2026"


def test_show_day_shows_the_requested_day_after_saving_the_current(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    journal.save_day(
        DayLog(day=date(2026, 11, 20), reflection="Budget", stress_step=2, tags=("mus",))
    )
    view.staircase.setFocus()
    qtbot.keyClick(view.staircase, Qt.Key.Key_4)
    view.show_day(date(2026, 11, 20))
    saved = journal.day(TODAY)
    assert saved is not None
    assert saved.stress_step == 4
    assert view.reflection.editor.toPlainText() == "Budget"
    assert view.reflection.tags.text() == "#mus"
    assert view.staircase.step() == 2
    assert view.header.date_button.text() == "Fredag 20. november 2026"


@popups
def test_lock_clears_every_widget(
    qtbot: QtBot, view: TodayView, session: JournalSession, journal: Journal
) -> None:
    secret = "Hemmelig tanke om budgettet"
    qtbot.keyClicks(view.reflection.editor, secret)
    qtbot.keyClicks(view.reflection.tags, "#fortroligt")
    view.signals.set_expanded(True)
    view.signals.add_button.click()
    qtbot.keyClicks(view.signals.new_signal, "Kæberne spændte")
    qtbot.keyClick(view.signals.new_signal, Qt.Key.Key_Return)
    qtbot.keyClicks(view.time.spins["operations"], "3h")
    view.balance.demand_items.open_picker()
    qtbot.keyClick(view.balance.demand_items.picker.search, Qt.Key.Key_Return)
    assert "Kæberne spændte" in texts_in(view.signals)

    session.close()
    leftovers = [
        t for t in texts_in(view) if any(s in t for s in (secret, "fortroligt", "Kæberne"))
    ]
    assert leftovers == []
    assert view.balance.demand_items.chips == []
    assert view.time.spins == {}
    assert view.balance.demands.value() is None
    assert not view.banners.isVisibleTo(view)
    assert view.time.week_line.text() == ""
    # Nor in an undo history: Ctrl+Z after unlocking must not bring anything back.
    assert not view.reflection.editor.document().isUndoAvailable()
    assert not view.reflection.tags.isUndoAvailable()
    assert not view.signals.new_signal.isUndoAvailable()


def test_the_leadership_share_follows_the_typing(qtbot: QtBot, view: TodayView) -> None:
    assert view.time.share.text() == "Ledelsesandel · mål 40 %"
    qtbot.keyClicks(view.time.spins["operations"], "3h")
    assert view.time.share.text() == "0 % ledelse · mål 40 %"
    qtbot.keyClicks(view.time.spins["people_leadership"], "1h")
    assert view.time.share.text() == "25 % ledelse · mål 40 %"
    qtbot.keyClicks(view.time.spins["strategy"], "2h")
    assert view.time.share.text() == "50 % ledelse · mål 40 %"
    assert view.time.total.text() == "6 t"
    assert view.time.day_line.text() == "I alt 6 t af en normal dag på 7 t 24 min"
    view.save_now()
    qtbot.waitUntil(lambda: not view.readouts_pending)
    assert view.time.week_line.text() == "Uge 48: 50 % ledelse – mål 40 %"


def test_a_day_of_another_week_never_shows_the_week_line_of_the_day_before(
    qtbot: QtBot, view: TodayView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the new week's share arrives, the week line says nothing.

    The share is read off the GUI thread (attack on #14): the line must never name the
    week shown before beside a day of another week.
    """
    assert view.time.week_line.text().startswith("Uge 48:")
    release = threading.Event()
    real = today_readouts

    def slow(journal: Journal, day: date) -> object:
        release.wait(10)
        return real(journal, day)

    monkeypatch.setattr(readouts_line, "today_readouts", slow)
    try:
        view.show_day(TODAY - timedelta(weeks=2))
        QApplication.processEvents()
        assert view.readouts_pending
        assert view.time.week_line.text() == ""  # not "Uge 48: ..." beside a day of week 46
    finally:
        release.set()
    qtbot.waitUntil(lambda: not view.readouts_pending)
    assert view.time.week_line.text().startswith("Uge 46:")


def test_an_unreadable_duration_is_kept_and_explained(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    spin = view.time.spins["operations"]
    spin.setFocus()
    type_text(qtbot, "25h")
    press(qtbot, Qt.Key.Key_Tab)  # editing finished
    qtbot.keyClicks(view.reflection.editor, "Lang dag")
    assert spin.lineEdit().text() == "25h"
    assert view.time.problem_line.isVisibleTo(view)
    assert "25h" in view.time.problem_line.text()
    assert "\n" not in view.time.problem_line.text()
    view.save_now()
    stored = journal.day(TODAY)
    assert stored is not None
    assert stored.reflection == "Lang dag"
    assert "operations" not in stored.minutes  # the unreadable text was not stored as anything


def test_more_than_24_hours_is_refused_but_the_text_is_kept_and_saved(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    view.time.spins["operations"].setFocus()
    for _ in view.time.spins:
        type_text(qtbot, "8h")
        press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(view.reflection.editor, "Alt for lang dag")
    assert not view.save_now()
    indicator = view.header.indicator
    assert indicator.property("state") == "error"
    assert indicator.text() == "Over 24 t i alt – resten er gemt"
    assert view.reflection.editor.toPlainText() == "Alt for lang dag"
    assert view.time.spins["operations"].lineEdit().text() == "8 t 00"
    stored = journal.day(TODAY)
    assert stored is not None
    assert stored.reflection == "Alt for lang dag"
    assert stored.minutes == {}
    # Staying put: navigation does not throw the typed hours away.
    view.show_day(YESTERDAY)
    assert view.header.date_button.text() == "Torsdag 26. november 2026"
    view.time.spins["own_tasks"].setFocus(Qt.FocusReason.TabFocusReason)  # selects the text
    type_text(qtbot, "0")
    assert view.save_now()
    assert indicator.property("state") == ""
    assert journal.day(TODAY).logged_minutes == 24 * 60  # type: ignore[union-attr]


def test_a_stored_reflection_is_only_emptied_by_the_user(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    journal.save_day(DayLog(day=YESTERDAY, reflection="Vigtigt"))
    view.show_day(YESTERDAY)
    # An editor that never got the text (as if loading had failed) must not wipe it.
    view.reflection.load("", (), ShareLevel.PRIVATE)
    qtbot.keyClick(view.staircase, Qt.Key.Key_2)
    assert view.save_now()
    assert journal.day(YESTERDAY).reflection == "Vigtigt"  # type: ignore[union-attr]
    # Deleting it in the editor is the user's choice.
    view.reflection.load("Vigtigt", (), ShareLevel.PRIVATE)
    view.reflection.editor.selectAll()
    qtbot.keyClick(view.reflection.editor, Qt.Key.Key_Delete)
    assert view.save_now()
    assert journal.day(YESTERDAY).reflection == ""  # type: ignore[union-attr]


def test_danish_and_english_words_switch(
    qtbot: QtBot, view: TodayView, session: JournalSession
) -> None:
    qtbot.keyClicks(view.time.spins["operations"], "2h30")
    view.staircase.choose(1)
    assert view.header.today_button.text() == "I dag"
    assert view.time.title.text() == "TID I DAG"
    assert view.staircase.cards[0].name.text() == "Tempereret"
    assert view.reflection.share.button_for(ShareLevel.PRIVATE).text() == "Privat"

    session.set_language(Language.ENGLISH)
    assert view.header.today_button.text() == "Today"
    assert view.header.date_button.text() == "Thursday 26 November 2026"
    assert view.time.title.text() == "TIME TODAY"
    assert view.time.spins["operations"].lineEdit().text() == "2 h 30"
    assert view.time.spins["operations"].accessibleName() == "Operations"
    assert view.staircase.cards[0].name.text() == "Temperate"
    assert view.staircase.accessibleName() == "Where am I today?"
    assert view.signals.toggle.text() == "Signals today (0)"
    assert view.reflection.share.button_for(ShareLevel.PRIVATE).text() == "Private"
    assert view.reflection.prompt.text() == prompt_for(TODAY).en
    assert view.header.indicator.text() == "Saving…"
    view.save_now()
    assert view.header.indicator.text().startswith("Saved ")

    session.set_language(Language.DANISH)
    assert view.header.indicator.text().startswith("Gemt ")
    assert view.time.spins["operations"].lineEdit().text() == "2 t 30"
    assert view.reflection.prompt.text() == prompt_for(TODAY).da


def test_closing_the_app_saves_what_was_typed(
    qtbot: QtBot, unlocked_window, access: JournalAccess
) -> None:
    window = unlocked_window
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    qtbot.keyClicks(today.reflection.editor, "Skrevet lige før lukning")
    window.close()
    reopened = access.open_with_passphrase(PASSPHRASE)
    day = reopened.day(TODAY)
    reopened.close()
    assert day is not None
    assert day.reflection == "Skrevet lige før lukning"
    assert today.reflection.editor.toPlainText() == ""


def test_a_day_that_cannot_be_read_is_never_saved_over(
    qtbot: QtBot, view: TodayView, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.save_day(DayLog(day=YESTERDAY, reflection="Må ikke forsvinde"))

    def unreadable(_day: date) -> DayLog | None:
        raise StorageError("The journal could not be read.")

    monkeypatch.setattr(journal, "day", unreadable)
    view.show_day(YESTERDAY)
    assert view.header.indicator.property("state") == "error"
    assert view.header.indicator.text().startswith("Dagen kunne ikke hentes")
    qtbot.keyClick(view.staircase, Qt.Key.Key_3)
    qtbot.keyClicks(view.reflection.editor, "x")
    assert view.save_now()
    monkeypatch.undo()
    assert journal.day(YESTERDAY) == DayLog(day=YESTERDAY, reflection="Må ikke forsvinde")
