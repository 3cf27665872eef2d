"""Reading a day's events from the user's ``.ics`` files (issue #16): offline, read only.

The parsing is ``icalendar``'s and the recurrence ``recurring-ical-events``'; this module
only decides what to hand them. A calendar export can hold years of events (50 MB and
more), and parsing all of it for one day would take many seconds and hundreds of MB. So
the file is first split into its components by their ``BEGIN:``/``END:`` lines, and only
the components that can touch the day go to the parser: time zones, every series (a
component with ``RRULE``, ``RDATE`` or ``RECURRENCE-ID``), and single events whose start
lies within a day of it. A series that would have to be expanded through more than
``MAX_OCCURRENCES`` repeats to reach the day (a meeting every minute since 1926) is left
out with a line that says so, instead of a hang.

Events the user did not spend time in are dropped here: cancelled (``STATUS:CANCELLED``),
free (``TRANSP:TRANSPARENT``, Outlook's ``BUSYSTATUS:FREE``) and meetings the user
declined (``PARTSTAT=DECLINED`` on one of their addresses). Nothing read here is stored or
logged: titles stay in memory for the preview.
"""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain.calendar_time import A_DAY, CalendarEvent, to_local, to_utc
from wellbeing_desktop.domain.errors import Message, WellbeingError
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.user_files import read_user_bytes

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from datetime import tzinfo

CALENDAR_OPTION = "calendar"  # names the file in the shared user-file refusals
# A whole calendar export of many years; larger files are refused unread.
CALENDAR_FILE_LIMIT = 100 * 1024 * 1024
# Repeats a series may need to reach the day: a daily meeting for a hundred years is 36,500.
MAX_OCCURRENCES = 200_000
# A single event is read when its start lies this close to the day (time zones, nights).
NEAR = timedelta(days=2)
_HEAD = 4096  # bytes read to check that a chosen file is iCalendar
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_SERIES = frozenset({"RRULE", "RDATE", "EXRULE", "RECURRENCE-ID"})
_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400, "WEEKLY": 604800}
_SECONDS |= {"MONTHLY": 28 * 86400, "YEARLY": 365 * 86400}
_EVERY = {
    "SECONDLY": msg.EVERY_SECOND,
    "MINUTELY": msg.EVERY_MINUTE,
    "HOURLY": msg.EVERY_HOUR,
    "DAILY": msg.EVERY_DAY,
    "WEEKLY": msg.EVERY_WEEK,
    "MONTHLY": msg.EVERY_MONTH,
    "YEARLY": msg.EVERY_YEAR,
}
_EXPANDING = ("BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO")


@dataclass(frozen=True, slots=True)
class DayEvents:
    """The events of one day from the user's files, and lines about what was left out."""

    events: tuple[CalendarEvent, ...]
    problems: tuple[Message, ...] = ()


def refuse_url(path: str) -> None:
    """Refuse a web address in place of a file: the app opens no network connection."""
    if _URL.match(path.strip()):
        raise WellbeingError(msg.CALENDAR_URL, path=path.strip())


def check_calendar_file(path: str) -> None:
    """Refuse in one line a file chosen as a calendar that cannot be one (Settings' check).

    A web address, a folder, a missing or unreadable file, or one that does not begin as
    iCalendar does; only its first lines are read (the events are read for a day).
    """
    refuse_url(path)
    _refuse_missing_or_folder(path)
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(_HEAD)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise WellbeingError(msg.CALENDAR_NOT_READ, path=path, reason=reason) from None
    if not _begins_as_calendar(head.splitlines()):
        raise WellbeingError(msg.CALENDAR_NOT_ICS, path=path)


def _refuse_missing_or_folder(path: str) -> None:
    """The two refusals a user meets most, in the calendar's own words (and in Danish)."""
    file = Path(path)
    if file.is_dir():
        raise WellbeingError(msg.CALENDAR_FOLDER, path=path)
    if not file.exists():
        raise WellbeingError(msg.CALENDAR_MISSING, path=path)


def _begins_as_calendar(lines: Iterable[bytes]) -> bool:
    """Whether the first line with text (after a byte order mark) is BEGIN:VCALENDAR."""
    words = (line.lstrip(b"\xef\xbb\xbf").strip() for line in lines)
    return next((word for word in words if word), b"").upper() == b"BEGIN:VCALENDAR"


