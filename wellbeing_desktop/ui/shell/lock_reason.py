"""Why the journal locked, and the words the unlock screen says about it.

The unlock screen tells a user who comes back why the journal is locked ("after 10
minutes without use", "the window was closed", "the screen was locked") and whether
everything typed was saved before it locked: it says so only when every page's save on
lock succeeded.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QTextEdit

from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.domain.language import Language


class LockReason(StrEnum):
    """What locked the journal."""

    MANUAL = "manual"  # the Lock button, Ctrl+L, the tray's Lock
    IDLE = "idle"  # no input for the auto-lock minutes
    WINDOW_CLOSED = "window_closed"  # the window was closed to the tray
    SCREEN_LOCKED = "screen_locked"  # the desktop locked its screen (or the session)
    SLEEP = "sleep"  # the computer is going to sleep


# What ``SystemLockWatcher.lock_requested`` says, as a reason.
SYSTEM_REASONS = {
    "screen": LockReason.SCREEN_LOCKED,
    "session": LockReason.SCREEN_LOCKED,
    "sleep": LockReason.SLEEP,
}

IDLE_ONE: Message = translatable("lock_reason", "Locked after 1 minute without use.")
IDLE_MANY: Message = translatable("lock_reason", "Locked after {minutes} minutes without use.")
WINDOW_CLOSED: Message = translatable("lock_reason", "Locked because the window was closed.")
SCREEN_LOCKED: Message = translatable("lock_reason", "Locked because the screen was locked.")
SLEEP: Message = translatable("lock_reason", "Locked because the computer went to sleep.")
ALL_SAVED: Message = translatable("lock_reason", "Everything you typed is saved.")
NOT_ALL_SAVED: Message = translatable(
    "lock_reason", "Some of what you typed could not be saved before the journal locked."
)

# A lock (or close) while the journal was still opening after Today showed its snapshot.
SAVING: Message = translatable(
    "lock_reason", "Saving what you typed as soon as the journal has finished opening…"
)
# The journal did not open after Today showed its snapshot ({reason}: why, one sentence).
TYPED_NOT_SAVED: Message = translatable(
    "lock_reason", "What you typed on Today was not saved. {reason}"
)
NOT_OPENED: Message = translatable("lock_reason", "The journal could not be opened. {reason}")

_REASONS: dict[LockReason, Message] = {
    LockReason.WINDOW_CLOSED: WINDOW_CLOSED,
    LockReason.SCREEN_LOCKED: SCREEN_LOCKED,
    LockReason.SLEEP: SLEEP,
}


@dataclass(frozen=True)
class LockNote:
    """What the unlock screen says about the last lock.

    Attributes:
        reason: what locked the journal.
        all_saved: whether every page saved what was typed before it locked.
        minutes: the auto-lock minutes (for ``LockReason.IDLE``).
        saving: the journal was still opening: what was typed saves once it is open.
        problem: the journal could not be opened (why, in a language); ``typed`` says
            whether something typed on Today was lost with it.
    """

    reason: LockReason
    all_saved: bool = True
    minutes: int = 0
    saving: bool = False
    problem: Callable[[Language], str] | None = dataclasses.field(default=None, compare=False)
    typed: bool = False

    def why(self, language: Language) -> str:
        """Why it locked, one sentence; empty for a lock the user asked for."""
        if self.reason is LockReason.IDLE:
            if self.minutes == 1:
                return tr(IDLE_ONE, language)
            return tr(IDLE_MANY, language).format(minutes=self.minutes)
        message = _REASONS.get(self.reason)
        return tr(message, language) if message is not None else ""

    def saved(self, language: Language) -> str:
        """Whether what was typed is saved, one sentence (or why it was not)."""
        if self.problem is not None:
            message = TYPED_NOT_SAVED if self.typed else NOT_OPENED
            return tr(message, language).format(reason=self.problem(language))
        if self.saving:
            return tr(SAVING, language)
        return tr(ALL_SAVED if self.all_saved else NOT_ALL_SAVED, language)


def typed_in_open_dialogs() -> bool:
    """Whether an open dialog holds input the user gave and has not saved.

    A form (a sparring topic, a 1:1 meeting, a passphrase change, a WHO-5 check-in) saves
    only with its Save button and is discarded when the journal locks: what was typed or
    picked in it is lost, so the lock must not say that everything typed was saved. Text
    typed in a line or editor counts; a dialog with an ``unsaved_input()`` method answers
    for everything else it holds (radio answers, a changed drop-down).
    """
    for window in QApplication.topLevelWidgets():
        if not isinstance(window, QDialog) or not window.isVisible():
            continue
        # A dialog that knows what it holds says so itself (answers clicked, a list picked).
        unsaved_input = getattr(window, "unsaved_input", None)
        if callable(unsaved_input) and unsaved_input():
            return True
        for field in window.findChildren(QLineEdit):
            if field.isModified() and field.text():
                return True
        for plain in window.findChildren(QPlainTextEdit):
            if not plain.isReadOnly() and plain.document().isModified():
                return True
        for rich in window.findChildren(QTextEdit):
            if not rich.isReadOnly() and rich.document().isModified():
                return True
    return False
