"""Calendar files that are wrong, huge or hostile (issue #16): one clear line, no hang.

A file that cannot be used is refused with one line that names it (never a traceback,
never the parser's words, never an event's title); what can be used of a file is used, and
what was left out is said in a line (``problems``). Reading a day never writes anything:
the journal is the same after a refused file as before. A run that could hang is made in
a thread with a time limit, so a hang fails the test instead of stopping the suite.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import warnings
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest

from wellbeing_desktop.domain.calendar_rules import CalendarSettings
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services import calendar_file
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.calendar import CalendarReader, calendar_day, read_calendar_day
from wellbeing_desktop.services.calendar_file import CALENDAR_FILE_LIMIT, DayEvents, read_day

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.services.journal import Journal

CPH = ZoneInfo("Europe/Copenhagen")
DAY = date(2026, 11, 2)
SECRET = "Fortrolig sag om Søren"  # the title of every event here: never in an error
HANG_LIMIT = 60  # seconds; each read here takes well under one
CALENDARS = Path(__file__).resolve().parents[1] / "data" / "calendars"

HEAD = "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
HEAD += "VERSION:2.0\r\nMETHOD:PUBLISH\r\n"


def _event(uid: str, *lines: str, title: str = SECRET) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261130T090000Z\r\nSUMMARY:{title}\r\n"
        f"DESCRIPTION:{SECRET}\r\n{body}END:VEVENT\r\n"
    )


def _calendar(*parts: str) -> bytes:
    return (HEAD + "".join(parts) + "END:VCALENDAR\r\n").encode("utf-8")


# An ordinary meeting on the day, 09:00-10:00 local, to show the rest of a file is read.
PLAIN = _event("plain", "DTSTART:20261102T080000Z", "DTEND:20261102T090000Z", title="Teammøde")


def _in_time(run: Callable[[], Any]) -> Any:
    """``run()`` in a thread; fails the test if it takes more than HANG_LIMIT seconds."""
    result: list[Any] = []

    def target() -> None:
        try:
            result.append(run())
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            result.append(error)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(HANG_LIMIT)
    assert not worker.is_alive(), f"the read hung for {HANG_LIMIT} s"
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


def _read(path: Path | str, day: date = DAY) -> DayEvents:
    events: DayEvents = _in_time(lambda: read_day([path], day, (), CPH))
    return events


def _refused(path: Path | str) -> WellbeingError:
    with pytest.raises(WellbeingError) as caught:
        _read(path)
    error = caught.value
    text = str(error)
    assert "\n" not in text
    assert str(path) in text
    assert SECRET not in text
    assert "Traceback" not in text
    return error


def _lines(events: DayEvents) -> list[str]:
    lines = [str(problem) for problem in events.problems]
    assert all(SECRET not in line and "\n" not in line for line in lines)
    return lines


def _spans(events: DayEvents) -> list[tuple[str, str, str]]:
    return sorted(
        (e.title, f"{e.start:%d.%m %H:%M}", f"{e.end:%d.%m %H:%M}") for e in events.events
    )


# --- not a calendar -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"Hej Mette,\nhusk m\xc3\xb8det i morgen.\n",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        b"",
        bytes(range(256)) * 64,
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + SECRET.encode() + b"\r\nEND:VCARD\r\n",
    ],
    ids=["text", "pdf", "empty", "binary", "vcard"],
)
def test_a_file_that_is_not_icalendar_is_refused_in_one_line(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "kalender.ics"
    path.write_bytes(content)

    error = _refused(path)

    assert error.message.text == msg.CALENDAR_NOT_ICS


@pytest.mark.parametrize(
    "address",
    [
        "https://outlook.office365.com/owa/calendar/abc/reachcalendar.ics",
        "webcal://p42-caldav.icloud.com/published/2/secret",
        "  HTTP://calendar.google.com/calendar/ical/x/basic.ics",
    ],
)
def test_a_web_address_is_refused_with_the_words_on_exporting_a_file(address: str) -> None:
    with pytest.raises(WellbeingError) as caught:
        read_day([address], DAY, (), CPH)

    assert caught.value.message.text == msg.CALENDAR_URL
    assert "export the calendar as an .ics file" in str(caught.value)
    with pytest.raises(WellbeingError):
        CalendarReader(CPH).day([address], DAY)


def test_a_missing_file_a_folder_and_a_fifo_are_refused_in_one_line(tmp_path: Path) -> None:
    assert _refused(tmp_path / "gone.ics").message.text == msg.CALENDAR_MISSING
    assert _refused(tmp_path).message.text == msg.CALENDAR_FOLDER
    if sys.platform.startswith("linux"):
        fifo = tmp_path / "pipe.ics"
        os.mkfifo(fifo)
        assert _refused(fifo).message.text == msg.USER_FILE_NOT_REGULAR  # never waits


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.ics"
    with path.open("wb") as handle:  # sparse: no disk, no time
        handle.write(_calendar(PLAIN))
        handle.truncate(CALENDAR_FILE_LIMIT + 1)

    assert _refused(path).message.text == msg.USER_FILE_TOO_LARGE


def test_a_broken_calendar_is_refused_in_one_line_without_the_parsers_words(
    tmp_path: Path,
) -> None:
    path = tmp_path / "broken.ics"
    path.write_bytes(
        HEAD.encode() + b"BEGIN:VEVENT\r\nEND:VTODO\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )

    error = _refused(path)

    assert error.message.text == msg.CALENDAR_BROKEN


def test_a_file_without_its_last_line_is_refused_as_cut_short(tmp_path: Path) -> None:
    """Without END:VCALENDAR the file may have been cut just after an event.

    Later events would be missing from the day without a word, so nothing is read.
    """
    path = tmp_path / "cut.ics"
    path.write_bytes(_calendar(PLAIN)[: -len(b"END:VCALENDAR\r\n")])  # no END:VCALENDAR

    assert _refused(path).message.text == msg.CALENDAR_TRUNCATED


def test_an_event_with_a_broken_start_is_left_out_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "odd.ics"
    path.write_bytes(
        _calendar(_event("odd", "DTSTART:2026-11-02 09:00", "DTEND:20261102T100000Z"), PLAIN)
    )

    events = _read(path)

    assert _spans(events) == [("Teammøde", "02.11 09:00", "02.11 10:00")]


# --- big and repeating -----------------------------------------------------------------------


def test_a_50_mb_export_is_read_right(tmp_path: Path) -> None:
    # Eight one-hour meetings every day for years, each with a long description, as an
    # export of a full calendar is: ~40,000 events, 50 MB.
    outlook = (CALENDARS / "outlook.ics").read_bytes()
    head = outlook[: outlook.index(b"BEGIN:VEVENT")]
    description = b"Referat og bilag. " * 48
    parts = [head]
    size, index, first = len(head), 0, date(2016, 1, 1)
    while size < 50 * 1024 * 1024:
        day = first + timedelta(days=index // 8)
        hour = 8 + index % 8
        stamp = f"{day:%Y%m%d}T{hour:02d}".encode()
        part = (
            b"BEGIN:VEVENT\r\nCLASS:PUBLIC\r\nDESCRIPTION:" + description + b"\r\n"
            b'DTEND;TZID="Romance Standard Time":' + stamp + b"3000\r\nDTSTAMP:20261130T090000Z\r\n"
            b'DTSTART;TZID="Romance Standard Time":' + stamp + b"0000\r\n"
            b"SUMMARY;LANGUAGE=da-DK:Driftsm\xc3\xb8de " + str(index).encode() + b"\r\n"
            b"TRANSP:OPAQUE\r\nUID:" + f"{index:040d}".encode() + b"\r\n"
            b"X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\nEND:VEVENT\r\n"
        )
        parts.append(part)
        size += len(part)
        index += 1
    parts.append(b"END:VCALENDAR\r\n")
    path = tmp_path / "big.ics"
    path.write_bytes(b"".join(parts))
    assert path.stat().st_size >= 50 * 1024 * 1024
    day = date(2018, 6, 5)  # day 886 since 1 Jan 2016: events 7088 to 7095
    assert day < first + timedelta(days=index // 8)

    events = _read(path, day)
    counted = calendar_day(events, day, DEFAULT_CATEGORIES, CalendarSettings(), None, CPH)

    # The day's eight meetings, 08:00-08:30 to 15:00-15:30, 30 minutes each ("drift").
    on_day = [e for e in counted.events if e.event.start.date() == day]
    assert [f"{e.event.start:%H:%M}" for e in on_day] == [f"{h:02d}:00" for h in range(8, 16)]
    assert [e.event.title for e in on_day] == [f"Driftsmøde {7088 + n}" for n in range(8)]
    assert counted.minutes == {"operations": 8 * 30}
    assert counted.problems == ()


def test_a_daily_meeting_for_a_hundred_years_is_counted_right(tmp_path: Path) -> None:
    path = tmp_path / "daily.ics"
    path.write_bytes(
        _calendar(
            _event(
                "daily",
                "DTSTART;TZID=Europe/Copenhagen:19260104T091500",
                "DTEND;TZID=Europe/Copenhagen:19260104T094500",
                "RRULE:FREQ=DAILY;UNTIL=20270101T000000Z",
                title="Morgenmøde drift",
            )
        )
    )

    events = _read(path)
    counted = calendar_day(events, DAY, DEFAULT_CATEGORIES, CalendarSettings(), None, CPH)

    # 36,827 days since 4 Jan 1926; on the day: 09:15-09:45 local (winter time), 30.
    assert [(f"{e.event.start:%d.%m %H:%M}", e.minutes) for e in counted.events] == [
        ("02.11 09:15", 30)
    ]
    assert counted.minutes == {"operations": 30}
    assert counted.problems == ()


@pytest.mark.parametrize(
    ("rule", "every"),
    [("FREQ=MINUTELY", "every minute"), ("FREQ=SECONDLY;INTERVAL=1", "every second")],
)
def test_a_series_that_repeats_too_often_is_left_out_with_a_line(
    tmp_path: Path, rule: str, every: str
) -> None:
    path = tmp_path / "often.ics"
    path.write_bytes(
        _calendar(
            _event("often", "DTSTART:19260101T090000Z", "DURATION:PT1M", f"RRULE:{rule}"), PLAIN
        )
    )

    events = _read(path)

    assert _spans(events) == [("Teammøde", "02.11 09:00", "02.11 10:00")]
    assert _lines(events) == [
        f"calendar: an event from 1926-01-01 10:00 that repeats {every} was left out: it "
        "repeats too often to be read"
    ]


def test_a_fast_series_that_ended_long_ago_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "ended.ics"
    path.write_bytes(
        _calendar(
            _event(
                "ended",
                "DTSTART:19260101T090000Z",
                "DURATION:PT1M",
                "RRULE:FREQ=MINUTELY;UNTIL=19260101T120000Z",
            ),
            PLAIN,
        )
    )

    events = _read(path)

    assert _spans(events) == [("Teammøde", "02.11 09:00", "02.11 10:00")]
    assert events.problems == ()


# --- time zones --------------------------------------------------------------------------------


def _zone(name: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VTIMEZONE\r\nTZID:{name}\r\n{body}END:VTIMEZONE\r\n"


def _part(kind: str, *lines: str) -> str:
    return f"BEGIN:{kind}\r\n" + "".join(f"{line}\r\n" for line in lines) + f"END:{kind}\r\n"


def _in_zone(zone: str) -> str:
    return _event(
        f"in-{zone}",
        f'DTSTART;TZID="{zone}":20261102T140000',
        f'DTEND;TZID="{zone}":20261102T150000',
    )


@pytest.mark.parametrize(
    ("zone", "definition"),
    [
        # Offsets that are not offsets.
        (
            "Garbage Time",
            _zone(
                "Garbage Time",
                _part("STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+9999")
                + "TZOFFSETTO:banana\r\n",
            ),
        ),
        # An offset of more than a day.
        (
            "Far Time",
            _zone(
                "Far Time",
                _part(
                    "STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+2500", "TZOFFSETTO:+2500"
                ),
            ),
        ),
        # No offsets at all.
        ("Half Time", _zone("Half Time", _part("STANDARD", "DTSTART:16010101T030000"))),
        # A rule that changes the clock every minute since 1601: every lookup of a time
        # would walk 200 million changes (this hung before the zone check).
        (
            "Runaway Time",
            _zone(
                "Runaway Time",
                _part(
                    "STANDARD",
                    "DTSTART:16010101T030000",
                    "RRULE:FREQ=MINUTELY",
                    "TZOFFSETFROM:+0200",
                    "TZOFFSETTO:+0100",
                ),
                _part(
                    "DAYLIGHT",
                    "DTSTART:16010101T020000",
                    "RRULE:FREQ=MINUTELY;INTERVAL=2",
                    "TZOFFSETFROM:+0100",
                    "TZOFFSETTO:+0200",
                ),
            ),
        ),
        # No definition at all, and no zone by that name.
        ("Mars/Olympus_Mons", ""),
    ],
    ids=["garbage-offsets", "offset-over-a-day", "no-offsets", "runaway-rule", "undefined"],
)
def test_a_broken_or_unknown_zone_counts_in_local_time_with_a_line(
    tmp_path: Path, zone: str, definition: str
) -> None:
    path = tmp_path / "zone.ics"
    path.write_bytes(_calendar(definition, _in_zone(zone), PLAIN))

    events = _read(path)

    # 14:00-15:00 as written, read in the user's zone; the rest of the file as it is.
    assert _spans(events) == [
        (SECRET, "02.11 14:00", "02.11 15:00"),
        ("Teammøde", "02.11 09:00", "02.11 10:00"),
    ]
    assert _lines(events) == [
        f"calendar: an event at 2026-11-02 14:00 names a time zone the file does not define "
        f"({zone}); it was counted in your local time"
    ]


@pytest.mark.parametrize(
    "zone",
    ["Europe/Copenhagen", "Romance Standard Time", "/mozilla.org/20050126_1/Europe/Copenhagen"],
    ids=["olson", "windows", "thunderbird"],
)
def test_a_known_zone_without_its_definition_is_read_without_a_line(
    tmp_path: Path, zone: str
) -> None:
    path = tmp_path / "zone.ics"
    path.write_bytes(_calendar(_in_zone(zone)))

    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        events = read_day([path], DAY, (), CPH)

    assert _spans(events) == [(SECRET, "02.11 14:00", "02.11 15:00")]
    assert events.problems == ()
    assert [str(warning.message) for warning in warned] == []  # nothing on the terminal


def test_reading_logs_nothing_of_the_events(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "zone.ics"
    path.write_bytes(_calendar(_in_zone("Mars/Olympus_Mons"), PLAIN))

    events = _read(path)
    calendar_day(events, DAY, DEFAULT_CATEGORIES, CalendarSettings(), None, CPH)
    read_day([CALENDARS / "outlook.ics"], DAY, ("mette.hansen@example.dk",), CPH)

    assert events.problems  # a line was made, for the screen
    assert SECRET not in caplog.text
    assert "Søren" not in caplog.text


@pytest.mark.parametrize("name", ["Mars/Olympus", "../../etc/passwd", "Romance Standard Time"])
def test_an_odd_calendar_wide_zone_is_ignored_or_mapped(tmp_path: Path, name: str) -> None:
    # A floating 14:00 is read in the calendar's zone when there is one (Paris: the same
    # as Copenhagen), else in the user's: 14:00 either way; a UTC time is what it says.
    path = tmp_path / "zone.ics"
    floating = _event("floating", "DTSTART:20261102T140000", "DTEND:20261102T143000")
    path.write_bytes(_calendar(f"X-WR-TIMEZONE:{name}\r\n", floating, PLAIN))

    events = _read(path)

    assert _spans(events) == [
        (SECRET, "02.11 14:00", "02.11 14:30"),
        ("Teammøde", "02.11 09:00", "02.11 10:00"),
    ]
    assert events.problems == ()


def test_a_multi_day_event_given_by_duration_is_listed_on_its_later_days(tmp_path: Path) -> None:
    path = tmp_path / "holiday.ics"
    path.write_bytes(_calendar(_event("trip", "DTSTART;VALUE=DATE:20261025", "DURATION:P10D")))

    events = _read(path)

    assert _spans(events) == [(SECRET, "25.10 00:00", "04.11 00:00")]
    assert events.events[0].all_day


# --- nothing is written --------------------------------------------------------------------------


def test_a_refused_file_changes_nothing_in_the_journal(journal: Journal, tmp_path: Path) -> None:
    journal.save_day(DayLog(day=DAY, minutes={"operations": 60}))
    path = tmp_path / "kalender.ics"
    path.write_bytes(b"%PDF-1.7\n")
    journal.save_calendar_settings(CalendarSettings(files=(str(path),)))
    before = (journal.days(), journal.settings(), journal.calendar_settings())

    for files in ([str(path)], ["https://example.org/cal.ics"], [str(tmp_path / "gone.ics")]):
        with pytest.raises(WellbeingError) as caught:
            read_calendar_day(journal, DAY, CalendarReader(CPH), files=files)
        assert SECRET not in str(caught.value)

    assert (journal.days(), journal.settings(), journal.calendar_settings()) == before


def test_a_floating_time_without_a_calendar_zone_is_the_users_own_clock(tmp_path: Path) -> None:
    path = tmp_path / "floating.ics"
    path.write_bytes(_calendar(_event("floating", "DTSTART:20261102T140000", "DURATION:PT30M")))

    events = read_day([path], DAY, (), ZoneInfo("America/New_York"))

    assert [(f"{e.start:%H:%M}", e.start.utcoffset()) for e in events.events] == [
        ("14:00", timedelta(hours=-5))
    ]


def test_a_bom_bare_line_ends_and_a_windows_1252_file_keep_the_danish_letters(
    tmp_path: Path,
) -> None:
    text = _calendar(_event("old", "DTSTART:20261102T080000Z", "DTEND:20261102T090000Z"))
    text = text.replace(SECRET.encode(), "Personalemøde".encode()).replace(b"\r\n", b"\n")
    with_bom, windows = tmp_path / "bom.ics", tmp_path / "windows.ics"
    with_bom.write_bytes(b"\xef\xbb\xbf" + text)
    windows.write_bytes(text.decode("utf-8").encode("cp1252"))

    for path in (with_bom, windows):
        assert _spans(_read(path)) == [("Personalemøde", "02.11 09:00", "02.11 10:00")]


def test_an_event_dated_by_year_1_or_9999_is_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    """A typo'd year (0001, 9999) once made the whole file "unexpected error"."""
    path = tmp_path / "typo.ics"
    path.write_bytes(
        _calendar(
            PLAIN,
            _event("y1", "DTSTART:00010101T090000Z", "DTEND:00010101T100000Z"),
            _event(
                "y1-series",
                "DTSTART:00010101T090000Z",
                "DTEND:00010101T100000Z",
                "RRULE:FREQ=YEARLY",
            ),
            _event("y9999", "DTSTART:99991231T090000Z", "DTEND:99991231T100000Z"),
        )
    )
    events = read_day([path], DAY, (), CPH)
    assert [event.title for event in events.events] == ["Teammøde"]


