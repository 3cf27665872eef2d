"""The security layer's words for the user.

The security layer's words for the user (English; the message ids): the key file, the
passphrase, the recovery key and the system keyring.

Each constant is a message id and its English words at once; ``{name}`` stands for a value
the raising code passes, ``{detail}`` for a reason that is a message of its own. The GUI
has the same words in its catalogue (``ui/common/error_words.py``); a test proves each has
a Danish translation or is on its short list of messages still shown in English.
"""

# --- a new passphrase (ValidationError, field "passphrase") --------------------------------
EMPTY_PASSPHRASE = "it cannot be empty or only spaces"
NUL_IN_PASSPHRASE = "it cannot contain the NUL character"
BROKEN_CHARACTERS = "it cannot contain broken characters"
AT_LEAST_N_CHARACTERS = "use at least {n} characters"
AT_MOST_N_CHARACTERS = "use at most {n} characters"

# --- the wrong secret ---------------------------------------------------------------------
WRONG_PASSPHRASE = "wrong passphrase"
WRONG_RECOVERY_KEY = "wrong recovery key"
WRONG_RECOVERY_KEY_BECAUSE = "wrong recovery key: {detail}"
RECOVERY_KEY_LENGTH = "a recovery key has {n} letters and digits, this one has {count}"
RECOVERY_KEY_CHARACTERS = "it contains characters a recovery key never has"

# --- the key file as a whole --------------------------------------------------------------
KEY_FILE_DAMAGED = "the key file {path} is damaged: {detail}"
KEY_FILE_EXISTS = "a key file already exists at {path}; it was left as it is"
KEY_FILE_NOT_WRITTEN = "cannot write the key file {path}: {reason}"
NO_RECOVERY_KEY = "the key file {path} has no recovery key"
NO_KEY_FILE = "no key file at {path}"
KEY_FILE_IS_FOLDER = "the key file {path} is a folder, not a file"
KEY_FILE_NOT_READ = "cannot read the key file {path}: {reason}"
KEY_FILE_NOT_REGULAR = (
    "the key file {path} is not a regular file (a pipe, device or socket); nothing was read"
)
KEY_FILE_TOO_LARGE = "the key file {path} is too large to be a key file"
KEY_FILE_EMPTY = "the key file {path} is empty"
NOT_A_KEY_FILE = "{path} is not a Leader Pulse key file"
KEY_FILE_TOO_NEW = "this key file was made by a newer version of Leader Pulse"
OTHER_JOURNAL = "the key file {path} belongs to a different journal"
OTHER_JOURNAL_IN = "the key file in {path} belongs to a different journal"
OTHER_DATA_KEY_IN = "the key file in {path} holds a different data key"
TOO_WEAK = (
    "the key file {path} asks for a key derivation weaker than Leader Pulse accepts "
    "({n} KiB of memory, {count} passes); it may have been tampered with, restore it from "
    "a backup"
)
DAMAGED_OR_OTHER_JOURNAL = "the key file {path} is damaged or belongs to another journal ({detail})"

# --- how a key file is damaged (the reason of KeyFileDamagedError) ------------------------
TOO_LARGE = "it is too large to be a key file"
EMPTY = "it is empty"
NOT_JSON = "it is not valid JSON"
VERSION_NOT_A_NUMBER = "its version is not a number"
CHECKSUM_MISMATCH = "its checksum does not match"
JOURNAL_ID_NOT_VALID = "its journal id is not valid"
CREATION_TIME_NOT_VALID = "its creation time is not valid"
NO_SLOTS = "it has no slots"
TWO_SLOTS_OF_A_TYPE = "it has two slots of the same type"
NO_PASSPHRASE_SLOT = "it has no passphrase slot"
SLOT_NOT_VALID = "a slot is not valid"
SLOT_TYPE_UNKNOWN = "a slot has an unknown type"
SLOT_CIPHER_UNKNOWN = "a slot uses an unknown cipher"
SLOT_KDF_UNKNOWN = "a slot uses an unknown key derivation"
FIELD_NOT_A_NUMBER = "its {code} is not a number"
SLOT_KDF_OUT_OF_RANGE = "a slot has key derivation settings out of range"
FIELD_NOT_VALID = "its {code} is not valid"
FIELD_WRONG_LENGTH = "its {code} has the wrong length"
KEY_CHECK_MISMATCH = "the unlocked key does not match its key check"
WEAKER_THAN_ACCEPTED = (
    "it asks for a key derivation weaker than Leader Pulse accepts ({n} KiB of memory, "
    "{count} passes); it may have been tampered with"
)
PASSPHRASE_SLOT_OTHER_JOURNAL = "its passphrase slot was made for another journal"
RECOVERY_SLOT_OTHER_JOURNAL = "its recovery slot was made for another journal"
SLOT_TYPES_SWAPPED = "its slot types were swapped or edited"
DAMAGED_OR_OTHER = "{detail}; it is damaged or belongs to another journal"

# --- the system keyring -------------------------------------------------------------------
NO_KEYRING = (
    "No system keyring is available on this computer, so the passphrase cannot be remembered."
)
INSECURE_KEYRING = (
    "The only keyring available stores secrets without proper protection, "
    "so the passphrase cannot be remembered."
)
KEYRING_LOCKED = "The system keyring is locked, so the passphrase cannot be remembered."
KEYRING_FAILED = "The system keyring did not respond, so the passphrase cannot be remembered."
NO_KEYRING_TO_FORGET = (
    "No system keyring is available on this computer, so it holds no key to forget."
)
KEYRING_LOCKED_FORGET = (
    "The system keyring is locked, so the remembered passphrase cannot be removed."
)
KEYRING_FAILED_FORGET = (
    "The system keyring did not respond, so the remembered passphrase could not be removed."
)

# --- a leader's sealed pulse (issue #18) --------------------------------------------------
PULSE_NOT_OPENED = "the pulse cannot be opened with this round's key"
PULSE_PADDING = "the pulse opened, but it was not made by Leader Pulse"
PULSE_KEY_NOT_USABLE = (
    "the round file's key cannot be used to seal a pulse (the file was changed or made by "
    "hand); ask the facilitator for the round file again; nothing was written"
)
PULSE_TOO_LARGE = (
    "the pulse is too large to seal ({size} bytes, at most {limit}); nothing was written"
)
