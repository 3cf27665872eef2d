"""Start a round: a name, a period and the minimum group, then the round file is saved.

The round is made first (its private key kept in this journal, one committed
transaction), then its file is saved where the user chooses; a cancelled or failed save
leaves the round in the page's list, to save its file from there. The dialog starts on
weeks no earlier round of the journal covers; a part week or weeks another round covers
are said under the dates at once (Save waits), and any other refusal shows one
word-wrapped line that grows the dialog; nothing is changed.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.pulse import PULSE_MIN_GROUP, ROUND_MIN_DAYS, ROUND_NAME_MAX
from wellbeing_desktop.services import pulse as pulse_service
from wellbeing_desktop.services.pulse_refusals import PulseRoundOverlapError
from wellbeing_desktop.ui.common.locale_format import capitalised, short_date
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import (
    form_layout,
    muted,
    page_title,
    save_cancel_buttons,
    warning_style,
)
from wellbeing_desktop.ui.export_log.export_log_files import describe_write_error
from wellbeing_desktop.ui.leader_group import leader_group_words as words
from wellbeing_desktop.ui.leader_group.share_panel import (
    ROUND_PATTERN,
    documents_folder,
    file_filters,
)
from wellbeing_desktop.ui.sparring.sparring_form import DateField

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from PySide6.QtGui import QShowEvent

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.domain.pulse import PulseRound
    from wellbeing_desktop.ui.shell.session import JournalSession

DEFAULT_WEEKS = 8  # "e.g. the last 8 weeks" (the issue)
MAX_GROUP = 500


def last_whole_weeks(today: date, weeks: int = DEFAULT_WEEKS) -> tuple[date, date]:
    """The last ``weeks`` whole Monday–Sunday weeks that ended before ``today``."""
    end = today - timedelta(days=today.weekday() + 1)  # the Sunday before this week
    return end - timedelta(weeks=weeks) + timedelta(days=1), end


def default_period(
    today: date, rounds: Iterable[PulseRound], weeks: int = DEFAULT_WEEKS
) -> tuple[date, date]:
    """The period the dialog starts on: whole weeks no round of the journal covers.

    The last ``weeks`` whole weeks, or, if a round covers some of them, ``weeks`` whole
    weeks from the Monday after that round's end (a round for weeks still to come is
    fine: the leaders share when they end).
    """
    start, end = last_whole_weeks(today, weeks)
    earlier = sorted(rounds, key=lambda kept: kept.start)
    moved = True
    while moved:  # ends: each move starts later, after one of finitely many rounds
        moved = False
        for kept in earlier:
            if kept.start <= end and start <= kept.end:
                start = kept.end + timedelta(days=7 - kept.end.weekday())  # the Monday after
                end = start + timedelta(weeks=weeks, days=-1)
                moved = True
    return start, end


def overlap_hint(error: PulseRoundOverlapError, language: Language) -> str:
    """The line under the dates when another round of the journal covers some weeks."""
    earlier = error.earlier
    after = earlier.end + timedelta(days=7 - earlier.end.weekday())
    return tr(words.OVERLAPS, language).format(
        name=earlier.name,
        start=short_date(earlier.start, language, year=earlier.start.year != earlier.end.year),
        end=short_date(earlier.end, language),
        next=short_date(after, language, year=after.year != earlier.end.year),
    )


def period_hint(start: date, end: date, language: Language) -> tuple[str, bool]:
    """The line under the dates: the weeks chosen, or the rule a date breaks (and False)."""
    if start.weekday() != 0:
        return tr(words.FROM_MONDAY, language), False
    earliest = start + timedelta(days=ROUND_MIN_DAYS - 1)
    if end.weekday() != 6 or end < earliest:
        return tr(words.TO_SUNDAY, language).format(
            date=short_date(earliest, language, year=earliest.year != start.year)
        ), False
    weeks = ((end - start).days + 1) // 7
    text = tr(words.WEEKS_OK, language).format(
        weeks=weeks,
        start=short_date(start, language, year=start.year != end.year),
        end=short_date(end, language),
    )
    return text, True


def save_round_file(parent: QWidget, pulse_round: PulseRound, language: Language) -> Path | None:
    """Ask where to save the round file; the path, or None if the user cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        tr(words.ROUND_FILE_CAPTION, language),
        str(documents_folder() / pulse_service.round_file_name(pulse_round)),
        file_filters(words.ROUND_FILES, ROUND_PATTERN, language),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.name.lower().endswith(".json") else path.with_name(f"{path.name}.json")


