"""Issue #19, review finding 7: locking while an import or a Markdown export is under way.

The lock (Ctrl+L, the automatic lock, closing the window) used to close the journal at
once while the worker went on and committed. Now the lock asks the worker to stop and
waits, with the journal still open: an import stops between days and rolls its one
transaction back (GUI attack finding 1: the lock used to wait for the whole import), an
export removes its hidden folder; an import whose commit has begun finishes. Nothing is
written after the journal closed, and after the next unlock the user is told how it
ended, in their language (the open's notices).

The worker is held at its start by a gate (the real import or export runs after it), so
that the lock surely comes while it is under way; a timer opens the gate while the lock
waits. ``ended_first`` holds it after the real work instead: the lock comes after the
commit.
"""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.ui.test_transfer_card import choose_folder, settings_view
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.services import interchange
from wellbeing_desktop.services.foreign_import import ImportFormat, run_import
from wellbeing_desktop.services.markdown_export import export_markdown
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell.open_notices import in_language
from wellbeing_desktop.ui.shell.pages import Page
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.transfer import import_dialog, transfer_card
from wellbeing_desktop.ui.transfer.import_dialog import ImportDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    import pytest
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "foreign"
JRNL = SAMPLES / "jrnl-4.6.json"


def held(real: Callable[..., Any], started: threading.Event) -> Callable[..., Any]:
    """``real``, run only after the gate opens (0.3 s after the worker reached it)."""

    def work(*args: Any, **kwargs: Any) -> Any:
        gate = threading.Event()
        threading.Timer(0.3, gate.set).start()
        started.set()
        gate.wait(10)
        return real(*args, **kwargs)

    return work


def ended_first(real: Callable[..., Any], started: threading.Event) -> Callable[..., Any]:
    """``real``, whose result is held 0.3 s after it ended (the lock comes meanwhile)."""

    def work(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        started.set()
        threading.Event().wait(0.3)
        return result

    return work


def test_a_lock_after_the_commit_waits_for_the_import_and_says_so_after_unlocking(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.DANISH))
    session = JournalSession(access, Language.DANISH)
    session.open(journal)
    dialog = ImportDialog(session, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(JRNL, ImportFormat.JRNL)
    qtbot.waitUntil(lambda: dialog.can_import(), timeout=10000)
    started = threading.Event()
    monkeypatch.setattr(import_dialog, "run_import", ended_first(run_import, started))

    dialog.import_button.click()
    assert started.wait(5)
    session.close()  # the lock: the import's commit has been made; it waits for the end

    assert not dialog.isVisible()
    assert in_language(access.notices, Language.DANISH) == [
        "Den import, du startede, blev gjort færdig, før dagbogen blev låst: "
        "4 dage blev importeret."
    ]
    again = access.open_with_passphrase(PASSPHRASE)
    try:
        assert len(again.days()) == 4  # all of it, committed before the journal closed
    finally:
        again.close()


def test_a_refused_import_is_told_as_refused(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    days = (DayLog(day=date(2026, 11, 2), reflection="Mandag."), DayLog(day=date(2026, 11, 3)))
    content = dataclasses.replace(journal.content(), days=days)
    export = tmp_path / "leader-pulse.json"
    export.write_text(interchange.content_to_json(content), encoding="utf-8")
    session = JournalSession(access, Language.ENGLISH)
    session.open(journal)
    dialog = ImportDialog(session, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(export, ImportFormat.LEADER_PULSE)
    qtbot.waitUntil(lambda: dialog.can_import(), timeout=10000)
    for day in days:
        journal.save_day(dataclasses.replace(day, reflection="Written meanwhile."))

    dialog.import_button.click()  # refused: the day came meanwhile (the CLI, say)
    session.close()

    assert in_language(access.notices, Language.ENGLISH) == [
        "The import you started was refused before the journal locked; nothing was "
        "imported: import: 2 entries in the file are already in this journal (first: "
        "2026-11-02); nothing was imported."
    ]


def test_a_lock_stops_the_markdown_export_and_leaves_nothing(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for day in range(1, 21):
        journal.save_day(DayLog(day=date(2026, 11, day), reflection=f"Dag {day}."))
    parent = tmp_path / "out"
    parent.mkdir()
    choose_folder(monkeypatch, parent)
    started = threading.Event()
    monkeypatch.setattr(transfer_card, "export_markdown", held(export_markdown, started))
    view, session = settings_view(qtbot, access, journal, tasks, Language.ENGLISH)
    card = view.transfer_card

    card.export_button.click()
    assert started.wait(5)
    session.close()  # the lock: the export stops before its first file

    assert not card.exporting
    assert list(parent.iterdir()) == []  # no folder, no hidden build folder
    assert in_language(access.notices, Language.ENGLISH) == [
        "The Markdown export you started was stopped because the journal locked; no "
        "folder was made and nothing was logged."
    ]
    again = access.open_with_passphrase(PASSPHRASE)
    try:
        assert again.export_log() == []
    finally:
        again.close()


def test_the_window_says_it_after_the_next_unlock(
    qtbot: QtBot,
    unlocked_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = unlocked_window
    parent = tmp_path / "out"
    parent.mkdir()
    choose_folder(monkeypatch, parent)
    started = threading.Event()
    monkeypatch.setattr(transfer_card, "export_markdown", held(export_markdown, started))
    window.shell.show_page(Page.SETTINGS)
    settings = window.shell.views[Page.SETTINGS]
    assert isinstance(settings, SettingsView)
    card = settings.transfer_card
    card.export_button.click()
    assert started.wait(5)
    window.lock()

    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openNotices") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "openNotices")
    assert box is not None
    assert box.text() == (
        "Den Markdown-eksport, du startede, blev stoppet, fordi dagbogen blev låst; der "
        "blev ikke lavet en mappe, og intet blev skrevet i loggen."
    )
    box.accept()


def test_hiding_the_window_lets_the_export_go_on(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal.save_day(DayLog(day=date(2026, 11, 2), reflection="Mandag."))
    parent = tmp_path / "out"
    parent.mkdir()
    choose_folder(monkeypatch, parent)
    started = threading.Event()
    monkeypatch.setattr(transfer_card, "export_markdown", held(export_markdown, started))
    view, session = settings_view(qtbot, access, journal, tasks, Language.ENGLISH)
    card = view.transfer_card

    card.export_button.click()
    assert started.wait(5)
    session.flush()  # the window hides to the tray: the journal stays open

    qtbot.waitUntil(lambda: not card.exporting, timeout=10000)
    assert card.exported_to == parent / "Leader Pulse 2026-11-26"
    assert card.exported_to.is_dir()
    assert access.notices == []
    session.close()
