"""The Trends charts' places on the page, and each chart built when it is needed.

The places are laid out the first time the view is shown; a chart (and pyqtgraph) is
only built when its place comes into sight (scrolled to, or the page resized or its top
part grown) or takes the keyboard focus, so a view that shows one chart at first holds
the widgets and plot items of that one, not of all six.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer

from wellbeing_desktop.ui.trends.charts.slots import CHART_SLOTS, ChartSlot, make_chart

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wellbeing_desktop.ui.trends.charts.base import ChartCard
    from wellbeing_desktop.ui.trends.charts.heatmap import HeatmapChart
    from wellbeing_desktop.ui.trends.charts.theme import ChartTheme
    from wellbeing_desktop.ui.trends.trends_view import TrendsView


class ChartPlaces(QObject):
    """The places and charts of one Trends view, top to bottom."""

    def __init__(self, view: TrendsView) -> None:
        super().__init__(view)
        self._view = view
        self.slots: list[ChartSlot] = []  # made when the view is first shown
        self.heatmap: HeatmapChart | None = None
        self.theme: ChartTheme | None = None
        # Charts come into sight as the page scrolls, resizes or its top part grows.
        self._sight_timer = QTimer(self)
        self._sight_timer.setSingleShot(True)
        self._sight_timer.setInterval(0)
        self._sight_timer.timeout.connect(self.build_in_sight)
        scroll = view.page_scroll
        scroll.verticalScrollBar().valueChanged.connect(self.build_in_sight)
        content = scroll.widget()
        if content is not None:
            content.installEventFilter(self)
        scroll.viewport().installEventFilter(self)

    def look(self) -> None:
        """Look for charts in sight once the events queued now are handled."""
        self._sight_timer.start()

    def built(self) -> list[ChartCard]:
        """The charts built so far, top to bottom."""
        return [slot.chart for slot in self.slots if slot.chart is not None]

    def ensure(self) -> None:
        """Lay out the charts' places the first time they are needed.

        Lay out the charts' places the first time they are needed; each chart is built
        (and pyqtgraph imported) when its place comes into sight.
        """
        if self.slots:
            return
        from wellbeing_desktop.ui.trends.charts.theme import current_theme

        view = self._view
        language = view.session.language
        previous: QWidget = view.table_toggle
        for key, title, height in CHART_SLOTS:
            slot = ChartSlot(key, title, height, language)
            slot.wanted.connect(self._slot_focused)
            slot.installEventFilter(self)
            view.chart_column.addWidget(slot)
            view.setTabOrder(previous, slot)
            previous = slot
            self.slots.append(slot)
        self.theme = current_theme()
        self._sight_timer.start()

    def build(self, slot: ChartSlot) -> ChartCard:
        """The chart of ``slot``, built now (with the data shown so far) if it was not."""
        if slot.chart is not None:
            return slot.chart
        from wellbeing_desktop.ui.trends.charts.heatmap import HeatmapChart

        view = self._view
        chart = make_chart(slot.key, view.session.language)
        chart.period_clicked.connect(view.open_period)
        chart.table_asked.connect(lambda: self.table_asked(chart))
        chart.show_table(view.table_toggle.isChecked())
        if self.theme is not None and chart.theme != self.theme:
            chart.apply_theme(self.theme)
        slot.hold(chart)
        if isinstance(chart, HeatmapChart):
            self.heatmap = chart
            chart.year_changed.connect(view.heat_year_changed)
        data = view.data
        if data is not None and view.session.is_open:
            chart.show_data(data)
            view.offer_years(data)
        return chart

    def chart(self, key: str) -> ChartCard:
        """The chart with ``key``, built now if it was not."""
        self.ensure()
        for slot in self.slots:
            if slot.key == key:
                return self.build(slot)
        raise KeyError(key)

    def build_in_sight(self) -> None:
        """Build every chart whose place shows in the page's viewport."""
        view = self._view
        viewport = view.page_scroll.viewport()
        if not self.slots or not view.isVisible():
            return
        # Only once the page has settled: with the numbers (or the message why there are
        # none) and the insights above them in place (they push the charts down), a chart
        # built is one the user sees.
        if view.reads.settling:
            return
        # Until the page has grown to hold them, the layout squeezes the places onto each
        # other; the page's resize brings us back here.
        for upper, lower in zip(self.slots, self.slots[1:], strict=False):
            if lower.y() < upper.y() + upper.height():
                return
        seen = viewport.rect()
        for slot in self.slots:
            if slot.chart is not None or not slot.isVisible():
                continue
            place = QRect(slot.mapTo(viewport, slot.rect().topLeft()), slot.size())
            if place.isValid() and place.intersects(seen):
                self.build(slot)

    def restyle(self) -> None:
        """Give the built charts the colours of the system's scheme now, if it changed."""
        if not self.slots:
            return
        from wellbeing_desktop.ui.trends.charts.theme import current_theme

        theme = current_theme()
        if theme == self.theme:
            return
        self.theme = theme
        for chart in self.built():
            chart.apply_theme(theme)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ``getattr``: Qt can deliver one more event while Python's garbage collector takes
        # this object apart (its attributes already cleared); there is nothing to build then.
        if getattr(self, "slots", None) and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._sight_timer.start()
        return super().eventFilter(watched, event)

    def table_asked(self, chart: ChartCard) -> None:
        """Enter on a chart: the charts as tables (the page's toggle), this one's focused."""
        view = self._view
        view.table_toggle.setChecked(True)
        chart.table.setFocus(Qt.FocusReason.OtherFocusReason)
        view.page_scroll.ensureWidgetVisible(chart.table)

    def _slot_focused(self, slot: ChartSlot, reason: Qt.FocusReason) -> None:
        view = self._view
        chart = self.build(slot)
        chain = [
            w
            for w in chart.focus_chain()
            if w.isVisibleTo(view)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ]
        if not chain:
            return
        target = chain[-1] if reason is Qt.FocusReason.BacktabFocusReason else chain[0]
        target.setFocus(reason)
        view.page_scroll.ensureWidgetVisible(target)
