"""The pieces a Trends chart is made of.

The pieces a Trends chart is made of: pyqtgraph's items as the charts use them (the
plot, the period axis, the legend sample), the table model, pens and lines with gaps.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsGridLayout,
    QGraphicsItem,
    QSizePolicy,
    QWidget,
)

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.trends.charts.ticks import crowding, fit_ticks

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date


pg.setConfigOptions(antialias=True)


class LegendSample(pg.ItemSample):  # type: ignore[misc]
    """Legend samples: a plain square for bars and areas, pyqtgraph's own for lines."""

    def paint(self, painter: QPainter, *args: Any) -> None:
        if isinstance(self.item, pg.BarGraphItem):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(pg.mkPen(None))
            painter.setBrush(pg.mkBrush(self.item.opts["brush"]))
            painter.drawRoundedRect(QRectF(4, 4, 13, 13), 2.5, 2.5)
            return
        super().paint(painter, *args)


_ROW = Qt.ItemDataRole.DisplayRole
Index = QModelIndex | QPersistentModelIndex


def nan_array(values: Sequence[float | None]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Floats with ``None`` as NaN: a gap, never a zero."""
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


class RowsModel(QAbstractTableModel):
    """A read-only table of strings: the "show as table" face of a chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = tuple(tuple(row) for row in rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows((), ())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = _ROW) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _ROW) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return None

    def rows(self) -> tuple[tuple[str, ...], ...]:
        return self._rows


class PeriodAxis(pg.AxisItem):  # type: ignore[misc]
    """A bottom axis over period indices 0..n-1, labelled on boundaries a reader knows."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        # The ticks are spaced by fit_ticks; let the first label reach past the edge.
        self.setStyle(hideOverlappingLabels=40)
        self._starts: tuple[date, ...] = ()
        self._granularity = Granularity.WEEK
        self._language = Language.DANISH
        self._labels: dict[int, str] = {}
        self._chosen: dict[tuple[float, float, int], dict[int, str]] = {}

    def set_periods(
        self, starts: Sequence[date], granularity: Granularity, language: Language
    ) -> None:
        self._starts = tuple(starts)
        self._granularity = granularity
        self._language = language
        self._chosen = {}
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:  # noqa: N803
        if not self._starts:
            return []
        key = (round(minVal, 3), round(maxVal, 3), round(size))
        if key not in self._chosen:  # repaints (a hover) reuse the choice
            if len(self._chosen) > 16:  # a window dragged wider and narrower
                self._chosen.clear()
            metrics = QFontMetricsF(self.style.get("tickFont") or self.font())
            self._chosen[key] = fit_ticks(
                self._starts,
                self._granularity,
                self._language,
                (minVal, maxVal),
                size,
                metrics.horizontalAdvance,
            )
        self._labels = self._chosen[key]
        return [(1.0, [float(index) for index in self._labels if minVal <= index <= maxVal])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._labels.get(round(value), "") for value in values]


class TieredAxis(pg.AxisItem):  # type: ignore[misc]
    """An axis with fixed labels in tiers, fine to coarse: the finest that fits is drawn."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation=orientation)
        self._tiers: list[list[tuple[float, str]]] = []
        self._labels: dict[float, str] = {}

    def set_tiers(self, tiers: list[list[tuple[float, str]]]) -> None:
        self._tiers = tiers
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:  # noqa: N803
        if not self._tiers:
            return []
        metrics = QFontMetricsF(self.style.get("tickFont") or self.font())
        scale = size / max(maxVal - minVal, 1e-9)
        chosen = self._tiers[-1]
        for tier in self._tiers:
            if not crowding(tier, scale, metrics.horizontalAdvance):
                chosen = tier
                break
        self._labels = dict(chosen)
        return [(1.0, [value for value, _text in chosen if minVal <= value <= maxVal])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._labels.get(value, "") for value in values]


