"""What Today shows beside the form: the week's leadership share and the suggestions.

One call, ``today_readouts``, reads it all (a handful of small reads); the Today view runs
it off the GUI thread and only shows the value it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.suggestions import (
    signpost,
    sparring_nudge,
    who5_due,
    who5_never_taken,
)

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.services.journal import Journal

RECENT_DAYS = 30  # what the sparring nudge and the signpost look at


@dataclass(frozen=True, slots=True)
class Suggestions:
    """What the domain suggests right now (see ``domain.suggestions``)."""

    nudge: bool = False
    signpost: str | None = None
    who5_due: bool = False
    who5_first: bool = False  # no WHO-5 taken yet: the offer is worded as the first one


@dataclass(frozen=True, slots=True)
class TodayReadouts:
    """What Today shows beside the day's form.

    Beside the day's form: its ISO week, that week's leadership share so far (None
    when no time is logged in it) and the gentle suggestions as of today.
    """

    day: date
    week: int
    leadership_share: float | None
    suggestions: Suggestions


def today_readouts(journal: Journal, day: date) -> TodayReadouts:
    """The read-outs for ``day`` (the week up to today; suggestions from recent days)."""
    today = journal.today()
    monday = day - timedelta(days=day.weekday())
    summaries = journal.summaries(Granularity.WEEK, monday, min(monday + timedelta(6), today))
    recent = journal.days(today - timedelta(days=RECENT_DAYS), today)
    checkins = journal.who5_checkins()
    first = who5_never_taken(checkins, today=today)
    due = who5_due(checkins, today=today, first_day=journal.first_day() if first else None)
    return TodayReadouts(
        day=day,
        week=day.isocalendar().week,
        leadership_share=summaries[0].leadership_share if summaries else None,
        suggestions=Suggestions(
            nudge=sparring_nudge(recent, journal.sparring_topics(), today=today),
            signpost=signpost(recent, checkins, today=today),
            who5_due=due,
            who5_first=due and first,
        ),
    )
