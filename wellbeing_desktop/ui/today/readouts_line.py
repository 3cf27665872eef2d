"""Today's read-outs: the week's leadership share under the time card, and the suggestions.

Read off the GUI thread (``services.today.today_readouts``); a read-out asked for later
wins, one for another week is never shown beside the day, and a lock drops them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from shiboken6 import isValid

from wellbeing_desktop.services.today import today_readouts
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.today import words
from wellbeing_desktop.ui.today.time_panel import percent

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from wellbeing_desktop.services.today import TodayReadouts
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession
    from wellbeing_desktop.ui.today.banners import SuggestionBanners
    from wellbeing_desktop.ui.today.time_panel import TimePanel


class ReadoutsLine(QObject):
    """The week line and the suggestion banners of the day Today shows (``shown_day``)."""

    def __init__(
        self,
        session: JournalSession,
        tasks: TaskRunner,
        time: TimePanel,
        banners: SuggestionBanners,
        shown_day: Callable[[], date | None],
        target: Callable[[], int],
    ) -> None:
        super().__init__(time)
        self._session, self._tasks = session, tasks
        self._time, self._banners = time, banners
        self._shown_day, self._target = shown_day, target
        # Asked and shown so far, and the last shown.
        self._asked = self._shown = 0
        self._readouts: TodayReadouts | None = None

    @property
    def pending(self) -> bool:
        """Whether read-outs asked for have not come back yet (for tests and tools)."""
        return self._shown < self._asked

    def refresh(self) -> None:
        """The week's share and suggestions, off the GUI thread; the shown ones stay till then."""
        day = self._shown_day()
        if day is None or not self._session.is_open:
            return
        self.show()  # a week line about another week goes at once
        self._asked += 1
        asked, journal = self._asked, self._session.journal
        # Looked up at each call (tests slow it down through this module).
        read = today_readouts
        self._tasks.run(
            lambda: read(journal, day),
            lambda readouts: self._read(asked, readouts),
            lambda _error: self._read(asked, None),
        )

    def forget(self, *, running_too: bool = False) -> None:
        """Drop the read-outs shown (``running_too``: a read still running is not shown)."""
        if running_too:
            self._shown = self._asked
        self._readouts = None

    def _read(self, asked: int, readouts: TodayReadouts | None) -> None:
        if not isValid(self) or asked <= self._shown:
            return  # the view went, or the journal locked (or a newer read came first)
        self._shown = asked
        if asked != self._asked or self._shown_day() is None or not self._session.is_open:
            return  # a newer read is on its way, or nothing is loaded now
        # Read-outs are a bonus: if they cannot be read, the day stays editable and saveable.
        if readouts is not None:
            self._readouts = readouts
            self.show()

    def show(self) -> None:
        """Show the last read-outs, in the session's language, beside the day shown."""
        readouts, language, day = self._readouts, self._session.language, self._shown_day()
        if readouts is None:
            return
        if day is None or readouts.day.isocalendar()[:2] != day.isocalendar()[:2]:
            # Read for a day of another week: say nothing until this week's share arrives
            # (never the other week's line beside this day).
            self._time.set_week_text("")
        elif readouts.leadership_share is None:
            self._time.set_week_text(tr(words.WEEK_EMPTY, language).format(week=readouts.week))
        else:
            self._time.set_week_text(
                tr(words.WEEK_LINE, language).format(
                    week=readouts.week,
                    share=percent(readouts.leadership_share),
                    target=self._target(),
                )
            )
        self._banners.show_suggestions(readouts.suggestions)
