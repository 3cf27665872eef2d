"""Unlock → the first keystroke on Today, then a typical day logged by keyboard (issue 15).

The real entry point, ``wellbeing_desktop.cli.main`` with no command → ``app.run_gui``, as
``passphrase_today.py`` starts it, over a journal (no key remembered, Danish) whose last
logged day is before the real today (DAY; on a Saturday or Sunday a weekend user's
journal, that weekday logged the weeks before: ``benchmarks.data.ritual_journal``), so
Today opens with the proposed time split. The window is resized to 1366×728 (a 1366×768
laptop less its taskbar) as it first shows. At the unlock view's first paint the
launcher puts the passphrase in the field and gives Enter (no pause in which the app
gets ready ahead while a user types: issue 20); the app's own unlock runs
(``UnlockView._unlock``: Argon2id and Today's snapshot in a worker, Today shown from it,
the journal opened after). The clock starts
when the key derivation ends (``keyfile.unlock_with_passphrase`` returns in the app's
worker: ``kdf_watch``) and stops when Today has painted AND the keyboard focus is
on the field the user starts in (the proposal's accept button): the first keystroke can
go in. Enter → key derived is reported too. Done again after a lock, in the same process
("warm": the passphrase typed again at the unlock view).

Then, once the journal is open, the day is logged with key events only, exactly as
``tests/ui/test_today_ritual.py::test_a_typical_day_by_keyboard_takes_at_most_25_keystrokes``
drives it (VARIANT ``accept``: accept the proposal; ``change``: change one figure), the
keys besides the words counted, the time the app took to handle each key measured (the
key event and what it posted, paints included; no human time), and the day read back
through a journal opened afresh (with the data key) after a lock.

Usage: BENCH_PASSPHRASE=... BENCH_DATA_KEY=<hex> python daily_ritual.py DATA_DIR DAY VARIANT
    [REPEATS]
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from typing import Any

from kdf_watch import DERIVED, install
from paintwatch import (
    after_first_paint,
    data_key_from_env,
    fail,
    finish,
    pause,
    stamp,
    wait_until,
)
from ready_watch import on_first_show, watch_today

WORDS = "Budgetmødet gik bedre end frygtet."  # the reflection, as the test types it
FOCUS_TIMEOUT = 5.0
UNLOCK_TIMEOUT = 60.0


def main() -> None:
    data_dir, day_text, variant = sys.argv[1], sys.argv[2], sys.argv[3]
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    if variant not in ("accept", "change"):
        fail(f"unknown variant {variant!r}")
    day = date.fromisoformat(day_text)
    if date.today() != day:
        fail(f"the ritual's day is {day}, the clock says {date.today()}")
    sys.argv[1:] = []  # the app makes its QApplication from these
    install()  # the moment the app's key derivation ends

    def arrange(window: Any) -> None:
        window.resize(1366, 728)
        window.move(0, 0)
        after_first_paint(
            window.unlock_view, lambda: ritual(window, data_dir, day, variant, repeats)
        )

    on_first_show(arrange)
    from wellbeing_desktop.cli import main as cli_main

    code = cli_main(["--data-dir", data_dir])
    fail(f"the app exited ({code}) before the ritual was done")


def unlock(app: Any, window: Any, passphrase: str) -> dict[str, float]:
    """Type the passphrase, give Enter; the moments until Today is ready for the first key."""
    from PySide6.QtCore import QEventLoop, QTimer

    moves: list[tuple[float, Any]] = []
    track = lambda _old, new: moves.append((time.monotonic(), new))  # noqa: E731
    app.focusChanged.connect(track)
    marks: dict[str, float] = {}
    loop = QEventLoop()

    def ready(found: dict[str, float]) -> None:
        marks.update(found)
        loop.quit()

    watch_today(window, ready)
    view = window.unlock_view
    view.passphrase.setText(passphrase)
    derivations = len(DERIVED)
    entered = stamp("entered")
    view.passphrase.returnPressed.emit()  # what the Enter key emits
    QTimer.singleShot(int(UNLOCK_TIMEOUT * 1000), loop.quit)
    loop.exec()
    if "painted" not in marks:
        fail(f"{UNLOCK_TIMEOUT:.0f} s after Enter Today had not painted")
    if len(DERIVED) == derivations:
        fail("Today showed without a key derivation seen (keyfile.unlock_with_passphrase)")
    derived = DERIVED[derivations]
    target = today_view(window).proposal.accept_button
    if today_view(window).proposal.proposal is None:
        fail("Today shows no proposed time split")
    landed = _focus_on(app, target, moves, derived)
    app.focusChanged.disconnect(track)
    painted = marks["painted"]
    return {
        "total": max(painted, landed) - derived,
        "derivation": derived - entered,
        "painted": painted - derived,
        "focused": landed - derived,
    }


def today_view(window: Any) -> Any:
    from wellbeing_desktop.ui.shell.app_shell import Page
    from wellbeing_desktop.ui.today.today_view import TodayView

    view = window.shell.views[Page.TODAY]
    if not isinstance(view, TodayView):
        fail(f"Today is a {type(view).__name__}, not a TodayView")
    return view


def ritual(window: Any, data_dir: str, day: date, variant: str, repeats: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    passphrase = os.environ["BENCH_PASSPHRASE"]
    tasks = window._tasks  # the app's own task runner (what runs in its workers)
    window.activateWindow()  # as the desktop gives a new window the keyboard
    wait_until(app, window.isActiveWindow)
    runs = []
    for n in range(1 + repeats):
        runs.append(unlock(app, window, passphrase))
        if n < repeats:
            wait_until(app, lambda: window.session.is_open, UNLOCK_TIMEOUT)
            window.lock()
            tasks.wait()
            wait_until(app, lambda: window.stack.currentWidget() is window.unlock_view)
            app.processEvents()

    # The user reads the page a moment; the app's background work (the journal's open
    # after the snapshot) finishes meanwhile.
    wait_until(app, lambda: window.session.is_open, UNLOCK_TIMEOUT)
    tasks.wait()
    pause(app, 0.3)
    view = today_view(window)
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
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess

    wait_until(app, lambda: not window.session.is_open)
    reopened = JournalAccess(JournalPaths.resolve(data_dir)).open_with_key(data_key_from_env())
    if reopened is None:
        fail("the journal did not open again with its data key after the lock")
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
