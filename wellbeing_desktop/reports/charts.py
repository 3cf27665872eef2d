"""Charts for printed and saved reports, drawn with QPainter onto an image (no widgets).

Calm colours as in the app: muted greens to warm ambers for the staircase, one accent
for leadership, never alarm red. Empty periods are left empty (a gap, not a zero).
The title is not drawn: the report prints it as text, so it can be read and searched.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.aggregation import Granularity, PeriodSummary
from wellbeing_desktop.domain.catalogues import STRESS_STEPS, localized
from wellbeing_desktop.domain.models import ActivityKind, Language
from wellbeing_desktop.domain.palette import PRINT, STEP_COLOURS
from wellbeing_desktop.reports.chart_table import bar_text
from wellbeing_desktop.services.report_content import ChartKind, ChartSpec, ChartUnit

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date

# The colours are the charts' shared palette (domain.palette), in its print set.
TEXT = PRINT.text
MUTED = PRINT.muted
GRID = PRINT.grid
KIND_COLOURS = {
    ActivityKind.LEADERSHIP: PRINT.leadership,
    ActivityKind.OPERATIONS: PRINT.operations,
    ActivityKind.OWN_WORK: PRINT.own_work,
}
DEMANDS_COLOUR = PRINT.demands
RESOURCES_COLOUR = PRINT.resources
LINE_COLOUR = PRINT.line
WHO5_COLOUR = PRINT.who5

_app: QGuiApplication | None = None  # kept alive when made here (command line, tests)


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; make an offscreen one if there is none.

    It is a QApplication (the widgets' kind): a bare QGuiApplication would make any widget
    created later in the same process abort it (a test run that makes a report in-process
    before a widget test, or a future caller that shows a dialog after a report).
    """
    global _app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        # "-platform offscreen": a report never opens a window, and needs no display.
        _app = QApplication(["wellbeing-desktop", "-platform", "offscreen"])


def render_chart_png(spec: ChartSpec, width: int, height: int) -> bytes:
    """The chart as PNG bytes of ``width`` × ``height`` pixels on white."""
    ensure_gui_application()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _Chart(painter, spec, width, height).draw()
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
    buffer.close()
    return bytes(data.data())


def chart_size(spec: ChartSpec, width: int, height: int) -> tuple[int, int]:
    """The picture's size: ``width`` × ``height``, or lower for a distribution of few bars.

    A bar is about a line and a half of text high with a gap, so three bars do not stand
    in a picture made for a period chart's many.
    """
    if spec.kind is not ChartKind.DISTRIBUTION:
        return width, height
    s = max(width / 800, 0.5)
    rows = max(1, len(spec.bars))
    return width, min(height, round((40 + 52 * rows) * s))


def period_axis_label(summary: PeriodSummary, granularity: Granularity, language: Language) -> str:
    """``12/11``, ``U48``/``W48`` or ``nov.``/``Nov`` under a bar."""
    start: date = summary.start
    if granularity is Granularity.DAY:
        return f"{start.day}/{start.month}"
    if granularity is Granularity.WEEK:
        week = start.isocalendar().week
        return f"U{week}" if language is Language.DANISH else f"W{week}"
    return fmt.month_name(start.month, language, short=True)


