"""A day's minutes per category from its calendar events (issue #16): facts, never invented.

The day is the user's local day (midnight to midnight in their time zone, 23 or 25 hours
on a daylight-saving change). An event counts the part of it that falls inside the day.
Events that overlap count once: each moment goes to the event that started last (the
meeting inside a longer block is what happened), at equal starts to the shorter one. An
all-day event, and one of 24 hours or more (a conference, a holiday), is listed but not
counted: it says where the user was, not how the hours went. Time outside events is not
in the calendar, and the proposal says so rather than filling it.

Events live in memory only; their titles are shown, never stored.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.aggregation import minutes_by_kind
from wellbeing_desktop.domain.calendar_rules import PlacedBy

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from datetime import date, tzinfo

    from wellbeing_desktop.domain.errors import Message
    from wellbeing_desktop.domain.models import ActivityKind, Category

A_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One occurrence of an event as read from a calendar file.

    ``start`` and ``end`` are aware datetimes (``all_day``: midnight of the first day and
    of the day after the last). ``key`` tells occurrences apart (its UID and start) so
    that a choice made in the preview sticks to it; ``categories`` are its ``CATEGORIES``.
    """

    key: str
    title: str
    start: datetime
    end: datetime
    categories: tuple[str, ...] = ()
    all_day: bool = False

    @property
    def counted_whole(self) -> bool:
        """Whether the event is timed and shorter than a day (else listed, never counted)."""
        # In UTC: the same zone on both ends would subtract wall-clock times, and a day
        # the clocks change would make a 23-hour night shift "a whole day".
        return not self.all_day and self.end.astimezone(UTC) - self.start.astimezone(UTC) < A_DAY


@dataclass(frozen=True, slots=True)
class CountedEvent:
    """An event of the day as the proposal counts it.

    ``minutes``: the minutes it counts on the day after overlaps (0 for an all-day event,
    or one wholly inside a later-starting one); ``category``: the key it went to (None:
    unplaced); ``placed_by``: why; ``in_day``: its own minutes inside the local day
    before overlaps took any (what "30 m of 1 h" says).
    """

    event: CalendarEvent
    minutes: int
    category: str | None
    placed_by: PlacedBy
    in_day: int = 0

    @property
    def counted(self) -> bool:
        return self.event.counted_whole


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """What the calendar says about ``day``: events, minutes per category, and problems.

    ``minutes`` holds only categories with time; ``unplaced_minutes`` is the time of
    events that went to no category; ``problems`` are lines for the user (an event left
    out, a time zone not known) that the day's figures do not hide.
    """

    day: date
    events: tuple[CountedEvent, ...] = ()
    minutes: dict[str, int] = field(default_factory=dict)
    unplaced_minutes: int = 0
    problems: tuple[Message, ...] = ()

    @property
    def counted_minutes(self) -> int:
        """The minutes the calendar accounts for: placed and unplaced, overlaps once."""
        return sum(self.minutes.values()) + self.unplaced_minutes

    def kinds(self, categories: Sequence[Category]) -> dict[ActivityKind, int]:
        """Minutes per kind (operations, leadership, own work) of the placed minutes."""
        return minutes_by_kind(self.minutes, {c.key: c.kind for c in categories})


def local_day_bounds(day: date, tz: tzinfo | None) -> tuple[datetime, datetime]:
    """The day's first and first-after moments in UTC (``tz`` None: the system's zone)."""
    return to_utc(datetime.combine(day, time()), tz), to_utc(
        datetime.combine(day + A_DAY, time()), tz
    )


