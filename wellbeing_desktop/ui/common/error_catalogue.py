"""The GUI's words for the lower layers' error messages: the translatable catalogue.

Every message id of ``domain/messages.py``, ``storage/messages.py``, ``security/messages.py``
and ``services/messages.py`` (and every field name a value is refused with) has its English
words here once more, as a translatable message in the context "errors", so that
``pyside6-lupdate`` finds it; ``error_words`` looks the ids up here.
"""

from __future__ import annotations

from wellbeing_desktop.ui.common.error_catalogue_foreign import (
    FOREIGN_MESSAGES,
    FOREIGN_PATTERNS,
)
from wellbeing_desktop.ui.common.error_catalogue_pulse import PULSE_MESSAGES, PULSE_PATTERNS
from wellbeing_desktop.ui.common.error_catalogue_values import (
    ALLOWED,
    ALLOWED_PATTERNS,
    FIELD_PATTERNS,
    FIELDS,
)
from wellbeing_desktop.ui.common.translation import Message, translatable

__all__ = [
    "ALLOWED",
    "ALLOWED_PATTERNS",
    "CONTEXT",
    "FIELDS",
    "FIELD_PATTERNS",
    "MESSAGES",
    "MESSAGE_PATTERNS",
    "NOT_ALLOWED",
    "THIS_VALUE",
]

CONTEXT = "errors"

# --- a refused value --------------------------------------------------------------------
NOT_ALLOWED: Message = translatable("errors", "{field}: {value} is not allowed; {allowed}")
THIS_VALUE: Message = translatable("errors", "this value")


