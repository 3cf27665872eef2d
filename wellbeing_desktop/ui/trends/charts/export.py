"""Saving a Trends chart as a picture.

Saving a Trends chart as a picture: PNG at twice the screen's pixels, or SVG, with
the card's title and dates above the plot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from wellbeing_desktop.ui.trends.charts import words

if TYPE_CHECKING:
    from wellbeing_desktop.ui.trends.charts.base import ChartCard


EXPORT_SCALE = 2  # PNGs at twice the screen size stay sharp in a document
EXPORT_TITLE = 30  # px above the chart for its title and dates


def png_bytes(card: ChartCard) -> bytes:
    """The chart as PNG bytes (title and dates above it)."""
    # Drawn like pyqtgraph's ImageExporter does (the scene into an image), but at twice
    # the pixels with a device pixel ratio, so text, lines and the legend scale alike.
    source = card.graphics.ci.sceneBoundingRect()
    width, height = max(1, int(source.width())), int(source.height()) + EXPORT_TITLE
    image = QImage(width * EXPORT_SCALE, height * EXPORT_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(EXPORT_SCALE)
    image.fill(QColor(card.theme.background))
    _render(card, QPainter(image), width, height, source)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("the chart could not be drawn as PNG")
    return bytes(buffer.data().data())


def _render(card: ChartCard, painter: QPainter, width: int, height: int, source: QRectF) -> None:
    hover = card.hover_band.isVisible()
    card.hover_band.hide()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor(card.theme.background))
        # The card's title goes with the picture: a saved chart says what it shows.
        font = QFont(card.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(card.theme.text))
        title = card.title_text()
        if card.data is not None and card.data.summaries:
            first, last = card.data.summaries[0].start, card.data.request.end
            title += f"  ·  {words.span_text(first, last, card.language)}"
        painter.drawText(
            QRectF(8, 0, width - 16, EXPORT_TITLE),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        target = QRectF(0, EXPORT_TITLE, width, height - EXPORT_TITLE)
        card.graphics.scene().render(painter, target, source)
    finally:
        painter.end()
        card.hover_band.setVisible(hover)


def svg_bytes(card: ChartCard) -> bytes:
    """The chart as SVG bytes (title and dates above it), at the screen's resolution."""
    # pyqtgraph's SVGExporter cannot parse the paths Qt 6.8+ writes; draw the scene
    # into Qt's own SVG generator instead, at the screen's resolution.
    source = card.graphics.ci.sceneBoundingRect()
    width, height = max(1, int(source.width())), int(source.height()) + EXPORT_TITLE
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(max(72, card.graphics.logicalDpiX()))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(card.title_text())
    _render(card, QPainter(generator), width, height, source)
    buffer.close()
    return bytes(content.data())
