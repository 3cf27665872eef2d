"""The 1:1 view: the meetings by date on the left, the selected one on the right.

On the right: the period and a drafted agenda as reorderable blocks (each showing where a
drafted point came from), then the notes and action items after the meeting. Everything
saves itself a moment after the user stops, and at once on navigation and lock.

The view holds the widgets and their words; ``OneOnOnePresenter`` (one_on_one_presenter.py)
loads and saves the meetings, ``AgendaController`` (one_on_one_agenda.py) drafts and edits
the agenda, and ``SharingController`` (one_on_one_sharing.py) prints, exports and opens
the coach summary and the export log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import warning_style
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.one_on_one.one_on_one_agenda import AgendaController
from wellbeing_desktop.ui.one_on_one.one_on_one_layout import OneOnOneLayout
from wellbeing_desktop.ui.one_on_one.one_on_one_models import long_day
from wellbeing_desktop.ui.one_on_one.one_on_one_presenter import OneOnOnePresenter
from wellbeing_desktop.ui.one_on_one.one_on_one_sharing import SharingController

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from PySide6.QtGui import QTextDocument

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.coach.coach_dialog import CoachSummaryDialog
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.export_log.export_log_view import ExportLogDialog
    from wellbeing_desktop.ui.one_on_one.one_on_one_form import MeetingDialog
    from wellbeing_desktop.ui.shell.session import Change, JournalSession


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


class OneOnOneView(OneOnOneLayout):
    """Prepare, hold and remember 1:1 meetings; reaches the coach summary and export log."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, tasks, parent)
        self._status_render: Callable[[Language], str] | None = None
        self._status_error = False
        self.form: MeetingDialog | None = None
        self.coach_dialog: CoachSummaryDialog | None = None
        self.log_dialog: ExportLogDialog | None = None
        self.presenter = OneOnOnePresenter(self, session, tasks)
        self.agenda_controller = AgendaController(self, self.presenter, session, tasks)
        self.sharing = SharingController(self, self.presenter, session, tasks)
        self._connect()
        self.connect_session(clear_when_locked=True)

    # --- wiring -----------------------------------------------------------------------------

    def _connect(self) -> None:
        presenter, agenda = self.presenter, self.agenda_controller
        self.new_button.clicked.connect(self.new_meeting)
        self.coach_button.clicked.connect(self.open_coach_summary)
        self.shared_button.clicked.connect(self.open_export_log)
        self.delete_button.clicked.connect(self.delete_selected)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.draft_button.clicked.connect(self.draft)
        self.add_point_button.clicked.connect(self.add_point)
        self.up_button.clicked.connect(lambda: agenda.move_point(-1))
        self.down_button.clicked.connect(lambda: agenda.move_point(1))
        self.remove_point_button.clicked.connect(agenda.remove_point)
        self.add_action_button.clicked.connect(self.add_action)
        self.remove_action_button.clicked.connect(agenda.remove_action)
        self.print_button.clicked.connect(self.print_agenda)
        self.export_button.clicked.connect(self.export_report)
        self.meeting_list.selectionModel().currentChanged.connect(presenter.current_changed)
        self.agenda.edited.connect(presenter.edited)
        self.agenda.edited.connect(self.update_buttons)
        self.action_model.edited.connect(presenter.edited)
        self.action_model.edited.connect(self.update_buttons)
        self.notes.textChanged.connect(presenter.edited)
        self.period_from.dateChanged.connect(presenter.period_edited)
        self.period_to.dateChanged.connect(presenter.period_edited)
        self.agenda_list.editing_finished.connect(agenda.point_edit_done)
        self.action_list.editing_finished.connect(agenda.action_edit_done)
        self.agenda_list.selectionModel().currentChanged.connect(self.update_buttons)
        self.action_list.selectionModel().currentChanged.connect(self.update_buttons)
        for keys, slot in (
            ("Ctrl+N", self.new_meeting),
            ("Ctrl+S", self.save_now),
            ("Ctrl+P", self.print_agenda),
            ("Ctrl+Shift+N", self.add_point),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- words ------------------------------------------------------------------------------

    # --- session (PageView's hooks) ----------------------------------------------------------

    def journal_opened(self) -> None:
        self.refresh()

    def journal_closing(self) -> bool:
        return self.save_now()

    def journal_closed(self) -> None:
        self.clear()

    def journal_changed(self, change: Change, initiator: object) -> None:
        self.presenter.journal_changed(change, initiator)

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
        self.show_pick_note()
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
        self.draft_button.setText(
            tr(words.DRAFTING if self.agenda_controller.drafting else words.DRAFT, language)
        )
        self.draft_button.setAccessibleName(tr(words.DRAFT, language))
        self.draft_button.setToolTip(tr(words.DRAFT_TIP, language))
        self._retranslate_agenda(language)
        self.show_meeting_heading()
        if self._status_render is not None:
            self.show_status(self._status_render, error=self._status_error)

    def _retranslate_agenda(self, language: Language) -> None:
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
            tr(words.EXPORTING if self.sharing.exporting else words.EXPORT, language)
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

    def show_pick_note(self) -> None:
        words_for = words.PICK_MEETING if self.meetings.rowCount() else words.FIRST_MEETING
        self.pick_note.setText(tr(words_for, self._session.language))

    def show_meeting_heading(self) -> None:
        meeting, language = self.presenter.meeting, self._session.language
        if meeting is None:
            self.meeting_title.clear()
            self.meeting_day.clear()
            return
        self.meeting_title.setText(tr(words.MEETING_TITLE, language).format(who=meeting.with_whom))
        day = long_day(meeting.held_on, language)
        if self._session.is_open and meeting.held_on > self._session.journal.today():
            day = f"{day}  ·  {tr(words.UPCOMING, language)}"
        self.meeting_day.setText(day)

    # --- what the controllers show ----------------------------------------------------------

    def show_message(self, text: str, calm: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("" if calm else warning_style())
        self.message.setObjectName("muted" if calm else "oneOnOneMessage")
        self.message.setVisible(bool(text))

    def show_status(self, render: Callable[[Language], str], *, error: bool = False) -> None:
        """The line beside the title ("Saved 10:42"), kept across a change of language."""
        self._status_render, self._status_error = render, error
        self.saved.setText(render(self._session.language))
        self.saved.setProperty("state", "error" if error else "")
        self.saved.style().unpolish(self.saved)
        self.saved.style().polish(self.saved)

    def clear_status(self) -> None:
        self._status_render = None
        self.saved.clear()

    def ask_user(self, title: str, question: str, yes: str, no: str) -> bool:
        return ask(self, title, question, yes, no)

    def update_buttons(self, *_args: object) -> None:
        has_meeting = self.presenter.meeting is not None
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

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()  # navigating away saves at once
        super().hideEvent(event)

    # --- what the user can do (the controllers do it) ---------------------------------------

    @property
    def _dirty(self) -> bool:
        """The selected meeting has edits not saved yet."""
        return self.presenter.dirty

    def refresh(self, keep: int | None = None) -> None:
        """Load the meetings; keep the selected one (or ``keep``) selected."""
        self.presenter.refresh(keep)

    def clear(self) -> None:
        """The journal locked: no widget may keep a word of it."""
        self.presenter.clear()

    def save_now(self) -> bool:
        """Save the selected meeting now if it changed; ``False`` if it could not be saved.

        A point or action still being typed in its list is taken in first (as Enter
        would), so Ctrl+S and the lock save it too.
        """
        self.agenda_list.commit_open_edit()
        self.action_list.commit_open_edit()
        return self.presenter.save_now()

    def period(self) -> tuple[date, date]:
        return self.presenter.period()

    def new_meeting(self) -> None:
        self.presenter.open_form(None)

    def edit_meeting(self) -> None:
        if self.presenter.meeting is not None:
            self.presenter.open_form(self.presenter.meeting)

    def delete_selected(self) -> None:
        self.presenter.delete_selected()

    def draft(self) -> None:
        """Fill the agenda from the period (asking first if it already has points)."""
        self.agenda_controller.draft()

    def add_point(self) -> None:
        self.agenda_controller.add_point()

    def add_action(self) -> None:
        self.agenda_controller.add_action()

    def print_document(self) -> QTextDocument | None:
        """The agenda (and notes and actions, if any) as a document to print."""
        return self.sharing.print_document()

    def print_agenda(self) -> None:
        """Print what the sharing rule allows; printing to a file is an export (logged)."""
        self.sharing.print_agenda()

    def export_report(self) -> None:
        """Write the 1:1 report (with the agenda as edited) to a file the user picks."""
        self.sharing.export_report()

    def open_coach_summary(self) -> None:
        self.sharing.open_coach_summary()

    def open_export_log(self) -> None:
        self.sharing.open_export_log()
