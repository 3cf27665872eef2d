"""Shared builders for the pulse's domain tests: day logs, a leader's pulse, a round.

The summaries come from the real ``aggregation`` functions over day logs.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from wellbeing_desktop.domain.aggregation import Granularity, overall, summarize
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
from wellbeing_desktop.domain.models import DayLog, SparringTopic, TopicStatus, Who5CheckIn
from wellbeing_desktop.domain.pulse import LeaderPulse, PulseRound, compute_pulse

# Monday 5 October to Sunday 29 November 2026: eight whole ISO weeks.
START, END = date(2026, 10, 5), date(2026, 11, 29)
NORM = 37.0


def day(week: int, weekday: int = 0, **fields: Any) -> DayLog:
    """A day in the ``week``-th week of the period (0 = the first), Monday = 0."""
    return DayLog(day=START + timedelta(weeks=week, days=weekday), **fields)


def worked(lead: int, ops: int, hours: float | None = None) -> dict[str, Any]:
    """Minutes of leadership and operations, and the day's hours in all if given."""
    minutes = {"people_leadership": lead, "operations": ops}
    return {
        "minutes": minutes,
        "hours_worked_minutes": None if hours is None else round(hours * 60),
    }


def pulse_of(
    logs: list[DayLog],
    *,
    start: date = START,
    end: date = END,
    topics: tuple[SparringTopic, ...] = (),
    checkins: tuple[Who5CheckIn, ...] = (),
    include_who5: bool = False,
    target: int = 40,
    norm: float = NORM,
) -> LeaderPulse:
    weeks = summarize(
        logs,
        categories=DEFAULT_CATEGORIES,
        who5=checkins,
        weekly_norm=norm,
        granularity=Granularity.WEEK,
        start=start,
        end=end,
    )
    whole = overall(
        logs, categories=DEFAULT_CATEGORIES, who5=checkins, weekly_norm=norm, start=start, end=end
    )
    return compute_pulse(
        start=start,
        end=end,
        weeks=weeks,
        overall=whole,
        target_percent=target,
        weekly_norm=norm,
        topics=topics,
        checkins=checkins,
        include_who5=include_who5,
    )


def topic(
    situation: str, raised: date, resolved: date | None = None, *, status: TopicStatus | None = None
) -> SparringTopic:
    if status is None:
        status = TopicStatus.OPEN if resolved is None else TopicStatus.RESOLVED
    return SparringTopic(raised, situation, "hr", "notes", status, resolved)


ROUND = PulseRound("0" * 32, "Ledergruppen, efterår 2026", START, END, 5, bytes(32))


def leader(**changes: Any) -> LeaderPulse:
    base = LeaderPulse(
        days_logged=30,
        weeks_counted=8,
        leadership_share=0.4,
        target_percent=40,
        hours_per_week=40.0,
        weekly_norm=37.0,
        weeks_over_norm=0,
        step_shares=(0.2, 0.2, 0.2, 0.2, 0.2),
        demands_mean=5.0,
        resources_mean=5.0,
        top_demands=(),
        top_resources=(),
        open_situations=(),
        resolved_situations=(),
        has_sparring=False,
    )
    return dataclasses.replace(base, **changes)
