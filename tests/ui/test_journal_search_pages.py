"""Search results a page at a time, snippets drawn without HTML, the calendar after the list.

The list shows the first page of hits at once and the rest (up to the search's limit)
when it is scrolled to its end or once the user pauses: the same hits, in the same
order, with the same snippets and the same count as one search of the whole limit.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.services.journal import HIT_END, HIT_START, Journal
from wellbeing_desktop.storage.errors import DamagedFileError
from wellbeing_desktop.ui.journal import journal_paging, journal_view
from wellbeing_desktop.ui.journal.journal_delegate import (
    JournalRowDelegate,
    accent_for,
    snippet_layout,
)
from wellbeing_desktop.ui.journal.journal_models import (
    JournalRow,
    hit_rows,
    snippet_html,
    snippet_segments,
)
from wellbeing_desktop.ui.journal.journal_view import SEARCH_LIMIT, JournalView
from wellbeing_desktop.ui.shell.session import JournalSession

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner

HITS = 20


def _fill(journal: Journal) -> list[date]:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.ENGLISH))
    days = [journal.today() - timedelta(days=1 + 3 * n) for n in range(HITS)]
    for number, day in enumerate(days):
        journal.save_day(DayLog(day=day, reflection=f"Budget round {number} with the team."))
    return days


def _view(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    *,
    first_page: int,
    rest_delay_ms: int,
) -> JournalView:
    monkeypatch.setattr(journal_view, "FIRST_PAGE", first_page)
    monkeypatch.setattr(journal_paging, "REST_DELAY_MS", rest_delay_ms)
    view = JournalView(JournalSession(access, Language.ENGLISH), tasks)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view._session.open(journal)
    return view


def _whole_list(journal: Journal, query: str) -> tuple[JournalRow, ...]:
    return hit_rows(journal.search(query, limit=SEARCH_LIMIT))


def test_the_first_page_comes_at_once_and_the_rest_after_a_pause(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill(journal)
    view = _view(qtbot, access, journal, tasks, monkeypatch, first_page=12, rest_delay_ms=1000)
    qtbot.keyClicks(view.search, "budget")
    qtbot.waitUntil(lambda: view.query == "budget", timeout=5000)
    assert view.model.rowCount() == 12  # more than the list shows: it asks for no more
    assert view.model.has_more
    assert view.status.text() == f"{HITS} results for “budget”"  # the whole count already
    qtbot.waitUntil(lambda: view.model.rowCount() == HITS, timeout=5000)
    assert view.model.rows() == _whole_list(journal, "budget")  # same hits, order, snippets
    assert not view.model.canFetchMore(QModelIndex())  # all there: the list asks no more
    assert view.status.text() == f"{HITS} results for “budget”"


def test_the_end_of_the_list_reads_the_rest_without_waiting(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill(journal)
    view = _view(qtbot, access, journal, tasks, monkeypatch, first_page=12, rest_delay_ms=60_000)
    qtbot.keyClicks(view.search, "budget")
    qtbot.waitUntil(lambda: view.query == "budget", timeout=5000)
    assert view.model.rowCount() == 12
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # into the results
    qtbot.keyClick(view.list_view, Qt.Key.Key_End)  # to the last row: the list asks for more
    qtbot.waitUntil(lambda: view.model.rowCount() == HITS, timeout=5000)
    assert view.model.rows() == _whole_list(journal, "budget")
    qtbot.keyClick(view.list_view, Qt.Key.Key_End)
    assert view.list_view.currentIndex().row() == HITS - 1  # the oldest hit, reached by keys


def test_the_rest_of_an_older_query_is_dropped(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill(journal)
    view = _view(qtbot, access, journal, tasks, monkeypatch, first_page=3, rest_delay_ms=0)
    view.search.setText("budget")
    view.search.returnPressed.emit()  # at once
    view.search.setText("round")  # typing on before the rest of "budget" came
    qtbot.waitUntil(lambda: view.query == "round", timeout=5000)
    qtbot.waitUntil(lambda: view.model.rowCount() == HITS, timeout=5000)
    assert tasks.wait(10000)
    QApplication.processEvents()
    assert view.model.rows() == _whole_list(journal, "round")


def test_a_write_between_the_pages_gives_the_whole_new_list(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill(journal)
    view = _view(qtbot, access, journal, tasks, monkeypatch, first_page=12, rest_delay_ms=60_000)
    qtbot.keyClicks(view.search, "budget")
    qtbot.waitUntil(lambda: view.query == "budget", timeout=5000)
    assert view.model.has_more
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # into the results, then four rows on
    for _ in range(4):
        qtbot.keyClick(view.list_view, Qt.Key.Key_Down)
    on_day = view.model.rows()[view.list_view.currentIndex().row()].day
    # Another process (the CLI) logs a newer hit before the rest is read: no row twice.
    journal.save_day(DayLog(day=journal.today(), reflection="Budget again."))
    view.pager.fetch()
    qtbot.waitUntil(lambda: not view.model.has_more, timeout=5000)
    assert view.model.rows() == _whole_list(journal, "budget")
    assert view.model.rowCount() == HITS + 1
    assert view.status.text() == f"{HITS + 1} results for “budget”"  # the new count
    current = view.list_view.currentIndex()  # the keyboard stays on the day it was on
    assert current.isValid()
    assert view.model.rows()[current.row()].day == on_day


def test_a_failed_read_of_the_rest_is_tried_again_at_the_list_end(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill(journal)
    view = _view(qtbot, access, journal, tasks, monkeypatch, first_page=12, rest_delay_ms=60_000)
    search = journal.search
    failing = [True]
    failed_reads: list[int] = []

    def search_failing(query: str, limit: int = SEARCH_LIMIT) -> object:
        if limit == SEARCH_LIMIT and failing[0]:
            failed_reads.append(limit)
            raise DamagedFileError(Path("journal.db"), "page 7 unreadable")
        return search(query, limit=limit)

    monkeypatch.setattr(journal, "search", search_failing)
    qtbot.keyClicks(view.search, "budget")
    qtbot.waitUntil(lambda: view.query == "budget", timeout=5000)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.keyClick(view.list_view, Qt.Key.Key_End)  # the rest is read, and fails
    qtbot.waitUntil(lambda: "damaged" in view.message.text(), timeout=10000)  # said
    qtbot.wait(1000)
    assert view.model.rowCount() == 12
    assert "damaged" in view.message.text()
    assert len(failed_reads) <= 3  # tried again, but not in a loop
    failing[0] = False  # the fault has gone
    qtbot.keyClick(view.list_view, Qt.Key.Key_Home)
    qtbot.keyClick(view.list_view, Qt.Key.Key_End)  # at the end again: asked again
    qtbot.waitUntil(lambda: view.model.rowCount() == HITS, timeout=5000)
    assert view.model.rows() == _whole_list(journal, "budget")


def test_the_calendar_follows_a_hit_once_the_list_has_painted(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    days = _fill(journal)
    old = days[0] - timedelta(days=200)
    journal.save_day(DayLog(day=old, reflection="Tulips in the spring."))
    view = _view(qtbot, access, journal, tasks, monkeypatch, first_page=40, rest_delay_ms=300)
    order: list[str] = []
    original_load_month = view._load_month

    def load_month() -> None:
        order.append("month read")
        original_load_month()

    monkeypatch.setattr(view, "_load_month", load_month)
    view.list_view.viewport().installEventFilter(recorder := _PaintRecorder(order))
    view.search.setText("tulips")
    view.search.returnPressed.emit()  # Enter: the results get the focus, the hit is current
    qtbot.waitUntil(lambda: view.calendar.monthShown() == old.month, timeout=5000)
    assert recorder.painted
    assert order.index("list painted") < order.index("month read")
    assert view.calendar.selectedDate().toPython() == old


class _PaintRecorder(QObject):
    """Notes in ``order`` when the watched widget paints."""

    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
            self.order.append("list painted")
        return False


# --- snippets: QTextLayout, as a QTextDocument of snippet_html drew them ------------------------


def _painted(paint: object, segments: tuple[tuple[str, bool], ...], width: int) -> QImage:
    image = QImage(width + 20, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    row = JournalRow(day=date(2026, 11, 2), snippet=segments)
    body = QRect(10, 4, width, 2 * painter.fontMetrics().height())
    paint(painter, row, body, QApplication.font(), QApplication.palette())  # type: ignore[operator]
    painter.end()
    return image


def _as_document(
    painter: QPainter, row: JournalRow, body: QRect, font: QFont, palette: QPalette
) -> None:
    """How the delegate drew a snippet before: a QTextDocument of ``snippet_html``."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(snippet_html(row.snippet, accent_for(palette).name()))
    document.setTextWidth(body.width())
    painter.save()
    painter.translate(body.topLeft())
    painter.setClipRect(QRect(0, 0, body.width(), body.height()))
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
    document.documentLayout().draw(painter, context)
    painter.restore()


