"""Every word the 1:1 view, the coach summary and the export log show, Danish first."""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

# --- the page -------------------------------------------------------------------------
INTRO: Message = translatable(
    "one_on_one_words",
    "Prepare your next 1:1 with your own leader. The app suggests an "
    "agenda from your days – you decide what goes in.",
)
NEW: Message = translatable("one_on_one_words", "New 1:1")
NEW_TIP: Message = translatable("one_on_one_words", "Create a new 1:1 (Ctrl+N)")
COACH: Message = translatable("one_on_one_words", "Summary for a coach…")
COACH_TIP: Message = translatable(
    "one_on_one_words",
    "Choose period and sections, see exactly what is shared, and save a file",
)
SHARED: Message = translatable("one_on_one_words", "Shared exports")
SHARED_TIP: Message = translatable(
    "one_on_one_words", "See what has been exported from the app, and when"
)
MEETINGS: Message = translatable("one_on_one_words", "Meetings")
NO_MEETINGS: Message = translatable("one_on_one_words", "No 1:1 yet.")
DELETE: Message = translatable("one_on_one_words", "Delete…")
DELETE_TIP: Message = translatable("one_on_one_words", "Delete the selected 1:1")
DELETE_TITLE: Message = translatable("one_on_one_words", "Delete 1:1")
DELETE_QUESTION: Message = translatable(
    "one_on_one_words",
    "Delete the 1:1 with {who} on {day}? Its agenda, notes and actions go too.",
)
PICK_MEETING: Message = translatable(
    "one_on_one_words", "Choose a 1:1 in the list – or create a new one."
)
FIRST_MEETING: Message = translatable(
    "one_on_one_words",
    "Create your next 1:1 with “New 1:1”. The app then drafts an "
    "agenda from your days since the last 1:1, with open actions "
    "from last time at the top. You edit, move and delete freely – "
    "and nothing leaves the app until you export it yourself.",
)
UPCOMING: Message = translatable("one_on_one_words", "upcoming")
MEETING_META: Message = translatable("one_on_one_words", "with {who}")
POINTS: Message = translatable("one_on_one_words", "{n} points")
ONE_POINT: Message = translatable("one_on_one_words", "1 point")
OPEN_ACTIONS: Message = translatable("one_on_one_words", "{n} open actions")
ONE_OPEN_ACTION: Message = translatable("one_on_one_words", "1 open action")

# --- one meeting ------------------------------------------------------------------------
MEETING_TITLE: Message = translatable("one_on_one_words", "1:1 with {who}")
EDIT_MEETING: Message = translatable("one_on_one_words", "Edit…")
EDIT_MEETING_TIP: Message = translatable("one_on_one_words", "Change the date or who it is with")
PERIOD: Message = translatable("one_on_one_words", "Period")
PERIOD_FROM: Message = translatable("one_on_one_words", "From")
PERIOD_TO: Message = translatable("one_on_one_words", "To")
PERIOD_HINT: Message = translatable(
    "one_on_one_words",
    "The draft is built from your days in the period – by default since the last 1:1.",
)
DRAFT: Message = translatable("one_on_one_words", "Draft agenda")
DRAFT_TIP: Message = translatable(
    "one_on_one_words",
    "Suggest an agenda from the period; open actions from the last 1:1 come first",
)
DRAFTING: Message = translatable("one_on_one_words", "Drafting…")
REPLACE_TITLE: Message = translatable("one_on_one_words", "New draft")
REPLACE_QUESTION: Message = translatable(
    "one_on_one_words", "The agenda already has {points}. Replace it with a new draft?"
)
REPLACE: Message = translatable("one_on_one_words", "Replace")
CANCEL: Message = translatable("one_on_one_words", "Cancel")
DRAFT_EMPTY: Message = translatable(
    "one_on_one_words",
    "There was nothing to suggest for the period. Add your own points.",
)
PERIOD_BACKWARDS: Message = translatable("one_on_one_words", "The period ends before it starts.")

