"""The calendar's proposal on the command line (issue #16): read, then printed or logged.

``calendar show`` prints it (``text_lines`` or ``json_document``) and ``log
--from-calendar`` logs its minutes (``logged_lines`` say what); both read the day through
``services.calendar``, with the journal's categories, keyword rules and addresses. Event
titles appear only in what ``calendar show`` prints to the user's own terminal: never in
a log line, an error message or a file.
"""

from __future__ import annotations

import sys
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from wellbeing_desktop import APP_NAME
from wellbeing_desktop.cli.safe_text import printable
from wellbeing_desktop.cli.speech import count, duration, language, message_line, say
from wellbeing_desktop.domain.calendar_time import A_DAY
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import ActivityKind
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.calendar import CalendarReader, read_calendar_day
from wellbeing_desktop.services.calendar_file import refuse_url

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence
    from datetime import date

    from wellbeing_desktop.domain.calendar_time import CalendarDay, CountedEvent
    from wellbeing_desktop.domain.models import Category
    from wellbeing_desktop.services.journal import Journal

# The kinds as the command line names them (``show`` prints "ops", "lead", "own"); the
# JSON keys of ``calendar show --json`` (stable, English in every language).
KIND_WORDS: dict[ActivityKind, str] = {
    ActivityKind.OPERATIONS: "operations",
    ActivityKind.LEADERSHIP: "leadership",
    ActivityKind.OWN_WORK: "own",
}


def _kind_words() -> dict[ActivityKind, str]:
    """The kinds as the text output names them, in the language in use."""
    return {
        ActivityKind.OPERATIONS: say("cli", "operations"),
        ActivityKind.LEADERSHIP: say("cli", "leadership"),
        ActivityKind.OWN_WORK: say("cli", "own"),
    }


def _weekday(day: date) -> str:
    """The weekday's name in the language in use (not strftime's: it follows LC_TIME)."""
    names = (
        say("cli", "Monday"),
        say("cli", "Tuesday"),
        say("cli", "Wednesday"),
        say("cli", "Thursday"),
        say("cli", "Friday"),
        say("cli", "Saturday"),
        say("cli", "Sunday"),
    )
    return names[day.weekday()]


def _not_in_calendar() -> str:
    return say("cli", "Time outside these events is not in the calendar: add it yourself.")


def refuse_urls(files: Sequence[str]) -> None:
    """Refuse a web address among ``files`` before the journal is even opened."""
    for path in files:
        refuse_url(path)


def read_day(journal: Journal, day: date, files: Sequence[str] | None) -> CalendarDay:
    """``day`` from ``files`` (None or empty: the files set in Settings), placed and counted.

    Problems the day's figures do not hide (an event left out, an unknown time zone) go
    to stderr, one line each; a file that cannot be used raises a WellbeingError.
    """
    if not files and not journal.calendar_settings().files:
        raise WellbeingError(msg.CALENDAR_NO_FILES)
    calendar = read_calendar_day(journal, day, CalendarReader(), list(files) if files else None)
    for problem in calendar.problems:
        # A zone name or a rule comes from the file: no terminal control of it is printed.
        print(f"{APP_NAME}: {printable(message_line(problem))}", file=sys.stderr)
    return calendar


def _duration(minutes: int) -> str:
    return duration(minutes)


def _clock(moment: datetime, day: date) -> str:
    """HH:MM on ``day``; 24:00 for the midnight that ends it; else with its date."""
    if moment.date() == day:
        return moment.strftime("%H:%M")
    if moment.date() == day + A_DAY and moment.time() == time():
        return "24:00"
    return moment.strftime("%Y-%m-%d %H:%M")


def _category_names(categories: Sequence[Category]) -> dict[str, str]:
    return {category.key: category.name(language()) for category in categories}


