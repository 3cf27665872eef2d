"""Shared by the launchers that start the real app: when Today is painted and ready for typing.

The app is started through its real entry point (``cli.main`` → ``app.run_gui``), so the
launcher never builds the window itself: ``on_first_show`` hands it the window when the
app shows it, and ``watch_today`` then follows the window's stack. When the shell
becomes the window's current widget (the journal has opened), the paint watcher of
``paintwatch.after_first_paint`` goes on the shell (the sidebar and the Today page), and
its first paint with Today as the current page ends "Today painted"; "ready for typing"
is when, besides, ``QApplication.focusWidget()`` is inside the Today view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from paintwatch import after_first_paint, stamp

if TYPE_CHECKING:
    from collections.abc import Callable


def on_first_show(callback: Callable[[Any], None]) -> None:
    """Call ``callback(window)`` when the app shows its first QMainWindow, before it shows.

    The hook is a wrapper around ``QMainWindow.show`` (Qt's method; the app's code is not
    touched), as ``paintwatch.after_first_paint_once_shown`` does.
    """
    from PySide6.QtWidgets import QMainWindow

    original = QMainWindow.show
    seen: list[Any] = []

    def show(window: Any) -> None:
        if not seen:
            seen.append(window)
            callback(window)
        original(window)

    QMainWindow.show = show  # type: ignore[method-assign]


def watch_today(window: Any, ready: Callable[[dict[str, float]], None]) -> None:
    """Call ``ready(marks)`` once Today is painted and has the keyboard focus.

    ``marks`` holds the moments (``time.monotonic()``) the shell became current
    (``opened``), Today's first paint ended (``painted``) and the focus was in Today
    (``focused``); ``ready`` comes at the later of the last two.
    """
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.ui.shell.pages import Page

    marks: dict[str, float] = {}
    state: dict[str, Any] = {}

    def today() -> Any:
        shell = window.built_shell
        return shell.views.built(Page.TODAY) if shell is not None else None

    def focus_in_today() -> bool:
        view, focused = today(), QApplication.focusWidget()
        return view is not None and focused is not None and view.isAncestorOf(focused)

    def maybe_ready() -> None:
        if "painted" in marks and "focused" in marks and "done" not in state:
            state["done"] = True
            ready(marks)

    def focus_changed(_old: Any, _new: Any) -> None:
        if "focused" not in marks and "opened" in marks and focus_in_today():
            marks["focused"] = stamp("focused")
            maybe_ready()

    def painted() -> None:
        marks["painted"] = stamp("today_painted")
        if "focused" not in marks and focus_in_today():
            marks["focused"] = marks["painted"]
        maybe_ready()

    def current_changed(_index: int) -> None:
        shell = window.built_shell
        if "opened" in marks or shell is None or window.stack.currentWidget() is not shell:
            return
        marks["opened"] = stamp("shell_current")
        after_first_paint(shell, painted, when=lambda: shell.current_page() is Page.TODAY)

    window.stack.currentChanged.connect(current_changed)
    app = QApplication.instance()
    app.focusChanged.connect(focus_changed)  # type: ignore[attr-defined]
