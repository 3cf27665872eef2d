"""Helpers of the accessibility tests: build every view and dialog, walk their widgets."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from tests.conftest import PASSPHRASE
from tests.ui.language_walk import Catalogue
from wellbeing_desktop.app import build_main_window
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.ui.coach.coach_dialog import CoachSummaryDialog
from wellbeing_desktop.ui.export_log.export_log_view import ExportLogDialog
from wellbeing_desktop.ui.leader_group.round_dialog import StartRoundDialog
from wellbeing_desktop.ui.one_on_one.one_on_one_form import MeetingDialog
from wellbeing_desktop.ui.settings.settings_passphrase_dialog import ChangePassphraseDialog
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.main_window import LANGUAGE_KEY, MainWindow
from wellbeing_desktop.ui.shell.recovery_key_dialog import RecoveryKeyDialog
from wellbeing_desktop.ui.sparring.sparring_form import SparringTopicDialog
from wellbeing_desktop.ui.today.who5_dialog import Who5Dialog
from wellbeing_desktop.ui.transfer.import_dialog import ImportDialog

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.common.tasks import TaskRunner

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSlider,
)
RECOVERY_CODE = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX"


def settle(qtbot: QtBot, tasks: TaskRunner) -> None:
    """Let background loads (views, insights) arrive."""
    for _ in range(4):
        QApplication.processEvents()
        tasks.wait()
    QApplication.processEvents()
    qtbot.wait(1)


def demo_window(
    qtbot: QtBot,
    access: JournalAccess,
    tasks: TaskRunner,
    settings: QSettings,
    language: Language,
) -> MainWindow:
    """The unlocked main window over a half-year demo journal, every page visited once."""
    journal, _code = access.create(PASSPHRASE)
    demo = generate_demo(days=180, seed=7, end=journal.today())
    journal.import_content(
        dataclasses.replace(demo, settings=dataclasses.replace(demo.settings, language=language))
    )
    journal.close()
    settings.setValue(LANGUAGE_KEY, language.value)
    window = build_main_window(access, tasks, settings)
    qtbot.addWidget(window)
    assert window.welcome is not None  # the first-run view: built when asked for
    window.resize(1120, 780)
    window.show()
    window.open_journal(access.open_with_passphrase(PASSPHRASE))
    for page in Page:
        window.shell.show_page(page)
        settle(qtbot, tasks)
    window.shell.show_page(Page.TODAY)
    settle(qtbot, tasks)
    return window


def every_dialog(window: MainWindow, tasks: TaskRunner) -> Iterator[QDialog]:
    """Each dialog of the app, built over the window's open journal (closed after use)."""
    session = window.session
    makers = (
        lambda: Who5Dialog(session, window),
        lambda: CoachSummaryDialog(session, tasks, window),
        lambda: ExportLogDialog(session, window),
        lambda: MeetingDialog(session, None, default_name="Mette", parent=window),
        lambda: SparringTopicDialog(session, None, window),
        lambda: StartRoundDialog(session, window),
        lambda: RecoveryKeyDialog(RECOVERY_CODE, session.language, window),
        lambda: ChangePassphraseDialog(session.access, tasks, session.language, window),
        lambda: ImportDialog(session, tasks, window),
    )
    for make in makers:
        dialog = make()
        dialog.show()
        yield dialog
        dialog.done(0)
        dialog.deleteLater()


def is_qt_internal(widget: QWidget) -> bool:
    """A part Qt builds inside a control (the edit in a spin box, a scroll bar, a viewport)."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QHeaderView) and isinstance(widget.parentWidget(), QAbstractItemView):
        return True
    holder = widget.parentWidget()
    if isinstance(holder, QAbstractScrollArea) and widget is holder.viewport():
        return True  # a chart's or list's drawing surface: the control is its owner
    parent = widget.parentWidget()
    while parent is not None:
        name = parent.objectName()
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit)) or (
            name.startswith("qt_") and not name.startswith("qt_scrollarea_")
        ):
            return True
        parent = parent.parentWidget()
    return False


def is_interactive(widget: QWidget) -> bool:
    return isinstance(widget, INTERACTIVE) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def describe(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName()
        chain.append(f"{type(current).__name__}{'#' + name if name else ''}")
        current = current.parentWidget()
    text = getattr(widget, "text", None)
    shown = f" text={text()!r}" if callable(text) else ""
    return " < ".join(chain) + shown


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` (itself included), shown or not, without Qt's inner parts."""
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if is_interactive(widget) and not is_qt_internal(widget)
    ]


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else the visible text or label.

    Qt gives a button its text and a field the text of its label (a ``QLabel`` buddy, which
    ``QFormLayout.addRow`` sets up) when no accessible name is set.
    """
    interface: QAccessibleInterface | None = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name) or ""


def unnamed(root: QWidget) -> list[str]:
    """The controls under ``root`` a screen reader would announce without a name."""
    return [describe(w) for w in interactive_widgets(root) if not spoken_name(w).strip()]


@cache
def _catalogue() -> tuple[frozenset[str], frozenset[str]]:
    """(English texts that Danish words differently, their Danish translations)."""
    english, danish = set(), set()
    for source, translation in Catalogue.load().pairs:
        if source and translation and source != translation:
            english.add(source)
            danish.add(translation)
    return frozenset(english - danish), frozenset(danish - english)


def explicit_texts(root: QWidget) -> list[str]:
    """Every accessible name and description set on the widgets under ``root``."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [t for t in (widget.accessibleName(), widget.accessibleDescription()) if t]
    return sorted(texts)


def leftovers(root: QWidget, language: Language) -> list[str]:
    """Accessible names or descriptions under ``root`` still in the other language."""
    english, danish = _catalogue()
    other = english if language is Language.DANISH else danish
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for text in (widget.accessibleName(), widget.accessibleDescription()):
            if text in other:
                found.append(f"{describe(widget)}: {text!r}")
    return found


def _luminance(colour: str) -> float:
    rgb = QColor(colour)
    channels = []
    for value in (rgb.redF(), rgb.greenF(), rgb.blueF()):
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
