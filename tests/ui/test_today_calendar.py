"""Today's proposal from the leader's own calendar (issue #16): read off the GUI thread.

A small Outlook export (a Windows zone name, X-MICROSOFT-* properties) with a 1:1, a team
meeting overlapping it, a lunch no rule places, a meeting in UTC and an all-day course.
In Copenhagen on 26 November 2026 that is people leadership 90 m (the overlap counted
once), operations 60 m and 45 m without a category; the course is listed, not counted.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.ui.test_today_proposal import PROPOSED, TODAY, _typical_thursdays
from tests.ui.test_today_ritual import in_viewport, open_today
from wellbeing_desktop.domain.calendar_rules import CalendarSettings, KeywordRule
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.domain.proposals import ProposalSource
from wellbeing_desktop.services.calendar import CalendarReader
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import date
    from pathlib import Path

    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.calendar_file import DayEvents
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.shell.main_window import MainWindow
    from wellbeing_desktop.ui.today.calendar_events import EventsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

OUTLOOK_DAY = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A1
SUMMARY:1:1 med Anna
DTSTART;TZID=Romance Standard Time:20261126T090000
DTEND;TZID=Romance Standard Time:20261126T100000
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A2
SUMMARY:Teammøde
DTSTART;TZID=Romance Standard Time:20261126T093000
DTEND;TZID=Romance Standard Time:20261126T103000
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A3
SUMMARY:Frokost med Bo
DTSTART;TZID=Romance Standard Time:20261126T120000
DTEND;TZID=Romance Standard Time:20261126T124500
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A4
SUMMARY:Driftsmøde
DTSTART:20261126T130000Z
DTEND:20261126T140000Z
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A5
SUMMARY:Kursus i Vejle
DTSTART;VALUE=DATE:20261126
DTEND;VALUE=DATE:20261127
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
"""
OUTLOOK_PROBLEM = (
    "calendar: an event from 2026-11-02 09:00 that repeats every minute was left out: it "
    "repeats too often to be read"
)
FROM_CALENDAR = {"people_leadership": 90, "operations": 60}


@pytest.fixture(autouse=True)
def _in_copenhagen(copenhagen: None) -> None:
    """The user's local time zone is Europe/Copenhagen (tests/conftest.py)."""


@pytest.fixture
def ics(tmp_path: Path) -> Path:
    path = tmp_path / "Kalender.ics"
    path.write_bytes(OUTLOOK_DAY.replace("\n", "\r\n").encode())
    return path


@pytest.fixture
def session(access: JournalAccess) -> JournalSession:
    return JournalSession(access, Language.DANISH)


def _open(qtbot: QtBot, session: JournalSession, journal: Journal) -> TodayView:
    today = TodayView(session, TaskRunner())
    qtbot.addWidget(today)
    today.resize(1120, 780)
    today.show()
    qtbot.waitExposed(today)
    session.open(journal)
    qtbot.waitUntil(lambda: not today.calendar.pending and not today.readouts_pending)
    return today


@pytest.fixture
def view(qtbot: QtBot, session: JournalSession, journal: Journal, ics: Path) -> Iterator[TodayView]:
    _typical_thursdays(journal)  # a habit proposal too: the calendar's replaces it
    journal.save_calendar_settings(CalendarSettings(files=(str(ics),)))
    today = _open(qtbot, session, journal)
    yield today
    session.close()


def _placeholders(view: TodayView) -> dict[str, str]:
    return {key: spin.lineEdit().placeholderText() for key, spin in view.time.spins.items()}


def _kept_days(session: JournalSession) -> int:
    return len(session.calendar_reader._kept)  # what stays in memory


