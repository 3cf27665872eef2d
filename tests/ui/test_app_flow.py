"""Whole-app flows across views: search opens the day in Today; lock leaves no text behind."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QWidget

from wellbeing_desktop.domain.models import DayLog, SparringTopic
from wellbeing_desktop.ui.journal.journal_view import JournalView
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.session import Change
from wellbeing_desktop.ui.today.today_view import TodayView
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.ui.shell.main_window import MainWindow

CANARY = "Zebrafinken"


def _texts(root: QWidget) -> list[str]:
    """Every text a widget under root shows or keeps: labels, fields, editors, models."""
    texts: list[str] = []
    for label in root.findChildren(QLabel):
        texts += [label.text(), label.toolTip(), label.accessibleName()]
    for field in root.findChildren(QLineEdit):
        texts += [field.text(), field.placeholderText()]
    for editor in root.findChildren(QPlainTextEdit):
        texts.append(editor.toPlainText())
    for view in root.findChildren(QAbstractItemView):
        model: QAbstractItemModel | None = view.model()  # None: a view without a model
        if model is None:
            continue
        # A list model's columnCount is private in PySide6: it has one column.
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for row in range(model.rowCount(QModelIndex())):
            for column in range(columns):
                texts.append(str(model.index(row, column).data()))
    return texts


def _seed(window: MainWindow) -> None:
    journal = window.session.journal
    journal.save_day(
        DayLog(
            day=date(2026, 11, 20),
            reflection=f"{CANARY}: budgetmødet gik bedre end ventet",
            tags=("budget",),
            stress_step=3,
        )
    )
    journal.save_sparring_topic(
        SparringTopic(
            raised_on=date(2026, 11, 18),
            situation="conflict",
            with_whom="hr",
            notes=f"{CANARY} i teamet",
        )
    )
    window.session.notify(Change.DAY)
    window.session.notify(Change.SPARRING)


def test_search_then_open_shows_the_day_in_today(qtbot: QtBot, unlocked_window) -> None:
    window: MainWindow = unlocked_window
    _seed(window)
    window.shell.show_page(Page.JOURNAL)
    journal_view = window.shell.views[Page.JOURNAL]
    assert isinstance(journal_view, JournalView)
    qtbot.keyClicks(journal_view.search, "budgetmød")
    qtbot.waitUntil(lambda: journal_view.list_view.model().rowCount() == 1, timeout=5000)

    journal_view.list_view.setFocus()
    journal_view.list_view.setCurrentIndex(journal_view.list_view.model().index(0, 0))
    qtbot.keyClick(journal_view.list_view, Qt.Key.Key_Return)

    assert window.shell.current_page() is Page.TODAY
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    assert today.reflection.editor.toPlainText().startswith(CANARY)
    assert today.header.date_button.text() == "Fredag 20. november 2026"


def test_lock_leaves_no_journal_text_in_any_view(qtbot: QtBot, unlocked_window) -> None:
    window: MainWindow = unlocked_window
    _seed(window)
    for page in Page:  # every view has shown the data
        window.shell.show_page(page)
        qtbot.wait(10)
    window.shell.show_page(Page.JOURNAL)
    journal_view = window.shell.views[Page.JOURNAL]
    assert isinstance(journal_view, JournalView)
    qtbot.keyClicks(journal_view.search, CANARY)
    qtbot.waitUntil(lambda: journal_view.list_view.model().rowCount() > 0, timeout=5000)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    today.show_day(date(2026, 11, 20))
    assert any(CANARY in text for text in _texts(window))

    window.lock()

    assert window.stack.currentWidget() is window.unlock_view
    leftovers = [text for text in _texts(window) if CANARY.lower() in text.lower()]
    assert leftovers == []


def test_a_period_clicked_in_trends_opens_in_the_journal(qtbot: QtBot, unlocked_window) -> None:
    window: MainWindow = unlocked_window
    _seed(window)
    window.shell.show_page(Page.TRENDS)
    trends = window.shell.views[Page.TRENDS]
    assert isinstance(trends, TrendsView)
    trends.open_period.emit(date(2026, 9, 14), date(2026, 9, 20))  # a week bar was clicked

    assert window.shell.current_page() is Page.JOURNAL
    journal_view = window.shell.views[Page.JOURNAL]
    assert isinstance(journal_view, JournalView)
    calendar = journal_view.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 9)
    assert calendar.selectedDate().toString("yyyy-MM-dd") == "2026-09-14"
