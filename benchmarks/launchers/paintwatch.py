"""Shared by the launchers: stamps, first-paint detection from outside the app, reporting.

A launcher prints JSON lines on stdout; the suite reads them. Stamps are
``time.monotonic()``, which on Linux is one clock for every process, so the suite can
subtract the moment it started the process.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import sys
import time
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from collections.abc import Callable

STAMPS: dict[str, float] = {"main": time.monotonic()}
_KEEP: list[Any] = []

# A launcher never hangs the suite: after this many seconds a C watchdog thread (which
# needs no GIL, so it fires inside Qt's event loop too) prints the stacks and exits.
faulthandler.dump_traceback_later(int(os.environ.get("BENCH_LAUNCHER_TIMEOUT", "120")), exit=True)


def stamp(name: str) -> float:
    STAMPS[name] = time.monotonic()
    return STAMPS[name]


def memory() -> dict[str, int]:
    """Peak and current resident set size of this process, in bytes."""
    found: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                found[key] = int(value.split()[0]) * 1024
    return found


def report(**fields: Any) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def fail(message: str) -> NoReturn:
    report(error=message)
    os._exit(3)


def finish(**fields: Any) -> NoReturn:
    """Report the stamps, the memory and ``fields``, then leave without Qt's teardown."""
    report(stamps=STAMPS, **memory(), **fields)
    sys.stderr.flush()
    os._exit(0)


def after_first_paint(
    widget: Any, callback: Callable[[], None], when: Callable[[], bool] | None = None
) -> Any:
    """Call back once a widget has painted.

    Call ``callback`` once, as soon as ``widget`` (or a widget inside it) has painted (while
    ``when()`` holds, if given).

    An event filter on the widget and its descendants sees the paint event (Qt skips
    painting a widget that opaque children cover, so the first to paint may be a child);
    an event posted then with high priority is handled right after the whole paint pass
    (in which the window's backing store is also flushed), before anything that the app
    queued meanwhile at normal priority (a zero timer of its own for work that waits for
    the first paint would otherwise be counted as painting). Nothing polls: the launcher's
    Python runs only on the watched widgets' events, so it takes the GIL from the app's
    worker threads no more than the app's own event handling does.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QWidget

    watched = [widget, *widget.findChildren(QWidget)]
    paint = QEvent.Type.Paint
    done = QEvent.Type.User

    class Watcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.fired = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if not self.fired and event.type() == paint and (when is None or when()):
                self.fired = True
                stamp("paint_event")
                # Qt.EventPriority.HighEventPriority, as a number: touching ``Qt`` here
                # would make PySide6 build its ~100 enums (~10 ms) inside the timing.
                QCoreApplication.postEvent(self, QEvent(done), 1)
            return False

        def event(self, event: Any) -> bool:
            if event.type() == done:
                self._done()
                return True
            return bool(super().event(event))

        def _done(self) -> None:
            callback()
            for w in watched:
                with contextlib.suppress(RuntimeError):  # a child deleted meanwhile
                    w.removeEventFilter(self)
            _KEEP.remove(self)

    watcher = Watcher()
    for w in watched:
        w.installEventFilter(watcher)
    _KEEP.append(watcher)  # an event filter that Python collects stops filtering
    return watcher


def wait_until(app: Any, done: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until ``done()``, looking every 20 ms (for untimed waits)."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: (done() or time.monotonic() > deadline) and loop.quit())
    poll.start(20)
    if not done():
        loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError(f"the launcher waited {timeout:.0f} s for {done.__qualname__}")


def pause(app: Any, seconds: float) -> None:
    """Run the event loop for ``seconds`` (a user's pause: typing, reading)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def wait_for_paint(
    app: Any, widget: Any, timeout: float = 30.0, when: Callable[[], bool] | None = None
) -> float:
    """Run the event loop until a widget has painted.

    Run the event loop until ``widget`` has painted (while ``when()`` holds, if given); returns the
    moment that paint pass ended.
    """
    return PaintWait(widget, when).wait(app, timeout)


class PaintWait:
    """A watch for the next paint of a widget.

    A watch for the next paint of ``widget`` (or a widget inside it), set up now and waited for
    later with ``wait``.

    Setting a watch up hands the widget and every widget inside it to Python, Qt's
    internal ones too (a scroll area's viewport, a spin box's line edit), and the first
    time PySide6 meets such a one it makes every type it has not made yet (~130 enums,
    ~15 ms). A timed stretch therefore sets its watch up before its clock starts, on the
    widgets there are by then, and only waits inside it.
    """

    def __init__(self, widget: Any, when: Callable[[], bool] | None = None) -> None:
        self.widget = widget
        self.painted: list[float] = []
        self._loop: Any = None
        after_first_paint(widget, self._done, when)

    def _done(self) -> None:
        self.painted.append(time.monotonic())
        if self._loop is not None:
            self._loop.quit()

    def wait(self, app: Any, timeout: float = 30.0) -> float:
        """Run the event loop until the paint; the moment that paint pass ended."""
        from PySide6.QtCore import QEventLoop, QTimer

        if not self.painted:
            self._loop = QEventLoop()
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(self._loop.quit)
            guard.start(int(timeout * 1000))
            self.widget.update()
            self._loop.exec()
            guard.stop()
            self._loop = None
        if not self.painted:
            raise TimeoutError(f"the launcher waited {timeout:.0f} s for a paint of {self.widget}")
        return self.painted[0]


