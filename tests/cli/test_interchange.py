"""``demo``, ``export`` and ``import``: lossless JSON, all-or-nothing imports, CSV per day."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import TYPE_CHECKING

import openpyxl
import pytest

from tests.cli.cli_support import (
    RECOVERY_KEY_PATTERN,
    SEEDED_DAY,
    Journal,
    assert_ok,
    assert_user_error,
    run_cli,
)

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def demo_journal(tmp_path_factory: pytest.TempPathFactory, passphrase_file: Path) -> Journal:
    """A journal that ``demo`` created and filled: 60 days, sparring, 1:1s and WHO-5."""
    root = tmp_path_factory.mktemp("demo")
    result = assert_ok(
        run_cli(
            "demo",
            "--days",
            "60",
            "--seed",
            "3",
            data_dir=root / "journal",
            passphrase_file=passphrase_file,
        )
    )
    assert len(re.findall(RECOVERY_KEY_PATTERN, result.stdout)) == 1
    return Journal(root / "journal", passphrase_file, root / "no-recovery-key-file")


@pytest.fixture(scope="module")
def demo_export(demo_journal: Journal, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo-export") / "demo.json"
    assert_ok(demo_journal.run("export", "--format", "json", "--out", out))
    return out


def test_demo_export_is_rich_and_versioned(demo_export: Path) -> None:
    document = json.loads(demo_export.read_text(encoding="utf-8"))

    assert document["format"] == "leader-pulse-export"
    assert document["version"] == 2
    assert 30 <= len(document["days"]) <= 60
    assert document["sparring_topics"]
    assert document["one_on_ones"]
    assert len(document["who5"]) >= 3
    assert any(d["reflection"] for d in document["days"])
    assert oct(demo_export.stat().st_mode & 0o777) == "0o600"


def test_json_export_import_export_is_identical_but_for_the_export_time(
    demo_export: Path, journal: Journal, tmp_path: Path
) -> None:
    result = assert_ok(journal.run("import", demo_export))
    document = json.loads(demo_export.read_text(encoding="utf-8"))
    assert f"Imported {len(document['days'])} days" in result.stdout

    again = tmp_path / "again.json"
    assert_ok(journal.run("export", "--format", "json", "--out", again))

    stamp = re.compile(rb'\n  "exported_at": "[^"]+",')
    assert len(stamp.findall(demo_export.read_bytes())) == 1
    assert stamp.sub(b"", again.read_bytes()) == stamp.sub(b"", demo_export.read_bytes())


def test_importing_the_same_file_twice_is_refused_and_changes_nothing(
    demo_export: Path, journal: Journal, tmp_path: Path
) -> None:
    assert_ok(journal.run("import", demo_export))
    before = journal.snapshot()

    assert_user_error(journal.run("import", demo_export), "import", "already")

    assert journal.snapshot() == before


def test_import_where_only_the_last_item_clashes_imports_nothing(
    demo_export: Path, seeded: Journal, seeded_export: str, tmp_path: Path
) -> None:
    """All or nothing: one WHO-5 date already in the journal stops the whole import."""
    document = json.loads(demo_export.read_text(encoding="utf-8"))
    seeded_doc = json.loads(seeded_export)
    document["who5"].append(seeded_doc["who5"][0])  # same date as the seeded check-in
    clashing = tmp_path / "clashing.json"
    clashing.write_text(json.dumps(document), encoding="utf-8")
    before = seeded.snapshot()

    assert_user_error(seeded.run("import", clashing), "import")

    assert seeded.snapshot() == before


def test_importing_sparring_topics_and_meetings_twice_is_refused(
    journal: Journal, tmp_path: Path
) -> None:
    """Importing the same topics and 1:1s twice is refused.

    A file without days or WHO-5 (e.g. a period with only a sparring topic) is still
    "the same file again" the second time: it must not add every topic and 1:1 twice.
    """
    document = {
        "format": "leader-pulse-export",
        "version": 1,
        "days": [],
        "who5": [],
        "sparring_topics": [
            {
                "raised_on": "2025-02-03",
                "situation": "conflict",
                "with_whom": "hr",
                "status": "open",
                "resolved_on": None,
                "notes": "Conflict in team B",
            }
        ],
        "one_on_ones": [
            {
                "held_on": "2025-02-04",
                "with_whom": "Anna",
                "agenda": ["workload"],
                "notes": "Went well.",
                "actions": [{"text": "follow up", "done": False}],
            }
        ],
    }
    path = tmp_path / "topics.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert_ok(journal.run("import", path))
    before = journal.snapshot()

    result = journal.run("import", path)

    assert_user_error(result, "import")
    assert journal.snapshot() == before


def test_export_into_a_missing_folder_is_a_clear_error(seeded: Journal, tmp_path: Path) -> None:
    before = seeded.snapshot()

    result = seeded.run("export", "--format", "json", "--out", tmp_path / "missing" / "x.json")

    assert_user_error(result, "out")
    assert seeded.snapshot() == before
    assert not (tmp_path / "missing").exists()


def test_csv_export_has_a_header_and_one_row_per_day(
    demo_journal: Journal, demo_export: Path, tmp_path: Path
) -> None:
    out = tmp_path / "days.csv"

    result = assert_ok(demo_journal.run("export", "--format", "csv", "--out", out))

    assert "not encrypted" in result.stderr
    document = json.loads(demo_export.read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert [r["date"] for r in rows] == [d["date"] for d in document["days"]]
    first = document["days"][0]
    assert rows[0]["reflection"] == first["reflection"]
    assert rows[0]["stress_step"] == str(first["stress_step"] or "")
    assert rows[0]["operations_minutes"] == str(first["minutes"].get("operations", ""))


def test_export_of_a_period(demo_journal: Journal, demo_export: Path, tmp_path: Path) -> None:
    document = json.loads(demo_export.read_text(encoding="utf-8"))
    dates = [d["date"] for d in document["days"]]
    start, end = dates[5], dates[9]
    out = tmp_path / "period.csv"

    assert_ok(
        demo_journal.run("export", "--format", "csv", "--out", out, "--from", start, "--to", end)
    )

    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["date"] for r in rows] == dates[5:10]


def test_demo_refuses_a_journal_that_has_days(seeded: Journal, tmp_path: Path) -> None:
    before = seeded.snapshot()

    assert_user_error(seeded.run("demo", "--days", "5"), "demo")

    assert seeded.snapshot() == before


def test_demo_fills_an_existing_empty_journal(journal: Journal) -> None:
    assert_ok(journal.run("demo", "--days", "10", "--seed", "2"))

    shown = assert_ok(journal.run("show")).stdout.splitlines()
    assert 5 <= len(shown) <= 10
    assert all(re.match(r"\d{4}-\d{2}-\d{2}  ", line) for line in shown)


def test_xlsx_export_from_the_command_line(seeded: Journal, tmp_path: Path) -> None:
    out = tmp_path / "lederpuls.xlsx"

    result = assert_ok(seeded.run("export", "--format", "xlsx", "--out", out))

    assert "not encrypted" in result.stderr
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) == 6
    days = book.worksheets[0]
    assert days.freeze_panes == "A2"
    assert days["A2"].is_date
    assert days["A2"].value.date().isoformat() == SEEDED_DAY
    # Written again over the same name: refused, nothing changed.
    before = out.read_bytes()
    assert_user_error(seeded.run("export", "--format", "xlsx", "--out", out), "out")
    assert out.read_bytes() == before
    # The consent log holds the export (the next JSON export carries the log).
    again = tmp_path / "after.json"
    assert_ok(seeded.run("export", "--format", "json", "--out", again))
    kinds = [e["kind"] for e in json.loads(again.read_text(encoding="utf-8"))["export_log"]]
    assert kinds[-1] == "xlsx"


def test_an_import_the_schema_refuses_is_one_line_naming_the_field(
    journal: Journal, tmp_path: Path
) -> None:
    document = {
        "format": "leader-pulse-export",
        "version": 2,
        "days": [{"date": "2025-02-03", "stress_step": 2}, {"date": "2025-02-04", "energy": 9}],
    }
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = journal.snapshot()

    result = journal.run("import", path)

    assert_user_error(result, "import", "days[1].energy (2025-02-04)", "9", "from 1 to 5")
    assert journal.snapshot() == before


def test_an_import_with_a_byte_order_mark_is_read(
    demo_export: Path, journal: Journal, tmp_path: Path
) -> None:
    with_mark = tmp_path / "windows.json"
    with_mark.write_bytes(b"\xef\xbb\xbf" + demo_export.read_bytes())

    result = assert_ok(journal.run("import", with_mark))

    assert "Imported" in result.stdout
