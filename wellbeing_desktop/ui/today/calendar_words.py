"""The words of the calendar's proposal on Today and of its events dialog (issue #16)."""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

# --- the bar --------------------------------------------------------------------------------
FROM_CALENDAR: Message = translatable("today.calendar", "From your calendar")
LINE: Message = translatable(
    "today.calendar",
    "{source}: {total} placed, shown in grey below.{unplaced} "
    "Time outside your calendar is yours to place.",
)
UNPLACED: Message = translatable("today.calendar", " {minutes} in events without a category.")
EVENTS: Message = translatable("today.calendar", "Events…")
EVENTS_TIP: Message = translatable(
    "today.calendar", "See the day's events and the category each went to; change one"
)
NOT_READ: Message = translatable("today.calendar", "Your calendar could not be read: {reason}")

# --- the events dialog ----------------------------------------------------------------------
TITLE: Message = translatable("today.calendar", "The day's events")
INTRO: Message = translatable(
    "today.calendar",
    "Choose a category for an event and the proposal follows. Nothing is saved until "
    "you use the proposal on Today.",
)
TOTALS: Message = translatable(
    "today.calendar", "Placed: {placed}. Without a category: {unplaced}."
)
HEAD_TIME: Message = translatable("today.calendar", "Time")
HEAD_EVENT: Message = translatable("today.calendar", "Event")
HEAD_MINUTES: Message = translatable("today.calendar", "Counted")
HEAD_CATEGORY: Message = translatable("today.calendar", "Category")
HEAD_WHY: Message = translatable("today.calendar", "Why")
ALL_DAY: Message = translatable("today.calendar", "all day — not counted")
LONG: Message = translatable("today.calendar", "{time} — not counted")
NO_CATEGORY: Message = translatable("today.calendar", "No category")
BY_CATEGORIES: Message = translatable("today.calendar", "the calendar's category")
BY_KEYWORD: Message = translatable("today.calendar", "keyword “{keyword}”")
BY_CHOICE: Message = translatable("today.calendar", "chosen by you")
BY_NOTHING: Message = translatable("today.calendar", "no rule")
REMEMBER: Message = translatable("today.calendar", "Remember as rule…")
REMEMBER_TIP: Message = translatable(
    "today.calendar", "Place events with these words in their title here from now on"
)
REMEMBER_TITLE: Message = translatable("today.calendar", "Remember as a rule")
READING: Message = translatable("today.calendar", "Reading your calendar …")
MINUTES_OF: Message = translatable("today.calendar", "{minutes} (of {whole})")
OVERLAPPED: Message = translatable(
    "today.calendar",
    "Another meeting overlaps this one: time counts once, for the meeting that started last",
)
REMEMBER_TITLE_LINE: Message = translatable("today.calendar", "The event: “{title}”")
REMEMBER_ASK: Message = translatable(
    "today.calendar",
    "Events whose title holds these words go to “{category}” from now on. Keep only "
    "the words that say what kind of meeting it is: names are not needed.",
)
REMEMBERED: Message = translatable(
    "today.calendar", "Remembered: “{keyword}” goes to {category}. You can change it in Settings."
)
NOT_REMEMBERED: Message = translatable("today.calendar", "Not remembered: {reason}")
EVENT_NAME: Message = translatable("today.calendar", "Category for {event}")
OK: Message = translatable("today.calendar", "OK")
OK_TIP: Message = translatable(
    "today.calendar", "Show the proposal with these categories (Enter); nothing is saved yet"
)
CANCEL: Message = translatable("today.calendar", "Cancel")
