"""Peak RSS with the 10-year journal open on the Trends view.

The window is built as ``run_gui`` builds it; the journal is unlocked with the
passphrase (Argon2id included, as a user unlocks), with ``--keyring`` by the key the
suite remembered in the Secret Service (the app's own keyring path), or, with ``--key``,
with a data key from the environment (a keyring stand-in, where there is no keyring);
then the Trends view is shown (the window's
page once wired in, else made beside the window in the same session), loaded with its
default range, then with "all", weekly, painted; then the process reports its VmHWM and
its resident and peak memory after each step.

Usage: python rss_app.py DATA_DIR (--passphrase | --keyring | --key)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from paintwatch import (
    FixedKey,
    data_key_from_env,
    fail,
    finish,
    make_app,
    memory,
    select_all_weekly,
    stamp,
    trends_view,
    wait_for_paint,
    wait_for_trends,
)


def main() -> None:
    data_dir, how = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QSettings

    from wellbeing_desktop.ui.common import pyside_imports

    # As ``run_gui`` does right after importing PySide6: otherwise PySide6 keeps the
    # source of every module imported after it (a cost the app does not have).
    pyside_imports.install()
    from wellbeing_desktop.app import build_main_window
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner

    app = make_app()
    tasks = TaskRunner()
    paths = JournalPaths.resolve(data_dir)
    if how == "--key":
        access = JournalAccess(paths, keyring=FixedKey.store(data_key_from_env()))
    else:
        access = JournalAccess(paths)  # the system keyring, as the app has it
    window = build_main_window(access, tasks, QSettings())
    window.show()
    wait_for_paint(app, window.unlock_view)
    stamp("unlock_view_painted")
    # What run_gui adds after the first paint: the log file (in a folder of this run) and
    # the single-instance server (QtNetwork).
    from wellbeing_desktop.logs import setup_logging
    from wellbeing_desktop.ui.shell.single_instance import SingleInstance

    setup_logging(Path(tempfile.mkdtemp(prefix="bench-log-")))
    instance = SingleInstance(paths.lock_file)
    instance.claim()
    marks = {"unlock window painted": memory()}
    if how in ("--key", "--keyring"):
        opened = access.open_with_keyring()
        if opened is None:
            fail("no key remembered in the keyring for this journal")
        journal = opened
    else:
        journal = access.open_with_passphrase(os.environ["BENCH_PASSPHRASE"])
    marks["journal unlocked"] = memory()
    window.unlock_view.unlocked.emit(journal)
    app.processEvents()
    marks["views loaded (Today shown)"] = memory()
    # What the Trends view imports first, on its own line of the breakdown (the view would
    # import it a moment later; the peak is the same).
    import pyqtgraph  # noqa: F401

    marks["pyqtgraph + numpy imported"] = memory()
    view, found = trends_view(window, tasks)
    if found == "placeholder":
        wait_for_paint(app, view)
    else:
        wait_for_trends(app, view, None)
        select_all_weekly(app, view)
        wait_for_paint(app, view)
    tasks.wait()
    for _ in range(20):
        app.processEvents()
    stamp("trends_painted")
    marks["Trends shown, all/weekly"] = memory()
    instance.release()
    finish(trends=found, marks=marks, points=plotted_points(view))


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