class WholeAxis(pg.AxisItem):  # type: ignore[misc]
    """A value axis of whole numbers: the charts' scales are hours, per cent and counts.

    pyqtgraph ticks a short range in tenths or hundredths ("0.02", with a dot whatever
    the language); a tick between two whole numbers says nothing on these scales, so
    only whole-number ticks are kept (and at least those in range, on a range under 1).
    """

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:  # noqa: N803
        levels = [
            (spacing, values)
            for spacing, values in super().tickValues(minVal, maxVal, size)
            if spacing >= 1 and float(spacing).is_integer()
        ]
        if levels or self.logMode:
            return levels
        low, high = sorted((minVal, maxVal))
        return [(1.0, [float(v) for v in range(math.ceil(low), math.floor(high) + 1)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [str(round(value)) for value in values]


class ChartPlot(pg.GraphicsWidget):  # type: ignore[misc]
    """What the charts use of pyqtgraph's ``PlotItem``.

    What the charts use of pyqtgraph's ``PlotItem``: a ViewBox with an axis on each
    side, laid out as ``PlotItem`` lays them out, with the same methods.

    ``PlotItem`` also builds a context menu and its options form (~40 widgets: ~0.5 MiB
    per plot, ~1 MiB for the first) even when the menu is off; a chart never shows them.
    """

    GRID_ALPHA = 128  # what PlotItem's grid slider starts at

    def __init__(self, axis_items: dict[str, pg.AxisItem] | None = None) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        grid = QGraphicsGridLayout()
        grid.setContentsMargins(1, 1, 1, 1)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(0)
        self.setLayout(grid)
        self.vb = pg.ViewBox(parent=self, enableMenu=False)
        grid.addItem(self.vb, 2, 1)
        self.items: list[Any] = []
        self._axes: dict[str, pg.AxisItem] = {}
        given = axis_items or {}
        for side, (row, column) in (
            ("top", (1, 1)),
            ("bottom", (3, 1)),
            ("left", (2, 0)),
            ("right", (2, 2)),
        ):
            axis = given.get(side) or WholeAxis(orientation=side, parent=self)
            # No "(x0.001)" scaling: our labels carry no units, and values are never
            # scaled; without it an axis does not lay its label out again on every
            # change of its range.
            axis.enableAutoSIPrefix(False)
            axis.linkToView(self.vb)
            self._axes[side] = axis
            grid.addItem(axis, row, column)
            # In front of images (z 0); items that draw over the axes sit at z >= 1.
            axis.setZValue(0.5)
            axis.setFlag(QGraphicsItem.GraphicsItemFlag.ItemNegativeZStacksBehindParent)
            axis.setVisible(side in ("left", "bottom") or side in given)
        for row in range(4):
            grid.setRowPreferredHeight(row, 0)
            grid.setRowMinimumHeight(row, 0)
            grid.setRowSpacing(row, 0)
            grid.setRowStretchFactor(row, 1)
        for column in range(3):
            grid.setColumnPreferredWidth(column, 0)
            grid.setColumnMinimumWidth(column, 0)
            grid.setColumnSpacing(column, 0)
            grid.setColumnStretchFactor(column, 1)
        grid.setRowFixedHeight(0, 0)  # PlotItem's (hidden) title row
        grid.setRowStretchFactor(2, 100)
        grid.setColumnStretchFactor(1, 100)

    def implements(self, interface: str | None = None) -> bool:
        return interface == "ViewBoxWrapper"  # so a ViewBox can link to it, as to PlotItem

    def getViewBox(self) -> pg.ViewBox:
        return self.vb

    def getAxis(self, name: str) -> pg.AxisItem:
        return self._axes[name]

    def showAxis(self, name: str, show: bool = True) -> None:
        self._axes[name].setVisible(show)

    def hideAxis(self, name: str) -> None:
        self.showAxis(name, False)

    def setLabel(self, side: str, text: str, **style: Any) -> None:
        self._axes[side].setLabel(text, **style)
        self.showAxis(side)

    def showGrid(self, x: bool = False, y: bool = False) -> None:
        for side, on in (("top", x), ("bottom", x), ("left", y), ("right", y)):
            self._axes[side].setGrid(self.GRID_ALPHA if on else False)

    def addItem(self, item: Any, ignoreBounds: bool = False) -> None:  # noqa: N803
        self.items.append(item)
        self.vb.addItem(item, ignoreBounds=ignoreBounds)

    def setXRange(self, low: float, high: float, padding: float | None = None) -> None:
        self.vb.setXRange(low, high, padding=padding)

    def setYRange(self, low: float, high: float, padding: float | None = None) -> None:
        self.vb.setYRange(low, high, padding=padding)

    def setMouseEnabled(self, x: bool = True, y: bool = True) -> None:
        self.vb.setMouseEnabled(x=x, y=y)


DENSE = 160  # periods; above this, lines lose their dots and their antialiasing


def finite_line(
    line: pg.PlotDataItem,
    dots: pg.PlotDataItem,
    x: np.ndarray[Any, np.dtype[np.float64]],
    y: np.ndarray[Any, np.dtype[np.float64]],
    colour: QColor,
    background: str,
    *,
    width: float = 2.0,
    symbol: str = "o",
    size: float = 6,
) -> None:
    """A line broken at every gap (NaN), with a dot per value while there is room.

    With many periods the dots would hide the line (and cost time): then only values
    that stand alone between two gaps get a dot, so no value disappears. Everything is
    set in one ``setData`` per item: each separate setter rebuilds pyqtgraph's symbols.
    """
    if not np.isfinite(y).any():
        # Nothing to draw (and pyqtgraph would warn while sizing a line of gaps only).
        line.setData([], [])
        dots.setData([], [])
        return
    dense = len(x) > DENSE
    if dense:
        finite = np.isfinite(y)
        before = np.concatenate(([False], finite[:-1]))
        after = np.concatenate((finite[1:], [False]))
        alone = finite & ~before & ~after
        line.setData(
            x,
            y,
            connect="finite",
            antialias=False,
            pen=solid(colour, max(1.0, width - 0.8)),
            symbol=None,
        )
        dots.setData(
            x[alone],
            y[alone],
            pen=None,
            symbol=symbol,
            symbolSize=max(3.0, size - 2),
            symbolBrush=colour,
            symbolPen=None,
        )
        return
    line.setData(
        x,
        y,
        connect="finite",
        antialias=True,
        pen=solid(colour, width),
        symbol=symbol,
        symbolSize=size,
        symbolBrush=colour,
        symbolPen=pg.mkPen(background, width=1.2),
    )
    dots.setData([], [])


def dashed(colour: QColor | str, width: float = 1.4) -> QPen:
    pen = QPen(pg.mkPen(colour, width=width))
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


def solid(colour: QColor | str, width: float = 2.0) -> QPen:
    pen = QPen(pg.mkPen(colour, width=width))
    pen.setCosmetic(True)
    return pen


def legend_swatch(brush: QColor, pen: QColor | None = None) -> pg.BarGraphItem:
    """A stand-in item that only draws a square in the legend (never added to a plot)."""
    return pg.BarGraphItem(
        x=[0], height=[1], width=1, brush=brush, pen=pg.mkPen(pen if pen is not None else brush)
    )
