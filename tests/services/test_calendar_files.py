"""Real-world .ics exports (issue #16): the minutes per category of chosen days, exactly.

The files in tests/data/calendars/ are written as Outlook 16 / Exchange, Google Calendar and
Apple Calendar export them (PRODID, CRLF, lines folded at 75 octets, the properties each
client writes). Each test reads one day through the real reader (icalendar and
recurring-ical-events), places the events by the suggested keywords and counts them in
Europe/Copenhagen; every figure is worked out by hand in the comment beside it.

A row is (start, end, title, minutes counted on the day, category, placed by); times are
local, "dd.mm HH:MM".
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from wellbeing_desktop.domain.calendar_rules import CalendarSettings, KeywordRule, with_rule
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
from wellbeing_desktop.domain.models import ActivityKind
from wellbeing_desktop.services.calendar import calendar_day
from wellbeing_desktop.services.calendar_file import read_day

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import tzinfo

    from wellbeing_desktop.domain.calendar_time import CalendarDay

CALENDARS = Path(__file__).resolve().parents[1] / "data" / "calendars"
CPH = ZoneInfo("Europe/Copenhagen")
NEW_YORK = ZoneInfo("America/New_York")
ME = ("mette.hansen@example.dk",)

Row = tuple[str, str, str, int, str | None, str]


def _day(
    names: Sequence[str],
    day: date,
    tz: tzinfo = CPH,
    addresses: Sequence[str] = ME,
    settings: CalendarSettings | None = None,
) -> CalendarDay:
    events = read_day([CALENDARS / name for name in names], day, addresses, tz)
    return calendar_day(events, day, DEFAULT_CATEGORIES, settings or CalendarSettings(), None, tz)


def _rows(day: CalendarDay) -> list[Row]:
    return [
        (
            f"{counted.event.start:%d.%m %H:%M}",
            f"{counted.event.end:%d.%m %H:%M}",
            counted.event.title,
            counted.minutes,
            counted.category,
            str(counted.placed_by),
        )
        for counted in day.events
    ]


# --- Outlook 16 / Exchange ---------------------------------------------------------------


def test_outlook_monday_categories_keywords_overlap_declined_and_free() -> None:
    day = _day(["outlook.ics"], date(2026, 11, 2))

    assert _rows(day) == [
        # Outlook's category "Drift" names the user's category: 08:00-08:30 = 30.
        ("02.11 08:00", "02.11 08:30", "Tavlemøde", 30, "operations", "categories"),
        # The first of the weekly 1:1s ("1:1" begins the title): 30.
        ("02.11 09:30", "02.11 10:00", "1:1 Søren", 30, "people_leadership", "keyword"),
        # "styregruppe" (11 letters) beats "vagt" (4, begins "vagtsystem"). 10:00-11:30,
        # but the incident review starts at 11:00, later, and takes 11:00-11:30: 60.
        ("02.11 10:00", "02.11 11:30", "Styregruppe: Nyt vagtsystem", 60, "strategy", "keyword"),
        ("02.11 11:00", "02.11 12:00", "Incident-review: lønkørsel", 60, "operations", "keyword"),
        # No category, no keyword: shown unplaced, never guessed.
        ("02.11 12:00", "02.11 12:30", "Frokost", 30, None, "none"),
        # 13:00-14:00 "Budgetopfølgning Q4" is gone: PARTSTAT=DECLINED for
        # Mette.Hansen@Example.dk (the file's spelling; the setting is lower case).
        ("02.11 14:00", "02.11 15:00", "Fokustid", 60, "own_tasks", "keyword"),
        # 15:00-16:00 "Tid til mails (team)" is TRANSP:TRANSPARENT / BUSYSTATUS:FREE: gone.
    ]
    # operations 30 + 60 = 90; people 30; strategy 60; own 60; unplaced 30 (lunch).
    assert day.minutes == {
        "operations": 90,
        "people_leadership": 30,
        "strategy": 60,
        "own_tasks": 60,
    }
    assert day.unplaced_minutes == 30
    assert day.counted_minutes == 30 + 180 + 60  # 08:00-08:30, 09:30-12:30, 14:00-15:00, once
    assert day.problems == ()
    assert day.kinds(DEFAULT_CATEGORIES) == {
        ActivityKind.OPERATIONS: 90,
        ActivityKind.LEADERSHIP: 90,  # people 30 + strategy 60
        ActivityKind.OWN_WORK: 60,
    }


def test_a_declined_meeting_counts_when_the_users_address_is_not_known() -> None:
    day = _day(["outlook.ics"], date(2026, 11, 2), addresses=())

    assert ("02.11 13:00", "02.11 14:00", "Budgetopfølgning Q4", 60, "strategy", "keyword") in (
        _rows(day)
    )
    assert day.minutes["strategy"] == 60 + 60  # the steering group's 60 and the budget's 60


def test_outlook_exchange_display_name_zone_and_an_all_day_course() -> None:
    day = _day(["outlook.ics"], date(2026, 11, 3))

    assert _rows(day) == [
        # VALUE=DATE, BUSYSTATUS:OOF: listed for the day, never counted.
        ("03.11 00:00", "04.11 00:00", "Kursus: Ledelse i forandring", 0, None, "none"),
        # TZID="(UTC+01:00) Amsterdam, Berlin, ..." defined by its VTIMEZONE (1601 rules):
        # 09:00-10:30 local = 90.
        ("03.11 09:00", "03.11 10:30", "Personalemøde", 90, "people_leadership", "keyword"),
    ]
    assert day.events[0].event.all_day
    assert day.events[1].event.start == datetime(2026, 11, 3, 9, 0, tzinfo=CPH)
    assert day.minutes == {"people_leadership": 90}
    assert day.unplaced_minutes == 0


@pytest.mark.parametrize(
    ("day", "rows", "minutes"),
    [
        # Thu 5 Nov: Exchange's all-day event, midnight to midnight with
        # X-MICROSOFT-CDO-ALLDAYEVENT:TRUE: listed, 0 minutes.
        (
            date(2026, 11, 5),
            [("05.11 00:00", "06.11 00:00", "Temadag om arbejdsmiljø", 0, None, "none")],
            {},
        ),
        # Mon 9 Nov: the 1:1 was moved to Tuesday (RECURRENCE-ID); a tentative meeting
        # (BUSYSTATUS:TENTATIVE) still counts: 08:30-09:00 = 30.
        (
            date(2026, 11, 9),
            [("09.11 08:30", "09.11 09:00", "Vagtplan uge 47", 30, "operations", "keyword")],
            {"operations": 30},
        ),
        # Tue 10 Nov: the moved 1:1, 13:00-13:45 = 45.
        (
            date(2026, 11, 10),
            [("10.11 13:00", "10.11 13:45", "1:1 Søren", 45, "people_leadership", "keyword")],
            {"people_leadership": 45},
        ),
        # Mon 16 Nov: the 1:1 is taken out by EXDATE. The MUS has Outlook's colour
        # category "Blå kategori", none of the user's, so the keyword "MUS" places it: 60.
        (
            date(2026, 11, 16),
            [("16.11 10:00", "16.11 11:00", "MUS Jonas", 60, "people_leadership", "keyword")],
            {"people_leadership": 60},
        ),
        # Mon 23 Nov: the occurrence overridden as STATUS:CANCELLED ("Aflyst: ..."): nothing.
        (date(2026, 11, 23), [], {}),
        # Mon 30 Nov: the series' last occurrence (COUNT=8 from 2 Nov), as it was: 30.
        (
            date(2026, 11, 30),
            [("30.11 09:30", "30.11 10:00", "1:1 Søren", 30, "people_leadership", "keyword")],
            {"people_leadership": 30},
        ),
    ],
    ids=["flagged-all-day", "moved-away", "moved-here", "exdate", "cancelled", "last"],
)
def test_outlook_series_exdate_moved_and_cancelled(
    day: date, rows: list[Row], minutes: dict[str, int]
) -> None:
    counted = _day(["outlook.ics"], day)

    assert _rows(counted) == rows
    assert [e.event.all_day for e in counted.events] == [r[3] == 0 for r in rows]
    assert counted.minutes == minutes
    assert counted.unplaced_minutes == 0
    assert counted.problems == ()


# --- Google Calendar -----------------------------------------------------------------------


def test_google_wednesday_utc_times_x_wr_timezone_declined_and_free() -> None:
    day = _day(["google.ics"], date(2026, 11, 4))

    assert _rows(day) == [
        # 04:00Z-04:45Z = 05:00-05:45 local: 45.
        ("04.11 05:00", "04.11 05:45", "Vagttelefon: opkald", 45, "operations", "keyword"),
        # Written in UTC from 14 Oct (06:00Z = 08:00 summer time); X-WR-TIMEZONE keeps the
        # series at 08:00 local after the change to winter time: 08:00-08:30 = 30.
        ("04.11 08:00", "04.11 08:30", "Vagtskifte - briefing", 30, "operations", "keyword"),
        # TZID=Europe/Copenhagen series from 7 Oct (summer time), still 09:00 local: 60.
        ("04.11 09:00", "04.11 10:00", "Teammøde", 60, "people_leadership", "keyword"),
        ("04.11 10:30", "04.11 11:30", "Strategiworkshop 2027", 60, "strategy", "keyword"),
        # 13:00 "Budgetmøde med økonomi": PARTSTAT=DECLINED for the user: gone.
        # 14:00-15:30 "Måske: fokus på rapport": TRANSP:TRANSPARENT: gone.
        ("04.11 15:00", "04.11 16:00", "Support-eskalering", 60, "operations", "keyword"),
    ]
    assert day.minutes == {"operations": 45 + 30 + 60, "people_leadership": 60, "strategy": 60}
    assert day.unplaced_minutes == 0
    assert day.problems == ()


def test_google_two_day_conference_rdate_and_longest_keyword() -> None:
    thursday = _day(["google.ics"], date(2026, 11, 5))
    friday = _day(["google.ics"], date(2026, 11, 6))

    conference = ("05.11 00:00", "07.11 00:00", "Lederkonference", 0, None, "none")
    assert _rows(thursday) == [
        conference,  # VALUE=DATE 5-7 Nov (end exclusive), TRANSP:OPAQUE: listed both days
        # 06:30Z-07:15Z = 07:30-08:15 local: 45.
        ("05.11 07:30", "05.11 08:15", "Incident: netværk nede i Aarhus", 45, "operations")
        + ("keyword",),
    ]
    assert thursday.minutes == {"operations": 45}
    assert _rows(friday) == [
        conference,
        ("06.11 11:30", "06.11 12:30", "Frokost med Anne", 60, None, "none"),
        # "budget" (6 letters) beats "fokus" (5). 13:30-14:30, but the team meeting added
        # by RDATE starts at 14:00, later, and takes 14:00-14:30: 30.
        ("06.11 13:30", "06.11 14:30", "Fokus: budget 2027", 30, "strategy", "keyword"),
        # RDATE;TZID=Europe/Copenhagen:20261106T140000, the series' hour: 60.
        ("06.11 14:00", "06.11 15:00", "Teammøde", 60, "people_leadership", "keyword"),
        # "Mors fødselsdag", all day and TRANSPARENT (Google's default): not listed.
    ]
    assert friday.minutes == {"strategy": 30, "people_leadership": 60}
    assert friday.unplaced_minutes == 60


@pytest.mark.parametrize(
    ("day", "rows"),
    [
        # 7 Oct, summer time: the series' first Wednesday, 09:00 local (07:00Z): 60.
        (
            date(2026, 10, 7),
            [("07.10 09:00", "07.10 10:00", "Teammøde", 60, "people_leadership", "keyword")],
        ),
        # 11 Nov: the team meeting is taken out by EXDATE; the briefing (5th of COUNT=6).
        (
            date(2026, 11, 11),
            [("11.11 08:00", "11.11 08:30", "Vagtskifte - briefing", 30, "operations", "keyword")],
        ),
        # 18 Nov: the team meeting moved to 10:00-11:30 (RECURRENCE-ID): 90.
        (
            date(2026, 11, 18),
            [
                ("18.11 08:00", "18.11 08:30", "Vagtskifte - briefing", 30, "operations")
                + ("keyword",),
                ("18.11 10:00", "18.11 11:30", "Teammøde", 90, "people_leadership", "keyword"),
            ],
        ),
        # 25 Nov: 09:00 local is 08:00Z, after UNTIL=20261124T225959Z; the briefing's
        # COUNT=6 ended on 18 Nov: nothing.
        (date(2026, 11, 25), []),
    ],
    ids=["summer-time", "exdate", "moved", "after-until"],
)
def test_google_series_until_exdate_and_moved(day: date, rows: list[Row]) -> None:
    assert _rows(_day(["google.ics"], day)) == rows


# --- Apple Calendar -------------------------------------------------------------------------


def test_apple_thursday_duration_floating_time_alarms_and_overlap() -> None:
    day = _day(["apple.ics"], date(2026, 11, 12))

    assert _rows(day) == [
        ("12.11 08:00", "12.11 09:30", "Fordybelse – kvartalsrapport", 90, "own_tasks")
        + ("keyword",),
        # DTSTART 10:00 and DURATION:PT45M: 45.
        ("12.11 10:00", "12.11 10:45", "Medarbejdersamtale Lise", 45, "people_leadership")
        + ("keyword",),
        # Floating time (no zone), read in the calendar's X-WR-TIMEZONE: 30, unplaced.
        ("12.11 12:00", "12.11 12:30", "Gåtur", 30, None, "none"),
        # 13:00-15:00, but planning starts at 14:30, later, and takes 14:30-15:00: 90.
        ("12.11 13:00", "12.11 15:00", "Styregruppemøde", 90, "strategy", "keyword"),
        ("12.11 14:30", "12.11 15:30", "Planlægning af Q1", 60, "strategy", "keyword"),
        # RRULE:FREQ=WEEKLY;INTERVAL=1 since Thu 1 Oct (summer time), still 15:30: 30.
        ("12.11 15:30", "12.11 16:00", "Driftsstatus", 30, "operations", "keyword"),
        # "Jonas' fødselsdag", all day and TRANSPARENT (Apple's default): not listed.
    ]
    assert day.minutes == {
        "own_tasks": 90,
        "people_leadership": 45,
        "strategy": 90 + 60,
        "operations": 30,
    }
    assert day.unplaced_minutes == 30
    # 08:00-16:00 less the gaps 09:30-10:00, 10:45-12:00 and 12:30-13:00 (30 + 75 + 30)
    assert day.counted_minutes == 8 * 60 - 135


@pytest.mark.parametrize("day", [date(2026, 11, 13), date(2026, 11, 14), date(2026, 11, 15)])
def test_apple_multi_day_trip_is_listed_each_day_and_never_counted(day: date) -> None:
    counted = _day(["apple.ics"], day)

    assert _rows(counted) == [("13.11 00:00", "16.11 00:00", "Studietur Berlin", 0, None, "none")]
    assert counted.minutes == {}
    assert counted.unplaced_minutes == 0


def test_an_all_day_end_date_is_exclusive() -> None:
    assert _rows(_day(["apple.ics"], date(2026, 11, 16))) == []  # DTEND;VALUE=DATE:20261116


# --- daylight-saving days --------------------------------------------------------------------

# The night shift has no suggested keyword ("vagt" does not begin a word of "Nattevagt"), so
# these days use the rule a user keeps after placing it once in the preview.
NIGHT_SHIFT = CalendarSettings(rules=with_rule(CalendarSettings().rules, "Nattevagt", "operations"))


def test_spring_forward_counts_real_minutes() -> None:
    # Sun 29 Mar 2026: 02:00 CET becomes 03:00 CEST; the day has 23 hours.
    saturday = _day(["dst.ics"], date(2026, 3, 28), settings=NIGHT_SHIFT)
    sunday = _day(["dst.ics"], date(2026, 3, 29), settings=NIGHT_SHIFT)

    # Sat 22:00 CET (21:00Z) to Sun 06:00 CEST (04:00Z): 7 real hours, 2 of them Saturday's.
    assert _rows(saturday) == [
        ("28.03 22:00", "29.03 06:00", "Nattevagt", 120, "operations", "keyword")
    ]
    assert _rows(sunday) == [
        # Sunday from 00:00 CET (23:00Z) to 04:00Z is 5 hours; 00:30Z-01:30Z go to the
        # server move, which started later: 300 - 60 = 240.
        ("28.03 22:00", "29.03 06:00", "Nattevagt", 240, "operations", "keyword"),
        # 01:30 CET (00:30Z) to 03:30 CEST (01:30Z): one real hour, not two. In the zone
        # the Exchange display name "(UTC+01:00) Amsterdam, ..." defines.
        ("29.03 01:30", "29.03 03:30", "Serverflytning", 60, None, "none"),
    ]
    assert sunday.events[1].event.start.utcoffset() == timedelta(hours=1)
    assert sunday.events[1].event.end.utcoffset() == timedelta(hours=2)
    assert sunday.minutes == {"operations": 240}
    assert sunday.unplaced_minutes == 60
    assert sunday.counted_minutes == 5 * 60  # six hours on the clock, five elapsed


def test_fall_back_counts_real_minutes() -> None:
    # Sun 25 Oct 2026: 03:00 CEST becomes 02:00 CET again; the day has 25 hours.
    saturday = _day(["dst.ics"], date(2026, 10, 24), settings=NIGHT_SHIFT)
    sunday = _day(["dst.ics"], date(2026, 10, 25), settings=NIGHT_SHIFT)

    assert _rows(saturday) == [
        ("24.10 22:00", "25.10 06:00", "Nattevagt", 120, "operations", "keyword")
    ]
    assert _rows(sunday) == [
        # Sat 22:00 CEST (20:00Z) to Sun 06:00 CET (05:00Z): 9 real hours; Sunday's part
        # is 00:00 CEST (22:00Z) to 05:00Z = 7 hours, less the patch window's 3: 240.
        ("24.10 22:00", "25.10 06:00", "Nattevagt", 240, "operations", "keyword"),
        # 01:30 CEST (23:30Z) to 03:30 CET (02:30Z): three real hours.
        ("25.10 01:30", "25.10 03:30", "Patchvindue", 180, None, "none"),
    ]
    assert sunday.minutes == {"operations": 240}
    assert sunday.unplaced_minutes == 180
    assert sunday.counted_minutes == 7 * 60  # six hours on the clock, seven elapsed


def test_a_night_shift_on_an_ordinary_weekend_splits_at_midnight() -> None:
    # Sat 7 Nov 22:00 to Sun 8 Nov 06:00, winter time both: 120 + 360.
    saturday = _day(["dst.ics"], date(2026, 11, 7), settings=NIGHT_SHIFT)
    sunday = _day(["dst.ics"], date(2026, 11, 8), settings=NIGHT_SHIFT)

    assert saturday.minutes == {"operations": 120}
    assert sunday.minutes == {"operations": 360}
    assert [row[3] for row in _rows(sunday)] == [360]


# --- the user's local day, several files ---------------------------------------------------


def test_the_day_is_the_users_local_day_in_another_zone() -> None:
    # The same Google file read in New York (UTC-5 after 1 Nov): the 05:00 Copenhagen call
    # (04:00Z) is 23:00 on Tuesday there, and belongs to Tuesday.
    tuesday = _day(["google.ics"], date(2026, 11, 3), tz=NEW_YORK)
    wednesday = _day(["google.ics"], date(2026, 11, 4), tz=NEW_YORK)

    assert _rows(tuesday) == [
        ("03.11 23:00", "03.11 23:45", "Vagttelefon: opkald", 45, "operations", "keyword")
    ]
    assert _rows(wednesday) == [
        ("04.11 02:00", "04.11 02:30", "Vagtskifte - briefing", 30, "operations", "keyword"),
        ("04.11 03:00", "04.11 04:00", "Teammøde", 60, "people_leadership", "keyword"),
        ("04.11 04:30", "04.11 05:30", "Strategiworkshop 2027", 60, "strategy", "keyword"),
        ("04.11 09:00", "04.11 10:00", "Support-eskalering", 60, "operations", "keyword"),
    ]
    # Copenhagen's Wednesday had 135 operations minutes; New York's has 90.
    assert wednesday.minutes == {"operations": 90, "people_leadership": 60, "strategy": 60}


def test_several_files_are_read_together_and_a_file_twice_counts_once() -> None:
    day = _day(["outlook.ics", "google.ics", "apple.ics", "google.ics"], date(2026, 11, 5))

    assert _rows(day) == [
        ("05.11 00:00", "06.11 00:00", "Temadag om arbejdsmiljø", 0, None, "none"),
        ("05.11 00:00", "07.11 00:00", "Lederkonference", 0, None, "none"),
        ("05.11 07:30", "05.11 08:15", "Incident: netværk nede i Aarhus", 45, "operations")
        + ("keyword",),
        # Apple's weekly status on Thursdays: 30.
        ("05.11 15:30", "05.11 16:00", "Driftsstatus", 30, "operations", "keyword"),
    ]
    assert day.minutes == {"operations": 45 + 30}


def test_a_users_categories_and_rules_decide_where_events_go() -> None:
    # The user's own keyword for lunch, and a rule for a category the journal does not
    # have (ignored): the default rules still place the rest.
    settings = CalendarSettings(
        rules=(
            KeywordRule("frokost", "own_tasks"),
            KeywordRule("fokustid", "no_such_category"),
            *CalendarSettings().rules,
        )
    )
    day = _day(["outlook.ics"], date(2026, 11, 2), settings=settings)

    # Lunch 30 goes to own tasks by the user's word; "Fokustid" would go to the missing
    # category by the longer "fokustid" (8 letters), but that rule is skipped and "fokus"
    # places it: own tasks 30 + 60. Nothing is left unplaced.
    assert day.minutes == {
        "operations": 90,
        "people_leadership": 30,
        "strategy": 60,
        "own_tasks": 90,
    }
    assert day.unplaced_minutes == 0


# --- the files themselves --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "prodid"),
    [
        ("outlook.ics", b"PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        ("google.ics", b"PRODID:-//Google Inc//Google Calendar 70.9054//EN"),
        ("apple.ics", b"PRODID:-//Apple Inc.//macOS 15.1//EN"),
        ("dst.ics", b"PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    ],
)
def test_the_fixtures_are_written_as_the_clients_write_them(name: str, prodid: bytes) -> None:
    data = (CALENDARS / name).read_bytes()
    lines = data.split(b"\r\n")

    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 75 for line in lines)  # folded at 75 octets (RFC 5545 3.1)
    assert any(line.startswith(b" ") for line in lines)  # and some are folded
    assert prodid in lines
    data.decode("utf-8")


def test_no_zone_given_means_the_systems_local_zone() -> None:
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        events = read_day([CALENDARS / "google.ics"], date(2026, 11, 3), ME, None)
        day = calendar_day(events, date(2026, 11, 3), DEFAULT_CATEGORIES, CalendarSettings())
    finally:
        if previous is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = previous
        time.tzset()

    # As read with ZoneInfo("America/New_York") above: the 05:00 Copenhagen call, Tuesday.
    assert _rows(day) == [
        ("03.11 23:00", "03.11 23:45", "Vagttelefon: opkald", 45, "operations", "keyword")
    ]
