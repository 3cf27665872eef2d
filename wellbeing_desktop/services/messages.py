"""The services' words for the user.

The services' words for the user (English; the message ids): opening, backups and
restores, key changes, imports and the files a user names.

Each constant is a message id and its English words at once; ``{name}`` stands for a value
the raising code passes, ``{detail}`` (also ``{hint}``, ``{thing}``) for words that are a
message of their own. The GUI has the same words in its catalogue
(``ui/common/error_words.py``); a test proves each has a Danish translation or is on its
short list of messages still shown in English.
"""

# --- the data folder and opening ----------------------------------------------------------
NO_JOURNAL = "There is no journal in {path} yet; create one with: {command}"
JOURNAL_EXISTS = "A journal already exists in {path}; it was left untouched."
KEY_FILE_MISSING = (
    "The key file {path} is missing, so the journal cannot be opened; restore it from a "
    "backup (the database was left untouched)."
)
DATA_DIR_MADE_PRIVATE = (
    "data-dir: {path} was open to other users ({mode}); it is now {new_mode}, open only to you"
)
DATA_DIR_UNUSABLE = (
    "data-dir: cannot use {path} as the journal folder ({reason}); nothing was created."
)
JOURNAL_LOCKED = "The journal is locked."
JOURNAL_REPLACED = (
    "The journal file {path} was replaced by another program; lock and unlock to see it. "
    "Nothing was saved."
)

# --- what an open did besides opening (JournalAccess.notices, Journal.open_notices) -------
FINISHED_INTERRUPTED_SWAP = (
    "Finished a restore (or key change) of the journal in {path} that had been interrupted."
)
WAL_SET_ASIDE = (
    "The write-ahead log beside the journal could not be used (it is damaged or belongs to "
    "another journal); it was kept as {path}."
)

# --- what a lock waited for (an import or a Markdown export), told after the next unlock ----
IMPORT_DONE_AT_LOCK = (
    "The import you started was finished before the journal locked: {days} days were imported."
)
IMPORT_STOPPED_AT_LOCK = (
    "The import you started was stopped because the journal locked; nothing was imported."
)
IMPORT_REFUSED_AT_LOCK = (
    "The import you started was refused before the journal locked; nothing was imported: {reason}"
)
EXPORT_DONE_AT_LOCK = (
    "The Markdown export you started was finished before the journal locked: {path}"
)
EXPORT_STOPPED_AT_LOCK = (
    "The Markdown export you started was stopped because the journal locked; no folder "
    "was made and nothing was logged."
)
EXPORT_FAILED_AT_LOCK = (
    "The Markdown export you started failed before the journal locked; no folder was made: {reason}"
)

# --- a damaged or missing journal file or key file (JournalDamagedError) ------------------
JOURNAL_FILE = "journal file"
KEY_FILE = "key file"
MISSING = "The {thing} {path} is missing and no new journal was created; {hint}"
DAMAGED = "The {thing} {path} is damaged ({detail}) and was left as it is; {hint}"
DAMAGED_OR_OTHER_KEY = (
    "The {thing} {path} is damaged, or the key file {name} beside it belongs to another "
    "journal (its key cannot read the file); both were left as they are; {hint}"
)
RESTORE_NEWEST = "restore the newest good backup with: {command}"
PUT_BACK_KEY_FILE = (
    "put back the key file of the newest good backup (the journal file stays as it is) "
    "with: {command}"
)
NO_BACKUP_FOUND = (
    "no backup of it was found in {path}; if you have one elsewhere, restore it with: "
    "{command} FILE"
)

# --- backups and restores -----------------------------------------------------------------
NOTHING_CHANGED = "{detail} Nothing was changed."
JOURNAL_IN_USE = (
    "The journal {path} is open in another window or program; close it and try again. "
    "Nothing was changed."
)
OTHER_JOURNAL = (
    "The backup {path} is of a different journal (id {id}) than the one in {folder} "
    "(id {other_id}); to replace it anyway, run again with --replace-other-journal. "
    "Nothing was changed."
)
BACKUP_KEY_FILE_DAMAGED = (
    "The backup {path} holds a damaged key file ({detail}). Nothing was changed."
)
BACKUP_INTEGRITY = (
    "The backup {path} is damaged: its database does not pass the integrity check. "
    "Nothing was changed."
)
BACKUP_TOO_NEW = (
    "The backup {path} was made by a newer version of Leader Pulse; update the app to "
    "restore it. Nothing was changed."
)
KEY_DOES_NOT_OPEN = (
    "The key in the backup {path} does not open the journal file {name}; to restore the "
    "whole backup instead, run: {command}. Nothing was changed."
)

