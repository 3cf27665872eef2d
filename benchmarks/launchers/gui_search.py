"""Search as you type in the GUI: query → results painted, on the Journal page.

The window is built as ``run_gui`` builds it and the journal opened with a data key
from the environment. For each query the text is set and Enter pressed (Enter runs the
search at once; while typing, the view waits 250 ms for the user to pause first, by
design, and that wait is not counted). The clock stops when the result list has been
painted with that query's results.

Usage: BENCH_DATA_KEY=<hex> python gui_search.py DATA_DIR REPEATS QUERY...
"""

from __future__ import annotations

import sys
import time

from paintwatch import FixedKey, data_key_from_env, finish, make_app, wait_for_paint


def main() -> None:
    data_dir, repeats, queries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    from PySide6.QtCore import QSettings

    from wellbeing_desktop.app import build_main_window
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.app_shell import Page

    app = make_app()
    tasks = TaskRunner()
    access = JournalAccess(
        JournalPaths.resolve(data_dir), keyring=FixedKey.store(data_key_from_env())
    )
    window = build_main_window(access, tasks, QSettings())
    window.show()
    wait_for_paint(app, window.unlock_view)
    window.unlock_view.unlocked.emit(access.open_with_keyring())
    window.shell.show_page(Page.JOURNAL)
    view = window.shell.views[Page.JOURNAL]
    wait_for_paint(app, view)

    results: dict[str, list[float]] = {q: [] for q in queries}
    arrived: dict[str, list[float]] = {q: [] for q in queries}
    hits: dict[str, int] = {}
    reset_at: list[float] = []
    # When the results reach the list model (a signal, so nothing polls).
    view.model.modelReset.connect(lambda: reset_at.append(time.monotonic()))
    for _ in range(repeats):
        for query in queries:
            reset_at.clear()
            started = time.monotonic()
            view.search.setText(query)
            view.search.returnPressed.emit()
            painted = wait_for_paint(
                app, view.list_view.viewport(), when=lambda q=query: view.query == q
            )
            results[query].append(painted - started)
            arrived[query].append((reset_at[-1] if reset_at else painted) - started)
            hits[query] = view.model.rowCount()
        # Let the cleared list paint before the next round, so its repaint never lands
        # inside the next query's timed stretch.
        view.search.setText("")
        wait_for_paint(app, view.list_view.viewport(), when=lambda: view.query == "")
    tasks.wait()
    finish(seconds=results, results_in=arrived, hits=hits)


main()
