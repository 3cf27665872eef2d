"""What of a calendar file goes to the parser for one day (issue #16): a scan of its lines.

A calendar export can hold years of events (50 MB and more, thousands of series), and
parsing and expanding all of it for one day would take many seconds to minutes and hundreds
of MB. So the file is first split into its components by their ``BEGIN:``/``END:`` lines,
and only the components that can touch the day go to the parser: usable time zones; a
series (``RRULE``) unless it starts after the day or certainly ended before it (``UNTIL``,
or a ``COUNT`` of a plain daily or weekly rule); a component with an ``RDATE`` near
the day, and any with ``EXRULE``; a moved or changed occurrence (``RECURRENCE-ID``)
whose original time or new time is near the day (one that changes all later ones, from
before the day); and single events that lie within ``NEAR`` of the day (by their
start, their end, or their start and ``DURATION``). Outlook's Windows-named zones are left
to the zone database (see ``_windows_zone``).

A time zone goes to the parser only if it can be used: every ``STANDARD``/``DAYLIGHT``
part has a start and two offsets that are offsets (under 24 hours), and its rule changes
the clock a sane number of times before the day (a rule that repeats every minute since
1601 would make each lookup of a time walk millions of changes: a hang). The check is
made here, on the text, because the parser keeps every zone it has read for the rest of
the process: a zone it once saw would be used even after it was dropped. Events in a zone
left out are counted in the user's local time, with a line that says so
(``calendar_file``).
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain.calendar_time import A_DAY, to_utc
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services import messages as msg

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from datetime import tzinfo

# A single event is read when it lies this close to the day (time zones, nights).
NEAR = timedelta(days=2)
# Clock changes a time zone may need before the day: a yearly change since 1601 is ~430.
MAX_ZONE_CHANGES = 5_000

_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400, "WEEKLY": 604800}
_SECONDS |= {"MONTHLY": 28 * 86400, "YEARLY": 365 * 86400}
# The parts of a rule that add repeats within one period of its frequency (RFC 5545
# 3.3.10's table; the other parts only limit), and how many days one weekday of BYDAY can
# be in a period ("BYDAY=MO" in a monthly rule: up to 5 Mondays).
_EXPANDING = {
    "SECONDLY": (),
    "MINUTELY": ("BYSECOND",),
    "HOURLY": ("BYSECOND", "BYMINUTE"),
    "DAILY": ("BYSECOND", "BYMINUTE", "BYHOUR"),
    "WEEKLY": ("BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY"),
    "MONTHLY": ("BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY"),
    "YEARLY": ("BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY")
    + ("BYWEEKNO", "BYMONTH"),
}
_WEEKDAYS = {"WEEKLY": 1, "MONTHLY": 5, "YEARLY": 53}
# A property line: its name and parameters (a quoted value may hold a colon, as Outlook's
# TZID="(UTC+01:00) Amsterdam, ..." does), the colon, then the value.
_VALUE = re.compile(rb'^([^:;"]+)(;(?:[^:"]|"[^"]*")*)?:(.*)$', re.DOTALL)


# What may be handed to the parser for one day: far more than the series, time zones and
# near events of any real calendar (an export of 15 years of one leader's series is ~2 MB).
# Parsing more takes minutes: a hostile file of old events with extra dates did.
MAX_KEPT_BYTES = 16 * 1024 * 1024


def begins_as_calendar(lines: Iterable[bytes]) -> bool:
    """Whether the first line with text (after a byte order mark) is BEGIN:VCALENDAR.

    Consumes ``lines`` up to and including that line.
    """
    words = (line.lstrip(b"\xef\xbb\xbf").strip() for line in lines)
    return next((word for word in words if word), b"").upper() == b"BEGIN:VCALENDAR"


def near_components(data: bytes, day: date, path: str) -> bytes:
    """The calendar with only the components that can touch ``day`` (see the module).

    Raises a WellbeingError when ``data`` does not begin as an iCalendar file does.
    """
    lines = _lines(data)
    if not begins_as_calendar(lines):
        raise WellbeingError(msg.CALENDAR_NOT_ICS, path=path)
    out = [b"BEGIN:VCALENDAR"]
    kept = 0  # bytes of the components kept for the parser
    block: list[bytes] = []
    name = b""
    depth = 1
    for line in lines:
        word = line.rstrip().upper()  # a folded line begins with a space: never a BEGIN
        if depth == 0 and word == b"BEGIN:VCALENDAR":
            depth = 1  # another calendar after the first (`cat a.ics b.ics`): read as one
            continue
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
                kept += sum(len(line) for line in block)
                if kept > MAX_KEPT_BYTES:
                    raise WellbeingError(msg.CALENDAR_TOO_MANY_SERIES, path=path)
    if depth > 0:
        # Cut off inside the calendar: a client rewriting the file, a copy half made.
        # Reading the part before the cut would log a day short of its last events.
        raise WellbeingError(msg.CALENDAR_TRUNCATED, path=path)
    out.append(b"END:VCALENDAR")
    return b"\r\n".join(out) + b"\r\n"


def repeats(rule: Any, first: date, until: datetime, tz: tzinfo | None) -> float:
    """How many times ``rule`` repeats from ``first`` to ``until`` (a generous estimate).

    Counted by its frequency and interval, times the values of the parts that add repeats
    within one period (``BYHOUR=8,12`` in a daily rule, ``BYDAY`` in a weekly one); a
    ``COUNT`` or an earlier ``UNTIL`` ends it sooner. ``rule`` is icalendar's ``vRecur``.
    """
    frequency = str((rule.get("FREQ") or ["DAILY"])[0]).upper()
    count = rule.get("COUNT")
    if count:
        return float(int(count[0]))
    start = first if isinstance(first, datetime) else datetime.combine(first, time())
    end = to_utc(until, tz)
    for value in rule.get("UNTIL") or ():
        last = value if isinstance(value, datetime) else datetime.combine(value, time())
        end = min(end, to_utc(last, tz))
    span = (end - to_utc(start, tz)).total_seconds()
    interval = int((rule.get("INTERVAL") or [1])[0]) or 1
    found = max(0.0, span) / (_SECONDS.get(frequency, 86400) * interval)
    for part in _EXPANDING.get(frequency, ()):
        values = [str(value) for value in rule.get(part) or ()]
        if part == "BYDAY":
            found *= max(1, sum(_days_of(value, frequency, rule) for value in values))
        else:
            found *= max(1, len(values))
    return found


def _days_of(weekday: str, frequency: str, rule: Any) -> int:
    """Days one BYDAY value can be in a period: "-1SU" one, "SU" every Sunday in it.

    Beside days of the month or year, BYDAY only narrows them (RFC 5545 3.3.10); in a
    yearly rule with months, "SU" is the Sundays of those months.
    """
    if weekday[:1] in "+-0123456789" or rule.get("BYMONTHDAY") or rule.get("BYYEARDAY"):
        return 1
    if frequency == "YEARLY" and rule.get("BYWEEKNO"):
        return 1
    if frequency == "YEARLY" and rule.get("BYMONTH"):
        return _WEEKDAYS["MONTHLY"]
    return _WEEKDAYS.get(frequency, 1)


def _lines(data: bytes) -> Iterator[bytes]:
    """The file's lines without their endings, read one at a time (bounded memory)."""
    with io.BytesIO(data) as stream:
        for line in stream:
            yield line.rstrip(b"\r\n")


