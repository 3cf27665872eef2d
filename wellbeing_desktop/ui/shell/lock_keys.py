"""Ctrl+L locks from the app's dialogs too, as it does from the window.

The shell's Ctrl+L is a window shortcut: while a dialog of the app is open (the group
picture, the coach summary, WHO-5, start a round…) the dialog is the active window and the
shortcut never fires. This filter sees Ctrl+L typed in such a dialog and asks for the same
lock; the lock then closes the dialogs as an auto-lock does (each one drops what it shows
on ``JournalSession.closed``). A file dialog keeps its keys (some file choosers use Ctrl+L
for typing a location).

Why not Qt's own ``Qt.ApplicationShortcut`` on the shell's shortcut: a modal dialog blocks
it (Qt matches an application shortcut only where no modal window is in the way), and
every dialog here is modal. The filter returns at its first test for any other event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

LOCK_KEYS = QKeySequence("Ctrl+L")


class DialogLockKeys(QObject):
    """Watches the app's key presses for Ctrl+L in a dialog over ``window``.

    ``unlocked`` says whether a journal is open (locked, Ctrl+L is left to the dialog).

    Signals:
    lock_requested(): Ctrl+L was typed in one of ``window``'s dialogs.
    """

    lock_requested = Signal()

    def __init__(self, window: QWidget, unlocked: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._unlocked = unlocked
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or QKeySequence(event.keyCombination()) != LOCK_KEYS
            or not isinstance(watched, QWidget)
            or not self._unlocked()
        ):
            return False
        dialog = watched.window()
        if not self._is_own_dialog(dialog):
            return False
        self.lock_requested.emit()
        return True

    def _is_own_dialog(self, window: QWidget) -> bool:
        """Whether ``window`` is a dialog (not a file dialog) opened over the app's window."""
        if not isinstance(window, QDialog) or isinstance(window, QFileDialog):
            return False
        parent = window.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False
