"""Trends view: all charts redrawn for "all", weekly, 10 years.

The window is built as ``run_gui`` builds it and the journal opened with a data key from
the environment. The Trends view is the window's own page once it is wired in, else one
made beside the window in the same session. After the range "all" and weekly are chosen
(as the buttons do), each redraw is timed from ``TrendsView.reload()`` — the numbers
read on the worker thread, every chart drawn — until the view has painted the new data.
The insights strip loads after that on its own and is not counted.

Usage: BENCH_DATA_KEY=<hex> python trends_redraw.py DATA_DIR REPEATS
"""

from __future__ import annotations

import sys
import time

from paintwatch import (
    FixedKey,
    data_key_from_env,
    finish,
    make_app,
    select_all_weekly,
    stamp,
    trends_view,
    wait_for_paint,
    wait_for_trends,
)


def main() -> None:
    data_dir, repeats = sys.argv[1], int(sys.argv[2])
    try:
        import wellbeing_desktop.ui.trends.trends_view  # noqa: F401 - is it there yet?
    except ImportError as exc:
        finish(available=False, why=f"not importable ({exc})")
    from PySide6.QtCore import QSettings

    from wellbeing_desktop.app import build_main_window
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner

    app = make_app()
    tasks = TaskRunner()
    key = FixedKey.store(data_key_from_env())
    access = JournalAccess(JournalPaths.resolve(data_dir), keyring=key)
    window = build_main_window(access, tasks, QSettings())
    window.show()
    wait_for_paint(app, window.unlock_view)
    window.unlock_view.unlocked.emit(access.open_with_keyring())
    started = time.monotonic()
    view, how = trends_view(window, tasks)
    if how == "placeholder":
        finish(available=False, why="the Trends page is a placeholder")
    painted = wait_for_trends(app, view, None)
    if hasattr(view, "built_charts") and not view.built_charts():
        # The view builds a chart when it comes into sight, once the numbers are in.
        painted = wait_for_paint(app, view, 120.0, when=lambda: bool(view.built_charts()))
    first_shown = painted - started
    stamp("first_shown")
    select_all_weekly(app, view)
    # Every chart redrawn, the ones below the fold too: build them all before timing.
    all_charts = len(getattr(view, "charts", ()))
    periods = len(view.data.summaries)
    runs = []
    fetch, draw = [], []
    for _ in range(1 + repeats):
        tasks.wait()  # each redraw starts quiet (the insights strip loads after one)
        app.processEvents()
        old = view.data
        started = time.monotonic()
        view.reload()
        painted = wait_for_trends(app, view, old)
        runs.append(painted - started)
        fetch.append(getattr(view, "last_fetch_ms", float("nan")) / 1000)
        draw.append(getattr(view, "last_draw_ms", float("nan")) / 1000)
    tasks.wait()
    finish(
        available=True,
        how=how,
        periods=periods,
        charts=all_charts,
        first_shown=first_shown,
        first=runs[0],
        seconds=runs[1:],
        fetch=fetch[1:],
        draw=draw[1:],
    )


main()
