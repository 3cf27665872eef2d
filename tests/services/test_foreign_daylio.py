"""Daylio's CSV export read into foreign entries (issue #19): tags, not measures; one line.

The realistic file (tests/data/foreign/daylio_export.csv) is made to match Daylio's own
export: newest first, Danish custom moods, emoji, several entries a day, a 12-hour time
just after midnight, ``<br>`` line breaks and quoted quotes in notes.
"""

from __future__ import annotations

import io
import tracemalloc
from datetime import date, time
from pathlib import Path

import pytest

from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.domain.validation import validate_day_log
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign.daylio import read_daylio

DATA = Path(__file__).parents[1] / "data" / "foreign" / "daylio_export.csv"
HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def _read(text: str, name: str = "daylio.csv") -> list:
    stream = io.BytesIO(text.encode("utf-8"))
    stream.name = name
    return list(read_daylio(stream))


def test_the_realistic_export_becomes_one_entry_per_row_with_mood_and_activities_as_tags() -> None:
    entries = list(read_daylio(DATA))

    assert [(e.day, e.at) for e in entries] == [
        (date(2026, 11, 20), time(22, 41)),
        (date(2026, 11, 20), time(14, 5)),
        (date(2026, 11, 20), time(8, 12)),
        (date(2026, 11, 19), time(0, 15)),  # "12:15 am"
        (date(2026, 11, 18), time(19, 30)),  # "7:30 pm"
    ]
    assert entries[0].tags == ("mood-træt-men-ok", "familie", "søvn")
    assert entries[0].left_out == (("activities", 1),)  # "📺" can be no tag
    assert entries[1].tags == ("mood-presset", "arbejde", "1-1-samtaler", "møder")
    assert entries[1].text == (
        "**Svær samtale med Mette**\n\nVi talte om sygefraværet i teamet 🙁\n\n"
        "Hun havde forberedt sig godt, jeg havde ikke. Næste gang: læs hendes noter, "
        "før vi mødes."
    )
    assert entries[2].text == ""  # a mood and activities without a note
    assert 'på "omstruktureringen" og' in entries[3].text
    assert entries[4].text.endswith("kage sammen.\nSådan en dag husker man.")  # <br/>
    assert all(e.source == "daylio" and not e.starred for e in entries)
    for entry in entries:  # what the import will save keeps the domain's rules
        log = DayLog(day=entry.day, reflection=entry.text, tags=entry.tags)
        validate_day_log(log, today=date(2026, 12, 7), category_keys=())


def test_source_ids_are_stable_across_reads_and_differ_per_row_and_per_content() -> None:
    first = [e.source_id for e in read_daylio(DATA)]
    again = [e.source_id for e in read_daylio(io.BytesIO(DATA.read_bytes()))]
    assert first == again
    assert len(set(first)) == len(first)
    row = '2026-11-20,20. nov.,fredag,14:05,god,arbejde,"","{}"\n'
    (one,) = _read(HEADER + row.format("Godt møde"))
    (other,) = _read(HEADER + row.format("Godt møde!"))
    assert one.source_id != other.source_id
    (twelve_hour,) = _read(HEADER + row.format("Godt møde").replace("14:05", "2:05 PM"))
    assert twelve_hour.source_id == one.source_id
    assert "Godt" not in one.source_id


def test_an_older_export_without_titles_a_bom_and_windows_line_ends_are_read() -> None:
    text = (
        "\ufefffull_date,date,weekday,time,mood,activities,note\r\n"
        '2020-05-30,30 May,Saturday,6:50 pm,rad,friends | gaming,"Line one\r\nline two"\r\n'
        '2020-05-25,25 May,Monday,14:58,meh,,""\r\n'
        "\r\n"
    )
    entries = _read(text)
    assert [(e.day, e.at, e.tags) for e in entries] == [
        (date(2020, 5, 30), time(18, 50), ("mood-rad", "friends", "gaming")),
        (date(2020, 5, 25), time(14, 58), ("mood-meh",)),
    ]
    assert entries[0].text == "Line one\nline two"


def test_a_stream_is_read_lazily_and_left_open() -> None:
    stream = io.BytesIO(
        (HEADER + '2026-11-20,,,08:00,god,,"",""\n2026-11-21,,,25:00,god,,"",""\n').encode()
    )
    entries = read_daylio(stream)
    assert next(entries).day == date(2026, 11, 20)  # before the broken row is read
    with pytest.raises(ForeignFileError):
        next(entries)
    assert not stream.closed


def test_a_large_export_parses_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    row = '2026-11-20,20. nov.,fredag,14:05,god,arbejde | familie,"","{}"\n'
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for n in range(20_000):
            out.write(row.format(f"Notat nummer {n} om dagen på kontoret 😊 " * 3))
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_daylio(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert path.stat().st_size > 2_500_000
    assert peak < 500_000  # far below the file: the rows are not kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"entries": []}\n', "daylio.csv: this is not a Daylio CSV export (its first line"),
        ("", "daylio.csv: this is not a Daylio CSV export"),
        (HEADER + '20-11-2026,,,08:00,god,,"","Hemmeligt"\n', "entry 1 (line 2): full_date "),
        (
            HEADER + '2026-11-20,,,08:00,god,,"",""\n2026-11-20,,,25:61,god,,"","Hemmeligt"\n',
            "entry 2 (line 3): time '25:61' is not a time like 14:58 or 2:58 pm",
        ),
        (HEADER + '2026-11-20,,,13:00 pm,god,,"",""\n', "entry 1 (line 2): time '13:00 pm'"),
        (HEADER + '2026-11-20,,,08:00, ,,"","Hemmeligt"\n', "entry 1 (line 2): the mood is empty"),
        (HEADER + '2026-11-20,,,08:00,god,"Hemmeligt"\n', "entry 1 (line 2): it has 6 fields"),
        (HEADER + '2026-11-20,,,08:00,god,,"","Hemmeligt\n', "the file cannot be read as CSV"),
    ],
)
def test_a_broken_file_gets_one_line_naming_file_entry_and_problem(
    text: str, expected: str
) -> None:
    with pytest.raises(ForeignFileError) as caught:
        _read(text)
    line = str(caught.value)
    assert line.startswith("import: daylio.csv")
    assert expected in line
    assert line.endswith("Nothing was imported.")
    assert "\n" not in line
    assert "Hemmeligt" not in line  # no journal text in a message


def test_a_file_that_is_not_utf8_or_missing_is_named(tmp_path: Path) -> None:
    path = tmp_path / "eksport.csv"
    path.write_bytes((HEADER + '2026-11-20,,,08:00,god,,"","Blåbær"\n').encode("latin-1"))
    with pytest.raises(ForeignFileError, match=r"eksport\.csv: the file is not UTF-8 text"):
        list(read_daylio(path))
    with pytest.raises(ForeignFileError, match=r"mangler\.csv: the file cannot be read \("):
        list(read_daylio(tmp_path / "mangler.csv"))
