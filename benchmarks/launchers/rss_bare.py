"""Baseline for peak RSS: a bare PySide6 + pyqtgraph program plotting 3650 points.

One QMainWindow (1120×760) with one pyqtgraph PlotWidget holding a line of 3650 daily
values, painted once; then the process reports its VmHWM.
"""

from __future__ import annotations

import math
import sys

from paintwatch import finish, memory, stamp, wait_for_paint


def main() -> None:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication, QMainWindow

    marks = {"PySide6 + pyqtgraph imported": memory()}
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1120, 760)
    plot = pg.PlotWidget()
    xs = list(range(3650))
    ys = [2 + math.sin(i / 30) + 0.5 * math.sin(i / 7) for i in xs]
    plot.plot(xs, ys)
    window.setCentralWidget(plot)
    window.show()
    wait_for_paint(app, plot.viewport())
    for _ in range(20):
        app.processEvents()
    stamp("plot_painted")
    marks["plot painted"] = memory()
    finish(points=len(xs), marks=marks)


main()
