"""The Settings page's words (their translation context stays "settings_view")."""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

SAVES_AT_ONCE: Message = translatable("settings_view", "Changes are saved at once")
SAVED_AT: Message = translatable("settings_view", "Saved {time}")
NOT_SAVED: Message = translatable("settings_view", "Not saved: {reason}")

HOURS_AND_GOALS: Message = translatable("settings_view", "Working hours and goals")
WEEKLY_NORM: Message = translatable("settings_view", "Weekly hours")
WEEKLY_NORM_NOTE: Message = translatable(
    "settings_view", "37 hours is the usual full-time week in Denmark."
)
HOURS_SUFFIX: Message = translatable("settings_view", " h")
TARGET: Message = translatable("settings_view", "Leadership-share target")
TARGET_NOTE: Message = translatable(
    "settings_view",
    "The target is your own. Research points to no single right "
    "split between operations and leadership.",
)

CATEGORIES: Message = translatable("settings_view", "Categories")
CATEGORIES_NOTE: Message = translatable(
    "settings_view",
    "Your time is split across these categories. The kind decides "
    "what counts towards your leadership share. Double-click or "
    "press F2 to change; the name is the English one.",
)

REMINDER: Message = translatable("settings_view", "Reminder")
REMIND_ME: Message = translatable("settings_view", "Remind me to write at")
REMINDER_TIME: Message = translatable("settings_view", "Reminder time")
REMINDER_NOTE: Message = translatable(
    "settings_view",
    "On working days (Monday to Friday) a notification comes at this time while "
    "Leader Pulse is running, also when it is locked, but not on a day you have "
    "already written. Clicking it opens Today.",
)
CLOSE_TO_TRAY: Message = translatable(
    "settings_view", "Keep running in the tray when the window is closed"
)
LOCK_ON_CLOSE: Message = translatable(
    "settings_view", "Lock the journal when the window is closed (what you typed is saved first)"
)
NO_TRAY: Message = translatable(
    "settings_view",
    "This desktop shows no tray icons, so closing the window quits Leader Pulse, "
    "and the reminder can only mark the window in the task bar.",
)
START_AT_LOGIN: Message = translatable("settings_view", "Start Leader Pulse when I log in")
NO_AUTOSTART: Message = translatable(
    "settings_view",
    "On this system, add Leader Pulse to the apps that start at login in the system settings.",
)
NOT_CHANGED: Message = translatable("settings_view", "Could not change {path}.")

LANGUAGE: Message = translatable("settings_view", "Language")
LANGUAGE_NOTE: Message = translatable("settings_view", "The whole app switches language at once.")
