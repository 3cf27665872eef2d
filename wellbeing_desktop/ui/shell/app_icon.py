"""The app's icon (window, task bar, tray), from the compiled resources."""

from __future__ import annotations

from PySide6.QtCore import QFile, QSize
from PySide6.QtGui import QIcon

from wellbeing_desktop.ui.common import resources


def app_icon() -> QIcon:
    """The icon from its PNG sizes (Qt picks the nearest), or the SVG if they are missing."""
    resources.register()
    icon = QIcon()
    for size in resources.APP_ICON_SIZES:
        path = resources.APP_ICON_PNG.format(size=size)
        if QFile.exists(path):
            icon.addFile(path, QSize(size, size))
    return icon if not icon.isNull() else QIcon(resources.APP_ICON)
