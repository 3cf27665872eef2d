"""pyqtgraph's copy of PySide6's modules is made as used (``ui.trends.qt_mirror``)."""

from __future__ import annotations

import subprocess
import sys

# A fresh interpreter: pyqtgraph is imported once per process, the way the app does it.
_CHECK = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from wellbeing_desktop.ui.trends.chart_libraries import import_chart_libraries
import_chart_libraries()
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets
assert "__getattr__" in vars(QtWidgets), "the mirror copies everything again"
assert "QColorSpace" not in vars(QtGui)  # never used: never copied
assert "QGraphicsView" in vars(QtWidgets)  # what the charts use: made with the import
assert QtGui.QColorSpace is vars(QtGui)["QColorSpace"]  # kept once asked for
assert "QRawFont" not in vars(QtGui)
# What pyqtgraph asks its mirror for is PySide6's own, and unknown names stay unknown.
assert QtCore.QPointF is PySide6.QtCore.QPointF
assert QtGui.QPainter is PySide6.QtGui.QPainter
assert QtWidgets.QGraphicsView is PySide6.QtWidgets.QGraphicsView
assert not hasattr(QtCore, "NoSuchThing")
assert "dir" not in vars(sys.modules["pyqtgraph.Qt"])  # the stand-in left with the import
assert not any(type(f).__name__ == "_MirrorFinder" for f in sys.meta_path)
app = PySide6.QtWidgets.QApplication([])
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [3, 1, 2])
plot.resize(300, 200)
assert not plot.grab().isNull()
"""


def test_pyqtgraph_mirrors_pyside6_as_used_with_the_same_objects() -> None:
    done = subprocess.run([sys.executable, "-c", _CHECK], check=False, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()[-2000:]


def test_after_pyqtgraph_is_imported_nothing_is_installed() -> None:
    code = (
        "import sys, pyqtgraph; from wellbeing_desktop.ui.trends import qt_mirror; "
        "assert not qt_mirror.install(); "
        "assert not any(type(f).__name__ == '_MirrorFinder' for f in sys.meta_path)"
    )
    env_code = "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; " + code
    done = subprocess.run([sys.executable, "-c", env_code], check=False, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
