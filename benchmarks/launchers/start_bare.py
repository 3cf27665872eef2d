"""Baseline: a bare PySide6 program showing an empty QMainWindow until its first paint.

Same window size as the app's first window (1120×760), the same application-wide event
filter watching for the first paint, the same exit right after it.
"""

from __future__ import annotations

import sys

from paintwatch import after_first_paint_of, finish, stamp


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    stamp("application")
    after_first_paint_of(app, "QMainWindow", lambda: finish(painted=stamp("painted")))
    window = QMainWindow()
    window.resize(1120, 760)
    stamp("window_built")
    window.show()
    stamp("shown")
    app.exec()


main()
