"""The mouse wheel scrolls the page unless the control under it has the keyboard focus.

A spin box, slider or drop-down takes the wheel by default, even unfocused: scrolling a
page past a time box then changed (and saved) a figure the user never chose. Guarded
controls hand the wheel on to the page they sit in until the user focuses them (a click
or Tab); charts always hand it on (they do not zoom).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QAbstractSlider, QComboBox)


def pass_wheel_to_page(widget: QWidget, event: QWheelEvent) -> bool:
    """Send ``event`` to the scroll area around ``widget``; False if there is none.

    Handed on explicitly: Qt lets only the system's own wheel events travel up.
    """
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return False
    viewport = area.viewport()
    moved = QWheelEvent(
        viewport.mapFromGlobal(event.globalPosition()),
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(viewport, moved)
    return True


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and isinstance(event, QWheelEvent)
            and not _has_focus(watched)
        ):
            pass_wheel_to_page(watched, event)
            return True  # the control keeps its value
        return super().eventFilter(watched, event)


def _has_focus(control: QWidget) -> bool:
    """The control or its part (a spin box's line edit) has the keyboard focus."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is control or control.isAncestorOf(focus))


@functools.cache
def _guard() -> _WheelGuard:
    """The one filter every guarded control shares (made once the application runs)."""
    return _WheelGuard()


def guard_wheel(root: QWidget) -> None:
    """Guard every spin box, slider and drop-down in ``root`` (again after adding some)."""
    guard = _guard()
    for kind in GUARDED:
        for control in root.findChildren(kind):
            if isinstance(control, QScrollBar):
                # A list's or table's own scroll bar is what scrolls it: handing its wheel
                # to "the scroll area around it" (that list) sent it back here, for ever.
                continue
            control.removeEventFilter(guard)  # installed once, however often guarded
            control.installEventFilter(guard)
