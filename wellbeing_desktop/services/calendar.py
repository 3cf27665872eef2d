"""The calendar as a source of the day's time split (issue #16), for the CLI and the GUI.

``CalendarReader`` reads a day's events from the files (``calendar_file``) and keeps the
last days read while the files are unchanged (size and modification time), so browsing
days or re-placing an event does not parse again; a file that changed is read again.
``calendar_day`` places the events by the user's rules and counts them
(``domain.calendar_time``). Only what the user accepts is ever saved: the minutes per
category, as a day's time; never a title.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.calendar_rules import (
    CalendarSettings,
    place_event,
    validate_calendar_settings,
    with_rule,
)
from wellbeing_desktop.domain.calendar_time import CalendarDay, count_day
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.calendar_file import DayEvents, read_day, refuse_url

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date, tzinfo

    from wellbeing_desktop.domain.calendar_rules import PlacedBy
    from wellbeing_desktop.domain.models import Category
    from wellbeing_desktop.services.journal import Journal

__all__ = [
    "CalendarReader",
    "calendar_day",
    "read_calendar_day",
    "checked_settings",
    "keep_rule",
]

DAYS_KEPT = 31  # days read that stay in memory while the files are unchanged


class CalendarReader:
    """Reads days from calendar files, keeping the last ``DAYS_KEPT`` while unchanged.

    Safe to call from worker threads. ``tz`` None: the system's zone.
    """

    def __init__(self, tz: tzinfo | None = None) -> None:
        self._tz = tz
        self._kept: OrderedDict[tuple[object, ...], DayEvents] = OrderedDict()
        self._lock = threading.Lock()  # held only to look up and keep, never while parsing
        self._forgotten = 0  # times forget() ran: a read that began before one is not kept

    @property
    def tz(self) -> tzinfo | None:
        return self._tz

    def day(self, files: Sequence[str], day: date, addresses: Sequence[str] = ()) -> DayEvents:
        """The events of ``day`` in ``files`` (a WellbeingError for a file that cannot be used)."""
        if not files:
            raise WellbeingError(msg.CALENDAR_NO_FILES)
        for path in files:
            refuse_url(path)
        key = (tuple(_identity(path) for path in files), day, tuple(addresses))
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
                return kept
            forgotten = self._forgotten
        # Parsed outside the lock: locking the journal (forget) must not wait for a
        # large file; a read it overtook is returned but not kept.
        events = read_day(files, day, addresses, self._tz)
        with self._lock:
            if forgotten == self._forgotten:
                self._kept[key] = events
                while len(self._kept) > DAYS_KEPT:
                    self._kept.popitem(last=False)
        return events

    def forget(self) -> None:
        """Drop every day kept (the journal was locked: titles leave the memory)."""
        with self._lock:
            self._forgotten += 1
            self._kept.clear()


def _identity(path: str) -> tuple[str, int, int, int, int]:
    """What tells a changed file: its times and size, and its inode and change time.

    The change time cannot be set back (a sync tool that keeps the old modification
    time and size still changes it), and a file replaced by a rename gets a new inode.
    """
    try:
        stat = os.stat(path)
    except OSError:
        return (path, -1, -1, -1, -1)  # the read says what is wrong with it
    return (path, stat.st_mtime_ns, stat.st_size, stat.st_ctime_ns, stat.st_ino)


def calendar_day(
    events: DayEvents,
    day: date,
    categories: Sequence[Category],
    settings: CalendarSettings,
    chosen: Mapping[str, str] | None = None,
    tz: tzinfo | None = None,
) -> CalendarDay:
    """The day's events placed by the user's rules (and choices) and counted.

    ``chosen``: categories the user picked in the preview, by event key ("" leaves an
    event unplaced).
    """
    chosen = chosen or {}
    placements: dict[str, tuple[str | None, PlacedBy]] = {
        event.key: place_event(
            event.title, event.categories, categories, settings.rules, chosen.get(event.key)
        )
        for event in events.events
    }
    return count_day(day, events.events, placements, tz, events.problems)


def read_calendar_day(
    journal: Journal,
    day: date,
    reader: CalendarReader,
    files: Sequence[str] | None = None,
    chosen: Mapping[str, str] | None = None,
) -> CalendarDay:
    """``day`` from the journal's calendar files (or ``files``), placed by its rules."""
    settings = journal.calendar_settings()
    paths = list(files) if files is not None else list(settings.files)
    events = reader.day(paths, day, settings.addresses)
    return calendar_day(events, day, journal.categories(), settings, chosen, reader.tz)


def checked_settings(
    settings: CalendarSettings, categories: Sequence[Category]
) -> CalendarSettings:
    """``settings`` as they may be saved, or a WellbeingError in one line.

    Rules for a category that no longer exists are dropped, not refused: they were
    stored when it did (the suggested rules name the built-in categories), and a
    category removed since must not make every later save fail.
    """
    for path in settings.files:
        refuse_url(path)
    keys = [category.key for category in categories]
    live = tuple(rule for rule in settings.rules if rule.category in keys)
    return validate_calendar_settings(
        CalendarSettings(settings.files, settings.addresses, live), keys
    )


def keep_rule(settings: CalendarSettings, keyword: str, category: str) -> CalendarSettings:
    """``settings`` with a correction kept as a rule: ``keyword`` → ``category``, first."""
    return CalendarSettings(
        settings.files, settings.addresses, with_rule(settings.rules, keyword, category)
    )