def to_utc(moment: datetime, tz: tzinfo | None) -> datetime:
    """``moment`` in UTC; a naive (floating) time is read in ``tz`` (None: the system's)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()
    return moment.astimezone(UTC)


def to_local(moment: datetime, tz: tzinfo | None) -> datetime:
    """``moment`` (aware) in ``tz`` (None: the system's zone), to show."""
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def count_day(
    day: date,
    events: Iterable[CalendarEvent],
    placements: Mapping[str, tuple[str | None, PlacedBy]],
    tz: tzinfo | None = None,
    problems: Sequence[Message] = (),
) -> CalendarDay:
    """Count ``events`` on ``day``: per event, per category and unplaced, overlaps once.

    ``placements`` holds each event's category and why, by ``CalendarEvent.key``
    (``calendar_rules.place_event``). Events that do not touch the day are dropped; the
    rest are listed in order of start.
    """
    day_start, day_end = local_day_bounds(day, tz)
    listed: list[CalendarEvent] = []
    spans: dict[str, tuple[datetime, datetime]] = {}
    in_day: dict[str, float] = {}
    seen: set[str] = set()
    for event in events:
        if event.key in seen:
            continue  # one occurrence is counted once, whatever copies the files hold
        seen.add(event.key)
        start, end = to_utc(event.start, tz), to_utc(event.end, tz)
        if not event.counted_whole:
            if start < day_end and end > day_start:
                listed.append(event)
            continue
        start, end = max(start, day_start), min(end, day_end)
        if end <= start:
            continue
        listed.append(event)
        spans[event.key] = (to_utc(event.start, tz), to_utc(event.end, tz))
        in_day[event.key] = (end - start).total_seconds()
    listed.sort(key=lambda e: (to_utc(e.start, tz), to_utc(e.end, tz), e.key))
    seconds = _seconds_after_overlaps(listed, spans, day_start, day_end)

    counted: list[CountedEvent] = []
    per_category: dict[str, float] = {}
    unplaced = 0.0
    for event in listed:
        category, placed_by = placements.get(event.key, (None, PlacedBy.NONE))
        own = seconds.get(event.key, 0.0)
        whole = _minutes(in_day.get(event.key, 0.0))
        counted.append(CountedEvent(event, _minutes(own), category, placed_by, whole))
        if category is None:
            unplaced += own
        else:
            per_category[category] = per_category.get(category, 0.0) + own
    minutes = {key: _minutes(value) for key, value in per_category.items() if _minutes(value)}
    return CalendarDay(day, tuple(counted), minutes, _minutes(unplaced), tuple(problems))


def _seconds_after_overlaps(
    events: Sequence[CalendarEvent],
    spans: Mapping[str, tuple[datetime, datetime]],
    day_start: datetime,
    day_end: datetime,
) -> dict[str, float]:
    """Seconds each timed event owns inside the day: each moment goes to one event.

    The moment goes to the event that started last; at equal starts to the one that ends
    first; then to the one listed first.
    """
    timed = [event for event in events if event.key in spans]
    cuts = sorted(
        {day_start, day_end}
        | {max(day_start, min(day_end, moment)) for key in spans for moment in spans[key]}
    )
    # A sweep from cut to cut: events join the heap as they start; the heap's top is the
    # owner (latest start, then earliest end, then first listed); ended ones leave it when
    # they come to the top. n log n: a day of thousands of events takes no time.
    by_start = sorted(range(len(timed)), key=lambda i: spans[timed[i].key][0])
    heap: list[tuple[float, datetime, int]] = []
    joined = 0
    owned: dict[str, float] = {}
    for left, right in pairwise(cuts):
        while joined < len(by_start) and spans[timed[by_start[joined]].key][0] <= left:
            index = by_start[joined]
            start, end = spans[timed[index].key]
            heapq.heappush(heap, (-start.timestamp(), end, index))
            joined += 1
        while heap and heap[0][1] <= left:
            heapq.heappop(heap)
        if heap:
            owner = timed[heap[0][2]].key
            owned[owner] = owned.get(owner, 0.0) + (right - left).total_seconds()
    return owned


def _minutes(seconds: float) -> int:
    """Whole minutes, half a minute and more rounded up (events rarely hold seconds)."""
    return int(seconds / 60 + 0.5)
