"""The start with a remembered key paints Today from a snapshot, then opens the journal (#20).

Today shows the day (read without SQLAlchemy) and takes typing before the ``Journal`` is
open; what is typed then is saved once it is; a lock at that moment waits for the open
and saves; no snapshot goes the ordinary way; an open that fails goes back to the unlock
view with nothing of the journal left in Today.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.app import build_start_window
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.today_snapshot import (
    TodaySnapshot,
    read_snapshot,
    snapshot_with_passphrase,
)
from wellbeing_desktop.storage import read_only
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.tasks import UNEXPECTED
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.lock_reason import ALL_SAVED, NOT_ALL_SAVED, SAVING, TYPED_NOT_SAVED
from wellbeing_desktop.ui.shell.snapshot_start import UNEXPECTED_OPEN
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow

TODAY = fixed_clock().date()
ROOT = Path(__file__).resolve().parents[2]


class _SlowAccess(JournalAccess):
    """An access whose open with the remembered key waits until the test lets it go."""

    def __init__(self, base: JournalAccess, release: threading.Event, *, fail: bool) -> None:
        super().__init__(base.paths, kdf=keyfile.TEST_KDF, clock=fixed_clock)
        self.release = release
        self.fail = fail
        self.opened = 0
        self.journals: list[Journal] = []  # each journal opened, to see it closed
        self.raised: list[Exception] = []

    def open_with_key(self, data_key: bytes, *, passphrase: str | None = None) -> Journal | None:
        assert self.release.wait(20)
        if self.fail:
            raise OSError("the disk went away")
        try:
            journal = super().open_with_key(data_key, passphrase=passphrase)
        except Exception as exc:
            self.raised.append(exc)
            raise
        self.opened += 1
        if journal is not None:
            self.journals.append(journal)
        return journal


def _journal_with_today(access: JournalAccess) -> bytes:
    journal, _code = access.create(PASSPHRASE)
    try:
        journal.save_day(DayLog(day=TODAY, minutes={"operations": 90}, reflection="Før start."))
        return journal.data_key
    finally:
        journal.close()


def _start(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    settings: QSettings,
    *,
    fail: bool = False,
    no_snapshot: bool = False,
) -> tuple[MainWindow, _SlowAccess, threading.Event]:
    key = _journal_with_today(access)
    release = threading.Event()
    slow = _SlowAccess(access, release, fail=fail)

    def snapshot() -> TodaySnapshot | None:
        if no_snapshot:
            return None
        read = read_only.read_at_rest(
            access.paths.database, key, lambda conn: read_snapshot(conn, TODAY)
        )
        return None if read is None else dataclasses.replace(read, data_key=key)

    window = build_start_window(access.paths, tasks, settings, lambda: slow, snapshot)
    qtbot.addWidget(window)
    window.show()
    window.try_keyring_unlock()
    return window, slow, release


def _opening(window: MainWindow) -> bool:
    """Whether the journal is still opening (a call: each asks anew)."""
    return window.session.is_opening


def _today(window: MainWindow) -> TodayView:
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    return today


def _stored(access: JournalAccess) -> DayLog | None:
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        return journal.day(TODAY)
    finally:
        journal.close()


def test_today_shows_the_day_and_takes_the_keyboard_before_the_journal_opens(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, slow, release = _start(qtbot, access, tasks, ui_settings)
    try:
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built_shell, timeout=20000)
        today = _today(window)
        assert not window.session.is_open
        assert _opening(window)
        assert today.reflection.editor.toPlainText() == "Før start."
        assert today.time.spins["operations"].minutes() == 90
        focus = QApplication.focusWidget()
        assert focus is not None
        assert today.content.isAncestorOf(focus)
        release.set()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
        assert slow.opened == 1
        assert not _opening(window)
        assert today.reflection.editor.toPlainText() == "Før start."
        assert not today.has_unsaved_edits
    finally:
        release.set()
        tasks.wait()
        window.lock()


def test_what_is_typed_before_the_journal_opens_is_saved_once_it_is(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, _slow, release = _start(qtbot, access, tasks, ui_settings)
    try:
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built_shell, timeout=20000)
        today = _today(window)
        today.reflection.editor.setFocus()
        today.reflection.editor.moveCursor(today.reflection.editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(today.reflection.editor, " Skrevet tidligt.")
        assert today.has_unsaved_edits
        assert not window.session.is_open
        release.set()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
        qtbot.waitUntil(lambda: not today.has_unsaved_edits, timeout=10000)  # the autosave
        assert today.reflection.editor.toPlainText() == "Før start. Skrevet tidligt."
    finally:
        release.set()
        tasks.wait()
        window.lock()
    stored = _stored(access)
    assert stored is not None
    assert stored.reflection == "Før start. Skrevet tidligt."
    assert stored.minutes == {"operations": 90}


def test_a_lock_while_the_journal_opens_waits_for_nothing_and_loses_nothing(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, slow, release = _start(qtbot, access, tasks, ui_settings)
    try:
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built_shell, timeout=20000)
        today = _today(window)
        today.reflection.editor.setFocus()
        today.reflection.editor.moveCursor(today.reflection.editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(today.reflection.editor, " Låst straks.")
        window.lock()  # the open still waits: the lock does not
        assert window.stack.currentWidget() is window.unlock_view  # Today hidden at once
        assert not window.session.is_open
        language = window.session.language
        assert window.unlock_view.lock_note.text() == tr(SAVING, language)
        release.set()
        qtbot.waitUntil(lambda: not _opening(window), timeout=20000)
        assert not window.session.is_open
        assert window.stack.currentWidget() is window.unlock_view
        assert tr(ALL_SAVED, language) in window.unlock_view.lock_note.text()
        assert today.reflection.editor.toPlainText() == ""  # nothing of it stays
        assert slow.opened == 1
        assert not slow.journals[0].is_open  # not left open behind the lock screen
    finally:
        release.set()
        tasks.wait()
        window.lock()
    stored = _stored(access)
    assert stored is not None
    assert stored.reflection == "Før start. Låst straks."


def test_without_a_snapshot_the_start_opens_the_ordinary_way(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, slow, release = _start(qtbot, access, tasks, ui_settings, no_snapshot=True)
    try:
        # The ordinary way asks the (here empty) keyring: the passphrase screen stays.
        qtbot.waitUntil(lambda: window.built_shell is not None, timeout=20000)
        tasks.wait()
        assert not _opening(window)
        assert window.stack.currentWidget() is window.unlock_view
        assert slow.opened == 0
    finally:
        release.set()
        tasks.wait()
        window.lock()


def test_an_open_that_fails_after_the_snapshot_goes_back_to_the_unlock_view(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, _slow, release = _start(qtbot, access, tasks, ui_settings, fail=True)
    try:
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built_shell, timeout=20000)
        today = _today(window)
        qtbot.keyClicks(today.reflection.editor, "x")
        release.set()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_view, timeout=20000)
        assert not window.session.is_open
        assert not _opening(window)
        assert today.reflection.editor.toPlainText() == ""  # nothing of the journal stays
        note = window.unlock_view.lock_note.text()  # what was typed is not claimed saved
        language = window.session.language
        assert tr(NOT_ALL_SAVED, language) not in note  # nothing locked; all of it lost
        reason = tr(UNEXPECTED_OPEN, language).format(name="OSError")
        assert note == tr(TYPED_NOT_SAVED, language).format(reason=reason)
        assert tr(UNEXPECTED, language).format(name="OSError") not in note  # "Nothing was lost"
    finally:
        release.set()
        tasks.wait()
        window.lock()


# --- the passphrase typed ------------------------------------------------------------------


def _passphrase_start(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, settings: QSettings
) -> tuple[MainWindow, _SlowAccess, threading.Event, list[str]]:
    _journal_with_today(access)
    release = threading.Event()
    slow = _SlowAccess(access, release, fail=False)
    asked: list[str] = []

    def snapshot(passphrase: str) -> TodaySnapshot | None:
        asked.append("quick")
        return snapshot_with_passphrase(access.paths, TODAY, passphrase, slow.throttle)

    window = build_start_window(
        access.paths, tasks, settings, lambda: slow, passphrase_snapshot=snapshot
    )
    qtbot.addWidget(window)
    window.show()
    return window, slow, release, asked


def test_the_passphrase_paints_today_from_the_snapshot_then_opens_the_journal(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, slow, release, asked = _passphrase_start(qtbot, access, tasks, ui_settings)
    try:
        qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
        window.unlock_view.submit.click()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built_shell, timeout=20000)
        assert asked == ["quick"]
        today = _today(window)
        assert not window.session.is_open
        assert today.reflection.editor.toPlainText() == "Før start."
        assert window.unlock_view.passphrase.text() == ""  # not kept in a hidden field
        qtbot.keyClicks(today.reflection.editor, "!")
        release.set()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
        assert slow.opened == 1
        qtbot.waitUntil(lambda: not today.has_unsaved_edits, timeout=10000)
    finally:
        release.set()
        tasks.wait()
        window.lock()
    stored = _stored(access)
    assert stored is not None
    assert "!" in stored.reflection


def test_a_wrong_passphrase_is_refused_on_the_quick_path_and_counted(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, slow, release, asked = _passphrase_start(qtbot, access, tasks, ui_settings)
    try:
        qtbot.keyClicks(window.unlock_view.passphrase, "not the passphrase")
        window.unlock_view.submit.click()
        qtbot.waitUntil(window.unlock_view.isEnabled, timeout=20000)
        assert asked == ["quick"]
        assert slow.throttle.failures == 1  # the same count the ordinary unlock keeps
        message = window.unlock_view.message.text()
        assert message == tr(strings.WRONG_PASSPHRASE, window.session.language)
        assert window.stack.currentWidget() is window.unlock_view
        assert slow.opened == 0
    finally:
        release.set()
        tasks.wait()
        window.lock()


# Run in a fresh interpreter: the test process has imported everything already.
NO_SERVICES = textwrap.dedent(
    """
    import dataclasses, json, sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from wellbeing_desktop.app import build_start_window
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.today import today_view

    paths, key, day = JournalPaths(Path(sys.argv[1])), bytes.fromhex(sys.argv[2]), sys.argv[3]
    seen = {}
    shown = today_view.TodayView.show_snapshot

    def show_snapshot(view, snapshot):
        seen["sqlalchemy when Today shows"] = "sqlalchemy" in sys.modules
        shown(view, snapshot)

    today_view.TodayView.show_snapshot = show_snapshot

    def snapshot():
        from wellbeing_desktop.services.today_snapshot import read_snapshot
        from wellbeing_desktop.storage import read_only

        read = read_only.read_at_rest(
            paths.database, key, lambda conn: read_snapshot(conn, date.fromisoformat(day))
        )
        return dataclasses.replace(read, data_key=key)

    def make_access():
        from wellbeing_desktop.services.access import JournalAccess

        return JournalAccess(paths)

    tasks = TaskRunner()
    window = build_start_window(paths, tasks, QSettings(), make_access, snapshot)
    window.show()
    window.try_keyring_unlock()

    def ready():
        if window.session.is_open:
            seen["opened"] = True
            window.lock()
            app.quit()

    poll = QTimer()
    poll.timeout.connect(ready)
    poll.start(20)
    QTimer.singleShot(60000, app.quit)
    app.exec()
    tasks.wait()
    print(json.dumps(seen))
    """
)


def test_today_shows_from_the_snapshot_before_sqlalchemy_is_imported(
    access: JournalAccess, tmp_path: Path
) -> None:
    key = _journal_with_today(access)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "xdg"))
    done = subprocess.run(
        [sys.executable, "-c", NO_SERVICES, str(access.paths.root), key.hex(), TODAY.isoformat()],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"sqlalchemy when Today shows": False, "opened": True}
