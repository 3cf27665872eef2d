"""A small, fully known journal for the 1:1 and coach-summary tests (today: 2026-11-26)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    OneOnOne,
    ShareLevel,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal

START = date(2026, 11, 9)  # a Monday; the period is two full weeks
END = date(2026, 11, 22)

# Phrases that must never (or only when chosen) leave the app. No punctuation, so no
# renderer's escaping can hide them from a plain substring search.
PRIVATE_CANARY = "zebracanary private phrase"
ONE_ON_ONE_CANARY = "okapicanary oneonone phrase"
COACH_PHRASE = "lynxphrase coach reflection"
HOSTILE = '<script>alert("x")</script> & *bold* | pipe # hash'

PREVIOUS_MEETING = OneOnOne(
    held_on=date(2026, 11, 9),
    with_whom="Mette",
    agenda=("Budget",),
    notes="Talked about the budget.",
    actions=(
        ActionItem("Book protected strategy time", done=False),
        ActionItem("Send the rota", done=True),
        ActionItem("Ask HR about the sick-leave process", done=False),
    ),
)
OLDER_MEETING = OneOnOne(
    held_on=date(2026, 10, 12),
    with_whom="Mette",
    actions=(ActionItem("An older open action", done=False),),
)


def day(n: int, **fields: object) -> DayLog:
    """Day ``n`` of the period (0 = START), with minutes and steps unless overridden."""
    values: dict[str, object] = {
        "minutes": {"operations": 240, "people_leadership": 120, "strategy": 60, "own_tasks": 60},
        "hours_worked_minutes": 480,
        "stress_step": 2,
        "demands": 7,
        "resources": 4,
        "demand_items": ("d3", "d2"),
        "resource_items": ("r1",),
        "energy": 3,
        "signals": ("sig-sleep",),
    }
    values.update(fields)
    return DayLog(day=START + timedelta(days=n), **values)  # type: ignore[arg-type]


def fill(journal: Journal) -> None:
    """Ten working days with known numbers, three marked reflections, topics, 1:1s, WHO-5."""
    days = [day(n) for n in (0, 1, 2, 3, 4, 7, 8, 9, 10, 11)]
    # Day 2: private; day 3: one-on-one; day 4: coach; day 7: coach, hostile text.
    days[2] = day(2, reflection=f"{PRIVATE_CANARY}\nmore private words", stress_step=3)
    days[3] = day(
        3,
        reflection=f"{ONE_ON_ONE_CANARY}\nsecond line",
        share=ShareLevel.ONE_ON_ONE,
        stress_step=3,
    )
    days[4] = day(4, reflection=COACH_PHRASE, share=ShareLevel.COACH, demand_items=("d15",))
    days[5] = day(7, reflection=HOSTILE, share=ShareLevel.COACH)
    days[6] = day(8, minutes={"operations": 480}, stress_step=4)
    for log in days:
        journal.save_day(log)
    journal.save_one_on_one(OLDER_MEETING)
    journal.save_one_on_one(PREVIOUS_MEETING)
    journal.save_sparring_topic(
        SparringTopic(raised_on=date(2026, 11, 3), situation="conflict", with_whom="own_leader")
    )
    journal.save_sparring_topic(
        SparringTopic(
            raised_on=date(2026, 10, 1),
            situation="dismissal",
            with_whom="hr",
            notes="secret sparring notes",
            status=TopicStatus.RESOLVED,
            resolved_on=date(2026, 11, 12),
        )
    )
    journal.record_who5(Who5CheckIn(date(2026, 10, 30), (2, 2, 2, 2, 2)))
    journal.record_who5(Who5CheckIn(date(2026, 11, 13), (3, 3, 3, 3, 4)))
