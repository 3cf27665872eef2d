"""The GUI's words for the import of other journal apps' exports (issue #19).

Part of ``error_catalogue`` (which splices them into its ``MESSAGES`` and
``MESSAGE_PATTERNS``): jrnl's and Day One's files that cannot be read, and their entries'
missing or wrong fields.
"""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

# Whole messages (no value in them): what a field of an entry should be ("true or false"
# is in error_catalogue_values).
FOREIGN_MESSAGES: tuple[Message, ...] = (
    translatable("errors", "a text"),
    translatable("errors", "an object with the entry's fields"),
    translatable("errors", "a date such as 2026-11-20"),
    translatable("errors", "a time such as 16:30"),
    translatable("errors", "a list of texts"),
    translatable("errors", "a time in UTC such as 2026-11-20T15:30:00Z"),
    translatable("errors", "a time zone name such as Europe/Copenhagen"),
)

# Messages with values ({path}, {entry}, {key}, ...).
FOREIGN_PATTERNS: tuple[Message, ...] = (
    translatable("errors", "import: cannot read {path} ({reason}); nothing was imported."),
    translatable(
        "errors",
        "import: {path} is not valid JSON (at entry {n} or before it); it may be "
        "damaged; nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {path} ends in the middle of entry {n}; it may be cut short or still "
        "being written; nothing was imported.",
    ),
    translatable("errors", "import: {path} is a damaged .zip file; nothing was imported."),
    translatable(
        "errors",
        "import: {path} is not a {app} export (it has no list of entries); nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {path}, entry {entry}: {key} is missing; expected {allowed}. Nothing was"
        " imported.",
    ),
    translatable(
        "errors",
        "import: {path}, entry {entry}: {key} is not allowed; expected {allowed}. Nothing"
        " was imported.",
    ),
    translatable(
        "errors",
        "import: {path} is a .zip file without a Day One journal (.json) in it; nothing "
        "was imported.",
    ),
)

# Daylio's and Markdown's: the whole line ({problem} is one of the problems below).
FOREIGN_MESSAGES += (
    translatable("errors", "the file is not UTF-8 text"),
    translatable("errors", "it is no regular file (a pipe, a device, or a link to one); remove it"),
    translatable(
        "errors",
        "the file cannot be read as CSV (a quoted field is not closed, or a field is too long)",
    ),
    translatable("errors", "the mood is empty; every Daylio entry has one"),
    translatable("errors", "this is neither a folder of daily notes nor a Markdown note"),
    translatable("errors", "lines 'category: minutes' indented under it"),
)
# An import or Markdown export the lock waited for (ui/transfer/lock_notices.py).
FOREIGN_MESSAGES += (
    translatable(
        "errors",
        "The Markdown export you started was stopped because the journal locked; no folder "
        "was made and nothing was logged.",
    ),
    translatable(
        "errors",
        "The import you started was stopped because the journal locked; nothing was imported.",
    ),
)
FOREIGN_PATTERNS += (
    translatable(
        "errors",
        "The import you started was finished before the journal locked: {days} days were imported.",
    ),
    translatable(
        "errors",
        "The import you started was refused before the journal locked; nothing was imported: "
        "{reason}",
    ),
    translatable(
        "errors", "The Markdown export you started was finished before the journal locked: {path}"
    ),
    translatable(
        "errors",
        "The Markdown export you started failed before the journal locked; no folder was "
        "made: {reason}",
    ),
)
FOREIGN_PATTERNS += (
    translatable("errors", "import: {path}: {problem}. Nothing was imported."),
    translatable(
        "errors", "import: {path}, entry {n} (line {line}): {problem}. Nothing was imported."
    ),
    translatable("errors", "the file cannot be read ({reason})"),
    translatable(
        "errors",
        "this is not a Daylio CSV export (its first line must name the columns {columns})",
    ),
    translatable("errors", "it has {n} fields; the first line names {expected}"),
    translatable("errors", "full_date {value} is not a date like 2026-11-20"),
    translatable("errors", "time {value} is not a time like 14:58 or 2:58 pm"),
    translatable(
        "errors",
        "the note is larger than {n} bytes; a day's reflection holds at most {chars} characters",
    ),
    translatable(
        "errors",
        "line {n} of the front matter cannot be read; write tags as tags: [a, b] or as lines "
        "'- a' under tags:",
    ),
    translatable("errors", "in the front matter, {key}: {value} is not allowed; {allowed}"),
    translatable(
        "errors",
        "the folder holds more than {n} files and folders; choose the folder of your daily notes",
    ),
)

# The import itself (services/foreign_import.py), and our own JSON export of a newer app
# (services/interchange.py: detected as ours, refused by its version).
FOREIGN_PATTERNS += (
    translatable(
        "errors",
        "import: export version {code} is not supported (this app reads versions 1 to {n}).",
    ),
    translatable(
        "errors",
        "import: {path} is no export this app reads: a jrnl or Day One .json file, a Day One "
        ".zip file, a Daylio .csv file, or a folder of Markdown notes (or give its format "
        "with --format); nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {path}, entry {entry}: the reflection of {day} would be longer than {chars} "
        "characters; nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {path}, entry {entry}: its date {day} is before {earliest}, the first day a "
        "journal holds; nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {path}, entry {entry}: its text holds a character the journal cannot keep (a "
        "NUL character, or a broken one); nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {path} changed since the preview; nothing was imported. Look at the preview "
        "again.",
    ),
    translatable(
        "errors",
        "import: the file would put text on days you share (1:1 or coach), the first {day}; "
        "that was not confirmed, so nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {day} has been shared (1:1 or coach) since the preview was made; nothing was "
        "imported. Look at the preview again.",
    ),
)