def make_app() -> Any:
    """The QApplication as the app makes it.

    The QApplication as ``wellbeing_desktop.app.run_gui`` makes it (its style complete at once:
    run_gui adds the focus ring after the first paint).
    """
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.ui.common.style import apply_style

    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    app.setApplicationName("wellbeing-desktop")
    app.setApplicationDisplayName("Leader Pulse")
    app.setOrganizationName("wellbeing-desktop")
    apply_style(app)
    return app


class FixedKey:
    """A keyring stand-in that hands back a data key derived beforehand (KDF excluded)."""

    @staticmethod
    def store(data_key: bytes) -> Any:
        from wellbeing_desktop.security.keyring_store import KeyringStore

        class _Store(KeyringStore):
            def recall(self, journal_id: str) -> bytes | None:
                return data_key

            def availability(self) -> str | None:
                return None

        return _Store()


def data_key_from_env() -> bytes:
    return bytes.fromhex(os.environ["BENCH_DATA_KEY"])


def trends_view(window: Any, tasks: Any) -> tuple[Any, str]:
    """The Trends view and how it was found.

    The Trends view and how it was found: "wired" (the window's own page), "beside" (made here, in
    the same session, while the window still has a placeholder) or "placeholder" (no TrendsView to
    import).
    """
    from wellbeing_desktop.ui.shell.app_shell import Page

    page = window.shell.views[Page.TRENDS]
    try:
        from wellbeing_desktop.ui.trends.trends_view import TrendsView
    except ImportError:
        window.shell.show_page(Page.TRENDS)
        return page, "placeholder"
    if isinstance(page, TrendsView):
        window.shell.show_page(Page.TRENDS)
        return page, "wired"
    view = TrendsView(window.session, tasks)
    view.resize(920, 760)
    view.show()
    return view, "beside"


def wait_for_trends(app: Any, view: Any, old: Any, timeout: float = 120.0) -> float:
    """Until the view has painted data newer than ``old``; that moment."""
    return wait_for_paint(
        app, view, timeout, when=lambda: view.data is not None and view.data is not old
    )


def select_all_weekly(app: Any, view: Any) -> None:
    """Show all of the journal by week, until painted.

    Range "all", then weekly (choosing a range also picks its suggested granularity), until the view
    has painted that data.
    """
    from wellbeing_desktop.domain.aggregation import Granularity
    from wellbeing_desktop.services.trends_data import TrendsRange

    view.set_range(TrendsRange.ALL)
    view.set_granularity(Granularity.WEEK)
    wait_for_paint(
        app,
        view,
        120.0,
        when=lambda: (
            view.data is not None
            and view.data.request.granularity is Granularity.WEEK
            and view.data.request.range is TrendsRange.ALL
        ),
    )


def after_first_paint_once_shown(find: Callable[[Any], Any], callback: Callable[[], None]) -> None:
    """Watch the first paint of a widget in a window built elsewhere.

    Like ``after_first_paint``, for a widget of a window the launcher does not build itself: when a
    QMainWindow is shown, ``find(window)`` names the widget to watch (the window itself for the
    baseline, its unlock view for the app).

    The watcher goes on in a wrapper around ``QMainWindow.show`` (Qt's method; the app's
    code is not touched) rather than in an application-wide event filter: such a filter
    hands every object that gets an event to Python, Qt's internal ones too, and for
    those PySide6 makes its not yet used types (~140 enums, ~20 ms) — a cost of the
    measurement that the app itself never pays, and that a bare window hardly triggers.
    """
    from PySide6.QtWidgets import QMainWindow

    original = QMainWindow.show
    watching: list[bool] = []

    def show(window: Any) -> None:
        if not watching:
            widget = find(window)
            if widget is not None:
                watching.append(True)
                after_first_paint(widget, callback)
        original(window)

    QMainWindow.show = show  # type: ignore[method-assign]


def after_first_paint_of(app: Any, class_name: str, callback: Callable[[], None]) -> Any:
    """Watch the first paint of a widget class, application-wide.

    Like ``after_first_paint``, for the first widget of a class (by name) to paint, watched through
    an application-wide event filter — for a window the launcher does not build itself.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    paint = QEvent.Type.Paint

    class Watcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.fired = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if not self.fired and event.type() == paint and type(obj).__name__ == class_name:
                self.fired = True
                stamp("paint_event")
                app.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    watcher = Watcher()
    app.installEventFilter(watcher)
    _KEEP.append(watcher)
    return watcher
