"""Plain-language insights from the numbers: transparent, testable rules.

Each rule names the figures that triggered it, the period, and where its threshold
comes from (domain notes). Wording is reflective, never diagnostic.

The rules read the weeks of the range the user chose (``PeriodSummary`` per ISO week),
the WHO-5 check-ins inside it, the sparring topics and the user's own norms. Choices:

* "The last weeks" are the range's last weeks; the very last one is skipped when
  nothing is logged in it yet (a Monday morning), but any other week without a log
  breaks a run: a gap is never read as a pattern, in either direction.
* A rule compares the numbers as it shows them (whole per cent, one decimal), so the
  sentence never contradicts its own figures.
* Good news mirrors a concern: it names the end of a run the app would have pointed
  out (and resources outweighing demands, the UX brief's own words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.insight_facts import DayPoint as DayPoint
from wellbeing_desktop.domain.insight_facts import Facts
from wellbeing_desktop.domain.insight_facts import Insight as Insight
from wellbeing_desktop.domain.insight_facts import InsightTone as InsightTone
from wellbeing_desktop.domain.insight_facts import format_weeks as format_weeks
from wellbeing_desktop.domain.insight_facts import percent as percent
from wellbeing_desktop.domain.insight_rules import RULES
from wellbeing_desktop.domain.thresholds import who5_change

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import date

    from wellbeing_desktop.domain.aggregation import PeriodSummary
    from wellbeing_desktop.domain.models import Language, Settings, SparringTopic, Who5CheckIn


def find_insights(
    weeks: Sequence[PeriodSummary],
    *,
    sparring: Iterable[SparringTopic],
    who5: Iterable[Who5CheckIn],
    settings: Settings,
    start: date,
    end: date,
    language: Language,
) -> list[Insight]:
    """The insights for ``[start, end]``, most pressing first, good news last.

    Args:
        weeks: the range's summaries per ISO week (``Granularity.WEEK``), oldest first.
        sparring: every sparring topic (the rule looks back 30 days from ``end``).
        who5: check-ins; those inside ``[start, end]`` are read, and the newest one before
            ``start``: a rise or fall compares the latest check-in in the range with the
            one before it, even when that one is older than the range.
        settings: the user's weekly hours norm and leadership-share target.
        start: the first day of the range.
        end: the last day of the range.
        language: the language of the sentences.
    """
    trimmed = tuple(weeks)
    if trimmed and trimmed[-1].days_logged == 0:
        trimmed = trimmed[:-1]  # nothing logged yet in the last week
    checkins = sorted((c for c in who5 if c.taken_on <= end), key=_taken_on)
    facts = Facts(
        weeks=trimmed,
        end=end,
        settings=settings,
        sparring=tuple(sparring),
        who5=tuple(c for c in checkins if c.taken_on >= start),
        language=language,
        who5_change=who5_change(checkins, start, end),
    )
    return [found for rule in RULES if (found := rule(facts)) is not None]


def _taken_on(checkin: Who5CheckIn) -> date:
    return checkin.taken_on