def test_a_chosen_fifo_is_refused_at_once_instead_of_waiting_for_a_writer(tmp_path: Path) -> None:
    """Settings checks a chosen file on the GUI thread: it must never block."""
    if not sys.platform.startswith("linux"):
        pytest.skip("FIFOs as Linux makes them")
    from wellbeing_desktop.services.calendar_file import check_calendar_file

    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    with pytest.raises(WellbeingError) as caught:
        _in_time(lambda: check_calendar_file(str(fifo)))
    assert caught.value.message.text == msg.USER_FILE_NOT_REGULAR


def test_one_meeting_in_two_files_with_different_ends_counts_once(tmp_path: Path) -> None:
    """An older copy of the calendar beside the current one: the first file's wins."""
    current, older = tmp_path / "current.ics", tmp_path / "older.ics"
    start = "DTSTART:20261102T080000Z"
    current.write_bytes(_calendar(_event("same", start, "DTEND:20261102T093000Z", title="Budget")))
    older.write_bytes(_calendar(_event("same", start, "DTEND:20261102T090000Z", title="Budget")))
    events = read_day([current, older], DAY, (), CPH)
    counted = calendar_day(events, DAY, DEFAULT_CATEGORIES, CalendarSettings(), tz=CPH)
    assert counted.minutes == {"strategy": 90}
    assert [(c.minutes, c.in_day) for c in counted.events] == [(90, 90)]


