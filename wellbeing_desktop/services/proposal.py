"""The proposed time split Today shows for a day with no time logged (never written here).

``time_proposal`` only reads: the day itself (a day with time logged gets no proposal),
the days of the last weeks before it and the categories. The rule is in
``domain.proposals``. ``calendar_proposal_for`` is the calendar's (issue #16): it reads
files, so the GUI calls it off the GUI thread and shows it in place of the other when the
day has counted events.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.proposals import (
    ProposalSource,
    TimeProposal,
    calendar_proposal,
    lookback_start,
    propose_time,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping
    from datetime import date

    from wellbeing_desktop.domain.models import DayLog
    from wellbeing_desktop.services.calendar import CalendarReader
    from wellbeing_desktop.services.journal import Journal

__all__ = [
    "ProposalSource",
    "TimeProposal",
    "calendar_proposal_for",
    "needs_proposal",
    "proposal_for_stored",
    "time_proposal",
]


def needs_proposal(stored: DayLog | None) -> bool:
    """Whether a day as stored (or ``None``: not stored) could get a proposal: no time.

    A day logged with every category at 0 (a day off, a sick day) has its time: no
    proposal may offer to overwrite it.
    """
    return stored is None or not stored.minutes


def time_proposal(journal: Journal, day: date) -> TimeProposal | None:
    """The proposal for ``day``, or ``None`` (time already logged, or nothing to go on)."""
    if day > journal.today():
        return None
    return proposal_for_stored(journal, day, journal.day(day))


def proposal_for_stored(
    journal: Journal,
    day: date,
    stored: DayLog | None,
    categories: Collection[str] | None = None,
) -> TimeProposal | None:
    """The proposal for ``day`` as the caller just read it (``stored``; None: not stored).

    Reads the days of the last weeks before ``day``, and the category keys unless the
    caller holds them (``categories``: Today has a box for each); writes nothing.
    """
    if not needs_proposal(stored):
        return None
    earlier = journal.minutes_between(lookback_start(day), day - timedelta(days=1))
    if categories is None:
        categories = {category.key for category in journal.categories()}
    return propose_time(day, earlier, categories)


def calendar_proposal_for(
    journal: Journal,
    day: date,
    stored: DayLog | None,
    reader: CalendarReader,
    chosen: Mapping[str, str] | None = None,
) -> TimeProposal | None:
    """The calendar's proposal for ``day``, or None (time logged, no files set, no events).

    Reads the calendar files set in Settings (a WellbeingError in one line for one that
    cannot be used); ``chosen`` are categories the user picked in the preview, by event
    key. Writes nothing.
    """
    if not needs_proposal(stored) or day > journal.today():
        return None
    if not journal.calendar_settings().files:
        return None
    # Imported here: the calendar's readers (time zones, the file scan) are not needed
    # for Today's first paint, only when calendar files are set.
    from wellbeing_desktop.services.calendar import read_calendar_day

    return calendar_proposal(read_calendar_day(journal, day, reader, chosen=chosen))
