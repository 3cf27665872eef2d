"""Issue #8, accessibility: names for screen readers, the keyboard, focus, font size, contrast.

Every view and dialog is built over a half-year demo journal, as the screenshots are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QWidget,
)

from tests.ui.accessibility_support import (
    contrast,
    demo_window,
    describe,
    every_dialog,
    explicit_texts,
    interactive_widgets,
    leftovers,
    settle,
    unnamed,
)
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.common import style
from wellbeing_desktop.ui.common.focus_ring import RING_GAP, FocusRing
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.today.staircase import DARK_TEXT
from wellbeing_desktop.ui.today.today_view import TodayView
from wellbeing_desktop.ui.trends.charts.theme import DARK, LIGHT
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow

LANGUAGES = [Language.DANISH, Language.ENGLISH]


@pytest.fixture
def styled(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest):
    """The app's style and focus ring, as ``run_gui`` applies them; removed afterwards."""
    dark = bool(getattr(request, "param", False))
    monkeypatch.setattr(style, "is_dark", lambda: dark)
    before = qapp.styleSheet()
    style.apply_style(qapp)
    yield style.theme(dark)
    tracker = FocusRing.install(qapp)
    tracker.remove()
    qapp.setStyleSheet(before)


# --- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda x: x.value)
def test_every_control_has_a_name_in_the_language_shown(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    ui_settings: QSettings,
    language: Language,
) -> None:
    window = demo_window(qtbot, access, tasks, ui_settings, language)
    checked = len(interactive_widgets(window))
    missing = unnamed(window)
    wrong = leftovers(window, language)
    for dialog in every_dialog(window, tasks):
        settle(qtbot, tasks)
        checked += len(interactive_widgets(dialog))
        missing += [f"[{type(dialog).__name__}] {w}" for w in unnamed(dialog)]
        wrong += [f"[{type(dialog).__name__}] {w}" for w in leftovers(dialog, language)]
    window.lock()
    assert checked > 150  # the walk really saw the app
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)
    assert not wrong, f"names not in {language.value}:\n" + "\n".join(wrong)


def test_names_follow_a_language_switch(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    ui_settings: QSettings,
) -> None:
    window = demo_window(qtbot, access, tasks, ui_settings, Language.DANISH)
    shell = window.shell
    assert (shell.sidebar.accessibleName(), shell.lock_button.accessibleName()) == (
        "Navigation",
        "Lås",
    )
    danish = explicit_texts(window)
    window.session.set_language(Language.ENGLISH)
    settle(qtbot, tasks)
    assert shell.lock_button.accessibleName() == "Lock"
    assert not leftovers(window, Language.ENGLISH)
    assert explicit_texts(window) != danish
    window.session.set_language(Language.DANISH)
    settle(qtbot, tasks)
    assert shell.lock_button.accessibleName() == "Lås"
    assert not leftovers(window, Language.DANISH)
    window.lock()


# --- the keyboard ----------------------------------------------------------------------------