# --- found by the attack on #16 --------------------------------------------------------------


def test_twenty_series_whose_rules_never_match_are_read_without_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule for "every 30 February" is searched up to the year 9999: seconds per series."""
    never = [
        _event(
            f"never{n}",
            "DTSTART:20261001T080000Z",
            "DTEND:20261001T090000Z",
            "RRULE:FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30",
        )
        for n in range(20)
    ]
    monkeypatch.setattr(calendar_file, "SERIES_SECONDS", 0.5)  # the test's own budget
    path = tmp_path / "never.ics"
    path.write_bytes(_calendar(PLAIN, *never))
    events = _in_time(lambda: read_day([path], DAY, (), CPH))
    assert [event.title for event in events.events] == ["Teammøde"]
    # The first series are searched within the budget, the rest left out in one line.
    (line,) = _lines(events)
    assert "repeating events were left out: their rules take too long to read" in line


@pytest.mark.parametrize(
    "rule",
    ["FREQ=SECONDLY;COUNT=20000", "FREQ=HOURLY", "FREQ=DAILY;BYHOUR=8,9,10,11;BYMINUTE=0,30"],
)
def test_a_rule_that_repeats_within_a_day_is_left_out_with_a_line(
    tmp_path: Path, rule: str
) -> None:
    """No calendar program makes these; 20,000 occurrences a day once took 42 s."""
    path = tmp_path / "fast.ics"
    path.write_bytes(
        _calendar(
            PLAIN, _event("fast", "DTSTART:20261102T050000Z", "DURATION:PT1S", f"RRULE:{rule}")
        )
    )
    events = _in_time(lambda: read_day([path], DAY, (), CPH))
    assert [event.title for event in events.events] == ["Teammøde"]
    assert len(_lines(events)) == 1
    assert "repeats every" in _lines(events)[0]


def test_thousands_of_single_events_around_a_day_are_refused_in_one_line(tmp_path: Path) -> None:
    many = [
        _event(f"m{n}", "DTSTART:20261102T080000Z", "DTEND:20261102T090000Z") for n in range(3001)
    ]
    path = tmp_path / "many.ics"
    path.write_bytes(_calendar(*many))
    with pytest.raises(WellbeingError) as caught:
        _in_time(lambda: read_day([path], DAY, (), CPH))
    assert caught.value.message.text == msg.CALENDAR_TOO_MANY_EVENTS


def test_a_file_cut_off_in_the_middle_is_refused_not_read_in_part(tmp_path: Path) -> None:
    """A client rewriting the file: logging what came before the cut would lose time."""
    whole = _calendar(PLAIN, _event("later", "DTSTART:20261102T120000Z", "DTEND:20261102T130000Z"))
    path = tmp_path / "cut.ics"
    path.write_bytes(whole[: whole.index(b"DTSTART:20261102T120000Z")])
    assert _refused(path).message.text == msg.CALENDAR_TRUNCATED


def test_two_calendars_in_one_file_are_read_as_one(tmp_path: Path) -> None:
    """`cat work.ics private.ics > both.ics` is a valid iCalendar stream."""
    later = _event("later", "DTSTART:20261102T120000Z", "DTEND:20261102T130000Z", title="Drift")
    path = tmp_path / "both.ics"
    path.write_bytes(_calendar(PLAIN) + _calendar(later))
    events = read_day([path], DAY, (), CPH)
    assert sorted(event.title for event in events.events) == ["Drift", "Teammøde"]


@pytest.mark.parametrize("encoding", ["utf-16", "cr"])
def test_utf16_and_cr_line_ends_are_read(tmp_path: Path, encoding: str) -> None:
    text = _calendar(PLAIN).decode("utf-8")
    path = tmp_path / "odd.ics"
    path.write_bytes(
        text.encode("utf-16") if encoding == "utf-16" else text.replace("\r\n", "\r").encode()
    )
    assert [event.title for event in read_day([path], DAY, (), CPH).events] == ["Teammøde"]


def test_a_meeting_declined_in_apple_calendar_is_left_out(tmp_path: Path) -> None:
    """Apple and CalDAV put the address in EMAIL= and a urn:uuid: as the value."""
    declined = _event(
        "apple",
        "DTSTART:20261102T120000Z",
        "DTEND:20261102T130000Z",
        'ATTENDEE;CN="Mette";EMAIL="mette@example.dk";PARTSTAT=DECLINED:urn:uuid:1234',
    )
    path = tmp_path / "apple.ics"
    path.write_bytes(_calendar(PLAIN, declined))
    events = read_day([path], DAY, ("Mette@Example.dk",), CPH)
    assert [event.key.split("|")[0] for event in events.events] == ["plain"]


def test_a_meeting_moved_in_a_newer_export_beside_the_old_one_counts_once(
    tmp_path: Path,
) -> None:
    """The newer version (higher SEQUENCE) wins, whichever file comes first."""
    old, new = tmp_path / "old.ics", tmp_path / "new.ics"
    old.write_bytes(
        _calendar(
            _event("moved", "SEQUENCE:0", "DTSTART:20261102T080000Z", "DTEND:20261102T090000Z")
        )
    )
    new.write_bytes(
        _calendar(
            _event("moved", "SEQUENCE:2", "DTSTART:20261102T130000Z", "DTEND:20261102T140000Z")
        )
    )
    for files in ([old, new], [new, old]):
        events = read_day(files, DAY, (), CPH)
        assert [(e.start.hour, e.end.hour) for e in events.events] == [(14, 15)]


def test_the_time_for_series_is_shared_by_all_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twelve files of one slow series each once took 78 s: each file had its own budget."""
    monkeypatch.setattr(calendar_file, "SERIES_SECONDS", 0.3)
    paths = []
    for n in range(6):
        path = tmp_path / f"never{n}.ics"
        path.write_bytes(
            _calendar(
                _event(
                    f"never{n}",
                    "DTSTART:20261001T080000Z",
                    "DTEND:20261001T090000Z",
                    "RRULE:FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30",
                )
            )
        )
        paths.append(path)
    events = _in_time(lambda: read_day(paths, DAY, (), CPH))
    assert any("take too long to read" in line for line in _lines(events))


