"""The proposed time split Today shows for a day with no time logged (never written here).

``time_proposal`` only reads: the day itself (a day with time logged gets no proposal),
the days of the last weeks before it and the categories. The rule is in
``domain.proposals``; a new source (the calendar, issue #16) is added there and here.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.proposals import (
    ProposalSource,
    TimeProposal,
    lookback_start,
    propose_time,
)

if TYPE_CHECKING:
    from collections.abc import Collection
    from datetime import date

    from wellbeing_desktop.domain.models import DayLog
    from wellbeing_desktop.services.journal import Journal

__all__ = [
    "ProposalSource",
    "TimeProposal",
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
