"""Issue #17, accessibility: what a screen reader is told, read through Qt's accessibility API.

Qt's accessibility interfaces (``QAccessible.queryAccessibleInterface``) are what its AT-SPI
bridge hands to Orca: the tree is walked from each window and dialog down, child by child,
as a screen reader does, and every control must have a name, a single choice must be a
radio button, a checkable control must say whether it is checked and a chart must say
its figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QDateEdit,
    QWidget,
)

from tests.ui.accessibility_support import demo_window, every_dialog, settle
from wellbeing_desktop.domain.models import Language, ShareLevel
from wellbeing_desktop.services.trends_data import TrendsRange
from wellbeing_desktop.ui.journal.journal_view import JournalView
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.today.today_view import TodayView
from wellbeing_desktop.ui.trends.charts.canvas import ChartView
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow

# The Today calendar pops up: offscreen cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

Role = QAccessible.Role
# What a user operates: each must be announced with a name.
CONTROLS = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.Slider,
    Role.SpinBox,
    Role.Dial,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.PageTab,
    Role.PageTabList,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Link,
}
VIEWS = {Role.List, Role.Table, Role.Tree}
# Focusable parts Qt names by their place in a control (a spin box's or combo box's edit).
PARTS = {Role.ScrollBar, Role.Window}


def _path(interface: QAccessibleInterface, trail: list[str]) -> str:
    target = interface.object()
    kind = type(target).__name__ if target is not None else "?"
    name = target.objectName() if target is not None else ""
    step = f"{kind}{'#' + name if name else ''}[{interface.role().name}]"
    return " > ".join([*trail, step])


def _proxied(target: QObject | None) -> bool:
    """A part that hands the focus to its control (a view's drawing surface)."""
    return isinstance(target, QWidget) and target.focusProxy() is not None


def _exclusive(button: QAbstractButton) -> bool:
    """One of a group of which only one can be checked (a single choice)."""
    group = button.group()
    return button.autoExclusive() or (group is not None and group.exclusive())


def offenders(root: QObject, *, hidden: bool = False) -> tuple[int, list[str]]:
    """(controls checked, what is wrong under ``root``) walking its accessible tree.

    Hidden parts are passed over (a screen reader does not show them) unless ``hidden``
    (a date field's pop-up calendar, walked before it pops up).
    """
    found: list[str] = []
    seen = 0
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None
    assert top.isValid()
    stack: list[tuple[QAccessibleInterface, list[str]]] = [(top, [])]
    while stack:
        interface, trail = stack.pop()
        state = interface.state()
        if state.invisible and not hidden:
            continue
        role = interface.role()
        path = _path(interface, trail)
        target = interface.object()
        if role in CONTROLS or (state.focusable and role not in PARTS and not _proxied(target)):
            seen += 1
            if not (interface.text(QAccessible.Text.Name) or "").strip():
                found.append(f"no name: {path}")
        if isinstance(target, ChartView) and not interface.text(QAccessible.Text.Description):
            found.append(f"a chart that does not say its figures: {path}")
        if isinstance(target, QAbstractButton) and target.isCheckable():
            if _exclusive(target) and role is not Role.RadioButton:
                found.append(f"a single choice not a radio button: {path}")
            if not state.checkable:
                found.append(f"checkable, not said so: {path}")
            if bool(state.checked) != target.isChecked():
                found.append(f"checked state wrong: {path}")
        elif role in (Role.CheckBox, Role.RadioButton) and not state.checkable:
            found.append(f"checkable, not said so: {path}")
        if role in VIEWS and isinstance(target, QAbstractItemView):
            continue  # its rows and cells: named by their data
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child is not None and child.isValid():
                stack.append((child, [*trail, path.rsplit(" > ", 1)[-1]]))
    return seen, found


def _calendars(root: QWidget) -> list[QCalendarWidget]:
    """The calendars a user can open under ``root``: shown ones and shown fields' pop-ups."""
    found = [c for c in root.findChildren(QCalendarWidget) if c.isVisible()]
    found += [e.calendarWidget() for e in root.findChildren(QDateEdit) if e.isVisible()]
    return list({id(c): c for c in found}.values())


def _walk_app(qtbot: QtBot, window: MainWindow, tasks: TaskRunner) -> tuple[int, list[str]]:
    """Every page and dialog, and every calendar of them (pop-ups unopened)."""
    seen, found = 0, []
    calendars = 0
    for page in Page:
        window.shell.show_page(page)
        settle(qtbot, tasks)
        view = window.shell.views[page]
        if isinstance(view, TrendsView):
            view.range_buttons[list(TrendsRange).index(TrendsRange.CUSTOM)].click()
            settle(qtbot, tasks)
            assert view.charts  # every chart, not only those in sight
            settle(qtbot, tasks)
        if isinstance(view, TodayView):
            view.signals.set_expanded(True)
            view.header.date_button.click()  # the pop-up calendar
            settle(qtbot, tasks)
            assert view.header.calendar.isVisible()
            found += [f"[TODAY] {w}" for w in offenders(view.header.calendar)[1]]
            calendars += 1
            view.header.calendar.hide()
        count, wrong = offenders(window)
        seen += count
        found += [f"[{page.name}] {w}" for w in wrong]
        for calendar in _calendars(view):
            calendars += 1
            found += [f"[{page.name}] {w}" for w in offenders(calendar, hidden=True)[1]]
    for dialog in every_dialog(window, tasks):
        settle(qtbot, tasks)
        count, wrong = offenders(dialog)
        seen += count
        found += [f"[{type(dialog).__name__}] {w}" for w in wrong]
        for calendar in _calendars(dialog):
            calendars += 1
            found += [f"[{type(dialog).__name__}] {w}" for w in offenders(calendar, hidden=True)[1]]
    assert calendars >= 8  # Today's, the Journal's, Trends' and the dialogs' date fields
    return seen, found


def test_the_accessible_tree_names_every_control_and_says_its_state(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    # Danish: the names in either language are test_accessibility's; the calendar's below.
    window = demo_window(qtbot, access, tasks, ui_settings, Language.DANISH)
    seen, found = _walk_app(qtbot, window, tasks)
    window.lock()
    assert seen > 200  # the walk really went through the app
    unique = sorted(set(found))
    assert not unique, f"{len(unique)} found:\n" + "\n".join(unique)


def _name(widget: QObject | None) -> str:
    """The name Qt tells a screen reader."""
    assert widget is not None
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def _heard(widget: QWidget) -> tuple[str, bool, bool]:
    """(role, checkable, checked) as Qt tells a screen reader."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    state = interface.state()
    return interface.role().name, bool(state.checkable), bool(state.checked)


def test_steps_energy_and_sharing_are_radio_buttons_that_say_which_is_chosen(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    today = unlocked_window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    stairs, energy, share = today.staircase, today.balance.energy, today.reflection.share
    assert [_heard(card) for card in stairs.cards] == [("RadioButton", True, False)] * 5

    stairs.setFocus()
    qtbot.keyClick(stairs, Qt.Key.Key_3)
    assert [_heard(card)[2] for card in stairs.cards] == [False, False, True, False, False]
    assert _heard(stairs.cards[2])[0] == "RadioButton"
    qtbot.keyClick(stairs, Qt.Key.Key_Right)
    assert [_heard(card)[2] for card in stairs.cards] == [False, False, False, True, False]
    qtbot.mouseClick(stairs.cards[3], Qt.MouseButton.LeftButton)  # a second click clears
    assert stairs.step() is None
    assert not any(_heard(card)[2] for card in stairs.cards)
    # A screen reader's "press" chooses the step, as a click does.
    interface = QAccessible.queryAccessibleInterface(stairs.cards[0])
    assert interface is not None
    assert interface.actionInterface() is not None
    interface.actionInterface().doAction(interface.actionInterface().pressAction())
    qtbot.waitUntil(lambda: stairs.step() == 1)  # Qt presses it for a moment
    assert _heard(stairs.cards[0])[2]

    energy.setFocus()
    qtbot.keyClick(energy, Qt.Key.Key_4)
    assert [_heard(b) for b in energy.buttons][3] == ("RadioButton", True, True)
    assert sum(_heard(b)[2] for b in energy.buttons) == 1
    qtbot.keyClick(energy, Qt.Key.Key_0)  # cleared: none checked
    assert energy.value() is None
    assert not any(_heard(b)[2] for b in energy.buttons)

    qtbot.mouseClick(share.button_for(ShareLevel.COACH), Qt.MouseButton.LeftButton)
    heard = {level: _heard(share.button_for(level)) for level in ShareLevel}
    assert {level: h[0] for level, h in heard.items()} == dict.fromkeys(ShareLevel, "RadioButton")
    assert [level for level, h in heard.items() if h[2]] == [ShareLevel.COACH]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.DANISH, ("Forrige måned", "Næste måned", "Måned: ", "År: ", "År", "Dage i ")),
        (
            Language.ENGLISH,
            ("Previous month", "Next month", "Month: ", "Year: ", "Year", "Days of "),
        ),
    ],
    ids=["da", "en"],
)
def test_the_journal_calendar_names_its_month_buttons_and_days(
    qtbot: QtBot, unlocked_window: MainWindow, language: Language, expected: tuple[str, ...]
) -> None:
    window = unlocked_window
    window.session.set_language(language)
    window.shell.show_page(Page.JOURNAL)
    journal = window.shell.views[Page.JOURNAL]
    assert isinstance(journal, JournalView)
    calendar = journal.calendar
    calendar.setCurrentPage(2026, 3)

    def names() -> tuple[str, ...]:
        parts = (
            "qt_calendar_prevmonth",
            "qt_calendar_nextmonth",
            "qt_calendar_monthbutton",
            "qt_calendar_yearbutton",
            "qt_calendar_yearedit",
            "qt_calendar_calendarview",
        )
        return tuple(_name(calendar.findChild(QWidget, part)) for part in parts)

    march = names()
    for name, start in zip(march, expected, strict=True):
        assert name.startswith(start), (name, start)
    assert march[2] == expected[2] + ("marts" if language is Language.DANISH else "March")
    assert march[3] == expected[3] + "2026"
    assert march[5].endswith("2026")
    assert "arts" in march[5] or "March" in march[5]
    qtbot.mouseClick(
        calendar.findChild(QWidget, "qt_calendar_nextmonth"), Qt.MouseButton.LeftButton
    )
    april = names()
    assert april[2] == expected[2] + ("april" if language is Language.DANISH else "April")
    assert april[5] != march[5]


def test_the_trends_range_is_a_radio_group_arrows_move_the_choice(
    qtbot: QtBot, unlocked_window: MainWindow, tasks: TaskRunner
) -> None:
    window = unlocked_window
    window.shell.show_page(Page.TRENDS)
    settle(qtbot, tasks)
    trends = window.shell.views[Page.TRENDS]
    assert isinstance(trends, TrendsView)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    buttons = trends.range_buttons
    buttons[0].click()
    buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    assert [_heard(b) for b in buttons[:2]] == [
        ("RadioButton", True, True),
        ("RadioButton", True, False),
    ]
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)  # the next range: focused and chosen
    assert QApplication.focusWidget() is buttons[1]
    assert [_heard(b)[2] for b in buttons] == [False, True, False, False, False]
    # One Tab stop per group: Tab leaves the range for the next control.
    qtbot.keyClick(buttons[1], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in buttons
    settle(qtbot, tasks)
