"""Gentle suggestions: a sparring nudge, a signpost to talk to someone, a WHO-5 reminder.

The rules follow the domain notes ("Signposting", §7). They reflect the user's own
entries back; they never diagnose. Only the staircase days that have a step count:
a day logged without a step says nothing about stress.
"""

from __future__ import annotations

from datetime import date, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.catalogues import WHO5_LOW, WHO5_REDUCED, Texts
from wellbeing_desktop.domain.help_words import HELP_DOCTOR_FIRST, HELP_TALK

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from wellbeing_desktop.domain.models import DayLog, SparringTopic, Who5CheckIn

# "Several days": the last three days with a step, all inside the last week.
NUDGE_DAYS = 3
NUDGE_WINDOW_DAYS = 7
NUDGE_STEP = 3
# A sparring topic raised or resolved this recently means the user is already talking.
SPARRING_QUIET_DAYS = 30

# Step 4-5 counts only if the latest step is recent: today or the two days before.
RECENT_DAYS = 3
HIGH_STEP = 4
# "Step 3 on most days for two weeks": more than half of the days with a step in the last
# 14 days, and at least 6 such days so a few logged days cannot stand for two weeks.
PERSISTENT_WINDOW_DAYS = 14
PERSISTENT_MIN_DAYS = 6

WHO5_INTERVAL_DAYS = 14
# No WHO-5 offer in the first week of use (counted from the first day logged).
FIRST_WEEK_DAYS = 7

NUDGE_TEXT: Texts = (
    "Du har været på trin 3 eller derover flere dage i træk. Måske er det en god idé at "
    "tale med nogen – din egen leder, HR eller en i ledergruppen.",
    "You have been on step 3 or above for several days. It may help to talk to someone — "
    "your own leader, HR or someone in your leader group.",
)

# Reason keys returned by signpost(), most pressing first.
SIGNPOST_WHO5_LOW = "who5_low"
SIGNPOST_WHO5_TWICE = "who5_twice"
SIGNPOST_STEP_HIGH = "step_high"
SIGNPOST_STEP_PERSISTENT = "step_persistent"

# The kinds of help a Danish leader has, no company named (issue #17): one list for the
# banner, the WHO-5 dialog and the insights (domain/help_words.py). At WHO-5 ≤ 28 the
# doctor comes first; elsewhere the people around the leader come first.
SIGNPOST_TEXTS: Mapping[str, Texts] = MappingProxyType(
    {
        SIGNPOST_WHO5_LOW: (
            f"Din seneste WHO-5 er 28 eller derunder. {HELP_DOCTOR_FIRST[0]}",
            f"Your latest WHO-5 score is 28 or below. {HELP_DOCTOR_FIRST[1]}",
        ),
        SIGNPOST_WHO5_TWICE: (
            f"Dine to seneste WHO-5 ligger begge på 50 eller derunder. {HELP_TALK[0]}",
            f"Your last two WHO-5 scores are both 50 or below. {HELP_TALK[1]}",
        ),
        SIGNPOST_STEP_HIGH: (
            f"Du har placeret dig på trin 4 eller 5 på stresstrappen. {HELP_TALK[0]}",
            f"You have placed yourself on step 4 or 5 of the stress staircase. {HELP_TALK[1]}",
        ),
        SIGNPOST_STEP_PERSISTENT: (
            "Du har været på trin 3 eller derover de fleste dage de sidste to uger. "
            f"{HELP_TALK[0]}",
            f"You have been on step 3 or above on most days for two weeks. {HELP_TALK[1]}",
        ),
    }
)


def _steps_since(logs: Iterable[DayLog], first: date, today: date) -> list[tuple[date, int]]:
    """(day, step) for days in ``[first, today]`` with a step, oldest first, one per day."""
    by_day = {
        log.day: log.stress_step
        for log in logs
        if log.stress_step is not None and first <= log.day <= today
    }
    return sorted((day, step) for day, step in by_day.items() if step is not None)


def _window_start(today: date, days: int) -> date:
    # A window of N days includes today: 7 days back from Sunday starts on Monday.
    return today - timedelta(days=days - 1)


def sparring_nudge(logs: Iterable[DayLog], topics: Iterable[SparringTopic], *, today: date) -> bool:
    """Whether to suggest sparring.

    Whether to suggest sparring: step ≥ 3 on each of the last 3 days with a step (all
    within the last 7 days), and no sparring topic raised or resolved in the last 30 days.
    """
    steps = _steps_since(logs, _window_start(today, NUDGE_WINDOW_DAYS), today)
    recent = steps[-NUDGE_DAYS:]
    if len(recent) < NUDGE_DAYS or any(step < NUDGE_STEP for _, step in recent):
        return False
    quiet_since = _window_start(today, SPARRING_QUIET_DAYS)
    for topic in topics:
        for day in (topic.raised_on, topic.resolved_on):
            if day is not None and quiet_since <= day <= today:
                return False
    return True


def signpost(logs: Iterable[DayLog], who5: Iterable[Who5CheckIn], *, today: date) -> str | None:
    """The reason key (see ``SIGNPOST_TEXTS``) to suggest talking to someone, or ``None``.

    In order: the latest WHO-5 is ≤ 28; the last two WHO-5 are both ≤ 50; the latest
    staircase step (within the last 3 days) is 4 or 5; step ≥ 3 on more than half of the
    days with a step in the last 14 days (at least 6 such days). Check-ins and days after
    ``today`` are ignored.
    """
    checkins = sorted((c for c in who5 if c.taken_on <= today), key=lambda c: c.taken_on)
    if checkins and checkins[-1].score <= WHO5_LOW:
        return SIGNPOST_WHO5_LOW
    if len(checkins) >= 2 and all(c.score <= WHO5_REDUCED for c in checkins[-2:]):
        return SIGNPOST_WHO5_TWICE
    steps = _steps_since(logs, _window_start(today, PERSISTENT_WINDOW_DAYS), today)
    if steps:
        latest_day, latest_step = steps[-1]
        if latest_step >= HIGH_STEP and latest_day >= _window_start(today, RECENT_DAYS):
            return SIGNPOST_STEP_HIGH
    high_days = sum(1 for _, step in steps if step >= NUDGE_STEP)
    if len(steps) >= PERSISTENT_MIN_DAYS and high_days * 2 > len(steps):
        return SIGNPOST_STEP_PERSISTENT
    return None


def who5_due(who5: Iterable[Who5CheckIn], *, today: date, first_day: date | None = None) -> bool:
    """Whether to offer a WHO-5 check-in.

    With check-ins: the latest is 14 or more days old. With none yet: only after a first
    week of use, i.e. the first day logged (``first_day``; None: no day logged) is 7 or
    more days before ``today`` — a new user is not asked on the first day. The WHO-5
    stays open to take at any time from Today's header.
    """
    taken = [c.taken_on for c in who5 if c.taken_on <= today]
    if taken:
        return (today - max(taken)).days >= WHO5_INTERVAL_DAYS
    return first_day is not None and (today - first_day).days >= FIRST_WEEK_DAYS


def who5_never_taken(who5: Iterable[Who5CheckIn], *, today: date) -> bool:
    """Whether no WHO-5 has been taken yet (an offer is then worded as the first one)."""
    return not any(c.taken_on <= today for c in who5)
