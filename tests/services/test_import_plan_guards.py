"""The import's guards after the GUI attack (issue #19).

Old dates, a file changed since the preview, the backup made before an import, folders
with nothing (or far too much) in them.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.foreign import markdown
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign_import import plan_import, run_import

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

CHANGED = "changed since the preview; nothing was imported. Look at the preview again."
MINE = date(2026, 11, 2)


def _december() -> datetime:
    return datetime(2026, 12, 7, 16, 30)


def _access(tmp_path: Path) -> JournalAccess:
    return JournalAccess(JournalPaths(tmp_path / "journal"), kdf=keyfile.TEST_KDF, clock=_december)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened, _code = _access(tmp_path).create(PASSPHRASE)
    yield opened
    opened.close()


def _jrnl(path: Path, *entries: tuple[str, str, str]) -> Path:
    """A jrnl export of (date, time, title) entries."""
    listed = [
        {"title": title, "body": "", "date": day, "time": at, "tags": [], "starred": False}
        for day, at, title in entries
    ]
    path.write_text(json.dumps({"tags": {}, "entries": listed}), encoding="utf-8")
    return path


TWO = (("2026-11-20", "07:45", "Morgen."), ("2026-11-21", "12:00", "Frokost."))


def _mine(journal: Journal) -> DayLog:
    """A day of the journal's own, so that it has content."""
    return journal.save_day(DayLog(day=MINE, energy=3, reflection="Min egen dag."))


# --- 1. dates before 1970 --------------------------------------------------------------


def test_a_date_before_1970_is_refused_by_the_plan_naming_file_and_entry(
    journal: Journal, tmp_path: Path
) -> None:
    path = _jrnl(tmp_path / "gammel.json", TWO[0], ("1969-12-31", "09:00", "Før."))
    with pytest.raises(ForeignFileError) as refused:
        plan_import(journal, path)
    assert str(refused.value) == (
        "import: gammel.json, entry 2: its date 1969-12-31 is before 1970-01-01, the first "
        "day a journal holds; nothing was imported."
    )
    assert journal.days() == []


# --- 2. the file changed since the preview -------------------------------------------


@pytest.mark.parametrize(
    "now",
    [
        pytest.param((*TWO, ("2026-11-25", "08:00", "Ny dag.")), id="a-day-not-planned"),
        pytest.param((*TWO, ("2026-11-21", "18:00", "Aften.")), id="more-on-a-day"),
        pytest.param(TWO[:1], id="fewer"),
        pytest.param((TWO[0], ("2026-11-21", "12:00", "Anden tekst.")), id="another-text"),
    ],
)
def test_a_file_changed_since_the_plan_imports_nothing(
    journal: Journal, tmp_path: Path, now: tuple[tuple[str, str, str], ...]
) -> None:
    mine = _mine(journal)
    path = _jrnl(tmp_path / "dagbog.json", *TWO)
    plan = plan_import(journal, path)
    _jrnl(path, *now)
    with pytest.raises(ForeignFileError) as refused:
        run_import(journal, plan)
    assert str(refused.value) == f"import: dagbog.json {CHANGED}"
    assert journal.days() == [mine]
    assert journal.imported_ids("jrnl") == frozenset()


def test_a_changed_file_with_text_on_a_shared_day_is_told_as_changed(
    journal: Journal, tmp_path: Path
) -> None:
    shared = journal.save_day(DayLog(day=date(2026, 11, 25), share=ShareLevel.COACH, energy=2))
    path = _jrnl(tmp_path / "dagbog.json", *TWO)
    plan = plan_import(journal, path)
    _jrnl(path, *TWO, ("2026-11-25", "08:00", "Privat."))  # the day was shared all along
    with pytest.raises(ForeignFileError, match=CHANGED):
        run_import(journal, plan)
    assert journal.days() == [shared]


def test_a_day_shared_in_the_journal_since_the_plan_is_still_told_so(
    journal: Journal, tmp_path: Path
) -> None:
    plan = plan_import(journal, _jrnl(tmp_path / "dagbog.json", *TWO))
    journal.save_day(DayLog(day=date(2026, 11, 20), share=ShareLevel.ONE_ON_ONE, energy=2))
    with pytest.raises(WellbeingError, match="2026-11-20 has been shared"):
        run_import(journal, plan)


def test_an_unchanged_file_is_imported(journal: Journal, tmp_path: Path) -> None:
    plan = plan_import(journal, _jrnl(tmp_path / "dagbog.json", *TWO, TWO[0]))
    assert run_import(journal, plan).imported == 2


# --- 3. a backup before an import ----------------------------------------------------


def test_an_import_into_a_journal_with_content_makes_a_backup_first(
    journal: Journal, tmp_path: Path
) -> None:
    mine = _mine(journal)
    result = run_import(journal, plan_import(journal, _jrnl(tmp_path / "dagbog.json", *TWO)))
    assert result.imported == 2
    assert result.backup is not None
    assert result.backup.name.endswith("-before-import.lpbackup")
    assert journal.backups() == [result.backup]
    assert len(journal.days()) == 3

    journal.close()
    access = _access(tmp_path)
    access.restore_with_passphrase(result.backup, PASSPHRASE)  # the wrong file undone
    restored = access.open_with_passphrase(PASSPHRASE)
    try:
        assert restored.days() == [mine]
    finally:
        restored.close()


def test_no_backup_for_an_empty_journal_or_an_import_that_writes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    path = _jrnl(tmp_path / "dagbog.json", *TWO)
    assert run_import(journal, plan_import(journal, path)).backup is None  # empty journal
    again = run_import(journal, plan_import(journal, path))  # all imported already
    assert (again.imported, again.backup) == (0, None)
    assert journal.backups() == []


# --- 5. nothing in it, or far too much -----------------------------------------------


def test_a_folder_without_notes_says_no_entries_not_already_imported(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "Dokumenter"
    folder.mkdir()
    (folder / "indkøb.txt").write_text("mælk\n", encoding="utf-8")
    plan = plan_import(journal, folder)
    assert (plan.entries, plan.already_imported, plan.changes_nothing) == (0, 0, True)


def test_a_huge_folder_is_refused_without_walking_all_of_it(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(markdown, "MAX_FILES", 20)
    folder = tmp_path / "usr"
    for n in range(3):
        (folder / f"lib{n}").mkdir(parents=True)
        for m in range(10):
            (folder / f"lib{n}" / f"{m}.so").write_bytes(b"")
    with pytest.raises(ForeignFileError) as refused:
        plan_import(journal, folder)
    assert str(refused.value) == (
        "import: usr: the folder holds more than 20 files and folders; choose the folder of "
        "your daily notes. Nothing was imported."
    )
