"""Where the start goes, phase by phase (for the breakdown, not for the figure).

Repeats the steps of ``cli.main`` → ``app.run_gui`` with a stamp after each: the CLI
parse, ``run_gui``'s imports, the QApplication and style, ``build_start_window`` (the
window with its unlock view; the services and the other views come after the first
paint), show → the unlock view painted. (The figure itself runs the real entry point:
start_app.py.)

With ``--profile``, ``build_start_window`` runs under cProfile and the launcher reports
what in it took the time (each object's construction, the modules it imported).

Usage: python start_phases.py DATA_DIR [--profile]
"""

from __future__ import annotations

import sys
from typing import Any

from paintwatch import after_first_paint, finish, report, stamp


def main() -> None:
    data_dir, profiled = sys.argv[1], "--profile" in sys.argv
    from wellbeing_desktop.cli.entry import _gui_start  # what cli.main asks first

    _gui_start(["--data-dir", data_dir])
    stamp("cli_parsed")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import wellbeing_desktop.app as app_module
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.ui.common import pyside_imports
    from wellbeing_desktop.ui.common.style import apply_style
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.app_icon import app_icon
    from wellbeing_desktop.ui.shell.single_instance import SingleInstance

    pyside_imports.install()
    stamp("imported")
    sys.argv[1:] = []
    app = QApplication(app_module._qt_arguments())
    app.setApplicationName("wellbeing-desktop")
    app.setApplicationDisplayName("Leader Pulse")
    app.setOrganizationName("wellbeing-desktop")
    app.setWindowIcon(app_icon())
    paths = JournalPaths.resolve(data_dir)
    instance = SingleInstance(paths.lock_file)
    instance.claim(listen=False)
    stamp("claimed")
    apply_style(app, first_window=True)
    stamp("application")
    tasks = TaskRunner()
    if profiled:
        window = _profiled(app_module.build_start_window, paths, tasks, QSettings())
    else:
        window = app_module.build_start_window(paths, tasks, QSettings())
    stamp("window_built")
    after_first_paint(window.unlock_view, lambda: finish(painted=stamp("painted")))
    window.show()
    stamp("shown")
    window.try_keyring_unlock()
    app.exec()


def _profiled(build: Any, *args: Any) -> Any:
    """Run ``build`` under cProfile; report the app's constructors and module imports."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    window = profile.runcall(build, *args)
    stats = pstats.Stats(profile)
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    parts = []
    for (filename, _line, name), (_cc, _calls, _tt, cumulative, _callers) in table.items():
        if "/wellbeing_desktop/" in filename and name in ("__init__", "<module>"):
            module = filename.split("/wellbeing_desktop/", 1)[1].removesuffix(".py")
            what = "import" if name == "<module>" else "construct"
            parts.append((cumulative / total, f"{what} {module.replace('/', '.')}"))
    parts.sort(reverse=True)
    report(build_profile=[[share, what] for share, what in parts[:14]])
    return window


main()