def test_the_calendar_proposal_shows_from_the_file_and_use_saves_exactly_it(
    qtbot: QtBot, view: TodayView, journal: Journal, session: JournalSession, access: JournalAccess
) -> None:
    bar = view.proposal
    assert bar.proposal is not None
    assert bar.proposal.source is ProposalSource.CALENDAR
    assert bar.proposal.minutes == FROM_CALENDAR
    text = bar.text.text()
    assert text.startswith("<b>Fra din kalender</b>: 2 t 30 min placeret")
    assert "45 min i begivenheder uden kategori" in text
    assert "Tid uden for kalenderen" in text
    assert bar.events_button.isVisibleTo(view)
    assert bar.events_button.text() == "Begivenheder…"
    assert not bar.note.isVisibleTo(view)  # "Læser din kalender…" went with the answer
    assert _placeholders(view) == {
        "operations": "1 t 00",
        "people_leadership": "1 t 30",
        "strategy": "0 t 00",
        "own_tasks": "0 t 00",
    }
    assert all(spin.text() == "" for spin in view.time.spins.values())
    session.set_language(Language.ENGLISH)
    assert bar.text.text().startswith("<b>From your calendar</b>: 2 h 30 m placed")
    assert "45 m in events without a category" in bar.text.text()
    assert bar.events_button.text() == "Events…"
    session.set_language(Language.DANISH)

    # Opening, browsing away and back and locking write nothing.
    before = journal.days()
    view.show_day(TODAY - timedelta(days=1))
    qtbot.waitUntil(lambda: not view.calendar.pending)
    view.show_today()
    qtbot.waitUntil(lambda: not view.calendar.pending)
    assert bar.proposal is not None
    assert bar.proposal.source is ProposalSource.CALENDAR
    view.save_now()
    session.close()
    reopened = access.open_with_passphrase(PASSPHRASE)
    assert reopened.days() == before
    assert reopened.day(TODAY) is None
    session.open(reopened)
    qtbot.waitUntil(lambda: not view.calendar.pending)
    assert bar.proposal is not None
    assert bar.proposal.source is ProposalSource.CALENDAR

    bar.accept_button.click()
    assert view.time.minutes() == FROM_CALENDAR
    view.save_now()
    assert reopened.day(TODAY) == DayLog(day=TODAY, minutes=FROM_CALENDAR)


def _events_dialog(qtbot: QtBot, view: TodayView, act: object) -> None:
    """Click "Events…" and run ``act(dialog)`` while it is open."""
    done: list[BaseException | None] = []

    def run() -> None:
        dialog = view.calendar.dialog
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            act(dialog)  # type: ignore[operator]
        except BaseException as failure:  # noqa: BLE001 - close the dialog, fail after
            done.append(failure)
            dialog.reject()
        else:
            done.append(None)

    QTimer.singleShot(0, run)
    view.proposal.events_button.click()
    assert len(done) == 1
    if done[0] is not None:
        raise done[0]


def _row(dialog: EventsDialog, title: str) -> object:
    return next(row for row in dialog.rows if row.title == title)


