"""A Markdown folder's notes imported exactly (issue #19).

The length limit as the run counts it, a note that is no regular file, an edited note,
a note the day holds already.

Real SQLCipher journals (today: 26 Nov 2026); our export's day files are written by
``export_markdown`` itself or by hand (``markdown_day_files``).
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.markdown_day_files import write_day
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.domain.validation import MAX_TEXT
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign_import import plan_import, run_import
from wellbeing_desktop.services.markdown_export import export_markdown

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

MONDAY, TUESDAY = date(2026, 11, 16), date(2026, 11, 17)


@pytest.fixture
def new_journal(tmp_path: Path) -> Iterator[Journal]:
    """A second, new journal (the one an export is brought into)."""
    access = JournalAccess(JournalPaths(tmp_path / "ny"), kdf=keyfile.TEST_KDF, clock=fixed_clock)
    opened, _code = access.create(PASSPHRASE)
    yield opened
    opened.close()


def _note(folder: Path, day: date, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{day.isoformat()}.md"
    path.write_text(text, encoding="utf-8")
    return path


def _import(journal: Journal, folder: Path) -> int:
    return run_import(journal, plan_import(journal, folder), shared_confirmed=True).imported


def test_a_reflection_of_the_longest_length_comes_back_from_our_export(
    journal: Journal, new_journal: Journal, tmp_path: Path
) -> None:
    longest = journal.save_day(DayLog(day=MONDAY, energy=3, reflection="a" * MAX_TEXT))
    export_markdown(journal, tmp_path / "eksport")

    assert _import(new_journal, tmp_path / "eksport") == 1
    assert new_journal.days() == [longest]


def test_a_new_day_takes_a_note_of_the_limit_and_refuses_one_more(
    journal: Journal, tmp_path: Path
) -> None:
    _note(tmp_path / "ok", MONDAY, "b" * MAX_TEXT)
    assert _import(journal, tmp_path / "ok") == 1
    _note(tmp_path / "long", TUESDAY, "b" * (MAX_TEXT + 1))

    with pytest.raises(ForeignFileError) as refused:
        plan_import(journal, tmp_path / "long")
    assert str(refused.value) == (
        "import: long, entry 1: the reflection of 2026-11-17 would be longer than 100,000 "
        "characters; nothing was imported."
    )


def test_a_day_with_text_takes_a_note_up_to_the_limit_with_the_break(
    journal: Journal, tmp_path: Path
) -> None:
    journal.save_day(DayLog(day=MONDAY, reflection="Min egen."))
    room = MAX_TEXT - len("Min egen.") - len("\n\n")
    _note(tmp_path / "ok", MONDAY, "c" * room)
    assert _import(journal, tmp_path / "ok") == 1
    monday = journal.day(MONDAY)
    assert monday is not None
    assert len(monday.reflection) == MAX_TEXT

    journal.save_day(DayLog(day=TUESDAY, reflection="Min egen."))
    _note(tmp_path / "long", TUESDAY, "c" * (room + 1))
    with pytest.raises(ForeignFileError, match="would be longer than 100,000"):
        plan_import(journal, tmp_path / "long")


@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero"])
def test_a_note_that_is_no_regular_file_is_refused_at_once(
    journal: Journal, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "noter"
    _note(folder, MONDAY, "En god dag.")
    odd = folder / "Dagbog" / "2026-11-17.md"
    odd.parent.mkdir()
    if kind == "fifo":
        os.mkfifo(odd)
    else:
        odd.symlink_to("/dev/zero")

    with pytest.raises(ForeignFileError) as refused:
        plan_import(journal, folder)
    said = str(refused.value)
    assert said == (
        "import: Dagbog/2026-11-17.md: it is no regular file (a pipe, a device, or a link "
        "to one); remove it. Nothing was imported."
    )
    assert journal.days() == []


def test_an_edited_note_comes_again_and_an_unchanged_one_is_passed_over(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    _note(folder, MONDAY, "Svær samtale med Mette.")
    _note(folder, TUESDAY, "Budget.")
    assert _import(journal, folder) == 2

    _note(folder, MONDAY, "Svær samtale med Mette.\n\nAften: beslutning truffet.")
    plan = plan_import(journal, folder)

    assert (plan.entries, plan.days, plan.in_journal) == (1, (MONDAY,), (MONDAY,))
    assert plan.already_imported == 1  # Tuesday's note, unchanged
    assert run_import(journal, plan).imported == 1
    monday = journal.day(MONDAY)
    assert monday is not None
    assert monday.reflection == (
        "Svær samtale med Mette.\n\nSvær samtale med Mette.\n\nAften: beslutning truffet."
    )
    assert plan_import(journal, folder).changes_nothing


def test_a_note_whose_text_the_day_holds_is_passed_over(journal: Journal, tmp_path: Path) -> None:
    journal.save_day(DayLog(day=MONDAY, reflection="Morgen.\n\nSvær samtale med Mette.\n"))
    _note(tmp_path / "vault", MONDAY, "Svær samtale med Mette.\n")
    _note(tmp_path / "vault", TUESDAY, "Ny dag.")

    plan = plan_import(journal, tmp_path / "vault")

    assert (plan.entries, plan.days, plan.already_imported) == (1, (TUESDAY,), 1)
    assert run_import(journal, plan).imported == 1
    assert plan_import(journal, tmp_path / "vault").changes_nothing


def test_our_export_of_this_journal_imported_back_adds_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    days = [
        journal.save_day(DayLog(day=MONDAY, energy=3, reflection="Svær samtale.\n")),
        journal.save_day(DayLog(day=TUESDAY, energy=2)),  # no reflection: nothing to add
    ]
    export_markdown(journal, tmp_path / "eksport")
    write_day(tmp_path / "eksport", DayLog(day=date(2026, 11, 18), reflection="Ny."))

    plan = plan_import(journal, tmp_path / "eksport")

    assert plan.already_imported == 2  # Monday's text is the day's; Tuesday has none
    assert (plan.entries, plan.days) == (1, (date(2026, 11, 18),))
    assert run_import(journal, plan).imported == 1
    assert journal.days()[:2] == days
    assert plan_import(journal, tmp_path / "eksport").changes_nothing
