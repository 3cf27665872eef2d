"""The errors of the key file: missing, damaged, too weak, or the wrong secret."""

from __future__ import annotations

from pathlib import Path

from wellbeing_desktop.domain.errors import WellbeingError


class KeyFileError(WellbeingError):
    """The key file is missing, unreadable, damaged or from a newer version."""


class KeyFileDamagedError(KeyFileError):
    """The key file is empty or damaged; ``reason`` says how (a backup holds a good copy)."""

    def __init__(self, path: Path, reason: str, message: str | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(message or f"the key file {path} is damaged: {reason}")


class WrongPassphraseError(WellbeingError):
    """The passphrase does not open this key file."""

    def __init__(self) -> None:
        super().__init__("wrong passphrase")


class WrongRecoveryKeyError(WellbeingError):
    """The recovery code does not open this key file (or cannot be a recovery code)."""

    def __init__(self, detail: str | None = None) -> None:
        super().__init__("wrong recovery key" + (f": {detail}" if detail else ""))


class KeyFileTooWeakError(KeyFileDamagedError):
    """A slot asks for a key derivation below the floor: refused before any derivation."""


def too_large(path: Path) -> KeyFileDamagedError:
    """The error for a file far larger than any key file."""
    return KeyFileDamagedError(
        path,
        "it is too large to be a key file",
        f"the key file {path} is too large to be a key file",
    )


def other_journal(path: Path, reason: str) -> KeyFileDamagedError:
    """The error for a slot bound to another journal (or relabelled)."""
    return KeyFileDamagedError(
        path,
        f"{reason}; it is damaged or belongs to another journal",
        f"the key file {path} is damaged or belongs to another journal ({reason})",
    )


def damaged(path: Path, reason: str) -> KeyFileError:
    """The error for a key file damaged in the way ``reason`` says."""
    return KeyFileDamagedError(path, reason)


def os_reason(exc: OSError) -> str:
    """The system's words for a failed read or write."""
    return exc.strerror or type(exc).__name__
