"""Issue #19, GUI attack finding 7: a refusal in the import dialog speaks the GUI's words.

The command line's refusals start with the command's name ("import: …") and the
unknown-format line says "give its format with --format". The dialog shows the same line
without the command's name, and points to its own "Made by" box instead of the flag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.ui.test_import_dialog import load, open_dialog
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.foreign_import import ImportFormat

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

UNKNOWN = {
    Language.ENGLISH: (
        "is no export this app reads: a jrnl or Day One .json file, a Day One .zip file, a "
        "Daylio .csv file, or a folder of Markdown notes (or choose its app under “Made by”); "
        "nothing was imported."
    ),
    Language.DANISH: (
        "er ikke en eksport, som appen kan læse: en .json-fil fra jrnl eller Day One, en "
        ".zip-fil fra Day One, en .csv-fil fra Daylio eller en mappe med Markdown-noter "
        "(eller vælg appen under »Lavet med«); intet blev importeret."
    ),
}


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.DANISH])
def test_an_unknown_file_points_to_the_made_by_box(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path, language: Language
) -> None:
    unknown = tmp_path / "notes.txt"
    unknown.write_text("hello", encoding="utf-8")
    dialog, _session = open_dialog(qtbot, journal, tasks, language)

    dialog.load(unknown)

    assert dialog.message.isVisible()
    assert dialog.message.text() == f"notes.txt {UNKNOWN[language]}"
    assert dialog.format_label.text() in dialog.message.text()  # the box it names


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.ENGLISH, "The file is not a Leader Pulse JSON export."),
        (Language.DANISH, "Filen er ikke en JSON-eksport fra Lederpuls."),
    ],
)
def test_a_refusal_has_no_command_name(
    qtbot: QtBot,
    journal: Journal,
    tasks: TaskRunner,
    tmp_path: Path,
    language: Language,
    expected: str,
) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    dialog, _session = open_dialog(qtbot, journal, tasks, language)

    load(qtbot, dialog, other, ImportFormat.LEADER_PULSE)

    assert dialog.message.text() == expected


def test_a_line_that_begins_with_the_file_keeps_its_name(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    broken = tmp_path / "journal.json"
    broken.write_text('{"entries": [{"title": "Møde", "date": ', encoding="utf-8")
    dialog, _session = open_dialog(qtbot, journal, tasks)

    load(qtbot, dialog, broken, ImportFormat.JRNL)

    line = dialog.message.text()
    assert line.startswith("journal.json ends in the middle of entry 1;")
    assert "import:" not in line
    assert "--" not in line
