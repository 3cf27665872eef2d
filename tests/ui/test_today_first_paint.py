"""What Today's first paint leaves for later (issue 20: the start with a remembered key).

Today's module imports neither the WHO-5 dialog, the pop-up calendar's styling, the error
catalogues nor ``statistics``; the date header builds its pop-up calendar when first
opened; on the start from a snapshot, the window's after-paint work (the tray, the idle
lock, the app's logging) waits for Today's paint, while the screen-lock watcher is
running before Today shows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.ui.test_snapshot_start import _start, _today
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.today import words
from wellbeing_desktop.ui.today.date_header import DateHeader

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
LATER = (
    "wellbeing_desktop.ui.today.who5_dialog",
    "wellbeing_desktop.ui.common.date_picker",
    "wellbeing_desktop.ui.common.error_words",
    "statistics",
)


def test_todays_module_leaves_the_dialogs_and_catalogues_for_later() -> None:
    script = (
        "import json, sys\n"
        "import wellbeing_desktop.ui.today.today_view\n"
        f"print(json.dumps([m for m in {list(LATER)!r} if m in sys.modules]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=120, check=True,
    )  # fmt: skip
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing",
    "This plugin does not support propagateSizeHints",
)
def test_the_pop_up_calendar_is_built_when_first_opened(qtbot: QtBot) -> None:
    header = DateHeader()
    qtbot.addWidget(header)
    header.retranslate(Language.DANISH)
    header.set_day(date(2026, 12, 8), date(2026, 12, 8))
    assert header._calendar is None
    header.show()
    header.open_calendar()
    popup = header.calendar
    assert popup.isVisible()
    assert popup.calendar.accessibleName() == tr(words.CHOOSE_DATE, Language.DANISH)
    assert popup.calendar.selectedDate().toPython() == date(2026, 12, 8)
    with qtbot.waitSignal(header.day_requested) as chosen:
        popup.calendar.clicked.emit(popup.calendar.selectedDate().addDays(-1))
    assert chosen.args == [date(2026, 12, 7)]
    assert header.calendar is popup  # one pop-up, kept


def test_the_after_paint_work_waits_for_todays_paint_from_the_snapshot(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    sent: list[bool] = []  # whether Today was on screen when ``first_painted`` came
    window, _slow, release = _start(qtbot, access, tasks, ui_settings)
    window.first_painted.connect(
        lambda: sent.append(window.stack.currentWidget() is window.built_shell)
    )
    try:
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built_shell, timeout=20000)
        assert window._system_lock is not None  # watching before Today showed
        qtbot.waitUntil(lambda: bool(sent), timeout=20000)
        assert sent == [True]
        assert _today(window).isVisible()
    finally:
        release.set()
        tasks.wait()
        window.lock()


def test_without_a_snapshot_the_after_paint_work_still_comes(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    came = threading.Event()
    window, _slow, release = _start(qtbot, access, tasks, ui_settings, no_snapshot=True)
    window.first_painted.connect(came.set)
    try:
        # The ordinary way asks the (here empty) keyring: the passphrase screen stays.
        qtbot.waitUntil(came.is_set, timeout=20000)
        assert window.stack.currentWidget() is window.unlock_view
    finally:
        release.set()
        tasks.wait()
        window.lock()
