"""Where the keyboard starts on Today: after unlock, first run and the reminder.

The first field that needs the user: the proposal's "Use the proposal" button when a
proposal shows, else the first empty time box (else the first time box); Today scrolled
to the top, so the day's start is what the user sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wellbeing_desktop.ui.today.today_view import TodayView


def first_field(view: TodayView) -> QWidget | None:
    """The widget the keyboard should start in on ``view`` (None: nothing loaded)."""
    if view.proposal.proposal is not None:
        return view.proposal.accept_button
    spins = list(view.time.spins.values())
    empty = [spin for spin in spins if spin.minutes() is None and not spin.text()]
    if empty:
        return empty[0]
    return spins[0] if spins else None


def focus_first_field(view: TodayView) -> None:
    """Put the keyboard in Today's first field that needs the user; scroll to the top."""
    view.page_scroll.verticalScrollBar().setValue(0)
    target = first_field(view)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        view.page_scroll.verticalScrollBar().setValue(0)
