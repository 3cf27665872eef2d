"""The Journal page's two cards.

The Journal page's two cards: the calendar with its metric toggle and legend, and the
list of days (or search results) with its status lines. Widgets and layout only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.ui.common.page import page_scroll_area
from wellbeing_desktop.ui.common.single_choice import single_choice
from wellbeing_desktop.ui.common.style import ACCENT, readable_accent
from wellbeing_desktop.ui.common.widgets import Card
from wellbeing_desktop.ui.journal.journal_calendar import JournalCalendar, Legend
from wellbeing_desktop.ui.journal.journal_delegate import JournalRowDelegate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QPaintEvent

    from wellbeing_desktop.ui.journal.journal_models import JournalListModel

_LIST_STYLE = """
QListView#journalList { background: transparent; border: none; }
QListView#journalList QScrollBar:vertical { background: transparent; width: 10px; margin: 0; }
QListView#journalList QScrollBar::handle:vertical {
    background: rgba(128, 128, 128, 90); border-radius: 4px; min-height: 28px; margin: 1px;
}
QListView#journalList QScrollBar::add-line, QListView#journalList QScrollBar::sub-line {
    height: 0; width: 0;
}
QListView#journalList QScrollBar::add-page, QListView#journalList QScrollBar::sub-page {
    background: transparent;
}
"""
# The two halves of the metric toggle: one pill, the chosen half filled with the accent.
_SEGMENT_STYLE = f"""
QPushButton {{
    border: 1px solid {ACCENT}; padding: 5px 14px; color: {ACCENT}; background: transparent;
    border-radius: 0;
}}
QPushButton#segmentFirst {{ border-top-left-radius: 6px; border-bottom-left-radius: 6px; }}
QPushButton#segmentLast {{
    border-top-right-radius: 6px; border-bottom-right-radius: 6px; border-left: none;
}}
QPushButton:checked {{ background: {ACCENT}; color: white; }}
QPushButton:focus:!checked {{ background: rgba(61, 126, 166, 40); }}
QPushButton:focus:checked {{ background: #2f6a8e; }}
"""


class CalendarCard(Card):
    """The month calendar, "colour the days by" with its two-way toggle, and the legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.calendar = JournalCalendar()
        self.colour_by = QLabel()
        self.colour_by.setObjectName("muted")
        self.metric_step = QPushButton()
        self.metric_share = QPushButton()
        self.metric_group = QButtonGroup(self)
        self.metric_group.setExclusive(True)
        for button, name in (
            (self.metric_step, "segmentFirst"),
            (self.metric_share, "segmentLast"),
        ):
            button.setCheckable(True)
            button.setObjectName(name)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(readable_accent(_SEGMENT_STYLE))
            self.metric_group.addButton(button)
        single_choice((self.metric_step, self.metric_share))
        self.metric_step.setChecked(True)
        toggle = QHBoxLayout()
        toggle.setSpacing(0)
        toggle.addWidget(self.metric_step)
        toggle.addWidget(self.metric_share)
        toggle.addStretch(1)
        self.legend = Legend()
        self.body.addWidget(self.calendar)
        self.body.addSpacing(4)
        self.body.addWidget(self.colour_by)
        self.body.addLayout(toggle)
        self.body.addWidget(self.legend)
        self.body.addStretch(1)
        self.setFixedWidth(340)


class JournalList(QListView):
    """The list of days or hits; it can call back once it has painted (``call_after_paint``).

    The calendar follows the current row that way: a hit in another month reads that
    month from the journal, which must not hold up the results on screen.
    """

    _soon = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._after_paint: Callable[[], None] | None = None
        # Queued: it runs once the paint pass is over and the list is on screen.
        self._soon.connect(self._call, Qt.ConnectionType.QueuedConnection)

    def call_after_paint(self, callback: Callable[[], None] | None) -> None:
        """Call ``callback`` after the next paint (soon, if hidden); None forgets it."""
        self._after_paint = callback
        if callback is not None and not self.isVisible():
            self._soon.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint is not None:
            self._soon.emit()

    def _call(self) -> None:
        callback, self._after_paint = self._after_paint, None
        if callback is not None:
            callback()


def _muted_line() -> QLabel:
    label = QLabel()
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class ListCard(Card):
    """The card with the days of the month or the search results.

    The days of the month or the search results, with a status line above, an error
    line, a plain sentence instead of an empty list, and a hint below.
    """

    def __init__(self, model: JournalListModel, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.list_view = JournalList()
        self.list_view.setObjectName("journalList")
        self.list_view.setModel(model)
        self.list_view.setItemDelegate(JournalRowDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setMouseTracking(True)
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.list_view.setStyleSheet(_LIST_STYLE)
        self.list_view.setMinimumHeight(220)
        self.status = _muted_line()
        self.empty = _muted_line()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(12, 48, 12, 24)
        self.hint = _muted_line()
        self.message = QLabel()
        self.message.setObjectName("savedIndicator")
        self.message.setProperty("state", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.body.addWidget(self.status)
        self.body.addWidget(self.message)
        # The list, or (when there is nothing to list) a plain sentence saying so.
        self.list_pages = QStackedWidget()
        self.list_pages.addWidget(self.list_view)
        self.list_pages.addWidget(self.empty)
        self.body.addWidget(self.list_pages, 1)
        self.body.addWidget(self.hint)


def lay_out_page(
    page: QWidget, top: QHBoxLayout, calendar_card: QWidget, list_card: QWidget
) -> QScrollArea:
    """The title and search above, the calendar card left of the list card; it scrolls."""
    columns = QHBoxLayout()
    columns.setSpacing(20)
    columns.addWidget(calendar_card, 0, Qt.AlignmentFlag.AlignTop)
    columns.addWidget(list_card, 1)

    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(30, 26, 30, 26)
    layout.setSpacing(18)
    layout.addLayout(top)
    layout.addLayout(columns, 1)
    scroll = page_scroll_area(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
