"""``calendar show`` and ``log --from-calendar`` through ``main``, on realistic exports.

The files are written the way Outlook and Google export them: a weekly 1:1 in Outlook's
Windows zone name ("Romance Standard Time", with its VTIMEZONE, begun before the change
to summer time), ``X-MICROSOFT-*`` properties, a team meeting that overlaps the 1:1, an
event in UTC, an event placed by its ``CATEGORIES``, an unplaced one, an all-day one, a
cancelled one and a meeting the user declined. The day is Monday 30 March 2026, the day
after Denmark's change to summer time, in Europe/Copenhagen.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import PASSPHRASE, Journal, assert_ok, assert_user_error, describe
from wellbeing_desktop.domain.calendar_rules import CalendarSettings
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from pathlib import Path

DAY = "2026-03-30"
ME = "leder@example.dk"
# Titles that must never reach a file: each is in the export below.
TITLES = ("1:1 med Anna", "Teammøde i afdelingen", "Frokost med Bo", "Kanariefuglemøde")

OUTLOOK = """\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-CALSTART:20260302T080000Z
X-WR-CALNAME:Kalender
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260220T101500Z
DESCRIPTION:Løbende opfølgning\\, trivsel og mål.\\n
DTEND;TZID="Romance Standard Time":20260302T100000
DTSTAMP:20260301T120000Z
DTSTART;TZID="Romance Standard Time":20260302T090000
LOCATION:Mødelokale 2
RRULE:FREQ=WEEKLY;BYDAY=MO
SEQUENCE:0
SUMMARY;LANGUAGE=da:1:1 med Anna
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000010B1C6A1C1A6DC0100000000000000001000000F1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID="Romance Standard Time":20260330T093000
DTEND;TZID="Romance Standard Time":20260330T103000
DTSTAMP:20260301T120000Z
SUMMARY;LANGUAGE=da:Teammøde i afdelingen
UID:040000008200E00074C5B7101A82E0080000000010B1C6A1C1A6DC0100000000000000001000000F2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID="Romance Standard Time":20260330T120000
DTEND;TZID="Romance Standard Time":20260330T123000
DTSTAMP:20260301T120000Z
SUMMARY;LANGUAGE=da:Frokost med Bo
UID:lunch-1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
DTSTART:20260330T110000Z
DTEND:20260330T120000Z
DTSTAMP:20260301T120000Z
SUMMARY:Styregruppemøde – digitalisering
UID:google-1@google.com
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260330
DTEND;VALUE=DATE:20260331
DTSTAMP:20260301T120000Z
SUMMARY:Kanariefuglemøde (konference)
TRANSP:OPAQUE
UID:allday-1
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID="Romance Standard Time":20260330T140000
DTEND;TZID="Romance Standard Time":20260330T150000
DTSTAMP:20260301T120000Z
ORGANIZER;CN=Kim:mailto:kim@example.dk
ATTENDEE;CN=Leder;PARTSTAT=DECLINED;ROLE=REQ-PARTICIPANT:mailto:Leder@Example.dk
ATTENDEE;CN=Kim;PARTSTAT=ACCEPTED:mailto:kim@example.dk
SUMMARY:Driftsmøde uge 14
UID:declined-1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID="Romance Standard Time":20260330T150000
DTEND;TZID="Romance Standard Time":20260330T154500
DTSTAMP:20260301T120000Z
CATEGORIES:Drift
SUMMARY:Gennemgang af hændelse
UID:categories-1
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID="Romance Standard Time":20260330T160000
DTEND;TZID="Romance Standard Time":20260330T170000
DTSTAMP:20260301T120000Z
STATUS:CANCELLED
SUMMARY:Budgetmøde
UID:cancelled-1
END:VEVENT
END:VCALENDAR
"""

# A second file, as Google exports it, with a zone the file does not define.
GOOGLE = """\
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:leder@example.dk
BEGIN:VEVENT
DTSTART;TZID=Atlantis Standard Time:20260330T070000
DTEND;TZID=Atlantis Standard Time:20260330T073000
DTSTAMP:20260301T120000Z
UID:7kq3bqk2t0@google.com
SUMMARY:Fokustid: notat
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART:20260330T060000Z
DTEND:20260330T063000Z
DTSTAMP:20260301T120000Z
UID:free-1@google.com
SUMMARY:Løbetur
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""