# --- passwd --rotate-key ------------------------------------------------------------------
SAME_PASSPHRASE = (
    "new passphrase: the new passphrase must differ from the current one; nothing was changed."
)
ROTATION_IN_USE = (
    "The journal in {path} is open in another program; close it and try again. Nothing was changed."
)

# --- import -------------------------------------------------------------------------------
NOT_JSON = "import: the file is not valid JSON (line {n})."
NESTED_TOO_DEEPLY = "import: the file is nested too deeply to be an export."
NOT_AN_EXPORT = "import: the file is not a Leader Pulse JSON export."
EXPORT_VERSION = (
    "import: export version {code!r} is not supported (this app reads versions 1 to {n})."
)
PART_DAMAGED = (
    "import: the '{code}' part of the file is damaged or incomplete; nothing was imported."
)
TWO_ENTRIES_FOR_A_DATE = (
    "import: the '{code}' part has two entries for one date; nothing was imported."
)
# A file the export schema (services/export.schema.json) does not allow: the place in the
# file (``days[3].stress_step (2026-11-05)``) and the schema's words for what is allowed.
FIELD_WRONG_VALUE = (
    "import: {field}: {value} is not allowed; expected {allowed}. Nothing was imported."
)
FIELD_WRONG = "import: {field} is not allowed; expected {allowed}. Nothing was imported."
FIELD_MISSING = "import: {field} is missing; expected {allowed}. Nothing was imported."
FIELD_UNKNOWN = "import: {field} is not part of a Leader Pulse export; nothing was imported."
# A value the domain's rules refuse (services/import_checks.py): the place in the file and
# the rule's words ({value} is "this value" for text, which is never echoed).
ENTRY_NOT_ALLOWED = "import: {field}: {value} is not allowed; {allowed}. Nothing was imported."
NOT_A_KNOWN_SIGNAL = (
    "import: {field}: '{code}' is not a known signal (neither a built-in one nor one of the "
    "own signals in the file or the journal). Nothing was imported."
)
NOT_A_KNOWN_DEMAND = (
    "import: {field}: '{code}' is not a known demand (neither a built-in one nor one of the "
    "own demands in the file or the journal). Nothing was imported."
)
NOT_A_KNOWN_RESOURCE = (
    "import: {field}: '{code}' is not a known resource (neither a built-in one nor one of "
    "the own resources in the file or the journal). Nothing was imported."
)
ALREADY_IN_JOURNAL = (
    "import: {n} entries in the file are already in this journal (first: {date}); "
    "nothing was imported."
)

# --- a file the user named: an import, a note, a passphrase or recovery key ---------------
USER_FILE_IS_FOLDER = "{name}: {path} is a folder, not a file"
USER_FILE_NOT_REGULAR = "{name}: {path} is not a regular file"
USER_FILE_TOO_LARGE = "{name}: {path} is larger than {n:,} bytes; nothing was read"
USER_FILE_NOT_READ = "{name}: cannot read {path}: {reason}"
USER_FILE_NOT_UTF8 = "{name}: {path} is not UTF-8 text"
USER_FILE_EMPTY = "{name}: {path} is empty"
USER_FILE_FIRST_LINE_EMPTY = (
    "{name}: the first line of {path} is empty; only the first line is read"
)

# --- another journal app's export (issue #19, services/foreign/) ------------------------
FOREIGN_NOT_READ = "import: cannot read {path} ({reason}); nothing was imported."
FOREIGN_NOT_JSON = (
    "import: {path} is not valid JSON (at entry {n:,} or before it); it may be damaged; "
    "nothing was imported."
)
FOREIGN_CUT_SHORT = (
    "import: {path} ends in the middle of entry {n:,}; it may be cut short or still being "
    "written; nothing was imported."
)
FOREIGN_ZIP_DAMAGED = "import: {path} is a damaged .zip file; nothing was imported."
FOREIGN_NO_ENTRIES = (
    "import: {path} is not a {app} export (it has no list of entries); nothing was imported."
)
FOREIGN_ENTRY_MISSING = (
    "import: {path}, entry {entry}: {key} is missing; expected {allowed}. Nothing was imported."
)
FOREIGN_ENTRY_WRONG = (
    "import: {path}, entry {entry}: {key} is not allowed; expected {allowed}. Nothing was imported."
)
FOREIGN_AN_OBJECT = "an object with the entry's fields"
FOREIGN_A_DATE = "a date such as 2026-11-20"
FOREIGN_A_TIME = "a time such as 16:30"
FOREIGN_A_TEXT = "a text"
FOREIGN_TRUE_OR_FALSE = "true or false"
FOREIGN_A_LIST_OF_TAGS = "a list of texts"
FOREIGN_A_UTC_TIME = "a time in UTC such as 2026-11-20T15:30:00Z"
FOREIGN_A_TIME_ZONE = "a time zone name such as Europe/Copenhagen"
FOREIGN_NO_JSON_IN_ZIP = (
    "import: {path} is a .zip file without a Day One journal (.json) in it; nothing was imported."
)


