"""The words of import and Markdown export in the GUI (translation context "transfer")."""

from __future__ import annotations

from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.ui.common.translation import Message, translatable

# --- the Settings card --------------------------------------------------------------------
CARD_TITLE: Message = translatable("transfer", "Bring in and take out")
CARD_NOTE: Message = translatable(
    "transfer",
    "Bring along what you wrote in another journal app, or take everything with you "
    "as plain Markdown files that any notes app can open.",
)
IMPORT_BUTTON: Message = translatable("transfer", "Import from another journal…")
IMPORT_NOTE: Message = translatable(
    "transfer", "jrnl, Day One, Daylio, a folder of daily notes, or a Leader Pulse export."
)
EXPORT_BUTTON: Message = translatable("transfer", "Export everything as Markdown…")
EXPORT_NOTE: Message = translatable(
    "transfer",
    "A new folder with a file for each day, each 1:1, each sparring topic and the WHO-5 "
    "check-ins. Leader Pulse can import the days again, with their figures; the 1:1s, "
    "sparring and WHO-5 are for reading (a JSON export moves a whole journal).",
)
EXPORT_WARNING: Message = translatable(
    "transfer", "The exported files are not encrypted. Keep them somewhere safe."
)
EXPORT_CAPTION: Message = translatable(
    "transfer", "Where should the folder go? The exported files are not encrypted."
)
FOLDER_NAME: Message = translatable("transfer", "Leader Pulse {date}")
EXPORTING: Message = translatable("transfer", "Writing the Markdown files…")
EXPORTED: Message = translatable(
    "transfer", "Saved {days}, {meetings}, {topics} and {checkins} in the folder {path}."
)
OPEN_FOLDER: Message = translatable("transfer", "Open the folder")
FOLDER_EXISTS: Message = translatable(
    "transfer", "A folder named {name} is there already. Nothing was written."
)
NOT_WRITTEN: Message = translatable("transfer", "Nothing was written: {reason}")

# --- counts (one and many) ------------------------------------------------------------------
DAYS: tuple[Message, Message] = (
    translatable("transfer", "{n} day"),
    translatable("transfer", "{n} days"),
)
ENTRIES: tuple[Message, Message] = (
    translatable("transfer", "{n} entry"),
    translatable("transfer", "{n} entries"),
)
MEETINGS: tuple[Message, Message] = (
    translatable("transfer", "{n} 1:1 meeting"),
    translatable("transfer", "{n} 1:1 meetings"),
)
TOPICS: tuple[Message, Message] = (
    translatable("transfer", "{n} sparring topic"),
    translatable("transfer", "{n} sparring topics"),
)
CHECK_INS: tuple[Message, Message] = (
    translatable("transfer", "{n} WHO-5 check-in"),
    translatable("transfer", "{n} WHO-5 check-ins"),
)
AND_MORE: Message = translatable("transfer", "and {n} more")

# --- the import dialog ------------------------------------------------------------------------
DIALOG_TITLE: Message = translatable("transfer", "Import from another journal")
DIALOG_INTRO: Message = translatable(
    "transfer",
    "What you wrote is added to the reflection of its day, after what is there. A new day "
    "is private, unless the file is our own export and says the day is shared. Nothing is "
    "changed until you press Import.",
)
CHOOSE_FILE: Message = translatable("transfer", "Choose a file…")
CHOOSE_FOLDER: Message = translatable("transfer", "Choose a folder…")
HINT_JRNL: Message = translatable("transfer", "jrnl: jrnl --format json > jrnl.json")
HINT_DAYONE: Message = translatable("transfer", "Day One: File › Export › JSON (.zip or .json)")
HINT_DAYLIO: Message = translatable("transfer", "Daylio: More › Export entries › CSV")
HINT_OURS: Message = translatable("transfer", "Leader Pulse: a JSON export of a journal")
HINT_FOLDER: Message = translatable(
    "transfer", "Obsidian or other Markdown: the folder of daily notes (2026-11-20.md)"
)
FILE_DIALOG: Message = translatable("transfer", "Choose the export of your other journal")
FOLDER_DIALOG: Message = translatable("transfer", "Choose the folder of daily notes")
FILE_FILTER: Message = translatable("transfer", "Journal exports")
ALL_FILES: Message = translatable("transfer", "All files")
CHOSEN: Message = translatable("transfer", "Chosen")
FORMAT: Message = translatable("transfer", "Made by")
FORMAT_NAMES: dict[str, Message] = {
    "jrnl": translatable("transfer", "jrnl"),
    "dayone": translatable("transfer", "Day One"),
    "daylio": translatable("transfer", "Daylio"),
    "markdown": translatable("transfer", "Markdown daily notes (Obsidian and others)"),
    "leader-pulse": translatable("transfer", "Leader Pulse (JSON export)"),
}
READING: Message = translatable("transfer", "Reading…")
IMPORTING: Message = translatable("transfer", "Importing…")
IMPORT_N: Message = translatable("transfer", "Import {entries}")
IMPORT_ALL: Message = translatable("transfer", "Import")
CANCEL: Message = translatable("transfer", "Cancel")
CLOSE: Message = translatable("transfer", "Close")

