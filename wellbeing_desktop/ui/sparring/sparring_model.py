"""Sparring topics as a Qt list model, painted as quiet cards in a list that fits its content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wellbeing_desktop.domain.catalogues import SPARRING_PARTNERS, SPARRING_SITUATIONS, localized
from wellbeing_desktop.domain.models import Language, SparringTopic, TopicStatus
from wellbeing_desktop.ui.common.fitted_list import FittedList
from wellbeing_desktop.ui.common.locale_format import short_date
from wellbeing_desktop.ui.common.style import ACCENT, STEP_COLOURS, theme
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

WITH: Message = translatable("sparring_model", "With")
RESOLVED_ON: Message = translatable("sparring_model", "resolved")

# Custom roles: the card reads its three lines from the model, already in words.
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
NOTES_ROLE = Qt.ItemDataRole.UserRole + 3

_ModelIndex = QModelIndex | QPersistentModelIndex


def format_day(day: date, language: Language) -> str:
    """A date as a person writes it: "26. nov. 2026" / "26 Nov 2026"."""
    return short_date(day, language)


def situation_name(key: str, language: Language) -> str:
    texts = SPARRING_SITUATIONS.get(key)
    return localized(texts, language) if texts else key


def partner_name(key: str, language: Language) -> str:
    texts = SPARRING_PARTNERS.get(key)
    return localized(texts, language) if texts else key


class SparringTopicModel(QAbstractListModel):
    """A read-only list over frozen SparringTopic values, in the order given."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._topics: list[SparringTopic] = []
        self._language = language

    def set_topics(self, topics: Sequence[SparringTopic]) -> None:
        self.beginResetModel()
        self._topics = list(topics)
        self.endResetModel()

    def clear(self) -> None:
        self.set_topics(())

    def set_language(self, language: Language) -> None:
        self._language = language
        if self._topics:
            self.dataChanged.emit(self.index(0), self.index(len(self._topics) - 1))

    def topics(self) -> list[SparringTopic]:
        return list(self._topics)

    def topic(self, row: int) -> SparringTopic:
        return self._topics[row]

    def row_of(self, topic_id: int | None) -> int:
        for row, topic in enumerate(self._topics):
            if topic.id == topic_id:
                return row
        return -1

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._topics)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._topics):
            return None
        topic = self._topics[index.row()]
        language = self._language
        if role == Qt.ItemDataRole.DisplayRole:
            return situation_name(topic.situation, language)
        if role == META_ROLE:
            return self._meta(topic)
        if role == NOTES_ROLE:
            return topic.notes.strip()
        if role == TOPIC_ROLE:
            return topic
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            parts = [situation_name(topic.situation, language), self._meta(topic)]
            if role == Qt.ItemDataRole.AccessibleTextRole and topic.notes.strip():
                parts.append(topic.notes.strip())
            return ". ".join(parts)
        return None

    def _meta(self, topic: SparringTopic) -> str:
        language = self._language
        parts = [
            f"{tr(WITH, language)}: {partner_name(topic.with_whom, language)}",
            format_day(topic.raised_on, language),
        ]
        if topic.status is TopicStatus.RESOLVED and topic.resolved_on is not None:
            parts.append(f"{tr(RESOLVED_ON, language)} {format_day(topic.resolved_on, language)}")
        return "  ·  ".join(parts)


# --- painting ----------------------------------------------------------------------------

_GAP = 8  # between two cards
_PAD_X = 16
_PAD_Y = 11
_STRIPE = 4
_LINE_GAP = 3
_MAX_NOTE_LINES = 4


def _wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """The text broken into lines that fit ``width``; the last one elided if there is more."""
    metrics = QFontMetrics(font)
    lines: list[str] = []
    paragraphs = [p for p in text.splitlines() if p.strip()]
    for number, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, font)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            lines.append(paragraph[start : start + length].rstrip())
            if len(lines) == max_lines:
                layout.endLayout()
                more = start + length < len(paragraph) or number < len(paragraphs) - 1
                if more:
                    rest = paragraph[start:] + " …"
                    lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
                return lines
        layout.endLayout()
    return lines


class TopicCardDelegate(QStyledItemDelegate):
    """Paints a topic as a card: situation, with whom and dates, then the notes."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def _text_width(self) -> int:
        return max(120, self._view.viewport().width() - 2 * _PAD_X - _STRIPE)

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        title_font, body_font = self._fonts(option)
        width = self._text_width()
        body = QFontMetrics(body_font)
        notes = str(index.data(NOTES_ROLE) or "")
        meta = str(index.data(META_ROLE) or "")
        meta_lines = max(1, len(_wrapped_lines(meta, body_font, width, 3)))
        note_lines = len(_wrapped_lines(notes, body_font, width, _MAX_NOTE_LINES)) if notes else 0
        height = 2 * _PAD_Y + QFontMetrics(title_font).height()
        height += _LINE_GAP + meta_lines * body.lineSpacing()
        if note_lines:
            height += _LINE_GAP + 2 + note_lines * body.lineSpacing()
        return QSize(self._view.viewport().width(), height + _GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        # Match the text colour the style sheet gave the list: light text, dark card.
        dark = text_colour.lightness() > 128
        rect: QRect = option.rect.adjusted(0, 0, -1, -1 - _GAP)
        topic = index.data(TOPIC_ROLE)
        resolved = isinstance(topic, SparringTopic) and topic.status is TopicStatus.RESOLVED
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)

        fill = QColor("#24272b" if dark else "#f8f7f4")
        if hovered and not selected:
            fill = fill.lighter(115) if dark else fill.darker(102)
        border = QColor(ACCENT) if selected else QColor("#3a3e44" if dark else "#e2e0db")
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect), 8, 8)
        if selected:  # a second line makes the choice visible without shouting
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect.adjusted(1, 1, -1, -1)), 7, 7)

        stripe = QColor(STEP_COLOURS[1] if resolved else ACCENT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        painter.drawRoundedRect(
            QRectF(rect.left() + 5, rect.top() + 9, _STRIPE, rect.height() - 18), 2, 2
        )

        title_font, body_font = self._fonts(option)
        muted = QColor(theme(dark).muted)
        left = rect.left() + _PAD_X + _STRIPE
        width = self._text_width()
        y = rect.top() + _PAD_Y

        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_metrics = QFontMetrics(title_font)
        title = title_metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(left, y + title_metrics.ascent(), title)
        y += title_metrics.height() + _LINE_GAP

        body = QFontMetrics(body_font)
        painter.setFont(body_font)
        painter.setPen(muted)
        for line in _wrapped_lines(str(index.data(META_ROLE) or ""), body_font, width, 3):
            painter.drawText(left, y + body.ascent(), line)
            y += body.lineSpacing()

        notes = str(index.data(NOTES_ROLE) or "")
        if notes:
            y += _LINE_GAP + 2
            painter.setPen(text_colour)
            for line in _wrapped_lines(notes, body_font, width, _MAX_NOTE_LINES):
                painter.drawText(left, y + body.ascent(), line)
                y += body.lineSpacing()
        painter.restore()


class TopicList(FittedList):
    """A list of topic cards that is exactly as tall as its cards (the page scrolls, not it)."""

    def __init__(self, model: SparringTopicModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sparringList")
        self.setStyleSheet("QListView#sparringList { background: transparent; border: none; }")
        self.setModel(model)
        self.setItemDelegate(TopicCardDelegate(self))
        self.fit()  # with the cards' own heights