FOREIGN_UNKNOWN_FORMAT = (
    "import: {path} is no export this app reads: a jrnl or Day One .json file, a Day One "
    ".zip file, a Daylio .csv file, or a folder of Markdown notes (or give its format with "
    "--format); nothing was imported."
)
FOREIGN_EARLY_DAY = (
    "import: {path}, entry {entry}: its date {day} is before {earliest}, the first day a "
    "journal holds; nothing was imported."
)
FOREIGN_BAD_TEXT = (
    "import: {path}, entry {entry}: its text holds a character the journal cannot keep (a "
    "NUL character, or a broken one); nothing was imported."
)
FOREIGN_CHANGED = (
    "import: {path} changed since the preview; nothing was imported. Look at the preview again."
)
IMPORT_SHARED_NOT_CONFIRMED = (
    "import: the file would put text on days you share (1:1 or coach), the first {day}; "
    "that was not confirmed, so nothing was imported."
)
IMPORT_SHARED_SINCE = (
    "import: {day} has been shared (1:1 or coach) since the preview was made; nothing was "
    "imported. Look at the preview again."
)
FOREIGN_TOO_LONG = (
    "import: {path}, entry {entry}: the reflection of {day} would be longer than {chars:,} "
    "characters; nothing was imported."
)

# Daylio and Markdown (services/foreign/common.py): {problem} is one of the FOREIGN_ problems
# below; text from the file is never shown, a date or time field is (clipped).
# --- the whole line ------------------------------------------------------------------------
FOREIGN_BAD_FILE = "import: {path}: {problem}. Nothing was imported."
FOREIGN_BAD_ENTRY = "import: {path}, entry {n} (line {line}): {problem}. Nothing was imported."

# --- the problems --------------------------------------------------------------------------
FOREIGN_CANNOT_READ = "the file cannot be read ({reason})"
FOREIGN_NOT_UTF8 = "the file is not UTF-8 text"
FOREIGN_NOT_REGULAR = "it is no regular file (a pipe, a device, or a link to one); remove it"
FOREIGN_NOT_CSV = (
    "the file cannot be read as CSV (a quoted field is not closed, or a field is too long)"
)
FOREIGN_NOT_DAYLIO = (
    "this is not a Daylio CSV export (its first line must name the columns {columns})"
)
FOREIGN_FIELD_COUNT = "it has {n} fields; the first line names {expected}"
FOREIGN_BAD_DAY = "full_date {value} is not a date like 2026-11-20"
FOREIGN_BAD_TIME = "time {value} is not a time like 14:58 or 2:58 pm"
FOREIGN_NO_MOOD = "the mood is empty; every Daylio entry has one"
FOREIGN_NOT_A_FOLDER = "this is neither a folder of daily notes nor a Markdown note"
FOREIGN_TOO_MANY_FILES = (
    "the folder holds more than {n:,} files and folders; choose the folder of your daily notes"
)
FOREIGN_TOO_BIG = (
    "the note is larger than {n:,} bytes; a day's reflection holds at most {chars:,} characters"
)
FOREIGN_FRONT_MATTER = (
    "line {n} of the front matter cannot be read; write tags as tags: [a, b] or as lines "
    "'- a' under tags:"
)
# A day file of our own Markdown export (services/foreign/markdown_figures.py): {value} is
# the value as the rules show it, or "this value" (a key or a list is never shown).
FOREIGN_FIGURE = "in the front matter, {key}: {value} is not allowed; {allowed}"
FOREIGN_MINUTES_LINES = "lines 'category: minutes' indented under it"

