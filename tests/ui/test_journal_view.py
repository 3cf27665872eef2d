"""The Journal view over a real journal: list, tinted calendar, search as you type, lock."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView

from wellbeing_desktop.domain.models import DayLog, Language, SparringTopic
from wellbeing_desktop.services.journal import HIT_END, HIT_START, Journal
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.style import ACCENT, STEP_COLOURS
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.journal.journal_calendar import CalendarMetric
from wellbeing_desktop.ui.journal.journal_models import (
    JournalRow,
    Role,
    RowKind,
    snippet_html,
    snippet_segments,
)
from wellbeing_desktop.ui.journal.journal_view import JournalView
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.session import Change, JournalSession

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess

BUDGET = date(2026, 11, 24)
QUIET = date(2026, 11, 20)
EARLY = date(2026, 11, 10)
OCTOBER = date(2026, 10, 14)


def _minutes(operations: int, leadership: int, own: int) -> dict[str, int]:
    return {"operations": operations, "people_leadership": leadership, "own_tasks": own}


def _fill(journal: Journal) -> None:
    journal.save_day(
        DayLog(
            day=BUDGET,
            stress_step=4,
            minutes=_minutes(240, 60, 60),
            reflection="Budget meeting ran long and I skipped lunch.\nSecond line stays hidden.",
        )
    )
    journal.save_day(
        DayLog(
            day=QUIET,
            stress_step=1,
            minutes=_minutes(60, 240, 0),
            reflection="\n  A quiet   day with the team.\n",
        )
    )
    journal.save_day(DayLog(day=EARLY, stress_step=2, reflection="Planned the spring."))
    journal.save_day(DayLog(day=OCTOBER, stress_step=3, reflection="October was busy."))


def _english(journal: Journal) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.ENGLISH))


def _view(qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner) -> JournalView:
    session = JournalSession(access, Language.ENGLISH)
    view = JournalView(session, tasks)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    session.open(journal)
    return view


@pytest.fixture
def view(qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner) -> JournalView:
    _english(journal)
    _fill(journal)
    return _view(qtbot, access, journal, tasks)


def _rows(view: JournalView) -> list[JournalRow]:
    return list(view.model.rows())


def _search(qtbot: QtBot, view: JournalView, text: str) -> None:
    qtbot.keyClicks(view.search, text)
    qtbot.waitUntil(lambda: view.query == text.strip(), timeout=5000)


def _press(qtbot: QtBot, widget: Any, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)


def _cell_background(view: JournalView, day: date) -> QColor | None:
    fmt = view.calendar.dateTextFormat(to_qdate(day))
    if fmt.background().style() == Qt.BrushStyle.NoBrush:
        return None
    return fmt.background().color()


# --- the list ------------------------------------------------------------------------------


def test_the_list_shows_the_months_days_newest_first_with_step_and_first_line(
    view: JournalView,
) -> None:
    rows = _rows(view)
    assert [r.day for r in rows] == [BUDGET, QUIET, EARLY]  # October is another month
    assert rows[0].step == 4
    assert rows[0].first_line == "Budget meeting ran long and I skipped lunch."
    assert rows[1].first_line == "A quiet day with the team."
    assert rows[0].minutes == (240, 60, 60)
    assert rows[0].share_percent == 17
    shown = view.model.data(view.model.index(0))
    assert isinstance(shown, str)
    assert "Tuesday 24 November" in shown
    assert "Step 4" in shown
    assert "Budget meeting ran long" in shown
    assert "Second line" not in shown
    assert view.status.text() == "3 days with entries"
    assert view.list_card.title.text() == "NOVEMBER 2026"


def test_turning_the_calendar_page_loads_that_month(qtbot: QtBot, view: JournalView) -> None:
    view.calendar.showPreviousMonth()
    assert [r.day for r in _rows(view)] == [OCTOBER]
    assert view.list_card.title.text() == "OCTOBER 2026"
    assert _cell_background(view, OCTOBER) is not None
    view.calendar.setCurrentPage(2026, 9)
    assert _rows(view) == []
    assert view.empty.isVisible()
    assert "Nothing written in September 2026" in view.empty.text()


def test_a_day_saved_elsewhere_appears_after_the_change_notice(
    view: JournalView, journal: Journal
) -> None:
    journal.save_day(DayLog(day=date(2026, 11, 25), stress_step=2, reflection="New entry"))
    assert date(2026, 11, 25) not in [r.day for r in _rows(view)]
    view._session.notify(Change.DAY, object())
    assert _rows(view)[0].day == date(2026, 11, 25)
    assert _rows(view)[0].first_line == "New entry"


def test_a_day_without_a_reflection_says_so_quietly(view: JournalView, journal: Journal) -> None:
    journal.save_day(DayLog(day=date(2026, 11, 25), stress_step=2))
    view._session.notify(Change.DAY, object())
    index = view.model.index(view.model.row_of(date(2026, 11, 25)))
    assert index.data(Role.NO_REFLECTION) == "No reflection written"
    view.grab()  # paints it without trouble


def test_opening_a_row_with_enter_or_double_click_emits_its_date(
    qtbot: QtBot, view: JournalView
) -> None:
    index = view.model.index(view.model.row_of(QUIET))
    view.list_view.setFocus()
    view.list_view.setCurrentIndex(index)
    with qtbot.waitSignal(view.open_day, timeout=1000) as opened:
        _press(qtbot, view.list_view, Qt.Key.Key_Return)
    assert opened.args == [QUIET]

    index = view.model.index(view.model.row_of(EARLY))
    centre = view.list_view.visualRect(index).center()
    with qtbot.waitSignal(view.open_day, timeout=1000) as opened:
        # A real double-click: a press and release, then QTest's double-click event.
        qtbot.mouseClick(view.list_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.list_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [EARLY]


# --- the calendar --------------------------------------------------------------------------


def test_calendar_tints_follow_the_step_and_the_legend_follows_the_metric(
    qtbot: QtBot, view: JournalView
) -> None:
    assert view.colour_metric is CalendarMetric.STEP
    step4 = _cell_background(view, BUDGET)
    step1 = _cell_background(view, QUIET)
    assert step4 is not None
    assert step1 is not None
    assert step4 != step1
    assert step4.name() == STEP_COLOURS[4]
    assert step1.name() == STEP_COLOURS[1]
    assert _cell_background(view, date(2026, 11, 23)) is None  # nothing logged
    assert view.legend.texts()[0] == "1 Temperate"
    assert view.legend.texts()[4] == "5 Burned out"

    qtbot.mouseClick(view.metric_share, Qt.MouseButton.LeftButton)
    metric: CalendarMetric = view.colour_metric  # read anew: mypy would keep STEP from above
    assert metric is CalendarMetric.SHARE
    assert view.legend.texts() == ["under 20%", "20–39%", "40% or more (target)"]
    low = _cell_background(view, BUDGET)  # 17 % leadership
    high = _cell_background(view, QUIET)  # 80 %
    assert low is not None
    assert high is not None
    assert low.rgb() == high.rgb() == QColor(ACCENT).rgb()
    assert low.alpha() < high.alpha()
    assert _cell_background(view, EARLY) is None  # no minutes logged: no share

    qtbot.mouseClick(view.metric_step, Qt.MouseButton.LeftButton)
    assert view.legend.texts()[0] == "1 Temperate"


def test_the_share_legend_follows_the_target_in_settings(
    view: JournalView, journal: Journal
) -> None:
    view.set_metric(CalendarMetric.SHARE)
    journal.save_settings(dataclasses.replace(journal.settings(), leadership_target_percent=60))
    view._session.notify(Change.SETTINGS, object())
    assert view.legend.texts() == ["under 30%", "30–59%", "60% or more (target)"]


def test_enter_on_a_calendar_day_with_an_entry_opens_it(qtbot: QtBot, view: JournalView) -> None:
    view.calendar.setSelectedDate(to_qdate(BUDGET))
    assert view.list_view.currentIndex().data(Role.ROW).day == BUDGET  # the list follows
    table = view.calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert table is not None
    table.setFocus()
    with qtbot.waitSignal(view.open_day, timeout=1000) as opened:
        _press(qtbot, table, Qt.Key.Key_Return)
    assert opened.args == [BUDGET]

    view.calendar.setSelectedDate(QDate(2026, 11, 23))
    with qtbot.assertNotEmitted(view.open_day):
        _press(qtbot, table, Qt.Key.Key_Return)


def test_the_calendar_starts_on_monday_and_speaks_the_language(view: JournalView) -> None:
    assert view.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert view.calendar.locale().language().name == "English"
    view._session.set_language(Language.DANISH)
    assert view.calendar.locale().language().name == "Danish"
    assert view.legend.texts()[0] == "1 Tempereret"
    assert view.model.index(0).data(Role.DATE_TEXT) == "Tirsdag 24. november"
    assert view.status.text() == "3 dage med notater"
    assert view.metric_share.text() == "Ledelsesandel"
    assert view.search.accessibleName() == "Søg i dagbogen"


# --- search --------------------------------------------------------------------------------


def test_typing_finds_a_reflection_with_the_hit_marked_and_enter_opens_it(
    qtbot: QtBot, view: JournalView
) -> None:
    _search(qtbot, view, "budg")
    rows = _rows(view)
    assert [r.day for r in rows] == [BUDGET]
    assert ("Budget", True) in rows[0].snippet
    assert f'<b style="color:{ACCENT}">Budget</b>' in snippet_html(rows[0].snippet, ACCENT)
    assert view.status.text() == "1 result for “budg”"
    assert view.model.index(0).data(Role.DATE_TEXT) == "Tuesday 24 November 2026"
    view.grab()

    _press(qtbot, view.search, Qt.Key.Key_Down)  # from the field into the results
    assert view.list_view.hasFocus()
    assert view.list_view.selectionModel().isSelected(view.model.index(0))
    with qtbot.waitSignal(view.open_day, timeout=1000) as opened:
        _press(qtbot, view.list_view, Qt.Key.Key_Return)
    assert opened.args == [BUDGET]


def test_escape_clears_the_search_and_the_month_comes_back(qtbot: QtBot, view: JournalView) -> None:
    _search(qtbot, view, "quiet")
    assert [r.day for r in _rows(view)] == [QUIET]
    _press(qtbot, view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    assert view.query == ""
    assert [r.day for r in _rows(view)] == [BUDGET, QUIET, EARLY]


def test_an_empty_result_says_so(qtbot: QtBot, view: JournalView) -> None:
    _search(qtbot, view, "zebra")
    assert _rows(view) == []
    assert view.empty.isVisible()
    assert view.empty.text() == "Nothing in the journal matches “zebra”."
    assert not view.list_view.isVisible()
    assert "Esc clears the search" in view.hint.text()


def test_a_hit_in_an_older_month_moves_the_calendar_there(qtbot: QtBot, view: JournalView) -> None:
    _search(qtbot, view, "october")
    _press(qtbot, view.search, Qt.Key.Key_Down)
    # The calendar follows once the list has painted (the results come first).
    qtbot.waitUntil(lambda: view.calendar.monthShown() == 10, timeout=2000)
    assert _cell_background(view, OCTOBER) is not None
    assert [r.day for r in _rows(view)] == [OCTOBER]  # still the results, not the month


def test_sparring_hits_carry_a_label_and_open_their_day(
    qtbot: QtBot, view: JournalView, journal: Journal
) -> None:
    raised = date(2026, 11, 18)
    journal.save_sparring_topic(
        SparringTopic(
            raised_on=raised,
            situation=_first_situation(),
            with_whom=_first_partner(),
            notes="Talked about the reorganisation with my boss.",
        )
    )
    _search(qtbot, view, "reorganisation")
    rows = _rows(view)
    assert [(r.day, r.kind) for r in rows] == [(raised, RowKind.SPARRING)]
    assert view.model.index(0).data(Role.KIND_LABEL) == "Sparring"
    view.grab()
    view.list_view.setFocus()
    view.list_view.setCurrentIndex(view.model.index(0))
    with qtbot.waitSignal(view.open_day, timeout=1000) as opened:
        _press(qtbot, view.list_view, Qt.Key.Key_Enter)
    assert opened.args == [raised]


def _first_situation() -> str:
    from wellbeing_desktop.domain.catalogues import SPARRING_SITUATIONS

    return next(iter(SPARRING_SITUATIONS))


def _first_partner() -> str:
    from wellbeing_desktop.domain.catalogues import SPARRING_PARTNERS

    return next(iter(SPARRING_PARTNERS))


def test_html_in_a_reflection_is_shown_as_text(
    qtbot: QtBot, view: JournalView, journal: Journal
) -> None:
    nasty = "<b>x</b> tulip <img src=file:///etc/passwd> [done] & more"
    journal.save_day(DayLog(day=date(2026, 11, 25), reflection=nasty))
    view._session.notify(Change.DAY, object())
    assert _rows(view)[0].first_line == nasty  # drawn as plain text by the delegate
    view.grab()

    _search(qtbot, view, "tulip")
    row = _rows(view)[0]
    markup = snippet_html(row.snippet, ACCENT)
    assert "<img" not in markup
    assert "&lt;b&gt;x&lt;/b&gt;" in markup
    document = QTextDocument()
    document.setHtml(markup)
    shown = document.toPlainText()
    assert "<b>x</b>" in shown
    assert "<img src=file:///etc/passwd>" in shown
    assert "[done]" in shown  # the user's own brackets are not taken for a hit
    assert ("tulip", True) in row.snippet
    assert ("done", True) not in row.snippet
    view.grab()


def test_ctrl_f_focuses_the_search_field(qtbot: QtBot, view: JournalView) -> None:
    view.activateWindow()
    view.list_view.setFocus()
    qtbot.keyClick(view.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


class HeldTasks(TaskRunner):
    """Keeps each task until the test releases it, to deliver results out of order."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        self.held.append((work, on_success))

    def release(self, number: int) -> None:
        work, on_success = self.held[number]
        on_success(work())


