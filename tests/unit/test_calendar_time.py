"""Counting a day's events (issue #16): the local day, overlaps once, nothing invented.

Each moment of the day goes to one event: the one that started last, at equal starts the
one that ends first. All-day events and events of a day or more are listed, never counted.
The property: whatever the events, the minutes counted (placed and unplaced) are exactly
the time the events cover within the local day, and never more than the day's length
(23 or 25 hours on a daylight-saving day).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_desktop.domain.calendar_rules import PlacedBy
from wellbeing_desktop.domain.calendar_time import CalendarEvent, count_day, local_day_bounds

CPH = ZoneInfo("Europe/Copenhagen")
DAY = date(2026, 11, 2)


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CPH)


def _event(key: str, start: datetime, end: datetime, all_day: bool = False) -> CalendarEvent:
    return CalendarEvent(key=key, title=key, start=start, end=end, all_day=all_day)


def _owned(events: list[CalendarEvent], day: date = DAY) -> dict[str, int]:
    counted = count_day(day, events, {}, CPH)
    return {item.event.key: item.minutes for item in counted.events}


def test_the_event_that_started_last_owns_the_overlap() -> None:
    block = _event("block", _at(9), _at(12))
    inside = _event("inside", _at(10), _at(10, 30))
    late = _event("late", _at(11, 30), _at(13))

    # block: 09:00-10:00 and 10:30-11:30 = 120; inside: 30; late: 11:30-13:00 = 90.
    assert _owned([late, block, inside]) == {"block": 120, "inside": 30, "late": 90}


def test_at_equal_starts_the_shorter_event_owns_the_overlap() -> None:
    long = _event("long", _at(9), _at(11))
    short = _event("short", _at(9), _at(10))

    assert _owned([long, short]) == {"long": 60, "short": 60}


def test_the_same_time_twice_counts_once() -> None:
    first = _event("a", _at(9), _at(10))
    second = _event("b", _at(9), _at(10))

    counted = count_day(DAY, [second, first], {}, CPH)

    assert sorted(item.minutes for item in counted.events) == [0, 60]
    assert counted.unplaced_minutes == 60


def test_all_day_and_day_long_events_are_listed_and_never_counted() -> None:
    holiday = _event("holiday", _at(0), _at(0, day=DAY + timedelta(days=1)), all_day=True)
    conference = _event("conference", _at(8), _at(8, day=DAY + timedelta(days=2)))
    meeting = _event("meeting", _at(10), _at(11))
    elsewhere = _event(
        "elsewhere", _at(10, day=DAY + timedelta(days=3)), _at(11, day=DAY + timedelta(days=3))
    )

    counted = count_day(DAY, [meeting, conference, holiday, elsewhere], {}, CPH)

    assert [(item.event.key, item.minutes, item.counted) for item in counted.events] == [
        ("holiday", 0, False),
        ("conference", 0, False),
        ("meeting", 60, True),
    ]
    assert counted.unplaced_minutes == 60


def test_an_event_over_midnight_counts_its_part_of_the_day() -> None:
    night = _event("night", _at(22, day=DAY - timedelta(days=1)), _at(6))
    evening = _event("evening", _at(23), _at(2, day=DAY + timedelta(days=1)))

    assert _owned([night, evening]) == {"night": 360, "evening": 60}


def test_minutes_go_to_the_placed_category_and_the_rest_is_unplaced() -> None:
    events = [
        _event("a", _at(8), _at(9)),
        _event("b", _at(9), _at(9, 45)),
        _event("c", _at(13), _at(14)),
    ]
    placements = {"a": ("operations", PlacedBy.KEYWORD), "b": ("operations", PlacedBy.CATEGORIES)}

    counted = count_day(DAY, events, placements, CPH, ())

    assert counted.minutes == {"operations": 105}
    assert counted.unplaced_minutes == 60
    assert [item.placed_by for item in counted.events] == [
        PlacedBy.KEYWORD,
        PlacedBy.CATEGORIES,
        PlacedBy.NONE,
    ]


# --- the property ------------------------------------------------------------------------------

# Europe/Copenhagen's daylight-saving days: 23 and 25 hours long.
CHANGE_DAYS = {
    date(2025, 3, 30): 23 * 60,
    date(2025, 10, 26): 25 * 60,
    date(2026, 3, 29): 23 * 60,
    date(2026, 10, 25): 25 * 60,
    date(2027, 3, 28): 23 * 60,
    date(2027, 10, 31): 25 * 60,
}
_DAYS = st.sampled_from([date(2026, 3, 29), date(2026, 10, 25), date(2026, 3, 28)]) | st.dates(
    date(2025, 1, 1), date(2027, 12, 31)
)
_SPANS = st.lists(
    st.tuples(
        st.integers(-30 * 60, 54 * 60),  # start: minutes from the day's first moment, UTC
        st.integers(1, 22 * 60),  # length in minutes (under a day: counted)
        st.sampled_from([None, "operations", "strategy"]),
        st.booleans(),  # an all-day event instead
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(day=_DAYS, spans=_SPANS)
def test_counted_minutes_are_the_union_of_the_events_within_the_day(
    day: date, spans: list[tuple[int, int, str | None, bool]]
) -> None:
    day_start, day_end = local_day_bounds(day, CPH)
    events: list[CalendarEvent] = []
    placements: dict[str, tuple[str | None, PlacedBy]] = {}
    covered: set[int] = set()  # minutes since the day's first moment
    day_minutes = int((day_end - day_start).total_seconds() // 60)
    for index, (offset, length, category, all_day) in enumerate(spans):
        key = f"e{index}"
        if all_day:
            start = datetime.combine(day, datetime.min.time(), tzinfo=CPH)
            events.append(_event(key, start, start + timedelta(days=1), all_day=True))
            continue
        start_utc = day_start + timedelta(minutes=offset)
        end_utc = start_utc + timedelta(minutes=length)
        events.append(_event(key, start_utc.astimezone(CPH), end_utc.astimezone(CPH)))
        placements[key] = (category, PlacedBy.KEYWORD if category else PlacedBy.NONE)
        covered |= set(range(max(0, offset), min(day_minutes, offset + length)))

    counted = count_day(day, events, placements, CPH)

    assert counted.counted_minutes == len(covered)
    assert sum(item.minutes for item in counted.events) == len(covered)
    assert counted.counted_minutes <= day_minutes
    assert day_minutes == CHANGE_DAYS.get(day, 24 * 60)
    for item in counted.events:
        # In UTC: two times of one zone subtract as wall clocks (an hour short at fall back).
        end, start = item.event.end.astimezone(UTC), item.event.start.astimezone(UTC)
        clipped = min(end, day_end) - max(start, day_start)
        assert item.minutes <= max(0, clipped.total_seconds() // 60)
        assert item.counted or item.minutes == 0
    per_category: dict[str, int] = {}
    for item in counted.events:
        if item.category is not None:
            per_category[item.category] = per_category.get(item.category, 0) + item.minutes
    assert counted.minutes == {key: value for key, value in per_category.items() if value}
    assert counted.unplaced_minutes == sum(
        item.minutes for item in counted.events if item.category is None
    )


def test_an_event_knows_its_own_minutes_in_the_day_before_overlaps_took_any() -> None:
    """What "30 m of 1 h" says; on the day the clocks go back the day has 25 hours."""
    block = _event("block", _at(9), _at(10))
    inside = _event("inside", _at(9, 30), _at(10))
    counted = {
        c.event.key: (c.minutes, c.in_day) for c in count_day(DAY, [block, inside], {}, CPH).events
    }
    assert counted == {"block": (30, 60), "inside": (30, 30)}

    back = date(2026, 10, 25)  # 02:00-03:00 summer time, then 02:00-03:00 winter time
    # 02:30 summer time (00:30 UTC) until 00:15 the next day (23:15 UTC): inside the local
    # day (22:00 UTC on the 24th until 23:00 UTC on the 25th) that is 00:30-23:00 UTC.
    start = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(CPH)
    end = datetime(2026, 10, 25, 23, 15, tzinfo=UTC).astimezone(CPH)
    (long_day,) = count_day(back, [_event("long", start, end)], {}, CPH).events
    assert (long_day.minutes, long_day.in_day) == (22 * 60 + 30, 22 * 60 + 30)


def test_a_night_of_23_hours_on_the_spring_change_is_counted_not_taken_for_a_whole_day() -> None:
    """00:00-00:00 local on 29 March is 23 real hours: timed, shorter than a day."""
    spring = date(2026, 3, 29)
    shift = _event("shift", _at(0, 0, spring), _at(0, 0, spring + timedelta(days=1)))
    (counted,) = count_day(spring, [shift], {}, CPH).events
    assert counted.counted
    assert counted.minutes == 23 * 60
