"""The Calendar card's words (their translation context is "settings_calendar")."""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

CALENDAR: Message = translatable("settings_calendar", "Calendar")
CALENDAR_NOTE: Message = translatable(
    "settings_calendar",
    "Time from your calendar: choose an .ics file you have exported from Outlook, Google "
    "or Apple Calendar. The app reads the file on this computer and keeps no titles – only "
    "the minutes you accept.",
)
FILES: Message = translatable("settings_calendar", "Calendar files")
NO_FILES: Message = translatable("settings_calendar", "No calendar file is chosen yet.")
ADD_FILE: Message = translatable("settings_calendar", "Add calendar file…")
REMOVE: Message = translatable("settings_calendar", "Remove")
REMOVE_FILE: Message = translatable("settings_calendar", "Remove the chosen calendar file")
CHOOSE_FILE: Message = translatable("settings_calendar", "Choose a calendar file (.ics)")
ICS_FILES: Message = translatable("settings_calendar", "iCalendar (*.ics)")
ALL_FILES: Message = translatable("settings_calendar", "All files (*)")
MISSING: Message = translatable("settings_calendar", "no longer there")
FILE_ROW: Message = translatable("settings_calendar", "{name}, in {folder}")
MISSING_ROW: Message = translatable("settings_calendar", "{name}, in {folder}: no longer there")
ADDRESS: Message = translatable("settings_calendar", "Your e-mail address")
ADDRESS_EXAMPLE: Message = translatable("settings_calendar", "name@company.com")
ADDRESS_NOTE: Message = translatable(
    "settings_calendar",
    "So meetings you declined are not counted. More than one? Separate them with commas.",
)
KEYWORDS: Message = translatable("settings_calendar", "Words in the title")
KEYWORDS_NOTE: Message = translatable(
    "settings_calendar",
    "An event goes to the category whose word begins or ends a word of its title (“vagt” "
    "finds “Vagtplan” and “Nattevagt”); the longest match wins. Outlook categories with the "
    "same name as yours come first. Separate the words with commas.",
)
KEYWORDS_FOR: Message = translatable("settings_calendar", "Words in the title for {category}")
SUGGESTED: Message = translatable("settings_calendar", "Add the suggested words")
SUGGESTED_TIP: Message = translatable(
    "settings_calendar",
    "Add back the suggested Danish and English words that are missing; your own words stay",
)
