"""Issue #19, GUI attack finding 8: the import dialog makes room for every line it shows.

When "Importing…" appeared the dialog was not fitted again: its buttons were squeezed
(14 px high) and a preview line was cut. Every status or refusal line now appears and
goes in one place, which fits the dialog to what it shows.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QPushButton

from tests.ui.test_import_dialog import JRNL, load, open_dialog
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.foreign_import import ImportFormat, run_import
from wellbeing_desktop.ui.transfer import import_dialog

if TYPE_CHECKING:
    import pytest
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.transfer.import_dialog import ImportDialog


def squeezed(dialog: ImportDialog) -> list[str]:
    """The buttons and lines shown smaller than they need (empty: everything has room)."""
    found = []
    for button in dialog.findChildren(QPushButton):
        if button.isVisible() and button.height() < button.sizeHint().height():
            found.append(f"{button.text()}: {button.height()} px")
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                found.append(f"{label.text()[:30]}: {label.height()} < {needed} px")
    return found


def test_importing_gets_its_room_while_the_import_runs(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()

    def held(*args: Any, **kwargs: Any) -> Any:
        gate.wait(10)
        return run_import(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "run_import", held)
    dialog, _session = open_dialog(qtbot, journal, tasks, Language.DANISH)
    load(qtbot, dialog, JRNL, ImportFormat.JRNL)
    assert squeezed(dialog) == []

    dialog.import_button.click()
    qtbot.wait(50)
    try:
        assert dialog.status.isVisible()
        assert dialog.status.text().startswith("Importerer")
        assert squeezed(dialog) == []
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.done_line.isVisible()
    assert squeezed(dialog) == []
