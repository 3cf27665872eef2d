"""The journal's stored settings as domain values: one definition for every reader.

``SettingsRepository`` (through SQLAlchemy) and the read-only snapshot Today paints from
(``storage.read_only``, without it) read the same ``settings`` rows (name: JSON value) and
build the same ``Settings`` here.
"""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain.models import Language, Settings

if TYPE_CHECKING:
    from collections.abc import Mapping

CALENDAR_KEY = "calendar"  # the calendar's settings (issue #16), not part of ``Settings``


def time_text(value: time | None) -> str | None:
    """A reminder time as it is stored (``17:00``; None: no reminder)."""
    return value.strftime("%H:%M") if value else None


def settings_from_values(values: Mapping[str, Any]) -> Settings:
    """``Settings`` from the stored values (name: decoded JSON); defaults where unset."""
    defaults = Settings()
    reminder = values.get("reminder_time", time_text(defaults.reminder_time))
    return Settings(
        weekly_hours_norm=float(values.get("weekly_hours_norm", defaults.weekly_hours_norm)),
        leadership_target_percent=int(
            values.get("leadership_target_percent", defaults.leadership_target_percent)
        ),
        reminder_time=time.fromisoformat(reminder) if reminder else None,
        language=Language(values.get("language", defaults.language.value)),
        auto_lock_minutes=int(values.get("auto_lock_minutes", defaults.auto_lock_minutes)),
    )


def calendar_files(values: Mapping[str, Any]) -> tuple[str, ...]:
    """The calendar files set in Settings, as ``SettingsRepository.load_calendar`` has them."""
    value = values.get(CALENDAR_KEY)
    if not isinstance(value, dict):
        return ()
    return tuple(str(path) for path in value.get("files", ()))
