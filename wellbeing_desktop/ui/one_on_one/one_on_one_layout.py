"""The 1:1 view's widgets and their layout (the view, one_on_one_view.py, adds words and wiring).

Left: the meetings. Right, in a scroll area: the selected meeting with its period, the
agenda as blocks, and the notes and action items after the meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.ui.common.page import PageView
from wellbeing_desktop.ui.common.style import is_dark
from wellbeing_desktop.ui.common.wheel import guard_wheel
from wellbeing_desktop.ui.common.widgets import Card, muted, page_title, warning_style
from wellbeing_desktop.ui.one_on_one.one_on_one_lists import ActionList, AgendaList, MeetingList
from wellbeing_desktop.ui.one_on_one.one_on_one_models import (
    ActionModel,
    AgendaModel,
    MeetingListModel,
)
from wellbeing_desktop.ui.sparring.sparring_form import DateField

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession

LEFT_WIDTH = 240
MAX_COLUMN = 860  # px: the right column stops growing here


def _button(secondary_disabled: bool = True) -> QPushButton:
    button = QPushButton()
    if secondary_disabled:
        # The app's style sheet gives every widget one text colour, disabled or not.
        button.setStyleSheet(
            "QPushButton:disabled { color: %s; }" % ("#6b6f76" if is_dark() else "#a9acb1")
        )
    return button


def _small_heading() -> QLabel:
    label = QLabel()
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class OneOnOneLayout(PageView):
    """The 1:1 page's widgets, laid out; no words and no behaviour."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, tasks, parent)
        language = session.language
        header = self._build_header()
        self._build_meetings(language)
        self._build_meeting_card()
        self._build_agenda_card(language)
        self._build_after_card(language)
        self._build_page(header)
        self._fix_tab_order()

    def _build_header(self) -> QHBoxLayout:
        self.title = page_title()
        self.saved = QLabel()
        self.saved.setObjectName("savedIndicator")
        self.shared_button = QPushButton()
        self.coach_button = QPushButton()
        self.new_button = QPushButton()
        self.new_button.setObjectName("primary")
        self.intro = muted()
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.saved, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        for button in (self.shared_button, self.coach_button, self.new_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def _build_meetings(self, language: Language) -> None:
        """The left column: the meetings."""
        self.meetings_card = Card()
        self.meetings = MeetingListModel(language, self)
        self.meeting_list = MeetingList()
        self.meeting_list.setModel(self.meetings)
        self.no_meetings = muted()
        self.delete_button = _button()
        left_actions = QHBoxLayout()
        left_actions.addStretch(1)
        left_actions.addWidget(self.delete_button)
        self.meetings_card.body.addWidget(self.meeting_list, 1)
        self.meetings_card.body.addWidget(self.no_meetings)
        self.meetings_card.body.addStretch(0)
        self.meetings_card.body.addLayout(left_actions)
        self.meetings_card.setFixedWidth(LEFT_WIDTH)

    def _build_meeting_card(self) -> None:
        """The selected meeting's heading, its period and the draft button."""
        self.pick_card = Card()
        self.pick_note = muted()
        self.pick_card.body.addWidget(self.pick_note)

        self.meeting_card = Card()
        self.meeting_title = QLabel()
        self.meeting_title.setObjectName("meetingTitle")
        self.meeting_title.setWordWrap(True)
        title_font = self.meeting_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.meeting_title.setFont(title_font)
        self.edit_button = _button()
        self.meeting_day = muted()
        top_row = QHBoxLayout()
        top_row.addWidget(self.meeting_title, 1)
        top_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.period_label = _small_heading()
        self.from_label = QLabel()
        self.period_from = DateField()
        self.to_label = QLabel()
        self.period_to = DateField()
        self.from_label.setBuddy(self.period_from)
        self.to_label.setBuddy(self.period_to)
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("primary")
        period_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        period_row.setSpacing(8)
        period_row.addWidget(self.period_label)
        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addSpacing(6)
        dates.addWidget(self.from_label)
        dates.addWidget(self.period_from)
        dates.addSpacing(4)
        dates.addWidget(self.to_label)
        dates.addWidget(self.period_to)
        dates.addStretch(1)
        period_row.addLayout(dates, 1)
        self.period_hint = muted()
        draft_row = QHBoxLayout()
        draft_row.setSpacing(12)
        draft_row.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignTop)
        draft_row.addWidget(self.period_hint, 1)
        self.meeting_card.body.addLayout(top_row)
        self.meeting_card.body.addWidget(self.meeting_day)
        self.meeting_card.body.addSpacing(4)
        self.meeting_card.body.addLayout(period_row)
        self._period_row = period_row
        self.meeting_card.body.addLayout(draft_row)

    def _build_agenda_card(self, language: Language) -> None:
        self.agenda_card = Card()
        self.agenda = AgendaModel(language, self)
        self.agenda_list = AgendaList(self.agenda)
        self.agenda_empty = muted()
        self.agenda_hint = muted()
        small = self.agenda_hint.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.agenda_hint.setFont(small)
        self.add_point_button = _button()
        self.up_button = _button()
        self.down_button = _button()
        self.up_button.setText("↑")
        self.down_button.setText("↓")
        for arrow in (self.up_button, self.down_button):
            arrow.setFixedWidth(40)
        self.remove_point_button = _button()
        self.print_button = _button()
        self.export_button = _button()
        agenda_actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        agenda_actions.setSpacing(6)
        edit_row, out_row = QHBoxLayout(), QHBoxLayout()
        for row in (edit_row, out_row):
            row.setSpacing(6)
            agenda_actions.addLayout(row)
        for button in (
            self.add_point_button,
            self.up_button,
            self.down_button,
            self.remove_point_button,
        ):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        out_row.addStretch(1)
        out_row.addWidget(self.print_button)
        out_row.addWidget(self.export_button)
        # On a narrow window these rows fold into two lines each (see _fit_rows).
        self._folding_rows = [agenda_actions]
        self.agenda_card.body.addWidget(self.agenda_list)
        self.agenda_card.body.addWidget(self.agenda_empty)
        self.agenda_card.body.addWidget(self.agenda_hint)
        self.agenda_card.body.addLayout(agenda_actions)

    def _build_after_card(self, language: Language) -> None:
        """After the meeting: the notes and the action items."""
        self.after_card = Card()
        self.notes_label = _small_heading()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("meetingNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.notes.setFixedHeight(130)
        self.notes_label.setBuddy(self.notes)
        self.actions_label = _small_heading()
        self.action_model = ActionModel(language, self)
        self.action_list = ActionList(self.action_model)
        self.actions_empty = muted()
        self.add_action_button = _button()
        self.remove_action_button = _button()
        action_row = QHBoxLayout()
        action_row.setSpacing(6)
        action_row.addWidget(self.add_action_button)
        action_row.addWidget(self.remove_action_button)
        action_row.addStretch(1)
        self.after_card.body.addWidget(self.notes_label)
        self.after_card.body.addWidget(self.notes)
        self.after_card.body.addSpacing(6)
        self.after_card.body.addWidget(self.actions_label)
        self.after_card.body.addWidget(self.action_list)
        self.after_card.body.addWidget(self.actions_empty)
        self.after_card.body.addLayout(action_row)

    def _build_page(self, header: QHBoxLayout) -> None:
        """The right column in a scroll area beside the meetings, under the header."""
        self.message = QLabel()
        self.message.setObjectName("oneOnOneMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(warning_style())
        self.message.hide()

        self.content = QWidget()
        column_widget = QWidget()
        column_widget.setMaximumWidth(MAX_COLUMN)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        for widget in (
            self.message,
            self.pick_card,
            self.meeting_card,
            self.agenda_card,
            self.after_card,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        content_layout = QHBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 16, 4)
        content_layout.addWidget(column_widget)
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setWidget(self.content)
        guard_wheel(self.content)  # scrolling past the period's dates never moves them
        self._folding_rows.append(self._period_row)
        self._one_line_width = 0
        self.page_scroll.viewport().installEventFilter(self)
        self.content.installEventFilter(self)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.meetings_card)
        body.addWidget(self.page_scroll, 1)
        outer = QVBoxLayout(self)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        outer.setContentsMargins(28, 22, 28 - min(bar, 12), 20)
        outer.setSpacing(10)
        outer.addLayout(header)
        outer.addWidget(self.intro)
        outer.addSpacing(4)
        outer.addLayout(body, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.Resize and watched is self.page_scroll.viewport()) or (
            kind == QEvent.Type.LayoutRequest and watched is self.content
        ):
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        """Rows of buttons and dates on one line if the column is wide enough, else two.

        So the right column is never wider than its scroll area (which does not scroll
        sideways): nothing is cut off at the right of a narrow window. The width on one
        line is measured while the rows are on one line (a switch would ask again).
        """
        rows = self._folding_rows
        room = self.page_scroll.viewport().width()
        if rows[0].direction() == QBoxLayout.Direction.LeftToRight:
            layout = self.content.layout()
            if layout is not None:
                layout.activate()
            self._one_line_width = self.content.minimumSizeHint().width()
            if self._one_line_width > room:
                for row in rows:
                    row.setDirection(QBoxLayout.Direction.TopToBottom)
        elif self._one_line_width <= room:
            for row in rows:
                row.setDirection(QBoxLayout.Direction.LeftToRight)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.shared_button,
            self.coach_button,
            self.new_button,
            self.meeting_list,
            self.delete_button,
            self.edit_button,
            self.period_from,
            self.period_to,
            self.draft_button,
            self.agenda_list,
            self.add_point_button,
            self.up_button,
            self.down_button,
            self.remove_point_button,
            self.print_button,
            self.export_button,
            self.notes,
            self.action_list,
            self.add_action_button,
            self.remove_action_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.meeting_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