AGENDA: Message = translatable("one_on_one_words", "Agenda")
AGENDA_EMPTY: Message = translatable(
    "one_on_one_words",
    "Press “Draft agenda” for a suggestion from the period – or add your own points.",
)
AGENDA_HINT: Message = translatable(
    "one_on_one_words",
    "Drag the points into place or use Alt+↑/↓. Double-click or F2 to edit.",
)
ADD_POINT: Message = translatable("one_on_one_words", "Add point")
ADD_POINT_TIP: Message = translatable("one_on_one_words", "Add your own point (Ctrl+Shift+N)")
MOVE_UP: Message = translatable("one_on_one_words", "Move up")
MOVE_UP_TIP: Message = translatable("one_on_one_words", "Move the point up (Alt+↑)")
MOVE_DOWN: Message = translatable("one_on_one_words", "Move down")
MOVE_DOWN_TIP: Message = translatable("one_on_one_words", "Move the point down (Alt+↓)")
REMOVE: Message = translatable("one_on_one_words", "Remove")
REMOVE_POINT_TIP: Message = translatable("one_on_one_words", "Remove the selected point (Delete)")
OWN_POINT: Message = translatable("one_on_one_words", "your own point")
POINT_NUMBER: Message = translatable("one_on_one_words", "Point {n}")

AFTER: Message = translatable("one_on_one_words", "After the meeting")
NOTES: Message = translatable("one_on_one_words", "Notes")
NOTES_PLACEHOLDER: Message = translatable(
    "one_on_one_words", "What did you talk about? What did you agree on?"
)
ACTIONS: Message = translatable("one_on_one_words", "Action items")
ACTIONS_EMPTY: Message = translatable(
    "one_on_one_words",
    "No action items yet. Open ones come first in the draft for the next 1:1.",
)
ADD_ACTION: Message = translatable("one_on_one_words", "Add action")
ADD_ACTION_TIP: Message = translatable("one_on_one_words", "Add an action item")
REMOVE_ACTION_TIP: Message = translatable("one_on_one_words", "Remove the selected action item")
ACTION_DONE: Message = translatable("one_on_one_words", "done")
ACTION_OPEN: Message = translatable("one_on_one_words", "open")

PRINT: Message = translatable("one_on_one_words", "Print…")
PRINT_TIP: Message = translatable("one_on_one_words", "Print the agenda (Ctrl+P)")
EXPORT: Message = translatable("one_on_one_words", "Export…")
EXPORT_TIP: Message = translatable(
    "one_on_one_words", "Save the 1:1 report as PDF, Markdown or HTML"
)
EXPORTED: Message = translatable("one_on_one_words", "Exported to {name}")
EXPORTING: Message = translatable("one_on_one_words", "Exporting…")

SAVED: Message = translatable("one_on_one_words", "Saved {time}")
SAVING: Message = translatable("one_on_one_words", "Saving…")
NOT_SAVED: Message = translatable("one_on_one_words", "Not saved: {reason}")

# --- new / edit meeting dialog ------------------------------------------------------------
NEW_TITLE: Message = translatable("one_on_one_words", "New 1:1")
EDIT_TITLE: Message = translatable("one_on_one_words", "Edit 1:1")
FORM_HINT: Message = translatable(
    "one_on_one_words", "Who is it with, and when? The date may be in the future."
)
WITH_WHOM: Message = translatable("one_on_one_words", "With whom")
WITH_WHOM_PLACEHOLDER: Message = translatable("one_on_one_words", "e.g. your own leader")
DATE: Message = translatable("one_on_one_words", "Date")
SAVE: Message = translatable("one_on_one_words", "Save")
CREATE: Message = translatable("one_on_one_words", "Create")
NAME_MISSING: Message = translatable("one_on_one_words", "Write who the meeting is with.")
DATE_TOO_FAR: Message = translatable(
    "one_on_one_words", "The date is too far ahead (a year at most)."
)

