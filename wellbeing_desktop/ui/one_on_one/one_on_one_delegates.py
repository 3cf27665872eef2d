"""How the rows of the 1:1 lists are drawn and edited: meetings, agenda blocks, actions."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
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
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wellbeing_desktop.ui.common.style import ACCENT, theme
from wellbeing_desktop.ui.one_on_one.one_on_one_models import (
    META_ROLE,
    NUMBER_ROLE,
    SOURCE_ROLE,
    UPCOMING_ROLE,
)

_ModelIndex = QModelIndex | QPersistentModelIndex

GAP = 6  # between two blocks
PAD_X = 12
PAD_Y = 9
BADGE = 22  # the number's circle
LINE_GAP = 2
MAX_TEXT_LINES = 8


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Text).lightness() > 128


def _muted(palette: QPalette) -> QColor:
    return QColor(theme(_is_dark(palette)).muted)


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
    return small


def wrapped(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """The text broken into lines of at most ``width`` px; the last one elided if cut."""
    metrics = QFontMetrics(font)
    lines: list[str] = []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        lines.append(text[start : start + length].rstrip())
        if len(lines) == max_lines and start + length < len(text):
            lines[-1] = metrics.elidedText(text[start:] + " …", Qt.TextElideMode.ElideRight, width)
            break
    layout.endLayout()
    return lines


def _card(painter: QPainter, rect: QRect, option: QStyleOptionViewItem) -> None:
    """The quiet block every row sits on; the selected one gets the accent border."""
    palette: QPalette = option.palette
    dark = _is_dark(palette)
    state: QStyle.StateFlag = option.state
    selected = bool(state & QStyle.StateFlag.State_Selected)
    hovered = bool(state & QStyle.StateFlag.State_MouseOver)
    fill = QColor("#24272b" if dark else "#f8f7f4")
    if hovered and not selected:
        fill = fill.lighter(115) if dark else fill.darker(102)
    border = QColor(ACCENT) if selected else QColor("#3a3e44" if dark else "#e2e0db")
    painter.setPen(border)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(rect), 8, 8)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect.adjusted(1, 1, -1, -1)), 7, 7)


class InlineTextDelegate(QStyledItemDelegate):
    """A row whose text is edited in place, in a line edit over the painted text.

    Subclasses paint the row and say where its text sits (``_text_left``, ``_text_width``,
    ``_editor_top``); the editing is the same for agenda points and action items.
    """

    EDITOR_NAME = ""  # the line edit's object name (the style sheet's hook)
    NAMED_EDITOR = False  # the line edit takes the row's accessible text as its name

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _text_left(self) -> int:
        raise NotImplementedError

    def _text_width(self) -> int:
        raise NotImplementedError

    def _editor_top(self, option: QStyleOptionViewItem, height: int) -> int:
        raise NotImplementedError

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _ModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName(self.EDITOR_NAME)
        if self.NAMED_EDITOR:
            editor.setFrame(True)
            editor.setAccessibleName(str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""))
        return editor

    def setEditorData(self, editor: QWidget, index: _ModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _ModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _ModelIndex
    ) -> None:
        rect: QRect = option.rect
        height = editor.sizeHint().height()
        editor.setGeometry(
            rect.left() + self._text_left() - 4,
            self._editor_top(option, height),
            self._text_width() + 8,
            height,
        )


# --- meetings --------------------------------------------------------------------------------


def _meta_lines(text: str, font: QFont, width: int) -> list[str]:
    """Each line of the meta text, wrapped on its own (two lines at most each)."""
    return [line for part in text.split("\n") for line in wrapped(part, font, width, 2)]


class MeetingDelegate(QStyledItemDelegate):
    """A meeting in the list: the date (and "upcoming"), then with whom and the counts."""

    def __init__(self, view: QListView, upcoming_word: list[str]) -> None:
        super().__init__(view)
        self._view = view
        self._upcoming = upcoming_word  # one-element list the view updates on a new language

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        font: QFont = option.font
        width = max(120, self._view.viewport().width() - 2 * PAD_X)
        meta = _meta_lines(str(index.data(META_ROLE) or ""), _small(font), width)
        height = 2 * PAD_Y + QFontMetrics(font).height() + LINE_GAP
        height += max(1, len(meta)) * QFontMetrics(_small(font)).lineSpacing()
        return QSize(width, height + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect.adjusted(0, 0, -1, -1 - GAP)
        _card(painter, rect, option)
        palette: QPalette = option.palette
        font = QFont(option.font)
        font.setBold(True)
        metrics = QFontMetrics(font)
        left, top = rect.left() + PAD_X, rect.top() + PAD_Y
        width = rect.width() - 2 * PAD_X
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        day = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(left, top + metrics.ascent(), day)
        small = _small(option.font)
        if index.data(UPCOMING_ROLE):
            tag = self._upcoming[0]
            small_metrics = QFontMetrics(small)
            tag_width = small_metrics.horizontalAdvance(tag) + 12
            x = min(left + metrics.horizontalAdvance(day) + 8, rect.right() - PAD_X - tag_width)
            pill = QRectF(x, top + 1, tag_width, metrics.height() - 2)
            accent = QColor(ACCENT)
            fill = QColor(accent)
            fill.setAlpha(40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(small)
            painter.setPen(accent.lighter(150) if _is_dark(palette) else accent)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, tag)
        painter.setFont(small)
        painter.setPen(_muted(palette))
        y = top + metrics.height() + LINE_GAP
        small_metrics = QFontMetrics(small)
        for line in _meta_lines(str(index.data(META_ROLE) or ""), small, width):
            painter.drawText(left, y + small_metrics.ascent(), line)
            y += small_metrics.lineSpacing()
        painter.restore()


# --- agenda ------------------------------------------------------------------------------------


class AgendaDelegate(InlineTextDelegate):
    """An agenda point as a block: its number, the text, and where it came from, small."""

    EDITOR_NAME = "agendaEditor"
    NAMED_EDITOR = True

    def _text_left(self) -> int:
        return PAD_X + BADGE + 10

    def _text_width(self) -> int:
        return max(120, self._view.viewport().width() - self._text_left() - PAD_X)

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        font: QFont = option.font
        width = self._text_width()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = max(1, len(wrapped(text, font, width, MAX_TEXT_LINES)))
        height = 2 * PAD_Y + lines * QFontMetrics(font).lineSpacing()
        source = str(index.data(SOURCE_ROLE) or "")
        if source:
            small = _small(font)
            source_lines = len(wrapped(source, small, width, 2))
            height += LINE_GAP + source_lines * QFontMetrics(small).lineSpacing()
        height = max(height, 2 * PAD_Y + BADGE)
        return QSize(self._view.viewport().width(), height + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect.adjusted(0, 0, -1, -1 - GAP)
        _card(painter, rect, option)
        palette: QPalette = option.palette
        font: QFont = option.font
        metrics = QFontMetrics(font)

        badge = QRectF(rect.left() + PAD_X, rect.top() + PAD_Y - 1, BADGE, BADGE)
        accent = QColor(ACCENT)
        fill = QColor(accent)
        fill.setAlpha(45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(badge)
        number_font = _small(font)
        number_font.setBold(True)
        painter.setFont(number_font)
        painter.setPen(accent.lighter(150) if _is_dark(palette) else accent)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(index.data(NUMBER_ROLE) or ""))

        left = rect.left() + self._text_left()
        width = self._text_width()
        y = rect.top() + PAD_Y
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        for line in wrapped(text, font, width, MAX_TEXT_LINES) or [""]:
            painter.drawText(left, y + metrics.ascent(), line)
            y += metrics.lineSpacing()
        source = str(index.data(SOURCE_ROLE) or "")
        if source:
            small = _small(font)
            small_metrics = QFontMetrics(small)
            y += LINE_GAP
            painter.setFont(small)
            painter.setPen(_muted(palette))
            for line in wrapped(source, small, width, 2):
                painter.drawText(left, y + small_metrics.ascent(), line)
                y += small_metrics.lineSpacing()
        painter.restore()

    def _editor_top(self, option: QStyleOptionViewItem, height: int) -> int:
        rect: QRect = option.rect
        return rect.top() + PAD_Y - (height - QFontMetrics(option.font).height()) // 2 - 1


BOX = 16  # the done check-box
ACTION_PAD_Y = 6


class ActionDelegate(InlineTextDelegate):
    """An action item: a calm check-box (accent when done), the text muted once done."""

    EDITOR_NAME = "actionEditor"

    def _text_left(self) -> int:
        return 8 + BOX + 10

    def _text_width(self) -> int:
        return max(120, self._view.viewport().width() - self._text_left() - 8)

    def box_rect(self, rect: QRect) -> QRect:
        return QRect(rect.left() + 8, rect.top() + ACTION_PAD_Y + 2, BOX, BOX)

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        font: QFont = option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = max(1, len(wrapped(text, font, self._text_width(), 4)))
        height = max(BOX + 4, lines * QFontMetrics(font).lineSpacing())
        return QSize(self._view.viewport().width(), height + 2 * ACTION_PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state: QStyle.StateFlag = option.state
        accent = QColor(ACCENT)
        if state & QStyle.StateFlag.State_Selected:
            fill = QColor(accent)
            fill.setAlpha(34)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(rect.adjusted(0, 1, -1, -1)), 6, 6)
        elif state & QStyle.StateFlag.State_MouseOver:
            fill = QColor(palette.color(QPalette.ColorRole.Text))
            fill.setAlpha(12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(rect.adjusted(0, 1, -1, -1)), 6, 6)

        done = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        box = QRectF(self.box_rect(rect)).adjusted(0.5, 0.5, -0.5, -0.5)
        if done:
            painter.setPen(accent)
            painter.setBrush(accent)
            painter.drawRoundedRect(box, 4, 4)
            tick = QPen(QColor("white"), 2.0)
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(tick)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath()
            path.moveTo(box.left() + 3.5, box.center().y() + 0.5)
            path.lineTo(box.left() + 6.5, box.bottom() - 4)
            path.lineTo(box.right() - 3.5, box.top() + 4)
            painter.drawPath(path)
        else:
            painter.setPen(QPen(_muted(palette), 1.2))
            painter.setBrush(QColor("#2a2d31" if _is_dark(palette) else "#ffffff"))
            painter.drawRoundedRect(box, 4, 4)

        font: QFont = option.font
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(_muted(palette) if done else palette.color(QPalette.ColorRole.Text))
        y = rect.top() + ACTION_PAD_Y + max(0, (BOX + 4 - metrics.height()) // 2)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        for line in wrapped(text, font, self._text_width(), 4) or [""]:
            painter.drawText(rect.left() + self._text_left(), y + metrics.ascent(), line)
            y += metrics.lineSpacing()
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: _ModelIndex,
    ) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ) and isinstance(event, QMouseEvent):
            on_box = (
                self.box_rect(option.rect)
                .adjusted(-4, -4, 4, 4)
                .contains(event.position().toPoint())
            )
            if not on_box or event.button() != Qt.MouseButton.LeftButton:
                return False
            if kind == QEvent.Type.MouseButtonRelease:
                done = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                state = Qt.CheckState.Unchecked if done else Qt.CheckState.Checked
                model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
            return True  # a click on the box never starts editing the text
        return super().editorEvent(event, model, option, index)

    def _editor_top(self, option: QStyleOptionViewItem, height: int) -> int:
        rect: QRect = option.rect
        return rect.top() + (rect.height() - height) // 2
