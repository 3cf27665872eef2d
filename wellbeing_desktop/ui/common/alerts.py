"""A banner that screen readers announce: the signpost to talk to someone.

Qt widgets have no alert role of their own, so an accessibility factory gives every
``AlertBanner`` the ``AlertMessage`` role (named by its text), and the banner posts an
``Alert`` event each time it appears with new words: a screen reader reads it out
without the user having to find it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAccessibleWidget

from wellbeing_desktop.ui.common.widgets import Banner

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessibleInterface
    from PySide6.QtWidgets import QWidget

_installed = False


def _alert_factory(_key: str, widget: QObject) -> QAccessibleInterface | None:
    if isinstance(widget, AlertBanner):
        return QAccessibleWidget(widget, QAccessible.Role.AlertMessage)
    return None


def install_alert_role() -> None:
    """Give ``AlertBanner`` its accessible role (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_alert_factory)
        _installed = True


class AlertBanner(Banner):
    """A ``Banner`` with the alert role, announced when it appears with new words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        install_alert_role()
        super().__init__(parent)
        self.alerts = 0  # alerts posted (for tests)

    def show_text(self, text: str) -> None:
        announce = bool(text) and (text != self.text.text() or self.isHidden())
        self.setAccessibleName(text)
        super().show_text(text)
        if announce:
            self.alerts += 1
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
