"""Buttons of which only one can be chosen, announced as radio buttons.

Qt's accessibility (what its AT-SPI bridge hands a screen reader) calls a checkable
button a radio button only when it is auto-exclusive; otherwise a check box, which
promises a choice of several. A button in a ``QButtonGroup`` still follows the group
(its exclusivity, the arrow keys between its buttons); auto-exclusive only names it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtWidgets import QAbstractButton


def single_choice(buttons: Iterable[QAbstractButton]) -> None:
    """Announce ``buttons`` as one single choice: radio buttons, checked or not."""
    for button in buttons:
        button.setCheckable(True)
        button.setAutoExclusive(True)


def check_only(buttons: Iterable[QAbstractButton], chosen: QAbstractButton | None) -> None:
    """Check ``chosen`` and no other button; with None, none at all.

    An auto-exclusive button outside a group cannot be unchecked by itself: it is let go
    for a moment (a choice that may be cleared, such as energy or the staircase).
    """
    for button in buttons:
        if button is not chosen and button.isChecked():
            exclusive = button.autoExclusive()
            button.setAutoExclusive(False)
            button.setChecked(False)
            button.setAutoExclusive(exclusive)
    if chosen is not None:
        chosen.setChecked(True)
