"""Trends: the first show on "All" in a fresh process, then every range and granularity switch.

The window is built as ``run_gui`` builds it and the journal opened with a data key from
the environment (not timed); Today paints and the app's work after the open settles. The
Trends view has never been shown (nor built) in this process. Its range is "All" from the
start: if the view does not start on "All" by itself, the launcher has it pick "All" right
after it is made (the one thing it arranges in the app), as if the user's last choice were
remembered; a hidden view reads nothing. The clock then runs from the sidebar's switch to
Trends (``show_page``: the view built, pyqtgraph imported, the numbers read in a worker,
the charts in sight built and drawn) until the view has painted "All" with its charts.

Then each range is chosen and, within it, each other granularity, every one for the first
time in this process (no warm repeats): each timed from the click (``set_range`` /
``set_granularity``, what the buttons do) until the view has painted the new numbers.

Usage: BENCH_DATA_KEY=<hex> python trends_first.py DATA_DIR
"""

from __future__ import annotations

import sys
import time
from typing import Any

from paintwatch import FixedKey, PaintWait, data_key_from_env, finish, make_app, pause


def main() -> None:
    data_dir = sys.argv[1]
    # How long after Today painted the user switches to Trends (the app loads the charts'
    # libraries in idle time a few seconds after the unlock).
    after_today = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
    from PySide6.QtCore import QSettings

    from wellbeing_desktop.app import build_main_window
    from wellbeing_desktop.domain.aggregation import Granularity
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.trends_data import TrendsRange
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.app_shell import Page
    from wellbeing_desktop.ui.trends.trends_view import TrendsView

    original_init = TrendsView.__init__
    starts_on: list[str] = []

    def init_on_all(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        starts_on.append(self.range.value)
        if self.range is not TrendsRange.ALL:
            self.set_range(TrendsRange.ALL)  # hidden: only remembered, read on first show

    TrendsView.__init__ = init_on_all  # type: ignore[method-assign]

    app = make_app()
    tasks = TaskRunner()
    access = JournalAccess(
        JournalPaths.resolve(data_dir), keyring=FixedKey.store(data_key_from_env())
    )
    window = build_main_window(access, tasks, QSettings())
    window.show()
    PaintWait(window.unlock_view).wait(app)
    window.unlock_view.unlocked.emit(access.open_with_keyring())
    PaintWait(window.shell).wait(app)
    tasks.wait()
    pause(app, after_today)  # the app's own work after the open (idle timers) settles
    tasks.wait()
    if window.shell.views.built(Page.TRENDS) is not None:
        finish(error="the Trends view was built before its first show")

    def shown(range_: Any, granularity: Any) -> Any:
        def holds() -> bool:
            view = window.shell.views.built(Page.TRENDS)
            data = getattr(view, "data", None)
            return (
                data is not None
                and data.request.range is range_
                and data.request.granularity is granularity
                and bool(view.built_charts())
            )

        return holds

    shell = window.shell
    started = time.monotonic()
    shell.show_page(Page.TRENDS)
    view = shell.views[Page.TRENDS]
    # The watch goes on the view once it exists (show_page made it; it paints later, in
    # the event loop): inside the clock, as the view did not exist before it started.
    built = time.monotonic() - started
    painted = PaintWait(view, shown(TrendsRange.ALL, Granularity.MONTH)).wait(app, 120.0)
    first_show = painted - started
    periods = len(view.data.summaries)
    charts = len(view.built_charts())

    steps: list[tuple[str, Any, Any]] = []
    for range_ in (TrendsRange.ALL, TrendsRange.FOUR_WEEKS, TrendsRange.QUARTER,
                   TrendsRange.YEAR, TrendsRange.CUSTOM):  # fmt: skip
        if range_ is not TrendsRange.ALL:
            steps.append(("range", range_, None))
        steps.extend(("granularity", range_, g) for g in Granularity)
    switches: list[list[Any]] = []
    for kind, range_, granularity in steps:
        tasks.wait()  # each switch starts quiet (the insights strip loads after one)
        app.processEvents()
        if kind == "granularity" and granularity is view.granularity:
            continue  # already shown by this range: no switch to make
        old = view.data

        def holds(old: Any = old) -> bool:
            data = view.data
            return data is not None and data is not old

        watch = PaintWait(view, holds)
        started = time.monotonic()
        if kind == "range":
            view.set_range(range_)
        else:
            view.set_granularity(granularity)
        painted = watch.wait(app, 120.0)
        shown_now = view.data.request
        switches.append(
            [
                f"{shown_now.range.value}/{shown_now.granularity.value}",
                kind,
                painted - started,
                view.last_fetch_ms / 1000,
                view.last_draw_ms / 1000,
            ]
        )
    tasks.wait()
    finish(
        first_show=first_show,
        built=built,
        starts_on=starts_on[0] if starts_on else None,
        charts=charts,
        periods=periods,
        switches=switches,
    )


main()
