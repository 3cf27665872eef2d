"""Issue #19: Settings' "Bring in and take out" card: opening the import, the Markdown export.

The export's flow is tested with a stand-in that keeps the exporter's contract (a new
folder, or ``FileExistsError`` and nothing written); the last test runs the real one.
A lock during an export: ``test_lock_during_transfer.py``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest
import shiboken6
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from wellbeing_desktop.domain.models import DayLog, ExportRecord, Language
from wellbeing_desktop.services.markdown_export import MarkdownExport, free_folder
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.transfer import transfer_card
from wellbeing_desktop.ui.transfer.import_dialog import ImportDialog

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

pytestmark = pytest.mark.usefixtures("memory_keyring")  # tests/ui/conftest.py


def settings_view(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner, language: Language
) -> tuple[SettingsView, JournalSession]:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    session = JournalSession(access, language)
    view = SettingsView(session, tasks)
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    session.open(journal)
    return view, session


def stand_in(written: list[Path]) -> Callable[..., MarkdownExport]:
    """Keeps the exporter's contract: a new folder, never over an existing one."""

    def export(journal: Journal, target: Path, **_options: object) -> MarkdownExport:
        target.mkdir(mode=0o700)  # FileExistsError if it is there
        written.append(target)
        record = ExportRecord(journal.now(), "markdown", "md", None, None)
        return MarkdownExport(target, len(journal.days()), 1, 2, 3, record)

    return export


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> list[str]:
    captions: list[str] = []

    def ask(_parent: object, caption: str, _start: str) -> str:
        captions.append(caption)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask)
    return captions


def test_the_card_in_danish(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner
) -> None:
    view, session = settings_view(qtbot, access, journal, tasks, Language.DANISH)
    card = view.transfer_card
    assert card.title.text() == "FLYT IND OG UD"
    assert card.import_button.text() == "Importer fra en anden dagbog…"
    assert card.export_button.text() == "Eksporter det hele som Markdown…"
    assert card.export_warning.text() == (
        "De eksporterede filer er ikke krypteret. Gem dem et sikkert sted."
    )
    assert card.import_button.accessibleName() == "Importer fra en anden dagbog"
    assert card.export_note.text() == (  # the promise an import keeps (finding 4)
        "En ny mappe med en fil for hver dag, hver 1:1-samtale, hvert sparringsemne og "
        "WHO-5-målingerne. Lederpuls kan importere dagene igen med deres tal; "
        "1:1-samtaler, sparring og WHO-5 er til at læse (en JSON-eksport flytter en hel "
        "dagbog)."
    )
    card.import_button.click()
    assert isinstance(card.dialog, ImportDialog)
    assert card.dialog.isVisible()
    card.dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(card.dialog), timeout=5000)  # deleted
    session.close()  # its lock handler went with it


def test_export_makes_a_new_folder_and_says_where(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal.save_day(DayLog(day=journal.today(), reflection="En dag."))
    written: list[Path] = []
    monkeypatch.setattr(transfer_card, "export_markdown", stand_in(written))
    captions = choose_folder(monkeypatch, tmp_path)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    view, session = settings_view(qtbot, access, journal, tasks, Language.ENGLISH)
    card = view.transfer_card
    (tmp_path / "Leader Pulse 2026-11-26").mkdir()  # an earlier export of today

    card.export_button.click()
    qtbot.waitUntil(lambda: not card.exporting, timeout=10000)

    assert captions == ["Where should the folder go? The exported files are not encrypted."]
    assert written == [tmp_path / "Leader Pulse 2026-11-26 (2)"]
    assert card.export_status.text() == (
        f"Saved 1 day, 1 1:1 meeting, 2 sparring topics and 3 WHO-5 check-ins in the folder "
        f"{written[0]}."
    )
    assert card.open_folder.isVisible()
    card.open_folder.click()
    assert opened == [str(written[0])]
    session.close()
    assert not card.export_status.isVisible()  # nothing of the journal stays after a lock
    assert not card.open_folder.isVisible()


def test_a_folder_taken_meanwhile_gets_one_line(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def taken(_journal: Journal, target: Path, **_options: object) -> MarkdownExport:
        raise FileExistsError(target)

    monkeypatch.setattr(transfer_card, "export_markdown", taken)
    choose_folder(monkeypatch, tmp_path)
    view, session = settings_view(qtbot, access, journal, tasks, Language.DANISH)
    card = view.transfer_card
    card.export_button.click()
    qtbot.waitUntil(lambda: not card.exporting, timeout=10000)
    assert card.export_message.text() == (
        "Der findes allerede en mappe med navnet Lederpuls 2026-11-26. Intet blev skrevet."
    )
    assert not card.open_folder.isVisible()
    assert list(tmp_path.iterdir()) == [tmp_path / "journal"]
    session.close()


def test_cancelling_the_folder_choice_writes_nothing(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: "")
    view, session = settings_view(qtbot, access, journal, tasks, Language.ENGLISH)
    view.transfer_card.export_button.click()
    assert not view.transfer_card.exporting
    assert journal.export_log() == []
    session.close()


def test_free_folder_names(tmp_path: Path) -> None:
    name = "Lederpuls 2026-12-07"
    assert free_folder(tmp_path, name) == tmp_path / name
    (tmp_path / name).mkdir()
    (tmp_path / f"{name} (2)").write_text("", encoding="utf-8")
    (tmp_path / f"{name} (3)").symlink_to(tmp_path / "nowhere")  # a dangling link is taken
    assert free_folder(tmp_path, name) == tmp_path / f"{name} (4)"


def test_the_real_exporter_writes_the_folder(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal.save_day(DayLog(day=journal.today(), reflection="En dag."))
    parent = tmp_path / "out"
    parent.mkdir()
    choose_folder(monkeypatch, parent)
    view, session = settings_view(qtbot, access, journal, tasks, Language.ENGLISH)
    card = view.transfer_card
    card.export_button.click()
    qtbot.waitUntil(lambda: not card.exporting, timeout=10000)
    folder = parent / "Leader Pulse 2026-11-26"
    assert card.exported_to == folder
    assert folder.is_dir()
    assert any(folder.rglob("*.md"))
    session.close()
