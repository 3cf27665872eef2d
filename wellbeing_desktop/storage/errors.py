"""Storage problems a user can act on."""

from wellbeing_desktop.domain.errors import WellbeingError


class StorageError(WellbeingError):
    """The journal file cannot be opened or written; the message says why in one line."""


class SchemaTooNewError(StorageError):
    """The file was written by a newer version of the app than this one."""
