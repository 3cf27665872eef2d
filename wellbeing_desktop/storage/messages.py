"""The storage layer's words for the user (English; the message ids).

Each constant is a message id and its English words at once; ``{name}`` stands for a value
the raising code passes (``StorageError(NO_JOURNAL_FILE, path=path)``), ``{detail}`` for a
reason that is a message of its own. The GUI has the same words in its catalogue
(``ui/common/error_words.py``); a test proves each has a Danish translation or is on its
short list of messages still shown in English.
"""

# --- the journal file ---------------------------------------------------------------------
JOURNAL_EXISTS = "A journal already exists at {path}."
NO_JOURNAL_FILE = "No journal file at {path}."
CONNECTION_CLOSED = "The journal connection is closed."
UNSUPPORTED_CIPHER = "The journal file uses cipher settings this version does not support."
SCHEMA_TOO_NEW = (
    "This journal was saved by a newer version of Leader Pulse; please update the app to open it."
)
UPDATE_FAILED = "The journal could not be updated to this version; nothing was changed.{where}"
UPDATE_FAILED_BACKUP = " A backup from before the update is in {path}."
FOLDER_NEEDS_UPDATE = (
    "The folder {path} cannot be written, and the journal in it needs an update before this "
    "version can open it; nothing was changed."
)

# --- a damaged journal file (DamagedFileError) and its reasons ----------------------------
DAMAGED_FILE = "The journal file {path} is damaged ({detail}) and was left as it is."
# The key does not open the file at all: the file is damaged in its first page, or it
# belongs to another key file (nothing tells them apart).
KEY_MISMATCH = "it cannot be read with its key, or it belongs to another key file"
CANNOT_BE_READ = "it cannot be read"
CANNOT_BE_READ_BECAUSE = "it cannot be read: {reason}"
FILE_CANNOT_BE_READ = "the file cannot be read ({reason})"
HOLDS_NO_JOURNAL = "it holds no journal"
IS_EMPTY = "it is empty"
NOT_A_FILE = "it is not a file"
NOT_A_REGULAR_FILE = "it is not a regular file"
CUT_SHORT = "it is cut short to {n} bytes"
TOO_LONG_FOR_ITS_PAGES = "it is {n} bytes but holds {count} pages"
FOREIGN_KEY_PROBLEM = "foreign key problem in {code}"

# --- a database error, by its cause (storage/errors.database_error_message) ---------------
DAMAGED = (
    "The journal file is damaged; nothing was changed. Open the journal again to see which "
    "backup to restore."
)
BUSY = (
    "The journal is busy in another window or program; try again in a moment. Nothing was changed."
)
DISK_FULL_SAVED = (
    "The disk is full; nothing was saved. Free some space on the disk of {path} and try again."
)
DISK_FULL_CHANGED = (
    "The disk is full; nothing was changed. Free some space on the disk of {path} and try again."
)
READING_ONLY_SAVED = "The journal in {path} is open for reading only; nothing was saved."
READING_ONLY_CHANGED = "The journal in {path} is open for reading only; nothing was changed."
READ_ONLY_FOLDER_SAVED = "The folder {path} cannot be written (it is read-only); nothing was saved."
READ_ONLY_FOLDER_CHANGED = (
    "The folder {path} cannot be written (it is read-only), and the journal in it cannot be "
    "read without writing there; nothing was changed."
)
IO_ERROR_SAVED = "The disk reported an input/output error in {path}; nothing was saved."
IO_ERROR_CHANGED = "The disk reported an input/output error in {path}; nothing was changed."
NOT_READ = "The journal could not be read."
NOT_WRITTEN = "The journal could not be written: the change was not saved."

