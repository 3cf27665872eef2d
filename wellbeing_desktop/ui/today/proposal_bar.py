"""The proposed time split above Today's time card: shown, never saved until the user acts.

A day with no time logged opens with a proposal (``services.proposal``): the bar says
where it comes from ("As a typical Tuesday", "As yesterday") and the total; each time box
shows its proposed figure grey and italic (a placeholder, not a value). Then:

- **Use it** (the focused button after unlock: Enter or Space) fills the boxes with the
  proposal; the view saves that like any edit.
- **Editing any time box** takes the proposal as the base: the other empty boxes get
  their proposed figures, the edited one keeps what was typed (arrow keys in an empty box
  step from its proposed figure).
- **No thanks** (or Esc in the bar) hides it for that day, for as long as the app runs.

A proposal from the user's calendar (issue #16, ``calendar_offer``) takes the habit's
place while nobody has acted on the day; its bar says so, what is not placed, that time
outside the calendar is the user's to place, and offers **Events…** (the events dialog).
A calm line under the words says what the calendar could not tell (a file not read, an
event left out).

Opening, browsing days, locking or closing with a proposal shown writes nothing: the
boxes stay empty, so the day stays untouched.
"""

from __future__ import annotations

from datetime import timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.proposals import propose_time
from wellbeing_desktop.services.proposal import (
    ProposalSource,
    TimeProposal,
    needs_proposal,
    proposal_for_stored,
)
from wellbeing_desktop.ui.common.locale_format import duration_text, locale
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.common.widgets import muted
from wellbeing_desktop.ui.today import calendar_words as cw

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date

    from PySide6.QtGui import QKeyEvent

    from wellbeing_desktop.domain.errors import Message as ErrorMessage
    from wellbeing_desktop.domain.models import DayLog
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.today.time_panel import TimePanel

TYPICAL: Message = translatable("today.proposal", "As a typical {weekday}")
YESTERDAY: Message = translatable("today.proposal", "As yesterday")
DAY_BEFORE: Message = translatable("today.proposal", "As the day before")
AS_WEEKDAY: Message = translatable("today.proposal", "As on {weekday}")
LINE: Message = translatable(
    "today.proposal",
    "{source}: {total} in all, shown in grey below. "
    "Use it, or change a figure and the rest follows.",
)
ACCEPT: Message = translatable("today.proposal", "Use the proposal")
ACCEPT_TIP: Message = translatable(
    "today.proposal", "Fill in the time as proposed (Enter); it is saved like any change"
)
DISMISS: Message = translatable("today.proposal", "No thanks")
DISMISS_TIP: Message = translatable("today.proposal", "Hide the proposal for this day (Esc)")


def source_text(proposal: TimeProposal, today: date, language: Language) -> str:
    """The source in words: as a typical Tuesday, as yesterday, as the day before, as Friday."""
    if proposal.source is ProposalSource.TYPICAL_WEEKDAY:
        return tr(TYPICAL, language).format(weekday=_weekday(proposal.day, language))
    (source_day,) = proposal.based_on
    if source_day == proposal.day - timedelta(days=1):
        return tr(YESTERDAY if proposal.day == today else DAY_BEFORE, language)
    return tr(AS_WEEKDAY, language).format(weekday=_weekday(source_day, language))


def _weekday(day: date, language: Language) -> str:
    """The weekday as a sentence holds it: "tirsdag" in Danish, "Tuesday" in English."""
    weekday = locale(language).standaloneDayName(day.isoweekday())
    return weekday if language is Language.ENGLISH else weekday.lower()


