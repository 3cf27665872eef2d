"""The 1:1 view's presenter: which meeting is shown, loading it, saving it, the form.

It holds what the view shows about the selected meeting (as last stored, whether it has
unsaved edits, the period chosen and the drafted blocks per meeting while unlocked) and
does the loading and saving; the view (one_on_one_view.py) only holds the widgets.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services import one_on_one_prep
from wellbeing_desktop.ui.common.locale_format import time_text
from wellbeing_desktop.ui.common.qt_dates import from_qdate, to_qdate
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.one_on_one.one_on_one_form import MeetingDialog
from wellbeing_desktop.ui.one_on_one.one_on_one_models import AgendaBlock, day_in_sentence
from wellbeing_desktop.ui.shell.session import Change

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.domain.models import OneOnOne
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.one_on_one.one_on_one_view import OneOnOneView
    from wellbeing_desktop.ui.shell.session import JournalSession

AUTOSAVE_MS = 1200


class OneOnOnePresenter(QObject):
    """Loads, selects and saves the meetings of the 1:1 view."""

    def __init__(self, view: OneOnOneView, session: JournalSession, tasks: TaskRunner) -> None:
        super().__init__(view)
        self._view = view
        self._session = session
        self._tasks = tasks
        self.meeting: OneOnOne | None = None  # the selected meeting as last stored
        self.dirty = False
        self.loading = False
        self.generation = 0  # bumped on every load and on lock: late results are dropped
        # Per meeting, held only while unlocked: the period chosen and the drafted blocks
        # (the journal keeps the agenda's words; where a point came from lives here).
        self.periods: dict[int, tuple[date, date]] = {}
        self.blocks: dict[int, list[AgendaBlock]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        """Load the meetings; keep the selected one (or ``keep``) selected."""
        view = self._view
        if not self._session.is_open:
            self.clear()
            return
        journal = self._session.journal
        try:
            meetings = journal.one_on_ones()
        except WellbeingError as exc:
            view.show_message(user_message(exc, self._session.language))
            return
        if keep is None and self.meeting is not None:
            keep = self.meeting.id
        view.meetings.set_meetings(meetings, journal.today())
        has = bool(meetings)
        view.meeting_list.setVisible(has)
        view.no_meetings.setVisible(not has)
        row = view.meetings.row_of(keep) if keep is not None else -1
        if row < 0 and has:
            row = self._suggested_row(meetings, journal.today())
        if row >= 0:
            self._select_row(row)
        else:
            self.load(None)
        view.update_buttons()

    @staticmethod
    def _suggested_row(meetings: list[OneOnOne], today: date) -> int:
        """The next meeting to prepare (the nearest upcoming one), else the newest."""
        upcoming = [i for i, m in enumerate(meetings) if m.held_on >= today]
        return upcoming[-1] if upcoming else 0

    def _select_row(self, row: int) -> None:
        view = self._view
        selected = view.meetings.meeting(row)
        index = view.meetings.index(row)
        selection = view.meeting_list.selectionModel()
        if view.meeting_list.currentIndex() != index:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self.meeting != selected and not self.dirty:
            self.load(selected)

    def current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = self._view
        if self.loading:
            return
        meeting = view.meetings.meeting(current.row()) if current.isValid() else None
        if meeting is not None and self.meeting is not None and meeting.id == self.meeting.id:
            return
        if not self.save_now():
            # Stay on the meeting that could not be saved: what was typed must not be lost.
            row = view.meetings.row_of(self.meeting.id if self.meeting else None)
            if row >= 0:
                self.loading = True
                try:
                    view.meeting_list.selectionModel().setCurrentIndex(
                        view.meetings.index(row),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect,
                    )
                finally:
                    self.loading = False
            return
        self.load(meeting)

    def load(self, meeting: OneOnOne | None) -> None:
        """Show a meeting (or none) in the right column; nothing here counts as an edit."""
        view = self._view
        self._timer.stop()
        self.generation += 1
        view.agenda_controller.set_drafting(False)
        self.loading = True
        try:
            self.meeting = meeting
            self.dirty = False
            shown = meeting is not None
            view.pick_card.setVisible(not shown and self._session.is_open)
            view.show_pick_note()
            for card in (view.meeting_card, view.agenda_card, view.after_card):
                card.setVisible(shown)
            if meeting is None:
                view.agenda.clear()
                view.action_model.clear()
                view.notes.clear()
            else:
                start, end = self._period_of(meeting)
                view.period_from.setDate(to_qdate(start))
                view.period_to.setDate(to_qdate(end))
                view.agenda.set_blocks(self._blocks_of(meeting))
                view.action_model.set_actions(meeting.actions)
                if view.notes.toPlainText() != meeting.notes:
                    view.notes.setPlainText(meeting.notes)
            view.show_meeting_heading()
        finally:
            self.loading = False
        view.message.hide()
        view.update_buttons()
        if meeting is not None:
            view.agenda_controller.recover_sources(meeting)

    def _blocks_of(self, meeting: OneOnOne) -> list[AgendaBlock]:
        """The agenda's points, with the source of those drafted while the journal was open."""
        known = list(self.blocks.get(meeting.id or -1, []))
        blocks: list[AgendaBlock] = []
        for text in meeting.agenda:
            match = next((b for b in known if b.text.strip() == text), None)
            if match is not None:
                known.remove(match)
            blocks.append(AgendaBlock(text, match.source if match else ""))
        return blocks

    def _period_of(self, meeting: OneOnOne) -> tuple[date, date]:
        if meeting.id is not None and meeting.id in self.periods:
            return self.periods[meeting.id]
        return one_on_one_prep.default_period(self._session.journal, meeting.held_on)

    def period(self) -> tuple[date, date]:
        view = self._view
        return from_qdate(view.period_from.date()), from_qdate(view.period_to.date())

    def period_edited(self) -> None:
        if self.loading or self.meeting is None or self.meeting.id is None:
            return
        self.periods[self.meeting.id] = self.period()

    def clear(self) -> None:
        """The journal locked: no widget may keep a word of it."""
        view = self._view
        self._timer.stop()
        self.generation += 1
        self.periods.clear()
        self.blocks.clear()
        self.loading = True
        try:
            self.meeting = None
            self.dirty = False
            view.meetings.clear()
            view.agenda.clear()
            view.action_model.clear()
            view.notes.clear()
            view.meeting_title.clear()
            view.meeting_day.clear()
        finally:
            self.loading = False
        view.agenda_controller.set_drafting(False)
        for card in (view.pick_card, view.meeting_card, view.agenda_card, view.after_card):
            card.hide()
        view.meeting_list.hide()
        view.no_meetings.show()
        view.message.clear()
        view.message.hide()
        view.clear_status()
        for dialog in (view.form, view.coach_dialog, view.log_dialog):
            if dialog is not None:
                dialog.reject()
        view.form = None
        view.update_buttons()

    def journal_changed(self, change: Change, initiator: object) -> None:
        if initiator is self._view or not self._session.is_open:
            return
        if change is Change.ONE_ON_ONE:
            self.save_now()
            self.refresh()
        elif change is Change.SETTINGS:
            self._view.show_meeting_heading()

    # --- saving -----------------------------------------------------------------------------

    def edited(self) -> None:
        if self.loading or self.meeting is None:
            return
        self.dirty = True
        self._view.show_status(lambda lang: tr(words.SAVING, lang))
        self._timer.start()

    def current_form(self) -> OneOnOne | None:
        """The selected meeting as the widgets show it now (saved or not)."""
        view = self._view
        if self.meeting is None:
            return None
        return dataclasses.replace(
            self.meeting,
            agenda=view.agenda.texts(),
            notes=view.notes.toPlainText().strip(),
            actions=view.action_model.actions(),
        )

    def save_now(self) -> bool:
        """Save the selected meeting now if it changed; ``False`` if it could not be saved."""
        view = self._view
        self._timer.stop()
        if not self.dirty or self.meeting is None or not self._session.is_open:
            return True
        meeting = self.current_form()
        assert meeting is not None
        try:
            saved = self._session.journal.save_one_on_one(meeting)
        except WellbeingError as exc:
            reason = user_message(exc, self._session.language)
            view.show_status(
                lambda lang: tr(words.NOT_SAVED, lang).format(reason=reason), error=True
            )
            return False
        self.meeting = saved
        self.dirty = False
        if saved.id is not None:
            self.blocks[saved.id] = view.agenda.blocks()
        view.meetings.replace_meeting(saved)
        self._session.notify(Change.ONE_ON_ONE, view)
        saved_at = datetime.now()
        view.show_status(lambda lang: tr(words.SAVED, lang).format(time=time_text(saved_at, lang)))
        return True

    # --- meetings ---------------------------------------------------------------------------

    def open_form(self, meeting: OneOnOne | None) -> None:
        """The form for a new meeting (``None``) or for who and when of ``meeting``."""
        view = self._view
        if not self._session.is_open or view.form is not None:
            return
        self.save_now()
        if meeting is not None:
            meeting = self.meeting  # as just saved
        names = [m.with_whom for m in view.meetings.meetings()]
        form = MeetingDialog(
            self._session, meeting, default_name=names[0] if names else "", parent=view
        )
        view.form = form
        form.finished.connect(lambda _result: self._form_closed(form))
        form.open()

    def _form_closed(self, form: MeetingDialog) -> None:
        view = self._view
        saved = form.saved
        view.form = None
        form.deleteLater()
        if saved is None or not self._session.is_open:
            return
        if self.meeting is not None and self.meeting.id == saved.id:
            self.meeting = saved
            if saved.id is not None:
                self.periods.pop(saved.id, None)  # a new date: a new default period
        self.refresh(keep=saved.id)
        view.draft_button.setFocus()

    def delete_selected(self) -> None:
        view = self._view
        meeting = self.meeting
        if meeting is None or meeting.id is None or not self._session.is_open:
            return
        language = self._session.language
        question = tr(words.DELETE_QUESTION, language).format(
            who=meeting.with_whom, day=day_in_sentence(meeting.held_on, language)
        )
        if not view.ask_user(
            tr(words.DELETE_TITLE, language),
            question,
            tr(words.DELETE, language).rstrip("…"),
            tr(words.CANCEL, language),
        ):
            return
        row = view.meetings.row_of(meeting.id)
        try:
            self._session.journal.delete_one_on_one(meeting.id)
        except WellbeingError as exc:
            view.show_message(user_message(exc, self._session.language))
            return
        self._timer.stop()
        self.dirty = False
        self.periods.pop(meeting.id, None)
        self.blocks.pop(meeting.id, None)
        self.meeting = None
        self._session.notify(Change.ONE_ON_ONE, view)
        remaining = [m for m in view.meetings.meetings() if m.id != meeting.id]
        keep = remaining[min(row, len(remaining) - 1)].id if remaining else None
        self.refresh(keep=keep)
        if remaining:
            view.meeting_list.setFocus()
        else:
            view.new_button.setFocus()
