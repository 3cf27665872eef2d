"""The spreadsheet export, read back as a spreadsheet user's tools read it (openpyxl, pandas).

One sheet each for days, WHO-5, sparring topics, 1:1s, actions and the consent log;
real dates and numbers; labels, not codes, in the journal's language; the header row
frozen; a text that looks like a formula stays text; the file is owner-only and logged.
"""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date, datetime
from typing import TYPE_CHECKING

import openpyxl
import pandas as pd
import pytest

from tests.services.export_data import (
    ACTION_TEXT,
    AGENDA_POINT,
    MEETING_NOTES,
    PDF_MADE_AT,
    REFLECTION,
    RISKY_DAY,
    TOPIC_NOTES,
    WITH_WHOM,
    export_to,
    open_filled,
)
from wellbeing_desktop.domain.catalogues import (
    DEFAULT_CATEGORIES,
    DEMANDS,
    RESOURCES,
    SIGNALS,
    SPARRING_SITUATIONS,
    STRESS_STEPS,
)
from wellbeing_desktop.domain.models import CatalogueItem, DayLog, Language
from wellbeing_desktop.services import export_sheets

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from openpyxl.worksheet.worksheet import Worksheet

    from wellbeing_desktop.services.journal import Journal

OPERATIONS = f"{DEFAULT_CATEGORIES[0].name_da} (min)"
HEADACHE = next(s.label_da for s in SIGNALS if s.key == "sig-headache")
SHEETS = {
    Language.DANISH: [
        "Dage",
        "WHO-5",
        "Sparring",
        "1\u22361-samtaler",
        "Handlinger",
        "Delte eksporter",
    ],
    Language.ENGLISH: ["Days", "WHO-5", "Sparring", "1\u22361s", "Actions", "Shared exports"],
}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """One Danish journal with demo data and risky texts for the whole module."""
    opened = open_filled(tmp_path_factory.mktemp("xlsx"))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def danish_xlsx(filled: Journal, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_to(filled, "xlsx", tmp_path_factory.mktemp("out") / "lederpuls.xlsx")


def _rows(sheet: Worksheet) -> list[dict[str, object]]:
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)]


def _label(key: str) -> CatalogueItem:
    return next(i for i in (*DEMANDS, *RESOURCES) if i.key == key)


def _row_of(sheet: Worksheet, day: date) -> dict[str, object]:
    return next(r for r in _rows(sheet) if r[sheet["A1"].value] == datetime(*day.timetuple()[:3]))


def test_six_sheets_with_a_frozen_header_row(danish_xlsx: Path) -> None:
    book = openpyxl.load_workbook(danish_xlsx)

    assert book.sheetnames == SHEETS[Language.DANISH]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert all(c.font.b for c in sheet[1]), sheet.title
        assert sheet.max_row > 1, f"{sheet.title} has no rows"
        widths = [d.width for d in sheet.column_dimensions.values()]
        assert widths, sheet.title
        assert all(8 <= w <= 62 for w in widths), sheet.title


def test_days_have_date_cells_numbers_and_labels_in_danish(danish_xlsx: Path) -> None:
    days = openpyxl.load_workbook(danish_xlsx)["Dage"]
    header = [c.value for c in days[1]]
    assert header[:3] == ["Dato", OPERATIONS, f"{DEFAULT_CATEGORIES[1].name_da} (min)"]

    date_cell = days["A2"]
    assert date_cell.is_date
    assert isinstance(date_cell.value, datetime)
    assert "yyyy" in date_cell.number_format
    row = _row_of(days, RISKY_DAY)
    assert row[OPERATIONS] == 120
    assert row["Arbejdstid (min)"] == 480
    assert row["Ledelsesandel"] == pytest.approx(90 / 210)
    assert row["Stresstrin (1–5)"] == 3
    assert row["Stresstrin"] == STRESS_STEPS[2].name_da
    assert row["Krav"] == f"{_label('d6').label_da}; {_label('d2').label_da}"
    assert row["Ressourcer"] == f"{_label('r2').label_da}; {_label('r12').label_da}"
    assert row["Signaler"] == f"-Ondt i maven; {HEADACHE}"
    assert row["Deling"] == "Coach"
    # No item code anywhere in the days' label columns.
    for r in _rows(days):
        for column in ("Krav", "Ressourcer", "Signaler"):
            words = str(r[column] or "").split("; ")
            assert not any(w.startswith(("d", "r", "sig-")) and w[1:2].isdigit() for w in words)
            assert "sig-" not in str(r[column] or "")


def test_texts_that_look_like_formulas_stay_text(danish_xlsx: Path) -> None:
    book = openpyxl.load_workbook(danish_xlsx)
    found = {
        cell.value: cell.data_type
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }

    for text in (REFLECTION, TOPIC_NOTES, ACTION_TEXT, MEETING_NOTES, WITH_WHOM, "-minus"):
        assert found.get(text) == "s", f"{text!r} is not a text cell"
    assert f"{AGENDA_POINT}\nBudget" in found
    assert not any(t == "f" for t in found.values()), "a formula cell"


