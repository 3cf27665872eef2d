"""Reading a day's events from the user's ``.ics`` files (issue #16): offline, read only.

The parsing is ``icalendar``'s and the recurrence ``recurring-ical-events``'; this module
only decides what to hand them. Only the components of a file that can touch the day are
parsed (``calendar_scan``: a 50 MB export reads in about a second). A series that would
have to be expanded through more than ``MAX_OCCURRENCES`` repeats to reach the day (a
meeting every minute since 1926) is left out with a line that says so, instead of a hang.
An event whose zone the file does not define, or defines so that it cannot be used, is
counted in the user's local time with a line that names the zone, rather than losing the
whole file. A calendar-wide ``X-WR-TIMEZONE`` that names no known zone is ignored (a
Windows name such as "Romance Standard Time" is read as its Olson zone).

Events the user did not spend time in are dropped here: cancelled (``STATUS:CANCELLED``),
free (``TRANSP:TRANSPARENT``, Outlook's ``BUSYSTATUS:FREE``) and meetings the user
declined (``PARTSTAT=DECLINED`` on one of their addresses). Nothing read here is stored or
logged: titles stay in memory for the preview.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from wellbeing_desktop.domain.calendar_rules import own_address
from wellbeing_desktop.domain.calendar_time import A_DAY, CalendarEvent, to_local, to_utc
from wellbeing_desktop.domain.errors import Message, WellbeingError
from wellbeing_desktop.files import NotRegularFileError, open_regular_binary
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.calendar_scan import begins_as_calendar, near_components, repeats
from wellbeing_desktop.services.user_files import read_user_bytes

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from datetime import tzinfo

CALENDAR_OPTION = "calendar"  # names the file in the shared user-file refusals
# A whole calendar export of many years; larger files are refused unread.
CALENDAR_FILE_LIMIT = 100 * 1024 * 1024
# Repeats a series may need to reach the day: a daily meeting for a hundred years is 36,500.
MAX_OCCURRENCES = 200_000
# Seconds spent expanding series before the rest are left out (a rule that never matches
# takes the recurrence library seconds: it searches up to the year 9999).
SERIES_SECONDS = 5.0
# Occurrences in the three days read around the day: no real calendar holds this many.
MAX_EVENTS_NEAR = 3_000
# Calendar programs offer nothing that repeats within a day; such a rule makes thousands
# of occurrences a day, so it is left out (with a line) rather than counted.
_WITHIN_A_DAY = frozenset({"SECONDLY", "MINUTELY", "HOURLY"})
_HEAD = 4096  # bytes read to check that a chosen file is iCalendar
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_EVERY = {
    "SECONDLY": msg.EVERY_SECOND,
    "MINUTELY": msg.EVERY_MINUTE,
    "HOURLY": msg.EVERY_HOUR,
    "DAILY": msg.EVERY_DAY,
    "WEEKLY": msg.EVERY_WEEK,
    "MONTHLY": msg.EVERY_MONTH,
    "YEARLY": msg.EVERY_YEAR,
}


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
        # Never Path.open: a FIFO chosen in the file dialog would wait for a writer forever.
        with open_regular_binary(path) as stream:
            head = stream.read(_HEAD)
    except NotRegularFileError:
        raise WellbeingError(msg.USER_FILE_NOT_REGULAR, name=CALENDAR_OPTION, path=path) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise WellbeingError(msg.CALENDAR_NOT_READ, path=path, reason=reason) from None
    if not begins_as_calendar(_utf8(head).splitlines()):
        raise WellbeingError(msg.CALENDAR_NOT_ICS, path=path)


def _refuse_missing_or_folder(path: str) -> None:
    """The two refusals a user meets most, in the calendar's own words (and in Danish)."""
    file = Path(path)
    if file.is_dir():
        raise WellbeingError(msg.CALENDAR_FOLDER, path=path)
    if not file.exists():
        raise WellbeingError(msg.CALENDAR_MISSING, path=path)