def test_the_events_dialog_places_an_event_keeps_a_rule_and_the_proposal_follows(
    qtbot: QtBot, view: TodayView, journal: Journal
) -> None:
    def act(dialog: EventsDialog) -> None:
        rows = {row.title: row for row in dialog.rows}
        assert [row.title for row in dialog.rows] == [
            "Kursus i Vejle",
            "1:1 med Anna",
            "Teammøde",
            "Frokost med Bo",
            "Driftsmøde",
        ]
        assert rows["Kursus i Vejle"].time.text() == "hele dagen – tælles ikke"
        assert rows["1:1 med Anna"].time.text() == "09:00–10:00"
        # The team meeting took 9:30–10: half the 1:1 counts, and the row says of what.
        assert rows["1:1 med Anna"].minutes.text() == "30 min (af 1 t)"
        assert "tæller én gang" in rows["1:1 med Anna"].minutes.toolTip()
        assert rows["Teammøde"].minutes.text() == "1 t"
        assert rows["Driftsmøde"].time.text() == "14:00–15:00"  # 13:00 UTC
        assert rows["1:1 med Anna"].why.text() == "nøgleord »1:1«"
        assert rows["Frokost med Bo"].why.text() == "ingen regel"
        assert rows["Frokost med Bo"].category.currentText() == "Ingen kategori"
        assert dialog.totals.text() == "Placeret: 2 t 30 min. Uden kategori: 45 min."
        lunch = rows["Frokost med Bo"]
        assert not lunch.remember.isVisibleTo(dialog)
        lunch.category.setFocus()
        index = lunch.category.findData("strategy")
        lunch.category.setCurrentIndex(index)
        lunch.category.activated.emit(index)  # as the user picks it
        assert dialog.totals.text() == "Placeret: 3 t 15 min. Uden kategori: 0 min."
        assert lunch.why.text() == "valgt af dig"
        assert lunch.remember.isVisibleTo(dialog)

        asked: list[tuple[str, str]] = []

        def answer() -> None:
            ask = dialog.asking
            if ask is None:
                QTimer.singleShot(20, answer)
                return
            asked.append((ask.textValue(), ask.labelText()))
            ask.setTextValue("Frokost")
            ask.accept()

        QTimer.singleShot(0, answer)
        lunch.remember.click()
        ((prefilled, hint),) = asked
        # Only the first word is offered: the whole title would keep "Bo" on one Enter.
        assert prefilled == "Frokost"
        assert "Begivenheden: »Frokost med Bo«" in hint
        assert "navne er ikke nødvendige" in hint
        assert "Husket" in dialog.status.text()
        qtbot.keyClick(lunch.category, Qt.Key.Key_Return)  # Enter is OK

    _events_dialog(qtbot, view, act)
    rules = journal.calendar_settings().rules
    assert rules[0] == KeywordRule("Frokost", "strategy")  # kept first
    bar = view.proposal
    assert bar.proposal is not None
    assert bar.proposal.minutes == {**FROM_CALENDAR, "strategy": 45}
    assert "uden kategori" not in bar.text.text()
    assert _placeholders(view)["strategy"] == "0 t 45"
    assert journal.day(TODAY) is None  # still only a proposal

    # Cancel keeps the proposal as it was.
    def cancel(dialog: EventsDialog) -> None:
        row = dialog.rows[1]
        index = row.category.findData("")
        row.category.setCurrentIndex(index)
        row.category.activated.emit(index)
        assert dialog.totals.text() != "Placeret: 3 t 15 min. Uden kategori: 0 min."
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _events_dialog(qtbot, view, cancel)
    assert bar.proposal.minutes == {**FROM_CALENDAR, "strategy": 45}
    bar.accept_button.click()
    view.save_now()
    assert journal.day(TODAY) == DayLog(day=TODAY, minutes={**FROM_CALENDAR, "strategy": 45})


def test_a_missing_file_keeps_the_habit_proposal_with_one_calm_line(
    qtbot: QtBot, session: JournalSession, journal: Journal, tmp_path: Path
) -> None:
    _typical_thursdays(journal)
    missing = tmp_path / "gone.ics"
    journal.save_calendar_settings(CalendarSettings(files=(str(missing),)))
    view = _open(qtbot, session, journal)
    bar = view.proposal
    assert bar.proposal is not None
    assert bar.proposal.source is ProposalSource.TYPICAL_WEEKDAY
    assert bar.proposal.minutes == PROPOSED
    assert not bar.events_button.isVisibleTo(view)
    assert bar.note.isVisibleTo(view)
    assert bar.note.text().startswith("Din kalender kunne ikke læses: ")
    assert "gone.ics" in bar.note.text()
    assert "\n" not in bar.note.text()
    session.close()


class _HeldReader(CalendarReader):
    """A reader that waits until the test lets it answer (a slow, large file)."""

    def __init__(self) -> None:
        super().__init__()
        self.go = threading.Event()

    def day(self, files: object, day: date, addresses: object = ()) -> DayEvents:
        self.go.wait(10)
        return super().day(files, day, addresses)  # type: ignore[arg-type]