def test_old_events_with_extra_dates_far_away_are_not_parsed(tmp_path: Path) -> None:
    """RDATE once kept every such event for the parser: 60 MB of them took two minutes."""
    from wellbeing_desktop.services.calendar_scan import near_components

    old = [
        _event(
            f"old{n}",
            "DTSTART:20100101T090000Z",
            "DTEND:20100101T100000Z",
            "RDATE:20100102T090000Z,20100103T090000Z",
        )
        for n in range(50)
    ]
    extra = _event(
        "extra",
        "DTSTART:20100101T080000Z",
        "DTEND:20100101T090000Z",
        "RDATE:20100102T080000Z,20261102T080000Z",
        title="Budget",
    )
    kept = near_components(_calendar(PLAIN, *old, extra), DAY, "cal.ics")
    assert b"UID:old" not in kept
    path = tmp_path / "rdate.ics"
    path.write_bytes(_calendar(PLAIN, *old, extra))
    titles = sorted(event.title for event in read_day([path], DAY, (), CPH).events)
    assert titles == ["Budget", "Teammøde"]  # the extra date on the day still counts


def test_more_series_than_can_be_read_for_a_day_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wellbeing_desktop.services import calendar_scan

    monkeypatch.setattr(calendar_scan, "MAX_KEPT_BYTES", 2_000)
    series = [
        _event(f"s{n}", "DTSTART:20261001T080000Z", "DTEND:20261001T090000Z", "RRULE:FREQ=DAILY")
        for n in range(20)
    ]
    path = tmp_path / "series.ics"
    path.write_bytes(_calendar(*series))
    assert _refused(path).message.text == msg.CALENDAR_TOO_MANY_SERIES
