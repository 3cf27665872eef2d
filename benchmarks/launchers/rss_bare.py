"""Baseline for peak RSS: a bare PySide6 + pyqtgraph program plotting POINTS points.

The fair floor: PySide6 with the same setting the app makes right after importing it
(``ui.common.pyside_imports.install``: PySide6 keeps no module's source), then pyqtgraph
with the app's import setting (``ui.trends.qt_mirror``);
one QMainWindow (1120×760) with one pyqtgraph PlotWidget holding a line of POINTS values
(the suite passes as many as the app's Trends charts hold, counted by ``rss_start.py``),
painted once; then the process reports its VmHWM.

Usage: python rss_bare.py [POINTS]
"""

from __future__ import annotations

import math
import sys

from paintwatch import finish, memory, stamp, wait_for_paint


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from wellbeing_desktop.ui.common import pyside_imports

    patched = pyside_imports.install()  # as run_gui does, before the imports after PySide6
    # The app imports pyqtgraph with its PySide6 mirror made as used (``qt_mirror``): the
    # floor gets the same setting, or the app's saving would count as ours.
    from wellbeing_desktop.ui.trends import qt_mirror

    qt_mirror.install()
    import pyqtgraph as pg

    marks = {"PySide6 + pyqtgraph imported": memory()}
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1120, 760)
    plot = pg.PlotWidget()
    xs = list(range(int(sys.argv[1]) if len(sys.argv) > 1 else 3650))
    ys = [2 + math.sin(i / 30) + 0.5 * math.sin(i / 7) for i in xs]
    plot.plot(xs, ys)
    window.setCentralWidget(plot)
    window.show()
    wait_for_paint(app, plot.viewport())
    for _ in range(20):
        app.processEvents()
    stamp("plot_painted")
    marks["plot painted"] = memory()
    finish(points=len(xs), patched=patched, marks=marks)


main()
