"""What the Trends view asks for: the dates a range and granularity stand for."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.services.trends_data import (
    HeatYear,
    TrendsRange,
    heat_span,
    resolve_request,
    suggested_granularity,
)

TODAY = date(2026, 11, 26)  # a Thursday in ISO week 48


@pytest.mark.parametrize(
    ("range_", "granularity", "start"),
    [
        (TrendsRange.FOUR_WEEKS, Granularity.WEEK, date(2026, 11, 2)),
        (TrendsRange.FOUR_WEEKS, Granularity.DAY, date(2026, 11, 2)),
        (TrendsRange.FOUR_WEEKS, Granularity.MONTH, date(2026, 11, 1)),
        (TrendsRange.QUARTER, Granularity.WEEK, date(2026, 8, 31)),
        (TrendsRange.YEAR, Granularity.WEEK, date(2025, 12, 1)),
        (TrendsRange.YEAR, Granularity.MONTH, date(2025, 12, 1)),
        (TrendsRange.ALL, Granularity.MONTH, None),
    ],
)
def test_ranges_count_whole_weeks_back_and_start_on_a_period(
    range_: TrendsRange, granularity: Granularity, start: date | None
) -> None:
    request = resolve_request(range_, granularity, TODAY)
    assert request.start == start
    assert request.end == TODAY


def test_a_custom_range_is_ordered_and_ends_no_later_than_today() -> None:
    request = resolve_request(
        TrendsRange.CUSTOM, Granularity.DAY, TODAY, (date(2027, 1, 5), date(2026, 10, 1))
    )
    assert (request.start, request.end) == (date(2026, 10, 1), TODAY)


def test_the_year_calendar_is_53_weeks_or_a_calendar_year() -> None:
    start, end = heat_span(TODAY, None)
    assert start.weekday() == 0
    assert (end - start).days == 52 * 7 + 3  # 53 week columns, the last up to Thursday
    assert heat_span(TODAY, HeatYear(2024)) == (date(2024, 1, 1), date(2024, 12, 31))
    assert heat_span(TODAY, HeatYear(2026)) == (date(2026, 1, 1), TODAY)


@pytest.mark.parametrize(
    ("days", "granularity"),
    [
        (1, Granularity.DAY),
        (42, Granularity.DAY),  # six weeks: 42 bars
        (43, Granularity.WEEK),
        (183, Granularity.WEEK),  # half a year
        (371, Granularity.WEEK),  # a year and a week: 53 bars, as the Year range
        (372, Granularity.MONTH),
        (3650, Granularity.MONTH),
    ],
)
def test_a_custom_range_is_shown_in_the_granularity_that_fits_its_length(
    days: int, granularity: Granularity
) -> None:
    first = TODAY - timedelta(days=days - 1)
    assert suggested_granularity(TrendsRange.CUSTOM, (first, TODAY)) is granularity
    assert suggested_granularity(TrendsRange.CUSTOM, (TODAY, first)) is granularity  # any order


def test_the_named_ranges_keep_their_granularity() -> None:
    assert suggested_granularity(TrendsRange.FOUR_WEEKS) is Granularity.DAY
    assert suggested_granularity(TrendsRange.QUARTER) is Granularity.WEEK
    assert suggested_granularity(TrendsRange.YEAR) is Granularity.WEEK
    assert suggested_granularity(TrendsRange.ALL) is Granularity.MONTH