def _wanted(name: bytes, block: list[bytes], day: date) -> bool:
    try:
        return _near_the_day(name, block, day)
    except OverflowError:
        return False  # a date by year 1 or 9999 (a typo, a placeholder): no day a leader logs


def _near_the_day(name: bytes, block: list[bytes], day: date) -> bool:
    if name == b"VTIMEZONE":
        return not _windows_zone(block) and _usable_zone(block, day)
    if name != b"VEVENT":
        return False  # to-dos, journal entries, free/busy: not time spent
    found = _own_properties(block)
    start = _date_of(found[b"DTSTART"][0][1]) if b"DTSTART" in found else None
    if start is None:
        return True  # let the parser judge it
    end = _date_of(found[b"DTEND"][0][1]) if b"DTEND" in found else None
    length = _days_in(found[b"DURATION"][0][1]) if b"DURATION" in found else timedelta(0)
    if length is None:
        return True  # let the parser judge it
    span = max((end or start) - start, length, timedelta(0))
    if b"EXRULE" in found:
        return True  # an old rule the parser judges
    if b"RDATE" in found and _any_date_near(found[b"RDATE"], span, day):
        return True  # an extra date of the series lies near the day
    if b"RRULE" in found:
        if start - NEAR > day:
            return False  # a series begins with its start
        lasts = [_last_date(value, start) for _params, value in found[b"RRULE"]]
        return any(last is None or last + span + NEAR >= day for last in lasts)
    if b"RECURRENCE-ID" in found:  # one occurrence of a series, moved or changed
        params, value = found[b"RECURRENCE-ID"][0]
        original = _date_of(value)
        if original is None:
            return True  # let the parser judge it
        if b"RANGE=" in params.upper():
            return original - NEAR <= day  # it changes the occurrences after it too
        if original - NEAR <= day and original + span + NEAR >= day:
            return True  # it replaces (or cancels) the day's occurrence
    return start - NEAR <= day and start + span + NEAR >= day