# --- files beside the journal, the lock and the paired swap -------------------------------
SIDECAR_FOLDER = (
    "{path} is a folder, not a file; SQLite cannot use it beside the journal. Move it away "
    "and try again. Nothing was changed."
)
SIDECAR_NOT_REGULAR = (
    "{path} is not a regular file; SQLite cannot use it beside the journal. Move it away and "
    "try again. Nothing was changed."
)
SIDECAR_OTHER = (
    "{detail}; SQLite cannot use it beside the journal. Move it away and try again. "
    "Nothing was changed."
)
RESTORE_UNDER_WAY = "A restore of the journal in {path} is under way; try again in a moment."
LOCK_BUSY = (
    "The journal {path} is open in another window or program; close it and try again. "
    "Nothing was changed."
)
LOCK_FILE_UNUSABLE = "The lock file {path} cannot be used ({reason})."
LOCK_FILE_NOT_REGULAR = "The lock file {path} is not a regular file; remove it."
SWAP_INTENT_DAMAGED = (
    "The file {path} (the note of an unfinished restore) is damaged; remove it and try again. "
    "Nothing was changed."
)

# --- backups ------------------------------------------------------------------------------
BACKUP_MISMATCH = "The backup does not match the journal; it was not kept."
BACKUP_EXISTS = "{path} exists already; the backup was not written."
BACKUP_KEY_UNREADABLE = "The key file {path} cannot be read ({reason}); no backup was made."
RESTORE_KEY_UNREADABLE = "The key file {path} cannot be read ({reason}); nothing was changed."
BACKUP_NOT_MADE = "The backup could not be made ({reason})."
KEPT_CHANGING = "The journal kept changing while it was backed up; try again."
TOO_MANY_BACKUPS = "Too many backups in {path} for one second; try again."
BACKUP_DISK_FULL = "Cannot write the backup to {path}: the disk is full. No backup was made."
BACKUP_NOT_WRITABLE = (
    "Cannot write the backup to {path}: it cannot be written there. No backup was made."
)
KEY_FILE_SIZE = "The key file is empty or far too large; no backup was made."
CHANGED_WHILE_BACKED_UP = "{name} changed while it was being backed up."
DATABASE_CANNOT_OPEN = "The database {path} cannot be opened."
DATABASE_CIPHER = "The database {path} uses cipher settings this version lacks."
DATABASE_INTEGRITY = "The database {path} failed its integrity check ({detail})."
DATABASE_KEY = "The database {path} cannot be read with its key ({reason})."
DRIVER_DISK_FULL = "the disk is full"
DRIVER_DAMAGED = "the file is damaged"

# --- a backup file ------------------------------------------------------------------------
BACKUP_IS_FOLDER = "{path} is a folder, not a backup file."
BACKUP_NOT_REGULAR = "{path} is not a regular file; it is not a backup."
NO_BACKUP_FILE = "There is no backup file at {path}."
BACKUP_UNREADABLE = "The backup {path} cannot be read ({reason})."
BACKUP_EMPTY = "The backup file {path} is empty."
NOT_A_BACKUP = "{path} is not a Leader Pulse backup file."
BACKUP_TOO_NEW = "The backup {path} was made by a newer version of Leader Pulse; update the app."
BACKUP_DAMAGED = "The backup {path} is damaged ({detail})."
BACKUP_NO_DATABASE = "The backup {path} holds no database, only a key file."
BACKUP_NO_KEY_FILE = "The backup {path} holds no key file, only a database."
IS_TRUNCATED = "it is truncated"
IS_TOO_LONG = "it is longer than it should be"
CHECKSUM_MISMATCH = "its checksum does not match"
HEADER_NOT_VALID = "its header is not valid"
CHANGED_WHILE_READ = "it changed while it was being read"

# --- re-encryption (passwd --rotate-key) --------------------------------------------------
REKEY_TARGET_EXISTS = "{path} exists already; nothing was re-encrypted."
REKEY_FAILED = "The journal could not be re-encrypted ({code}); nothing was changed."
REKEY_MISMATCH = "The re-encrypted journal does not match the journal; nothing was changed."

# --- the leader group's pulse (issue #18) -------------------------------------------------
PULSE_COMBINATION_UNREADABLE = (
    "a group picture of this round that the journal remembers cannot be read, so a new "
    "one cannot be checked against it; nothing was combined"
)
PULSE_SECRET_UNREADABLE = (
    "the journal's secret for pulse tokens cannot be read, so no pulse can be made that "
    "counts as yours; nothing was written"
)
