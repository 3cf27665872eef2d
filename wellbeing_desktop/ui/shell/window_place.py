"""Where the main window opens: its saved size and place, kept inside this screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication

from wellbeing_desktop.ui.shell.window_size import default_geometry, fit_geometry

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def restore_geometry(window: QWidget, saved: object) -> None:
    """The saved size and place (``saved``), kept inside this screen; else one that fits it."""
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        if not (window.isMaximized() or window.isFullScreen()):
            restored = window.geometry()
            window.setGeometry(fit_geometry(restored, _available_area(window, restored)))
        return
    window.setGeometry(default_geometry(_available_area(window, None)))


def _available_area(window: QWidget, rect: QRect | None) -> QRect:
    """The available area of the screen ``rect`` is on (else the window's own)."""
    screen = QGuiApplication.screenAt(rect.center()) if rect is not None else None
    if screen is None:
        screen = window.screen()  # the window's screen (the primary one before it shows)
    return screen.availableGeometry()
