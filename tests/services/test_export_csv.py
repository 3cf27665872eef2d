"""The CSV export as scripts and spreadsheets read it (pandas, the csv module).

UTF-8 with a byte-order mark; codes kept for scripts with labels beside them; a text
that begins like a formula gets a ``'`` in front (and a script can take it off again).
"""

from __future__ import annotations

import csv
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.export_data import (
    REFLECTION,
    RISKY_DAY,
    RISKY_TEXTS,
    export_to,
    open_filled,
)
from wellbeing_desktop.domain.catalogues import DEMANDS, RESOURCES, SIGNALS, STRESS_STEPS
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.export_csv import neutralised

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

LABEL_BESIDE_CODE = {
    "stress_step": "stress_step_label",
    "signals": "signal_labels",
    "demand_items": "demand_labels",
    "resource_items": "resource_labels",
    "share": "share_label",
}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    opened = open_filled(tmp_path_factory.mktemp("csv"))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def days_csv(filled: Journal, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_to(filled, "csv", tmp_path_factory.mktemp("out") / "days.csv")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_file_starts_with_a_byte_order_mark_and_is_owner_only(days_csv: Path) -> None:
    assert days_csv.read_bytes().startswith(b"\xef\xbb\xbfdate,")
    assert oct(days_csv.stat().st_mode & 0o777) == "0o600"


def test_each_coded_column_has_its_labels_beside_it(days_csv: Path) -> None:
    header = next(csv.reader(days_csv.read_text(encoding="utf-8-sig").splitlines()))
    for code, label in LABEL_BESIDE_CODE.items():
        assert header.index(label) == header.index(code) + 1, label

    risky = next(r for r in _rows(days_csv) if r["date"] == RISKY_DAY.isoformat())
    assert risky["demand_items"] == "d6 d2"
    labels = {i.key: i.label_da for i in (*DEMANDS, *RESOURCES)}
    assert risky["demand_labels"] == f"{labels['d6']}; {labels['d2']}"
    assert risky["resource_items"] == "r2 r12"
    assert risky["resource_labels"] == f"{labels['r2']}; {labels['r12']}"
    assert risky["stress_step_label"] == STRESS_STEPS[2].name_da
    assert risky["share"] == "coach"
    assert risky["share_label"] == "Coach"
    headache = next(s.label_da for s in SIGNALS if s.key == "sig-headache")
    assert risky["signal_labels"] == f"'-Ondt i maven; {headache}"  # starts with '-'


def test_pandas_reads_the_danish_letters_and_the_numbers(days_csv: Path) -> None:
    frame = pd.read_csv(days_csv, encoding="utf-8-sig", keep_default_na=False)

    assert frame.columns[0] == "date"
    assert frame["resource_labels"].str.contains("ø|æ|å", regex=True).any()
    assert pd.api.types.is_integer_dtype(frame["operations_minutes"])
    risky = frame[frame["date"] == RISKY_DAY.isoformat()].iloc[0]
    assert risky["reflection"] == "'" + REFLECTION
    assert risky["tags"] == "'-minus"
    assert risky["leadership_share_percent"] == 43  # 90 of 210 minutes


@pytest.mark.parametrize("text", RISKY_TEXTS)
def test_a_text_that_starts_like_a_formula_gets_a_quote_in_front(text: str) -> None:
    assert neutralised(text) == "'" + text
    assert neutralised("'" + text) == "''" + text  # one ' off any cell gives the text back
    assert neutralised(f"ok {text}") == f"ok {text}"
    assert neutralised("") == ""


def test_no_cell_of_the_file_starts_like_a_formula(days_csv: Path) -> None:
    with days_csv.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]

    assert cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'" + REFLECTION in cells


@pytest.mark.parametrize(
    "reflection",
    ["Første linje\rAnden linje", "linje et\rlinje to\r", "a\r\nb\nc", "slut\r"],
)
def test_a_reflection_with_line_breaks_stays_in_its_days_row(
    tmp_path: Path, reflection: str
) -> None:
    access = JournalAccess(
        JournalPaths(tmp_path / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal, _code = access.create(PASSPHRASE)
    try:
        journal.save_day(
            DayLog(day=date(2026, 11, 24), minutes={"operations": 60}, reflection=reflection)
        )
        journal.save_day(DayLog(day=date(2026, 11, 25), minutes={}, reflection="næste dag"))
        path = export_to(journal, "csv", tmp_path / "days.csv")
    finally:
        journal.close()

    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    frame = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, dtype=str)
    assert [r["date"] for r in rows] == list(frame["date"]) == ["2026-11-24", "2026-11-25"]
    assert rows[0]["reflection"] == frame["reflection"][0] == reflection
    assert rows[1]["reflection"] == frame["reflection"][1] == "næste dag"
