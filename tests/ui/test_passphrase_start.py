"""The passphrase start loads no services before Enter; the snapshot uses the check record (#20).

When no key is remembered and Today's snapshot can serve the unlock, the window gets only
its shell ready while the user types: the services (SQLAlchemy, ``keyring`` …) are not
imported before Enter, so nothing competes with the key's derivation; they come after
Today painted. A start after a clean page check today reads no page check again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.app import build_start_window
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services import today_snapshot
from wellbeing_desktop.services.today_snapshot import NothingRememberedError
from wellbeing_desktop.services.unlock_throttle import GrowingDelay
from wellbeing_desktop.storage import check_record, read_only
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    import pytest
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.today_snapshot import TodaySnapshot
    from wellbeing_desktop.ui.common.tasks import TaskRunner

TODAY = fixed_clock().date()
ROOT = Path(__file__).resolve().parents[2]


def _journal_with_today(access: JournalAccess) -> None:
    journal, _code = access.create(PASSPHRASE)
    try:
        journal.save_day(DayLog(day=TODAY, minutes={"operations": 90}, reflection="Før start."))
    finally:
        journal.close()


def test_nothing_remembered_leaves_the_services_unmade_until_enter(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    _journal_with_today(access)
    made: list[str] = []
    throttle = GrowingDelay()

    def make_access() -> JournalAccess:
        made.append("access")
        return access

    def nothing() -> TodaySnapshot | None:
        raise NothingRememberedError

    def quick(passphrase: str) -> TodaySnapshot | None:
        return today_snapshot.snapshot_with_passphrase(access.paths, TODAY, passphrase, throttle)

    window = build_start_window(access.paths, tasks, ui_settings, make_access, nothing, quick)
    qtbot.addWidget(window)
    window.show()
    window.try_keyring_unlock()
    try:
        qtbot.waitUntil(lambda: window.built_shell is not None, timeout=20000)
        qtbot.wait(200)  # the turns after the paint: the shell rehearsed, nothing else
        assert made == []
        assert window.stack.currentWidget() is window.unlock_view
        qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
        window.unlock_view.submit.click()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
        today = window.shell.views[Page.TODAY]
        assert isinstance(today, TodayView)
        assert today.reflection.editor.toPlainText() == "Før start."
        assert made == ["access"]  # made after Enter, once
    finally:
        tasks.wait()
        window.lock()


def test_the_recovery_key_still_opens_the_journal_on_the_passphrase_start(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    journal, code = access.create(PASSPHRASE)
    journal.close()
    throttle = GrowingDelay()

    def nothing() -> TodaySnapshot | None:
        raise NothingRememberedError

    def quick(passphrase: str) -> TodaySnapshot | None:
        return today_snapshot.snapshot_with_passphrase(access.paths, TODAY, passphrase, throttle)

    window = build_start_window(access.paths, tasks, ui_settings, lambda: access, nothing, quick)
    qtbot.addWidget(window)
    window.show()
    window.try_keyring_unlock()
    view = window.unlock_view
    try:
        qtbot.waitUntil(lambda: window.built_shell is not None, timeout=20000)
        view.forgot.click()
        qtbot.keyClicks(view.recovery_key, code)
        qtbot.keyClicks(view.new_passphrase, "a new and long passphrase")
        qtbot.keyClicks(view.new_repeat, "a new and long passphrase")
        view.recover_submit.click()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
    finally:
        tasks.wait()
        window.lock()
    access.open_with_passphrase("a new and long passphrase").close()


# Run in a fresh interpreter: the test process has imported everything already.
NO_SERVICES_BEFORE_ENTER = textwrap.dedent(
    """
    import json, sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from wellbeing_desktop.app import build_start_window
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.ui.common.tasks import TaskRunner

    paths, passphrase, day = JournalPaths(Path(sys.argv[1])), sys.argv[2], sys.argv[3]
    seen = {}

    def nothing():
        from wellbeing_desktop.services.today_snapshot import NothingRememberedError

        raise NothingRememberedError

    def quick(typed):
        from wellbeing_desktop.services.today_snapshot import snapshot_with_passphrase
        from wellbeing_desktop.services.unlock_throttle import GrowingDelay

        return snapshot_with_passphrase(paths, date.fromisoformat(day), typed, GrowingDelay())

    def make_access():
        from wellbeing_desktop.security import keyfile
        from wellbeing_desktop.services.access import JournalAccess

        return JournalAccess(paths, kdf=keyfile.TEST_KDF)

    tasks = TaskRunner()
    window = build_start_window(paths, tasks, QSettings(), make_access, nothing, quick)
    window.show()
    window.try_keyring_unlock()

    def enter():
        seen["shell ready before Enter"] = window.built_shell is not None
        seen["sqlalchemy before Enter"] = "sqlalchemy" in sys.modules
        seen["keyring before Enter"] = "keyring" in sys.modules
        window.unlock_view.passphrase.setText(passphrase)
        window.unlock_view.submit.click()

    def ready():
        if window.session.is_open:
            seen["opened"] = True
            window.lock()
            app.quit()

    QTimer.singleShot(1500, enter)
    poll = QTimer()
    poll.timeout.connect(ready)
    poll.start(20)
    QTimer.singleShot(60000, app.quit)
    app.exec()
    tasks.wait()
    print(json.dumps(seen))
    """
)


def test_no_services_are_imported_before_enter_on_the_passphrase_path(
    access: JournalAccess, tmp_path: Path
) -> None:
    _journal_with_today(access)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "xdg"))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            NO_SERVICES_BEFORE_ENTER,
            str(access.paths.root),
            PASSPHRASE,
            TODAY.isoformat(),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "shell ready before Enter": True,
        "sqlalchemy before Enter": False,
        "keyring before Enter": False,
        "opened": True,
    }


def test_a_start_after_a_clean_check_today_reads_no_page_check(
    access: JournalAccess, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal_with_today(access)
    time.sleep(check_record.SETTLE_SECONDS * 2)  # the file's last change well before the check
    spared: list[bool] = []
    checked_today = check_record.checked_today

    def spy(*args: object) -> bool:
        spared.append(checked_today(*args))  # type: ignore[arg-type]
        return spared[-1]

    monkeypatch.setattr(read_only, "checked_today", spy)
    throttle = GrowingDelay()
    first = today_snapshot.snapshot_with_passphrase(access.paths, TODAY, PASSPHRASE, throttle)
    second = today_snapshot.snapshot_with_passphrase(access.paths, TODAY, PASSPHRASE, throttle)
    assert first is not None
    assert second == first
    assert spared == [False, True]  # the first read of the day checked every page