@pytest.mark.parametrize("width", [200, 420, 700])
def test_a_snippet_looks_as_it_did_as_html(qtbot: QtBot, width: int) -> None:
    segments = snippet_segments(
        f"…with the team about the {HIT_START}budget{HIT_END} for next year, and we agreed "
        f"to {HIT_START}talk{HIT_END} again on Friday once everyone has read it through…"
    )
    ours = _painted(JournalRowDelegate._paint_snippet, segments, width)
    before = _painted(_as_document, segments, width)
    assert ours == before


def test_hits_are_marked_at_their_place_also_after_an_emoji() -> None:
    segments = (("😀 a ", False), ("hit", True), (" and 𝒳 ", False), ("two", True))
    layout = snippet_layout(segments, QApplication.font(), QColor("#3d7ea6"), 300)
    marks = [(r.start, r.length, r.format.fontWeight()) for r in layout.formats()]
    # Qt counts UTF-16 units: the emoji and the 𝒳 are two each.
    assert marks == [(5, 3, QFont.Weight.Bold), (16, 3, QFont.Weight.Bold)]
    units = layout.text().encode("utf-16-le")
    assert [units[2 * s : 2 * (s + n)].decode("utf-16-le") for s, n, _w in marks] == ["hit", "two"]
    assert all(r.format.foreground().color() == QColor("#3d7ea6") for r in layout.formats())
