"""What every Trends chart shares: a card with a pyqtgraph plot or a table, a legend,
hover tooltips, click-to-open, light/dark styling and "Save as PNG/SVG…".

A chart is drawn from a :class:`TrendsData` on the GUI thread and keeps only that value;
``clear`` drops it and empties every plot item (nothing of the journal stays behind).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGraphicsGridLayout,
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolButton,
    QToolTip,
    QWidget,
)

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.files import write_private_file_atomic
from wellbeing_desktop.ui.common.style import ACCENT, readable_accent
from wellbeing_desktop.ui.common.translation import Message, tr
from wellbeing_desktop.ui.common.widgets import Card
from wellbeing_desktop.ui.trends.charts import words
from wellbeing_desktop.ui.trends.charts.theme import ChartTheme, current_theme
from wellbeing_desktop.ui.trends.charts.ticks import choose_ticks, tick_text

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.services.trends_data import TrendsData

pg.setConfigOptions(antialias=True)


class _Sample(pg.ItemSample):  # type: ignore[misc]
    """Legend samples: a plain square for bars and areas, pyqtgraph's own for lines."""

    def paint(self, painter: QPainter, *args: Any) -> None:
        if isinstance(self.item, pg.BarGraphItem):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(pg.mkPen(None))
            painter.setBrush(pg.mkBrush(self.item.opts["brush"]))
            painter.drawRoundedRect(QRectF(4, 4, 13, 13), 2.5, 2.5)
            return
        super().paint(painter, *args)


PLOT_HEIGHT = 290
_SAVE_STYLE = f"""
QToolButton {{
    color: {ACCENT}; border: 1px solid transparent; border-radius: 6px; padding: 3px 8px;
}}
QToolButton:hover {{ background: rgba(61, 126, 166, 30); }}
QToolButton:focus {{ border: 1px solid {ACCENT}; }}
"""
TABLE_HEIGHT = 250
EXPORT_SCALE = 2  # PNGs at twice the screen size stay sharp in a document
EXPORT_TITLE = 30  # px above the chart for its title and dates
_ROW = Qt.ItemDataRole.DisplayRole
Index = QModelIndex | QPersistentModelIndex