def test_a_calendar_answer_after_the_user_typed_is_dropped_and_locking_forgets_it(
    qtbot: QtBot, session: JournalSession, journal: Journal, ics: Path
) -> None:
    _typical_thursdays(journal)
    journal.save_calendar_settings(CalendarSettings(files=(str(ics),)))
    held = _HeldReader()
    session._calendar = held  # the app's one reader, held back
    view = TodayView(session, TaskRunner())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    session.open(journal)
    bar = view.proposal
    assert view.calendar.pending
    assert bar.proposal is not None
    assert bar.proposal.source is ProposalSource.TYPICAL_WEEKDAY  # the habit's, at once
    assert bar.note.isVisibleTo(view)  # … and that the calendar's is on its way
    assert bar.note.text() == "Læser din kalender…"
    spin = view.time.spins["strategy"]
    spin.setFocus()
    qtbot.keyClicks(spin.lineEdit(), "20")  # the user acts before the calendar answers
    spin.editingFinished.emit()
    held.go.set()
    qtbot.waitUntil(lambda: not view.calendar.pending)
    QApplication.processEvents()
    assert not bar.isVisibleTo(view)  # the calendar's did not push in
    assert not view.proposal.events_button.isVisibleTo(view)
    assert view.time.minutes()["strategy"] == 20
    assert _kept_days(session) == 1  # read, and kept while the journal is open
    view.save_now()
    session.close()
    assert _kept_days(session) == 0  # locking forgot it: no title stays in memory


@pytest.mark.parametrize("language", [Language.DANISH, Language.ENGLISH])
def test_today_still_fits_1366x728_with_the_calendar_bar(
    language: Language,
    make_window: Callable[[], MainWindow],
    access: JournalAccess,
    qtbot: QtBot,
    tasks: TaskRunner,
    ics: Path,
) -> None:
    window, today = open_today(make_window, access, qtbot, tasks, last_day=TODAY - timedelta(1))
    window.session.set_language(language)
    window.session.journal.save_calendar_settings(CalendarSettings(files=(str(ics),)))
    window.session.notify(Change.SETTINGS)  # as Settings does after saving the file
    qtbot.waitUntil(lambda: not today.calendar.pending)
    bar = today.proposal
    assert bar.proposal is not None
    assert bar.proposal.source is ProposalSource.CALENDAR
    # A problem line too (an event left out): the worst case of the bar's height.
    bar.show_note(lambda _language: OUTLOOK_PROBLEM)
    qtbot.waitUntil(lambda: bar.note.isVisible())
    QApplication.processEvents()
    lines = bar.text.height() / bar.text.fontMetrics().lineSpacing()
    assert lines < 2.5, f"the bar's words take {lines:.1f} lines"
    assert bar.note.height() < 2.5 * bar.note.fontMetrics().lineSpacing()
    editor = today.reflection.editor
    margins = editor.contentsMargins().top() + int(editor.document().documentMargin())
    first_lines = margins + 2 * editor.fontMetrics().lineSpacing()
    core: dict[str, tuple[QWidget, int | None]] = {
        **{f"time {key}": (spin, None) for key, spin in today.time.spins.items()},
        "staircase": (today.staircase, None),
        "demands": (today.balance.demands.slider, None),
        "resources": (today.balance.resources.slider, None),
        "energy": (today.balance.energy, None),
        "reflection, first lines": (editor, first_lines),
        "use the proposal": (bar.accept_button, None),
        "events": (bar.events_button, None),
    }
    outside = [name for name, (w, height) in core.items() if not in_viewport(today, w, height)]
    assert outside == [], f"out of sight at 1366×728: {outside}"
    assert today.page_scroll.verticalScrollBar().value() == 0
    window.lock()