# --- coach summary ------------------------------------------------------------------------
COACH_TITLE: Message = translatable("one_on_one_words", "Summary for a coach")
COACH_INTRO: Message = translatable(
    "one_on_one_words",
    "Choose the period and what to include. The preview on the right "
    "is exactly what the file will contain – nothing is written "
    "until you press “Save…”.",
)
SECTIONS: Message = translatable("one_on_one_words", "Sections")
SECTION_NAMES: dict[str, Message] = {
    "time_split": translatable("one_on_one_words", "Time split"),
    "stress": translatable("one_on_one_words", "Stress staircase"),
    "demands_resources": translatable("one_on_one_words", "Demands and resources"),
    "who5": translatable("one_on_one_words", "WHO-5"),
    "sparring": translatable("one_on_one_words", "Sparring topics"),
    "reflections": translatable("one_on_one_words", "Reflections"),
}
REFLECTIONS: Message = translatable("one_on_one_words", "Reflections for a coach")
REFLECTIONS_HINT: Message = translatable(
    "one_on_one_words",
    "Only reflections you marked “Coach” can be chosen – and none "
    "goes in until you tick it. Private and 1:1 reflections are "
    "never offered here.",
)
REFLECTIONS_NONE: Message = translatable(
    "one_on_one_words", "No reflections marked “Coach” in the period."
)
REFLECTIONS_OFF: Message = translatable(
    "one_on_one_words", "Turn on the “Reflections” section to choose reflections."
)
CHOSEN_COUNT: Message = translatable("one_on_one_words", "{n} of {total} chosen")
FORMAT: Message = translatable("one_on_one_words", "Format")
FORMAT_NAMES: dict[str, Message] = {
    "pdf": translatable("one_on_one_words", "PDF"),
    "md": translatable("one_on_one_words", "Markdown"),
    "html": translatable("one_on_one_words", "HTML"),
}
PREVIEW: Message = translatable("one_on_one_words", "Preview")
PREVIEW_BUSY: Message = translatable("one_on_one_words", "Updating the preview…")
PREVIEW_FAILED: Message = translatable(
    "one_on_one_words", "The preview could not be made: {reason}"
)
NO_SECTIONS: Message = translatable("one_on_one_words", "Choose at least one section.")
SAVE_FILE: Message = translatable("one_on_one_words", "Save…")
SAVE_FILE_TIP: Message = translatable(
    "one_on_one_words", "Save the summary as a file (it is not encrypted)"
)
CLOSE: Message = translatable("one_on_one_words", "Close")
SAVED_TO: Message = translatable(
    "one_on_one_words", "Saved to {name}. It is now in the list of shared exports."
)
FILE_EXISTS: Message = translatable(
    "one_on_one_words", "A file with that name already exists. Choose another name."
)
NOT_WRITTEN: Message = translatable("one_on_one_words", "The file was not saved: {reason}")

# --- export log ---------------------------------------------------------------------------
LOG_TITLE: Message = translatable("one_on_one_words", "Shared exports")
LOG_INTRO: Message = translatable(
    "one_on_one_words",
    "Every file the app has saved for sharing: when, what and which "
    "sections. The list is kept encrypted in your journal; the files "
    "themselves are not encrypted.",
)
LOG_EMPTY: Message = translatable("one_on_one_words", "Nothing has been exported yet.")
LOG_COLUMNS: tuple[Message, ...] = (
    translatable("one_on_one_words", "When"),
    translatable("one_on_one_words", "What"),
    translatable("one_on_one_words", "Format"),
    translatable("one_on_one_words", "Period"),
    translatable("one_on_one_words", "Sections"),
    translatable("one_on_one_words", "Reflections"),
)
# As the files and the spreadsheet's export log say (services/export_words.py).
DATA_EXPORT: Message = translatable("one_on_one_words", "Data export")
KIND_NAMES: dict[str, Message] = {
    "one-on-one": translatable("one_on_one_words", "1:1 report"),
    "coach": COACH_TITLE,
    "json": DATA_EXPORT,
    "csv": DATA_EXPORT,
    "xlsx": DATA_EXPORT,
    "pulse": translatable("one_on_one_words", "Pulse shared with the leader group"),
    "leader-group": translatable("one_on_one_words", "The leader group's pulse"),
    "markdown": DATA_EXPORT,  # the Markdown export's folder (its format: Markdown)
}
# The export log's formats: the report formats above and the data exports'.
LOG_FORMAT_NAMES: dict[str, Message] = {
    **FORMAT_NAMES,
    "json": translatable("one_on_one_words", "JSON"),
    "csv": translatable("one_on_one_words", "CSV"),
    "xlsx": translatable("one_on_one_words", "Spreadsheet (xlsx)"),
    "pulse": translatable("one_on_one_words", "Encrypted pulse file"),
}
NONE_SHARED: Message = translatable("one_on_one_words", "none")
# A 1:1 file names the days of the reflections marked for the 1:1; their text stays here.
NAMED_ONLY: Message = translatable(
    "one_on_one_words", "{count} named ({days}), the text stayed in the app"
)
