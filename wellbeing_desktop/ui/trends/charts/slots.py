"""The places of the Trends charts on the page, and the charts built into them.

A place is empty, and as tall as its chart will be, until the chart is built into it
(``make_chart``, which imports pyqtgraph): the Trends view builds a chart when its place
comes into sight or takes the keyboard focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wellbeing_desktop.ui.common.translation import Message, tr
from wellbeing_desktop.ui.trends.charts import words as chart_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QFocusEvent

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.trends.charts.base import ChartCard

# The charts top to bottom: key, title, and the height the card will take (its plot and
# the card's title row and margins), which its place keeps while the chart is not built.
CHART_CARD_CHROME = 67
CHART_SLOTS: tuple[tuple[str, Message, int], ...] = (
    ("time_split", chart_words.TIME_SPLIT, 290 + CHART_CARD_CHROME),
    ("hours", chart_words.HOURS, 290 + CHART_CARD_CHROME),
    ("stress", chart_words.STRESS, 290 + CHART_CARD_CHROME),
    ("balance", chart_words.BALANCE, 290 + CHART_CARD_CHROME),
    ("who5", chart_words.WHO5, 290 + CHART_CARD_CHROME + 52),
    ("heatmap", chart_words.HEATMAP, 175 + CHART_CARD_CHROME),
)


def make_chart(key: str, language: Language) -> ChartCard:
    """A new chart of kind ``key`` (one of ``CHART_SLOTS``' keys)."""
    from wellbeing_desktop.ui.trends.chart_libraries import import_chart_libraries

    import_chart_libraries()  # first: with the collector paused, then frozen
    from wellbeing_desktop.ui.trends.charts.heatmap import HeatmapChart
    from wellbeing_desktop.ui.trends.charts.stress_charts import BalanceChart, StressChart
    from wellbeing_desktop.ui.trends.charts.time_charts import HoursChart, TimeSplitChart
    from wellbeing_desktop.ui.trends.charts.who5_chart import Who5Chart

    kinds: dict[str, Callable[[Language], ChartCard]] = {
        "time_split": TimeSplitChart,
        "hours": HoursChart,
        "stress": StressChart,
        "balance": BalanceChart,
        "who5": Who5Chart,
        "heatmap": HeatmapChart,
    }
    return kinds[key](language)


class ChartSlot(QWidget):
    """The place of one chart on the page.

    The place of one chart on the page: empty, and as tall as the chart will be, until
    the chart is built into it (when it comes into sight or takes the keyboard focus).

    An empty slot takes Tab focus, so the keyboard reaches a chart below the fold the way
    it reaches one already built; it hands the focus on to the chart at once.

    Signals:
        wanted(ChartSlot, Qt.FocusReason): the empty slot took the focus.
    """

    wanted = Signal(object, object)

    def __init__(self, key: str, title: Message, height: int, language: Language) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.chart: ChartCard | None = None
        self._height = height
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(height)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.retranslate(language)

    def sizeHint(self) -> QSize:
        return super().sizeHint() if self.chart is not None else QSize(0, self._height)

    def retranslate(self, language: Language) -> None:
        if self.chart is None:
            self.setAccessibleName(tr(self.title, language))

    def hold(self, chart: ChartCard) -> None:
        """Take the built chart in.

        Take the built chart in, and hand the chart's controls the slot's place in the
        Tab order (the slot itself no longer takes the focus).
        """
        self.chart = chart
        self.setMinimumHeight(0)
        self._layout.addWidget(chart)
        chart.show()  # now, not when the layout gets to it: it may take the focus at once
        previous: QWidget = self
        for widget in chart.focus_chain():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.chart is None:
            self.wanted.emit(self, event.reason())