def test_what_the_calendar_left_out_shows_as_a_calm_line_under_its_proposal(
    qtbot: QtBot, session: JournalSession, journal: Journal, tmp_path: Path
) -> None:
    every_minute = (
        "BEGIN:VEVENT\nUID:ping-1\nSUMMARY:Ping\nDTSTART:19260101T090000Z\n"
        "DTEND:19260101T090030Z\nRRULE:FREQ=MINUTELY\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    path = tmp_path / "ping.ics"
    path.write_text(OUTLOOK_DAY.replace("END:VCALENDAR\n", every_minute), encoding="utf-8")
    journal.save_calendar_settings(CalendarSettings(files=(str(path),)))
    view = _open(qtbot, session, journal)
    bar = view.proposal
    assert bar.proposal is not None
    assert bar.proposal.minutes == FROM_CALENDAR  # the rest still counts
    assert bar.note.isVisibleTo(view)
    assert "gentages hvert minut, blev udeladt" in bar.note.text()
    assert "Ping" not in bar.note.text()  # a title never goes into a message
    bar.accept_button.click()
    assert not bar.isVisibleTo(view)  # taken: the line goes with the proposal
    session.close()


def test_locking_with_the_events_dialog_and_its_question_open_closes_both(
    qtbot: QtBot, view: TodayView, session: JournalSession, journal: Journal
) -> None:
    seen: list[bool] = []

    def act(dialog: EventsDialog) -> None:
        lunch = dialog.rows[3]
        index = lunch.category.findData("strategy")
        lunch.category.setCurrentIndex(index)
        lunch.category.activated.emit(index)

        def lock() -> None:
            if dialog.asking is None:
                QTimer.singleShot(20, lock)
                return
            seen.append(dialog.asking.isVisible())
            session.close()  # the idle lock, while the question shows the title

        QTimer.singleShot(0, lock)
        lunch.remember.click()
        seen.append(dialog.asking is None)

    _events_dialog(qtbot, view, act)
    assert seen == [True, True]
    assert view.calendar.dialog is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]
    assert not view.proposal.isVisibleTo(view)
    assert _kept_days(session) == 0


def test_a_day_whose_events_all_lack_a_category_saves_nothing_when_used(
    qtbot: QtBot, session: JournalSession, journal: Journal, tmp_path: Path
) -> None:
    """Only unplaced events: the bar shows them, but "Use" has no figure to save."""
    lunch_only = tmp_path / "frokost.ics"
    lunch_only.write_bytes(
        "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Apple Inc.//macOS 15.1//EN",
                "BEGIN:VEVENT",
                "UID:lunch-1",
                "SUMMARY:Frokost med Bo",
                f"DTSTART:{TODAY:%Y%m%d}T120000",
                f"DTEND:{TODAY:%Y%m%d}T124500",
                "END:VEVENT",
                "END:VCALENDAR",
                "",
            ]
        ).encode()
    )
    journal.save_calendar_settings(CalendarSettings(files=(str(lunch_only),)))
    view = _open(qtbot, session, journal)
    bar = view.proposal
    assert bar.proposal is not None
    assert bar.proposal.source is ProposalSource.CALENDAR
    assert bar.proposal.minutes == {}
    assert "45 min i begivenheder uden kategori" in bar.text.text()
    assert not bar.accept_button.isVisibleTo(view)  # nothing placed: nothing to use
    assert bar.events_button.isVisibleTo(view)  # … but the events can be placed
    bar.accept_button.click()  # even if it were pressed, there is no figure to save
    view.save_now()
    assert journal.day(TODAY) is None
    session.close()


def test_the_wheel_over_the_events_scrolls_and_never_changes_a_category(
    qtbot: QtBot, view: TodayView
) -> None:
    """The first drop-down has the focus when the dialog opens: the wheel changed it."""
    from tests.ui.wheel_support import wheel_down

    def act(dialog: EventsDialog) -> None:
        before = [row.category.currentText() for row in dialog.rows]
        focused = next(row for row in dialog.rows if row.category.isEnabled())
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        focused.category.setFocus()  # as when the dialog opens
        assert QApplication.focusWidget() is focused.category
        # A wheel gives a drop-down the focus unless its policy says otherwise.
        assert (
            not focused.category.focusPolicy()
            & Qt.FocusPolicy.WheelFocus
            & ~Qt.FocusPolicy.StrongFocus
        )
        for row in dialog.rows:
            wheel_down(row.category)
        wheel_down(focused.category)
        assert [row.category.currentText() for row in dialog.rows] == before
        assert dialog.chosen == {}
        dialog.reject()

    _events_dialog(qtbot, view, act)
