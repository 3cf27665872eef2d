"""The insights strip at the top of Trends.

The insights strip at the top of Trends: a few calm cards, each a sentence or two with
the figures beside it and the source of its threshold underneath.

The insights themselves come from the service layer (``Journal.insights``); these
widgets only show them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.insights import Insight, InsightTone
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.palette import STEP_COLOURS
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.trends.charts.words import span_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QFont, QResizeEvent

TONE_WORDS: dict[InsightTone, Message] = {
    InsightTone.ATTENTION: translatable("trends_insights", "Worth a look"),
    InsightTone.GOOD: translatable("trends_insights", "Good news"),
}
SOURCE: Message = translatable("trends_insights", "Source: {source}")
PERIOD_SOURCE: Message = translatable("trends_insights", "{period} · Source: {source}")
NOTHING: Message = translatable(
    "trends_insights",
    "Nothing stands out in this period – the numbers are in the charts below.",
)
WORKING: Message = translatable("trends_insights", "Reading the period…")
MAX_SHOWN = 5
TWO_COLUMNS_FROM = 860  # px of strip width

# Warm amber for "worth a look", the staircase's calm green for good news.
TONE_COLOURS = {InsightTone.ATTENTION: STEP_COLOURS[4], InsightTone.GOOD: STEP_COLOURS[1]}


class InsightCard(QFrame):
    """One insight: a coloured edge for its tone, the sentence, its figures, its source."""

    def __init__(self, insight: Insight, language: Language, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.insight = insight
        colour = TONE_COLOURS[insight.tone]
        self.setProperty("tone", insight.tone.value)
        edge = QFrame()
        edge.setObjectName("insightEdge")
        edge.setFixedWidth(4)
        edge.setStyleSheet(f"background: {colour}; border: none; border-radius: 2px;")

        words, small = self._make_words(insight, language)
        figures = self._make_figures(insight, small)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(edge)
        layout.addLayout(words, 1)
        if insight.figures:
            layout.addLayout(figures)
        accessible = f"{self.tone.text()}: {insight.text}"
        self.setAccessibleName(accessible)

    def _make_words(self, insight: Insight, language: Language) -> tuple[QVBoxLayout, QFont]:
        """Lay out the tone, the sentence and its source.

        The tone, the sentence and its source, one under the other (and the source's
        smaller font, which the figures' names share).
        """
        self.tone = QLabel(tr(TONE_WORDS[insight.tone], language).upper())
        self.tone.setObjectName("cardTitle")
        self.text = QLabel(insight.text)
        self.text.setObjectName("insightText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        period = span_text(insight.period_start, insight.period_end, language)
        if insight.period_start.year == insight.period_end.year:
            period = f"{period} {insight.period_end.year}"
        self.source = QLabel(
            tr(PERIOD_SOURCE, language).format(period=period, source=insight.source)
        )
        self.source.setObjectName("muted")
        self.source.setWordWrap(True)
        self.source.setToolTip(tr(SOURCE, language).format(source=insight.source))
        font = self.source.font()
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        self.source.setFont(font)

        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.tone)
        words.addWidget(self.text)
        words.addWidget(self.source)
        return words, font

    def _make_figures(self, insight: Insight, small: QFont) -> QVBoxLayout:
        """The insight's figures: a name and a bold value per row."""
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(10)
        self.figures.setVerticalSpacing(2)
        self.figure_labels: list[tuple[QLabel, QLabel]] = []
        for row, (label, value) in enumerate(insight.figures):
            name = QLabel(label)
            name.setObjectName("muted")
            name.setFont(small)
            shown = QLabel(value)
            shown.setObjectName("insightFigure")
            bold = shown.font()
            bold.setPointSizeF(max(7.5, bold.pointSizeF() - 1))
            bold.setBold(True)
            shown.setFont(bold)
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.figures.addWidget(name, row, 0)
            self.figures.addWidget(shown, row, 1)
            self.figure_labels.append((name, shown))
        figures = QVBoxLayout()
        figures.addLayout(self.figures)
        figures.addStretch(1)
        return figures

    def wipe(self) -> None:
        """Drop the journal's words now (the card itself is deleted later)."""
        self.setAccessibleName("")
        for label in (self.tone, self.text, self.source):
            label.setText("")
            label.setToolTip("")
        for name, value in self.figure_labels:
            name.setText("")
            value.setText("")

    def texts(self) -> list[str]:
        """Every string the card shows (for tests and for clearing)."""
        shown = [self.tone.text(), self.text.text(), self.source.text()]
        for name, value in self.figure_labels:
            shown += [name.text(), value.text()]
        return shown


class InsightsStrip(QWidget):
    """Two to five insight cards in one or two columns, or one calm sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsStrip")
        self.cards: list[InsightCard] = []
        self._insights: tuple[Insight, ...] = ()
        self._language = Language.DANISH
        self._columns = 1
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addWidget(self.status)
        self.hide()  # nothing to say until a period is read

    @property
    def insights(self) -> tuple[Insight, ...]:
        return self._insights

    def set_title(self, text: str) -> None:
        self.title.setText(text.upper())

    def show_insights(self, insights: Sequence[Insight], language: Language) -> None:
        self._insights = tuple(insights)[:MAX_SHOWN]
        self._language = language
        self._rebuild()
        self.show_message("" if self._insights else tr(NOTHING, language))

    def show_working(self, language: Language) -> None:
        """A quiet "reading…" while the first insights of a period are on their way."""
        if not self._insights:
            self.show_message(tr(WORKING, language))

    def show_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.setVisible(bool(self.cards) or bool(text))

    def clear(self) -> None:
        self._insights = ()
        self._rebuild()
        self.show_message("")

    def texts(self) -> list[str]:
        found = [text for card in self.cards for text in card.texts()]
        return [*found, self.status.text()] if self.status.text() else found

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = 2 if event.size().width() >= TWO_COLUMNS_FROM and len(self.cards) > 1 else 1
        if columns != self._columns:
            self._columns = columns
            self._place()

    def _rebuild(self) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.wipe()
            card.hide()
            card.deleteLater()
        self.cards = [InsightCard(insight, self._language) for insight in self._insights]
        self._columns = 2 if self.width() >= TWO_COLUMNS_FROM and len(self.cards) > 1 else 1
        self._place()

    def _place(self) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
        for number, card in enumerate(self.cards):
            row, column = divmod(number, self._columns)
            self.grid.addWidget(card, row, column)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < self._columns else 0)