def test_a_stale_search_result_is_ignored(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    _english(journal)
    _fill(journal)
    held = HeldTasks()
    view = _view(qtbot, access, journal, held)
    qtbot.keyClicks(view.search, "budget")
    qtbot.waitUntil(lambda: len(held.held) == 1)
    view.search.setText("quiet")
    qtbot.waitUntil(lambda: len(held.held) == 2)
    held.release(1)
    assert [r.day for r in _rows(view)] == [QUIET]
    held.release(0)  # the older search finishes last
    assert [r.day for r in _rows(view)] == [QUIET]
    assert view.query == "quiet"


# --- lock ----------------------------------------------------------------------------------


def _texts(view: JournalView) -> list[str]:
    texts = [w.text() for w in view.findChildren(QLabel)]
    texts += [w.text() for w in view.findChildren(QLineEdit)]
    return texts


def test_lock_clears_every_widget_of_the_view(qtbot: QtBot, view: JournalView) -> None:
    _search(qtbot, view, "quiet")
    assert any("quiet" in t for t in _texts(view))
    view.set_metric(CalendarMetric.SHARE)
    view._session.close()

    for text in _texts(view):
        for secret in ("quiet", "Budget", "October", "spring", "team"):
            assert secret not in text, text
    assert view.search.text() == ""
    assert not view.search.isUndoAvailable()
    assert view.model.rowCount() == 0
    # No day keeps a tint or bold; only the days after the last choosable one stay faint.
    last = view.calendar.maximumDate()
    assert all(day > last for day in view.calendar.dateTextFormat())
    assert view.query == ""


# --- the whole app -------------------------------------------------------------------------


def test_search_in_the_app_finds_a_reflection_and_opening_it_shows_today(
    qtbot: QtBot, unlocked_window: Any
) -> None:
    window = unlocked_window
    session = window.session
    day = date(2026, 11, 19)
    session.journal.save_day(
        DayLog(day=day, stress_step=3, reflection="Hard talk with Rasmus about workload.")
    )
    session.notify(Change.DAY)
    window.shell.show_page(Page.JOURNAL)
    view = window.shell.views[Page.JOURNAL]
    assert isinstance(view, JournalView)
    assert day in [r.day for r in _rows(view)]

    view.focus_search()
    _search(qtbot, view, "rasmus")
    assert [r.day for r in _rows(view)] == [day]
    _press(qtbot, view.search, Qt.Key.Key_Return)  # into the results
    _press(qtbot, view.list_view, Qt.Key.Key_Return)
    assert window.shell.current_page() is Page.TODAY

    window.lock()
    assert view.model.rowCount() == 0
    assert all("rasmus" not in t.lower() for t in _texts(view))


def test_a_hidden_view_reads_the_journal_again_when_shown(
    view: JournalView, journal: Journal
) -> None:
    view.hide()
    journal.save_day(DayLog(day=date(2026, 11, 25), reflection="Written while away"))
    view._session.notify(Change.DAY, object())
    assert date(2026, 11, 25) not in [r.day for r in _rows(view)]  # no work while hidden
    view.show()
    assert _rows(view)[0].first_line == "Written while away"


def test_tab_goes_from_search_to_the_list_the_calendar_and_the_toggle(
    qtbot: QtBot, view: JournalView
) -> None:
    view.activateWindow()
    view.focus_search()
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    table = view.calendar.findChild(QTableView, "qt_calendar_calendarview")
    # The toggle is one stop, like radio buttons; then round to the search field again.
    assert order == [view.list_view, table, view.metric_step, view.search]
    assert view.list_view.selectionModel().hasSelection()

    view.metric_step.setFocus()
    qtbot.keyClick(view.metric_step, Qt.Key.Key_Right)
    assert view.metric_share.hasFocus()
    qtbot.keyClick(view.metric_share, Qt.Key.Key_Space)
    assert view.colour_metric is CalendarMetric.SHARE


def test_snippet_marks_are_told_apart_from_the_users_own_brackets() -> None:
    marked = f"{HIT_START}Budget{HIT_END} talk [draft] {HIT_START}budget{HIT_END}"
    assert snippet_segments(marked) == (
        ("Budget", True),
        (" talk [draft] ", False),
        ("budget", True),
    )


def test_enter_right_after_typing_searches_at_once_and_goes_to_the_results(
    qtbot: QtBot, view: JournalView
) -> None:
    qtbot.keyClicks(view.search, "quiet")
    _press(qtbot, view.search, Qt.Key.Key_Return)  # well inside the 250 ms pause
    qtbot.waitUntil(view.list_view.hasFocus, timeout=5000)
    assert view.query == "quiet"
    assert view.list_view.currentIndex().data(Role.ROW).day == QUIET
    with qtbot.waitSignal(view.open_day, timeout=1000) as opened:
        _press(qtbot, view.list_view, Qt.Key.Key_Return)
    assert opened.args == [QUIET]


# --- the search syntax (issue #17): the same as the command line's --------------------------


def test_the_search_field_takes_a_phrase_or_and_words_to_leave_out(
    qtbot: QtBot, view: JournalView
) -> None:
    _search(qtbot, view, '"quiet day"')
    assert [r.day for r in _rows(view)] == [QUIET]
    view.search.clear()
    _search(qtbot, view, "budget OR october")
    assert [r.day for r in _rows(view)] == [BUDGET, OCTOBER]
    view.search.clear()
    _search(qtbot, view, "budget OR october -lunch")
    assert [r.day for r in _rows(view)] == [OCTOBER]
    view.search.clear()
    _search(qtbot, view, '"day team"')  # not next to each other
    assert _rows(view) == []
    # The field says how words match (also to screen readers), in the session's language.
    assert view.search.toolTip().startswith("All words must be found")
    assert view.search.accessibleDescription() == view.search.toolTip()
    view._session.set_language(Language.DANISH)
    assert view.search.toolTip().startswith("Alle ord skal findes")
    assert "budget OR økonomi finder et af ordene" in view.search.toolTip()  # the rcc's words


@pytest.mark.parametrize("text", ['"quiet', "OR", "quiet OR", "NOT", '"', "-", "((", "*"])
def test_a_malformed_query_never_errors(qtbot: QtBot, view: JournalView, text: str) -> None:
    _search(qtbot, view, text)
    assert not view.message.isVisible()
    assert [r.day for r in _rows(view)] == ([QUIET] if "quiet" in text else [])


def test_only_words_to_leave_out_ask_for_a_word_to_look_for(
    qtbot: QtBot, view: JournalView
) -> None:
    _search(qtbot, view, "-budget")
    assert _rows(view) == []
    assert not view.message.isVisible()
    assert view.empty.text() == (
        "“-budget” only names words to leave out (-word, NOT word): add a word to look for."
    )


def test_a_full_result_list_says_how_many_match_in_all(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wellbeing_desktop.ui.journal import journal_view

    _english(journal)
    _fill(journal)
    monkeypatch.setattr(journal_view, "SEARCH_LIMIT", 2)
    view = _view(qtbot, access, journal, tasks)
    _search(qtbot, view, "budget OR quiet OR october")
    assert [r.day for r in _rows(view)] == [BUDGET, QUIET]
    assert view.status.text() == (
        "The 2 newest of 3 results for “budget OR quiet OR october” – "
        "type more words to narrow it down."
    )
