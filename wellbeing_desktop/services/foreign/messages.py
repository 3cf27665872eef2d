"""The foreign readers' words for the user (English; the message ids), Daylio and Markdown.

``{path}`` is the file as the user named it (or, in a Markdown folder, the note's path in
the folder); ``{problem}`` is one of the problems below. Text from the file is never shown;
a date or time field is (clipped), as it says which entry is meant.
"""

# --- the whole line ------------------------------------------------------------------------
BAD_FILE = "import: {path}: {problem}. Nothing was imported."
BAD_ENTRY = "import: {path}, entry {n} (line {line}): {problem}. Nothing was imported."

# --- the problems --------------------------------------------------------------------------
CANNOT_READ = "the file cannot be read ({reason})"
NOT_UTF8 = "the file is not UTF-8 text"
NOT_CSV = "the file cannot be read as CSV (a quoted field is not closed, or a field is too long)"
NOT_DAYLIO = "this is not a Daylio CSV export (its first line must name the columns {columns})"
FIELD_COUNT = "it has {n} fields; the first line names {expected}"
BAD_DAY = "full_date {value} is not a date like 2026-11-20"
BAD_TIME = "time {value} is not a time like 14:58 or 2:58 pm"
NO_MOOD = "the mood is empty; every Daylio entry has one"
NOT_A_FOLDER = "this is neither a folder of daily notes nor a Markdown note"
TOO_BIG = (
    "the note is larger than {n:,} bytes; a day's reflection holds at most {chars:,} characters"
)
FRONT_MATTER = (
    "line {n} of the front matter cannot be read; write tags as tags: [a, b] or as lines "
    "'- a' under tags:"
)