NameOf = Callable[[Language], str]


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

    LABEL_PX = 78  # room one label needs, including the gap to the next

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        # The ticks are spaced by choose_ticks; let the first label reach past the edge.
        self.setStyle(hideOverlappingLabels=40)
        self._starts: tuple[date, ...] = ()
        self._granularity = Granularity.WEEK
        self._language = Language.DANISH
        self._labels: dict[int, str] = {}
        self._chosen: dict[int, dict[int, str]] = {}

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
        room = max(2, int(size // self.LABEL_PX))
        if room not in self._chosen:  # repaints (a hover) reuse the choice
            ticks = choose_ticks(self._starts, self._granularity, room)
            labels = {
                index: tick_text(self._starts[index], kind, self._language, first=number == 0)
                for number, (index, kind) in enumerate(ticks)
            }
            self._chosen[room] = labels
        self._labels = self._chosen[room]
        return [(1.0, [float(index) for index in self._labels if minVal <= index <= maxVal])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._labels.get(round(value), "") for value in values]


class ChartPlot(pg.GraphicsWidget):  # type: ignore[misc]
    """What the charts use of pyqtgraph's ``PlotItem``: a ViewBox with an axis on each
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
            axis = given.get(side) or pg.AxisItem(orientation=side, parent=self)
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


class ChartCard(Card):
    """One chart in its card. Subclasses build their items and draw a :class:`TrendsData`.

    Signals:
        period_clicked(date, date): the user clicked a period (or day) that has data.
    """

    period_clicked = Signal(object, object)

    def __init__(
        self, key: str, title: Message, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.key = key
        self._title_words = title
        self._language = language
        self._theme = current_theme()
        self.data: TrendsData | None = None
        self.hover_text = ""
        self._legend_entries: list[tuple[Any, NameOf]] = []
        self._legend_shown: tuple[tuple[int, str], ...] = ()
        self._table_stale = False
        self._axis_labels: dict[str, tuple[str, str]] = {}

        # -- header: the title, room for a chart's own controls, and the save action
        self.body.removeWidget(self.title)
        self.header = QHBoxLayout()
        self.header.setSpacing(10)
        self.header.addWidget(self.title)
        self.header.addStretch(1)
        self.save_button = QToolButton()
        self.save_button.setObjectName("chartSave")
        self.save_button.setAutoRaise(True)
        self.save_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.save_button.setStyleSheet(readable_accent(_SAVE_STYLE))
        self.header.addWidget(self.save_button)
        self.body.insertLayout(0, self.header)

        # -- the chart
        self.graphics = pg.GraphicsLayoutWidget()
        # The background is one flat colour: caching it would keep a viewport-sized pixmap
        # per chart for nothing.
        self.graphics.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.graphics.setFrameShape(QFrame.Shape.NoFrame)
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.graphics.setFixedHeight(self.plot_height())
        self.graphics.ci.setContentsMargins(0, 0, 6, 0)
        self.graphics.ci.setSpacing(2)
        self.legend = pg.LegendItem(
            colCount=5, horSpacing=6, verSpacing=0, frame=False, sampleType=_Sample
        )
        self.legend.layout.setContentsMargins(4, 0, 0, 4)
        self.graphics.addItem(self.legend, row=0, col=0)
        self.axis = self.make_bottom_axis()
        self.plot = ChartPlot({"bottom": self.axis})
        self.graphics.addItem(self.plot, row=1, col=0)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.vb.setDefaultPadding(0.0)
        self.plot.vb.setZValue(10)  # the data in front of the axis' grid lines
        self.right_view: pg.ViewBox | None = None
        self.hover_band = pg.LinearRegionItem(
            values=(0, 1), movable=False, pen=pg.mkPen(None), swapMode="block"
        )
        self.hover_band.setZValue(-20)
        self.hover_band.hide()
        self.plot.addItem(self.hover_band, ignoreBounds=True)

        # -- the same numbers as a table
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setObjectName("chartTable")
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrow keys read the cells
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Every column as wide as its header and numbers (never cut off); the last fills up.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(120)  # measure a sample of rows, not ten years
        self.table.setMinimumHeight(TABLE_HEIGHT)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        # Chart or table: the hidden one takes no room (a stacked widget would keep the
        # taller one's height).
        self.body.addWidget(self.graphics)
        self.body.addWidget(self.table)
        self.table.hide()
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.hide()
        self.body.addWidget(self.note)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.body.addWidget(self.message)

        self.build()
        self.after_build()
        scene = self.graphics.scene()
        scene.sigMouseMoved.connect(self._mouse_moved)
        scene.sigMouseClicked.connect(self._mouse_clicked)
        self.save_button.clicked.connect(self.ask_and_save)
        self.retranslate(language)
        self.apply_theme(self._theme)

    # --- for subclasses ---------------------------------------------------------------

    def plot_height(self) -> int:
        return PLOT_HEIGHT

    def make_bottom_axis(self) -> pg.AxisItem:
        return PeriodAxis()

    def build(self) -> None:
        """Create the plot items (once)."""

    def after_build(self) -> None:
        """Adjust the axes once the items are there."""

    def draw(self) -> None:
        """Show ``self.data`` in the items; called after data, language or theme changed."""

    def empty_items(self) -> None:
        """Set every plot item to no data."""

    def tooltip_for(self, index: int) -> str | None:
        return None

    def period_for(self, index: int) -> tuple[date, date] | None:
        return None

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        return [], []

    def count(self) -> int:
        """How many periods (or days) the chart shows along x."""
        return len(self.data.summaries) if self.data is not None else 0

    def index_at(self, scene_pos: QPointF) -> int | None:
        """The period under the mouse (None outside the plot or the data)."""
        if not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.plot.vb.mapSceneToView(scene_pos).x()
        index = int(round(float(x)))
        if 0 <= index < self.count() and abs(x - index) <= 0.5:
            return index
        return None

    def add_right_axis(self, behind: bool = False) -> pg.ViewBox:
        """A second y axis on the right, sharing x with the plot."""
        view = pg.ViewBox(enableMouse=False)
        view.setMenuEnabled(False)
        view.setDefaultPadding(0.0)
        self.plot.showAxis("right")
        self.plot.scene().addItem(view)
        self.plot.getAxis("right").linkToView(view)
        view.setXLink(self.plot)
        # The plot's layout sits at z 0: a line goes in front of the bars, bars behind.
        view.setZValue(-100 if behind else 10)

        def follow() -> None:
            view.setGeometry(self.plot.vb.sceneBoundingRect())
            view.linkedViewChanged(self.plot.vb, view.XAxis)

        self.plot.vb.sigResized.connect(follow)
        self.right_view = view
        return view

    def set_legend(self, entries: list[tuple[Any, NameOf]]) -> None:
        self._legend_entries = entries
        self._fill_legend()

    def focus_chain(self) -> list[QWidget]:
        """The card's controls in Tab order (a hidden table is skipped by Qt)."""
        return [self.save_button, self.table]

    # --- public ----------------------------------------------------------------------

    @property
    def language(self) -> Language:
        return self._language

    @property
    def theme(self) -> ChartTheme:
        return self._theme

    def show_data(self, data: TrendsData) -> None:
        self.data = data
        self.hover_band.hide()
        self.draw()
        self._fill_table()

    def clear(self) -> None:
        """Forget the data: empty items, table, tooltip and messages."""
        self.data = None
        self.hover_text = ""
        self.hover_band.hide()
        QToolTip.hideText()
        self.empty_items()
        self.axis_periods(())
        self.model.clear()
        self._table_stale = False
        self.note.setText("")
        self.note.hide()
        self.message.setText("")
        self.message.hide()

    def axis_periods(self, starts: Sequence[date]) -> None:
        if isinstance(self.axis, PeriodAxis):
            granularity = (
                self.data.request.granularity if self.data is not None else Granularity.WEEK
            )
            self.axis.set_periods(starts, granularity, self._language)

    def show_table(self, on: bool) -> None:
        self.graphics.setVisible(not on)
        self.table.setVisible(on)
        if on and self._table_stale and self.data is not None:
            self._fill_table()

    @property
    def showing_table(self) -> bool:
        return not self.table.isHidden()

    def retranslate(self, language: Language) -> None:
        self._language = language
        title = tr(self._title_words, language)
        self.set_title(title)
        self.save_button.setText(tr(words.SAVE_AS, language))
        self.save_button.setAccessibleName(f"{tr(words.SAVE_AS, language)} {title}")
        self.table.setAccessibleName(tr(words.TABLE_NAME, language).format(chart=title))
        self.graphics.setAccessibleName(tr(words.CHART_NAME, language).format(chart=title))
        self._fill_legend()
        if self.data is not None:
            self.draw()
            self._fill_table()

    def apply_theme(self, theme: ChartTheme) -> None:
        self._theme = theme
        self.graphics.setBackground(theme.background)
        axis_pen = pg.mkPen(theme.grid)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        for name in ("left", "bottom", "right", "top"):
            axis = self.plot.getAxis(name)
            axis.setPen(axis_pen)
            axis.setTextPen(pg.mkPen(theme.muted))
            axis.setStyle(tickFont=font, tickLength=0, tickTextOffset=6, maxTickLevel=1)
            if axis.labelText:
                axis.setLabel(axis.labelText, color=theme.muted)
        self.plot.showGrid(x=False, y=True)
        left = self.plot.getAxis("left")
        left.setGrid(70 if theme.dark else 60)
        self.legend.setLabelTextColor(theme.text)
        self.legend.setLabelTextSize(f"{font.pointSizeF():.1f}pt")
        self._legend_shown = ()  # labels take the new colour when they are made again
        hover = theme.colour("muted", 40 if theme.dark else 28)
        self.hover_band.setBrush(hover)
        self.hover_band.setHoverBrush(hover)
        if self.data is not None:
            self.draw()
        self._fill_legend()

    def set_axis_label(self, side: str, text: str) -> None:
        shown = (text, self._theme.muted)
        if self._axis_labels.get(side) != shown:
            self._axis_labels[side] = shown
            self.plot.setLabel(side, text, color=self._theme.muted)

    def save_chart(self, path: Path) -> None:
        """Write the chart as PNG or SVG (by the suffix), readable by the owner only.

        Raises:
            OSError: the file could not be written.
            ValueError: the suffix is neither .png nor .svg.
        """
        suffix = path.suffix.lower()
        if suffix == ".png":
            data = self._png_bytes()
        elif suffix == ".svg":
            data = self._svg_bytes()
        else:
            raise ValueError(f"{path.name}: choose a .png or .svg file")
        write_private_file_atomic(path, data)

    def ask_and_save(self) -> None:
        language = self._language
        suggested = Path.home() / f"{tr(self._title_words, language).lower().replace(' ', '-')}.png"
        name, chosen = QFileDialog.getSaveFileName(
            self, tr(words.SAVE_TITLE, language), str(suggested), tr(words.SAVE_FILTER, language)
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
        try:
            self.save_chart(path)
        except (OSError, ValueError) as exc:
            self._show_message(tr(words.NOT_SAVED, language).format(reason=exc))
            return
        self._show_message(tr(words.SAVED_TO, language).format(path=path))

    # --- internals -------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _fill_legend(self) -> None:
        shown = tuple((id(item), name(self._language)) for item, name in self._legend_entries)
        if shown == self._legend_shown:
            self.legend.update()
            for sample, _label in self.legend.items:
                sample.update()
            return
        self._legend_shown = shown
        self.legend.clear()
        for item, name in self._legend_entries:
            self.legend.addItem(item, name(self._language))

    def _fill_table(self) -> None:
        """Fill the table now if it is shown, else when it is (years of days are slow)."""
        if self.table.isHidden():
            self._table_stale = True
            self.model.clear()
            return
        self._table_stale = False
        headers, rows = self.table_rows()
        self.model.set_rows(headers, rows)

    def refill_table(self) -> None:
        """The chart's numbers changed in place (not through ``show_data``)."""
        self._fill_table()

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        index = self.index_at(scene_pos)
        text = self.tooltip_for(index) if index is not None else None
        if index is None or not text:
            self.hover_text = ""
            self.hover_band.hide()
            QToolTip.hideText()
            return
        self.hover_text = text
        self.show_hover(index)
        view_pos = self.graphics.mapFromScene(scene_pos)
        QToolTip.showText(self.graphics.viewport().mapToGlobal(view_pos), text, self.graphics)

    def show_hover(self, index: int) -> None:
        self.hover_band.setRegion((index - 0.5, index + 0.5))
        self.hover_band.show()

    def _mouse_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.index_at(event.scenePos())
        if index is None:
            return
        period = self.period_for(index)
        if period is not None:
            event.accept()
            self.period_clicked.emit(*period)

    def _png_bytes(self) -> bytes:
        # Drawn like pyqtgraph's ImageExporter does (the scene into an image), but at twice
        # the pixels with a device pixel ratio, so text, lines and the legend scale alike.
        source = self.graphics.ci.sceneBoundingRect()
        width, height = max(1, int(source.width())), int(source.height()) + EXPORT_TITLE
        image = QImage(width * EXPORT_SCALE, height * EXPORT_SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(EXPORT_SCALE)
        image.fill(QColor(self._theme.background))
        self._render(QPainter(image), width, height, source)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise OSError("the chart could not be drawn as PNG")
        return bytes(buffer.data().data())

    def _render(self, painter: QPainter, width: int, height: int, source: QRectF) -> None:
        hover = self.hover_band.isVisible()
        self.hover_band.hide()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.fillRect(QRectF(0, 0, width, height), QColor(self._theme.background))
            # The card's title goes with the picture: a saved chart says what it shows.
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(self._theme.text))
            title = tr(self._title_words, self._language)
            if self.data is not None and self.data.summaries:
                first, last = self.data.summaries[0].start, self.data.request.end
                title += f"  ·  {words.span_text(first, last, self._language)}"
            painter.drawText(
                QRectF(8, 0, width - 16, EXPORT_TITLE),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                title,
            )
            target = QRectF(0, EXPORT_TITLE, width, height - EXPORT_TITLE)
            self.graphics.scene().render(painter, target, source)
        finally:
            painter.end()
            self.hover_band.setVisible(hover)

    def _svg_bytes(self) -> bytes:
        # pyqtgraph's SVGExporter cannot parse the paths Qt 6.8+ writes; draw the scene
        # into Qt's own SVG generator instead, at the screen's resolution.
        source = self.graphics.ci.sceneBoundingRect()
        width, height = max(1, int(source.width())), int(source.height()) + EXPORT_TITLE
        content = QByteArray()
        buffer = QBuffer(content)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(max(72, self.graphics.logicalDpiX()))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(tr(self._title_words, self._language))
        self._render(QPainter(generator), width, height, source)
        buffer.close()
        return bytes(content.data())


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