# --- the calendar files (issue #16) -------------------------------------------------------
CALENDAR_URL = (
    "calendar: {path} is a web address, and the app opens no network connection; export "
    "the calendar as an .ics file and choose that file"
)
CALENDAR_MISSING = "calendar: there is no file at {path}"
CALENDAR_FOLDER = "calendar: {path} is a folder, not a calendar file (.ics)"
CALENDAR_NOT_READ = "calendar: cannot read {path} ({reason})"
CALENDAR_NOT_ICS = "calendar: {path} is not an iCalendar file (.ics); nothing was read from it"
CALENDAR_BROKEN = "calendar: {path} could not be read as iCalendar (.ics); nothing was read from it"
CALENDAR_TOO_MANY_REPEATS = (
    "calendar: an event from {start} that repeats {detail} was left out: it repeats too "
    "often to be read"
)
CALENDAR_SLOW_SERIES = (
    "calendar: {n} repeating events were left out: their rules take too long to read"
)
CALENDAR_TOO_MANY_EVENTS = (
    "calendar: {path} holds more than {n:,} events around {date}; no calendar of a working "
    "day does, so nothing was read from it"
)
CALENDAR_TOO_MANY_SERIES = (
    "calendar: {path} holds more repeating events than can be read for one day; nothing was "
    "read from it; export a shorter period"
)
CALENDAR_TRUNCATED = (
    "calendar: {path} ends in the middle (it may still be being written); nothing was read "
    "from it; try again in a moment"
)
EVERY_SECOND = "every second"
EVERY_MINUTE = "every minute"
EVERY_HOUR = "every hour"
EVERY_DAY = "every day"
EVERY_WEEK = "every week"
EVERY_MONTH = "every month"
EVERY_YEAR = "every year"
CALENDAR_UNKNOWN_ZONE = (
    "calendar: an event at {time} names a time zone the file does not define ({zone}); it "
    "was counted in your local time"
)
CALENDAR_NO_FILES = (
    "calendar: no calendar file is set; choose one in Settings, or name one after --from-calendar"
)

# --- the leader group's pulse (issue #18): round files and pulse files --------------------
ROUND_FILE = "round file"
PULSE_FILE = "pulse file"
NOT_A_ROUND_FILE = "{path} is not a Leader Pulse round file"
NOT_A_PULSE_FILE = "{path} is not a Leader Pulse pulse file"
PULSE_FILE_TOO_NEW = (
    "{path} was made by a newer version of Leader Pulse (file version {code}); update the app"
)
ROUND_FILE_DAMAGED = "the round file {path} is damaged ({detail}); ask for it again"
PULSE_FILE_DAMAGED = "the pulse file {path} is damaged ({detail}); ask for it again"
PULSE_PART_NOT_VALID = "its {code} is not valid"
PULSE_PART_WRONG_LENGTH = "its {code} has the wrong length"
PULSE_OF_ANOTHER_ROUND = (
    'the pulse file {path} belongs to another round, not to "{name}"; nothing was combined'
)
PULSE_NOT_OPENED = (
    "the pulse file {path} cannot be opened with this round's key (it was made for another "
    "round, or changed on the way); nothing was combined"
)
PULSE_CONTENT_DAMAGED = (
    "the pulse file {path} is damaged: what it holds is not a pulse this app reads; "
    "nothing was combined"
)
PULSE_ROUND_UNKNOWN = (
    "this journal did not start this round, so it does not hold the round's key; combine "
    "the pulses in the journal that started the round"
)
PULSE_SENT_AGAIN = (
    "a pulse sent again after the group picture of {date} at {time} would show that "
    "leader's change; combine with the same pulse of that leader as then; nothing was combined"
)
PULSE_LEAVES_OUT = (
    "this group picture leaves out {leaders} of the picture of {date} at {time}, so their "
    "figures could be read from the difference; make the picture again with the same files "
    "as then; nothing was combined"
)
PULSE_ADDS = (
    "this round already has its group picture, made on {date} at {time}; one with more "
    "leaders would let the added leaders' figures be read from the difference, so make it "
    "again with the same files, or start a round for later weeks; nothing was combined"
)
PULSE_ROUND_OVERLAPS = (
    'the round "{name}" of this journal already covers {start} to {end}; two rounds over the '
    "same weeks could be compared to read one leader's figures, so let the new round start "
    "after {end}; no round was started"
)
PULSE_ONE_LEADER = "one leader"
PULSE_TWO_LEADERS = "two leaders"
PULSE_N_LEADERS = "{n} leaders"

# --- refused values the services check (ValidationError) ----------------------------------
SIGNAL_NAME = "a name of 1 to 200 characters"
TOPIC_NUMBER = "the number of a topic"
