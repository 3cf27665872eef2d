"""Importing other journal apps' exports into a real journal (issue #19)."""

from __future__ import annotations

import dataclasses
import json
import shutil
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign_import import (
    ImportFormat,
    detect_format,
    plan_import,
    run_import,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wellbeing_desktop.services.journal import Journal

DATA = Path(__file__).parent.parent / "data" / "foreign"
FILES = {
    ImportFormat.JRNL: DATA / "jrnl-4.6.json",
    ImportFormat.DAYONE: DATA / "dayone-export.zip",
    ImportFormat.DAYLIO: DATA / "daylio_export.csv",
    ImportFormat.MARKDOWN: DATA / "markdown_notes",
}


def _december() -> datetime:
    return datetime(2026, 12, 7, 16, 30)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """A new journal whose today is after every entry of the test files (Day One's: 30 Nov)."""
    access = JournalAccess(
        JournalPaths(tmp_path / "journal"), kdf=keyfile.TEST_KDF, clock=_december
    )
    opened, _code = access.create(PASSPHRASE)
    yield opened
    opened.close()


@pytest.mark.parametrize("fmt", list(FILES))  # our own export: Journal.import_content
def test_each_format_is_detected_imported_and_a_second_import_changes_nothing(
    journal: Journal, fmt: ImportFormat
) -> None:
    path = FILES[fmt]
    assert detect_format(path) is fmt

    plan = plan_import(journal, path)
    assert journal.days() == []  # the plan writes nothing
    assert plan.entries > 0
    assert plan.already_imported == 0

    assert run_import(journal, plan).imported == plan.entries
    days = journal.days()
    assert tuple(log.day for log in days) == plan.days
    assert all(log.share is ShareLevel.PRIVATE and log.reflection for log in days)
    assert {t.casefold() for log in days for t in log.tags} == {t.casefold() for t in plan.tags}

    again = plan_import(journal, path)
    assert again.changes_nothing
    assert (again.entries, again.days, again.already_imported) == (0, (), plan.entries)
    assert run_import(journal, again).imported == 0
    assert journal.days() == days


def test_the_dayone_json_is_detected_as_day_one() -> None:
    assert detect_format(DATA / "dayone-journal.json") is ImportFormat.DAYONE


def test_an_unknown_file_is_refused_in_one_line(tmp_path: Path) -> None:
    odd = tmp_path / "noter.txt"
    odd.write_text("hej", encoding="utf-8")
    with pytest.raises(ForeignFileError) as raised:
        detect_format(odd)
    assert "noter.txt" in str(raised.value)
    assert "\n" not in str(raised.value)


def test_the_plan_counts_days_entries_tags_and_what_was_left_out(journal: Journal) -> None:
    plan = plan_import(journal, FILES[ImportFormat.DAYLIO])
    assert plan.format is ImportFormat.DAYLIO
    assert (plan.entries, len(plan.days)) == (5, 3)
    assert "mood-presset" in plan.tags
    assert plan.in_journal == ()

    dayone = plan_import(journal, FILES[ImportFormat.DAYONE])
    assert dict(dayone.left_out) == {
        "audio": 1,
        "locations": 2,
        "photos": 4,
        "weather": 2,
        "stars": 2,
    }


def test_a_day_with_a_reflection_is_appended_to_and_keeps_its_level(journal: Journal) -> None:
    day = date(2026, 11, 20)
    journal.save_day(
        DayLog(day=day, reflection="Min egen note.", tags=("egen",), share=ShareLevel.COACH)
    )
    settings = journal.settings()
    journal.save_settings(dataclasses.replace(settings, language=Language.DANISH))

    plan = plan_import(journal, FILES[ImportFormat.DAYLIO])
    assert day in plan.in_journal
    assert plan.shared_in_journal == (day,)
    run_import(journal, plan, shared_confirmed=True)

    stored = journal.day(day)
    assert stored is not None
    assert stored.reflection.startswith("Min egen note.\n\n— 14.05 —\n")
    # two entries of the day, in order of their times (the export lists the later first)
    assert stored.reflection.index("— 14.05 —") < stored.reflection.index("— 22.41 —")
    assert "Svær samtale med Mette" in stored.reflection
    assert stored.tags[0] == "egen"
    assert "mood-presset" in stored.tags
    assert stored.share is ShareLevel.COACH


def test_a_malformed_file_changes_nothing(journal: Journal, tmp_path: Path) -> None:
    good = plan_import(journal, FILES[ImportFormat.JRNL])
    broken = tmp_path / "jrnl.json"
    text = FILES[ImportFormat.JRNL].read_text(encoding="utf-8")
    broken.write_text(text[: len(text) // 2], encoding="utf-8")

    with pytest.raises(ForeignFileError) as raised:
        plan_import(journal, broken)
    assert "jrnl.json" in str(raised.value)
    # The file went bad between the plan and the import: still nothing is written.
    shutil.copy(FILES[ImportFormat.JRNL], broken)
    plan = plan_import(journal, broken)
    broken.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(ForeignFileError):
        run_import(journal, plan)
    assert journal.days() == []
    assert journal.imported_ids("jrnl") == frozenset()
    assert good.entries == plan.entries


def test_a_day_that_would_grow_too_long_is_refused_naming_the_entry(
    journal: Journal, tmp_path: Path
) -> None:
    day = date(2026, 11, 20)
    journal.save_day(DayLog(day=day, reflection="x" * 99_990))
    with pytest.raises(ForeignFileError) as raised:
        plan_import(journal, FILES[ImportFormat.DAYLIO])
    words = str(raised.value)
    assert "daylio_export.csv, entry" in words
    assert "2026-11-20" in words
    stored = journal.day(day)
    assert stored is not None
    assert stored.reflection == "x" * 99_990


def test_an_entry_after_today_waits_for_a_later_import(access: JournalAccess) -> None:
    """An entry dated after today (written in Tokyo, where it is tomorrow) is left out.

    It is counted, not remembered, so the same file imported on that day brings it; the
    rest of the file is imported now.
    """
    early, _code = access.create(PASSPHRASE)  # today: 26 November 2026
    try:
        plan = plan_import(early, FILES[ImportFormat.DAYONE])
        assert dict(plan.left_out)[LeftOut.LATER] == 2  # 28 and 30 November
        assert max(plan.days) <= early.today()
        assert run_import(early, plan, shared_confirmed=True).imported == plan.entries
        assert all(log.day <= early.today() for log in early.days())
        assert len(early.imported_ids("dayone")) == plan.entries  # the later one is not there
    finally:
        early.close()


def test_a_refusal_in_the_middle_of_the_import_writes_nothing(journal: Journal) -> None:
    plan = plan_import(journal, FILES[ImportFormat.JRNL])
    last = plan.days[-1]
    journal.save_day(DayLog(day=last, reflection="y" * 99_990))  # written after the plan

    with pytest.raises(ForeignFileError) as raised:
        run_import(journal, plan)
    assert last.isoformat() in str(raised.value)
    assert [log.day for log in journal.days()] == [last]  # the earlier days were not kept
    assert journal.imported_ids("jrnl") == frozenset()


def test_a_big_export_imports_without_holding_the_file_in_memory(
    journal: Journal, tmp_path: Path
) -> None:
    body = "Svær dag; budgettet trak ud, men teamet holdt. 😬 " * 120  # ~6,000 characters
    first = date(2025, 11, 1)
    entries = [
        {
            "title": f"Dag {n}.",
            "body": body,
            "date": (first + timedelta(days=n // 2)).isoformat(),
            "time": "08:15" if n % 2 == 0 else "17:40",
            "tags": ["@stor"],
            "starred": False,
        }
        for n in range(600)
    ]
    big = tmp_path / "stor.json"
    big.write_text(json.dumps({"tags": {"@stor": 600}, "entries": entries}), encoding="utf-8")
    size = big.stat().st_size
    del entries
    plan = plan_import(journal, big)
    assert (plan.entries, len(plan.days)) == (600, 300)

    tracemalloc.start()
    try:
        assert run_import(journal, plan).imported == 600
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < size / 4  # a day at a time, not the file (its text alone is > size)
    stored = journal.day(first)
    assert stored is not None
    times = stored.reflection.replace(".", ":")  # "08.15" in Danish, "08:15" in English
    assert times.index("— 08:15 —") < times.index("— 17:40 —")


def _jrnl(path: Path, bodies: list[str]) -> Path:
    entries = [
        {"title": b, "body": "", "date": "2026-11-20", "time": t, "tags": [], "starred": False}
        for b, t in zip(bodies, ("07:45", "12:00", "16:30"), strict=False)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_a_later_export_brings_only_its_new_entries(journal: Journal, tmp_path: Path) -> None:
    run_import(journal, plan_import(journal, _jrnl(tmp_path / "a.json", ["Morgen.", "Frokost."])))

    later = plan_import(journal, _jrnl(tmp_path / "b.json", ["Morgen.", "Frokost.", "Aften."]))
    assert (later.entries, later.already_imported, later.days) == (1, 2, (date(2026, 11, 20),))
    assert later.in_journal == (date(2026, 11, 20),)
    assert run_import(journal, later).imported == 1

    stored = journal.day(date(2026, 11, 20))
    assert stored is not None
    assert [stored.reflection.count(w) for w in ("Morgen.", "Frokost.", "Aften.")] == [1, 1, 1]
    assert stored.reflection.index("Frokost.") < stored.reflection.index("Aften.")


def test_a_markdown_folders_files_that_are_not_daily_notes_are_counted(journal: Journal) -> None:
    plan = plan_import(journal, FILES[ImportFormat.MARKDOWN])
    # "Møde med Mette.md" (no date in its name) and "Vedhæftninger/indkøb.txt".
    assert dict(plan.left_out)["files not daily notes"] == 2


@pytest.mark.parametrize("name", ["gone.csv", "gone-folder", "gone.json", "gone.zip"])
def test_a_missing_file_is_named_whatever_its_kind(
    journal: Journal, tmp_path: Path, name: str
) -> None:
    with pytest.raises(ForeignFileError) as refused:
        detect_format(tmp_path / name)
    assert str(refused.value) == (
        f"import: cannot read {name} (No such file or directory); nothing was imported."
    )
