"""Every word the Today view shows, Danish first (UX.md's word list)."""

from __future__ import annotations

from wellbeing_desktop.domain.models import ShareLevel, SignalGroup
from wellbeing_desktop.ui.common.translation import Message, translatable

# --- header -------------------------------------------------------------------------
PREVIOUS_DAY: Message = translatable("today.words", "Previous day")
PREVIOUS_DAY_TIP: Message = translatable("today.words", "Previous day (Alt+←)")
NEXT_DAY: Message = translatable("today.words", "Next day")
NEXT_DAY_TIP: Message = translatable("today.words", "Next day (Alt+→)")
TODAY: Message = translatable("today.words", "Today")
TODAY_TIP: Message = translatable("today.words", "Go to today (Ctrl+T)")
CHOOSE_DATE: Message = translatable("today.words", "Choose date")
CHOOSE_DATE_TIP: Message = translatable(
    "today.words", "Pick another day in the calendar (Space opens it, arrows move, Enter picks)"
)
WHO5: Message = translatable("today.words", "WHO-5")
WHO5_TIP: Message = translatable("today.words", "Check your wellbeing with the WHO-5")
SAVED: Message = translatable("today.words", "Saved {time}")
SAVING: Message = translatable("today.words", "Saving…")
# Time typed past the day's stated hours worked (set by the command line) raises them.
HOURS_RAISED: Message = translatable(
    "today.words",
    "Hours worked on {day} raised to {hours} to cover the time in the categories",
)
NOT_SAVED: Message = translatable("today.words", "Not saved: {reason}")
NOT_LOADED: Message = translatable("today.words", "The day could not be loaded: {reason}")
PARTLY_SAVED: Message = translatable("today.words", "{reason} – the rest is saved")
SIGNAL_NOT_ADDED: Message = translatable(
    "today.words", "The new signal is not added yet: press Enter, or clear the line"
)

# --- banners ------------------------------------------------------------------------
WHO5_OFFER: Message = translatable(
    "today.words",
    "It has been a while since your last WHO-5. Five short "
    "statements about the last two weeks – it takes a minute.",
)
WHO5_FIRST_OFFER: Message = translatable(
    "today.words",
    "Take your first WHO-5: five short statements about how you have been over the last "
    "two weeks – it takes a minute.",
)
WHO5_START: Message = translatable("today.words", "Take the WHO-5")

# --- time ---------------------------------------------------------------------------
TIME_TITLE: Message = translatable("today.words", "Time today")
LEGEND: dict[str, Message] = {
    "leadership": translatable("today.words", "leadership"),
    "operations": translatable("today.words", "operations"),
    "own_work": translatable("today.words", "own work"),
}
SHARE_LINE: Message = translatable("today.words", "{share}% leadership · target {target}%")
SHARE_NONE: Message = translatable("today.words", "Leadership share · target {target}%")
TOTAL_LINE: Message = translatable("today.words", "{total} of a normal day of {normal}")
WEEK_LINE: Message = translatable(
    "today.words", "Week {week}: {share}% leadership — target {target}%"
)
WEEK_EMPTY: Message = translatable("today.words", "Week {week}: no time logged yet")
DURATION_HINT: Message = translatable(
    "today.words",
    "Type e.g. 2h30, 150 or 1.5 – arrow up/down changes by a quarter of an hour.",
)
DURATION_ERROR: Message = translatable(
    "today.words",
    "{field}: “{text}” is not saved – type a time from 0 to 24 h, e.g. 2h30, 150 or 1.5.",
)

# --- staircase and signals ----------------------------------------------------------
STAIRCASE_TITLE: Message = translatable("today.words", "Where am I today?")
STAIRCASE_HINT: Message = translatable(
    "today.words", "Click a step or press 1–5 · ← → move · 0 clears"
)
STEP_CHOSEN: Message = translatable("today.words", "Step {n}: {name}")
STEP_DESCRIBED: Message = translatable("today.words", "{n} {name}: {summary}")
NO_STEP: Message = translatable("today.words", "No step chosen")
SIGNALS_TITLE: Message = translatable("today.words", "Signals today ({count})")
SIGNALS_HINT: Message = translatable("today.words", "body · feelings · thoughts · behaviour")
SIGNAL_GROUPS: dict[SignalGroup, Message] = {
    SignalGroup.BODILY: translatable("today.words", "Body"),
    SignalGroup.EMOTIONAL: translatable("today.words", "Feelings"),
    SignalGroup.COGNITIVE: translatable("today.words", "Thoughts"),
    SignalGroup.BEHAVIOURAL: translatable("today.words", "Behaviour"),
    SignalGroup.OWN: translatable("today.words", "Your own signals"),
}
SIGNAL_FILTER: Message = translatable("today.words", "Find a signal")
SIGNAL_FILTER_HINT: Message = translatable(
    "today.words", "Find a signal · ↓ to the list · Space ticks"
)
SIGNAL_FILTER_TIP: Message = translatable(
    "today.words",
    "Type to find a signal; Enter ticks the first match. ↓ goes into the list, where the "
    "arrows move and Space ticks.",
)
ADD_SIGNAL: Message = translatable("today.words", "+ own signal")
NEW_SIGNAL: Message = translatable("today.words", "New signal")
NEW_SIGNAL_HINT: Message = translatable("today.words", "Type the signal and press Enter")

