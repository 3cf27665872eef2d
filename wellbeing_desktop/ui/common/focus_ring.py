"""The focus ring: the control that has keyboard focus, outlined in the accent colour.

Installed once per app (``style.apply_style``, or after the first window's first paint).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from shiboken6 import isValid

from wellbeing_desktop.ui.common.style import theme

RING_WIDTH = 2  # px: the focus ring's line
RING_GAP = 3  # px: how far outside the focused control the ring runs
_MOVES = {
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
}


class FocusRing(QWidget):
    """A ring in the accent colour around the control that has keyboard focus.

    One per window, drawn above everything and transparent to the mouse. It works for
    every control alike (Fusion's own focus hint is faint, and a ``:focus`` rule in the
    app's style sheet loses against a view's own sheet), and follows the control when
    the page scrolls or the window resizes.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()

    @staticmethod
    def install(app: QApplication) -> FocusTracker:
        """Show a ring around the focused control in every window of ``app`` (once)."""
        existing = app.findChild(FocusTracker)
        return existing if isinstance(existing, FocusTracker) else FocusTracker(app)

    @staticmethod
    def of(window: QWidget) -> FocusRing:
        ring = window.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if isinstance(ring, FocusRing) else FocusRing(window)

    def follow(self, target: QWidget | None) -> None:
        self._unwatch()
        self.target = target
        if target is not None:
            widget: QWidget | None = target
            while widget is not None and widget is not self.parentWidget():
                widget.installEventFilter(self)
                self._watched.append(widget)
                widget = widget.parentWidget()
        self.place()

    def place(self) -> None:
        """Put the ring around the visible part of the target (hidden when there is none)."""
        window = self.parentWidget()
        target = self.target
        if window is None or target is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        area = window.rect()
        clip = window.rect()
        widget = target.parentWidget()
        while widget is not None and widget is not window:
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            clip &= rect
            if isinstance(widget.parentWidget(), QAbstractScrollArea) and area == window.rect():
                area = rect  # the viewport of the nearest scrolling page
            widget = widget.parentWidget()
        visible = QRect(target.mapTo(window, QPoint(0, 0)), target.size()) & clip
        if visible.isEmpty():
            self.hide()
            return
        grow = RING_GAP + RING_WIDTH
        self.setGeometry(visible.adjusted(-grow, -grow, grow, grow) & area)
        self.show()
        self.raise_()
        self.update()

    def colour(self) -> QColor:
        return QColor(theme().focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOVES and watched is not self:
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour(), RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 6, 6)
        painter.end()

    def _unwatch(self) -> None:
        for widget in self._watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []


class FocusTracker(QObject):
    """Moves the focus ring of each window to the control that takes keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())  # the control focused before this

    def remove(self) -> None:
        """Stop drawing rings (tests restore a plain app with this)."""
        self._app.focusChanged.disconnect(self._focus_changed)
        for window in self._app.topLevelWidgets():
            for ring in window.findChildren(FocusRing):
                ring.follow(None)
                ring.deleteLater()
        self._ring = None
        self.setParent(None)  # gone from the app at once: ``install`` may start anew
        self.deleteLater()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self._ring
        if ring is not None and isValid(ring):
            ring.follow(None)
        self._ring = None
        if new is None or new.isWindow() or not isValid(new):
            return
        # Like a browser's :focus-visible: a click shows where it went by itself; the ring
        # is for focus that moves by keyboard (or by the app, e.g. after unlocking).
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        self._ring = FocusRing.of(new.window())
        self._ring.follow(new)
