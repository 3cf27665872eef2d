"""How big the main window opens, and where: it fits the screen it opens on.

Pure geometry (no widget), so that tests can ask for any screen: the window's default
size comes from the screen's available area (what the taskbar and panels leave), a
restored saved geometry is moved and shrunk into it, and the window's minimum fits a
1024×600 screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

# The smallest the window may get: it fits a 1024×600 screen with a taskbar and a title
# bar (and 150 % scaling on 1366×768); the pages scroll below their own heights.
MINIMUM_SIZE = QSize(900, 480)
# Beyond this the window does not grow by default, however big the screen: lines of text
# get too long to read and the charts too wide to take in.
COMFORTABLE_SIZE = QSize(1440, 960)
# What a window manager adds around the window's content (a title bar, borders); the
# frame is not known before the window shows, so this is what a usual one takes.
FRAME = QMargins(8, 32, 8, 8)


def _room(available: QRect) -> QRect:
    """The area the window's content can take on a screen, its frame around it."""
    return available.marginsRemoved(FRAME)


def default_geometry(available: QRect) -> QRect:
    """The window's content rectangle on a screen with ``available`` area, first run.

    The whole available area (less the frame) on a laptop; on a large screen the
    comfortable size, centred. Never smaller than ``MINIMUM_SIZE`` unless the screen is.
    """
    room = _room(available)
    size = COMFORTABLE_SIZE.boundedTo(room.size()).expandedTo(MINIMUM_SIZE)
    size = size.boundedTo(room.size())
    rect = QRect(room.topLeft(), size)
    rect.moveCenter(room.center())
    return rect


def fit_geometry(rect: QRect, available: QRect) -> QRect:
    """A restored content rectangle ``rect`` shrunk and moved into ``available``.

    A saved size from a bigger screen (or a screen that is gone) must not open the
    window past the edges of this one.
    """
    room = _room(available)
    size = rect.size().boundedTo(room.size())
    x = min(max(rect.x(), room.left()), room.left() + room.width() - size.width())
    y = min(max(rect.y(), room.top()), room.top() + room.height() - size.height())
    return QRect(x, y, size.width(), size.height())
