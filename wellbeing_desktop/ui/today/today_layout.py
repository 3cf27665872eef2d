"""How the Today page is laid out: one calm column under the date header, and its Tab order.

Kept apart from ``today_view`` (which holds the day's logic): the cards' spacing, the
staircase card's parts and the order Tab runs in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStyle, QVBoxLayout, QWidget
from shiboken6 import isValid

from wellbeing_desktop.ui.common.page import page_scroll_area
from wellbeing_desktop.ui.common.widgets import Card

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QLabel, QScrollArea

    from wellbeing_desktop.ui.today.signals_panel import SignalsPanel
    from wellbeing_desktop.ui.today.staircase import Staircase
    from wellbeing_desktop.ui.today.today_view import TodayView

MAX_COLUMN = 1000  # px: wider lines and bars only get harder to read


def stairs_card(staircase: Staircase, credit: QLabel, signals: SignalsPanel) -> Card:
    """The question with the step's meaning beside it, the steps, the credit, the signals."""
    small = credit.font()
    small.setPointSizeF(small.pointSizeF() * 0.9)
    credit.setFont(small)
    card = Card()
    head = QHBoxLayout()
    head.setSpacing(18)
    card.body.removeWidget(card.title)
    head.addWidget(card.title, 0, Qt.AlignmentFlag.AlignTop)
    head.addWidget(staircase.description, 1)
    card.body.insertLayout(0, head)
    card.body.addWidget(staircase)
    card.body.addWidget(credit)
    card.body.addSpacing(2)
    card.body.addWidget(signals)
    return card


def lay_out_page(
    page: QWidget, header: QWidget, *, sections: Sequence[QWidget], cards: Sequence[Card]
) -> tuple[QWidget, QScrollArea]:
    """The header on top, ``sections`` in a centred column that scrolls under it.

    Tight enough that the core of a day (time, step, demands and resources, energy, the
    first lines of the reflection) shows at 1366×728 without scrolling. Never wider than
    the page: a section with ``fit_width(px)`` is told the column's width as it changes and
    rearranges itself (the time rows into one column, demands over resources). Returns the
    column's content widget and its scroll area.
    """
    top = QWidget()
    top_layout = QHBoxLayout(top)
    # The page scrolls under the header: leave room for its scroll bar, so they line up.
    bar = page.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    top_layout.setContentsMargins(28, 10, 28 + bar, 4)
    header.setMaximumWidth(MAX_COLUMN)
    top_layout.addWidget(header)
    content = QWidget()
    column_widget = QWidget()
    column_widget.setMaximumWidth(MAX_COLUMN)
    column = QVBoxLayout(column_widget)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(8)
    for card in cards:
        card.body.setContentsMargins(18, 10, 18, 10)
        card.body.setSpacing(8)
    for widget in sections:
        column.addWidget(widget)
    column.addStretch(1)
    centred = QHBoxLayout(content)
    centred.setContentsMargins(28, 4, 28, 24)
    centred.addWidget(column_widget)
    scroll = page_scroll_area(content)
    watch = _WidthWatch(scroll, [*sections, *cards], sides=56)
    scroll.viewport().installEventFilter(watch)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(top)
    layout.addWidget(scroll, 1)
    return content, scroll


def least_width(widget: QWidget) -> int:
    """The least width of ``widget`` as its layout now stands (not as last laid out)."""
    layout = widget.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    return widget.minimumSizeHint().width()


class _WidthWatch(QObject):
    """Tells the sections with a ``fit_width(px)`` how wide the column is, as it changes.

    So a section can rearrange itself (two columns into one) before it would be wider
    than the page: the page never scrolls sideways and nothing is cut off at its right.
    """

    def __init__(self, scroll: QScrollArea, sections: Sequence[QWidget], *, sides: int) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        self._sections = list(dict.fromkeys(sections))
        self._sides = sides
        self._width = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ``getattr``: as page._FitsWidth, an event can come while the collector clears us.
        if event.type() == QEvent.Type.Resize and getattr(self, "_scroll", None) is not None:
            width = min(MAX_COLUMN, self._scroll.viewport().width() - self._sides)
            if width != self._width:
                self._width = width
                for section in self._sections:
                    fit = getattr(section, "fit_width", None)
                    if fit is not None:
                        fit(width)
        return False


def fix_tab_order(view: TodayView) -> None:
    """Top to bottom; widgets made later (a category's row) would otherwise come last."""
    header = view.header
    chain: list[QWidget] = [
        header.previous,
        header.date_button,
        header.next,
        header.today_button,
        header.who5_button,
        view.banners.who5_button,
        *view.proposal.buttons,
        *view.time.spins.values(),
        view.staircase,
        *view.signals.tab_stops(),
        view.balance.demands.slider,
        *view.balance.demand_items.chips,
        view.balance.demand_items.add_button,
        view.balance.resources.slider,
        *view.balance.resource_items.chips,
        view.balance.resource_items.add_button,
        view.balance.energy,
        view.reflection.use_prompt,
        view.reflection.another,
        view.reflection.editor,
        view.reflection.tags,
        view.reflection.share,
    ]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


def follow_focus(view: TodayView) -> None:
    """The page scrolls to the field the keyboard goes to, and down with the editor's cursor."""
    _FollowFocus(view)


class _FollowFocus(QObject):
    """Tabbing (or a shortcut) to a field below or above the fold scrolls it into view.

    The reflection's editor grows instead of scrolling, so the page follows its cursor.
    A child of the view: its connections go with it.
    """

    def __init__(self, view: TodayView) -> None:
        super().__init__(view)
        self._view = view
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        view.reflection.editor.cursorPositionChanged.connect(
            lambda: QTimer.singleShot(0, self, self._follow_cursor)
        )

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        view = self._view
        if (
            new is None
            or not isValid(view)
            or not view.isVisible()
            or not view.content.isAncestorOf(new)
            or new is view.reflection.editor  # it grows: _follow_cursor keeps its cursor seen
        ):
            return
        view.page_scroll.ensureWidgetVisible(new, 16, 16)

    def _follow_cursor(self) -> None:
        view = self._view
        editor = view.reflection.editor
        if editor.hasFocus():
            rect = editor.cursorRect()
            point = editor.viewport().mapTo(view.content, rect.center())
            view.page_scroll.ensureVisible(point.x(), point.y(), 8, rect.height() + 24)
