"""The Markdown import reads the figures of our own export's day files (issue #19).

The day files are written as docs/markdown-export.md lays them out
(``markdown_day_files``); a note without the export's marker reads as any daily note.
"""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.services.markdown_day_files import day_file, full_day, write_day
from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign.front_matter import (
    FrontMatterError,
    read_front_matter,
    split_front_matter,
)
from wellbeing_desktop.services.foreign.markdown import read_markdown

if TYPE_CHECKING:
    from wellbeing_desktop.domain.foreign_entries import ForeignEntry

DAY = date(2026, 11, 20)
REFLECTION = "Et svært 1:1 med Mette.\n\n- budget\n- **travlt**\n\nI morgen: #planlægning 🙂"


def _read(folder: Path) -> list[ForeignEntry]:
    return list(read_markdown(folder))


def test_every_figure_share_level_tag_and_the_reflection_come_back(tmp_path: Path) -> None:
    log = full_day(DayLog(day=DAY, reflection=REFLECTION, tags=("budget", "Travl-dag")))
    write_day(tmp_path, log)

    (entry,) = _read(tmp_path)

    assert entry.source_id.startswith("Dage/2026-11-20.md#")  # its path and its text's hash
    assert entry.text == REFLECTION
    # Only the front matter's tags: the body's #planlægning was no tag in the journal,
    # and a tag keeps its case as the journal had it.
    assert entry.tags == ("budget", "Travl-dag")
    assert entry.figures == dataclasses.replace(log, reflection="", tags=())
    assert entry.figures.share is ShareLevel.COACH


def test_keys_the_export_quotes_come_back_as_they_were(tmp_path: Path) -> None:
    # Another journal's own categories and items may have any key; tags may be digits.
    log = DayLog(
        day=DAY,
        minutes={"1on1": 30, 'møder: "ugentlige" # alle': 45, "a\\b\nc\td": 15},
        signals=("yes", "own-kort lunte", "2026"),
        demand_items=("d1", "Null"),
        tags=("2026", "yes", "on", "1-1"),
        reflection="Tekst.",
    )
    path = write_day(tmp_path, log)
    written = path.read_text(encoding="utf-8")
    assert '  "møder: \\"ugentlige\\" # alle": 45' in written
    assert 'tags: ["2026", "yes", "on", "1-1"]' in written

    (entry,) = _read(tmp_path)

    assert entry.figures == dataclasses.replace(log, reflection="", tags=())
    assert entry.tags == log.tags


def test_a_figure_not_logged_is_none_and_keys_of_a_newer_version_are_passed_over(
    tmp_path: Path,
) -> None:
    log = DayLog(day=DAY, energy=4, reflection="Kort dag.", share=ShareLevel.ONE_ON_ONE)
    newer = "sleep_hours: 7\nweather:\n  sky: grey\nmood_words: [rolig, træt]"
    write_day(tmp_path, log, extra=newer)

    (entry,) = _read(tmp_path)

    assert entry.figures == DayLog(day=DAY, energy=4, share=ShareLevel.ONE_ON_ONE)
    assert entry.text == "Kort dag."
    assert entry.tags == ()


def test_an_empty_reflection_is_empty_and_the_file_name_gives_the_day(tmp_path: Path) -> None:
    log = DayLog(day=DAY, stress_step=3)
    text = day_file(log).replace("date: 2026-11-20", "date: 2026-11-19")
    (tmp_path / "2026-11-20.md").write_text(text, encoding="utf-8")
    assert text.endswith("---\n")

    (entry,) = _read(tmp_path)

    assert (entry.day, entry.text) == (DAY, "")
    assert entry.figures == DayLog(day=DAY, stress_step=3)


def test_a_note_without_the_marker_reads_as_before(tmp_path: Path) -> None:
    note = "---\ntags: [arbejde]\nenergy: high\nstress_step: 9\n---\n\nLang dag. #træt\n\n"
    (tmp_path / "2026-11-20.md").write_text(note, encoding="utf-8")

    (entry,) = _read(tmp_path)

    assert entry.figures is None
    assert entry.text == "Lang dag. #træt"
    assert entry.tags == ("arbejde", "træt")


def test_a_file_a_tool_turned_to_crlf_line_ends_reads_with_newlines(tmp_path: Path) -> None:
    log = DayLog(day=DAY, energy=2, minutes={"operations": 60}, reflection="a\n\nb")
    path = write_day(tmp_path, log)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))

    (entry,) = _read(tmp_path)

    assert entry.text == "a\n\nb"
    assert entry.figures == DayLog(day=DAY, energy=2, minutes={"operations": 60})