class StartRoundDialog(QDialog):
    """The small form that starts a round and saves its file.

    After ``accept()``: ``started`` is the round; ``written`` the round file's path, or
    None with ``write_error`` saying why it was not written (the round is kept: it can
    be saved again from the page's list).
    """

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startRound")
        self.setModal(True)
        self._session = session
        self.started: PulseRound | None = None
        self.written: Path | None = None
        self.write_error = ""

        self.heading = page_title()
        self.intro = muted()
        self.name = QLineEdit()
        self.name.setMaxLength(ROUND_NAME_MAX)
        self.start = DateField()
        self.end = DateField()
        self.period_hint = muted()
        self.min_group = QSpinBox()
        self.min_group.setRange(PULSE_MIN_GROUP, MAX_GROUP)
        self.min_group.setValue(PULSE_MIN_GROUP)
        self.min_help = muted()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(warning_style())
        self.message.hide()
        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons()

        self.form = form_layout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.labels, (self.name, self.start, self.end, self.min_group), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
            if field is self.end:  # the rule of a period, said before Save refuses it
                self.form.addRow(QLabel(), self.period_hint)
        self.form.addRow(QLabel(), self.min_help)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.setTabOrder(self.name, self.start)
        self.setTabOrder(self.start, self.end)
        self.setTabOrder(self.end, self.min_group)
        self.setTabOrder(self.min_group, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)

        start, end = default_period(session.journal.today(), session.journal.pulse_rounds())
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))
        self.start.dateChanged.connect(self._show_period)
        self.end.dateChanged.connect(self._show_period)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        session.language_changed.connect(self.retranslate)
        session.closed.connect(self.discard)
        self.retranslate(session.language)
        self.name.setFocus()

    def retranslate(self, language: Language) -> None:
        title = tr(words.DIALOG_TITLE, language)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.intro.setText(tr(words.DIALOG_INTRO, language))
        self.name.setPlaceholderText(tr(words.NAME_PLACEHOLDER, language))
        for label, field, said in zip(
            self.labels,
            (self.name, self.start, self.end, self.min_group),
            (words.NAME, words.FROM, words.TO, words.MIN_GROUP),
            strict=True,
        ):
            label.setText(tr(said, language))
            field.setAccessibleName(tr(said, language))
        self.min_help.setText(tr(words.MIN_GROUP_HELP, language))
        for field in (self.start, self.end):
            field.set_language(language)
        self._show_period()
        self.save_button.setText(tr(words.SAVE_ROUND, language))
        self.save_button.setAccessibleName(tr(words.SAVE_ROUND, language).rstrip("…"))
        self.cancel_button.setText(tr(words.CANCEL, language))

    def _show_period(self) -> None:
        """Say the weeks chosen, or why they are refused (in the warning colour; Save waits)."""
        language = self._session.language
        start, end = self.start.day(), self.end.day()
        text, whole = period_hint(start, end, language)
        if whole and self._session.is_open:
            try:  # the service's rule, with a stand-in name: only the period is asked
                pulse_service.check_new_round(
                    self._session.journal, name="-", start=start, end=end, min_group=PULSE_MIN_GROUP
                )
            except PulseRoundOverlapError as exc:
                text, whole = overlap_hint(exc, language), False
            except WellbeingError as exc:
                text, whole = capitalised(user_message(exc, language)), False
        self.save_button.setEnabled(whole)
        self.period_hint.setText(text)
        self.period_hint.setObjectName("muted" if whole else "periodWarning")
        self.period_hint.setStyleSheet("" if whole else warning_style())
        self.period_hint.style().unpolish(self.period_hint)
        self.period_hint.style().polish(self.period_hint)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Grow the dialog to the height its wrapped lines need at its width.

        A wrapped line (a refusal, a two-line hint) grows the dialog; it is never
        squeezed below what its form needs (a layout's minimum size ignores the height
        a wrapped label needs at the dialog's width).
        """
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        self.setMinimumHeight(needed)
        if needed > self.height():
            self.resize(self.width(), needed)

    def save(self) -> None:
        """Make the round, ask where its file goes, write it; a refusal keeps the form."""
        if not self._session.is_open or self.started is not None:
            return
        language = self._session.language
        try:
            pulse_round = pulse_service.start_round(
                self._session.journal,
                name=self.name.text().strip(),
                start=self.start.day(),
                end=self.end.day(),
                min_group=self.min_group.value(),
            )
        except WellbeingError as exc:
            self.message.setText(capitalised(user_message(exc, language)))
            self.message.show()
            self._fit()
            return
        self.started = pulse_round
        self.message.hide()
        path = save_round_file(self, pulse_round, language)
        if path is not None:
            try:
                pulse_service.write_round_file(pulse_round, path)
            except (OSError, WellbeingError) as exc:
                self.write_error = describe_write_error(exc, language)
            else:
                self.written = path
        self.accept()

    def discard(self) -> None:
        """The journal locked: close without a word of it."""
        self.name.clear()
        self.reject()
