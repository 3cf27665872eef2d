"""The errors of the key file: missing, damaged, too weak, or the wrong secret."""

from __future__ import annotations

from pathlib import Path

from wellbeing_desktop.domain.errors import Message, WellbeingError, as_message
from wellbeing_desktop.security import messages as msg


class KeyFileError(WellbeingError):
    """The key file is missing, unreadable, damaged or from a newer version."""


class KeyFileDamagedError(KeyFileError):
    """The key file is empty or damaged; ``reason`` says how (a backup holds a good copy)."""

    def __init__(self, path: Path, reason: Message | str, message: Message | None = None) -> None:
        self.path = Path(path)
        self.reason = as_message(reason)
        super().__init__(message or Message(msg.KEY_FILE_DAMAGED, path=path, detail=self.reason))


class WrongPassphraseError(WellbeingError):
    """The passphrase does not open this key file."""

    def __init__(self) -> None:
        super().__init__(msg.WRONG_PASSPHRASE)


class WrongRecoveryKeyError(WellbeingError):
    """The recovery code does not open this key file (or cannot be a recovery code)."""

    def __init__(self, detail: Message | str | None = None) -> None:
        if detail:
            super().__init__(msg.WRONG_RECOVERY_KEY_BECAUSE, detail=as_message(detail))
        else:
            super().__init__(msg.WRONG_RECOVERY_KEY)


class KeyFileTooWeakError(KeyFileDamagedError):
    """A slot asks for a key derivation below the floor: refused before any derivation."""


def too_large(path: Path) -> KeyFileDamagedError:
    """The error for a file far larger than any key file."""
    return KeyFileDamagedError(path, msg.TOO_LARGE, Message(msg.KEY_FILE_TOO_LARGE, path=path))


def other_journal(path: Path, reason: str) -> KeyFileDamagedError:
    """The error for a slot bound to another journal (or relabelled)."""
    return KeyFileDamagedError(
        path,
        Message(msg.DAMAGED_OR_OTHER, detail=reason),
        Message(msg.DAMAGED_OR_OTHER_JOURNAL, path=path, detail=reason),
    )


def damaged(path: Path, reason: Message | str) -> KeyFileError:
    """The error for a key file damaged in the way ``reason`` says."""
    return KeyFileDamagedError(path, reason)


def os_reason(exc: OSError) -> str:
    """The system's words for a failed read or write."""
    return exc.strerror or type(exc).__name__
