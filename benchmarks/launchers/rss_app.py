"""Peak RSS with the 10-year journal open on the Trends view.

The window is built as ``run_gui`` builds it; the journal is unlocked with the
passphrase (Argon2id included, as a user unlocks) or, with ``--key``, with a data key
from the environment (as the keyring does); then the Trends view is shown (the window's
page once wired in, else made beside the window in the same session), loaded with its
default range, then with "all", weekly, painted; then the process reports its VmHWM.

Usage: python rss_app.py DATA_DIR (--passphrase | --key)
"""

from __future__ import annotations

import os
import sys

from paintwatch import (
    FixedKey,
    data_key_from_env,
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

    from wellbeing_desktop.app import build_main_window
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.tasks import TaskRunner

    app = make_app()
    tasks = TaskRunner()
    paths = JournalPaths.resolve(data_dir)
    if how == "--key":
        access = JournalAccess(paths, keyring=FixedKey.store(data_key_from_env()))
    else:
        access = JournalAccess(paths)
    window = build_main_window(access, tasks, QSettings())
    window.show()
    wait_for_paint(app, window.unlock_view)
    stamp("unlock_view_painted")
    marks = {"unlock window painted": memory()}
    if how == "--key":
        journal = access.open_with_keyring()
    else:
        journal = access.open_with_passphrase(os.environ["BENCH_PASSPHRASE"])
    marks["journal unlocked"] = memory()
    window.unlock_view.unlocked.emit(journal)
    app.processEvents()
    marks["views loaded (Today shown)"] = memory()
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
    finish(trends=found, marks=marks)


main()
