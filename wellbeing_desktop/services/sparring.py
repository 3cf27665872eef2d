"""What the Sparring page shows: open and resolved topics in their order, and the nudge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import SparringTopic, TopicStatus
from wellbeing_desktop.domain.suggestions import NUDGE_WINDOW_DAYS, sparring_nudge

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wellbeing_desktop.services.journal import Journal


@dataclass(frozen=True, slots=True)
class SparringOverview:
    """The sparring topics as the page shows them.

    Open topics (in the journal's order), resolved ones (latest first), and whether to
    nudge the user to talk to someone (``domain.suggestions.sparring_nudge``).
    """

    open: tuple[SparringTopic, ...]
    resolved: tuple[SparringTopic, ...]
    nudge: bool


def split_topics(
    topics: Iterable[SparringTopic],
) -> tuple[tuple[SparringTopic, ...], tuple[SparringTopic, ...]]:
    """Open topics in the order given, resolved ones latest first.

    The open topics in the order given, and the resolved ones latest first (by the day
    resolved, else raised; then the newest topic first).
    """
    topics = list(topics)
    open_topics = tuple(t for t in topics if t.status is TopicStatus.OPEN)
    resolved = sorted(
        (t for t in topics if t.status is TopicStatus.RESOLVED),
        key=lambda t: (t.resolved_on or t.raised_on, t.id or 0),
        reverse=True,
    )
    return open_topics, tuple(resolved)


def sparring_overview(journal: Journal) -> SparringOverview:
    """The topics and the nudge as of the journal's today (a few small reads)."""
    topics = journal.sparring_topics()
    today = journal.today()
    recent = journal.days(today - timedelta(days=NUDGE_WINDOW_DAYS), today)
    open_topics, resolved = split_topics(topics)
    return SparringOverview(open_topics, resolved, sparring_nudge(recent, topics, today=today))
