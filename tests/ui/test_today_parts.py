"""Today's parts: the duration box, the staircase keys, chips, own signals, banners, WHO-5."""

from __future__ import annotations

import dataclasses
import time
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QScrollArea,
    QScrollBar,
    QTableView,
    QWidget,
)

from tests.sizing import sized
from wellbeing_desktop.domain.catalogues import STAIRCASE_ATTRIBUTION
from wellbeing_desktop.domain.models import DayLog, Language, SparringTopic, Who5CheckIn
from wellbeing_desktop.domain.suggestions import NUDGE_TEXT, SIGNPOST_STEP_HIGH, SIGNPOST_TEXTS
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.ui.common.qt_dates import from_qdate
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.today.duration_spin import DurationSpin
from wellbeing_desktop.ui.today.reflection_panel import parse_tags
from wellbeing_desktop.ui.today.today_view import TodayView
from wellbeing_desktop.ui.today.who5_dialog import Who5Dialog

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

TODAY = date(2026, 11, 26)


@pytest.fixture
def session(access: JournalAccess) -> JournalSession:
    return JournalSession(access, Language.DANISH)


@pytest.fixture
def make_view(qtbot: QtBot, session: JournalSession, journal: Journal) -> Iterator[object]:
    def make() -> TodayView:
        view = TodayView(session, TaskRunner())
        qtbot.addWidget(view)
        view.resize(1024, 700)
        view.show()
        session.open(journal)
        qtbot.waitUntil(lambda: not view.readouts_pending)  # read off the GUI thread
        return view

    yield make
    session.close()


@pytest.fixture
def view(make_view) -> TodayView:
    return make_view()


# --- the duration box -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "minutes", "shown"),
    [
        ("2h30", 150, "2 t 30"),
        ("2t30", 150, "2 t 30"),
        ("150", 150, "2 t 30"),
        ("1,5", 90, "1 t 30"),
        ("45", 45, "0 t 45"),
        ("2 t 30", 150, "2 t 30"),
    ],
)
def test_the_duration_box_reads_what_people_type(
    qtbot: QtBot, typed: str, minutes: int, shown: str
) -> None:
    spin = DurationSpin()
    qtbot.addWidget(spin)
    with qtbot.waitSignal(spin.minutes_changed):
        qtbot.keyClicks(spin, typed)
    assert spin.minutes() == minutes
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # editing finished: shown the calm way
    assert spin.lineEdit().text() == shown
    assert spin.problem() is None


def test_arrow_keys_step_a_quarter_of_an_hour(qtbot: QtBot) -> None:
    spin = DurationSpin()
    qtbot.addWidget(spin)
    assert spin.minutes() is None
    assert spin.lineEdit().text() == ""
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.minutes() == 15
    qtbot.keyClicks(spin, "4h20")
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.minutes() == 270  # to the next quarter: 4 t 30
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.minutes() == 240
    assert spin.lineEdit().text() == "4 t 00"
    spin.set_language(Language.ENGLISH)
    assert spin.lineEdit().text() == "4 h 00"


def test_tags_are_read_loosely_and_once() -> None:
    assert parse_tags("#budget #team, mus;#Budget") == ("budget", "team", "mus")
    assert parse_tags("  ") == ()


# --- staircase, chips, own signals ----------------------------------------------------------


