"""The 1:1 view's agenda controller: drafting the agenda and editing points and actions.

A draft is made off the GUI thread from the period (services/one_on_one_prep.py); a
meeting loaded again gets the sources of its unchanged drafted points back the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView

from wellbeing_desktop.domain.models import ActionItem
from wellbeing_desktop.services import one_on_one_prep
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.one_on_one.one_on_one_models import AgendaBlock, counted

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import OneOnOne
    from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.one_on_one.one_on_one_presenter import OneOnOnePresenter
    from wellbeing_desktop.ui.one_on_one.one_on_one_view import OneOnOneView
    from wellbeing_desktop.ui.shell.session import JournalSession


class AgendaController(QObject):
    """Drafts the selected meeting's agenda and edits its points and action items."""

    def __init__(
        self,
        view: OneOnOneView,
        presenter: OneOnOnePresenter,
        session: JournalSession,
        tasks: TaskRunner,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._presenter = presenter
        self._session = session
        self._tasks = tasks
        self.drafting = False

    # --- drafting ---------------------------------------------------------------------------

    def draft(self) -> None:
        """Fill the agenda from the period (asking first if it already has points)."""
        view, presenter = self._view, self._presenter
        meeting = presenter.meeting
        if meeting is None or not self._session.is_open or self.drafting:
            return
        language = self._session.language
        start, end = presenter.period()
        if end < start:
            view.show_message(tr(words.PERIOD_BACKWARDS, language))
            return
        existing = len(view.agenda.texts())
        if existing and not view.ask_user(
            tr(words.REPLACE_TITLE, language),
            tr(words.REPLACE_QUESTION, language).format(
                points=counted(existing, words.ONE_POINT, words.POINTS, language)
            ),
            tr(words.REPLACE, language),
            tr(words.CANCEL, language),
        ):
            return
        view.message.hide()
        self.set_drafting(True)
        generation = presenter.generation
        journal = self._session.journal
        self._tasks.run(
            lambda: one_on_one_prep.draft_agenda(journal, start, end, language),
            lambda items: self._drafted(generation, meeting.id, items),
            lambda exc: self._draft_failed(generation, exc),
        )

    def _drafted(
        self, generation: int, meeting_id: int | None, items: list[AgendaDraftItem]
    ) -> None:
        view, presenter = self._view, self._presenter
        if generation != presenter.generation or presenter.meeting is None:
            return
        if presenter.meeting.id != meeting_id:
            return
        self.set_drafting(False)
        drafted = list(items)
        if not drafted:
            view.show_message(tr(words.DRAFT_EMPTY, self._session.language), calm=True)
        view.agenda.set_blocks(drafted)
        presenter.edited()
        view.update_buttons()
        if drafted:
            view.agenda_list.setCurrentIndex(view.agenda.index(0))
            view.agenda_list.setFocus()

    def _draft_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._presenter.generation:
            return
        self.set_drafting(False)
        self._view.show_message(user_message(exc, self._session.language))

    def set_drafting(self, drafting: bool) -> None:
        self.drafting = drafting
        button = self._view.draft_button
        button.setText(tr(words.DRAFTING if drafting else words.DRAFT, self._session.language))
        button.setEnabled(not drafting)

    def recover_sources(self, meeting: OneOnOne) -> None:
        """Find where unchanged drafted points came from (the journal keeps only the words).

        Drafts the meeting's period again in the background; a point whose words equal a
        drafted one gets that one's source (and block, which exports need to leave the
        reflections out). Edited points and the user's own stay without a source.
        """
        blocks = self._view.agenda.blocks()
        if not blocks or all(b.source for b in blocks) or meeting.id is None:
            return
        start, end = self._presenter.period()
        if end < start:
            return
        journal, language = self._session.journal, self._session.language
        generation = self._presenter.generation
        self._tasks.run(
            lambda: one_on_one_prep.draft_agenda(journal, start, end, language),
            lambda items: self._sources_found(generation, meeting.id, items),
            lambda _exc: None,  # a bonus: the agenda itself is shown and editable anyway
        )

    def _sources_found(
        self, generation: int, meeting_id: int | None, items: list[AgendaDraftItem]
    ) -> None:
        view, presenter = self._view, self._presenter
        if generation != presenter.generation or presenter.meeting is None:
            return
        if presenter.meeting.id != meeting_id or meeting_id is None:
            return
        if view.agenda_list.state() == QAbstractItemView.State.EditingState:
            return  # never under the user's hands
        drafted = {item.text: item for item in items}
        found = [
            AgendaBlock(b.text, drafted[b.text].source, drafted[b.text].block)
            if not b.source and b.text in drafted
            else b
            for b in view.agenda.blocks()
        ]
        if view.agenda.set_sources(found):
            presenter.blocks[meeting_id] = found

    # --- points -----------------------------------------------------------------------------

    def add_point(self) -> None:
        view = self._view
        if self._presenter.meeting is None:
            return
        row = view.agenda_list.currentIndex().row()
        index = view.agenda.insert_block(
            row + 1 if row >= 0 else view.agenda.rowCount(), AgendaBlock("")
        )
        view.update_buttons()
        view.agenda_list.setFocus()
        view.agenda_list.setCurrentIndex(index)
        view.agenda_list.edit(index)

    def point_edit_done(self, row: int) -> None:
        view = self._view
        # A point left empty is not a point: it goes (the journal keeps only points with text).
        if 0 <= row < view.agenda.rowCount() and not str(view.agenda.index(row).data()).strip():
            view.agenda_list.remove_current()
        view.update_buttons()

    def move_point(self, delta: int) -> None:
        self._view.agenda_list.move_current(delta)
        self._view.agenda_list.setFocus()

    def remove_point(self) -> None:
        self._view.agenda_list.remove_current()
        self._view.update_buttons()

    # --- after the meeting --------------------------------------------------------------------

    def add_action(self) -> None:
        view = self._view
        if self._presenter.meeting is None:
            return
        index = view.action_model.insert_action(view.action_model.rowCount(), ActionItem(""))
        view.update_buttons()
        view.action_list.setFocus()
        view.action_list.setCurrentIndex(index)
        view.action_list.edit(index)

    def action_edit_done(self, row: int) -> None:
        view = self._view
        rows = view.action_model.rowCount()
        if 0 <= row < rows and not str(view.action_model.index(row).data()).strip():
            view.action_list.remove_current()
        view.update_buttons()

    def remove_action(self) -> None:
        self._view.action_list.remove_current()
        self._view.update_buttons()
