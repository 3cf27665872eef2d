"""The app's icon (window, task bar, tray), from the compiled resources."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from wellbeing_desktop.ui.common import resources


def app_icon() -> QIcon:
    resources.register()
    return QIcon(resources.APP_ICON)
