"""The import after the re-attack (issue #19): no stray backups, text it cannot keep.

A refused or stopped import makes no backup that stays (five of them would push out the
one backup that undoes a real import); an entry with a NUL character is refused by the
preview, naming the file and the entry, before anything is written.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign_import import ImportStopped, plan_import, run_import

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal


def _december() -> datetime:
    return datetime(2026, 12, 7, 16, 30)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    access = JournalAccess(
        JournalPaths(tmp_path / "journal"), kdf=keyfile.TEST_KDF, clock=_december
    )
    opened, _code = access.create(PASSPHRASE)
    opened.save_day(DayLog(day=date(2026, 11, 2), energy=3, reflection="Min egen dag."))
    yield opened
    opened.close()


def _jrnl(path: Path, *titles: str) -> Path:
    listed = [
        {"title": title, "body": "", "date": f"2026-11-{20 + n}", "time": "08:00", "tags": []}
        | {"starred": False}
        for n, title in enumerate(titles)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": listed}), encoding="utf-8")
    return path


def test_a_file_changed_since_the_preview_leaves_no_backup(
    journal: Journal, tmp_path: Path
) -> None:
    path = _jrnl(tmp_path / "dagbog.json", "Morgen.", "Frokost.")
    before = journal.backups()
    for attempt in range(6):
        plan = plan_import(journal, path)
        _jrnl(path, "Morgen.", "Frokost.", f"Ny {attempt}.")  # edited after the preview
        with pytest.raises(ForeignFileError):
            run_import(journal, plan)
    assert journal.backups() == before
    assert journal.day(date(2026, 11, 20)) is None


def test_a_stopped_import_leaves_no_backup_and_a_real_one_keeps_its_own(
    journal: Journal, tmp_path: Path
) -> None:
    path = _jrnl(tmp_path / "dagbog.json", "Morgen.", "Frokost.")
    before = journal.backups()
    with pytest.raises(ImportStopped):
        run_import(journal, plan_import(journal, path), stop=lambda: True)
    assert journal.backups() == before

    result = run_import(journal, plan_import(journal, path))
    assert result.imported == 2
    assert result.backup is not None
    assert result.backup.exists()
    assert result.backup in journal.backups()


def test_an_entry_with_a_nul_character_is_refused_by_the_preview(
    journal: Journal, tmp_path: Path
) -> None:
    path = _jrnl(tmp_path / "nul.json", "Morgen.", "Frok\x00ost.")
    with pytest.raises(ForeignFileError) as refused:
        plan_import(journal, path)
    assert str(refused.value) == (
        "import: nul.json, entry 2: its text holds a character the journal cannot keep (a "
        "NUL character, or a broken one); nothing was imported."
    )
    assert journal.day(date(2026, 11, 20)) is None
