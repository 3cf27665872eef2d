"""Peak RSS on the path a user takes: the real entry point, then Trends (the ``rss`` rows).

The app's own start, not a window the launcher builds: ``run_gui`` shows the
unlock window first (63 MiB), imports the services and builds Today in idle time, and
opens the journal (key from the keyring, or Argon2id on the passphrase) in worker
threads while it builds. Both change the peak: what a worker frees stays in its
allocator arena (``storage.freed_memory``), and Argon2id's 64 MiB come on top of
whatever the app holds when Enter is pressed.

This launcher starts ``wellbeing_desktop.cli.main`` with no command (→ ``run_gui``) and
only watches. ``--keyring``: the key the suite remembered; Today ready (``ready_watch``).
``--passphrase``: at the unlock view's first paint, ``BENCH_TYPING`` seconds of a user
typing (default 3: the app's idle-time work runs), then the passphrase and Enter; Today
ready. Then ``BENCH_READING`` seconds on Today (default 3: the app's idle-time imports of
pyqtgraph and its daily backup run), Trends shown with "all"/weekly, painted; the
process reports its VmHWM, its memory after each step, and how many points the charts
hold (the fair floor plots as many).

Usage: python rss_start.py DATA_DIR (--keyring | --passphrase)
"""

from __future__ import annotations

import os
import sys
from typing import Any

from paintwatch import (
    after_first_paint,
    fail,
    finish,
    memory,
    pause,
    select_all_weekly,
    trends_view,
    wait_for_paint,
    wait_for_trends,
)
from ready_watch import on_first_show, watch_today


def main() -> None:
    data_dir, how = sys.argv[1], sys.argv[2]
    sys.argv[1:] = []  # the app makes its QApplication from these
    marks: dict[str, dict[str, int]] = {}

    def app() -> Any:
        from PySide6.QtWidgets import QApplication

        return QApplication.instance()

    def on_trends(window: Any) -> None:
        marks["Today ready"] = memory()
        pause(app(), float(os.environ.get("BENCH_READING", "3")))
        marks["read Today"] = memory()
        view, found = trends_view(window, window._tasks)
        if found != "wired":
            fail(f"the Trends view is not the window's page ({found})")
        wait_for_trends(app(), view, None)
        select_all_weekly(app(), view)
        wait_for_paint(app(), view)
        window._tasks.wait()
        for _ in range(20):
            app().processEvents()
        marks["Trends shown, all/weekly"] = memory()
        finish(marks=marks, points=plotted_points(view))

    def arrange(window: Any) -> None:
        view = window.unlock_view

        def painted() -> None:
            marks["unlock window painted"] = memory()
            if how == "--passphrase":
                pause(app(), float(os.environ.get("BENCH_TYPING", "3")))
                marks["passphrase typed"] = memory()
                view.passphrase.setText(os.environ["BENCH_PASSPHRASE"])
                view.passphrase.returnPressed.emit()

        after_first_paint(view, painted)
        watch_today(window, lambda _moments: on_trends(window))

    on_first_show(arrange)
    from wellbeing_desktop.cli import main as cli_main

    code = cli_main(["--data-dir", data_dir])
    fail(f"the app exited ({code}) before Trends was shown")


def plotted_points(view: object) -> int:
    """How many data points the charts hold (lines, scatter and bars), for the floor."""
    import pyqtgraph as pg

    points = 0
    for graphics in view.findChildren(pg.GraphicsView):  # type: ignore[attr-defined]
        for item in graphics.scene().items():
            if isinstance(item, pg.PlotDataItem):
                xs, _ys = item.getData()
                points += 0 if xs is None else len(xs)
            elif isinstance(item, pg.BarGraphItem):
                xs = item.opts.get("x")
                if xs is None:
                    xs = item.opts.get("x0")
                points += 0 if xs is None else len(xs)
            elif isinstance(item, pg.ScatterPlotItem) and not isinstance(
                item.parentItem(), pg.PlotDataItem
            ):
                points += len(item.data)
    return points


main()
