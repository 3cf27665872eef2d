"""Issue #19 (GUI attack finding 9): the Journal list shows an imported day's words.

An import puts a time heading ("— 07.45 —") above each entry with a time; the list's
second line is the first line of text, never that heading. The rule "is this line such
a heading" lives in the domain, beside the one that makes it.
"""

from __future__ import annotations

import dataclasses
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from tests.ui.test_import_dialog import access  # noqa: F401 (a journal whose today is 7 Dec 2026)
from wellbeing_desktop.domain.foreign_entries import is_time_heading, time_heading
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.services.foreign_import import plan_import, run_import
from wellbeing_desktop.ui.journal.journal_models import day_row, first_line

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal

JRNL = Path(__file__).resolve().parents[1] / "data" / "foreign" / "jrnl-4.6.json"


def test_the_list_shows_the_first_line_of_text_of_an_imported_day(journal: Journal) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.DANISH))
    run_import(journal, plan_import(journal, JRNL))

    day = journal.day(date(2026, 11, 20))
    assert day is not None
    assert day.reflection.startswith("— 07.45 —\n")  # the heading is kept in the text
    assert day_row(day, None).first_line == "Morgenmøde med teamet."


def test_only_a_line_that_is_just_a_heading_is_passed_over() -> None:
    assert first_line("\n  — 07:45 —  \n\n— 08.15 —\nKaffe med Mette.") == "Kaffe med Mette."
    assert first_line("— 07.45 — kom for sent") == "— 07.45 — kom for sent"
    assert first_line("— 07.45 —") == ""
    assert day_row(DayLog(day=date(2026, 11, 2), reflection="Kl. 07.45 kom jeg."), None).first_line
    for language in Language:
        heading = time_heading(time(7, 45), language)
        assert is_time_heading(heading)
        assert not is_time_heading(f"{heading} og så videre")
    assert time_heading(time(7, 5), Language.DANISH) == "— 07.05 —"
    assert time_heading(time(7, 5), Language.ENGLISH) == "— 07:05 —"
