"""The 1:1 view: the meetings by date on the left, the selected one on the right.

On the right: the period and a drafted agenda as reorderable blocks (each showing where a
drafted point came from), then the notes and action items after the meeting. Everything
saves itself a moment after the user stops, and at once on navigation and lock.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import ActionItem, ExportRecord, Language, OneOnOne
from wellbeing_desktop.services import one_on_one_prep
from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import build_report
from wellbeing_desktop.ui.coach.coach_dialog import CoachSummaryDialog
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.locale_format import time_text
from wellbeing_desktop.ui.common.qt_dates import from_qdate, to_qdate
from wellbeing_desktop.ui.common.style import is_dark
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import tr, translatable
from wellbeing_desktop.ui.common.widgets import Card, muted, page_title, warning_style
from wellbeing_desktop.ui.export_log.export_log_files import (
    choose_export_file,
    describe_write_error,
    write_and_record,
)
from wellbeing_desktop.ui.export_log.export_log_view import ExportLogDialog
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.one_on_one.one_on_one_form import MeetingDialog
from wellbeing_desktop.ui.one_on_one.one_on_one_lists import ActionList, AgendaList, MeetingList
from wellbeing_desktop.ui.one_on_one.one_on_one_models import (
    ActionModel,
    AgendaBlock,
    AgendaModel,
    MeetingListModel,
    counted,
    long_day,
)
from wellbeing_desktop.ui.one_on_one.one_on_one_print import (
    print_to_file,
    prints_to_file,
    shareable_document,
)
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.sparring.sparring_form import DateField

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

AUTOSAVE_MS = 1200
LEFT_WIDTH = 240
MAX_COLUMN = 860  # px: the right column stops growing here
FILE_STEM = translatable("one_on_one_view", "leader-pulse")


def ask(parent: QWidget, title: str, question: str, yes: str, no: str) -> bool:
    """A calm yes/no question; tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


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