_LOOKED_AT = frozenset({b"DTSTART", b"DTEND", b"DURATION", b"RRULE", b"RDATE", b"EXRULE"})
_LOOKED_AT |= {b"RECURRENCE-ID"}


def _own_properties(block: list[bytes]) -> dict[bytes, list[tuple[bytes, bytes]]]:
    """What ``_wanted`` looks at: (parameters, value) by name, of the component's own lines.

    Not the lines of the alarms inside it: an alarm has a DURATION of its own.
    """
    found: dict[bytes, list[tuple[bytes, bytes]]] = {}
    depth = 0
    for prop, params, value in _properties(block):
        if prop == b"BEGIN":
            depth += 1
        elif prop == b"END":
            depth -= 1
        elif depth == 1 and prop in _LOOKED_AT:
            found.setdefault(prop, []).append((params, value))
    return found


def _last_date(rule: bytes, start: date) -> date | None:
    """The latest date a rule can repeat on (None: no end, or none that is safe to say).

    ``UNTIL`` says it; a ``COUNT`` only for a daily or weekly rule that nothing but weekdays
    narrows (each week then holds at least one repeat).
    """
    parts = dict(part.partition(b"=")[::2] for part in rule.upper().split(b";") if part)
    try:
        if b"UNTIL" in parts:
            return _date_of(parts[b"UNTIL"])
        if b"COUNT" not in parts or parts.get(b"FREQ") not in (b"DAILY", b"WEEKLY"):
            return None
        if set(parts) - {b"FREQ", b"COUNT", b"INTERVAL", b"WKST", b"BYDAY"}:
            return None
        if any(ch in b"+-0123456789" for ch in parts.get(b"BYDAY", b"")):
            return None
        weeks = int(parts[b"COUNT"]) * int(parts.get(b"INTERVAL", b"1")) + 1
        return start + timedelta(weeks=weeks)
    except (ValueError, OverflowError):
        return None


def _properties(block: Iterable[bytes]) -> Iterator[tuple[bytes, bytes, bytes]]:
    """The (upper-case name, parameters, value) of each unfolded line of ``block``."""
    for line in _unfolded(block):
        found = _VALUE.match(line)
        if found is not None:
            yield found.group(1).strip().upper(), found.group(2) or b"", found.group(3).strip()


