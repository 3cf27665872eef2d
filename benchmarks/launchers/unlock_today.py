"""Unlock → Today view painted, key derivation excluded.

The window is built as ``run_gui`` builds it and the unlock view is painted first. The
event loop then runs for TYPING seconds, the least time a user takes to type a passphrase
(the app gets ready for the unlock meanwhile, as it does while a user types; with
``--no-pause`` the unlock comes right after the first paint). Then the clock starts:
the journal is opened with a data key derived beforehand (what ``open_with_passphrase``
does after Argon2id: key SQLCipher, verify, check the schema), handed to the window the
way the unlock view hands it on (its ``unlocked`` signal), and
the clock stops when the Today view's first paint has been flushed. The same is then
done again after a lock, in the same process ("warm").

With ``--profile`` the hand-over runs once under cProfile and the launcher reports which
views' loading took the time.

Usage: BENCH_DATA_KEY=<hex> python unlock_today.py DATA_DIR [REPEATS] [--profile] [--no-pause]
"""

from __future__ import annotations

import sys
import time
from typing import Any

from paintwatch import (
    FixedKey,
    PaintWait,
    data_key_from_env,
    finish,
    make_app,
    pause,
    report,
    stamp,
    wait_for_paint,
    wait_until,
)

# Typing a passphrase of a few words takes a user longer than this.
TYPING = 1.0


def main() -> None:
    data_dir = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 1
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
    stamp("unlock_view_painted")
    if "--no-pause" not in sys.argv:
        pause(app, TYPING)

    if "--profile" in sys.argv:
        journal = access.open_with_keyring()
        _profiled(lambda: window.unlock_view.unlocked.emit(journal))
        finish()

    runs = []
    for _ in range(1 + repeats):
        # The watch on the Today view goes on before the clock (see PaintWait), if the
        # app has built that view by now; else (no pause) after the hand-over.
        shell = window.built_shell
        built = shell.views.built(Page.TODAY) if shell is not None else None
        watch = PaintWait(built) if built is not None else None
        started = time.monotonic()
        journal = access.open_with_keyring()
        opened = time.monotonic()
        window.unlock_view.unlocked.emit(journal)  # what the unlock view does on success
        handed = time.monotonic()
        if window.shell.current_page() is not Page.TODAY:
            window.shell.show_page(Page.TODAY)
        if watch is None:
            watch = PaintWait(window.shell.views[Page.TODAY])
        painted = watch.wait(app)
        runs.append(
            {
                "total": painted - started,
                "open": opened - started,
                "views_loaded": handed - opened,
                "paint": painted - handed,
            }
        )
        window.lock()
        tasks.wait()
        wait_until(app, lambda: window.stack.currentWidget() is window.unlock_view)
        app.processEvents()
        if "--no-pause" not in sys.argv:
            pause(app, TYPING)
    finish(first=runs[0], warm=runs[1:])


def _profiled(work: Any) -> None:
    """Run ``work`` under cProfile; report the GUI's functions by cumulative share."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.runcall(work)
    stats = pstats.Stats(profile)
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    parts = []
    for (filename, _line, name), (_cc, _calls, _tt, cumulative, _callers) in table.items():
        if "/wellbeing_desktop/ui/" in filename and name not in ("<lambda>", "open_journal"):
            module = filename.split("/wellbeing_desktop/", 1)[1].removesuffix(".py")
            parts.append((cumulative / total, f"{module.replace('/', '.')}.{name}"))
    parts.sort(reverse=True)
    report(total=total, open_profile=[[share, what] for share, what in parts[:16]])


main()