# --- the preview ---------------------------------------------------------------------------
PREVIEW_ENTRIES: Message = translatable("transfer", "{entries} from {span}, on {days}")
PREVIEW_TAGS: Message = translatable("transfer", "Tags: {tags}")
PREVIEW_NO_TAGS: Message = translatable("transfer", "No tags")
PREVIEW_APPENDED: Message = translatable(
    "transfer", "Already in the journal (the text goes after what is there): {days}: {dates}"
)
PREVIEW_NEW_ITEMS: Message = translatable(
    "transfer", "New own signals, demands or resources: {labels}"
)
PREVIEW_LEFT_OUT: Message = translatable(
    "transfer", "Left out (the journal cannot hold it): {what}"
)
# Figures the journal could hold but the import does not take (see ``NOT_TAKEN``).
PREVIEW_NOT_TAKEN: Message = translatable("transfer", "Not taken: {what}")
PREVIEW_ALREADY: Message = translatable(
    "transfer", "{entries} imported before: they are passed over"
)
NOTHING_NEW: Message = translatable(
    "transfer", "Nothing new to import: everything in this file is in the journal already."
)
NO_ENTRIES: Message = translatable("transfer", "No entries found in {name}.")
# One and many: "1 day … make that day private", "3 days … make those days private".
SHARED_WARNING: tuple[Message, Message] = (
    translatable(
        "transfer",
        "Careful: 1 day you share (1:1 or coach) would get private text from the file, "
        "and it would be shared with them: {dates}. Make that day private in Today first "
        "if the text should stay private.",
    ),
    translatable(
        "transfer",
        "Careful: {n} days you share (1:1 or coach) would get private text from the file, "
        "and it would be shared with them: {dates}. Make those days private in Today first "
        "if the text should stay private.",
    ),
)
NEW_SHARED_WARNING: tuple[Message, Message] = (
    translatable(
        "transfer",
        "Careful: the file brings 1 day shared (1:1 or coach) as a new day: {dates}. Its "
        "text is shared with them. If it should stay private, make that day private in "
        "Today after the import.",
    ),
    translatable(
        "transfer",
        "Careful: the file brings {n} days shared (1:1 or coach) as new days: {dates}. "
        "Their text is shared with them. If it should stay private, make those days private "
        "in Today after the import.",
    ),
)
# In a warning's sentence when its days are too many to name there: the list follows.
LISTED_BELOW: Message = translatable("transfer", "see the list below")
OURS_PREVIEW: Message = translatable(
    "transfer", "The file holds {days}, {meetings}, {topics} and {checkins}."
)
OURS_NOTE: Message = translatable(
    "transfer",
    "Everything is added at once. If the journal already has one of the file's days, "
    "nothing is imported.",
)
IMPORTED: Message = translatable("transfer", "Imported {entries} on {days}.")
IMPORTED_BACKUP: Message = translatable(
    "transfer",
    "The journal as it was before the import is kept as a backup ({name}, in the backups "
    "folder): restoring it undoes the import.",
)
IMPORTED_OURS: Message = translatable(
    "transfer", "Imported {days}, {meetings}, {topics} and {checkins}."
)

