"""Evidence "Lock": nothing of the journal is left after the auto-lock.

Evidence "Lock": after the auto-lock no widget, model, undo history or clipboard holds
journal content; the app never puts journal text on the clipboard itself; what the user
copied out is cleared on lock when it is still there (KeePassXC model, S9).

The scan covers every widget of the application (not only the window's children: dialogs
and pop-ups too), every item model and text document they own, the undo history of every
text field and editor, text in chart scenes, and the clipboard.
"""

from __future__ import annotations

import ast
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.conftest import PASSPHRASE
from tests.reliability.support import record_figures
from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    OneOnOne,
    SparringTopic,
)
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.session import Change
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.ui.shell.main_window import MainWindow

PACKAGE = Path(__file__).resolve().parents[2] / "wellbeing_desktop"
DAY = date(2026, 11, 20)
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.UserRole,
)


@pytest.fixture
def canary() -> str:
    """A word that occurs nowhere but in this test's journal."""
    return "Zebra" + uuid.uuid4().hex[:10]


@pytest.fixture
def clipboard() -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


# --- collecting every text the application keeps ----------------------------------------


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    rows = model.rowCount(parent)
    try:
        columns = model.columnCount(parent)
    except (TypeError, NotImplementedError):
        columns = 1  # a list model's columnCount is private in PySide6
    for row in range(rows):
        for column in range(max(columns, 1)):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = index.data(role)
                if value is not None:
                    yield str(value)
            if column == 0 and depth < 3 and _is_tree(model) and model.hasChildren(index):
                yield from _model_texts(model, index, depth + 1)


def _is_tree(model: QAbstractItemModel) -> bool:
    return not isinstance(model, (QAbstractListModel, QAbstractTableModel))


def _undone(document: QTextDocument) -> Iterator[str]:
    """What an editor's undo history would bring back (signals blocked: views stay put)."""
    document.blockSignals(True)
    try:
        for _ in range(1000):
            if not document.isUndoAvailable():
                break
            document.undo()
            yield document.toPlainText()
    finally:
        document.blockSignals(False)


def _undone_line(field: QLineEdit) -> Iterator[str]:
    field.blockSignals(True)
    try:
        for _ in range(1000):
            if not field.isUndoAvailable():
                break
            field.undo()
            yield field.text()
    finally:
        field.blockSignals(False)


