"""Facilitate a round: start one, list the journal's rounds, combine a round's pulse files.

Combining runs off the GUI thread (``services.pulse.combine``, then the group report and
its HTML); a refusal (too few leaders, another round's pulse, a damaged file, a round
whose key is not in this journal) shows one line and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.formatting import period_text
from wellbeing_desktop.services import pulse as pulse_service
from wellbeing_desktop.ui.common.alerts import AlertBanner
from wellbeing_desktop.ui.common.locale_format import date_span
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import Message, tr
from wellbeing_desktop.ui.common.widgets import Card, muted
from wellbeing_desktop.ui.export_log.export_log_files import describe_write_error
from wellbeing_desktop.ui.leader_group import leader_group_words as words
from wellbeing_desktop.ui.leader_group.group_dialog import GroupPictureDialog, group_preview
from wellbeing_desktop.ui.leader_group.round_dialog import StartRoundDialog, save_round_file
from wellbeing_desktop.ui.leader_group.share_panel import (
    PULSE_PATTERN,
    documents_folder,
    file_filters,
    say,
)

if TYPE_CHECKING:
    from datetime import datetime

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.domain.pulse import GroupPicture, PulseRound
    from wellbeing_desktop.services.report_content import Report
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession

SHOWN_ROUNDS = 8
# Name and period only: the name has the room at 1024 px; the selected round's code and
# minimum group are said under the list (and every row's tooltip says all of it).
_ROUND_COLUMNS = (words.ROUND_NAME, words.ROUND_PERIOD)


def round_period(pulse_round: PulseRound, this_year: int | None, language: Language) -> str:
    """``12. okt. – 6. dec.``; with the year when it is not ``this_year``."""
    start, end = pulse_round.start, pulse_round.end
    span = date_span(start, end, language)
    if start.year != end.year or start.year == this_year:
        return span  # across years: both are written already
    return f"{span} {end.year}"


class FacilitatePanel(Card):
    """The card for HR or a chair: the journal's rounds and what to do with them."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent=parent)
        self._session = session
        self._tasks = tasks
        self._rounds: list[PulseRound] = []
        self._generation = 0
        self.combining = False
        self.round_dialog: StartRoundDialog | None = None
        self.group_dialog: GroupPictureDialog | None = None
        self._said: tuple[Message, dict[str, str]] | None = None  # the status line's words

        self.intro = muted()
        self.start_button = QPushButton()
        self.rounds = QTreeWidget()
        self.rounds.setObjectName("pulseRounds")
        self.rounds.setColumnCount(len(_ROUND_COLUMNS))
        self.rounds.setRootIsDecorated(False)
        self.rounds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.rounds.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(_ROUND_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.details = muted()
        self.details.setObjectName("roundDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = muted()
        self.save_again = QPushButton()
        self.combine_button = QPushButton()
        self.combine_button.setObjectName("primary")
        self.alert = AlertBanner()
        self.status = muted()
        self.status.setObjectName("roundStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        say(self.status, "")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.start_button)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addStretch(1)
        actions.addWidget(self.save_again)
        actions.addWidget(self.combine_button)
        self.body.addWidget(self.intro)
        self.body.addLayout(top)
        self.body.addWidget(self.rounds)
        self.body.addWidget(self.details)
        self.body.addWidget(self.empty)
        self.body.addLayout(actions)
        self.body.addWidget(self.alert)
        self.body.addWidget(self.status)
        self.body.addStretch(1)

        self.start_button.clicked.connect(self.start_round)
        self.save_again.clicked.connect(self.save_selected_round)
        self.combine_button.clicked.connect(self.choose_pulse_files)
        self.rounds.itemSelectionChanged.connect(self._update_actions)
        self._update_actions()

    # --- words ----------------------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(words.FACILITATE_TITLE, language))
        self.intro.setText(tr(words.FACILITATE_INTRO, language))
        for button, text, tip in (
            (self.start_button, words.START_ROUND, words.START_ROUND_TIP),
            (self.save_again, words.SAVE_ROUND_AGAIN, words.SAVE_ROUND_AGAIN_TIP),
            (self.combine_button, words.COMBINE, words.COMBINE_TIP),
        ):
            button.setText(tr(text, language))
            button.setAccessibleName(tr(text, language).rstrip("…"))
            button.setToolTip(tr(tip, language))
        if self.combining:
            self.combine_button.setText(tr(words.COMBINING, language))
        self.rounds.setHeaderLabels([tr(column, language) for column in _ROUND_COLUMNS])
        self.rounds.setAccessibleName(tr(words.ROUNDS, language))
        self.empty.setText(tr(words.NO_ROUNDS, language))
        self._show_rounds()
        if self._said is not None:
            message, values = self._said
            say(self.status, tr(message, language).format(**values))

    # --- the rounds -----------------------------------------------------------------------------

    def refresh(self, keep: str | None = None) -> None:
        """Load this journal's rounds (a few rows)."""
        if not self._session.is_open:
            self.clear()
            return
        current = self.selected()
        keep = keep or (current.round_id if current is not None else None)
        try:
            self._rounds = pulse_service.rounds(self._session.journal)
        except WellbeingError as exc:
            self._rounds = []
            self.alert.show_text(user_message(exc, self._session.language))
        self._show_rounds(keep)

    def _show_rounds(self, keep: str | None = None) -> None:
        if keep is None:
            current = self.selected()
            keep = current.round_id if current is not None else None
        language = self._session.language
        this_year = self._session.journal.today().year if self._session.is_open else None
        self.rounds.clear()
        for pulse_round in self._rounds:
            item = QTreeWidgetItem(
                [pulse_round.name, round_period(pulse_round, this_year, language)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, pulse_round.round_id)
            tip = tr(words.ROUND_TIP, language).format(
                name=pulse_round.name,
                period=period_text(pulse_round.start, pulse_round.end, language),
                min_group=pulse_round.min_group,
                code=pulse_round.fingerprint,
            )
            for column in range(len(_ROUND_COLUMNS)):
                item.setToolTip(column, tip)
            self.rounds.addTopLevelItem(item)
            if pulse_round.round_id == keep:
                self.rounds.setCurrentItem(item)
        first = self.rounds.topLevelItem(0)
        if self.rounds.currentItem() is None and first is not None:
            self.rounds.setCurrentItem(first)
        self.rounds.setVisible(bool(self._rounds))
        self.empty.setVisible(not self._rounds)
        self._fit_rounds()
        self._update_actions()

    def _fit_rounds(self) -> None:
        """The list as tall as its rounds (3 to ``SHOWN_ROUNDS`` rows; more scroll)."""
        row = max(self.rounds.sizeHintForRow(0), self.rounds.fontMetrics().height() + 6)
        rows = min(max(len(self._rounds), 3), SHOWN_ROUNDS)
        frame = 2 * self.rounds.frameWidth()
        self.rounds.setFixedHeight(self.rounds.header().sizeHint().height() + rows * row + frame)

    def selected(self) -> PulseRound | None:
        item = self.rounds.currentItem()
        if item is None:
            return None
        round_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self._rounds if r.round_id == round_id), None)

    def _update_actions(self) -> None:
        chosen = self.selected()
        has = chosen is not None and self._session.is_open
        if chosen is None:
            say(self.details, "")
        else:
            said = tr(words.ROUND_DETAILS, self._session.language)
            say(self.details, said.format(code=chosen.fingerprint, min_group=chosen.min_group))
        self.save_again.setVisible(bool(self._rounds))
        self.combine_button.setVisible(bool(self._rounds))
        self.save_again.setEnabled(has)
        self.combine_button.setEnabled(has and not self.combining)

    def _tell(self, message: Message, **values: str) -> None:
        self._said = (message, values)
        say(self.status, tr(message, self._session.language).format(**values))

    # --- start a round --------------------------------------------------------------------------

    def start_round(self) -> None:
        if not self._session.is_open or self.round_dialog is not None:
            return
        self.alert.show_text("")
        dialog = StartRoundDialog(self._session, self)
        self.round_dialog = dialog
        dialog.finished.connect(lambda _result: self._round_dialog_closed(dialog))
        dialog.open()

    def _round_dialog_closed(self, dialog: StartRoundDialog) -> None:
        self.round_dialog = None
        dialog.deleteLater()
        started = dialog.started
        if started is None or not self._session.is_open:
            return
        self.refresh(keep=started.round_id)
        if dialog.written is not None:
            self._tell(words.ROUND_SAVED, path=str(dialog.written), code=started.fingerprint)
        elif dialog.write_error:
            self._tell(words.ROUND_NOT_WRITTEN, reason=dialog.write_error)

    def save_selected_round(self) -> None:
        """Save the selected round's file again (to send it once more)."""
        pulse_round = self.selected()
        if pulse_round is None or not self._session.is_open:
            return
        language = self._session.language
        path = save_round_file(self, pulse_round, language)
        if path is None:
            return
        try:
            pulse_service.write_round_file(pulse_round, path)
        except (OSError, WellbeingError) as exc:
            self.alert.show_text(describe_write_error(exc, language))
            return
        self.alert.show_text("")
        self.refresh(keep=pulse_round.round_id)  # a round started elsewhere shows up too
        self._tell(words.ROUND_SAVED, path=str(path), code=pulse_round.fingerprint)

    # --- combine --------------------------------------------------------------------------------

    def choose_pulse_files(self) -> None:
        pulse_round = self.selected()
        if pulse_round is None or not self._session.is_open or self.combining:
            return
        language = self._session.language
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            tr(words.COMBINE_CAPTION, language),
            str(documents_folder()),
            file_filters(words.PULSE_FILES, PULSE_PATTERN, language),
        )
        if chosen:
            self.combine(pulse_round, [Path(name) for name in chosen])

    def combine(self, pulse_round: PulseRound, files: list[Path]) -> None:
        """Combine the files off the GUI thread; show the picture or the one-line refusal."""
        if not self._session.is_open or self.combining:
            return
        journal, language = self._session.journal, self._session.language
        self._generation += 1
        generation = self._generation
        self._set_combining(True)
        self.alert.show_text("")

        def work() -> tuple[GroupPicture, Report, str, datetime]:
            picture = pulse_service.combine(journal, pulse_round.round_id, files)
            made_at = journal.now()
            report, html = group_preview(picture, language, made_at)
            return picture, report, html, made_at

        self._tasks.run(
            work,
            lambda result: self._combined(generation, result),
            lambda exc: self._combine_failed(generation, exc),
        )

    def _set_combining(self, combining: bool) -> None:
        self.combining = combining
        language = self._session.language
        self.combine_button.setText(tr(words.COMBINING if combining else words.COMBINE, language))
        self._update_actions()

    def _combined(
        self, generation: int, result: tuple[GroupPicture, Report, str, datetime]
    ) -> None:
        self._set_combining(False)
        if generation != self._generation or not self._session.is_open:
            return
        picture, report, html, made_at = result
        self.refresh(keep=picture.round.round_id)
        dialog = GroupPictureDialog(
            self._session,
            self._tasks,
            picture,
            report,
            html,
            made_at,
            self,
        )
        self.group_dialog = dialog
        dialog.finished.connect(lambda _result: self._group_dialog_closed(dialog))
        dialog.open()

    def _combine_failed(self, generation: int, exc: Exception) -> None:
        self._set_combining(False)
        if generation != self._generation or not self._session.is_open:
            return
        self.alert.show_text(user_message(exc, self._session.language))

    def _group_dialog_closed(self, dialog: GroupPictureDialog) -> None:
        if self.group_dialog is dialog:
            self.group_dialog = None
        dialog.deleteLater()

    # --- lock -----------------------------------------------------------------------------------

    def clear(self) -> None:
        """The journal locked: no round, picture or path is kept on screen."""
        self._generation += 1
        self._rounds = []
        self._said = None
        self.rounds.clear()
        self.alert.show_text("")
        say(self.status, "")
        self._set_combining(False)
        self._show_rounds()
