"""A layout that places its items left to right and wraps them like words (Qt's example).

It can also *fold*: keep everything on one line, hide the items that do not fit and show
a "more" widget ("3 more") in their place, just before the last item (the "+" that adds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._more: QWidget | None = None
        self._folded = False
        # Told how many items the fold hides (0: none) and whether it is needed at all.
        self.on_fold: Callable[[int, bool], None] | None = None
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- folding ------------------------------------------------------------------------

    def set_more(self, more: QWidget) -> None:
        """``more`` (already added) shows how many items the fold hides; it sits before the last."""
        self._more = more

    def set_folded(self, folded: bool) -> None:
        if folded != self._folded:
            self._folded = folded
            self.invalidate()

    def folded(self) -> bool:
        return self._folded

    # --- QLayout ------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        flow, more, last = self._parts()
        if self._folded and more is not None and last is not None:
            tail = _hint(more).width() + self._spacing + _hint(last).width()
            height = max(_hint(more).height(), _hint(last).height())
            size = QSize(tail, height)
        else:
            for item in (*flow, *([last] if last else [])):
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing ------------------------------------------------------------------------

    def _parts(self) -> tuple[list[QLayoutItem], QLayoutItem | None, QLayoutItem | None]:
        """The flowing items, the "more" item (if any) and the last item (kept on line one)."""
        more = next((i for i in self._items if self._more and i.widget() is self._more), None)
        rest = [item for item in self._items if item is not more]
        if more is None or not rest:
            return rest, None, None
        return rest[:-1], more, rest[-1]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        flow, more, last = self._parts()
        if more is None or last is None:
            return self._wrap(area, rect, self._shown(self._items), apply=apply)
        widths = [_hint(item).width() for item in flow]
        one_line = sum(widths) + len(flow) * self._spacing + _hint(last).width()
        needed = one_line > area.width()
        shown = list(flow)
        if needed and self._folded:
            room = area.width() - _hint(more).width() - _hint(last).width()
            room -= 2 * self._spacing
            x, count = 0, 0
            for width in widths:
                if x + width > room:
                    break
                x += width + self._spacing
                count += 1
            shown = flow[:count]
        if apply:
            for item in flow:
                _set_visible(item, item in shown)
            _set_visible(more, needed)
            if self.on_fold is not None:
                self.on_fold(len(flow) - len(shown), needed)
        items = [*shown, *([more] if needed else []), last]
        return self._wrap(area, rect, items, apply=apply)

    def _shown(self, items: list[QLayoutItem]) -> list[QLayoutItem]:
        return [item for item in items if not item.isEmpty()]

    def _wrap(self, area: QRect, rect: QRect, items: list[QLayoutItem], *, apply: bool) -> int:
        x, y, line_height = area.x(), area.y(), 0
        for item in items:
            hint = _hint(item)
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + self.contentsMargins().bottom()


def _hint(item: QLayoutItem) -> QSize:
    """The item's size as shown, also while the fold hides it (Qt says 0×0 then)."""
    widget = item.widget()
    if widget is None:
        return item.sizeHint()
    hint = widget.sizeHint().expandedTo(widget.minimumSizeHint()).expandedTo(widget.minimumSize())
    return hint.boundedTo(widget.maximumSize())


def _set_visible(item: QLayoutItem, visible: bool) -> None:
    widget = item.widget()
    if widget is None:
        return
    parent = widget.parentWidget()
    if (widget.isVisibleTo(parent) if parent is not None else widget.isVisible()) != visible:
        widget.setVisible(visible)
