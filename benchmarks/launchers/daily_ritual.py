"""Unlock → the first keystroke on Today, then a typical day logged by keyboard (issue 15).

The window is built as ``run_gui`` builds it (``app.build_main_window``, Danish, at
1366×728: a 1366×768 laptop less its taskbar), over a journal whose last logged day is
yesterday by the app's clock (DAY is the date the clock says), so Today opens with the
proposed time split. The unlock view paints and the clock starts at once (no pause in
which the app gets ready ahead while a user types: issue 20): the journal is opened with a
data key derived beforehand and handed over as the unlock view hands it on. The clock
stops when Today has painted AND the keyboard focus is on the field the user starts in
(the proposal's accept button): the first keystroke can go in. Done again after a lock,
in the same process ("warm").

Then the day is logged with key events only, exactly as
``tests/ui/test_today_ritual.py::test_a_typical_day_by_keyboard_takes_at_most_25_keystrokes``
drives it (VARIANT ``accept``: accept the proposal; ``change``: change one figure), the
keys besides the words counted, the time the app took to handle each key measured (the
key event and what it posted, paints included; no human time), and the day read back
through a journal opened afresh after a lock.

Usage: BENCH_DATA_KEY=<hex> python daily_ritual.py DATA_DIR DAY VARIANT [REPEATS]
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime
from typing import Any

from paintwatch import (
    FixedKey,
    PaintWait,
    data_key_from_env,
    fail,
    finish,
    make_app,
    pause,
    wait_for_paint,
    wait_until,
)

WORDS = "Budgetmødet gik bedre end frygtet."  # the reflection, as the test types it
FOCUS_TIMEOUT = 5.0


def main() -> None:
    data_dir, day_text, variant = sys.argv[1], sys.argv[2], sys.argv[3]
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    if variant not in ("accept", "change"):
        fail(f"unknown variant {variant!r}")
    day = date.fromisoformat(day_text)
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.app import build_main_window
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.app_shell import Page
    from wellbeing_desktop.ui.shell.main_window import LANGUAGE_KEY
    from wellbeing_desktop.ui.today.today_view import TodayView

    def clock() -> datetime:  # the app's clock: DAY, at the time of day it is now
        return datetime.combine(day, datetime.now().time())

    app = make_app()
    tasks = TaskRunner()
    access = JournalAccess(
        JournalPaths.resolve(data_dir), keyring=FixedKey.store(data_key_from_env()), clock=clock
    )
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, Language.DANISH.value)  # the users: Danish leaders
    window = build_main_window(access, tasks, settings)
    window.resize(1366, 728)
    window.move(0, 0)
    window.show()
    wait_for_paint(app, window.unlock_view)
    window.activateWindow()
    wait_until(app, window.isActiveWindow)

    # Where the keyboard went and when (the app itself listens to focusChanged too).
    moves: list[tuple[float, Any]] = []
    app.focusChanged.connect(lambda _old, new: moves.append((time.monotonic(), new)))

    def today_view() -> TodayView:
        view = window.shell.views[Page.TODAY]
        if not isinstance(view, TodayView):
            fail(f"Today is a {type(view).__name__}, not a TodayView")
        return view

    runs = []
    for n in range(1 + repeats):
        shell = window.built_shell
        built = shell.views.built(Page.TODAY) if shell is not None else None
        watch = PaintWait(built) if built is not None else None
        moves.clear()
        started = time.monotonic()
        journal = access.open_with_keyring()
        if journal is None:
            fail("the journal did not open with the key")
        window.unlock_view.unlocked.emit(journal)  # what the unlock view does on success
        handed = time.monotonic()
        if window.shell.current_page() is not Page.TODAY:
            window.shell.show_page(Page.TODAY)
        if watch is None:
            watch = PaintWait(window.shell.views[Page.TODAY])
        painted = watch.wait(app)
        target = today_view().proposal.accept_button
        if today_view().proposal.proposal is None:
            fail(f"Today ({day}) shows no proposed time split")
        landed = _focus_on(app, target, moves, started)
        ready = max(painted, landed)
        runs.append(
            {
                "total": ready - started,
                "handed_over": handed - started,
                "painted": painted - started,
                "focused": landed - started,
            }
        )
        if n < repeats:
            window.lock()
            tasks.wait()
            wait_until(app, lambda: window.stack.currentWidget() is window.unlock_view)
            app.processEvents()

    # The user reads the page a moment; the app's background work finishes meanwhile.
    tasks.wait()
    pause(app, 0.3)
    view = today_view()
    proposal = view.proposal.proposal
    assert proposal is not None
    if window.session.journal.day(day) is not None:
        fail(f"the proposal for {day} was saved before the user did anything")
    source = f"{proposal.source.value}, from {len(proposal.based_on)} day(s)"
    expected = dict(proposal.minutes)
    keys: list[str] = []
    handling: list[float] = []
    words_handling = 0.0

    def focused() -> Any:
        widget = QApplication.focusWidget()
        if widget is None:
            fail(f"after {keys}: nothing has the keyboard focus")
        return widget

    def expect(widget: Any, name: str) -> None:
        now = focused()
        if now is not widget:
            fail(f"after {' '.join(keys)}: the focus is on {_describe(now)}, not on {name}")

    def handled(send: Any) -> float:
        started = time.perf_counter()
        send()
        app.processEvents()  # what the key posted: deferred work, the repaint
        return time.perf_counter() - started

    def key(k: Any, name: str, modifier: Any = None) -> None:
        widget = focused()
        keys.append(name)
        if modifier is None:
            handling.append(handled(lambda: QTest.keyClick(widget, k)))
        else:
            handling.append(handled(lambda: QTest.keyClick(widget, k, modifier)))

    def figure(text: str) -> None:  # a figure's characters count as keystrokes
        for char in text:
            widget = focused()
            keys.append(char)
            handling.append(handled(lambda w=widget, c=char: QTest.keyClicks(w, c)))

    def tab(times: int = 1) -> None:
        for _ in range(times):
            key(Qt.Key.Key_Tab, "Tab")

    expect(view.proposal.accept_button, "the proposal's accept button")
    if variant == "accept":
        key(Qt.Key.Key_Return, "Enter")  # the proposal, and on to the staircase
    else:
        tab(2)  # past "No thanks"
        expect(view.time.spins["operations"], "the operations time box")
        figure("4t30")  # one figure changed; the others stay as proposed
        expected["operations"] = 270
        tab(4)
    expect(view.staircase, "the staircase")
    key(Qt.Key.Key_3, "3")
    tab(2)  # past "Signals today"
    expect(view.balance.demands.slider, "demands")
    key(Qt.Key.Key_7, "7")
    tab(2)  # past "+" (add a demand)
    expect(view.balance.resources.slider, "resources")
    key(Qt.Key.Key_4, "4")
    tab(2)  # past "+" (add a resource)
    expect(view.balance.energy, "energy")
    key(Qt.Key.Key_3, "3")
    tab(3)  # past "Use" and "Another" (the question)
    expect(view.reflection.editor, "the reflection")
    editor = view.reflection.editor
    for char in WORDS:  # the words: typed, not counted as keystrokes
        words_handling += handled(lambda c=char: QTest.keyClicks(editor, c))
    key(Qt.Key.Key_S, "Ctrl+S", Qt.KeyboardModifier.ControlModifier)

    # Read back through the journal, opened afresh after a lock (what is on disk).
    window.lock()
    tasks.wait()
    reopened = access.open_with_keyring()
    if reopened is None:
        fail("the journal did not open again with the key after the lock")
    try:
        saved = reopened.day(day)
    finally:
        reopened.close()
    wanted = {
        "minutes": {k: v for k, v in expected.items() if v},
        "stress_step": 3,
        "demands": 7,
        "resources": 4,
        "energy": 3,
        "reflection": WORDS,
    }
    if saved is None:
        mismatches = ["the day was not saved"]
    else:
        mismatches = [
            f"{name}: saved {getattr(saved, name)!r}, typed {value!r}"
            for name, value in wanted.items()
            if getattr(saved, name) != value
        ]
    finish(
        first=runs[0],
        warm=runs[1:],
        variant=variant,
        proposal_source=source,
        keys=keys,
        handling=handling,
        words_characters=len(WORDS),
        words_handling=words_handling,
        mismatches=mismatches,
    )


def _focus_on(app: Any, target: Any, moves: list[tuple[float, Any]], since: float) -> float:
    """The moment the keyboard focus reached ``target`` (waiting for it if it has not yet)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    if QApplication.focusWidget() is not target:
        loop = QEventLoop()

        def moved(_old: Any, new: Any) -> None:
            if new is target:
                loop.quit()

        app.focusChanged.connect(moved)
        QTimer.singleShot(int(FOCUS_TIMEOUT * 1000), loop.quit)
        loop.exec()
        app.focusChanged.disconnect(moved)
        if QApplication.focusWidget() is not target:
            fail(
                f"{FOCUS_TIMEOUT:.0f} s after the unlock the keyboard focus is on "
                f"{_describe(QApplication.focusWidget())}, not on the proposal's accept button"
            )
    landed = [t for t, widget in moves if widget is target]
    return landed[-1] if landed else since


def _describe(widget: Any) -> str:
    if widget is None:
        return "nothing"
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__} {name!r}" if name else type(widget).__name__


main()