SHOWN = """\
Calendar for 2026-03-30 (Monday), from 1 calendar file

Minutes per category
  Operations                     45 m
  People leadership          1 h 30 m
  Strategy and development        1 h
  Own tasks and projects          0 m
  Unassigned                     30 m
  In all                     3 h 45 m

Minutes per kind
  operations 45 m   leadership 2 h 30 m   own 0 m

Time outside these events is not in the calendar: add it yourself.

Events (local time)
  all day      not counted  –                         Kanariefuglemøde (konference)
  09:00–10:00  30 m of 1 h  People leadership         1:1 med Anna
  09:30–10:30  1 h          People leadership         Teammøde i afdelingen
  12:00–12:30  30 m         unassigned                Frokost med Bo
  13:00–14:00  1 h          Strategy and development  Styregruppemøde – digitalisering
  15:00–15:45  45 m         Operations                Gennemgang af hændelse

"… of …": that event overlapped one that started later; time counts once.
"""


@pytest.fixture(autouse=True)
def _in_copenhagen(copenhagen: None) -> None:
    """The user's local time zone is Europe/Copenhagen (tests/conftest.py)."""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "calendars"
    folder.mkdir()
    outlook, google = folder / "outlook.ics", folder / "google.ics"
    outlook.write_text(OUTLOOK.replace("\n", "\r\n"), encoding="utf-8", newline="")
    google.write_text(GOOGLE, encoding="utf-8")
    text = folder / "notes.ics"
    text.write_text("Dagsorden\nTeammøde kl. 9\n", encoding="utf-8")
    return {"outlook": outlook, "google": google, "text": text, "folder": folder}


def save_settings(journal: Journal, settings: CalendarSettings) -> None:
    # As the Settings page saves them; the key file keeps the tests' cheap passphrase slot.
    access = JournalAccess(JournalPaths(journal.data_dir), raise_weak_slots=False)
    opened = access.open_with_passphrase(PASSPHRASE)
    try:
        opened.save_calendar_settings(settings)
    finally:
        opened.close()


@pytest.fixture
def me(journal: Journal) -> Journal:
    """The empty journal with the user's address set (their declined meeting drops out)."""
    save_settings(journal, CalendarSettings(addresses=(ME,)))
    return journal


def day_minutes(journal: Journal, tmp_path: Path, day: str = DAY) -> dict[str, int] | None:
    document = json.loads(journal.export_json(tmp_path / "export.json"))
    days = {d["date"]: d for d in document["days"]}
    return days[day]["minutes"] if day in days else None


# --- calendar show -------------------------------------------------------------------------


def test_show_prints_the_proposal_and_writes_nothing(me: Journal, files: dict[str, Path]) -> None:
    before = me.snapshot()

    result = assert_ok(me.run("calendar", "show", files["outlook"], "--date", DAY))

    assert result.stdout == SHOWN, describe(result)
    assert result.stderr == ""
    assert me.snapshot() == before  # the journal file's bytes and mtime too


def test_show_json_has_the_issue_shape_with_keys(me: Journal, files: dict[str, Path]) -> None:
    result = assert_ok(me.run("calendar", "show", files["outlook"], "--date", DAY, "--json"))

    def event(start: str, end: str, minutes: int, category: str | None, title: str) -> dict:
        counted = "T00:00" not in start
        return {
            "start": f"2026-03-{start}+02:00",
            "end": f"2026-03-{end}+02:00",
            "minutes": minutes,
            "category": category,
            "title": title,
            "counted": counted,
        }

    assert json.loads(result.stdout) == {
        "date": DAY,
        "categories": {
            "operations": 45,
            "people_leadership": 90,
            "strategy": 60,
            "own_tasks": 0,
        },
        "kinds": {"operations": 45, "leadership": 150, "own": 0},
        "unassigned_minutes": 30,
        "events": [
            event("30T00:00:00", "31T00:00:00", 0, None, "Kanariefuglemøde (konference)"),
            event("30T09:00:00", "30T10:00:00", 30, "people_leadership", "1:1 med Anna"),
            event("30T09:30:00", "30T10:30:00", 60, "people_leadership", TITLES[1]),
            event("30T12:00:00", "30T12:30:00", 30, None, "Frokost med Bo"),
            event("30T13:00:00", "30T14:00:00", 60, "strategy", "Styregruppemøde – digitalisering"),
            event("30T15:00:00", "30T15:45:00", 45, "operations", "Gennemgang af hændelse"),
        ],
    }


def test_without_the_address_the_declined_meeting_counts(
    journal: Journal, files: dict[str, Path]
) -> None:
    result = assert_ok(journal.run("calendar", "show", files["outlook"], "--date", DAY, "--json"))

    document = json.loads(result.stdout)
    assert document["categories"]["operations"] == 45 + 60
    assert "Driftsmøde uge 14" in [e["title"] for e in document["events"]]


