"""This computer's desktop preferences: close to the tray (and lock), start at login.

They belong to the computer, not to the journal, so they live in ``QSettings`` (the
window's settings file) and in the XDG autostart folder; neither holds journal content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:
    from pathlib import Path

CLOSE_TO_TRAY_KEY = "ui/close_to_tray"
LOCK_ON_CLOSE_KEY = "ui/lock_on_close"


def system_tray_available() -> bool:
    """Whether this desktop shows tray icons (the offscreen test platform says no)."""
    from PySide6.QtWidgets import QSystemTrayIcon  # asked after the first paint

    return QSystemTrayIcon.isSystemTrayAvailable()


class DesktopPreferences(QObject):
    """This computer's tray and login preferences.

    Signals:
    close_to_tray_changed(bool): the user turned "keep running in the tray" on or off.
    lock_on_close_changed(bool): the user turned "lock when the window closes" on or off.
    """

    close_to_tray_changed = Signal(bool)
    lock_on_close_changed = Signal(bool)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    # --- close to tray -------------------------------------------------------------------

    def tray_available(self) -> bool:
        return system_tray_available()

    @property
    def close_to_tray(self) -> bool:
        """The user's choice (off until chosen); it applies only where there is a tray."""
        return bool(self.settings.value(CLOSE_TO_TRAY_KEY, False, type=bool))

    def set_close_to_tray(self, on: bool) -> None:
        if on != self.close_to_tray:
            self.settings.setValue(CLOSE_TO_TRAY_KEY, on)
            self.settings.sync()
            self.close_to_tray_changed.emit(on)

    @property
    def lock_on_close(self) -> bool:
        """Whether closing the window to the tray locks the journal (on until turned off)."""
        return bool(self.settings.value(LOCK_ON_CLOSE_KEY, True, type=bool))

    def set_lock_on_close(self, on: bool) -> None:
        if on != self.lock_on_close:
            self.settings.setValue(LOCK_ON_CLOSE_KEY, on)
            self.settings.sync()
            self.lock_on_close_changed.emit(on)

    # --- start at login ------------------------------------------------------------------

    # ``autostart`` is imported when first used (in Settings), not at start.

    def autostart_supported(self) -> bool:
        from wellbeing_desktop import autostart

        return autostart.supported()

    def autostart_enabled(self) -> bool:
        from wellbeing_desktop import autostart

        return autostart.supported() and autostart.is_enabled()

    def set_autostart(self, on: bool, data_dir: Path | None = None) -> None:
        """Write or remove the autostart entry.

        Write or remove the autostart entry, which starts the app on the journal in
        ``data_dir``; ``AutostartError`` says what failed.
        """
        from wellbeing_desktop import autostart

        if on:
            autostart.enable(data_dir)
        else:
            autostart.disable()
