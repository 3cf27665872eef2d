"""Painted bars of the day's time split.

Painted bars: the day's split (leadership · operations · own work) with the target marker,
and the thin bar beside each category row.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wellbeing_desktop.domain.models import ActivityKind
from wellbeing_desktop.ui.common.style import KIND_COLOURS

# Leadership first: the marker at the target then reads directly against its segment.
BAR_ORDER = (ActivityKind.LEADERSHIP, ActivityKind.OPERATIONS, ActivityKind.OWN_WORK)


def kind_colour(kind: ActivityKind) -> QColor:
    return QColor(KIND_COLOURS[kind.value])


def _track_colour(widget: QWidget) -> QColor:
    colour = QColor(widget.palette().color(QPalette.ColorRole.Text))
    colour.setAlphaF(0.09)
    return colour


class SplitBar(QWidget):
    """The day's minutes per kind as one bar; a marker shows the leadership target."""

    BAR_HEIGHT = 20
    OVERSHOOT = 4  # how far the marker reaches above and below the bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minutes: dict[ActivityKind, int] = dict.fromkeys(ActivityKind, 0)
        self._labels: dict[ActivityKind, str] = {kind: "" for kind in ActivityKind}
        self._target: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_minutes(self, minutes: dict[ActivityKind, int]) -> None:
        self._minutes = {kind: minutes.get(kind, 0) for kind in ActivityKind}
        self.update()

    def set_labels(self, labels: dict[ActivityKind, str]) -> None:
        self._labels = dict(labels)
        self.update()

    def set_target(self, percent: int | None) -> None:
        self._target = percent
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.BAR_HEIGHT + 2 * self.OVERSHOOT)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.BAR_HEIGHT + 2 * self.OVERSHOOT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(1, self.OVERSHOOT, self.width() - 2, self.BAR_HEIGHT)
        clip = QPainterPath()
        clip.addRoundedRect(bar, 6, 6)
        painter.fillPath(clip, _track_colour(self))
        total = sum(self._minutes.values())
        painter.setClipPath(clip)
        x = bar.left()
        for kind in BAR_ORDER:
            minutes = self._minutes[kind]
            if not total or not minutes:
                continue
            width = bar.width() * minutes / total
            segment = QRectF(x, bar.top(), width, bar.height())
            painter.fillRect(segment, kind_colour(kind))
            label = self._labels.get(kind, "")
            metrics = painter.fontMetrics()
            if label and metrics.horizontalAdvance(label) + 12 <= width:
                painter.setPen(QColor("#ffffff" if kind is ActivityKind.LEADERSHIP else "#1f2328"))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
            x += width
        painter.setClipping(False)
        if self._target is not None:
            marker_x = bar.left() + bar.width() * self._target / 100
            pen = QPen(self.palette().color(QPalette.ColorRole.Text), 2)
            painter.setPen(pen)
            painter.drawLine(int(marker_x), 0, int(marker_x), self.height())
        painter.end()


class RowBar(QWidget):
    """A thin bar: one category's minutes against the length of a normal day."""

    def __init__(self, kind: ActivityKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._fraction = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fraction(self, fraction: float) -> None:
        self._fraction = max(0.0, min(1.0, fraction))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(0, 1, self.width(), 8)
        painter.setBrush(_track_colour(self))
        painter.drawRoundedRect(track, 4, 4)
        if self._fraction > 0:
            painter.setBrush(kind_colour(self._kind))
            filled = QRectF(0, 1, max(8.0, track.width() * self._fraction), 8)
            painter.drawRoundedRect(filled, 4, 4)
        painter.end()