def test_two_files_and_a_problem_line_on_stderr(me: Journal, files: dict[str, Path]) -> None:
    result = assert_ok(
        me.run("calendar", "show", files["outlook"], files["google"], "--date", DAY, "--json")
    )

    assert result.stderr.splitlines() == [
        "wellbeing-desktop: calendar: an event at 2026-03-30 07:00 names a time zone the file "
        "does not define (Atlantis Standard Time); it was counted in your local time"
    ]
    document = json.loads(result.stdout)
    assert document["categories"]["own_tasks"] == 30  # "Fokustid", at 07:00 local time
    assert "Løbetur" not in result.stdout  # free time (TRANSP:TRANSPARENT)
    assert "Budgetmøde" not in result.stdout  # cancelled


# --- log --from-calendar -------------------------------------------------------------------


def test_log_from_calendar_stores_its_minutes_and_an_option_wins(
    me: Journal, files: dict[str, Path], tmp_path: Path
) -> None:
    assert_ok(me.run("log", "--date", DAY, "--own", "1h", "--hours", "8h"))

    result = assert_ok(
        me.run("log", "--date", DAY, "--from-calendar", files["outlook"], "--strategy", "30m")
    )

    assert day_minutes(me, tmp_path) == {
        "operations": 45,
        "people_leadership": 90,
        "strategy": 30,  # the option, not the calendar's hour
        "own_tasks": 60,  # the calendar had none: kept as the day held it
    }
    assert result.stdout.splitlines() == [
        "Logged 2026-03-30 from the calendar:",
        "  Operations                     45 m  (calendar)",
        "  People leadership          1 h 30 m  (calendar)",
        "  Strategy and development       30 m  (your option)",
        "Kept as the day held them: Own tasks and projects 1 h.",
        "Unassigned: 30 m of events went to no category and were not logged ('calendar show' "
        "lists them; keywords are in Settings).",
        "Time outside these events is not in the calendar: add it yourself.",
    ]
    assert not any(title in result.stdout for title in TITLES)


def test_log_from_calendar_reads_the_files_set_in_settings(
    journal: Journal, files: dict[str, Path], tmp_path: Path
) -> None:
    save_settings(
        journal, CalendarSettings(files=(str(files["outlook"]),), addresses=(ME.upper(),))
    )

    # calendar show without a file previews what log --from-calendar will log.
    preview = journal.run("calendar", "show", "--date", DAY, "--json")
    assert_ok(preview)
    shown = json.loads(preview.stdout)["categories"]
    assert {key: value for key, value in shown.items() if value} == {
        "operations": 45,
        "people_leadership": 90,
        "strategy": 60,
    }

    assert_ok(journal.run("log", "--date", DAY, "--from-calendar"))

    assert day_minutes(journal, tmp_path) == {
        "operations": 45,
        "people_leadership": 90,
        "strategy": 60,
    }


def test_log_from_calendar_without_files_set_is_one_line(journal: Journal) -> None:
    before = journal.snapshot()

    result = journal.run("log", "--date", DAY, "--from-calendar", "--stress", "2")

    assert_user_error(result, "no calendar file is set", "--from-calendar", "Settings")
    assert journal.snapshot() == before


def test_a_day_without_counted_events_logs_nothing(me: Journal, files: dict[str, Path]) -> None:
    before = me.snapshot()

    # Sunday: the all-day conference only starts on Monday, nothing else is that day.
    result = me.run("log", "--date", "2026-03-29", "--from-calendar", files["outlook"])

    assert_user_error(result, "no counted events on 2026-03-29", "nothing was logged")
    assert me.snapshot() == before
    shown = assert_ok(me.run("calendar", "show", files["outlook"], "--date", "2026-03-29"))
    assert shown.stdout.splitlines() == [
        "Calendar for 2026-03-29 (Sunday), from 1 calendar file",
        "",
        "No events in the calendar on this day: nothing to propose.",
    ]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("url", ("web address", "export the calendar as an .ics file")),
        ("missing", ("there is no file at", "missing.ics")),
        ("text", ("is not an iCalendar file",)),
        ("folder", ("is a folder, not a calendar file",)),
    ],
)
def test_a_file_that_cannot_be_used_is_one_line_and_changes_nothing(
    seeded: Journal, files: dict[str, Path], name: str, words: tuple[str, ...]
) -> None:
    given = {
        "url": "webcal://outlook.office365.com/owa/calendar/abc/calendar.ics",
        "missing": str(files["folder"] / "missing.ics"),
        "text": str(files["text"]),
        "folder": str(files["folder"]),
    }[name]
    day = "2025-06-02"  # the seeded day: it holds minutes the log must not touch
    before = seeded.snapshot()

    shown = seeded.run("calendar", "show", files["outlook"], given, "--date", day)
    assert_user_error(shown, *words)
    assert_user_error(seeded.run("log", "--date", day, "--from-calendar", given), *words)

    assert seeded.snapshot() == before


