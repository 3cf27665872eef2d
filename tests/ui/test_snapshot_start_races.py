"""The snapshot start's races (#20): a lock, a failure, a change or midnight while it opens.

Today shows from the snapshot while the ``Journal`` opens in a worker. A lock then hides
Today at once and waits for nothing; the open, once complete, saves what was typed and
closes the journal; an open that fails says why and what was not saved; a ``log`` of the
days the proposal reads, or midnight, during the open does not leave Today misleading; the
passphrase typed while the remembered key is tried opens the journal once.
"""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta
from typing import TYPE_CHECKING

from tests.conftest import PASSPHRASE, fixed_clock
from tests.ui.test_snapshot_start import _opening, _SlowAccess, _stored, _today
from wellbeing_desktop.app import build_start_window
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.domain.proposals import lookback_start, propose_time
from wellbeing_desktop.services.today_snapshot import (
    TodaySnapshot,
    read_snapshot,
    snapshot_with_passphrase,
)
from wellbeing_desktop.storage import read_only
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.shell.lock_reason import (
    ALL_SAVED,
    NOT_OPENED,
    SAVING,
    TYPED_NOT_SAVED,
)
from wellbeing_desktop.ui.shell.snapshot_start import KEY_CHANGED

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow

TODAY = fixed_clock().date()


def _start(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    settings: QSettings,
    days: list[DayLog],
    *,
    day: date = TODAY,
    gate: threading.Event | None = None,
    passphrase: bool = False,
) -> tuple[MainWindow, _SlowAccess, threading.Event]:
    """A journal with ``days``, and the window's remembered-key start on ``day``.

    ``gate``: the keyring's snapshot waits for it; ``passphrase``: the quick passphrase
    unlock is there too.
    """
    journal, _code = access.create(PASSPHRASE)
    try:
        for log in days:
            journal.save_day(log)
        key = journal.data_key
    finally:
        journal.close()
    release = threading.Event()
    slow = _SlowAccess(access, release, fail=False)

    def snapshot() -> TodaySnapshot | None:
        if gate is not None:
            assert gate.wait(20)
        read = read_only.read_at_rest(
            access.paths.database, key, lambda conn: read_snapshot(conn, day)
        )
        return None if read is None else dataclasses.replace(read, data_key=key)

    quick: Callable[[str], TodaySnapshot | None] | None = None
    if passphrase:

        def quick(secret: str) -> TodaySnapshot | None:
            return snapshot_with_passphrase(access.paths, day, secret, slow.throttle)

    window = build_start_window(access.paths, tasks, settings, lambda: slow, snapshot, quick)
    qtbot.addWidget(window)
    window.show()
    window.try_keyring_unlock()
    return window, slow, release


def _shown(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built_shell, timeout=20000)


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = _today(window).reflection.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not _opening(window), timeout=20000)


def _finish(window: MainWindow, release: threading.Event, tasks: TaskRunner) -> None:
    release.set()
    tasks.wait()
    window.lock()


BEFORE = DayLog(day=TODAY, minutes={"operations": 90}, reflection="Før start.")


