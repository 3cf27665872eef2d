"""Issue #15: Today (and 1:1) never wider than the page; the core form fits with banners.

The real main window over a real journal: at the window's least width (900 px) with the
longest items chosen, in Danish and English, no page is wider than its scroll area (which
never scrolls sideways, so anything wider would be cut off); at 1366×728 with the WHO-5
offer, a proposal and 8 + 8 items the core form is in sight, the items folded to one
line.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSize

from tests.ui.test_today_ritual import LAPTOP, TODAY, in_viewport, open_today
from wellbeing_desktop.domain.models import CatalogueKind, Language
from wellbeing_desktop.services.today import Suggestions
from wellbeing_desktop.ui.shell.app_shell import Page

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow
    from wellbeing_desktop.ui.today.today_view import TodayView

NARROW = QSize(900, 600)  # the window's least width


def choose_longest_items(window: MainWindow, today: TodayView, count: int) -> None:
    """Show ``count`` demands and resources, the longest labels first (only shown)."""
    journal, language = window.session.journal, window.session.language

    def longest(kind: CatalogueKind) -> tuple[str, ...]:
        items = sorted(journal.catalogue(kind), key=lambda item: -len(item.label(language)))
        return tuple(item.key for item in items[:count])

    today.balance.load(
        demands=7,
        resources=3,
        demand_items=longest(CatalogueKind.DEMAND),
        resource_items=longest(CatalogueKind.RESOURCE),
        energy=2,
    )


def overflow(today: TodayView) -> int:
    """How many px the page is wider than what it shows (0: nothing cut off)."""
    return today.content.minimumSizeHint().width() - today.page_scroll.viewport().width()


@pytest.mark.parametrize("language", [Language.DANISH, Language.ENGLISH])
def test_no_page_is_wider_than_the_window_at_its_least_width(
    language: Language,
    make_window: Callable[[], MainWindow],
    access: JournalAccess,
    qtbot: QtBot,
    tasks: TaskRunner,
) -> None:
    window, today = open_today(make_window, access, qtbot, tasks, last_day=TODAY)
    window.session.set_language(language)
    choose_longest_items(window, today, 8)
    today.balance.demand_items.toggle_fold()  # all shown: the longest chip has its room
    qtbot.waitUntil(lambda: not today.balance.demand_items.folded())
    assert today.balance.side_by_side()  # roomy: demands beside resources
    assert today.time.columns() == 2

    window.resize(NARROW)
    qtbot.waitUntil(lambda: today.page_scroll.viewport().width() < 720)
    assert overflow(today) <= 0
    assert today.page_scroll.horizontalScrollBar().maximum() == 0
    assert today.time.columns() == 1  # one column of time rows, demands over resources
    assert not today.balance.side_by_side()
    for widget in (today.proposal, today.time, today.balance, today.reflection):
        right = widget.mapTo(today.page_scroll.viewport(), widget.rect().topRight()).x()
        assert right < today.page_scroll.viewport().width(), widget

    # The 1:1 page fits the same window.
    window.shell.show_page(Page.ONE_ON_ONE)
    view = window.shell.views[Page.ONE_ON_ONE]
    qtbot.waitUntil(view.isVisible)
    scroll = view.page_scroll  # type: ignore[attr-defined]
    content = view.content  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: content.minimumSizeHint().width() <= scroll.viewport().width())
    assert scroll.horizontalScrollBar().maximum() == 0

    # Back to a laptop's width, both come back side by side.
    window.shell.show_page(Page.TODAY)
    window.resize(LAPTOP)
    qtbot.waitUntil(today.balance.side_by_side)
    assert today.time.columns() == 2
    assert overflow(today) <= 0
    window.lock()


def test_the_core_form_fits_with_the_who5_offer_a_proposal_and_16_items(
    make_window: Callable[[], MainWindow], access: JournalAccess, qtbot: QtBot, tasks: TaskRunner
) -> None:
    yesterday = TODAY - timedelta(days=1)
    window, today = open_today(make_window, access, qtbot, tasks, last_day=yesterday)
    assert today.proposal.isVisible()  # a day with no time yet
    today.banners.show_suggestions(Suggestions(who5_due=True, who5_first=True))
    choose_longest_items(window, today, 8)
    qtbot.waitUntil(lambda: today.balance.demand_items.more_button.isVisible())
    assert today.banners.who5.isVisible()

    editor = today.reflection.editor
    margins = editor.contentsMargins().top() + int(editor.document().documentMargin())
    first_lines = margins + 2 * editor.fontMetrics().lineSpacing()
    core = {
        **{f"time {key}": (spin, None) for key, spin in today.time.spins.items()},
        "staircase": (today.staircase, None),
        "demands": (today.balance.demands.slider, None),
        "resources": (today.balance.resources.slider, None),
        "energy": (today.balance.energy, None),
        "reflection, first lines": (editor, first_lines),
        "WHO-5 offer": (today.banners.who5_button, None),
        "proposal": (today.proposal.accept_button, None),
    }
    outside = [name for name, (w, height) in core.items() if not in_viewport(today, w, height)]
    assert outside == [], f"out of sight at 1366×728: {outside}"

    # The items keep to one line per side; "N mere" says how many more and shows them all.
    for chips in (today.balance.demand_items, today.balance.resource_items):
        shown = [chip for chip in chips.chips if chip.isVisible()]
        assert 0 < len(shown) < 8
        assert len({chip.y() for chip in shown}) == 1  # one line
        assert chips.more_button.text() == f"{8 - len(shown)} mere"
        assert chips.add_button.y() == shown[0].y()
    demands = today.balance.demand_items
    demands.more_button.click()
    qtbot.waitUntil(lambda: all(chip.isVisible() for chip in demands.chips))
    assert demands.more_button.text() == "Færre"
    assert len({chip.y() for chip in demands.chips}) > 1  # they wrap now
    demands.more_button.click()
    qtbot.waitUntil(lambda: not demands.chips[-1].isVisible())
    # An item added while folded is seen: adding unfolds.
    journal = window.session.journal
    new = next(
        item.key
        for item in journal.catalogue(CatalogueKind.DEMAND)
        if item.key not in demands.picked()
    )
    demands.picker.picked.emit(new)  # as Enter in the picker's search line does
    qtbot.waitUntil(lambda: demands.chips[-1].isVisible())
    assert not demands.folded()
    assert len(demands.chips) == 9
    demands.set_picked(demands.picked())  # as when a day is loaded: folded again
    qtbot.waitUntil(lambda: not demands.chips[-1].isVisible())
    assert demands.folded()
    window.lock()
