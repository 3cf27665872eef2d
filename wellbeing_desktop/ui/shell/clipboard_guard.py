"""Journal text the user copied out of the app leaves the clipboard when the journal locks.

The app itself never puts journal text on the clipboard. The user may copy from an
editor (Ctrl+C, the context menu, or on X11 just by selecting, which fills the primary
selection). When the journal locks (or the app quits, which locks), whatever of that is
still on the clipboard is cleared, as KeePassXC does (security-notes S9): only if the
clipboard still holds what was copied here, so text copied since in another program is
left alone. The guard keeps a digest of what was copied, never the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication

if TYPE_CHECKING:
    from wellbeing_desktop.ui.shell.session import JournalSession

# Platforms whose clipboard knows whether this process set its content. Elsewhere
# (offscreen, minimal, VNC) a change made while the app has the focus counts as ours.
_OWNERSHIP_KNOWN = frozenset({"xcb", "wayland", "windows", "cocoa"})


def _digest(text: str) -> bytes:
    import hashlib  # on the first copy: OpenSSL is not needed to show the first window

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(self, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._copied: dict[QClipboard.Mode, bytes] = {}
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.changed.connect(self._changed)
        session.closed.connect(self.clear_copied)

    @property
    def holds_copy(self) -> bool:
        """True while something copied from the open journal may still be on the clipboard."""
        return bool(self._copied)

    def _modes(self) -> list[QClipboard.Mode]:
        modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        return modes

    def _set_here(self, mode: QClipboard.Mode) -> bool:
        if mode is QClipboard.Mode.Selection:
            owned = self._clipboard.ownsSelection()
        else:
            owned = self._clipboard.ownsClipboard()
        if owned or QGuiApplication.platformName() in _OWNERSHIP_KNOWN:
            return owned
        from PySide6.QtCore import Qt  # not at import: the first window does not need it

        return QGuiApplication.applicationState() is Qt.ApplicationState.ApplicationActive

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._modes():
            return
        text = self._clipboard.text(mode)
        if text and self._session.is_open and self._set_here(mode):
            self._copied[mode] = _digest(text)
        else:
            self._copied.pop(mode, None)

    def clear_copied(self) -> None:
        """Clear what was copied from the journal, where it is still on the clipboard."""
        copied, self._copied = self._copied, {}
        for mode, digest in copied.items():
            if _digest(self._clipboard.text(mode)) == digest:
                self._clipboard.clear(mode)
