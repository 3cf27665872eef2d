"""The Trends charts' libraries are imported ahead, after the unlock, in a worker (#20).

Never before the journal is unlocked (the passphrase path's memory peak is the key
derivation's), once the day's backup has had its moment, off the GUI thread, once; a
lock before then leaves it for the next unlock. The test process has imported pyqtgraph
already, so the warm-up is a stand-in here.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.ui.shell import daily_backup
from wellbeing_desktop.ui.trends import warm_up

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def imports(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread of each warm-up; the warm-up soon after the open."""
    threads: list[threading.Thread] = []
    monkeypatch.setattr(JournalAccess, "_daily_backup", lambda _self, _j: None, raising=False)
    monkeypatch.setattr(daily_backup, "DELAY_MS", 60_000)  # out of the way
    monkeypatch.setattr(warm_up, "DELAY_MS", 50)
    monkeypatch.setattr(warm_up, "loaded", lambda: False)  # as in a process without them
    monkeypatch.setattr(
        warm_up, "import_chart_libraries", lambda: threads.append(threading.current_thread())
    )
    return threads


def _journal_with_a_day(access: JournalAccess) -> None:
    journal, _code = access.create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2026, 11, 24), stress_step=2))
    journal.close()


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)


def test_the_libraries_come_after_the_unlock_off_the_gui_thread_once(
    qtbot: QtBot, make_window, access: JournalAccess, imports: list[threading.Thread]
) -> None:
    _journal_with_a_day(access)
    window = make_window()
    qtbot.wait(200)
    assert imports == []  # not before the unlock
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(imports) == 1, timeout=5000)
    assert imports[0] is not threading.main_thread()
    window.lock()
    _unlock(qtbot, window)
    qtbot.wait(200)
    assert len(imports) == 1  # once per process


def test_a_lock_before_the_moment_leaves_it_for_the_next_unlock(
    qtbot: QtBot,
    make_window,
    access: JournalAccess,
    imports: list[threading.Thread],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _journal_with_a_day(access)
    monkeypatch.setattr(warm_up, "DELAY_MS", 60_000)
    window = make_window()
    _unlock(qtbot, window)
    window.lock()
    monkeypatch.setattr(warm_up, "DELAY_MS", 50)
    qtbot.wait(200)
    assert imports == []
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(imports) == 1, timeout=5000)


def test_the_warm_up_builds_no_chart(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    """The real warm-up only imports: the Trends view is still not made."""
    from wellbeing_desktop.ui.shell.pages import Page

    unlocked_window.chart_warm_up._start()
    qtbot.wait(100)
    assert unlocked_window.shell.views.built(Page.TRENDS) is None


def test_the_libraries_load_with_the_collector_paused_then_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No full collection in the middle of the import; what the process held is frozen."""
    import gc
    import sys

    from wellbeing_desktop.ui.trends import chart_libraries

    seen: list[bool] = []
    monkeypatch.setattr(chart_libraries, "_frozen", False)
    monkeypatch.setattr(chart_libraries, "MODULES", ("json",))
    monkeypatch.setattr(chart_libraries, "import_module", lambda _name: seen.append(gc.isenabled()))
    monkeypatch.delitem(sys.modules, "json")
    enabled = gc.isenabled()
    chart_libraries.import_chart_libraries()
    assert seen == [False]  # the collector paused during the import
    assert gc.isenabled() is enabled  # and as it was afterwards
    assert chart_libraries.loaded()
    assert gc.get_freeze_count() > 0
    chart_libraries.import_chart_libraries()  # once per process
    assert seen == [False]


def test_then_one_week_is_read_and_kept_nowhere(
    qtbot: QtBot,
    make_window,
    access: JournalAccess,
    imports: list[threading.Thread],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Trends queries are compiled ahead, on one week; the view's cache stays empty."""
    from wellbeing_desktop.services.journal import Journal

    reads: list[tuple[object, ...]] = []
    real = Journal.summaries

    def spy(self: Journal, *args: object, **kwargs: object) -> object:
        if kwargs.get("keep") is False:  # not Today's week, kept as usual
            reads.append(args)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "summaries", spy)
    _journal_with_a_day(access)
    window = make_window()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(reads) == 1, timeout=5000)
    _granularity, start, end = reads[0]
    assert isinstance(start, date)
    assert isinstance(end, date)
    assert (end - start).days == 6
    kept = window.session.journal._trends_cache._entries
    assert [key for key in kept if key[-2:] == (start, end)] == []  # (Today's week is)