LEFT_OUT_NAMES: dict[str, tuple[Message, Message]] = {
    LeftOut.PHOTOS: (translatable("transfer", "{n} photo"), translatable("transfer", "{n} photos")),
    LeftOut.VIDEOS: (translatable("transfer", "{n} video"), translatable("transfer", "{n} videos")),
    LeftOut.AUDIO: (
        translatable("transfer", "{n} sound recording"),
        translatable("transfer", "{n} sound recordings"),
    ),
    LeftOut.ATTACHMENTS: (
        translatable("transfer", "{n} attached file"),
        translatable("transfer", "{n} attached files"),
    ),
    LeftOut.LOCATIONS: (
        translatable("transfer", "{n} location"),
        translatable("transfer", "{n} locations"),
    ),
    LeftOut.WEATHER: (
        translatable("transfer", "weather on {n} entry"),
        translatable("transfer", "weather on {n} entries"),
    ),
    LeftOut.ACTIVITIES: (
        translatable("transfer", "{n} activity that cannot be a tag (only an emoji)"),
        translatable("transfer", "{n} activities that cannot be a tag (only emoji)"),
    ),
    LeftOut.MOODS: (
        translatable("transfer", "{n} mood that cannot be a tag (only an emoji)"),
        translatable("transfer", "{n} moods that cannot be a tag (only emoji)"),
    ),
    LeftOut.STARS: (
        translatable("transfer", "the star on {n} entry (not kept)"),
        translatable("transfer", "the stars on {n} entries (not kept)"),
    ),
    LeftOut.NOT_DAILY_NOTES: (
        translatable("transfer", "{n} file that is not a daily note"),
        translatable("transfer", "{n} files that are not daily notes"),
    ),
    LeftOut.LATER: (
        translatable("transfer", "{n} entry dated after today (import the file again then)"),
        translatable("transfer", "{n} entries dated after today (import the file again then)"),
    ),
    LeftOut.KEPT_FIGURES: (
        translatable("transfer", "figures of {n} day already in the journal (kept as they are)"),
        translatable("transfer", "figures of {n} days already in the journal (kept as they are)"),
    ),
    LeftOut.SECOND_FIGURES: (
        translatable("transfer", "figures of {n} second file of the same day"),
        translatable("transfer", "figures of {n} second files of the same day"),
    ),
    LeftOut.OTHER_CATEGORIES: (
        translatable("transfer", "{n} time figure under a category this journal does not have"),
        translatable("transfer", "{n} time figures under categories this journal does not have"),
    ),
    LeftOut.MEETING_PAGES: (
        translatable("transfer", "{n} 1:1 note"),
        translatable("transfer", "{n} 1:1 notes"),
    ),
    LeftOut.TOPIC_PAGES: TOPICS,
    LeftOut.WHO5_PAGE: (
        translatable("transfer", "{n} WHO-5 page"),
        translatable("transfer", "{n} WHO-5 pages"),
    ),
    LeftOut.README_PAGE: (
        translatable("transfer", "{n} README"),
        translatable("transfer", "{n} README files"),
    ),
    LeftOut.OTHER_ITEMS: (
        translatable("transfer", "{n} signal, demand or resource this journal does not have"),
        translatable("transfer", "{n} signals, demands or resources this journal does not have"),
    ),
}
LEFT_OUT_OTHER: Message = translatable("transfer", "{name}: {n}")
# Left out by choice, not because the journal cannot hold it: the journal's own figures
# are kept, and a day takes the figures of one file only.
NOT_TAKEN = frozenset({LeftOut.KEPT_FIGURES, LeftOut.SECOND_FIGURES, LeftOut.LATER})
# The pages of our own Markdown export that are for reading: a line of their own.
READING_PAGES = frozenset(
    {LeftOut.MEETING_PAGES, LeftOut.TOPIC_PAGES, LeftOut.WHO5_PAGE, LeftOut.README_PAGE}
)
FOR_READING_ONE: Message = translatable("transfer", "{what} is for reading and is not imported.")
FOR_READING: Message = translatable("transfer", "{what} are for reading and are not imported.")
FOR_READING_LIST: Message = translatable(
    "transfer", "{first} and {last} are for reading and are not imported."
)