def _tab_chain(qtbot: QtBot, first: QWidget, limit: int = 400) -> list[QWidget]:
    """Focus ``first``, then press Tab until the focus comes back round to it."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    chain = [first]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is first or after is None or after in chain:
            break
        chain.append(after)
    return chain


def _place(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def _out_of_order(before: QRect, after: QRect) -> bool:
    """Reading order: down the page, left to right in a row, or on to the next column."""
    tolerance = 4
    if after.top() >= before.bottom() - tolerance:  # the next row
        return False
    if after.bottom() <= before.top() + tolerance:  # higher up: only as the next column
        return after.left() < before.right() - tolerance
    return after.left() < before.left() - tolerance  # the same row: to the right


def test_tab_reaches_every_control_of_today_in_reading_order(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    ui_settings: QSettings,
) -> None:
    window = demo_window(qtbot, access, tasks, ui_settings, Language.ENGLISH)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    # Yesterday, signals open: every control of the page is there (next day, back to today).
    today.header.previous.click()
    today.signals.set_expanded(True)
    settle(qtbot, tasks)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    today.page_scroll.verticalScrollBar().setValue(0)
    controls = [
        w
        for w in interactive_widgets(today)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    places = {w: _place(w, today.content) for w in controls if today.content.isAncestorOf(w)}
    places.update({w: _place(w, today) for w in controls if w not in places})
    # Four spins, steps, the signal filter, chips, energy, reflection: one stop per group
    # (the 30-odd signal boxes and the choice buttons are no Tab stops, issue #15).
    assert len(controls) > 20

    chain = _tab_chain(qtbot, today.header.previous)

    missing = [describe(w) for w in controls if w not in chain]
    assert not missing, "Tab never reaches:\n" + "\n".join(missing)
    on_today = [w for w in chain if today.isAncestorOf(w)]
    assert on_today == chain[: len(on_today)], "Tab leaves Today and comes back"
    # The page first (header, then the column), then the sidebar and Lock.
    header_part = [w for w in on_today if today.header.isAncestorOf(w)]
    assert on_today[: len(header_part)] == header_part
    body = on_today[len(header_part) :]
    jumps = [
        f"{describe(a)}\n  -> {describe(b)}"
        for a, b in zip(body, body[1:], strict=False)
        if _out_of_order(places[a], places[b])
    ]
    jumps += [
        f"{describe(a)}\n  -> {describe(b)}"
        for a, b in zip(header_part, header_part[1:], strict=False)
        if _out_of_order(places[a], places[b])
    ]
    assert not jumps, "Tab jumps back up the page:\n" + "\n".join(jumps)
    rest = chain[len(on_today) :]
    assert window.shell.sidebar in rest
    assert window.shell.lock_button in rest
    window.lock()


@pytest.mark.parametrize("styled", [False, True], ids=["light", "dark"], indirect=True)
def test_focus_is_always_visible(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    ui_settings: QSettings,
    styled: style.Theme,
) -> None:
    window = demo_window(qtbot, access, tasks, ui_settings, Language.DANISH)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    ring_colour = QColor(styled.focus)
    assert contrast(styled.focus, styled.card) >= 3.0
    assert contrast(styled.focus, styled.background) >= 3.0
    assert contrast(styled.focus, styled.sidebar) >= 3.0
    targets: list[QWidget] = [
        window.shell.sidebar,
        window.shell.lock_button,
        today.header.date_button,
        next(iter(today.time.spins.values())),
        today.staircase,
        today.signals.toggle,
        today.balance.demands.slider,
        today.balance.demand_items.add_button,
        today.balance.energy,
        today.reflection.editor,
        today.reflection.tags,
        today.reflection.share,
    ]
    for target in targets:
        if today.content.isAncestorOf(target):
            today.page_scroll.ensureWidgetVisible(target)  # as Tab does
        target.setFocus(Qt.FocusReason.TabFocusReason)

        def has_focus(target: QWidget = target) -> bool:
            return QApplication.focusWidget() is target

        qtbot.waitUntil(has_focus)
        settle(qtbot, tasks)
        ring = FocusRing.of(window)
        assert ring.isVisible(), describe(target)
        assert ring.target is target, describe(target)
        shown = _place(target, window) & _place(today.page_scroll.viewport(), window)
        if not today.isAncestorOf(target) or today.header.isAncestorOf(target):
            shown = _place(target, window)
        assert ring.geometry().contains(shown), describe(target)
        # The ring is really drawn: its line shows the focus colour on each side.
        image = window.grab().toImage()
        box = ring.geometry()
        middle = box.center()
        edge = 1  # inside the 2 px line
        for x, y in (
            (middle.x(), box.top() + edge),
            (middle.x(), box.bottom() - edge),
            (box.left() + edge, middle.y()),
            (box.right() - edge, middle.y()),
        ):
            ratio = image.devicePixelRatio()
            pixel = image.pixelColor(round(x * ratio), round(y * ratio))
            assert _close(pixel, ring_colour), (describe(target), x, y, pixel.name())
        assert box.top() <= shown.top() - RING_GAP or box.top() == 0 or shown.top() <= 0
    # No control with focus: no ring.
    focused = QApplication.focusWidget()
    assert focused is not None
    focused.clearFocus()
    settle(qtbot, tasks)
    assert not FocusRing.of(window).isVisible()
    window.lock()


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in pairs)


# --- text size -------------------------------------------------------------------------------


@pytest.fixture
def larger_font(qapp: QApplication) -> Iterator[float]:
    before = QFont(qapp.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield before.pointSizeF()
    qapp.setFont(before)


def _clipped_labels(root: QWidget) -> list[str]:
    clipped = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.objectName().startswith("qt_"):
            continue
        if label.wordWrap() and label.hasHeightForWidth():
            need = label.heightForWidth(label.width())
            if label.height() + 1 < need:
                clipped.append(f"{describe(label)}: {label.height()} < {need}")
        elif label.width() + 1 < label.minimumSizeHint().width():
            clipped.append(f"{describe(label)}: {label.width()} wide")
    return clipped


def test_text_grows_with_the_system_font_and_still_fits(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    ui_settings: QSettings,
    styled: style.Theme,
    larger_font: float,
) -> None:
    window = demo_window(qtbot, access, tasks, ui_settings, Language.DANISH)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    today.signals.set_expanded(True)
    settle(qtbot, tasks)
    normal = larger_font
    grown = {
        "body text": today.credit.font().pointSizeF() / 0.9,
        "date": today.header.date_button.font().pointSizeF() / 1.5,
        "card title": today.stairs.title.font().pointSizeF(),
        "step number": today.staircase.cards[0].number.font().pointSizeF() / 1.5,
        "signal": next(iter(today.signals.checks.values())).label.font().pointSizeF(),
        "reflection": today.reflection.editor.font().pointSizeF(),
        "app name": window.shell.brand.font().pointSizeF() / style.PAGE_TITLE_SCALE,
    }
    small = {name: size for name, size in grown.items() if size < normal * 1.45}
    assert not small, f"text that kept its size (normal {normal} pt): {small}"
    clipped = _clipped_labels(today) + _clipped_labels(window.shell)
    assert not clipped, "labels cut off at 1.5× text:\n" + "\n".join(clipped)
    assert window.width() <= 1120 + 1  # still fits the window it had, scrolling down only
    assert not today.page_scroll.horizontalScrollBar().isVisible()
    window.lock()


def test_the_app_follows_a_font_change_while_it_runs(
    qapp: QApplication,
    styled: style.Theme,
    larger_font: float,
) -> None:
    title = QLabel("Leader Pulse")
    title.setObjectName("pageTitle")
    title.ensurePolished()
    size = title.font().pointSizeF()
    assert size == pytest.approx(larger_font * 1.5 * style.PAGE_TITLE_SCALE, abs=0.11)
    sizes = [line for line in style.stylesheet(False).splitlines() if "font-size" in line]
    assert sizes
    assert not [line for line in sizes if "px" in line]
    title.deleteLater()


# --- contrast --------------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_colours_meet_wcag_aa(dark: bool) -> None:
    t = style.theme(dark)
    chart = DARK if dark else LIGHT
    text_pairs = {  # normal text: 4.5:1
        "text on page": (t.text, t.background),
        "text on card": (t.text, t.card),
        "text in sidebar": (t.text, t.sidebar),
        "text on banner": (t.text, t.banner),
        "muted on page": (t.muted, t.background),
        "muted on card": (t.muted, t.card),
        "muted in sidebar": (t.muted, t.sidebar),
        "warning on page": (t.warning, t.background),
        "warning on card": (t.warning, t.card),
        "warning on banner": (t.warning, t.banner),
        "button text on accent": (t.on_accent, t.accent),
        "chosen page in sidebar": (t.on_accent, t.accent),
        "chart text": (chart.text, chart.background),
        "chart axis words": (chart.muted, chart.background),
        **{
            f"text on chosen step {step}": (DARK_TEXT, colour)
            for step, colour in style.STEP_COLOURS.items()
        },
    }
    large_pairs = {  # headings and the large score: 3:1
        "WHO-5 score": (t.accent_text, t.card),
        "accent words on a card": (t.accent_text, t.card),
        "page title": (t.text, t.background),
    }
    component_pairs = {  # borders, focus: 3:1
        "focus ring on card": (t.focus, t.card),
        "focus ring on page": (t.focus, t.background),
        "focus ring in sidebar": (t.focus, t.sidebar),
        "focus inside a primary button": (t.on_accent, t.accent),
    }
    failing = [
        f"{name}: {contrast(a, b):.2f} < {need}"
        for pairs, need in ((text_pairs, 4.5), (large_pairs, 3.0), (component_pairs, 3.0))
        for name, (a, b) in pairs.items()
        if contrast(a, b) < need
    ]
    assert not failing, "\n".join(failing)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


# --- charts ------------------------------------------------------------------------------------


def test_every_chart_has_a_table_the_keyboard_reaches(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    ui_settings: QSettings,
) -> None:
    window: MainWindow = demo_window(qtbot, access, tasks, ui_settings, Language.DANISH)
    window.shell.show_page(Page.TRENDS)
    trends = window.shell.views[Page.TRENDS]
    assert isinstance(trends, TrendsView)
    settle(qtbot, tasks)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    trends.table_toggle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(trends.table_toggle, Qt.Key.Key_Space)
    settle(qtbot, tasks)
    assert trends.table_toggle.isChecked()
    assert len(trends.charts) == 6
    chain = _tab_chain(qtbot, trends.table_toggle)
    for chart in trends.charts:
        table = chart.table
        assert isinstance(table, QAbstractItemView)
        assert table.isVisible(), chart.key
        assert not chart.graphics.isVisible(), chart.key
        assert table.model().rowCount() > 0, chart.key
        assert table.model().columnCount() > 1, chart.key
        assert table in chain, f"Tab never reaches the table of {chart.key}"
        assert table.accessibleName().strip(), chart.key
    window.lock()


def test_the_focus_ring_keeps_off_the_mouse_and_the_tab_order() -> None:
    ring_widget = QWidget()
    ring = FocusRing.of(ring_widget)
    assert ring.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert ring.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert FocusRing.of(ring_widget) is ring  # one per window
    ring_widget.deleteLater()


def test_no_view_fixes_text_in_pixels_or_an_unreadable_amber() -> None:
    """Sizes in pixels would not follow the system font; the old amber failed AA."""
    import re
    from pathlib import Path

    import wellbeing_desktop.ui as ui_package

    pixel_font = re.compile(r"setPixelSize|font-size:\s*\d+(\.\d+)?px|font:[^;]*\d+px")
    found = []
    for source in Path(ui_package.__file__).parent.rglob("*.py"):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if pixel_font.search(line) or "#b7791f" in line.lower():
                found.append(f"{source.name}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("styled", [True], ids=["dark"], indirect=True)
def test_in_the_dark_no_control_writes_in_the_dark_accent(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    ui_settings: QSettings,
    styled: style.Theme,
) -> None:
    """The accent is readable as text on a dark card.

    The accent fills buttons in both schemes; as text on a dark card it would be too
    faint (2.6:1), so the views use the scheme's readable accent there.
    """
    import re

    window = demo_window(qtbot, access, tasks, ui_settings, Language.DANISH)
    text_colour = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")
    faint = []
    for widget in [window, *window.findChildren(QWidget)]:
        for match in text_colour.finditer(widget.styleSheet()):
            colour = match.group(1)
            if colour.lower() == style.ACCENT and contrast(colour, styled.card) < 3.0:
                faint.append(describe(widget))
    window.lock()
    assert contrast(styled.accent_text, styled.card) >= 4.5
    assert not faint, "\n".join(sorted(set(faint)))


def test_a_click_draws_no_focus_ring_but_tab_does(
    styled: object, unlocked_window: MainWindow, qtbot: QtBot
) -> None:
    """Focus that a click moves shows where it went by itself; keyboard focus gets the ring."""
    today = unlocked_window.shell.views[Page.TODAY]
    field = next(f for f in today.findChildren(QAbstractSpinBox) if f.isVisible())
    unlocked_window.activateWindow()
    qtbot.waitUntil(unlocked_window.isActiveWindow)
    field.clearFocus()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    ring = FocusRing.of(unlocked_window)
    assert not ring.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not field.hasFocus())
    assert ring.isVisible()
    assert ring.target is QApplication.focusWidget()


def test_ctrl_and_a_digit_opens_each_page_from_anywhere(
    unlocked_window: MainWindow, qtbot: QtBot
) -> None:
    shell = unlocked_window.shell
    unlocked_window.activateWindow()
    qtbot.waitUntil(unlocked_window.isActiveWindow)
    for page in (Page.TRENDS, Page.JOURNAL, Page.SETTINGS, Page.TODAY):
        typing_in = QApplication.focusWidget() or shell
        qtbot.keyClick(
            typing_in, Qt.Key(Qt.Key.Key_1.value + page.value), Qt.KeyboardModifier.ControlModifier
        )

        def shown(page: Page = page) -> bool:
            return shell.current_page() is page

        qtbot.waitUntil(shown)