def _unfolded(block: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of ``block`` with folded ones joined (an attachment can be 100,000 lines)."""
    current: list[bytes] = []
    for line in block:
        if line[:1] in (b" ", b"\t") and current:
            current.append(line[1:])
            continue
        if current:
            yield b"".join(current)
        current = [line]
    if current:
        yield b"".join(current)


def _any_date_near(values: list[tuple[bytes, bytes]], span: timedelta, day: date) -> bool:
    """Whether an ``RDATE`` lists a date (or a period's start) near ``day``.

    A value that cannot be read counts as near: the parser judges it. (An old event with
    extra dates far away is no longer parsed: a file of thousands took minutes.)
    """
    for _params, value in values:
        for part in value.split(b","):
            found = _date_of(part.split(b"/", 1)[0].strip())
            if found is None or (found - NEAR <= day and found + span + NEAR >= day):
                return True
    return False


def _date_of(value: bytes) -> date | None:
    """The date a ``DTSTART``/``DTEND`` value names (as written, in its own zone), or None."""
    try:
        return date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None  # an odd start: the parser judges the whole component


def _days_in(value: bytes) -> timedelta | None:
    """The days a ``DURATION`` value spans, at least (None: not a duration read here)."""
    from icalendar.prop import vDuration

    try:
        length = vDuration.from_ical(value.decode("ascii"))  # type: ignore[no-untyped-call]
    except Exception:  # noqa: BLE001 - not a duration: the parser judges the component
        return None
    if not isinstance(length, timedelta) or length < timedelta(0):
        return None
    return timedelta(days=length.days + 1)


def _windows_zone(block: list[bytes]) -> bool:
    """Whether a ``VTIMEZONE`` is named by a Windows zone the zone database has (Outlook's).

    Such a zone is read from the database (Windows' "Romance Standard Time" is
    Europe/Paris) rather than from its definition: the same rules, but the definition's
    start in 1601 makes each lookup of a time walk four hundred years of changes, and an
    export of thousands of series then takes minutes instead of a second.
    """
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    for prop, _params, value in _properties(block):
        if prop == b"TZID":
            return value.decode("utf-8", "replace").strip().strip('"') in WINDOWS_TO_OLSON
    return False


def _usable_zone(block: list[bytes], day: date) -> bool:
    """Whether a ``VTIMEZONE`` can be used to read times on ``day`` (see the module)."""
    until = datetime.combine(day + 2 * A_DAY, time())
    parts = 0
    current: dict[bytes, list[bytes]] | None = None
    for prop, _params, value in _properties(block[1:-1]):  # inside BEGIN:/END:VTIMEZONE
        if prop == b"BEGIN":
            current = {} if value.upper() in (b"STANDARD", b"DAYLIGHT") else None
        elif prop == b"END":
            if current is not None:
                if not _usable_part(current, until):
                    return False
                parts += 1
            current = None
        elif current is not None:
            current.setdefault(prop, []).append(value)
    return parts > 0


def _usable_part(props: dict[bytes, list[bytes]], until: datetime) -> bool:
    """Whether one ``STANDARD``/``DAYLIGHT`` part of a zone can be used (see the module)."""
    from icalendar.prop import vDDDTypes, vRecur, vUTCOffset

    try:
        start = vDDDTypes.from_ical(props[b"DTSTART"][0].decode("ascii"))  # type: ignore[no-untyped-call]
        for offset in (b"TZOFFSETFROM", b"TZOFFSETTO"):
            vUTCOffset.from_ical(props[offset][0].decode("ascii"))  # type: ignore[no-untyped-call]
        for rule in props.get(b"RRULE", []):
            found = vRecur.from_ical(rule.decode("ascii"))
            if repeats(found, start, until, UTC) > MAX_ZONE_CHANGES:
                return False
    except Exception:  # noqa: BLE001 - missing, or not what it should be
        return False
    return isinstance(start, date)
