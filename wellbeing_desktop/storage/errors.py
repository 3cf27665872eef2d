"""Storage problems a user can act on."""

from pathlib import Path

from wellbeing_desktop.domain.errors import WellbeingError


class StorageError(WellbeingError):
    """The journal file cannot be opened or written; the message says why in one line."""


class SchemaTooNewError(StorageError):
    """The file was written by a newer version of the app than this one."""


# The detail of a DamagedFileError when the key does not open the file at all: the file is
# damaged in its first page, or it belongs to another key file (nothing tells them apart).
KEY_MISMATCH = "it cannot be read with its key, or it belongs to another key file"


class DamagedFileError(StorageError):
    """The journal file is damaged (or belongs to another key file); it was not changed.

    ``path`` is the file, ``detail`` a short reason ("HMAC verification failed for page 6").
    The services add which backup to restore.
    """

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        # integrity_check reports can span lines; the message is one line.
        detail = " ".join(detail.split())
        self.detail = detail if len(detail) <= 120 else detail[:119] + "…"
        super().__init__(
            f"The journal file {path} is damaged ({self.detail}) and was left as it is."
        )


def is_damage(message: str) -> bool:
    """Whether a driver error message means the file itself is damaged."""
    return any(word in message for word in ("malformed", "not a database", "corrupt"))


def describe_database_error(message: str, *, writing: bool) -> str:
    """One plain line for a database failure; never the statement or its parameters."""
    if is_damage(message):
        return (
            "The journal file is damaged; run 'wellbeing-desktop check' and restore a backup. "
            "Nothing was changed."
        )
    if "locked" in message or "busy" in message:
        return (
            "The journal is busy in another window or program; try again in a moment. "
            "Nothing was changed."
        )
    if not writing:
        return "The journal could not be read."
    if "full" in message:
        return "The disk is full: the change was not saved. Free some space and try again."
    if "readonly" in message:
        return "The journal file is read-only: the change was not saved."
    return "The journal could not be written: the change was not saved."