class OneOnOneView(QWidget):
    """Prepare, hold and remember 1:1 meetings; reaches the coach summary and export log."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._session = session
        self._tasks = tasks
        self._meeting: OneOnOne | None = None  # the selected meeting as last stored
        self._dirty = False
        self._loading = False
        self._generation = 0  # bumped on every load and on lock: late drafts are dropped
        self._drafting = False
        self._exporting = False
        # Per meeting, held only while unlocked: the period chosen and the drafted blocks
        # (the journal keeps the agenda's words; where a point came from lives here).
        self._periods: dict[int, tuple[date, date]] = {}
        self._blocks: dict[int, list[AgendaBlock]] = {}
        self._status_render: Callable[[Language], str] | None = None
        self._status_error = False
        self.form: MeetingDialog | None = None
        self.coach_dialog: CoachSummaryDialog | None = None
        self.log_dialog: ExportLogDialog | None = None
        language = session.language

        # -- header
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

        # -- left: the meetings
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

        # -- right: the selected meeting
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
        period_row = QHBoxLayout()
        period_row.setSpacing(8)
        period_row.addWidget(self.period_label)
        period_row.addSpacing(6)
        period_row.addWidget(self.from_label)
        period_row.addWidget(self.period_from)
        period_row.addSpacing(4)
        period_row.addWidget(self.to_label)
        period_row.addWidget(self.period_to)
        period_row.addStretch(1)
        self.period_hint = muted()
        draft_row = QHBoxLayout()
        draft_row.setSpacing(12)
        draft_row.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignTop)
        draft_row.addWidget(self.period_hint, 1)
        self.meeting_card.body.addLayout(top_row)
        self.meeting_card.body.addWidget(self.meeting_day)
        self.meeting_card.body.addSpacing(4)
        self.meeting_card.body.addLayout(period_row)
        self.meeting_card.body.addLayout(draft_row)

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
        agenda_actions = QHBoxLayout()
        agenda_actions.setSpacing(6)
        for button in (
            self.add_point_button,
            self.up_button,
            self.down_button,
            self.remove_point_button,
        ):
            agenda_actions.addWidget(button)
        agenda_actions.addStretch(1)
        agenda_actions.addWidget(self.print_button)
        agenda_actions.addWidget(self.export_button)
        self.agenda_card.body.addWidget(self.agenda_list)
        self.agenda_card.body.addWidget(self.agenda_empty)
        self.agenda_card.body.addWidget(self.agenda_hint)
        self.agenda_card.body.addLayout(agenda_actions)

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

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

        self._fix_tab_order()
        self.new_button.clicked.connect(self.new_meeting)
        self.coach_button.clicked.connect(self.open_coach_summary)
        self.shared_button.clicked.connect(self.open_export_log)
        self.delete_button.clicked.connect(self.delete_selected)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.draft_button.clicked.connect(self.draft)
        self.add_point_button.clicked.connect(self.add_point)
        self.up_button.clicked.connect(lambda: self._move_point(-1))
        self.down_button.clicked.connect(lambda: self._move_point(1))
        self.remove_point_button.clicked.connect(self._remove_point)
        self.add_action_button.clicked.connect(self.add_action)
        self.remove_action_button.clicked.connect(self._remove_action)
        self.print_button.clicked.connect(self.print_agenda)
        self.export_button.clicked.connect(self.export_report)
        self.meeting_list.selectionModel().currentChanged.connect(self._current_changed)
        self.agenda.edited.connect(self._edited)
        self.agenda.edited.connect(self._update_buttons)
        self.action_model.edited.connect(self._edited)
        self.action_model.edited.connect(self._update_buttons)
        self.notes.textChanged.connect(self._edited)
        self.period_from.dateChanged.connect(self._period_edited)
        self.period_to.dateChanged.connect(self._period_edited)
        self.agenda_list.editing_finished.connect(self._point_edit_done)
        self.action_list.editing_finished.connect(self._action_edit_done)
        self.agenda_list.selectionModel().currentChanged.connect(self._update_buttons)
        self.action_list.selectionModel().currentChanged.connect(self._update_buttons)
        for keys, slot in (
            ("Ctrl+N", self.new_meeting),
            ("Ctrl+S", self.save_now),
            ("Ctrl+P", self.print_agenda),
            ("Ctrl+Shift+N", self.add_point),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        session.opened.connect(self.refresh)
        session.closing.connect(self.save_now)
        session.closed.connect(self.clear)
        session.changed.connect(self._journal_changed)
        session.language_changed.connect(self.retranslate)
        self.retranslate(language)
        if session.is_open:
            self.refresh()
        else:
            self.clear()

    # --- words ------------------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.title.setText(tr(strings.ONE_ON_ONE, language))
        self.intro.setText(tr(words.INTRO, language))
        self.new_button.setText(f"+ {tr(words.NEW, language)}")
        self.new_button.setAccessibleName(tr(words.NEW, language))
        self.new_button.setToolTip(tr(words.NEW_TIP, language))
        self.coach_button.setText(tr(words.COACH, language))
        self.coach_button.setToolTip(tr(words.COACH_TIP, language))
        self.shared_button.setText(tr(words.SHARED, language))
        self.shared_button.setToolTip(tr(words.SHARED_TIP, language))
        self.meetings_card.set_title(tr(words.MEETINGS, language))
        self.meetings.set_language(language)
        self.meeting_list.upcoming_word[0] = tr(words.UPCOMING, language)
        self.meeting_list.setAccessibleName(tr(words.MEETINGS, language))
        self.no_meetings.setText(tr(words.NO_MEETINGS, language))
        self.delete_button.setText(tr(words.DELETE, language))
        self.delete_button.setToolTip(tr(words.DELETE_TIP, language))
        self._show_pick_note()
        self.edit_button.setText(tr(words.EDIT_MEETING, language))
        self.edit_button.setToolTip(tr(words.EDIT_MEETING_TIP, language))
        self.period_label.setText(tr(words.PERIOD, language))
        for label, field, texts in (
            (self.from_label, self.period_from, words.PERIOD_FROM),
            (self.to_label, self.period_to, words.PERIOD_TO),
        ):
            label.setText(tr(texts, language))
            field.setAccessibleName(tr(texts, language))
            field.set_language(language)
        self.period_hint.setText(tr(words.PERIOD_HINT, language))
        self.draft_button.setText(tr(words.DRAFTING if self._drafting else words.DRAFT, language))
        self.draft_button.setAccessibleName(tr(words.DRAFT, language))
        self.draft_button.setToolTip(tr(words.DRAFT_TIP, language))
        self.agenda_card.set_title(tr(words.AGENDA, language))
        self.agenda.set_language(language)
        self.agenda_list.setAccessibleName(tr(words.AGENDA, language))
        self.agenda_empty.setText(tr(words.AGENDA_EMPTY, language))
        self.agenda_hint.setText(tr(words.AGENDA_HINT, language))
        self.add_point_button.setText(f"+ {tr(words.ADD_POINT, language)}")
        self.add_point_button.setAccessibleName(tr(words.ADD_POINT, language))
        self.add_point_button.setToolTip(tr(words.ADD_POINT_TIP, language))
        self.up_button.setAccessibleName(tr(words.MOVE_UP, language))
        self.up_button.setToolTip(tr(words.MOVE_UP_TIP, language))
        self.down_button.setAccessibleName(tr(words.MOVE_DOWN, language))
        self.down_button.setToolTip(tr(words.MOVE_DOWN_TIP, language))
        self.remove_point_button.setText(tr(words.REMOVE, language))
        self.remove_point_button.setToolTip(tr(words.REMOVE_POINT_TIP, language))
        self.export_button.setText(
            tr(words.EXPORTING if self._exporting else words.EXPORT, language)
        )
        self.print_button.setText(tr(words.PRINT, language))
        self.print_button.setToolTip(tr(words.PRINT_TIP, language))
        self.export_button.setToolTip(
            f"{tr(words.EXPORT_TIP, language)}. {tr(strings.EXPORT_WARNING, language)}"
        )
        self.after_card.set_title(tr(words.AFTER, language))
        self.notes_label.setText(tr(words.NOTES, language))
        self.notes.setAccessibleName(tr(words.NOTES, language))
        self.notes.setPlaceholderText(tr(words.NOTES_PLACEHOLDER, language))
        self.actions_label.setText(tr(words.ACTIONS, language))
        self.action_model.set_language(language)
        self.action_list.setAccessibleName(tr(words.ACTIONS, language))
        self.actions_empty.setText(tr(words.ACTIONS_EMPTY, language))
        self.add_action_button.setText(f"+ {tr(words.ADD_ACTION, language)}")
        self.add_action_button.setAccessibleName(tr(words.ADD_ACTION, language))
        self.add_action_button.setToolTip(tr(words.ADD_ACTION_TIP, language))
        self.remove_action_button.setText(tr(words.REMOVE, language))
        self.remove_action_button.setToolTip(tr(words.REMOVE_ACTION_TIP, language))
        self._show_meeting_heading()
        if self._status_render is not None:
            self._show_status(self._status_render, error=self._status_error)

    def _show_pick_note(self) -> None:
        words_for = words.PICK_MEETING if self.meetings.rowCount() else words.FIRST_MEETING
        self.pick_note.setText(tr(words_for, self._session.language))

    def _show_meeting_heading(self) -> None:
        meeting, language = self._meeting, self._session.language
        if meeting is None:
            self.meeting_title.clear()
            self.meeting_day.clear()
            return
        self.meeting_title.setText(tr(words.MEETING_TITLE, language).format(who=meeting.with_whom))
        day = long_day(meeting.held_on, language)
        if self._session.is_open and meeting.held_on > self._session.journal.today():
            day = f"{day}  ·  {tr(words.UPCOMING, language)}"
        self.meeting_day.setText(day)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        """Load the meetings; keep the selected one (or ``keep``) selected."""
        if not self._session.is_open:
            self.clear()
            return
        journal = self._session.journal
        try:
            meetings = journal.one_on_ones()
        except WellbeingError as exc:
            self._show_message(user_message(exc, self._session.language))
            return
        if keep is None and self._meeting is not None:
            keep = self._meeting.id
        self.meetings.set_meetings(meetings, journal.today())
        has = bool(meetings)
        self.meeting_list.setVisible(has)
        self.no_meetings.setVisible(not has)
        row = self.meetings.row_of(keep) if keep is not None else -1
        if row < 0 and has:
            row = self._suggested_row(meetings, journal.today())
        if row >= 0:
            self._select_row(row)
        else:
            self._load(None)
        self._update_buttons()

    @staticmethod
    def _suggested_row(meetings: list[OneOnOne], today: date) -> int:
        """The next meeting to prepare (the nearest upcoming one), else the newest."""
        upcoming = [i for i, m in enumerate(meetings) if m.held_on >= today]
        return upcoming[-1] if upcoming else 0

    def _select_row(self, row: int) -> None:
        selected = self.meetings.meeting(row)
        index = self.meetings.index(row)
        selection = self.meeting_list.selectionModel()
        if self.meeting_list.currentIndex() != index:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self._meeting != selected and not self._dirty:
            self._load(selected)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        meeting = self.meetings.meeting(current.row()) if current.isValid() else None
        if meeting is not None and self._meeting is not None and meeting.id == self._meeting.id:
            return
        if not self.save_now():
            # Stay on the meeting that could not be saved: what was typed must not be lost.
            row = self.meetings.row_of(self._meeting.id if self._meeting else None)
            if row >= 0:
                self._loading = True
                try:
                    self.meeting_list.selectionModel().setCurrentIndex(
                        self.meetings.index(row),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect,
                    )
                finally:
                    self._loading = False
            return
        self._load(meeting)

    def _load(self, meeting: OneOnOne | None) -> None:
        """Show a meeting (or none) in the right column; nothing here counts as an edit."""
        self._timer.stop()
        self._generation += 1
        self._set_drafting(False)
        self._loading = True
        try:
            self._meeting = meeting
            self._dirty = False
            shown = meeting is not None
            self.pick_card.setVisible(not shown and self._session.is_open)
            self._show_pick_note()
            for card in (self.meeting_card, self.agenda_card, self.after_card):
                card.setVisible(shown)
            if meeting is None:
                self.agenda.clear()
                self.action_model.clear()
                self.notes.clear()
            else:
                start, end = self._period_of(meeting)
                self.period_from.setDate(to_qdate(start))
                self.period_to.setDate(to_qdate(end))
                self.agenda.set_blocks(self._blocks_of(meeting))
                self.action_model.set_actions(meeting.actions)
                if self.notes.toPlainText() != meeting.notes:
                    self.notes.setPlainText(meeting.notes)
            self._show_meeting_heading()
        finally:
            self._loading = False
        self.message.hide()
        self._update_buttons()
        if meeting is not None:
            self._recover_sources(meeting)

    def _recover_sources(self, meeting: OneOnOne) -> None:
        """Find where unchanged drafted points came from (the journal keeps only the words).

        Drafts the meeting's period again in the background; a point whose words equal a
        drafted one gets that one's source (and block, which exports need to leave the
        reflections out). Edited points and the user's own stay without a source.
        """
        blocks = self.agenda.blocks()
        if not blocks or all(b.source for b in blocks) or meeting.id is None:
            return
        start, end = self.period()
        if end < start:
            return
        journal, language = self._session.journal, self._session.language
        generation = self._generation
        self._tasks.run(
            lambda: one_on_one_prep.draft_agenda(journal, start, end, language),
            lambda items: self._sources_found(generation, meeting.id, items),
            lambda _exc: None,  # a bonus: the agenda itself is shown and editable anyway
        )

    def _sources_found(
        self, generation: int, meeting_id: int | None, items: list[AgendaDraftItem]
    ) -> None:
        if generation != self._generation or self._meeting is None:
            return
        if self._meeting.id != meeting_id or meeting_id is None:
            return
        if self.agenda_list.state() == QAbstractItemView.State.EditingState:
            return  # never under the user's hands
        drafted = {item.text: item for item in items}
        found = [
            AgendaBlock(b.text, drafted[b.text].source, drafted[b.text].block)
            if not b.source and b.text in drafted
            else b
            for b in self.agenda.blocks()
        ]
        if self.agenda.set_sources(found):
            self._blocks[meeting_id] = found

    def _blocks_of(self, meeting: OneOnOne) -> list[AgendaBlock]:
        """The agenda's points, with the source of those drafted while the journal was open."""
        known = list(self._blocks.get(meeting.id or -1, []))
        blocks: list[AgendaBlock] = []
        for text in meeting.agenda:
            match = next((b for b in known if b.text.strip() == text), None)
            if match is not None:
                known.remove(match)
            blocks.append(AgendaBlock(text, match.source if match else ""))
        return blocks

    def _period_of(self, meeting: OneOnOne) -> tuple[date, date]:
        if meeting.id is not None and meeting.id in self._periods:
            return self._periods[meeting.id]
        return self._default_period(meeting)

    def _default_period(self, meeting: OneOnOne) -> tuple[date, date]:
        """Since the 1:1 before this one, that day included (as ``default_period`` counts).

        A meeting today or ahead is prepared from the days up to today; a past one from
        the days before it.
        """
        journal = self._session.journal
        if meeting.held_on >= journal.today():
            return one_on_one_prep.default_period(journal)
        end = meeting.held_on - timedelta(days=1)
        earlier = [m.held_on for m in self.meetings.meetings() if m.held_on < meeting.held_on]
        start = max(earlier) if earlier else end - timedelta(days=one_on_one_prep.DEFAULT_DAYS - 1)
        return min(start, end), end

    def clear(self) -> None:
        """The journal locked: no widget may keep a word of it."""
        self._timer.stop()
        self._generation += 1
        self._periods.clear()
        self._blocks.clear()
        self._loading = True
        try:
            self._meeting = None
            self._dirty = False
            self.meetings.clear()
            self.agenda.clear()
            self.action_model.clear()
            self.notes.clear()
            self.meeting_title.clear()
            self.meeting_day.clear()
        finally:
            self._loading = False
        self._set_drafting(False)
        for card in (self.pick_card, self.meeting_card, self.agenda_card, self.after_card):
            card.hide()
        self.meeting_list.hide()
        self.no_meetings.show()
        self.message.clear()
        self.message.hide()
        self._status_render = None
        self.saved.clear()
        for dialog in (self.form, self.coach_dialog, self.log_dialog):
            if dialog is not None:
                dialog.reject()
        self.form = None
        self._update_buttons()

    def _journal_changed(self, change: Change, initiator: object) -> None:
        if initiator is self or not self._session.is_open:
            return
        if change is Change.ONE_ON_ONE:
            self.save_now()
            self.refresh()
        elif change is Change.SETTINGS:
            self._show_meeting_heading()

    # --- saving -----------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or self._meeting is None:
            return
        self._dirty = True
        self._show_status(lambda lang: tr(words.SAVING, lang))
        self._timer.start()

    def _current_form(self) -> OneOnOne | None:
        if self._meeting is None:
            return None
        return dataclasses.replace(
            self._meeting,
            agenda=self.agenda.texts(),
            notes=self.notes.toPlainText().strip(),
            actions=self.action_model.actions(),
        )

    def save_now(self) -> bool:
        """Save the selected meeting now if it changed; ``False`` if it could not be saved."""
        self._timer.stop()
        if not self._dirty or self._meeting is None or not self._session.is_open:
            return True
        meeting = self._current_form()
        assert meeting is not None
        try:
            saved = self._session.journal.save_one_on_one(meeting)
        except WellbeingError as exc:
            reason = user_message(exc, self._session.language)
            self._show_status(
                lambda lang: tr(words.NOT_SAVED, lang).format(reason=reason), error=True
            )
            return False
        self._meeting = saved
        self._dirty = False
        if saved.id is not None:
            self._blocks[saved.id] = self.agenda.blocks()
        self.meetings.replace_meeting(saved)
        self._session.notify(Change.ONE_ON_ONE, self)
        saved_at = datetime.now()
        self._show_status(lambda lang: tr(words.SAVED, lang).format(time=time_text(saved_at, lang)))
        return True

    def _show_status(self, render: Callable[[Language], str], *, error: bool = False) -> None:
        self._status_render, self._status_error = render, error
        self.saved.setText(render(self._session.language))
        self.saved.setProperty("state", "error" if error else "")
        self.saved.style().unpolish(self.saved)
        self.saved.style().polish(self.saved)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()  # navigating away saves at once
        super().hideEvent(event)

    # --- meetings ---------------------------------------------------------------------------

    def new_meeting(self) -> None:
        self._open_form(None)

    def edit_meeting(self) -> None:
        if self._meeting is not None:
            self._open_form(self._meeting)

    def _open_form(self, meeting: OneOnOne | None) -> None:
        if not self._session.is_open or self.form is not None:
            return
        self.save_now()
        if meeting is not None:
            meeting = self._meeting  # as just saved
        names = [m.with_whom for m in self.meetings.meetings()]
        form = MeetingDialog(
            self._session, meeting, default_name=names[0] if names else "", parent=self
        )
        self.form = form
        form.finished.connect(lambda _result: self._form_closed(form))
        form.open()

    def _form_closed(self, form: MeetingDialog) -> None:
        saved = form.saved
        self.form = None
        form.deleteLater()
        if saved is None or not self._session.is_open:
            return
        if self._meeting is not None and self._meeting.id == saved.id:
            self._meeting = saved
            if saved.id is not None:
                self._periods.pop(saved.id, None)  # a new date: a new default period
        self.refresh(keep=saved.id)
        self.draft_button.setFocus()

    def delete_selected(self) -> None:
        meeting = self._meeting
        if meeting is None or meeting.id is None or not self._session.is_open:
            return
        language = self._session.language
        question = tr(words.DELETE_QUESTION, language).format(
            who=meeting.with_whom, day=long_day(meeting.held_on, language)
        )
        if not ask(
            self,
            tr(words.DELETE_TITLE, language),
            question,
            tr(words.DELETE, language).rstrip("…"),
            tr(words.CANCEL, language),
        ):
            return
        row = self.meetings.row_of(meeting.id)
        try:
            self._session.journal.delete_one_on_one(meeting.id)
        except WellbeingError as exc:
            self._show_message(user_message(exc, self._session.language))
            return
        self._timer.stop()
        self._dirty = False
        self._periods.pop(meeting.id, None)
        self._blocks.pop(meeting.id, None)
        self._meeting = None
        self._session.notify(Change.ONE_ON_ONE, self)
        remaining = [m for m in self.meetings.meetings() if m.id != meeting.id]
        keep = remaining[min(row, len(remaining) - 1)].id if remaining else None
        self.refresh(keep=keep)
        if remaining:
            self.meeting_list.setFocus()
        else:
            self.new_button.setFocus()

    # --- the agenda -------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return from_qdate(self.period_from.date()), from_qdate(self.period_to.date())

    def _period_edited(self) -> None:
        if self._loading or self._meeting is None or self._meeting.id is None:
            return
        self._periods[self._meeting.id] = self.period()

    def draft(self) -> None:
        """Fill the agenda from the period (asking first if it already has points)."""
        meeting = self._meeting
        if meeting is None or not self._session.is_open or self._drafting:
            return
        language = self._session.language
        start, end = self.period()
        if end < start:
            self._show_message(tr(words.PERIOD_BACKWARDS, language))
            return
        existing = len(self.agenda.texts())
        if existing and not ask(
            self,
            tr(words.REPLACE_TITLE, language),
            tr(words.REPLACE_QUESTION, language).format(
                points=counted(existing, words.ONE_POINT, words.POINTS, language)
            ),
            tr(words.REPLACE, language),
            tr(words.CANCEL, language),
        ):
            return
        self.message.hide()
        self._set_drafting(True)
        generation = self._generation
        journal = self._session.journal
        self._tasks.run(
            lambda: one_on_one_prep.draft_agenda(journal, start, end, language),
            lambda items: self._drafted(generation, meeting.id, items),
            lambda exc: self._draft_failed(generation, exc),
        )

    def _drafted(
        self, generation: int, meeting_id: int | None, items: list[AgendaDraftItem]
    ) -> None:
        if generation != self._generation or self._meeting is None:
            return
        if self._meeting.id != meeting_id:
            return
        self._set_drafting(False)
        drafted = list(items)
        if not drafted:
            self._show_message(tr(words.DRAFT_EMPTY, self._session.language), calm=True)
        self.agenda.set_blocks([AgendaBlock(i.text, i.source, i.block) for i in drafted])
        self._edited()
        self._update_buttons()
        if drafted:
            self.agenda_list.setCurrentIndex(self.agenda.index(0))
            self.agenda_list.setFocus()

    def _draft_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._set_drafting(False)
        self._show_message(user_message(exc, self._session.language))

    def _set_drafting(self, drafting: bool) -> None:
        self._drafting = drafting
        language = self._session.language
        self.draft_button.setText(tr(words.DRAFTING if drafting else words.DRAFT, language))
        self.draft_button.setEnabled(not drafting)

    def add_point(self) -> None:
        if self._meeting is None:
            return
        row = self.agenda_list.currentIndex().row()
        index = self.agenda.insert_block(
            row + 1 if row >= 0 else self.agenda.rowCount(), AgendaBlock("")
        )
        self._update_buttons()
        self.agenda_list.setFocus()
        self.agenda_list.setCurrentIndex(index)
        self.agenda_list.edit(index)

    def _point_edit_done(self, row: int) -> None:
        # A point left empty is not a point: it goes (the journal keeps only points with text).
        if 0 <= row < self.agenda.rowCount() and not str(self.agenda.index(row).data()).strip():
            self.agenda_list.remove_current()
        self._update_buttons()

    def _move_point(self, delta: int) -> None:
        self.agenda_list.move_current(delta)
        self.agenda_list.setFocus()

    def _remove_point(self) -> None:
        self.agenda_list.remove_current()
        self._update_buttons()

    # --- after the meeting --------------------------------------------------------------------

    def add_action(self) -> None:
        if self._meeting is None:
            return
        index = self.action_model.insert_action(self.action_model.rowCount(), ActionItem(""))
        self._update_buttons()
        self.action_list.setFocus()
        self.action_list.setCurrentIndex(index)
        self.action_list.edit(index)

    def _action_edit_done(self, row: int) -> None:
        rows = self.action_model.rowCount()
        if 0 <= row < rows and not str(self.action_model.index(row).data()).strip():
            self.action_list.remove_current()
        self._update_buttons()

    def _remove_action(self) -> None:
        self.action_list.remove_current()
        self._update_buttons()

    # --- print, export, coach, log ------------------------------------------------------------

    def print_document(self) -> QTextDocument | None:
        """The agenda (and notes and actions, if any) as a document to print."""
        meeting = self._current_form()
        if meeting is None:
            return None
        start, end = self.period()
        return shareable_document(
            self._session.journal,
            meeting,
            self.agenda.blocks(),
            start,
            end,
            self._session.language,
        )

    def print_agenda(self) -> None:
        """Print what the sharing rule allows; printing to a file is an export (logged)."""
        if self._meeting is None or not self._session.is_open:
            return
        self.save_now()
        language = self._session.language
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr(words.PRINT, language).rstrip("…"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted or not self._session.is_open:
            return
        # Built after the dialog: the store decides at the moment of printing.
        document = self.print_document()
        if document is None:
            return
        if not prints_to_file(printer):
            document.print_(printer)
            return
        start, end = self.period()
        try:
            path, _record = print_to_file(self._session.journal, document, printer, start, end)
        except (OSError, WellbeingError) as exc:
            self._show_message(describe_write_error(exc, language))
            return
        name = path.name
        self._show_status(lambda lang: tr(words.EXPORTED, lang).format(name=name))
        self._refresh_log()

    def export_report(self) -> None:
        """Write the 1:1 report (with the agenda as edited) to a file the user picks."""
        meeting = self._meeting
        if meeting is None or not self._session.is_open or self._exporting:
            return
        self.save_now()
        language = self._session.language
        start, end = self.period()
        if end < start:
            self._show_message(tr(words.PERIOD_BACKWARDS, language))
            return
        self.message.hide()
        stem = f"{tr(FILE_STEM, language)}-1-1-{meeting.held_on.isoformat()}"
        choice = choose_export_file(self, language, stem)
        if choice is None or not self._session.is_open:
            return
        path, file_format = choice
        agenda = [
            AgendaDraftItem(b.text.strip(), b.source, b.block)
            for b in self.agenda.blocks()
            if b.text.strip()
        ]
        journal = self._session.journal
        self._set_exporting(True)
        generation = self._generation

        def work() -> ExportRecord:
            report = build_report(
                journal, ReportKind.ONE_ON_ONE, start, end, language, agenda=agenda
            )
            return write_and_record(journal, report, file_format, path)

        self._tasks.run(
            work,
            lambda _record: self._exported(generation, path),
            lambda exc: self._export_failed(generation, exc),
        )

    def _set_exporting(self, exporting: bool) -> None:
        self._exporting = exporting
        language = self._session.language
        self.export_button.setText(tr(words.EXPORTING if exporting else words.EXPORT, language))
        self.export_button.setEnabled(not exporting)

    def _exported(self, generation: int, path: Path) -> None:
        self._set_exporting(False)
        if not self._session.is_open:
            return
        name = path.name
        if generation == self._generation:
            self._show_status(lambda lang: tr(words.EXPORTED, lang).format(name=name))
        self._refresh_log()

    def _export_failed(self, generation: int, exc: Exception) -> None:
        self._set_exporting(False)
        if self._session.is_open and generation == self._generation:
            self._show_message(describe_write_error(exc, self._session.language))

    def open_coach_summary(self) -> None:
        if not self._session.is_open:
            return
        self.save_now()
        if self.coach_dialog is not None:  # already open: bring it forward
            self.coach_dialog.activateWindow()
            return
        dialog = CoachSummaryDialog(self._session, self._tasks, self)
        self.coach_dialog = dialog
        dialog.finished.connect(lambda _r: self._coach_closed(dialog))
        dialog.exported.connect(lambda _record: self._refresh_log())
        dialog.open()

    def _coach_closed(self, dialog: CoachSummaryDialog) -> None:
        if self.coach_dialog is dialog:
            self.coach_dialog = None
        dialog.deleteLater()

    def open_export_log(self) -> None:
        if not self._session.is_open:
            return
        if self.log_dialog is not None:  # already open: show the latest and bring it forward
            self.log_dialog.refresh()
            self.log_dialog.activateWindow()
            return
        dialog = ExportLogDialog(self._session, self)
        self.log_dialog = dialog
        dialog.finished.connect(lambda _r: self._log_closed(dialog))
        dialog.open()

    def _refresh_log(self) -> None:
        if self.log_dialog is not None:
            self.log_dialog.refresh()

    def _log_closed(self, dialog: ExportLogDialog) -> None:
        if self.log_dialog is dialog:
            self.log_dialog = None
        dialog.deleteLater()

    # --- helpers ------------------------------------------------------------------------------

    def _show_message(self, text: str, calm: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("" if calm else warning_style())
        self.message.setObjectName("muted" if calm else "oneOnOneMessage")
        self.message.setVisible(bool(text))

    def _update_buttons(self, *_args: object) -> None:
        has_meeting = self._meeting is not None
        points = self.agenda.rowCount()
        row = self.agenda_list.currentIndex().row()
        self.delete_button.setEnabled(has_meeting)
        self.delete_button.setVisible(self.meetings.rowCount() > 0)
        self.agenda_list.setVisible(points > 0)
        self.agenda_empty.setVisible(points == 0)
        self.agenda_hint.setVisible(points > 1)
        self.up_button.setEnabled(0 < row < points)
        self.down_button.setEnabled(0 <= row < points - 1)
        self.remove_point_button.setEnabled(0 <= row < points)
        actions = self.action_model.rowCount()
        self.action_list.setVisible(actions > 0)
        self.actions_empty.setVisible(actions == 0)
        self.remove_action_button.setEnabled(0 <= self.action_list.currentIndex().row() < actions)
        self.remove_action_button.setVisible(actions > 0)

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