def test_digits_choose_a_step_and_zero_clears(qtbot: QtBot, view: TodayView) -> None:
    view.staircase.setFocus()
    qtbot.keyClick(view.staircase, Qt.Key.Key_5)
    assert view.staircase.step() == 5
    assert view.staircase.cards[4].chosen
    qtbot.keyClick(view.staircase, Qt.Key.Key_Left)
    assert view.staircase.step() == 4
    qtbot.keyClick(view.staircase, Qt.Key.Key_0)
    assert view.staircase.step() is None
    qtbot.mouseClick(view.staircase.cards[1], Qt.MouseButton.LeftButton)
    assert view.staircase.step() == 2
    assert view.credit.text() == STAIRCASE_ATTRIBUTION[0]


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)
def test_chips_are_added_from_the_catalogue_and_removed_by_a_click(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    chips = view.balance.demand_items
    chips.open_picker()
    qtbot.keyClicks(chips.picker.search, "møde")
    assert chips.picker.proxy.rowCount() == 1
    qtbot.keyClick(chips.picker.search, Qt.Key.Key_Return)
    assert chips.picked() == ("d10",)
    assert [c.toolTip() for c in chips.chips] == [
        "Mange møder – klik eller tast mellemrum for at fjerne"
    ]
    chips.open_picker()
    assert chips.picker.proxy.rowCount() == 14  # what is picked is not offered again
    qtbot.keyClick(chips.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(chips.picker.search, Qt.Key.Key_Return)
    assert chips.picked() == ("d10", "d2")
    chips.chips[0].setFocus()
    qtbot.keyClick(chips.chips[0], Qt.Key.Key_Space)
    assert chips.picked() == ("d2",)
    view.save_now()
    saved = journal.day(TODAY)
    assert saved is not None
    assert saved.demand_items == ("d2",)


def test_the_signal_filter_narrows_the_list_and_the_folded_line_names_the_ticked(
    qtbot: QtBot, view: TodayView
) -> None:
    signals = view.signals
    assert signals.hint.text() == "krop · følelser · tanker · adfærd"
    signals.set_expanded(True)
    signals.filter.setFocus()
    qtbot.keyClicks(signals.filter, "SØVN")  # any case
    shown = [key for key, check in signals.checks.items() if not check.isHidden()]
    assert shown == ["sig-sleep"]
    qtbot.keyClick(signals.filter, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is signals.checks["sig-sleep"].box
    qtbot.keyClick(signals.checks["sig-sleep"].box, Qt.Key.Key_Space)
    assert signals.checked() == ("sig-sleep",)
    signals.set_expanded(False)  # folded: the focus stays on the panel, the filter empties
    assert QApplication.focusWidget() is signals.toggle
    assert signals.filter.text() == ""
    assert signals.hint.text() == "Søvnproblemer"
    assert signals.toggle.text() == "Signaler i dag (1)"
    signals.set_expanded(True)
    assert all(not check.isHidden() for check in signals.checks.values())


def test_an_own_signal_is_added_ticked_and_offered_again(
    qtbot: QtBot, view: TodayView, journal: Journal, session: JournalSession
) -> None:
    changes: list[Change] = []
    session.changed.connect(lambda change, _by: changes.append(change))
    view.signals.set_expanded(True)
    view.signals.add_button.click()
    qtbot.keyClicks(view.signals.new_signal, "Kæbespændinger")
    qtbot.keyClick(view.signals.new_signal, Qt.Key.Key_Return)
    assert Change.CATALOGUE in changes
    assert view.signals.toggle.text() == "Signaler i dag (1)"
    assert view.signals.new_signal.isHidden()
    view.save_now()
    saved = journal.day(TODAY)
    assert saved is not None
    key = saved.signals[0]
    assert key.startswith("own-")
    assert key in {item.key for item in journal.catalogue(view.signals.checks[key].item.catalogue)}

    view.signals.add_button.click()
    qtbot.keyClicks(view.signals.new_signal, "!!!")
    qtbot.keyClick(view.signals.new_signal, Qt.Key.Key_Return)
    assert view.signals.add_message.text() == "Signalet skal have et navn"
    assert view.signals.new_signal.text() == "!!!"  # kept, to correct


# --- banners and WHO-5 ---------------------------------------------------------------------


def test_the_who5_offer_opens_the_dialog_and_goes_away_after_a_check_in(
    qtbot: QtBot,
    make_view,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    session: JournalSession,
) -> None:
    journal.save_day(DayLog(day=TODAY - timedelta(days=7), energy=3))  # a week of use
    view = make_view()
    assert view.banners.who5.isVisibleTo(view)  # no WHO-5 yet
    opened: list[Who5Dialog] = []

    def check_in(dialog: Who5Dialog) -> int:
        opened.append(dialog)
        session.journal.record_who5(Who5CheckIn(TODAY, (4, 4, 3, 3, 4)))
        return 1

    monkeypatch.setattr(Who5Dialog, "exec", check_in)
    view.banners.who5_button.click()
    assert len(opened) == 1
    qtbot.waitUntil(lambda: not view.readouts_pending)
    assert not view.banners.who5.isVisibleTo(view)
    view.header.who5_button.click()  # always reachable from the header
    assert len(opened) == 2


def test_the_first_who5_is_offered_as_the_first_after_a_week_of_use(
    qtbot: QtBot, make_view, journal: Journal, session: JournalSession
) -> None:
    journal.save_day(DayLog(day=TODAY - timedelta(days=6), energy=3))  # six days of use
    view = make_view()
    assert not view.banners.isVisibleTo(view)  # no WHO-5 nag in the first week
    journal.save_day(DayLog(day=TODAY - timedelta(days=7), energy=3))
    session.notify(Change.DAY, None)
    qtbot.waitUntil(lambda: view.banners.who5.isVisibleTo(view))
    text = view.banners.who5.text.text()
    assert text.startswith("Tag din første WHO-5")
    assert "stykke tid" not in text  # never "a while since your last" before the first
    session.set_language(Language.ENGLISH)
    qtbot.waitUntil(lambda: view.banners.who5.text.text().startswith("Take your first WHO-5"))
    # After one, 14 days later, the usual words.
    journal.record_who5(Who5CheckIn(TODAY - timedelta(days=14), (4, 4, 3, 3, 4)))
    session.notify(Change.WHO5, None)
    qtbot.waitUntil(
        lambda: view.banners.who5.text.text().startswith("It has been a while since your last")
    )


def test_several_days_on_step_three_bring_a_gentle_nudge(
    qtbot: QtBot, view: TodayView, journal: Journal, session: JournalSession
) -> None:
    for days_ago in (1, 2):
        journal.save_day(DayLog(day=TODAY - timedelta(days=days_ago), stress_step=3))
    assert not view.banners.nudge.isVisibleTo(view)
    view.staircase.choose(3)
    view.save_now()
    qtbot.waitUntil(lambda: not view.readouts_pending)
    assert view.banners.nudge.isVisibleTo(view)
    assert view.banners.nudge.text.text() == NUDGE_TEXT[0]

    journal.save_sparring_topic(SparringTopic(TODAY, "conflict", "own_leader"))
    session.notify(Change.SPARRING, object())
    qtbot.waitUntil(lambda: not view.readouts_pending)
    assert not view.banners.nudge.isVisibleTo(view)


def test_step_four_shows_the_signpost_instead(qtbot: QtBot, view: TodayView) -> None:
    view.staircase.choose(4)
    view.save_now()
    qtbot.waitUntil(lambda: not view.readouts_pending)
    assert view.banners.signpost.isVisibleTo(view)
    assert view.banners.signpost.text.text() == SIGNPOST_TEXTS[SIGNPOST_STEP_HIGH][0]


def test_a_day_changed_elsewhere_is_shown_unless_the_user_is_editing(
    qtbot: QtBot, view: TodayView, journal: Journal, session: JournalSession
) -> None:
    journal.save_day(DayLog(day=TODAY, reflection="Fra dagbogen"))
    session.notify(Change.DAY, object())
    assert view.reflection.editor.toPlainText() == "Fra dagbogen"
    qtbot.keyClicks(view.reflection.editor, " og mere")
    session.notify(Change.DAY, object())
    assert view.reflection.editor.toPlainText() == "Fra dagbogen og mere"


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)
def test_the_calendar_popup_moves_to_a_past_day_only(qtbot: QtBot, view: TodayView) -> None:
    view.header.date_button.click()
    calendar = view.header.calendar.calendar
    assert from_qdate(calendar.maximumDate()) == TODAY
    table = calendar.findChild(QTableView)
    assert table is not None
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Left)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert view.header.date_button.text() == "Mandag 23. november 2026"
    assert view.header.today_button.isEnabled()


# --- a journal with ten years in it ------------------------------------------------------


@pytest.mark.slow
@pytest.mark.long
def test_loading_and_saving_stay_quick_with_ten_years(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    # Two years by default; ten with WELLBEING_LONG_TESTS=1 (.ci/run).
    demo = generate_demo(days=sized(730, 3650), seed=3, end=TODAY - timedelta(days=1))
    journal.import_content(dataclasses.replace(demo, settings=journal.settings()))
    view = TodayView(session, TaskRunner())
    qtbot.addWidget(view)
    session.open(journal)
    started = time.perf_counter()
    view.show_day(TODAY - timedelta(days=40))
    view.staircase.choose(2)
    assert view.save_now()
    view.show_day(TODAY)
    # The benchmarks judge the milliseconds (unlock → Today, a day's save); here, with two
    # test workers on two cores, only a hang or a path that grows with the years fails.
    assert time.perf_counter() - started < 5.0
    session.close()


def test_every_input_has_an_accessible_name(view: TodayView) -> None:
    view.signals.set_expanded(True)
    view.signals.add_button.click()
    inputs = [
        w
        for w in view.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.ClickFocus  # Tab stops, and the signal boxes
        and w.isVisibleTo(view)
        and not isinstance(w, QScrollBar | QScrollArea | QLabel)  # a label: selectable text
        and not isinstance(w.parent(), QAbstractSpinBox)  # the box's own line edit
    ]
    assert len(inputs) > 40
    assert [w for w in inputs if not w.accessibleName()] == []
    # The choice buttons answer the mouse only: their row is the one Tab stop, named too.
    for row in (view.balance.energy, view.reflection.share):
        assert row.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert row.accessibleName()
        assert all(b.accessibleName() for b in row.buttons)


def test_the_editor_grows_with_its_text(qtbot: QtBot, view: TodayView) -> None:
    editor = view.reflection.editor
    before = editor.height()
    for n in range(12):
        qtbot.keyClicks(editor, f"Linje {n}")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.height() > before + 5 * editor.fontMetrics().lineSpacing()


def test_a_bad_tag_is_explained_and_the_rest_is_saved(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    qtbot.keyClicks(view.reflection.tags, "#god.dag")
    qtbot.keyClicks(view.reflection.editor, "En god dag")
    assert not view.save_now()
    assert (
        view.header.indicator.text() == "Tags må kun have bogstaver, tal, - og _ – resten er gemt"
    )
    assert view.reflection.tags.text() == "#god.dag"
    stored = journal.day(TODAY)
    assert stored is not None
    assert stored.reflection == "En god dag"
    assert stored.tags == ()