def read_day(
    paths: Sequence[str | Path],
    day: date,
    addresses: Iterable[str] = (),
    tz: tzinfo | None = None,
) -> DayEvents:
    """The events of ``day`` (the user's local day) in the files ``paths``.

    Raises a WellbeingError in one line for a file that cannot be used (a web address,
    missing, too large, not iCalendar, broken); ``problems`` holds what was left out of a
    file that could be used. One meeting in two files (an old and a new export side by
    side) counts once: the version with the higher SEQUENCE, at equal ones the first file's.
    """
    own = {own_address(a) for a in addresses if a.strip()}
    problems: list[Message] = []
    deadline = monotonic() + SERIES_SECONDS  # for every file together
    read = [_read_file(str(path), day, own, tz, problems, deadline) for path in paths]
    # Each meeting from the file with its newest version (the first file at a tie).
    best: dict[str, tuple[int, int]] = {}
    for number, found in enumerate(read):
        for sequence, event in found:
            meeting = _meeting(event.key)
            if meeting not in best or sequence > best[meeting][0]:
                best[meeting] = (sequence, number)
    events: dict[str, CalendarEvent] = {}
    for number, found in enumerate(read):
        for _sequence, event in found:
            if best[_meeting(event.key)][1] == number:
                events.setdefault(event.key, event)
    return DayEvents(tuple(events.values()), tuple(problems))


def _read_file(
    path: str,
    day: date,
    addresses: set[str],
    tz: tzinfo | None,
    problems: list[Message],
    deadline: float,
) -> list[tuple[int, CalendarEvent]]:
    refuse_url(path)
    _refuse_missing_or_folder(path)
    data = read_user_bytes(path, CALENDAR_OPTION, CALENDAR_FILE_LIMIT)
    import icalendar  # here: only the calendar's users pay for the parser

    try:
        text = near_components(_utf8(data), day, path)
    except (OverflowError, ValueError):  # a date near year 1 or 9999: no calendar's
        raise WellbeingError(msg.CALENDAR_BROKEN, path=path) from None
    # Thunderbird writes TZID=/mozilla.org/20050126_1/Europe/Copenhagen; the parser reads it
    # as the zone it ends with and says so in a Python warning: noise on the user's terminal.
    # (Set here, not once on import: a test run restores the warning filters after each test.)
    warnings.filterwarnings(
        "ignore", message=r"Timezone .* is a globally unique TZID", module="icalendar"
    )
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception:  # noqa: BLE001 - the parser's errors quote the file's text: never shown
        raise WellbeingError(msg.CALENDAR_BROKEN, path=path) from None
    day_start, day_end = (datetime.combine(d, time()) for d in (day - A_DAY, day + 2 * A_DAY))
    try:
        _known_calendar_zone(calendar)
        for series, problem in _too_long_series(calendar, day_end, tz):
            calendar.subcomponents.remove(series)
            if problem is not None:
                problems.append(problem)
        unknown = _unknown_zones(calendar)
        occurrences = _occurrences(calendar, day_start, day_end, problems, deadline)
        if len(occurrences) > MAX_EVENTS_NEAR:
            raise WellbeingError(
                msg.CALENDAR_TOO_MANY_EVENTS, path=path, n=MAX_EVENTS_NEAR, date=day.isoformat()
            )
        events: list[tuple[int, CalendarEvent]] = []
        for index, (occurrence, single) in enumerate(occurrences):
            event = _event(occurrence, single, index, addresses, tz, path, unknown, problems)
            if event is not None:
                events.append((_sequence(occurrence), event))
    except WellbeingError:
        raise
    except Exception:  # noqa: BLE001 - as above: one line, never the parser's words
        raise WellbeingError(msg.CALENDAR_BROKEN, path=path) from None
    return events


