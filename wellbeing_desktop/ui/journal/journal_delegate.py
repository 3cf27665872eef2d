"""How one row of the journal list looks: date, split bar, step, first line or snippet."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
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
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from wellbeing_desktop.domain.models import ActivityKind
from wellbeing_desktop.ui.common.style import ACCENT, KIND_COLOURS, STEP_COLOURS
from wellbeing_desktop.ui.journal.journal_models import (
    JournalRow,
    Role,
    Segment,
    snippet_text,
)

PAD_X = 14
PAD_Y = 9
LINE_GAP = 4
BAR_WIDTH = 64
BAR_HEIGHT = 6
DOT = 10
_KINDS = (ActivityKind.OPERATIONS, ActivityKind.LEADERSHIP, ActivityKind.OWN_WORK)


def is_dark_palette(palette: QPalette) -> bool:
    # Light text means a dark background (the list's own background is transparent).
    return palette.color(QPalette.ColorRole.Text).lightness() > 128


def accent_for(palette: QPalette) -> QColor:
    """The accent, lifted a little on a dark background so it stays readable."""
    colour = QColor(ACCENT)
    return colour.lighter(150) if is_dark_palette(palette) else colour


def muted_colour(palette: QPalette) -> QColor:
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlpha(165)
    return colour


def fitting_date(forms: tuple[str, ...], metrics: QFontMetrics, room: int) -> str:
    """The longest form of the date that fits ``room`` whole (the last one cut if none does)."""
    for form in forms:
        if metrics.horizontalAdvance(form) <= room:
            return form
    return metrics.elidedText(forms[-1], Qt.TextElideMode.ElideRight, room)


class JournalRowDelegate(QStyledItemDelegate):
    """Paints a :class:`JournalRow` from the model's ``Role.ROW``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widths: dict[tuple[object, ...], list[int]] = {}

    # --- sizes ------------------------------------------------------------------------

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row = index.data(Role.ROW)
        line = QFontMetrics(option.font).height()
        lines = 3 if isinstance(row, JournalRow) and row.is_hit else 2
        return QSize(240, 2 * PAD_Y + lines * line + LINE_GAP)

    def date_shown(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> str:
        """The form of the row's date that fits beside its figures and label, whole."""
        return self.first_line(option, index)[0]

    def first_line(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[str, bool]:
        """The date as shown and whether the split bar has room beside it.

        The date with its weekday (long, then short) comes before the split bar: in a
        narrow list the bar gives way first, then the weekday; a form is shown whole.
        """
        font: QFont = option.font
        rect: QRect = option.rect
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        label = str(index.data(Role.KIND_LABEL) or "")
        room = inner.width() - (self._label_width(label, font) + 10 if label else 0)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        forms = tuple(index.data(Role.DATE_FORMS) or (str(index.data(Role.DATE_TEXT) or ""),))
        widths = self._form_widths(index, metrics, forms)
        with_bar = self._figures_width(font, bar=True)
        without_bar = self._figures_width(font, bar=False)
        weekday_forms = range(len(forms) - 1)  # all but the last name the weekday
        for figures, bar in ((with_bar, True), (without_bar, False)):
            for level in weekday_forms:
                if widths[level] <= room - figures:
                    return forms[level], bar
        bar = widths[-1] <= room - with_bar
        return fitting_date(forms[-1:], metrics, max(room - without_bar, 0)), bar

    def _form_widths(
        self,
        index: QModelIndex | QPersistentModelIndex,
        metrics: QFontMetrics,
        forms: tuple[str, ...],
    ) -> list[int]:
        """How wide each form is at its widest in the row's month (so all rows agree)."""
        samples = index.data(Role.DATE_SAMPLES)
        if not samples or len(samples) != len(forms):
            return [metrics.horizontalAdvance(form) for form in forms]
        key = (tuple(samples), metrics.height(), metrics.averageCharWidth())
        if key not in self._widths:
            if len(self._widths) > 64:
                self._widths.clear()
            self._widths[key] = [
                max(metrics.horizontalAdvance(text) for text in level) for level in samples
            ]
        return [
            max(widest, metrics.horizontalAdvance(form))
            for widest, form in zip(self._widths[key], forms, strict=True)
        ]

    @staticmethod
    def _figures_width(font: QFont, *, bar: bool) -> int:
        """How wide the figures at the right of a first line are at most (as painted).

        The widest a row can have (a step, "100 %" and the bar), so every row of the list
        chooses the same form of its date.
        """
        metrics = QFontMetrics(font)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
        width = metrics.horizontalAdvance("5") + 6 + DOT + 16
        width += QFontMetrics(small).horizontalAdvance("100 %") + 8
        return width + (BAR_WIDTH + 12 if bar else 0)

    # --- painting ----------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(Role.ROW)
        if not isinstance(row, JournalRow):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state: QStyle.StateFlag = option.state
        font: QFont = option.font
        label = str(index.data(Role.KIND_LABEL) or "")

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(rect)
        self._paint_background(painter, rect, palette, state)

        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = muted_colour(palette)
        metrics = QFontMetrics(font)
        line = metrics.height()
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)

        # Right end of the first line: split bar, share, step dot and number.
        shown_date, bar = self.first_line(option, index)
        right = self._paint_figures(painter, row, index, option.font, palette, inner, bar=bar)

        # Left of the first line: the date, then the kind of hit as a small label.
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        bold_metrics = QFontMetrics(bold)
        room = max(right - inner.left(), 0)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(inner.left(), inner.top(), room, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            shown_date,
        )
        if label:
            x = inner.left() + bold_metrics.horizontalAdvance(shown_date) + 10
            self._paint_label(painter, label, x, inner.top(), line, font, palette)

        # The second line: the reflection's first line, or the snippet with its hit.
        body = QRect(inner.left(), inner.top() + line + LINE_GAP, inner.width(), 0)
        body.setBottom(inner.bottom())
        if row.is_hit:
            self._paint_snippet(painter, row, body, font, palette)
        else:
            empty = str(index.data(Role.NO_REFLECTION) or "")
            self._paint_first_line(painter, row.first_line or None, empty, body, font, muted)
        painter.restore()

    @staticmethod
    def _paint_first_line(
        painter: QPainter, text: str | None, empty: str, body: QRect, font: QFont, muted: QColor
    ) -> None:
        """The reflection's first line, or (faint, in italics) that there is none."""
        body_font = QFont(font)
        if text is None:
            text = empty
            body_font.setItalic(True)
            muted.setAlpha(110)
        painter.setFont(body_font)
        painter.setPen(muted)
        painter.drawText(
            body,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(body_font).elidedText(text, Qt.TextElideMode.ElideRight, body.width()),
        )

    def _paint_figures(
        self,
        painter: QPainter,
        row: JournalRow,
        index: QModelIndex | QPersistentModelIndex,
        font: QFont,
        palette: QPalette,
        inner: QRect,
        *,
        bar: bool = True,
    ) -> int:
        """Paint the right-hand figures of a day's first line.

        The step (dot and number), the share and the split bar, right-aligned on the
        first line; returns where the room left of them ends.
        """
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = muted_colour(palette)
        metrics = QFontMetrics(font)
        line = metrics.height()
        right = inner.right()
        if row.step is not None:
            number = str(row.step)
            width = metrics.horizontalAdvance(number)
            painter.setPen(text_colour)
            painter.setFont(font)
            painter.drawText(
                QRect(right - width, inner.top(), width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number,
            )
            right -= width + 6
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STEP_COLOURS[row.step]))
            painter.drawEllipse(
                QRectF(right - DOT, inner.top() + (line - DOT) / 2, DOT, DOT),
            )
            right -= DOT + 16
        if sum(row.minutes) > 0:
            small = QFont(font)
            small.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
            small_metrics = QFontMetrics(small)
            if row.share_percent is not None:
                percent = str(index.data(Role.SHARE_TEXT) or "")
                width = small_metrics.horizontalAdvance(percent)
                painter.setFont(small)
                painter.setPen(muted)
                painter.drawText(
                    QRect(right - width, inner.top(), width, line),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    percent,
                )
                right -= width + 8
            if bar:
                top = inner.top() + (line - BAR_HEIGHT) / 2
                self._paint_split_bar(
                    painter, QRectF(right - BAR_WIDTH, top, BAR_WIDTH, BAR_HEIGHT), row.minutes
                )
                right -= BAR_WIDTH + 12
        return right

    def _paint_background(
        self, painter: QPainter, rect: QRect, palette: QPalette, state: QStyle.StateFlag
    ) -> None:
        separator = QColor(palette.color(QPalette.ColorRole.Text))
        separator.setAlpha(28)
        painter.setPen(separator)
        painter.drawLine(rect.left() + PAD_X, rect.bottom(), rect.right() - PAD_X, rect.bottom())
        tint = QColor(ACCENT)
        if state & QStyle.StateFlag.State_Selected:
            tint.setAlpha(48)
        elif state & QStyle.StateFlag.State_MouseOver:
            tint.setAlpha(18)
        else:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(QRectF(rect.adjusted(2, 1, -2, -1)), 6, 6)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(accent_for(palette))
            painter.drawRoundedRect(QRectF(rect.adjusted(2, 1, -3, -2)), 6, 6)

    @staticmethod
    def _paint_split_bar(painter: QPainter, bar: QRectF, minutes: tuple[int, int, int]) -> None:
        total = sum(minutes)
        painter.setPen(Qt.PenStyle.NoPen)
        x = bar.left()
        for kind, amount in zip(_KINDS, minutes, strict=True):
            if amount <= 0:
                continue
            width = bar.width() * amount / total
            painter.setBrush(QColor(KIND_COLOURS[kind.value]))
            painter.drawRect(QRectF(x, bar.top(), width, bar.height()))
            x += width

    @staticmethod
    def _label_width(label: str, font: QFont) -> int:
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return QFontMetrics(small).horizontalAdvance(label) + 12

    @staticmethod
    def _paint_label(
        painter: QPainter,
        label: str,
        x: int,
        top: int,
        line: int,
        font: QFont,
        palette: QPalette,
    ) -> None:
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        metrics = QFontMetrics(small)
        width = metrics.horizontalAdvance(label) + 12
        height = metrics.height() + 2
        box = QRectF(x, top + (line - height) / 2, width, height)
        accent = accent_for(palette)
        fill = QColor(accent)
        fill.setAlpha(30)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setFont(small)
        painter.setPen(accent)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    @staticmethod
    def _paint_snippet(
        painter: QPainter, row: JournalRow, body: QRect, font: QFont, palette: QPalette
    ) -> None:
        """The snippet, wrapped, its hits in bold accent: laid out as one block of text.

        A QTextLayout with the hits as format ranges draws what a QTextDocument built from
        ``snippet_html`` draws, without parsing HTML for every row painted.
        """
        layout = snippet_layout(row.snippet, font, accent_for(palette), body.width())
        painter.save()
        painter.setClipRect(body)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        layout.draw(painter, QPointF(body.topLeft()))
        painter.restore()


def _utf16_length(text: str) -> int:
    """How long ``text`` is in Qt's strings (UTF-16: a character beyond U+FFFF counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def snippet_layout(
    segments: tuple[Segment, ...], font: QFont, accent: QColor, width: int
) -> QTextLayout:
    """The snippet's text laid out in lines of ``width``, the hits bold in ``accent``."""
    hit = QTextCharFormat()
    hit.setFontWeight(QFont.Weight.Bold)
    hit.setForeground(accent)
    ranges: list[QTextLayout.FormatRange] = []
    start = 0
    for text, is_hit in segments:
        length = _utf16_length(text)
        if is_hit:
            mark = QTextLayout.FormatRange()
            mark.start, mark.length, mark.format = start, length, hit
            ranges.append(mark)
        start += length
    layout = QTextLayout(snippet_text(segments), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout
