"""Baseline: a bare PySide6 program showing an empty QMainWindow until its first paint.

Same window size as the app's first window (1120×760), the same paint watcher put on
the window when it is shown, the same exit right after its first paint.
"""

from __future__ import annotations

import sys

from paintwatch import after_first_paint_once_shown, finish, stamp


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    stamp("application")
    after_first_paint_once_shown(lambda window: window, lambda: finish(painted=stamp("painted")))
    window = QMainWindow()
    window.resize(1120, 760)
    stamp("window_built")
    window.show()
    stamp("shown")
    app.exec()


main()