def _occurrences(
    calendar: Any, start: datetime, end: datetime, problems: list[Message], deadline: float
) -> list[tuple[Any, bool]]:
    """The occurrences between ``start`` and ``end``: single events, then series one by one.

    Each with whether it is a single event (not of a series).

    A series whose rule can never match ("30 February") is searched by the recurrence
    library until the year 9999, seconds each: so each series is expanded on its own and,
    once ``SERIES_SECONDS`` have gone, the rest are left out with one line, never a hang.
    """
    import icalendar
    import recurring_ical_events

    zones = [c for c in calendar.subcomponents if c.name == "VTIMEZONE"]
    groups: dict[str, list[Any]] = {}
    singles: list[Any] = []
    for index, component in enumerate(calendar.subcomponents):
        if component.name != "VEVENT":
            continue
        if "RRULE" in component or "RDATE" in component or "RECURRENCE-ID" in component:
            uid = str(component.get("UID", "")) or f"#{index}"
            groups.setdefault(uid, []).append(component)
        else:
            singles.append(component)

    def expand(components: list[Any]) -> list[Any]:
        part = icalendar.Calendar()
        for name, value in calendar.items():
            part[name] = value  # X-WR-TIMEZONE among them: floating times are read in it
        for component in (*zones, *components):
            part.add_component(component)
        query = recurring_ical_events.of(part, skip_bad_series=True)
        return list(query.between(start, end))

    found = [(occurrence, True) for occurrence in expand(singles)]
    series = list(groups.values())
    for done, components in enumerate(series):
        if monotonic() > deadline:
            problems.append(Message(msg.CALENDAR_SLOW_SERIES, n=len(series) - done))
            break
        found.extend((occurrence, False) for occurrence in expand(components))
    return found


def _utf8(data: bytes) -> bytes:
    """``data`` as UTF-8, as iCalendar files are; an older Windows file's ø and å kept.

    A file that is not UTF-8 is read as Windows-1252 (Western Europe), so "Personalemøde"
    in it still meets its keyword instead of becoming "Personalem?de".
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as some Windows tools save
        data = data.decode("utf-16", "replace").encode("utf-8")
    if b"\n" not in data[:65536] and b"\r" in data:  # old Mac line ends: CR alone
        data = data.replace(b"\r", b"\r\n")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace").encode("utf-8")
    return data


def _too_long_series(
    calendar: Any, until: datetime, tz: tzinfo | None
) -> Iterator[tuple[Any, Message | None]]:
    """Series that would repeat more than ``MAX_OCCURRENCES`` times before ``until``.

    Each with the line that says so; None for a series whose start cannot be read at all
    (a year outside what a time can hold): it is left out without a line.
    """
    for component in list(calendar.walk("VEVENT")):
        rules = component.get("RRULE")
        if rules is None or "DTSTART" not in component:
            continue
        try:
            first = component["DTSTART"].dt
            first = first if isinstance(first, datetime) else datetime.combine(first, time())
            rules = rules if isinstance(rules, list) else [rules]
            found = [
                rule
                for rule in rules
                if _within_a_day(rule) or repeats(rule, first, until, tz) > MAX_OCCURRENCES
            ]
            shown = to_local(to_utc(first, tz), tz).strftime("%Y-%m-%d %H:%M")
        except Exception:  # noqa: BLE001 - a broken start or rule: the expansion skips it too
            yield component, None
            continue
        if found:
            frequency = str((found[0].get("FREQ") or ["DAILY"])[0]).upper()
            every = _EVERY.get(frequency, msg.EVERY_DAY)
            yield component, Message(msg.CALENDAR_TOO_MANY_REPEATS, start=shown, detail=every)


def _within_a_day(rule: Any) -> bool:
    """Whether a rule repeats more than once a day (every hour, minute or second)."""
    frequency = str((rule.get("FREQ") or ["DAILY"])[0]).upper()
    if frequency in _WITHIN_A_DAY:
        return True
    return any(len(rule.get(part) or ()) > 1 for part in ("BYHOUR", "BYMINUTE", "BYSECOND"))


def _known_calendar_zone(calendar: Any) -> None:
    """Drop an ``X-WR-TIMEZONE`` that names no known zone; a Windows name becomes Olson's."""
    name = calendar.get("X-WR-TIMEZONE")
    if name is None:
        return
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    name = str(name).strip()
    for candidate in (name, WINDOWS_TO_OLSON.get(name)):
        if candidate and _zone_exists(candidate):
            calendar["X-WR-TIMEZONE"] = candidate
            return
    del calendar["X-WR-TIMEZONE"]


def _zone_exists(name: str) -> bool:
    try:
        ZoneInfo(name)
    except Exception:  # noqa: BLE001 - unknown, or not a zone name at all ("../x")
        return False
    return True


def _unknown_zones(calendar: Any) -> dict[str, str]:
    """The zone each event names but the file does not define, by UID.

    The parser leaves such a time without a zone; the occurrences recurring-ical-events
    makes no longer carry the ``TZID``, so it is noted here, before they are made.
    """
    unknown: dict[str, str] = {}
    for component in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            with contextlib.suppress(Exception):  # a broken time: the expansion skips it
                zone = component[name].params.get("TZID")
                moment = component[name].dt
                if zone and isinstance(moment, datetime) and moment.tzinfo is None:
                    unknown.setdefault(str(component.get("UID", "")), str(zone))
    return unknown


