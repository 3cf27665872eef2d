"""Trends shows what another program wrote while the GUI was open, once it is shown again.

The CLI beside the GUI commits through its own connection, which no signal of the app
reports. Each time the view is shown it reads its choice again; unchanged numbers (kept
in ``TrendsCache`` under the file's ``PRAGMA data_version``) are not drawn again.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QWidget

from tests.conftest import PASSPHRASE
from tests.ui.test_trends_view import W45_MON, _fill, _wait_loaded
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.services.trends_data import load_trends
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.trends import trends_reads
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.trends_data import TrendsData, TrendsRequest
    from wellbeing_desktop.ui.common.tasks import TaskRunner


@pytest.fixture
def session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, Language.ENGLISH)
    yield created
    created.close()


@pytest.fixture
def view(qtbot: QtBot, session: JournalSession, journal: Journal, tasks: TaskRunner) -> TrendsView:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.ENGLISH))
    _fill(journal)
    created = TrendsView(session, tasks)
    qtbot.addWidget(created)
    created.resize(1000, 760)
    created.show()
    session.open(journal)
    _wait_loaded(qtbot, created, tasks)
    return created


def _stress_max(data: TrendsData | None) -> int | None:
    assert data is not None
    return max((s.stress_max or 0 for s in data.summaries), default=None)


def test_a_write_by_another_program_shows_when_the_view_is_shown_again(
    qtbot: QtBot, view: TrendsView, access: JournalAccess, tasks: TaskRunner
) -> None:
    before = view.data
    assert _stress_max(before) == 4
    view.hide()
    other = access.open_with_passphrase(PASSPHRASE)  # the CLI's `log`, say
    try:
        other.save_day(DayLog(day=W45_MON, stress_step=5))
    finally:
        other.close()
    view.show()
    qtbot.waitUntil(lambda: view.data is not before, timeout=10000)
    assert _stress_max(view.data) == 5
    assert tasks.wait(10000)


def test_shown_again_without_a_change_the_same_numbers_stay(
    qtbot: QtBot, view: TrendsView, tasks: TaskRunner
) -> None:
    before = view.data
    charts = view.built_charts()
    view.hide()
    view.show()
    qtbot.wait(50)
    assert tasks.wait(10000)
    qtbot.wait(50)
    assert view.data is before  # read again, found the same: not drawn again
    assert all(chart.data is before for chart in charts)


def test_a_write_while_the_view_was_settling_shows_once_it_has_settled(
    qtbot: QtBot,
    view: TrendsView,
    access: JournalAccess,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read_before_the_write, let_it_finish = threading.Event(), threading.Event()

    def load_then_wait(journal: Journal, request: TrendsRequest) -> TrendsData:
        data = load_trends(journal, request)  # read before the other program's commit
        read_before_the_write.set()
        let_it_finish.wait(10)
        return data

    monkeypatch.setattr(trends_reads, "load_trends", load_then_wait)
    view.hide()
    view.reads.read_data()  # a read under way: the page is settling
    assert read_before_the_write.wait(10)
    other = access.open_with_passphrase(PASSPHRASE)  # the CLI's `log`, say
    try:
        other.save_day(DayLog(day=W45_MON, stress_step=5))
    finally:
        other.close()
    view.show()  # shown again while that older read is still on its way
    assert view.reads.settling
    monkeypatch.setattr(trends_reads, "load_trends", load_trends)
    let_it_finish.set()
    qtbot.waitUntil(lambda: _stress_max(view.data) == 5, timeout=10000)
    assert tasks.wait(10000)


def test_a_write_shows_when_the_user_comes_back_to_the_window(
    qtbot: QtBot, view: TrendsView, access: JournalAccess, tasks: TaskRunner
) -> None:
    terminal = QWidget()  # the window the user ran the CLI in
    qtbot.addWidget(terminal)
    terminal.show()
    terminal.activateWindow()
    qtbot.waitUntil(lambda: not view.isActiveWindow(), timeout=5000)
    other = access.open_with_passphrase(PASSPHRASE)
    try:
        other.save_day(DayLog(day=W45_MON, stress_step=5))
    finally:
        other.close()
    assert _stress_max(view.data) == 4  # nothing tells the view, and it stays on screen
    view.activateWindow()  # back to Leader Pulse (alt-tab)
    qtbot.waitUntil(lambda: _stress_max(view.data) == 5, timeout=10000)
    assert tasks.wait(10000)