def kept_texts() -> tuple[list[str], dict[str, int]]:
    """Every text the application's widgets, models, documents and scenes hold.

    Widgets a view dropped with ``deleteLater`` go first, as they do as soon as the event
    loop runs again after the lock.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts: list[str] = []
    objects: dict[int, QObject] = {}
    widgets = QApplication.allWidgets()
    for widget in widgets:
        objects[id(widget)] = widget
        for child in widget.findChildren(QObject):
            objects[id(child)] = child
    counts = {"widgets": len(widgets), "models": 0, "documents": 0, "undo_steps": 0}
    models: dict[int, QAbstractItemModel] = {}
    for obj in objects.values():
        if isinstance(obj, QWidget):
            texts += [
                obj.windowTitle(),
                obj.toolTip(),
                obj.statusTip(),
                obj.whatsThis(),
                obj.accessibleName(),
                obj.accessibleDescription(),
            ]
        if isinstance(obj, QLabel):
            texts.append(obj.text())
        if isinstance(obj, QAbstractButton):
            texts.append(obj.text())
        if isinstance(obj, QAction):
            texts += [obj.text(), obj.toolTip()]
        if isinstance(obj, QLineEdit):
            texts += [obj.text(), obj.placeholderText()]
            undone = list(_undone_line(obj))
            counts["undo_steps"] += len(undone)
            texts += undone
        if isinstance(obj, QComboBox):
            texts += [obj.itemText(i) for i in range(obj.count())]
        if isinstance(obj, (QPlainTextEdit, QTextEdit)):
            texts.append(obj.toPlainText())
        if isinstance(obj, QTextDocument):
            counts["documents"] += 1
            texts.append(obj.toPlainText())
            undone = list(_undone(obj))
            counts["undo_steps"] += len(undone)
            texts += undone
        if isinstance(obj, QAbstractItemModel):
            models[id(obj)] = obj
        if isinstance(obj, (QAbstractItemView, QComboBox)):
            model = obj.model()
            if isinstance(model, QAbstractItemModel):
                models[id(model)] = model
        if isinstance(obj, QGraphicsView) and obj.scene() is not None:
            for item in obj.scene().items():
                if isinstance(item, QGraphicsTextItem):
                    texts.append(item.toPlainText())
                elif isinstance(item, QGraphicsSimpleTextItem):
                    texts.append(item.text())
    for model in models.values():
        counts["models"] += 1
        texts += list(_model_texts(model, QModelIndex()))
    return texts, counts


def clipboard_texts(board: QClipboard) -> list[str]:
    texts = [board.text(QClipboard.Mode.Clipboard)]
    if board.supportsSelection():
        texts.append(board.text(QClipboard.Mode.Selection))
    return texts


# --- a journal full of the canary ------------------------------------------------------


def _seed(window: MainWindow, canary: str) -> None:
    journal = window.session.journal
    signal = journal.add_own_signal(f"{canary} signal")
    journal.save_day(
        DayLog(
            day=DAY,
            reflection=f"{canary}: budgetmødet gik bedre end ventet",
            tags=(canary.lower(),),
            signals=(signal.key,),
            stress_step=3,
        )
    )
    journal.save_sparring_topic(
        SparringTopic(
            raised_on=date(2026, 11, 18),
            situation="conflict",
            with_whom="hr",
            notes=f"{canary} i teamet",
        )
    )
    journal.save_one_on_one(
        OneOnOne(
            held_on=date(2026, 11, 17),
            with_whom=f"{canary} Hansen",
            agenda=(f"{canary} dagsorden",),
            notes=f"{canary} noter",
            actions=(ActionItem(f"{canary} opgave"),),
        )
    )
    for change in Change:
        window.session.notify(change)


def _show_everything(qtbot: QtBot, window: MainWindow, canary: str) -> TodayView:
    for page in Page:
        window.shell.show_page(page)
        qtbot.wait(20)  # let each view render what it loaded
    window.shell.show_page(Page.JOURNAL)
    journal_view = window.shell.views[Page.JOURNAL]
    qtbot.keyClicks(journal_view.search, canary)  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: journal_view.list_view.model().rowCount() > 0,  # type: ignore[attr-defined]
        timeout=5000,
    )
    window.shell.show_page(Page.TODAY)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    today.show_day(DAY)
    texts, _counts = kept_texts()
    assert any(canary in text for text in texts)  # the scan does see journal text
    return today


def _copy_from_reflection(qtbot: QtBot, today: TodayView) -> None:
    editor = today.reflection.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


# --- the tests -------------------------------------------------------------------------


def test_after_the_idle_lock_nothing_of_the_journal_is_left_anywhere(
    qtbot: QtBot, unlocked_window: MainWindow, canary: str, clipboard: QClipboard
) -> None:
    window = unlocked_window
    _seed(window, canary)
    today = _show_everything(qtbot, window, canary)
    _copy_from_reflection(qtbot, today)
    assert canary in clipboard.text()  # the user copied journal text out

    window.idle_lock.idle.emit()  # what the idle timer sends after N quiet minutes

    assert not window.session.is_open
    assert window.stack.currentWidget() is window.unlock_view
    texts, counts = kept_texts()
    leftovers = [t for t in texts if canary.lower() in t.lower()]
    on_clipboard = [t for t in clipboard_texts(clipboard) if canary.lower() in t.lower()]
    record_figures(
        "lock",
        {
            "trigger": "auto-lock (idle)",
            "widgets_scanned": counts["widgets"],
            "models_scanned": counts["models"],
            "documents_scanned": counts["documents"],
            "undo_steps_replayed": counts["undo_steps"],
            "texts_checked": len(texts),
            "texts_holding_journal_content": len(leftovers),
            "clipboard_holding_journal_content": len(on_clipboard),
        },
    )
    assert leftovers == []
    assert on_clipboard == []


def test_the_app_itself_never_puts_anything_on_the_clipboard(
    qtbot: QtBot, unlocked_window: MainWindow, canary: str, clipboard: QClipboard
) -> None:
    changes: list[object] = []
    clipboard.changed.connect(changes.append)
    window = unlocked_window
    _seed(window, canary)
    today = _show_everything(qtbot, window, canary)
    qtbot.keyClicks(today.reflection.editor, " mere tekst")
    window.lock()
    clipboard.changed.disconnect(changes.append)
    assert changes == []
    assert all(canary not in text for text in clipboard_texts(clipboard))


def test_no_module_touches_the_clipboard_but_the_guard() -> None:
    """Copy-out features must go through ui/clipboard_guard.py, which clears on lock."""
    users = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "clipboard_guard.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in {"clipboard", "QClipboard"}:
                users.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            if isinstance(node, ast.Name) and node.id == "QClipboard":
                users.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert users == []


def test_text_copied_since_in_another_program_stays_on_the_clipboard(
    qtbot: QtBot,
    unlocked_window: MainWindow,
    canary: str,
    clipboard: QClipboard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = unlocked_window
    _seed(window, canary)
    window.session.notify(Change.DAY)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    today.show_day(DAY)
    _copy_from_reflection(qtbot, today)
    assert window.clipboard_guard.holds_copy

    # Another program takes the clipboard while the app is in the background.
    monkeypatch.setattr(
        QGuiApplication,
        "applicationState",
        staticmethod(lambda: Qt.ApplicationState.ApplicationInactive),
    )
    clipboard.setText("an address from the mail program")
    monkeypatch.undo()
    holds: bool = window.clipboard_guard.holds_copy  # read anew: mypy would keep True
    assert not holds

    window.lock()
    assert clipboard.text() == "an address from the mail program"


def test_a_copy_is_cleared_on_quit_too(
    qtbot: QtBot, unlocked_window: MainWindow, canary: str, clipboard: QClipboard
) -> None:
    window = unlocked_window
    _seed(window, canary)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    today.show_day(DAY)
    _copy_from_reflection(qtbot, today)
    assert canary in clipboard.text()

    window.close()

    assert clipboard.text() == ""


def test_after_the_idle_lock_unlock_returns_to_the_page_and_day(
    qtbot: QtBot, unlocked_window: MainWindow, canary: str
) -> None:
    window = unlocked_window
    _seed(window, canary)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    window.shell.show_page(Page.TODAY)
    today.show_day(DAY)

    window.idle_lock.idle.emit()
    assert today.header.day() != DAY or today.reflection.editor.toPlainText() == ""

    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    assert window.shell.current_page() is Page.TODAY
    assert today.header.day() == DAY
    assert canary in today.reflection.editor.toPlainText()
