"""The app's icon (window, task bar, tray): the SVG shipped in the package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_FILE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "leader-pulse.svg"


def app_icon() -> QIcon:
    return QIcon(str(ICON_FILE))