def text_lines(calendar: CalendarDay, categories: Sequence[Category], files: int) -> list[str]:
    """``calendar show``'s text: minutes per category and kind, then each event."""
    day = calendar.day
    names = _category_names(categories)
    source = count(files, say("cli", "{n} calendar file"), say("cli", "{n} calendar files"))
    lines = [
        say("cli", "Calendar for {day} ({weekday}), from {source}").format(
            day=day.isoformat(), weekday=_weekday(day), source=source
        )
    ]
    if not calendar.events:
        return [
            *lines,
            "",
            say("cli", "No events in the calendar on this day: nothing to propose."),
        ]
    unassigned, in_all = say("cli", "Unassigned"), say("cli", "In all")
    width = max([len(unassigned), len(in_all), *(len(name) for name in names.values())]) + 2
    totals = [(names[c.key], _duration(calendar.minutes.get(c.key, 0))) for c in categories]
    totals += [
        (unassigned, _duration(calendar.unplaced_minutes)),
        (in_all, _duration(calendar.counted_minutes)),
    ]
    right = max(9, *(len(minutes) for _name, minutes in totals))
    lines += ["", say("cli", "Minutes per category")]
    lines += [f"  {name:<{width}}{minutes:>{right}}" for name, minutes in totals]
    kinds = calendar.kinds(categories)
    lines += ["", say("cli", "Minutes per kind")]
    lines.append(
        "  "
        + "   ".join(f"{word} {_duration(kinds[kind])}" for kind, word in _kind_words().items())
    )
    lines += ["", _not_in_calendar(), "", say("cli", "Events (local time)")]
    rows = [_event_row(counted, day, names) for counted in calendar.events]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        cells = [f"{cell:<{width}}" for cell, width in zip(row[:3], widths, strict=True)]
        lines.append("  " + "  ".join([*cells, row[3]]).rstrip())
    if any(counted.counted and counted.minutes != counted.in_day for counted in calendar.events):
        lines += [
            "",
            say(
                "cli",
                '"… of …": that event overlapped one that started later; time counts once.',
            ),
        ]
    return lines


def _event_row(counted: CountedEvent, day: date, names: Mapping[str, str]) -> list[str]:
    event = counted.event
    category = names.get(counted.category or "", say("cli", "unassigned"))
    when = f"{_clock(event.start, day)}–{_clock(event.end, day)}"
    if not counted.counted:
        # Listed, not counted: "unassigned" would say its time waits to be placed.
        category = names.get(counted.category or "", "–")
        when = say("cli", "all day") if event.all_day else when
        if event.all_day:
            minutes = say("cli", "not counted")
        else:
            minutes = say("cli", "not counted (24 h or more)")
    else:
        minutes = _duration(counted.minutes)
        if counted.minutes != counted.in_day:
            minutes = say("cli", "{part} of {whole}").format(
                part=minutes, whole=_duration(counted.in_day)
            )
    return [when, minutes, category, event.title or say("cli", "(no title)")]


def json_document(calendar: CalendarDay, categories: Sequence[Category]) -> dict[str, Any]:
    """``calendar show --json``: categories by key, kinds, unassigned minutes, the events."""
    kinds = calendar.kinds(categories)
    return {
        "date": calendar.day.isoformat(),
        "categories": {c.key: calendar.minutes.get(c.key, 0) for c in categories},
        "kinds": {word: kinds[kind] for kind, word in KIND_WORDS.items()},
        "unassigned_minutes": calendar.unplaced_minutes,
        "events": [
            {
                "start": counted.event.start.isoformat(),
                "end": counted.event.end.isoformat(),
                "minutes": counted.minutes,
                "category": counted.category,
                "title": counted.event.title,
                "counted": counted.counted,
            }
            for counted in calendar.events
        ],
    }


def logged_lines(
    calendar: CalendarDay,
    categories: Sequence[Category],
    logged: Mapping[str, int],
    overridden: Collection[str],
    kept: Mapping[str, int],
) -> list[str]:
    """What ``log --from-calendar`` saved: per category and from where, unassigned, the rest.

    ``logged``: the minutes written; ``overridden``: the categories an option given beside
    the calendar set; ``kept``: minutes the day already held in other categories, left as
    they were.
    """
    names = _category_names(categories)
    width = max(len(name) for name in names.values()) + 2
    lines = [say("cli", "Logged {day} from the calendar:").format(day=calendar.day.isoformat())]
    for category in categories:
        if category.key in logged:
            if category.key in overridden:
                source = say("cli", "your option")
            else:
                source = say("cli", "calendar")
            minutes = _duration(logged[category.key])
            lines.append(f"  {names[category.key]:<{width}}{minutes:>9}  ({source})")
    if kept:
        held = ", ".join(f"{names.get(key, key)} {_duration(m)}" for key, m in kept.items())
        lines.append(say("cli", "Kept as the day held them: {held}.").format(held=held))
    if calendar.unplaced_minutes:
        lines.append(
            say(
                "cli",
                "Unassigned: {time} of events went to no category and were not logged "
                "('calendar show' lists them; keywords are in Settings).",
            ).format(time=_duration(calendar.unplaced_minutes))
        )
    lines.append(_not_in_calendar())
    return lines