# --- whole messages of the other errors ---------------------------------------------------
MESSAGES: tuple[Message, ...] = (
    # storage
    translatable("errors", "The backup does not match the journal; it was not kept."),
    translatable("errors", "The journal connection is closed."),
    translatable(
        "errors",
        "The journal file is damaged; nothing was changed. Open the journal again to see "
        "which backup to restore.",
    ),
    translatable(
        "errors",
        "The journal is busy in another window or program; try again in a moment. "
        "Nothing was changed.",
    ),
    translatable("errors", "The journal could not be read."),
    translatable("errors", "The journal could not be written: the change was not saved."),
    translatable("errors", "The journal file uses cipher settings this version does not support."),
    translatable("errors", "The journal is locked."),
    translatable("errors", "The journal kept changing while it was backed up; try again."),
    translatable("errors", "The key file is empty or far too large; no backup was made."),
    translatable(
        "errors",
        "This journal was saved by a newer version of Leader Pulse; "
        "please update the app to open it.",
    ),
    # details of a damaged file (DamagedFileError, KeyFileDamagedError)
    translatable("errors", "it cannot be read"),
    translatable("errors", "it cannot be read with its key, or it belongs to another key file"),
    translatable("errors", "it holds no journal"),
    translatable("errors", "it is empty"),
    translatable("errors", "it is not a file"),
    translatable("errors", "it is not a regular file"),
    translatable("errors", "journal file"),
    translatable("errors", "key file"),
    # import
    translatable("errors", "import: the file is nested too deeply to be an export."),
    translatable("errors", "import: the file is not a Leader Pulse JSON export."),
    # key file, passphrase, recovery key
    translatable("errors", "it contains characters a recovery key never has"),
    translatable("errors", "this key file was made by a newer version of Leader Pulse"),
    translatable("errors", "wrong passphrase"),
    translatable("errors", "wrong recovery key"),
    translatable("errors", "it is too large to be a key file"),
    translatable("errors", "its passphrase slot was made for another journal"),
    translatable("errors", "its recovery slot was made for another journal"),
    translatable("errors", "its slot types were swapped or edited"),
    translatable(
        "errors", "The re-encrypted journal does not match the journal; nothing was changed."
    ),
    # system keyring
    translatable(
        "errors",
        "No system keyring is available on this computer, so the passphrase cannot be remembered.",
    ),
    translatable(
        "errors",
        "No system keyring is available on this computer, so it holds no key to forget.",
    ),
    translatable(
        "errors",
        "The only keyring available stores secrets without proper protection, "
        "so the passphrase cannot be remembered.",
    ),
    translatable("errors", "The system keyring is locked, so the passphrase cannot be remembered."),
    translatable(
        "errors", "The system keyring is locked, so the remembered passphrase cannot be removed."
    ),
    translatable(
        "errors", "The system keyring did not respond, so the passphrase cannot be remembered."
    ),
    translatable(
        "errors",
        "The system keyring did not respond, so the remembered passphrase could not be removed.",
    ),
    # the leader group's pulse (issue #18)
    *PULSE_MESSAGES,
    # another journal app's export (issue #19)
    *FOREIGN_MESSAGES,
    # the calendar (issue #16): how often a series repeats, inside CALENDAR_TOO_MANY_REPEATS
    translatable("errors", "every second"),
    translatable("errors", "every minute"),
    translatable("errors", "every hour"),
    translatable("errors", "every day"),
    translatable("errors", "every week"),
    translatable("errors", "every month"),
    translatable("errors", "every year"),
    translatable(
        "errors",
        "calendar: no calendar file is set; choose one in Settings, or name one after "
        "--from-calendar",
    ),
)
MESSAGE_PATTERNS: tuple[Message, ...] = (
    # data folder and journal
    translatable("errors", "A journal already exists at {path}."),
    translatable("errors", "A journal already exists in {path}; it was left untouched."),
    translatable("errors", "No journal file at {path}."),
    translatable("errors", "There is no journal in {path} yet; create one with: {command}"),
    translatable(
        "errors",
        "data-dir: {path} was open to other users ({mode}); it is now {new_mode}, open only to you",
    ),
    # a file the user named: an import, a note, a passphrase or recovery key (user_files)
    translatable("errors", "{name}: {path} is not a regular file"),
    translatable("errors", "{name}: {path} is a folder, not a file"),
    translatable("errors", "{name}: {path} is larger than {n} bytes; nothing was read"),
    translatable("errors", "{name}: cannot read {path}: {reason}"),
    translatable("errors", "{name}: {path} is not UTF-8 text"),
    translatable("errors", "{name}: {path} is empty"),
    translatable(
        "errors", "{name}: the first line of {path} is empty; only the first line is read"
    ),
    # a read-only folder, a full disk, an I/O error (storage/errors.database_error_message)
    translatable(
        "errors",
        "The disk is full; nothing was saved. Free some space on the disk of {path} and try again.",
    ),
    translatable(
        "errors",
        "The disk is full; nothing was changed. Free some space on the disk of {path} and try "
        "again.",
    ),
    translatable("errors", "The journal in {path} is open for reading only; nothing was saved."),
    translatable("errors", "The journal in {path} is open for reading only; nothing was changed."),
    translatable(
        "errors", "The folder {path} cannot be written (it is read-only); nothing was saved."
    ),
    translatable(
        "errors",
        "The folder {path} cannot be written (it is read-only), and the journal in it cannot "
        "be read without writing there; nothing was changed.",
    ),
    translatable("errors", "The disk reported an input/output error in {path}; nothing was saved."),
    translatable(
        "errors", "The disk reported an input/output error in {path}; nothing was changed."
    ),
    translatable(
        "errors",
        "The folder {path} cannot be written, and the journal in it needs an update before "
        "this version can open it; nothing was changed.",
    ),
    translatable(
        "errors",
        "The key file {path} is missing, so the journal cannot be opened; restore it from a "
        "backup (the database was left untouched).",
    ),
    translatable("errors", "The journal file {path} is damaged ({detail}) and was left as it is."),
    translatable("errors", "it is cut short to {n} bytes"),
    translatable(
        "errors",
        "The journal {path} is open in another window or program; close it and try again. "
        "Nothing was changed.",
    ),
    # the journal lock and the paired swap (storage/journal_lock.py, storage/swap.py)
    translatable(
        "errors", "A restore of the journal in {path} is under way; try again in a moment."
    ),
    translatable("errors", "The lock file {path} cannot be used ({reason})."),
    translatable("errors", "The lock file {path} is not a regular file; remove it."),
    translatable(
        "errors",
        "The file {path} (the note of an unfinished restore) is damaged; remove it and try "
        "again. Nothing was changed.",
    ),
    translatable(
        "errors",
        "The journal file {path} was replaced by another program; lock and unlock to see it. "
        "Nothing was saved.",
    ),
    translatable(
        "errors",
        "The backup {path} is of a different journal (id {id}) than the one in {folder} "
        "(id {other_id}); to replace it anyway, run again with --replace-other-journal. "
        "Nothing was changed.",
    ),
    # backups
    translatable("errors", "{detail} Nothing was changed."),
    translatable("errors", "{path} exists already; the backup was not written."),
    translatable("errors", "{path} is a folder, not a backup file."),
    translatable("errors", "{path} is not a Leader Pulse backup file."),
    translatable("errors", "There is no backup file at {path}."),
    translatable("errors", "The backup file {path} is empty."),
    translatable("errors", "The backup {path} holds no database, only a key file."),
    translatable("errors", "The backup {path} holds no key file, only a database."),
    translatable(
        "errors", "The backup {path} was made by a newer version of Leader Pulse; update the app."
    ),
    translatable(
        "errors",
        "The backup {path} was made by a newer version of Leader Pulse; update the app to "
        "restore it. Nothing was changed.",
    ),
    translatable(
        "errors",
        "The backup {path} is damaged: its database does not pass the integrity check. "
        "Nothing was changed.",
    ),
    translatable("errors", "The database {path} cannot be opened."),
    translatable("errors", "The database {path} uses cipher settings this version lacks."),
    translatable("errors", "Too many backups in {path} for one second; try again."),
    # files that are not what their names say, a full disk (issue #13, items 10, 11, 14)
    translatable("errors", "it is {n} bytes but holds {count} pages"),
    translatable("errors", "{path} is not a regular file; it is not a backup."),
    translatable(
        "errors",
        "{path} is not a regular file; SQLite cannot use it beside the journal. Move it away "
        "and try again. Nothing was changed.",
    ),
    translatable(
        "errors",
        "{path} is a folder, not a file; SQLite cannot use it beside the journal. Move it "
        "away and try again. Nothing was changed.",
    ),
    translatable(
        "errors", "Cannot write the backup to {path}: the disk is full. No backup was made."
    ),
    translatable(
        "errors",
        "Cannot write the backup to {path}: it cannot be written there. No backup was made.",
    ),
    # import
    translatable("errors", "import: the file is not valid JSON (line {n})."),
    translatable(
        "errors",
        "import: the '{code}' part of the file is damaged or incomplete; nothing was imported.",
    ),
    translatable(
        "errors", "import: the '{code}' part has two entries for one date; nothing was imported."
    ),
    translatable(
        "errors",
        "import: {field}: {value} is not allowed; expected {allowed}. Nothing was imported.",
    ),
    translatable(
        "errors", "import: {field} is not allowed; expected {allowed}. Nothing was imported."
    ),
    translatable("errors", "import: {field} is missing; expected {allowed}. Nothing was imported."),
    translatable(
        "errors",
        "import: {field} is not part of a Leader Pulse export; nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {n} entries in the file are already in this journal (first: {date}); "
        "nothing was imported.",
    ),
    translatable(
        "errors", "import: {field}: {value} is not allowed; {allowed}. Nothing was imported."
    ),
    translatable(
        "errors",
        "import: {field}: '{code}' is not a known signal (neither a built-in one nor one of the "
        "own signals in the file or the journal). Nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {field}: '{code}' is not a known demand (neither a built-in one nor one of the "
        "own demands in the file or the journal). Nothing was imported.",
    ),
    translatable(
        "errors",
        "import: {field}: '{code}' is not a known resource (neither a built-in one nor one of "
        "the own resources in the file or the journal). Nothing was imported.",
    ),
    # key file and recovery key
    translatable("errors", "{path} is not a Leader Pulse key file"),
    translatable("errors", "a key file already exists at {path}; it was left as it is"),
    translatable("errors", "no key file at {path}"),
    translatable("errors", "the key file {path} belongs to a different journal"),
    translatable("errors", "the key file {path} has no recovery key"),
    translatable("errors", "the key file {path} is a folder, not a file"),
    translatable("errors", "the key file {path} is damaged: {detail}"),
    translatable("errors", "the key file {path} is empty"),
    translatable("errors", "wrong recovery key: {detail}"),
    # a damaged or missing journal file or key file (JournalDamagedError), in parts
    translatable("errors", "The {thing} {path} is missing and no new journal was created; {hint}"),
    translatable(
        "errors", "The {thing} {path} is damaged ({detail}) and was left as it is; {hint}"
    ),
    translatable(
        "errors",
        "The {thing} {path} is damaged, or the key file {name} beside it belongs to another "
        "journal (its key cannot read the file); both were left as they are; {hint}",
    ),
    translatable("errors", "restore the newest good backup with: {command}"),
    translatable(
        "errors",
        "put back the key file of the newest good backup (the journal file stays as it is) "
        "with: {command}",
    ),
    translatable(
        "errors",
        "The key in the backup {path} does not open the journal file {name}; to restore the "
        "whole backup instead, run: {command}. Nothing was changed.",
    ),
    translatable(
        "errors",
        "no backup of it was found in {path}; if you have one elsewhere, restore it with: "
        "{command} FILE",
    ),
    translatable("errors", "a recovery key has {n} letters and digits, this one has {count}"),
    # key files that are not what they seem (issue 13, items 9, 10, 14)
    translatable(
        "errors",
        "the key file {path} is not a regular file (a pipe, device or socket); nothing was read",
    ),
    translatable("errors", "the key file {path} is too large to be a key file"),
    translatable(
        "errors",
        "it asks for a key derivation weaker than Leader Pulse accepts ({n} KiB of memory, "
        "{count} passes); it may have been tampered with",
    ),
    translatable(
        "errors",
        "the key file {path} asks for a key derivation weaker than Leader Pulse accepts "
        "({n} KiB of memory, {count} passes); it may have been tampered with, restore it "
        "from a backup",
    ),
    translatable("errors", "{detail}; it is damaged or belongs to another journal"),
    translatable(
        "errors", "the key file {path} is damaged or belongs to another journal ({detail})"
    ),
    # passwd --rotate-key (issue 13, item 8b)
    translatable(
        "errors",
        "The journal in {path} is open in another program; close it and try again. "
        "Nothing was changed.",
    ),
    translatable("errors", "{path} exists already; nothing was re-encrypted."),
    translatable(
        "errors",
        "new passphrase: the new passphrase must differ from the current one; nothing was changed.",
    ),
    translatable("errors", "The journal could not be re-encrypted ({code}); nothing was changed."),
    translatable("errors", "the key file in {path} belongs to a different journal"),
    translatable("errors", "the key file in {path} holds a different data key"),
    # what an open did besides opening (JournalAccess.notices, Journal.open_notices)
    translatable(
        "errors",
        "Finished a restore (or key change) of the journal in {path} that had been interrupted.",
    ),
    translatable(
        "errors",
        "The write-ahead log beside the journal could not be used (it is damaged or belongs "
        "to another journal); it was kept as {path}.",
    ),
    # the leader group's pulse (issue #18): round files and pulse files
    *PULSE_PATTERNS,
    # another journal app's export (issue #19)
    *FOREIGN_PATTERNS,
    # the calendar files (issue #16)
    translatable(
        "errors",
        "calendar: {path} is a web address, and the app opens no network connection; export "
        "the calendar as an .ics file and choose that file",
    ),
    translatable(
        "errors", "calendar: {path} is not an iCalendar file (.ics); nothing was read from it"
    ),
    translatable("errors", "calendar: there is no file at {path}"),
    translatable(
        "errors",
        "calendar: {path} holds more repeating events than can be read for one day; nothing "
        "was read from it; export a shorter period",
    ),
    translatable(
        "errors",
        "calendar: {n} repeating events were left out: their rules take too long to read",
    ),
    translatable(
        "errors",
        "calendar: {path} holds more than {n} events around {date}; no calendar of a "
        "working day does, so nothing was read from it",
    ),
    translatable(
        "errors",
        "calendar: {path} ends in the middle (it may still be being written); nothing was "
        "read from it; try again in a moment",
    ),
    translatable("errors", "calendar: {path} is a folder, not a calendar file (.ics)"),
    translatable("errors", "calendar: cannot read {path} ({reason})"),
    translatable(
        "errors", "calendar: {path} could not be read as iCalendar (.ics); nothing was read from it"
    ),
    translatable(
        "errors",
        "calendar: an event from {start} that repeats {detail} was left out: it repeats too "
        "often to be read",
    ),
    translatable(
        "errors",
        "calendar: an event at {time} names a time zone the file does not define ({zone}); it "
        "was counted in your local time",
    ),
)
