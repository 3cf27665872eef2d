"""Process start → unlock window painted: the app's own start, ended after the first paint.

The launcher arranges to watch the unlock view for its first paint once the window is
shown (see
``paintwatch.after_first_paint_once_shown``), and then runs the real entry point,
``wellbeing_desktop.cli.main`` with no command, which goes on to ``app.run_gui`` →
``build_start_window`` → show. The app's code is not touched.

Usage: python start_app.py DATA_DIR
"""

from __future__ import annotations

import sys

from paintwatch import after_first_paint_once_shown, finish, stamp


def main() -> None:
    data_dir = sys.argv[1]
    sys.argv[1:] = []  # the app makes its QApplication from these
    after_first_paint_once_shown(
        lambda window: getattr(window, "unlock_view", None),
        lambda: finish(painted=stamp("painted")),
    )
    from wellbeing_desktop.cli import main as cli_main

    stamp("cli_imported")
    code = cli_main(["--data-dir", data_dir])
    # Only reached if the window closed before its unlock view ever painted.
    finish(error=f"the app exited ({code}) without painting its unlock view")


main()