# --- one occurrence ----------------------------------------------------------------------


def _event(
    occurrence: Any,
    single: bool,
    index: int,
    addresses: set[str],
    tz: tzinfo | None,
    path: str,
    unknown_zones: dict[str, str],
    problems: list[Message],
) -> CalendarEvent | None:
    """The event of one occurrence, or None when no time was spent in it.

    ``unknown_zones``: the zone an event (by UID) names that the file does not define; its
    times are read in the user's zone, and a line says so.
    """
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
    # Exchange writes some all-day events as midnight to midnight with this flag.
    flagged = str(occurrence.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE"
    all_day = not isinstance(start_value, datetime) or flagged
    if not isinstance(start_value, datetime):
        start = datetime.combine(start_value, time())
        end_day = end_value if isinstance(end_value, date) else start_value + A_DAY
        if isinstance(end_day, datetime):
            end_day = end_day.date()
        end = datetime.combine(max(end_day, start_value + A_DAY), time())
    else:
        start = start_value
        end = end_value if isinstance(end_value, datetime) else start
        zone = unknown_zones.get(str(occurrence.get("UID", "")))
        if zone is not None and start.tzinfo is None:
            shown = start.strftime("%Y-%m-%d %H:%M")
            problem = Message(msg.CALENDAR_UNKNOWN_ZONE, time=shown, zone=zone)
            if problem not in problems:
                problems.append(problem)
    uid = str(occurrence.get("UID", "")) or f"{path}#{index}"
    local_start, local_end = (to_local(to_utc(moment, tz), tz) for moment in (start, end))
    return CalendarEvent(
        key=_key(uid, occurrence if not single else None, start, tz),
        title=" ".join(str(occurrence.get("SUMMARY", "")).split()),
        start=local_start,
        end=max(local_end, local_start),
        categories=_categories(occurrence),
        all_day=all_day,
    )


_SINGLE = "|at|"  # in a key: a single event's start follows (see ``_key``)


def _key(uid: str, occurrence: Any | None, start: datetime, tz: tzinfo | None) -> str:
    """The occurrence's key: its UID, and the time it had in its series, else its start.

    A single event's start is part of it because a file may hold one UID at several
    times. ``_meeting`` takes the part that says which meeting it is: a meeting moved in a newer
    export (a new start, the same UID or the same original time) is the same meeting.
    """
    recurrence = occurrence.get("RECURRENCE-ID") if occurrence is not None else None
    if recurrence is None:  # a single event (``occurrence`` None), or an odd occurrence
        return f"{uid}{_SINGLE}{to_utc(start, tz).isoformat()}"
    when = recurrence.dt
    when = when if isinstance(when, datetime) else datetime.combine(when, time())
    return f"{uid}|{to_utc(when, tz).isoformat()}"


def _meeting(key: str) -> str:
    """Which meeting a key names, whatever time it has now (see ``_key``)."""
    return key.split(_SINGLE, 1)[0]


def _sequence(occurrence: Any) -> int:
    """The occurrence's revision (``SEQUENCE``; 0 when it has none or an odd one)."""
    try:
        return int(str(occurrence.get("SEQUENCE", 0)))
    except ValueError:
        return 0


def _declined(occurrence: Any, addresses: set[str]) -> bool:
    if not addresses:
        return False
    attendees = occurrence.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees:
        # Apple and CalDAV servers name the address in EMAIL= and put a urn:uuid: after it.
        named = {own_address(str(attendee)), own_address(str(attendee.params.get("EMAIL", "")))}
        if named & addresses:
            return str(attendee.params.get("PARTSTAT", "")).upper() == "DECLINED"
    return False


def _categories(occurrence: Any) -> tuple[str, ...]:
    values = occurrence.get("CATEGORIES") or []
    if not isinstance(values, list):
        values = [values]
    names: list[str] = []
    for value in values:
        with contextlib.suppress(AttributeError):
            names.extend(str(name).strip() for name in value.cats if str(name).strip())
    return tuple(names)