def read_day(
    paths: Sequence[str | Path],
    day: date,
    addresses: Iterable[str] = (),
    tz: tzinfo | None = None,
) -> DayEvents:
    """The events of ``day`` (the user's local day) in the files ``paths``.

    Raises a WellbeingError in one line for a file that cannot be used (a web address,
    missing, too large, not iCalendar, broken); ``problems`` holds what was left out of a
    file that could be used. An event in two files (the same UID and times) counts once.
    """
    own = {_address(a) for a in addresses if a.strip()}
    events: dict[tuple[str, datetime, datetime], CalendarEvent] = {}
    problems: list[Message] = []
    for path in paths:
        for event in _read_file(str(path), day, own, tz, problems):
            identity = (event.key, to_utc(event.start, tz), to_utc(event.end, tz))
            events.setdefault(identity, event)
    return DayEvents(tuple(events.values()), tuple(problems))


def _read_file(
    path: str, day: date, addresses: set[str], tz: tzinfo | None, problems: list[Message]
) -> list[CalendarEvent]:
    refuse_url(path)
    _refuse_missing_or_folder(path)
    data = read_user_bytes(path, CALENDAR_OPTION, CALENDAR_FILE_LIMIT)
    import icalendar  # here: only the calendar's users pay for the parser
    import recurring_ical_events

    text = _near_components(data, day, path)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception:  # noqa: BLE001 - the parser's errors quote the file's text: never shown
        raise WellbeingError(msg.CALENDAR_BROKEN, path=path) from None
    day_start, day_end = (datetime.combine(d, time()) for d in (day - A_DAY, day + 2 * A_DAY))
    for series in _too_long_series(calendar, day_end, tz):
        problems.append(series[1])
        calendar.subcomponents.remove(series[0])
    unknown_zones = _unknown_zones(calendar)
    try:
        query = recurring_ical_events.of(calendar, skip_bad_series=True)
        occurrences = list(query.between(day_start, day_end))
    except Exception:  # noqa: BLE001 - as above: one line, never the parser's words
        raise WellbeingError(msg.CALENDAR_BROKEN, path=path) from None
    events: list[CalendarEvent] = []
    for index, occurrence in enumerate(occurrences):
        event = _event(occurrence, index, addresses, tz, path, problems, unknown_zones)
        if event is not None:
            events.append(event)
    return events


# --- choosing what to parse -------------------------------------------------------------


def _near_components(data: bytes, day: date, path: str) -> bytes:
    """The calendar with only the components that can touch ``day`` (see the module)."""
    lines = _lines(data)
    if not _begins_as_calendar(lines):
        raise WellbeingError(msg.CALENDAR_NOT_ICS, path=path)
    out = [b"BEGIN:VCALENDAR"]
    block: list[bytes] = []
    name = b""
    depth = 1
    for line in lines:
        word = line.rstrip().upper()  # a folded line begins with a space: never a BEGIN
        if word.startswith(b"BEGIN:"):
            depth += 1
            if depth == 2:
                name, block = word[6:], []
        if depth >= 2:
            block.append(line)
        elif depth == 1 and not word.startswith(b"END:VCALENDAR") and line.strip():
            out.append(line)  # the calendar's own properties (X-WR-TIMEZONE among them)
        if word.startswith(b"END:"):
            depth -= 1
            if depth == 1 and _wanted(name, block, day):
                out.extend(block)
    out.append(b"END:VCALENDAR")
    return b"\r\n".join(out) + b"\r\n"


def _lines(data: bytes) -> Iterator[bytes]:
    """The file's lines without their endings, read one at a time (bounded memory)."""
    with io.BytesIO(data) as stream:
        for line in stream:
            yield line.rstrip(b"\r\n")


def _wanted(name: bytes, block: list[bytes], day: date) -> bool:
    if name == b"VTIMEZONE":
        return True
    if name != b"VEVENT":
        return False  # to-dos, journal entries, free/busy: not time spent
    start: date | None = None
    end: date | None = None
    for line in _unfolded(block):
        prop = line.split(b";", 1)[0].split(b":", 1)[0].strip().upper()
        if prop.decode("ascii", "replace") in _SERIES:
            return True
        if prop in (b"DTSTART", b"DTEND"):
            found = _date_of(line)
            if prop == b"DTSTART":
                start = found
            else:
                end = found
    if start is None:
        return True  # let the parser judge it
    return start - NEAR <= day and (end or start) + NEAR >= day


def _unfolded(block: list[bytes]) -> Iterator[bytes]:
    current = b""
    for line in block:
        if line[:1] in (b" ", b"\t"):
            current += line[1:]
            continue
        if current:
            yield current
        current = line
    if current:
        yield current


def _date_of(line: bytes) -> date | None:
    from icalendar.parser import Contentline

    try:
        value = Contentline(line.decode("utf-8", "replace")).parts()[2]  # type: ignore[no-untyped-call]
        return date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
    except Exception:  # noqa: BLE001 - an odd start: the parser judges the whole component
        return None


