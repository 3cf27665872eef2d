"""Process start → unlock window painted: the app's own start, ended after the first paint.

The launcher makes the QApplication (``run_gui`` takes an existing one), puts an
application-wide event filter on it that waits for the unlock view's first paint, and
then runs the real entry point, ``wellbeing_desktop.cli.main`` with no command, which
goes on to ``app.run_gui`` → ``build_main_window`` → show. The app's code is not touched.

Usage: python start_app.py DATA_DIR
"""

from __future__ import annotations

import sys

from paintwatch import after_first_paint_of, finish, stamp


def main() -> None:
    data_dir = sys.argv[1]
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    stamp("application")
    after_first_paint_of(app, "UnlockView", lambda: finish(painted=stamp("painted")))
    from wellbeing_desktop.cli import main as cli_main

    stamp("cli_imported")
    code = cli_main(["--data-dir", data_dir])
    # Only reached if the window closed before its unlock view ever painted.
    finish(error=f"the app exited ({code}) without painting its unlock view")


main()