class _Chart:
    """One drawing: axes, bars or lines, legend; sizes scale with the image width."""

    def __init__(self, painter: QPainter, spec: ChartSpec, width: int, height: int) -> None:
        self.p = painter
        self.spec = spec
        self.language = spec.language
        self.s = max(width / 800, 0.5)
        self.font = QFont()
        self.font.setPixelSize(max(8, round(12 * self.s)))
        self.small = QFont(self.font)
        self.small.setPixelSize(max(7, round(10.5 * self.s)))
        self.painter_font(self.font)
        legend_height = QFontMetricsF(self.font).height() * 1.8
        left = 40 * self.s
        if spec.kind is ChartKind.STRESS:
            left = max(left, self._widest_step_name() + 16 * self.s)
        self.plot = QRectF(
            left,
            legend_height + 8 * self.s,
            width - left - 16 * self.s,
            height - legend_height - 8 * self.s - QFontMetricsF(self.small).height() * 2,
        )
        self.width = width
        self.n = max(1, len(spec.summaries))
        self.slot = self.plot.width() / self.n

    def painter_font(self, font: QFont) -> None:
        self.p.setFont(font)

    def _widest_step_name(self) -> float:
        metrics = QFontMetricsF(self.small)
        return max(metrics.horizontalAdvance(self._step_label(s.number)) for s in STRESS_STEPS)

    def _step_label(self, step: int) -> str:
        return f"{step} {STRESS_STEPS[step - 1].name(self.language)}"

    def x_centre(self, index: int) -> float:
        return self.plot.left() + self.slot * (index + 0.5)

    def y_of(self, value: float, low: float, high: float) -> float:
        return self.plot.bottom() - (value - low) / (high - low) * self.plot.height()

    # --- the parts every chart has -------------------------------------------------

    def draw(self) -> None:
        draw: dict[ChartKind, Callable[[], None]] = {
            ChartKind.TIME_SPLIT: self.time_split,
            ChartKind.STRESS: self.stress,
            ChartKind.DEMANDS_RESOURCES: self.demands_resources,
            ChartKind.WHO5: self.who5,
            ChartKind.DISTRIBUTION: self.distribution,
        }
        draw[self.spec.kind]()
        if self.spec.kind is not ChartKind.DISTRIBUTION:  # its categories stand by the bars
            self.x_labels()

    def pen(
        self, colour: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine
    ) -> QPen:
        pen = QPen(QColor(colour))
        pen.setWidthF(width * self.s)
        pen.setStyle(style)
        return pen

    def y_grid(
        self, values: Sequence[float], low: float, high: float, label: Callable[[float], str]
    ) -> None:
        self.p.setFont(self.small)
        metrics = QFontMetricsF(self.small)
        for value in values:
            y = self.y_of(value, low, high)
            self.p.setPen(self.pen(GRID))
            self.p.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
            self.p.setPen(QColor(MUTED))
            text = label(value)
            box = QRectF(
                0, y - metrics.height() / 2, self.plot.left() - 6 * self.s, metrics.height()
            )
            self.p.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
            )

    def x_labels(self) -> None:
        self.p.setFont(self.small)
        metrics = QFontMetricsF(self.small)
        labels = [
            period_axis_label(s, self.spec.granularity, self.language) for s in self.spec.summaries
        ]
        widest = max((metrics.horizontalAdvance(t) for t in labels), default=0.0) + 8 * self.s
        every = max(1, math.ceil(widest / self.slot))
        self.p.setPen(QColor(MUTED))
        top = self.plot.bottom() + 4 * self.s
        for i, text in enumerate(labels):
            if i % every:
                continue
            box = QRectF(self.x_centre(i) - widest / 2, top, widest, metrics.height())
            self.p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def legend(self, entries: Sequence[tuple[str, str, str]]) -> None:
        """(colour, label, "box" | "line" | "dash") from the left, above the plot."""
        self.p.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        x = self.plot.left()
        y = 4 * self.s
        h = metrics.height()
        for colour, label, mark in entries:
            key = 14 * self.s
            if mark == "box":
                self.p.setPen(Qt.PenStyle.NoPen)
                self.p.setBrush(QColor(colour))
                self.p.drawRoundedRect(QRectF(x, y + h * 0.2, key, h * 0.6), 2 * self.s, 2 * self.s)
            else:
                style = Qt.PenStyle.DashLine if mark == "dash" else Qt.PenStyle.SolidLine
                self.p.setPen(self.pen(colour, 2, style))
                self.p.drawLine(QPointF(x, y + h / 2), QPointF(x + key, y + h / 2))
                if mark == "line":
                    self.p.setBrush(QColor(colour))
                    self.p.drawEllipse(QPointF(x + key / 2, y + h / 2), 3 * self.s, 3 * self.s)
            self.p.setPen(QColor(TEXT))
            x += key + 6 * self.s
            self.p.drawText(QRectF(x, y, metrics.horizontalAdvance(label) + 2, h), 0, label)
            x += metrics.horizontalAdvance(label) + 18 * self.s
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    def polyline(self, points: Sequence[QPointF | None], colour: str) -> None:
        """A line through the points, broken where a period has no value, with dots."""
        path = QPainterPath()
        pen_down = False
        for point in points:
            if point is None:
                pen_down = False
                continue
            if pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
                pen_down = True
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.setPen(self.pen(colour, 2.2))
        self.p.drawPath(path)
        self.p.setPen(self.pen("white", 1.2))
        self.p.setBrush(QColor(colour))
        radius = 3.6 * self.s
        for point in points:
            if point is not None:
                self.p.drawEllipse(point, radius, radius)
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    # --- the four charts ---------------------------------------------------------------

    def time_split(self) -> None:
        names = {
            ActivityKind.LEADERSHIP: ("Ledelse", "Leadership"),
            ActivityKind.OPERATIONS: ("Drift", "Operations"),
            ActivityKind.OWN_WORK: ("Egne opgaver", "Own tasks"),
        }
        entries = [(KIND_COLOURS[k], localized(t, self.language), "box") for k, t in names.items()]
        target = self.spec.target_percent
        if target is not None:
            goal = localized(("Mål", "Target"), self.language)
            entries.append((TEXT, f"{goal} {fmt.whole_percent(target, self.language)}", "dash"))
        self.legend(entries)
        self.y_grid(
            [0, 25, 50, 75, 100], 0, 100, lambda v: fmt.whole_percent(int(v), self.language)
        )
        bar = min(self.slot * 0.66, 48 * self.s)
        self.p.setFont(self.small)
        metrics = QFontMetricsF(self.small)
        for i, summary in enumerate(self.spec.summaries):
            if not summary.logged_minutes:
                continue
            bottom = 0.0
            for kind in names:
                share = 100 * summary.minutes_by_kind[kind] / summary.logged_minutes
                top = self.y_of(bottom + share, 0, 100)
                rect = QRectF(self.x_centre(i) - bar / 2, top, bar, self.y_of(bottom, 0, 100) - top)
                self.p.fillRect(rect, QBrush(QColor(KIND_COLOURS[kind])))
                if kind is ActivityKind.LEADERSHIP:
                    text = f"{share:.0f}"
                    fits = (
                        metrics.horizontalAdvance(text) < bar and rect.height() > metrics.height()
                    )
                    if fits:
                        self.p.setPen(QColor("white"))
                        label_box = QRectF(
                            rect.left(), rect.top(), rect.width(), metrics.height() + 2
                        )
                        self.p.drawText(label_box, int(Qt.AlignmentFlag.AlignCenter), text)
                bottom += share
        if target is not None:
            y = self.y_of(target, 0, 100)
            self.p.setPen(self.pen(TEXT, 1.4, Qt.PenStyle.DashLine))
            self.p.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))

    def stress(self) -> None:
        self.legend(
            [
                (LINE_COLOUR, localized(("Gennemsnit", "Mean"), self.language), "line"),
                (
                    STEP_COLOURS[4],
                    localized(("Højeste trin", "Highest step"), self.language),
                    "box",
                ),
            ]
        )
        low, high = 0.5, 5.5
        for step in range(1, 6):  # quiet bands, one per step
            band = QColor(STEP_COLOURS[step])
            band.setAlpha(46)
            top, bottom = self.y_of(step + 0.5, low, high), self.y_of(step - 0.5, low, high)
            self.p.fillRect(QRectF(self.plot.left(), top, self.plot.width(), bottom - top), band)
        self.y_grid([], low, high, str)
        self.p.setFont(self.small)
        metrics = QFontMetricsF(self.small)
        for step in range(1, 6):
            y = self.y_of(step, low, high)
            self.p.setPen(QColor(MUTED))
            box = QRectF(
                0, y - metrics.height() / 2, self.plot.left() - 8 * self.s, metrics.height()
            )
            flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.p.drawText(box, flags, self._step_label(step))
        tick = min(self.slot * 0.5, 22 * self.s)
        for i, summary in enumerate(self.spec.summaries):
            if summary.stress_max is None:
                continue
            y = self.y_of(summary.stress_max, low, high)
            self.p.setPen(self.pen(STEP_COLOURS[summary.stress_max], 3.2))
            self.p.drawLine(
                QPointF(self.x_centre(i) - tick / 2, y), QPointF(self.x_centre(i) + tick / 2, y)
            )
        points = [
            QPointF(self.x_centre(i), self.y_of(s.stress_mean, low, high))
            if s.stress_mean is not None
            else None
            for i, s in enumerate(self.spec.summaries)
        ]
        self.polyline(points, LINE_COLOUR)

    def demands_resources(self) -> None:
        self.legend(
            [
                (DEMANDS_COLOUR, localized(("Krav", "Demands"), self.language), "line"),
                (RESOURCES_COLOUR, localized(("Ressourcer", "Resources"), self.language), "line"),
            ]
        )
        self.y_grid([0, 2, 4, 6, 8, 10], 0, 10, lambda v: f"{v:.0f}")
        for attribute, colour in (
            ("demands_mean", DEMANDS_COLOUR),
            ("resources_mean", RESOURCES_COLOUR),
        ):
            points = []
            for i, summary in enumerate(self.spec.summaries):
                value: float | None = getattr(summary, attribute)
                points.append(
                    None if value is None else QPointF(self.x_centre(i), self.y_of(value, 0, 10))
                )
            self.polyline(points, colour)

    def who5(self) -> None:
        self.legend([(WHO5_COLOUR, "WHO-5", "line")])
        self.y_grid([0, 25, 50, 75, 100], 0, 100, lambda v: f"{v:.0f}")
        self.p.setFont(self.small)
        for level in (28, 50):  # the thresholds of domain notes §3.3, quietly
            y = self.y_of(level, 0, 100)
            self.p.setPen(self.pen(STEP_COLOURS[4], 1.2, Qt.PenStyle.DotLine))
            self.p.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
        points: list[QPointF | None] = []
        for i, summary in enumerate(self.spec.summaries):
            scores = [score for _day, score in summary.who5_scores]
            if scores:
                points.append(
                    QPointF(self.x_centre(i), self.y_of(sum(scores) / len(scores), 0, 100))
                )
        # Check-ins are two weeks apart: connect them across the empty periods between.
        self.polyline(points, WHO5_COLOUR)
        metrics = QFontMetricsF(self.small)
        self.p.setPen(QColor(TEXT))
        for i, summary in enumerate(self.spec.summaries):
            scores = [score for _day, score in summary.who5_scores]
            if scores:
                value = sum(scores) / len(scores)
                y = self.y_of(value, 0, 100) - metrics.height() - 4 * self.s
                box = QRectF(self.x_centre(i) - 30 * self.s, y, 60 * self.s, metrics.height())
                self.p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), f"{value:.0f}")

    def distribution(self) -> None:
        """One horizontal bar per category, its name left of it and its value at its end."""
        draw_distribution(self.p, self.spec, self.width, self.s, (self.font, self.small))


