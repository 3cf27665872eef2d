"""The calendar's proposal on Today (issue #16): read off the GUI thread, shown if still wanted.

When a day that needs a proposal is loaded and the journal has calendar files, the habit
proposal (issue #15) shows at once and the calendar is read in the background through
the session's one ``CalendarReader``. Its proposal replaces the habit's only if it has
counted events and nobody has acted on the day meanwhile (``ProposalBar.open_to_calendar``);
a result for an earlier request (another day, a lock since) is dropped. A file that
cannot be read leaves the habit proposal and adds one calm line.

The events dialog's choices stay per day while the journal is open (never stored); only
"Remember as rule…" writes, a keyword rule in the journal's settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from shiboken6 import isValid

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.proposals import ProposalSource, calendar_proposal
from wellbeing_desktop.services.proposal import calendar_proposal_for, needs_proposal
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.shell.session import Change
from wellbeing_desktop.ui.today import calendar_words as cw

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QWidget

    from wellbeing_desktop.domain.models import DayLog, Language
    from wellbeing_desktop.services.proposal import TimeProposal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession
    from wellbeing_desktop.ui.today.calendar_events import EventsDialog
    from wellbeing_desktop.ui.today.proposal_bar import ProposalBar


class CalendarOffer(QObject):
    """Asks the calendar for the day's proposal and hands it to the bar, if still wanted."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, bar: ProposalBar, view: QWidget
    ) -> None:
        super().__init__(view)
        self._session, self._tasks, self._bar, self._view = session, tasks, bar, view
        self._asked = 0  # requests so far: an answer to an older one is dropped
        self._waiting: int | None = None  # the request whose answer is awaited
        self._locks = 0  # clears so far: an answer from before one is forgotten
        self._chosen: dict[date, dict[str, str]] = {}  # the dialog's choices, by day
        self.dialog: EventsDialog | None = None  # the events dialog while it is open
        bar.events_requested.connect(self.show_events)

    @property
    def pending(self) -> bool:
        """Whether a calendar read asked for has not come back yet (for tests and tools)."""
        return self._waiting is not None

    def offer(self, day: date, stored: DayLog | None) -> None:
        """Offer ``day`` its proposal: the habit's now, the calendar's when it is read."""
        self._asked += 1
        self._waiting = None
        journal = self._session.journal
        self._bar.offer_for(journal, day, stored)
        if not needs_proposal(stored) or not self._bar.open_to_calendar(day):
            return
        try:
            files = journal.calendar_settings().files
        except WellbeingError:
            files = ()
        if not files:
            return
        asked, locks = self._asked, self._locks
        self._waiting = asked
        reader, chosen = self._session.calendar_reader, dict(self._chosen.get(day, {}))

        def read() -> TimeProposal | None:
            if asked != self._asked:
                return None  # another day was asked for meanwhile: not worth a parse
            return calendar_proposal_for(journal, day, stored, reader, chosen)

        # Said while it reads (a large file takes seconds), so that a proposal changing
        # under the user's eyes is announced, not a surprise.
        self._bar.show_note(lambda language: tr(cw.READING, language))
        self._tasks.run(
            read,
            lambda proposal: self._read(asked, locks, proposal),
            lambda error: self._failed(asked, locks, error),
        )

    def clear(self) -> None:
        """Nothing shown, nothing kept (the journal locked, or the day could not be read)."""
        self._asked += 1
        self._waiting = None
        self._locks += 1
        self._chosen.clear()
        self._bar.clear()

    def _late(self, asked: int, locks: int) -> bool:
        """Whether an answer is no longer wanted; one from before a lock is forgotten."""
        if not isValid(self):
            if isValid(self._session):
                self._session.forget_calendar()  # Today is gone: what it read goes too
            return True
        if locks != self._locks or not self._session.is_open:
            self._session.forget_calendar()  # read while locking: its titles go too
            return True
        if asked == self._waiting:
            self._waiting = None
        return asked != self._asked

    def _read(self, asked: int, locks: int, proposal: TimeProposal | None) -> None:
        if self._late(asked, locks):
            return
        self._bar.clear_note()  # "Reading your calendar…" has its answer
        if proposal is not None:
            self._bar.show_calendar(proposal)

    def _failed(self, asked: int, locks: int, error: Exception) -> None:
        if self._late(asked, locks):
            return
        self._bar.clear_note()
        day = self._bar.shown_day
        if day is None or not self._bar.open_to_calendar(day):
            return

        def render(language: Language) -> str:
            return tr(cw.NOT_READ, language).format(reason=user_message(error, language))

        self._bar.show_note(render)

    def show_events(self) -> None:
        """The events dialog for the calendar proposal shown; OK shows its choices."""
        proposal = self._bar.proposal
        if (
            proposal is None
            or proposal.source is not ProposalSource.CALENDAR
            or proposal.calendar is None
            or not self._session.is_open
        ):
            return
        # Imported on first use: the calendar's readers are not needed to paint Today.
        from wellbeing_desktop.ui.today.calendar_events import EventsDialog

        day = proposal.day
        dialog = EventsDialog(
            self._session.journal,
            proposal.calendar,
            self._chosen.get(day, {}),
            self._session.calendar_reader.tz,
            self._session.language,
            self._view,
        )
        dialog.rule_kept.connect(lambda: self._session.notify(Change.SETTINGS, self._view))
        self._session.closed.connect(dialog.reject)  # locked while open: the titles go
        self.dialog = dialog
        try:
            accepted = dialog.exec() == EventsDialog.DialogCode.Accepted
        finally:
            self.dialog = None
            self._session.closed.disconnect(dialog.reject)
            dialog.deleteLater()
        if not accepted or not isValid(self) or not self._session.is_open:
            return
        self._chosen[day] = dialog.chosen
        chosen = calendar_proposal(dialog.calendar)
        if chosen is not None:
            self._bar.show_calendar(chosen)