def _too_long_series(
    calendar: Any, until: datetime, tz: tzinfo | None
) -> Iterator[tuple[Any, Message]]:
    """Series that would repeat more than ``MAX_OCCURRENCES`` times before ``until``."""
    for component in list(calendar.walk("VEVENT")):
        rule = component.get("RRULE")
        start = component.get("DTSTART")
        if rule is None or start is None:
            continue
        rule = rule[0] if isinstance(rule, list) else rule
        frequency = str((rule.get("FREQ") or ["DAILY"])[0]).upper()
        count = rule.get("COUNT")
        if count and int(count[0]) <= MAX_OCCURRENCES:
            continue
        first = start.dt if isinstance(start.dt, datetime) else datetime.combine(start.dt, time())
        span = (to_utc(until, tz) - to_utc(first, tz)).total_seconds()
        interval = int((rule.get("INTERVAL") or [1])[0]) or 1
        repeats = span / (_SECONDS.get(frequency, 86400) * interval)
        for part in _EXPANDING:
            repeats *= max(1, len(rule.get(part) or ()))
        if repeats > MAX_OCCURRENCES:
            shown = to_local(to_utc(first, tz), tz).strftime("%Y-%m-%d %H:%M")
            every = _EVERY.get(frequency, msg.EVERY_DAY)
            yield component, Message(msg.CALENDAR_TOO_MANY_REPEATS, start=shown, detail=every)


def _unknown_zones(calendar: Any) -> dict[str, str]:
    """UID -> the zone of each event whose ``TZID`` the file does not define.

    The parser leaves such a time floating; the occurrences it expands no longer carry
    the ``TZID``, so the zone is found on the event itself.
    """
    unknown: dict[str, str] = {}
    for component in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            prop = component.get(name)
            zone = prop.params.get("TZID") if prop is not None else None
            if zone and isinstance(prop.dt, datetime) and prop.dt.tzinfo is None:
                unknown.setdefault(str(component.get("UID", "")), str(zone))
    return unknown


# --- one occurrence ----------------------------------------------------------------------


def _event(
    occurrence: Any,
    index: int,
    addresses: set[str],
    tz: tzinfo | None,
    path: str,
    problems: list[Message],
    unknown_zones: dict[str, str],
) -> CalendarEvent | None:
    """The event of one occurrence, or None when no time was spent in it."""
    if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
        return None
    if str(occurrence.get("TRANSP", "")).upper() == "TRANSPARENT":
        return None
    if str(occurrence.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "FREE":
        return None
    if _declined(occurrence, addresses):
        return None
    start_prop = occurrence.get("DTSTART")
    if start_prop is None:
        return None
    start_value = start_prop.dt
    end_prop = occurrence.get("DTEND")
    end_value = end_prop.dt if end_prop is not None else None
    all_day = not isinstance(start_value, datetime)
    if all_day:
        start = datetime.combine(start_value, time())
        end_day = end_value if isinstance(end_value, date) else start_value + A_DAY
        if isinstance(end_day, datetime):
            end_day = end_day.date()
        end = datetime.combine(max(end_day, start_value + A_DAY), time())
    else:
        start = start_value
        end = end_value if isinstance(end_value, datetime) else start
        zone = unknown_zones.get(str(occurrence.get("UID", "")))
        if zone and start.tzinfo is None:
            shown = start.strftime("%Y-%m-%d %H:%M")
            problem = Message(msg.CALENDAR_UNKNOWN_ZONE, time=shown, zone=zone)
            if problem not in problems:
                problems.append(problem)
    uid = str(occurrence.get("UID", "")) or f"{path}#{index}"
    local_start, local_end = (to_local(to_utc(moment, tz), tz) for moment in (start, end))
    return CalendarEvent(
        key=f"{uid}|{to_utc(start, tz).isoformat()}",
        title=" ".join(str(occurrence.get("SUMMARY", "")).split()),
        start=local_start,
        end=max(local_end, local_start),
        categories=_categories(occurrence),
        all_day=all_day,
    )


def _declined(occurrence: Any, addresses: set[str]) -> bool:
    if not addresses:
        return False
    attendees = occurrence.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees:
        if _address(str(attendee)) in addresses:
            return str(attendee.params.get("PARTSTAT", "")).upper() == "DECLINED"
    return False


def _address(value: str) -> str:
    value = value.strip().lower()
    return value[7:] if value.startswith("mailto:") else value


def _categories(occurrence: Any) -> tuple[str, ...]:
    values = occurrence.get("CATEGORIES") or []
    if not isinstance(values, list):
        values = [values]
    names: list[str] = []
    for value in values:
        with contextlib.suppress(AttributeError):
            names.extend(str(name).strip() for name in value.cats if str(name).strip())
    return tuple(names)