def test_an_open_that_fails_after_a_lock_says_why_and_that_the_typing_was_not_saved(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, slow, release = _start(qtbot, access, tasks, ui_settings, [BEFORE])
    try:
        _shown(qtbot, window)
        _type(qtbot, window, " Tabt.")
        window.lock()
        assert window.stack.currentWidget() is window.unlock_view
        access.paths.database.write_bytes(b"not a journal any more" * 100)  # damaged meanwhile
        release.set()
        _settled(qtbot, window)
        assert not window.session.is_open
        assert len(slow.raised) == 1
        language = window.session.language
        reason = user_message(slow.raised[0], language)
        note = window.unlock_view.lock_note.text()
        assert note == tr(TYPED_NOT_SAVED, language).format(reason=reason)
        assert _today(window).reflection.editor.toPlainText() == ""
    finally:
        _finish(window, release, tasks)


def test_a_key_changed_during_the_open_is_said_even_with_nothing_typed(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, slow, release = _start(qtbot, access, tasks, ui_settings, [BEFORE])
    try:
        _shown(qtbot, window)
        access.rotate_data_key(PASSPHRASE, PASSPHRASE + " ny", lambda _code: None)
        release.set()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_view, timeout=20000)
        assert not window.session.is_open
        assert slow.journals == []
        language = window.session.language
        reason = tr(KEY_CHANGED, language)
        assert window.unlock_view.lock_note.text() == tr(NOT_OPENED, language).format(reason=reason)
    finally:
        _finish(window, release, tasks)


def test_a_close_while_the_journal_opens_saves_before_the_app_quits(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, slow, release = _start(qtbot, access, tasks, ui_settings, [BEFORE])
    try:
        _shown(qtbot, window)
        _type(qtbot, window, " Lukket.")
        window.close()  # the window goes at once; the open still waits
        assert not window.isVisible()
        assert _opening(window)
        timer = threading.Timer(0.3, release.set)
        timer.start()
        snapshots = window._snapshot_start
        assert snapshots is not None
        snapshots.finish_before_quit()  # the quit waits for the open, then saves
        timer.join()
        assert not _opening(window)
        assert not window.session.is_open
        assert not slow.journals[0].is_open
        assert tr(ALL_SAVED, window.session.language) in window.unlock_view.lock_note.text()
    finally:
        _finish(window, release, tasks)
    stored = _stored(access)
    assert stored is not None
    assert stored.reflection == "Før start. Lukket."


def test_a_lock_note_says_it_is_saving_only_when_something_was_typed(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    window, slow, release = _start(qtbot, access, tasks, ui_settings, [BEFORE])
    try:
        _shown(qtbot, window)
        window.lock()
        assert tr(SAVING, window.session.language) not in window.unlock_view.lock_note.text()
        release.set()
        _settled(qtbot, window)
        assert not window.session.is_open
        assert not slow.journals[0].is_open
    finally:
        _finish(window, release, tasks)


def test_a_log_of_earlier_days_during_the_open_renews_the_proposal(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    weeks = [TODAY - timedelta(weeks=n) for n in (1, 2, 3)]
    days = [DayLog(day=d, minutes={"operations": 60}) for d in weeks]
    window, _slow, release = _start(qtbot, access, tasks, ui_settings, days)
    try:
        _shown(qtbot, window)
        today = _today(window)
        shown = today.proposal.proposal
        assert shown is not None
        assert shown.minutes == {"operations": 60}
        other = access.open_with_passphrase(PASSPHRASE)  # a CLI ``log`` meanwhile
        try:
            for d in weeks:
                other.save_day(DayLog(day=d, minutes={"operations": 300}))
            earlier = other.minutes_between(lookback_start(TODAY), TODAY - timedelta(days=1))
        finally:
            other.close()
        expected = propose_time(TODAY, earlier, set(today.time.spins))
        assert expected is not None
        release.set()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
        renewed = today.proposal.proposal
        assert renewed is not None
        assert renewed.minutes == expected.minutes == {"operations": 300}
    finally:
        _finish(window, release, tasks)


def test_midnight_during_the_open_leaves_today_on_the_day_being_edited(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    yesterday = TODAY - timedelta(days=1)
    days = [dataclasses.replace(BEFORE, day=yesterday)]
    window, _slow, release = _start(qtbot, access, tasks, ui_settings, days, day=yesterday)
    try:
        _shown(qtbot, window)
        _type(qtbot, window, " Før midnat.")
        release.set()  # the journal's clock says the next day now
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
        today = _today(window)
        assert today.header.day() == yesterday  # no silent switch to the next day
        assert today.header.today_button.isEnabled()  # the way to the new day is there
        assert today.reflection.editor.toPlainText() == "Før start. Før midnat."
        qtbot.waitUntil(lambda: not today.has_unsaved_edits, timeout=10000)
    finally:
        _finish(window, release, tasks)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        stored = journal.day(yesterday)
        assert stored is not None
        assert stored.reflection == "Før start. Før midnat."
        assert journal.day(TODAY) is None
    finally:
        journal.close()


def test_the_passphrase_typed_while_the_remembered_key_is_tried_opens_once(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    gate = threading.Event()
    window, slow, release = _start(
        qtbot, access, tasks, ui_settings, [BEFORE], gate=gate, passphrase=True
    )
    try:
        qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
        window.unlock_view.submit.click()
        _shown(qtbot, window)  # from the passphrase's snapshot; its open waits
        assert window.session.is_opening
        gate.set()  # the remembered key's snapshot comes meanwhile
        qtbot.wait(500)
        release.set()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
        tasks.wait()
        qtbot.wait(50)
        assert slow.opened == 1
        assert window.session.is_open
        assert window.session.journal is slow.journals[0]
    finally:
        gate.set()
        _finish(window, release, tasks)


def test_the_remembered_key_first_drops_the_passphrase_typed_meanwhile(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    gate = threading.Event()
    window, slow, release = _start(
        qtbot, access, tasks, ui_settings, [BEFORE], gate=gate, passphrase=True
    )
    quick = window.unlock_view.quick
    assert quick is not None
    handed: list[TodaySnapshot] = []  # the passphrase's snapshot, once back from its worker

    def show(snapshot: TodaySnapshot, passphrase: str) -> None:
        handed.append(snapshot)
        quick.show(snapshot, passphrase)

    window.unlock_view.quick = dataclasses.replace(quick, show=show)
    try:
        qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
        window.unlock_view.submit.click()  # the quick read runs; the keyring's is first
        gate.set()
        _shown(qtbot, window)
        # Not "every task done": the keyring's open may have started (after Today's paint).
        qtbot.waitUntil(lambda: bool(handed), timeout=20000)
        release.set()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
        tasks.wait()
        qtbot.wait(50)
        assert slow.opened == 1
        assert window.session.journal is slow.journals[0]
    finally:
        gate.set()
        _finish(window, release, tasks)
