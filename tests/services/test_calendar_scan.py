"""Which parts of a calendar file go to the parser for one day (issue #16).

A big export is read fast because only what can touch the day is parsed. These tests pin
what is kept and what is dropped (a wrongly dropped part would lose or resurrect an
occurrence), and that the day then reads the same as from the whole file.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from wellbeing_desktop.services.calendar_file import read_day
from wellbeing_desktop.services.calendar_scan import near_components

if TYPE_CHECKING:
    from pathlib import Path

CPH = ZoneInfo("Europe/Copenhagen")
DAY = date(2026, 11, 20)  # a Friday

HEAD = "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"


def _event(uid: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{uid}\r\n{body}END:VEVENT\r\n"


def _calendar(*events: str) -> bytes:
    return (HEAD + "".join(events) + "END:VCALENDAR\r\n").encode()


def _kept(data: bytes, day: date = DAY) -> list[str]:
    text = near_components(data, day, "test.ics").decode()
    return re.findall(r"^UID:(.*?)\r$", text, flags=re.MULTILINE)


WEEKLY = ("DTSTART:20261002T080000Z", "DTEND:20261002T090000Z")  # Fridays, 09:00 local


@pytest.mark.parametrize(
    ("uid", "lines", "kept"),
    [
        ("single-on-the-day", ("DTSTART:20261120T080000Z", "DTEND:20261120T090000Z"), True),
        ("single-two-days-off", ("DTSTART:20261118T080000Z", "DTEND:20261118T090000Z"), True),
        ("single-far", ("DTSTART:20261110T080000Z", "DTEND:20261110T090000Z"), False),
        ("long-by-dtend", ("DTSTART;VALUE=DATE:20261101", "DTEND;VALUE=DATE:20261125"), True),
        ("long-by-duration", ("DTSTART;VALUE=DATE:20261101", "DURATION:P24D"), True),
        # An alarm's own DURATION does not make the event long.
        (
            "alarm-duration",
            (
                "DTSTART:20261101T080000Z",
                "DTEND:20261101T090000Z",
                "BEGIN:VALARM",
                "TRIGGER:-PT15M",
                "DURATION:P30D",
                "REPEAT:1",
                "ACTION:DISPLAY",
                "END:VALARM",
            ),
            False,
        ),
        ("open-series", (*WEEKLY, "RRULE:FREQ=WEEKLY"), True),
        ("series-starts-later", ("DTSTART:20261204T080000Z", "RRULE:FREQ=WEEKLY"), False),
        ("series-until-before", (*WEEKLY, "RRULE:FREQ=WEEKLY;UNTIL=20261110T000000Z"), False),
        ("series-until-after", (*WEEKLY, "RRULE:FREQ=WEEKLY;UNTIL=20261231T000000Z"), True),
        ("series-count-ended", (*WEEKLY, "RRULE:FREQ=WEEKLY;COUNT=3"), False),
        ("series-count-running", (*WEEKLY, "RRULE:FREQ=WEEKLY;COUNT=8"), True),
        # A monthly COUNT can skip months (the 31st): kept, the expansion decides.
        ("series-count-monthly", (*WEEKLY, "RRULE:FREQ=MONTHLY;COUNT=1"), True),
        ("series-count-ordinal", (*WEEKLY, "RRULE:FREQ=WEEKLY;COUNT=1;BYDAY=1FR"), True),
        ("series-rdate", (*WEEKLY, "RRULE:FREQ=WEEKLY;COUNT=1", "RDATE:20261120T080000Z"), True),
        # One occurrence moved: kept when it left the day or lands in it.
        (
            "moved-from-the-day",
            ("RECURRENCE-ID:20261120T080000Z", "DTSTART:20261201T080000Z"),
            True,
        ),
        ("moved-to-the-day", ("RECURRENCE-ID:20261009T080000Z", "DTSTART:20261120T120000Z"), True),
        ("moved-far", ("RECURRENCE-ID:20261009T080000Z", "DTSTART:20261012T080000Z"), False),
        (
            "this-and-future",
            ("RECURRENCE-ID;RANGE=THISANDFUTURE:20261009T080000Z", "DTSTART:20261009T090000Z"),
            True,
        ),
        ("no-start", ("DTEND:20261010T090000Z",), True),  # the parser judges it
    ],
)
def test_what_is_kept_for_the_day(uid: str, lines: tuple[str, ...], kept: bool) -> None:
    assert _kept(_calendar(_event(uid, *lines))) == ([uid] if kept else [])


def test_other_components_are_dropped_and_the_calendars_own_lines_kept() -> None:
    data = (
        HEAD
        + "X-WR-TIMEZONE:Europe/Copenhagen\r\n"
        + "BEGIN:VTODO\r\nUID:todo\r\nDTSTART:20261120T080000Z\r\nEND:VTODO\r\n"
        + "BEGIN:VJOURNAL\r\nUID:journal\r\nDTSTART:20261120T080000Z\r\nEND:VJOURNAL\r\n"
        + _event("meeting", "DTSTART:20261120T080000Z")
        + "END:VCALENDAR\r\n"
    ).encode()

    text = near_components(data, DAY, "test.ics").decode()

    assert _kept(data) == ["meeting"]
    assert "X-WR-TIMEZONE:Europe/Copenhagen\r\n" in text


def test_an_outlook_windows_zone_is_read_from_the_zone_database() -> None:
    windows = "BEGIN:VTIMEZONE\r\nTZID:Romance Standard Time\r\nBEGIN:STANDARD\r\n"
    windows += "DTSTART:16011028T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
    windows += "END:STANDARD\r\nEND:VTIMEZONE\r\n"
    custom = windows.replace("Romance Standard Time", "Min egen zone")

    text = near_components(_calendar(windows, custom), DAY, "test.ics").decode()

    assert "TZID:Romance Standard Time" not in text
    assert "TZID:Min egen zone" in text


def _whole(path: Path, day: date) -> list[tuple[str, str]]:
    """The day's occurrences from the whole file, parsed without the scan."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    found = recurring_ical_events.of(calendar).between(day, day + timedelta(days=1))
    return sorted(
        (str(event["SUMMARY"]), event["DTSTART"].dt.astimezone(CPH).isoformat())
        for event in found
        if str(event.get("STATUS", "")) != "CANCELLED"
    )


