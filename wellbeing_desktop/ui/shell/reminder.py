"""The daily reminder's scheduler: a timer that asks the domain rules when it is due.

The reminder time is a journal setting, and the journal is unreadable while locked. So
the scheduler keeps a copy of only the time (or "off") in ``QSettings``, refreshed on
every unlock and settings change (``configure``); with it the reminder also comes while
the journal is locked. The day it was last given is kept there too, so a restart never
repeats it. Nothing else from the journal is copied.

Clock jumps, suspend and resume: rather than one long timer to the due moment, the timer
never waits more than a minute, and each tick asks the clock again (``check``). A tick
due earlier than that waits exactly until the due moment, so the reminder is on time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from wellbeing_desktop.domain.reminders import next_reminder, reminder_due

Clock = Callable[[], datetime]

REMINDER_ON_KEY = "reminder/on"
REMINDER_TIME_KEY = "reminder/time"  # "HH:MM"
LAST_SHOWN_KEY = "reminder/last_shown"  # ISO date: the day the reminder was last settled
CHECK_EVERY_MS = 60_000


def _time(text: object) -> time | None:
    try:
        hour, minute = str(text).split(":")
        return time(int(hour), int(minute))
    except ValueError:
        return None


class DailyReminder(QObject):
    """The daily reminder to reflect.

    Signals:
    due(): it is time for today's reflection (once a working day, at the chosen time).

    ``clock`` gives the local time (injectable for tests). ``skip_day(day)`` may say that
    the day needs no reminder (its entry is already written): the day is then settled
    without a reminder.
    """

    due = Signal()

    def __init__(
        self, settings: QSettings, clock: Clock = datetime.now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.clock: Clock = clock
        self.skip_day: Callable[[date], bool] = lambda _day: False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._arm()

    # --- the copy in QSettings -----------------------------------------------------------

    @property
    def at(self) -> time | None:
        """The reminder time, or None when the reminder is off (or never configured)."""
        if not self._settings.value(REMINDER_ON_KEY, False, type=bool):
            return None
        return _time(self._settings.value(REMINDER_TIME_KEY, ""))

    @property
    def last_shown(self) -> date | None:
        try:
            return date.fromisoformat(str(self._settings.value(LAST_SHOWN_KEY, "")))
        except ValueError:
            return None

    def configure(self, at: time | None) -> None:
        """Keep the journal's reminder setting (a time or None for off) and re-arm."""
        if at != self.at:
            self._settings.setValue(REMINDER_ON_KEY, at is not None)
            if at is not None:
                self._settings.setValue(REMINDER_TIME_KEY, f"{at.hour:02d}:{at.minute:02d}")
            self._settings.sync()
        self._arm()

    # --- the timer -----------------------------------------------------------------------

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def next_check_ms(self) -> int:
        """How long the timer was set to wait (at most a minute); -1 when it is off.

        (A coarse timer may fire a little later than that, never more than 5 %.)
        """
        return self._timer.interval() if self._timer.isActive() else -1

    def check(self) -> bool:
        """Give the reminder if it is due now; True if ``due`` was emitted."""
        now = self.clock()
        at = self.at
        given = False
        if at is not None and reminder_due(now, at, self.last_shown):
            self._settings.setValue(LAST_SHOWN_KEY, now.date().isoformat())
            self._settings.sync()
            if not self.skip_day(now.date()):
                self.due.emit()
                given = True
        self._arm(now)
        return given

    def _arm(self, now: datetime | None = None) -> None:
        self._timer.stop()
        at = self.at
        if at is None:
            return  # off: configure() arms again when it is turned on
        now = self.clock() if now is None else now
        wait = next_reminder(now, at, self.last_shown) - now
        milliseconds = int(wait.total_seconds() * 1000)
        self._timer.start(max(0, min(milliseconds, CHECK_EVERY_MS)))