def test_pandas_reads_real_dates_numbers_and_labels(danish_xlsx: Path) -> None:
    sheets = pd.read_excel(danish_xlsx, sheet_name=None)

    assert list(sheets) == SHEETS[Language.DANISH]
    days = sheets["Dage"]
    assert pd.api.types.is_datetime64_any_dtype(days["Dato"])
    assert pd.api.types.is_numeric_dtype(days[OPERATIONS])
    assert pd.api.types.is_numeric_dtype(days["Ledelsesandel"])
    assert days["Refleksion"].dropna().str.startswith("=HYPERLINK").sum() == 1
    who5 = sheets["WHO-5"]
    assert pd.api.types.is_datetime64_any_dtype(who5["Dato"])
    scores = who5["WHO-5-score (0–100)"]
    assert pd.api.types.is_integer_dtype(scores)
    assert scores.between(0, 100).all()
    assert (who5.iloc[:, 1:6].sum(axis=1) * 4 == scores).all()
    log = sheets["Delte eksporter"]
    assert pd.api.types.is_datetime64_any_dtype(log["Hvornår"])
    assert log["Hvornår"].iloc[0] == pd.Timestamp(PDF_MADE_AT)
    assert log["Hvad"].iloc[0] == "Opsummering til coach"
    assert log["Afsnit"].iloc[0] == "Tidsfordeling, Stress"
    actions = sheets["Handlinger"]
    assert set(actions["Udført"]) <= {"Ja", "Nej"}
    meetings = sheets["1\u22361-samtaler"]
    risky = meetings[meetings["Med hvem"] == WITH_WHOM].iloc[0]
    assert (risky["Handlinger"], risky["Åbne handlinger"]) == (2, 1)
    sparring = sheets["Sparring"]
    assert SPARRING_SITUATIONS["conflict"][0] in set(sparring["Situation"])
    assert set(sparring["Status"]) <= {"Åben", "Løst"}


def test_an_english_journal_gets_english_sheets_and_labels(
    filled: Journal, danish_xlsx: Path, tmp_path: Path
) -> None:
    danish = filled.settings()
    filled.save_settings(dataclasses.replace(danish, language=Language.ENGLISH))
    try:
        path = export_to(filled, "xlsx", tmp_path / "pulse.xlsx")
    finally:
        filled.save_settings(danish)

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == SHEETS[Language.ENGLISH]
    row = _row_of(book["Days"], RISKY_DAY)
    assert row["Stress step"] == STRESS_STEPS[2].name_en
    assert row["Demands"] == f"{_label('d6').label_en}; {_label('d2').label_en}"
    assert "Emotionally demanding" in str(row["Demands"])
    assert row["Shared with"] == "Coach"
    assert [c.value for c in book["WHO-5"][1]][
        1
    ] == "1. I have felt cheerful and in good spirits (0–5)"


def test_the_file_is_owner_only_logged_and_made_without_temporary_files(
    filled: Journal, danish_xlsx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = filled
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    path = export_to(journal, "xlsx", tmp_path / "out.xlsx")

    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert list(scratch.iterdir()) == [], "journal text went through a temporary file"
    entry = journal.export_log()[0]
    assert (entry.kind, entry.format) == ("xlsx", "xlsx")
    assert RISKY_DAY in entry.reflection_days
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_text_longer_than_a_cell_goes_on_in_the_next_column(
    journal: Journal, tmp_path: Path
) -> None:
    long_text = "".join(f"{n:07d} " for n in range(5000))  # 40,000 characters
    journal.save_day(DayLog(day=date(2026, 11, 2), reflection=long_text))

    book = openpyxl.load_workbook(export_to(journal, "xlsx", tmp_path / "long.xlsx"))

    days = book["Dage"]
    header = [c.value for c in days[1]]
    assert header[-2:] == ["Refleksion", "Refleksion (fortsat 2)"]
    first, rest = (c.value for c in days[2][-2:])
    assert len(first) == export_sheets.CELL_LIMIT
    assert first + rest == long_text


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "long_text",
    [
        pytest.param("😀" * 99_999, id="emoji"),
        pytest.param("a" + "😀" * 16_383 + "bc" * 20_000, id="a-pair-at-the-limit"),
    ],
)
def test_a_text_of_emoji_is_split_by_excels_units_and_nothing_is_lost(
    journal: Journal, tmp_path: Path, long_text: str
) -> None:
    journal.save_day(DayLog(day=date(2026, 11, 2), reflection=long_text))

    book = openpyxl.load_workbook(export_to(journal, "xlsx", tmp_path / "emoji.xlsx"))

    days = book["Dage"]
    header = [c.value for c in days[1]]
    first = header.index("Refleksion")
    parts = [c.value for c in days[2][first:]]
    assert header[first + 1 :] == [f"Refleksion (fortsat {n})" for n in range(2, len(parts) + 1)]
    assert all(isinstance(p, str) and _utf16_units(p) <= 32_767 for p in parts)
    assert "".join(str(p) for p in parts) == long_text


def test_cell_chunks_never_split_a_surrogate_pair() -> None:
    assert export_sheets.cell_chunks("a😀😀", limit=2) == ["a", "😀", "😀"]
    assert export_sheets.cell_chunks("😀ab", limit=3) == ["😀a", "b"]
    assert export_sheets.cell_chunks("", limit=3) == [""]