class AcceptButton(QPushButton):
    """The "Use the proposal" button: pressed by Enter or a click, never by a stray key.

    After unlock the keyboard is on this button. A user who starts typing a sentence
    would otherwise accept the proposal with the first space, and the Enter that unlocked
    the journal, held a moment too long, with its auto-repeat.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space or (
            event.isAutoRepeat() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            event.ignore()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            event.ignore()
            return
        super().keyReleaseEvent(event)


class ProposalBar(QFrame):
    """The proposal for the day shown, over the time card's boxes.

    Signals:
    accepted(): the boxes were filled from the proposal by the user (the view saves).
    events_requested(): the user asked to see the calendar proposal's events.
    """

    accepted = Signal()
    events_requested = Signal()

    def __init__(self, time: TimePanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")  # a calm card like the sections: a proposal, no warning
        self._time = time
        self._language = Language.DANISH
        self._proposal: TimeProposal | None = None
        self._today: date | None = None
        self._day: date | None = None  # the day offered for (None: no day loaded)
        self._note: Callable[[Language], str] | None = None
        self._dismissed: set[date] = set()
        self._filling = False
        # A proposal taken as the base by editing a box, and what it filled in (``_time_edited``).
        self._base: TimeProposal | None = None
        self._filled: dict[str, int] = {}
        # Where the keyboard goes after "Use the proposal" (the view sets it: the next step).
        self.focus_after: QWidget | None = None

        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.note = muted()  # what the calendar could not tell, calmly
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the file (a zone name)
        self.note.setWordWrap(True)
        self.note.hide()
        self.accept_button = AcceptButton()
        self.accept_button.setObjectName("primary")
        self.events_button = QPushButton()
        self.events_button.hide()
        self.dismiss_button = QPushButton()
        for button in (self.accept_button, self.events_button, self.dismiss_button):
            button.setAutoDefault(True)  # Enter presses the focused button
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.text)
        words.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(8)
        layout.addLayout(words, 1)
        for button in self.buttons:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.accept_button.clicked.connect(self.accept)
        self.events_button.clicked.connect(self.events_requested)
        self.dismiss_button.clicked.connect(self.dismiss)
        time.changed.connect(self._time_edited)
        self.hide()

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        """The bar's Tab stops, in order ("Events…" shows for a calendar proposal only)."""
        return self.accept_button, self.events_button, self.dismiss_button

    @property
    def shown_day(self) -> date | None:
        """The day last offered for (None: no day loaded)."""
        return self._day

    @property
    def proposal(self) -> TimeProposal | None:
        """The proposal shown (None: none shown)."""
        return self._proposal

    # --- the day --------------------------------------------------------------------------

    def offer_for(self, journal: Journal, day: date, stored: DayLog | None) -> None:
        """Offer a proposal for ``day`` as just loaded (``stored``), if it needs and has one.

        Only reads. A proposal that cannot be read is simply not offered: the day stays
        editable as before.
        """
        proposal, self._base, self._day, self._note = None, None, day, None
        if day not in self._dismissed:
            try:
                self._today = journal.today()
                proposal = proposal_for_stored(journal, day, stored, set(self._time.spins))
            except WellbeingError:
                proposal = None
        self._show(proposal)

    def offer_from_snapshot(
        self, day: date, stored: DayLog | None, earlier: dict[date, dict[str, int]]
    ) -> None:
        """``offer_for`` before the journal is open: the start's snapshot of ``day``.

        ``earlier`` holds the minutes ``proposal_for_stored`` would read (the days from
        ``lookback_start(day)`` to the day before); the same domain code proposes.
        """
        proposal, self._base, self._day, self._note = None, None, day, None
        if day not in self._dismissed and needs_proposal(stored):
            self._today = day
            proposal = propose_time(day, earlier, set(self._time.spins))
        self._show(proposal)

    def clear(self) -> None:
        """Show no proposal (a day without one, or the journal locked)."""
        self._base, self._day, self._note = None, None, None
        self._show(None)

    def open_to_calendar(self, day: date) -> bool:
        """Whether a calendar proposal for ``day`` may show now: nobody has acted on it.

        Not when another day is shown, the proposal was dismissed, taken (used or edited)
        or the day has time in a box (typed, or saved meanwhile).
        """
        return (
            day == self._day
            and day not in self._dismissed
            and self._base is None
            and all(
                spin.minutes() is None and spin.readable() and not spin.text().strip()
                for spin in self._time.spins.values()
            )
        )

    def show_calendar(self, proposal: TimeProposal) -> None:
        """Show the calendar's proposal in place of the one shown, if ``open_to_calendar``."""
        if not self.open_to_calendar(proposal.day):
            return
        problems = proposal.calendar.problems if proposal.calendar is not None else ()
        self._note = _problem_lines(problems) if problems else None
        self._show(proposal)

    def clear_note(self) -> None:
        """No line under the proposal (the calendar's reading is over)."""
        if self._note is not None:
            self._note = None
            self._show(self._proposal)

    def show_note(self, render: Callable[[Language], str]) -> None:
        """A calm line under the proposal (the calendar could not be read), until the day goes."""
        self._note = render
        self._show(self._proposal)

    def accept(self) -> None:
        """Fill the boxes with the proposal; the view saves it like any edit."""
        proposal = self._proposal
        if proposal is None:
            return
        self._fill(proposal, keep_typed=False)
        self._base, self._note = None, None  # taken on purpose: erasing a box is an edit
        self._show(None)
        target = self.focus_after
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._time.refresh()
        self._time.changed.emit()  # the view's autosave, as after typing
        self.accepted.emit()

    def dismiss(self) -> None:
        """Hide the proposal for this day (until the app quits)."""
        proposal = self._proposal
        if proposal is None:
            return
        self._dismissed.add(proposal.day)
        self._note = None
        had_focus = self.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self._show(None)
        if had_focus and self._time.spins:
            next(iter(self._time.spins.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self, language: Language) -> None:
        self._language = language
        self.accept_button.setText(tr(ACCEPT, language))
        self.accept_button.setToolTip(tr(ACCEPT_TIP, language))
        self.dismiss_button.setText(tr(DISMISS, language))
        self.dismiss_button.setToolTip(tr(DISMISS_TIP, language))
        self.events_button.setText(tr(cw.EVENTS, language))
        self.events_button.setToolTip(tr(cw.EVENTS_TIP, language))
        self._words()

    # --- inside ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._proposal is not None:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def _show(self, proposal: TimeProposal | None) -> None:
        self._proposal = proposal
        minutes = proposal.minutes if proposal is not None else {}
        for key, spin in self._time.spins.items():
            spin.set_proposed(minutes.get(key))
        calendar = proposal is not None and proposal.source is ProposalSource.CALENDAR
        self.events_button.setVisible(calendar)
        # A calendar day with nothing placed yet has nothing to use: only its events to see.
        self.accept_button.setVisible(proposal is not None and bool(proposal.minutes))
        self.dismiss_button.setVisible(proposal is not None)
        self._words()
        self.setVisible(proposal is not None or self._note is not None)

    def _words(self) -> None:
        proposal, language = self._proposal, self._language
        note = self._note(language) if self._note is not None else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if proposal is None or self._today is None:
            self.text.setText("")
            self.text.setVisible(False)
            self.setAccessibleName(note)
            return
        self.text.setVisible(True)
        if proposal.source is ProposalSource.CALENDAR:
            template, source = tr(cw.LINE, language), tr(cw.FROM_CALENDAR, language)
            unplaced = proposal.calendar.unplaced_minutes if proposal.calendar else 0
            extra = (
                tr(cw.UNPLACED, language).format(minutes=duration_text(unplaced, language))
                if unplaced
                else ""
            )
        else:
            template, source = tr(LINE, language), source_text(proposal, self._today, language)
            extra = ""
        total = duration_text(proposal.total_minutes, language)
        line = template.format(source=source, total=total, unplaced=extra)
        shown = template.format(source=f"<b>{escape(source)}</b>", total=total, unplaced=extra)
        self.text.setText(shown)
        self.setAccessibleName(f"{line} {note}".strip())
        self.accept_button.setAccessibleDescription(line)

    def _time_edited(self) -> None:
        """A time box was edited while the proposal showed: the proposal becomes the base.

        Erased again (every box back to what the proposal filled in, the edited one
        empty), the proposal comes back and nothing stays filled in: typing a figure and
        taking it back is no decision, so nothing may be saved from it.
        """
        if self._filling:
            return
        proposal = self._proposal
        if proposal is None:
            if self._base is not None and self._back_to_base():
                base, self._base = self._base, None
                self._filling = True
                try:
                    for spin in self._time.spins.values():
                        spin.set_minutes(None)
                finally:
                    self._filling = False
                self._show(base)
                self._time.refresh()
            return
        filled = self._fill(proposal, keep_typed=True)
        self._base, self._filled, self._note = proposal, filled, None
        self._show(None)
        self._time.refresh()

    def _back_to_base(self) -> bool:
        """Every box holds what the proposal filled in, or is empty where it filled none."""
        for key, spin in self._time.spins.items():
            if key in self._filled:
                if spin.minutes() != self._filled[key] or not spin.readable():
                    return False
            elif spin.text().strip() or spin.minutes() is not None:
                return False
        return True

    def _fill(self, proposal: TimeProposal, *, keep_typed: bool) -> dict[str, int]:
        """Fill the boxes from ``proposal``; the figures filled in, by category."""
        filled: dict[str, int] = {}
        self._filling = True
        try:
            for key, spin in self._time.spins.items():
                typed = spin.minutes() is not None or not spin.readable() or spin.text()
                if keep_typed and typed:
                    continue
                spin.set_minutes(proposal.minutes.get(key))
                if key in proposal.minutes:
                    filled[key] = proposal.minutes[key]
        finally:
            self._filling = False
        return filled


def _problem_lines(problems: Sequence[ErrorMessage]) -> Callable[[Language], str]:
    """The calendar's lines about what it left out, in the language shown."""

    def render(language: Language) -> str:
        # Imported when the calendar leaves something out, not with Today (the catalogues).
        from wellbeing_desktop.ui.common.error_words import translate

        lines = [translate(problem, language) or problem.english() for problem in problems]
        if not lines:
            return ""
        # One calm line: the first, and how many more (the CLI lists them all).
        return lines[0] + (f" (+{len(lines) - 1})" if len(lines) > 1 else "")

    return render