def test_the_front_matter_reader_reads_a_one_level_mapping_and_skips_deeper_blocks() -> None:
    lines = [
        "time_split_minutes:",
        "  operations: 240  # drift",
        "  people_leadership: '90'",
        "nested:",
        "  a: 1",
        "  b:",
        "    c: 2",
        "mixed:",
        "  a: 1",
        "  - b",
        "uneven:",
        "  a: 1",
        "    b: 2",
        "twice:",
        "  a: 1",
        "  a: 2",
        "tags:",
        "  - a",
        "  - 'b c'",
    ]
    assert read_front_matter(lines) == {
        "time_split_minutes": {"operations": "240", "people_leadership": "90"},
        "nested": None,
        "mixed": None,
        "uneven": None,
        "twice": None,
        "tags": ["a", "b c"],
    }
    # Double quotes keep \" and \\ as the export writes them.
    assert read_front_matter(['a: "x\\"y # z\\\\" # c', 'b: ["p\\"q, r", s]']) == {
        "a": 'x"y # z\\',
        "b": ['p"q, r', "s"],
    }
    with pytest.raises(FrontMatterError) as caught:
        read_front_matter(["time_split_minutes:", "  operations: 240", "hemmeligt uden kolon"])
    assert caught.value.line == 4


@pytest.mark.parametrize(
    ("matter", "field", "said"),
    [
        ("energy: 9", "energy: 9", "a whole number from 1 to 5"),
        ("stress_step: høj", "stress_step: 'høj'", "a whole number from 1 to 5"),
        ("demands: [3]", "demands: this value", "a whole number from 0 to 10"),
        ("resources: 11", "resources: 11", "a whole number from 0 to 10"),
        ("hours_worked_minutes: 7.5", "hours_worked_minutes: '7.5'", "number from 0 to 1440"),
        ("share: everyone", "share: 'everyone'", "one of private, one-on-one, coach"),
        (
            "time_split_minutes:\n  operations: 2000",
            "time_split_minutes: 2000",
            "a whole number from 0 to 1440 minutes",
        ),
        (
            "time_split_minutes:\n  operations: 900\n  strategy: 900",
            "time_split_minutes: 1800",
            "at most 24 h (1440 minutes) in total a day",
        ),
        ("time_split_minutes: 240", "time_split_minutes: this value", "lines 'category: minutes'"),
        ("signals: sig-sleep", "signals: this value", "a list of texts"),
        ("signals: [sig-sleep, sig-sleep]", "signals: this value", "at most once a day"),
        ("demand_items: ['']", "demand_items: this value", "a non-empty key"),
    ],
)
def test_a_figure_the_journal_cannot_hold_gets_one_line_naming_file_and_field(
    tmp_path: Path, matter: str, field: str, said: str
) -> None:
    write_day(tmp_path, DayLog(day=date(2026, 11, 19), energy=3, reflection="God dag."))
    text = f"---\nleader_pulse_export: 1\n{matter}\n---\nHemmelig refleksion\n"
    (tmp_path / "Dage" / "2026-11-20.md").write_text(text, encoding="utf-8")

    with pytest.raises(ForeignFileError) as caught:
        _read(tmp_path)

    line = str(caught.value)
    assert line.startswith(f"import: Dage/2026-11-20.md: in the front matter, {field} is not ")
    assert said in line
    assert line.endswith("Nothing was imported.")
    assert "\n" not in line
    assert "Hemmelig" not in line


_PIECES = st.sampled_from(
    ["---", "...", "\n", "\r\n", "\r", " ", "\t", "#tag", "# Overskrift", "Blåbær", "😊", "\ufeff"]
)
_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, _TEXT), max_size=12).map("".join))
def test_any_reflection_written_as_the_contract_says_comes_back_identical(reflection: str) -> None:
    log = DayLog(day=DAY, energy=3, reflection=reflection, tags=("møde",))
    with tempfile.TemporaryDirectory() as folder:
        write_day(Path(folder), log)
        (entry,) = read_markdown(folder)
    assert entry.text == reflection
    assert entry.tags == ("møde",)
    assert entry.figures == DayLog(day=DAY, energy=3)


def test_the_body_is_what_follows_the_front_matter_it_closes() -> None:
    text = day_file(DayLog(day=DAY, reflection="---\nikke front matter\n---"))
    lines, body = split_front_matter(text)
    assert lines is not None
    assert body == "---\nikke front matter\n---\n"