# --- demands, resources, energy -----------------------------------------------------
DEMANDS: Message = translatable("today.words", "Demands")
RESOURCES: Message = translatable("today.words", "Resources")
ADD_DEMAND: Message = translatable("today.words", "Add a demand")
ADD_RESOURCE: Message = translatable("today.words", "Add a resource")
ADD_TIP: Message = translatable(
    "today.words", "{action} (Space) · ← goes to the chosen ones, Space removes one"
)
REMOVE: Message = translatable("today.words", "Remove {label}")
REMOVE_TIP: Message = translatable("today.words", "{label} – click or press Space to remove")
SEARCH: Message = translatable("today.words", "Search")
SLIDER_HINT: Message = translatable(
    "today.words", "0–10 · type a digit (1 then 0 for 10) or use ← →; Delete clears"
)
BALANCE_EMPTY: Message = translatable(
    "today.words", "Set demands and resources to see the balance."
)
ENERGY: Message = translatable("today.words", "Energy")
ENERGY_HINT: Message = translatable("today.words", "1 low – 5 high")
ENERGY_KEYS: Message = translatable("today.words", "Press 1–5 or ← →; 0 clears")
ENERGY_LEVEL: Message = translatable("today.words", "Energy {n}")

# --- reflection ---------------------------------------------------------------------
REFLECTION_TITLE: Message = translatable("today.words", "Reflection")
USE_PROMPT: Message = translatable("today.words", "Use")
USE_PROMPT_TIP: Message = translatable("today.words", "Insert the question as a heading")
ANOTHER_PROMPT: Message = translatable("today.words", "↻ Another")
ANOTHER_PROMPT_TIP: Message = translatable("today.words", "Show another question")
PROMPT_LABEL: Message = translatable("today.words", "Today's question")
EDITOR: Message = translatable("today.words", "Reflection")
EDITOR_PLACEHOLDER: Message = translatable(
    "today.words",
    "A few lines about the day – only for you, unless you choose otherwise below.",
)
TAGS: Message = translatable("today.words", "Tags")
TAGS_PLACEHOLDER: Message = translatable("today.words", "#budget #team")
SHARING: Message = translatable("today.words", "Sharing")
SHARE_KEYS: Message = translatable("today.words", "Press 1–3 or ← → to choose")
SHARE_NAMES: dict[ShareLevel, Message] = {
    ShareLevel.PRIVATE: translatable("today.words", "Private"),
    ShareLevel.ONE_ON_ONE: translatable("today.words", "1:1"),
    ShareLevel.COACH: translatable("today.words", "Coach"),
}
SHARE_EXPLAINED: dict[ShareLevel, Message] = {
    ShareLevel.PRIVATE: translatable(
        "today.words",
        "Private: only you see this reflection. It never goes into a draft.",
    ),
    ShareLevel.ONE_ON_ONE: translatable(
        "today.words",
        "1:1: may be suggested in the draft for your 1:1. You see "
        "everything before anything is shared.",
    ),
    ShareLevel.COACH: translatable(
        "today.words",
        "Coach: may be suggested in a summary for your coach. You see "
        "everything before anything is shared.",
    ),
}

# --- errors the domain words in English; a Danish line for the ones the GUI can cause --
ERROR_TOTAL_MINUTES: Message = translatable("today.words", "Over 24 h in total")
ERROR_NOT_A_TIME: Message = translatable(
    "today.words", "“{text}” in {field} is not a time (0–24 h)"
)
ERROR_TAGS: Message = translatable("today.words", "Tags may only have letters, digits, - and _")
ERROR_SIGNAL: Message = translatable("today.words", "The signal needs a name")

# --- a day also changed elsewhere while it was open here (merge_notice.py) -------------
BOTH_TEXTS_KEPT: Message = translatable(
    "today.words",
    "This day was also changed in another program or window; both texts are kept in the "
    "reflection.",
)
CHANGED_ELSEWHERE: Message = translatable(
    "today.words",
    "This day was also changed in another program or window; what you entered here was kept "
    "for: {fields}.",
)
ALSO_KEPT_FOR: Message = translatable(
    "today.words", "What you entered here was also kept for: {fields}."
)
MERGED_FIELDS: dict[str, Message] = {
    "minutes": translatable("today.words", "time"),
    "hours_worked_minutes": translatable("today.words", "hours worked"),
    "stress_step": translatable("today.words", "stress step"),
    "demands": translatable("today.words", "demands"),
    "resources": translatable("today.words", "resources"),
    "energy": translatable("today.words", "energy"),
    "share": translatable("today.words", "sharing (now private)"),
}