def test_titles_reach_no_file_and_no_log(
    me: Journal, files: dict[str, Path], tmp_path: Path
) -> None:
    logs = tmp_path / "logs"
    env = {"WELLBEING_LOG_DIR": str(logs)}
    assert_ok(me.run("calendar", "show", files["outlook"], "--date", DAY, env=env))
    assert_ok(me.run("calendar", "show", files["outlook"], "--date", DAY, "--json", env=env))
    assert_ok(me.run("log", "--date", DAY, "--from-calendar", files["outlook"], env=env))
    assert_user_error(me.run("log", "--date", "2026-03-29", "--from-calendar", files["outlook"]))

    written = [p for folder in (me.data_dir, logs) for p in folder.rglob("*") if p.is_file()]
    assert any(p.parent == logs for p in written)  # the runs did log
    for path in written:
        data = path.read_bytes()
        for title in TITLES:
            for encoding in ("utf-8", "utf-16-le"):
                assert title.encode(encoding) not in data, (title, path)


# --- help ----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [("calendar", "show"), ("log",)])
def test_help_says_how_events_are_placed(command: tuple[str, ...]) -> None:
    from tests.cli.cli_support import run_cli

    text = " ".join(assert_ok(run_cli(*command, "--help")).stdout.split())

    for words in (
        "CATEGORIES",
        "keyword that begins or ends a word of the title",
        "the longest wins",
        "Settings",
        "Overlapping events count once",
        "All-day events",
        "not counted",
        "never stored",
    ):
        assert words in text, words
    if command == ("calendar", "show"):
        assert "Nothing is written" in text
        assert "by its key" in text
    else:
        assert "--from-calendar" in text
        assert "those replace what the day held for them" in text


# --- series that repeat for a century, events nobody placed ------------------------------

CENTURY = """\
BEGIN:VEVENT
DTSTART;TZID="Romance Standard Time":19260330T080000
DTEND;TZID="Romance Standard Time":19260330T081500
RRULE:FREQ=DAILY
SUMMARY:Tavlemøde i teamet
UID:daily-since-1926
END:VEVENT
BEGIN:VEVENT
DTSTART:19260330T080000Z
DTEND:19260330T080100Z
RRULE:FREQ=MINUTELY
SUMMARY:Ping
UID:every-minute-since-1926
END:VEVENT
END:VCALENDAR
"""


def test_a_century_of_repeats_is_counted_or_left_out_with_a_line(
    me: Journal, files: dict[str, Path]
) -> None:
    path = files["folder"] / "century.ics"
    path.write_text(OUTLOOK.replace("END:VCALENDAR\n", CENTURY), encoding="utf-8")
    started = time.monotonic()

    result = assert_ok(me.run("calendar", "show", path, "--date", DAY, "--json"))

    assert time.monotonic() - started < 10
    assert result.stderr.splitlines() == [
        "wellbeing-desktop: calendar: an event from 1926-03-30 09:00 that repeats every "
        "minute was left out: it repeats too often to be read"
    ]
    document = json.loads(result.stdout)
    assert document["categories"]["people_leadership"] == 90 + 15  # the daily "team" board


ONLY_LUNCH = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20260330T120000
DTEND;TZID=Europe/Copenhagen:20260330T123000
SUMMARY:Frokost med Bo
UID:apple-lunch
END:VEVENT
END:VCALENDAR
"""


def test_events_that_went_nowhere_log_only_what_an_option_places(
    journal: Journal, files: dict[str, Path], tmp_path: Path
) -> None:
    path = files["folder"] / "lunch.ics"
    path.write_text(ONLY_LUNCH, encoding="utf-8")
    before = journal.snapshot()

    refused = journal.run("log", "--date", DAY, "--from-calendar", path)

    assert_user_error(refused, "went to none of your categories", "nothing was logged")
    assert journal.snapshot() == before
    result = assert_ok(
        journal.run("log", "--date", DAY, "--from-calendar", path, "--leadership", "30m")
    )
    assert day_minutes(journal, tmp_path) == {"people_leadership": 30}
    assert "Unassigned: 30 m of events" in result.stdout
