"""What every Trends chart shares.

What every Trends chart shares: a card with a pyqtgraph plot or a table, a legend,
hover tooltips, click-to-open, light/dark styling and "Save as PNG/SVG…".

A chart is drawn from a :class:`TrendsData` on the GUI thread and keeps only that value;
``clear`` drops it and empties every plot item (nothing of the journal stays behind).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from wellbeing_desktop.ui.trends.charts.canvas import ChartView
from wellbeing_desktop.ui.trends.charts.export import png_bytes, svg_bytes
from wellbeing_desktop.ui.trends.charts.figures import ROW_KEY, figures_text
from wellbeing_desktop.ui.trends.charts.parts import ChartPlot, LegendSample, PeriodAxis, RowsModel
from wellbeing_desktop.ui.trends.charts.theme import ChartTheme, current_theme

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.services.trends_data import TrendsData
    from wellbeing_desktop.ui.trends.charts.figures import KeySeries

PLOT_HEIGHT = 290
_SAVE_STYLE = f"""
QToolButton {{
    color: {ACCENT}; border: 1px solid transparent; border-radius: 6px; padding: 3px 8px;
}}
QToolButton:hover {{ background: rgba(61, 126, 166, 30); }}
QToolButton:focus {{ border: 1px solid {ACCENT}; }}
"""
TABLE_HEIGHT = 250

NameOf = Callable[[Language], str]


class ChartCard(Card):
    """One chart in its card. Subclasses build their items and draw a :class:`TrendsData`.

    Signals:
        period_clicked(date, date): the user clicked a period (or day) that has data.
        table_asked(): Enter or Space on the chart's canvas (show the numbers as a table).
    """

    period_clicked = Signal(object, object)
    table_asked = Signal()

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

        self._make_header()
        self._make_plot()
        self._make_table()
        self._make_notes()

        self.build()
        self.after_build()
        scene = self.graphics.scene()
        scene.sigMouseMoved.connect(self._mouse_moved)
        scene.sigMouseClicked.connect(self._mouse_clicked)
        self.save_button.clicked.connect(self.ask_and_save)
        self.retranslate(language)
        self.apply_theme(self._theme)

    # --- building ------------------------------------------------------------------

    def _make_header(self) -> None:
        """The header: the title, room for a chart's own controls, and the save action."""
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

    def _make_plot(self) -> None:
        """The chart: a legend row above the plot, and the band that marks the hovered period."""
        self.graphics = ChartView()
        self.graphics.table_asked.connect(self.table_asked)
        # The background is one flat colour: caching it would keep a viewport-sized pixmap
        # per chart for nothing.
        self.graphics.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.graphics.setFrameShape(QFrame.Shape.NoFrame)
        self.graphics.setFixedHeight(self.plot_height())
        self.graphics.ci.setContentsMargins(0, 0, 6, 0)
        self.graphics.ci.setSpacing(2)
        self.legend = pg.LegendItem(
            colCount=5, horSpacing=6, verSpacing=0, frame=False, sampleType=LegendSample
        )
        self.legend.layout.setContentsMargins(4, 0, 0, 4)
        self.graphics.addItem(self.legend, row=0, col=0)
        self.axis = self.make_bottom_axis()
        self.plot = ChartPlot({"bottom": self.axis, **self.more_axes()})
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

    def _make_table(self) -> None:
        """The same numbers as a table (shown instead of the chart on request)."""
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
        # Enter (or a double click) on a row opens it, as a click on its bar does.
        self.table.activated.connect(self._row_activated)

    def _make_notes(self) -> None:
        """Chart or table below the header, then a note and a message line."""
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

    # --- for subclasses ---------------------------------------------------------------

    def plot_height(self) -> int:
        return PLOT_HEIGHT

    def make_bottom_axis(self) -> pg.AxisItem:
        return PeriodAxis()

    def more_axes(self) -> dict[str, pg.AxisItem]:
        """Axes of the chart's own other than the bottom one, by side."""
        return {}

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

    def table_period(self, row: int) -> tuple[date, date] | None:
        """The period (or day) a table row stands for; by default row n is period n."""
        return self.period_for(row) if 0 <= row < self.count() else None

    def key_series(self) -> tuple[KeySeries, ...]:
        """The figures the chart is about, per period (for its words to a screen reader)."""
        return ()

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
        view = pg.ViewBox(enableMouse=False, enableMenu=False)  # no menu made to drop
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
        """The card's controls in Tab order (a hidden chart or table is skipped by Qt)."""
        return [self.save_button, self.graphics, self.table]

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
        self.describe()

    def describe(self) -> None:
        """Tell a screen reader what the chart shows now (its canvas' description)."""
        self.graphics.setAccessibleDescription(figures_text(self))

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
        self.describe()

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
        self.table.setAccessibleDescription(tr(ROW_KEY, language))
        self.graphics.setAccessibleName(tr(words.CHART_NAME, language).format(chart=title))
        self._fill_legend()
        if self.data is not None:
            self.draw()
            self._fill_table()
        self.describe()

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

    def title_text(self) -> str:
        """The chart's title in its language."""
        return tr(self._title_words, self._language)

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
            data = png_bytes(self)
        elif suffix == ".svg":
            data = svg_bytes(self)
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
        self.describe()

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

    def _row_activated(self, index: QModelIndex) -> None:
        period = self.table_period(index.row())
        if period is not None:
            self.period_clicked.emit(*period)

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