def _scale(spec: ChartSpec) -> tuple[float, list[float]]:
    """The value at the plot's right end, and the grid values (percent: 0–100 %)."""
    if spec.unit is ChartUnit.PERCENT:
        return 1.0, [0.0, 0.25, 0.5, 0.75, 1.0]
    high = max([float(spec.total or 0), *(value for _label, value in spec.bars), 1.0])
    step = max(1, math.ceil(high / 6))
    high = math.ceil(high / step) * step
    return high, [float(v) for v in range(0, int(high) + 1, step)]


def draw_distribution(
    p: QPainter, spec: ChartSpec, width: int, s: float, fonts: tuple[QFont, QFont]
) -> None:
    """The bars of a ``DISTRIBUTION`` on the painter's device (``width`` px, scale ``s``)."""
    font, small = fonts
    height = p.device().height()
    metrics, small_metrics = QFontMetricsF(font), QFontMetricsF(small)
    label_width = min(
        max((metrics.horizontalAdvance(label) for label, _v in spec.bars), default=0.0),
        width * 0.42,
    )
    value_room = metrics.horizontalAdvance("100 %") + 12 * s
    left = 16 * s + label_width + 12 * s
    plot = QRectF(
        left,
        8 * s,
        max(10.0, width - left - value_room - 8 * s),
        height - 8 * s - small_metrics.height() * 1.8,
    )
    high, grid = _scale(spec)

    def x_of(value: float) -> float:
        return plot.left() + max(0.0, min(value, high)) / high * plot.width()

    p.setFont(small)
    for value in grid:
        x = x_of(value)
        pen = QPen(QColor(GRID))
        pen.setWidthF(s)
        p.setPen(pen)
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setPen(QColor(MUTED))
        text = bar_text(value, spec)
        box = QRectF(x - 40 * s, plot.bottom() + 4 * s, 80 * s, small_metrics.height())
        p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
    rows = max(1, len(spec.bars))
    row = plot.height() / rows
    thickness = min(row * 0.62, 30 * s)
    p.setFont(font)
    for i, (label, value) in enumerate(spec.bars):
        centre = plot.top() + row * (i + 0.5)
        colour = spec.colours[i] if i < len(spec.colours) else PRINT.leadership
        bar = QRectF(plot.left(), centre - thickness / 2, x_of(value) - plot.left(), thickness)
        if bar.width() > 0:
            p.fillRect(bar, QBrush(QColor(colour)))
        p.setPen(QColor(TEXT))
        name = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
        flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        p.drawText(QRectF(16 * s, centre - row / 2, label_width, row), flags, name)
        text_box = QRectF(bar.right() + 8 * s, centre - row / 2, value_room, row)
        p.drawText(
            text_box,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            bar_text(value, spec),
        )