@pytest.mark.parametrize("day", [date(2026, 11, d) for d in (13, 20, 27)])
def test_a_moved_series_reads_the_same_as_from_the_whole_file(tmp_path: Path, day: date) -> None:
    # Fridays 09:00 local from 2 Oct, 9 times (to 27 Nov); 20 Nov moved to 1 Dec; 9 Oct
    # moved to 27 Nov 13:00; 13 Nov cancelled.
    path = tmp_path / "series.ics"
    path.write_bytes(
        _calendar(
            _event("s", *WEEKLY, "RRULE:FREQ=WEEKLY;COUNT=9"),
            _event("s", "RECURRENCE-ID:20261120T080000Z", "DTSTART:20261201T080000Z"),
            _event(
                "s", "RECURRENCE-ID:20261009T080000Z", "DTSTART:20261127T120000Z", "DURATION:PT1H"
            ),
            _event(
                "s",
                "RECURRENCE-ID:20261113T080000Z",
                "DTSTART:20261113T080000Z",
                "DURATION:PT1H",
                "STATUS:CANCELLED",
            ),
        )
    )

    events = read_day([path], day, (), CPH)

    got = sorted((e.title, e.start.isoformat()) for e in events.events if e.start.date() == day)
    assert got == _whole(path, day)
    assert len(got) == {13: 0, 20: 0, 27: 2}[day.day]  # 27 Nov: its own and the moved one


def _zone(tzid: str, rule: str, start: str = "16010101T020000") -> str:
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:DAYLIGHT\r\nDTSTART:{start}\r\n"
        f"RRULE:{rule}\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n"
        "END:VTIMEZONE\r\n"
    )


@pytest.mark.parametrize(
    ("rule", "kept"),
    [
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", True),
        # An older way to say "the second Sunday of March": still one change a year.
        ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU", True),
        ("FREQ=YEARLY;BYDAY=SU", False),  # every Sunday since 1601: 22,000 changes
        ("FREQ=DAILY", False),
        ("FREQ=MINUTELY", False),
    ],
)
def test_a_zone_is_kept_only_with_a_rule_of_sane_changes(rule: str, kept: bool) -> None:
    text = near_components(_calendar(_zone("Eastern", rule)), DAY, "test.ics").decode()

    assert ("TZID:Eastern" in text) is kept
