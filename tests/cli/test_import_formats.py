"""``import`` of other journal apps' exports (issue #19) through the real CLI.

Each realistic sample of ``tests/data/foreign/`` (real jrnl output, Day One's JSON and
.zip, Daylio's CSV, a folder of Markdown notes) is detected without ``--format``; its
preview says what the import would do, and ``--dry-run`` writes nothing; the import adds
its entries, and a second import says there is nothing to import. A malformed file is
one line naming it, and nothing is written.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.cli.cli_support import Journal, assert_ok, assert_user_error, describe, set_language

if TYPE_CHECKING:
    import subprocess

DATA = Path(__file__).resolve().parents[1] / "data" / "foreign"

# name, the app the preview names, entries, days, first day, last day
SAMPLES = [
    pytest.param("jrnl-4.6.json", "jrnl", 7, 4, "2026-11-20", "2026-11-24", id="jrnl"),
    pytest.param(
        "dayone-journal.json", "Day One", 6, 4, "2026-11-20", "2026-11-30", id="dayone-json"
    ),
    pytest.param("dayone-export.zip", "Day One", 6, 4, "2026-11-20", "2026-11-30", id="dayone-zip"),
    pytest.param("daylio_export.csv", "Daylio", 5, 3, "2026-11-18", "2026-11-20", id="daylio"),
    pytest.param("markdown_notes", "Markdown", 4, 4, "2026-11-05", "2026-11-20", id="markdown"),
]


def days_of(journal: Journal, scratch: Path) -> list[dict[str, Any]]:
    """The journal's days as its JSON export holds them."""
    exported: list[dict[str, Any]] = json.loads(journal.export_json(scratch / "days.json"))["days"]
    return exported


def preview(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """The preview's lines by their label ("File", "To import", "Tags", ...)."""
    facts = {}
    for line in result.stdout.splitlines():
        label, colon, value = line.partition(":")
        if colon and value.startswith("  "):
            facts[label] = value.strip()
    return facts


@pytest.mark.parametrize(("name", "app", "entries", "days", "first", "last"), SAMPLES)
def test_each_export_is_detected_and_its_dry_run_writes_nothing(
    journal: Journal,
    tmp_path: Path,
    name: str,
    app: str,
    entries: int,
    days: int,
    first: str,
    last: str,
) -> None:
    before = days_of(journal, tmp_path)
    files = journal.snapshot()
    result = assert_ok(journal.run("import", DATA / name, "--dry-run"))
    facts = preview(result)
    assert facts["File"] == f"{DATA / name} ({app})", describe(result)
    assert facts["To import"] == f"{entries} entries on {days} days ({first} – {last})"
    assert facts["In the journal"] == "no day (every day is new)"
    assert result.stdout.splitlines()[-1] == "Nothing was written."
    assert journal.snapshot() == files
    assert days_of(journal, tmp_path) == before == []


@pytest.mark.parametrize(("name", "app", "entries", "days", "first", "last"), SAMPLES)
def test_each_export_imports_once_and_then_has_nothing_new(
    journal: Journal,
    tmp_path: Path,
    name: str,
    app: str,
    entries: int,
    days: int,
    first: str,
    last: str,
) -> None:
    result = assert_ok(journal.run("import", DATA / name))
    assert result.stdout.splitlines()[-1] == f"Imported {entries} entries into {days} days."
    imported = days_of(journal, tmp_path)
    assert [day["date"] for day in imported][:: len(imported) - 1] == [first, last]
    assert len(imported) == days
    assert {day["share"] for day in imported} == {"private"}
    assert all(day["reflection"] or day["tags"] for day in imported)

    again = assert_ok(journal.run("import", DATA / name))
    assert again.stdout == (
        f"Nothing to import: all {entries} entries of {DATA / name} are in the journal already.\n"
    )
    assert days_of(journal, tmp_path) == imported


def test_the_preview_names_tags_days_appended_to_and_what_is_left_out(
    journal: Journal, tmp_path: Path
) -> None:
    assert_ok(journal.run("log", "--date", "2026-11-20", "--note", "Min egen dag."))
    assert_ok(journal.run("log", "--date", "2026-11-24", "--note", "Endnu en dag."))
    dayone = preview(assert_ok(journal.run("import", DATA / "dayone-export.zip", "--dry-run")))
    assert dayone["In the journal"] == (
        "2 days are there already (the text goes after their own): 2026-11-20, 2026-11-24"
    )
    left_out = dayone["Left out"].split(", ")
    assert "photos (4)" in left_out
    assert "locations (2)" in left_out
    assert "weather (2)" in left_out
    assert dayone["Tags"].startswith("7 tags: ")
    # More than ten tags: the first ten, then how many more.
    daylio = preview(assert_ok(journal.run("import", DATA / "daylio_export.csv", "--dry-run")))
    assert daylio["Tags"].startswith("12 tags: 1-1-samtaler, arbejde, ")
    assert daylio["Tags"].endswith(" and 2 more")
    assert daylio["In the journal"] == (
        "1 day is there already (the text goes after its own): 2026-11-20"
    )
    assert daylio["Left out"] == "activities of emoji only (1)"
    markdown = preview(assert_ok(journal.run("import", DATA / "markdown_notes", "--dry-run")))
    assert markdown["Left out"] == "files that are not daily notes (2)"
    # The import appends: the day's own text first, then the entries under their times.
    assert_ok(journal.run("import", DATA / "dayone-export.zip"))
    day = next(d for d in days_of(journal, tmp_path) if d["date"] == "2026-11-20")
    assert day["reflection"].startswith("Min egen dag.\n\n— ")


def test_more_than_ten_days_appended_to_are_counted(journal: Journal, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    for n in range(1, 13):
        day = f"2026-10-{n:02d}"
        assert_ok(journal.run("log", "--date", day, "--note", "Skrevet her."))
        (notes / f"{day}.md").write_text(f"Note {n} #uge{n}\n", encoding="utf-8")
    facts = preview(assert_ok(journal.run("import", notes, "--dry-run")))
    shown = ", ".join(f"2026-10-{n:02d}" for n in range(1, 11))
    assert facts["In the journal"] == (
        f"12 days are there already (the text goes after their own): {shown} and 2 more"
    )


def test_entries_imported_before_are_passed_over_and_counted(
    journal: Journal, tmp_path: Path
) -> None:
    document = json.loads((DATA / "jrnl-4.6.json").read_text(encoding="utf-8"))
    first_three = tmp_path / "jrnl-first.json"
    first_three.write_text(
        json.dumps({**document, "entries": document["entries"][:3]}), encoding="utf-8"
    )
    assert_ok(journal.run("import", first_three))
    result = assert_ok(journal.run("import", DATA / "jrnl-4.6.json"))
    facts = preview(result)
    assert facts["Already imported"] == "3 entries (passed over)"
    assert facts["To import"].startswith("4 entries on ")
    *_said, done, backup = result.stdout.splitlines()
    assert done.startswith("Imported 4 entries into ")
    assert backup.startswith("A backup from before the import: ")


def test_an_explicit_format_is_used_and_a_wrong_one_is_one_line(journal: Journal) -> None:
    result = assert_ok(
        journal.run("import", DATA / "jrnl-4.6.json", "--format", "jrnl", "--dry-run")
    )
    assert preview(result)["File"].endswith("(jrnl)")
    before = journal.snapshot()
    wrong = journal.run("import", DATA / "jrnl-4.6.json", "--format", "daylio")
    assert_user_error(wrong, "jrnl-4.6.json", "nothing was imported")
    assert wrong.stdout == ""
    assert journal.snapshot() == before


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        pytest.param(
            "cut.json",
            (DATA / "jrnl-4.6.json").read_bytes()[:900],
            ("cut.json", "cut short"),
            id="jrnl-cut-short",
        ),
        pytest.param(
            "export.csv",
            b"full_date,date,weekday,time,mood,activities,note_title,note\n"
            b'2026-11-20,20. nov.,fredag,08:12,god,arbejde,"",""\n'
            b'2026-13-45,?,fredag,08:12,god,arbejde,"",""\n',
            ("export.csv", "entry 2", "full_date"),
            id="daylio-bad-date",
        ),
        pytest.param(
            "journal.txt", b"2026-11-20 09:00 Hej\n", ("journal.txt", "--format"), id="unknown"
        ),
        pytest.param("dayone.zip", b"PK\x03\x04 not a zip", ("dayone.zip", "damaged"), id="zip"),
    ],
)
def test_a_malformed_file_is_one_line_and_writes_nothing(
    journal: Journal, tmp_path: Path, name: str, content: bytes, words: tuple[str, ...]
) -> None:
    assert_ok(journal.run("log", "--date", "2026-11-20", "--note", "Min egen dag."))
    before = days_of(journal, tmp_path)
    files = journal.snapshot()
    path = tmp_path / name
    path.write_bytes(content)
    for dry_run in ((), ("--dry-run",)):
        result = journal.run("import", path, *dry_run)
        assert_user_error(result, *words)
        assert result.stdout == ""
        assert journal.snapshot() == files
    assert days_of(journal, tmp_path) == before


def test_a_missing_file_is_named(journal: Journal, tmp_path: Path) -> None:
    for name in ("gone.csv", "gone-folder", "gone.json"):
        result = journal.run("import", tmp_path / name)
        assert_user_error(result, name, "cannot read", "no such file")


def test_a_fifo_is_refused_at_once(journal: Journal, tmp_path: Path) -> None:
    """A FIFO no one writes would make a read wait forever: refused before any read."""
    for name, given in (("handed-over.json", ()), ("notes.csv", ("--format", "jrnl"))):
        fifo = tmp_path / name
        os.mkfifo(fifo)
        result = journal.run_process("import", fifo, *given)  # a hang fails by a timeout
        assert_user_error(result, f"import: {name} is not a regular file")


def test_a_danish_journal_is_shown_the_preview_and_refusals_in_danish(
    journal: Journal, tmp_path: Path
) -> None:
    set_language(journal, "da")
    assert_ok(journal.run("log", "--date", "2026-11-20", "--note", "Min egen dag."))
    result = assert_ok(journal.run("import", DATA / "daylio_export.csv", "--dry-run"))
    facts = preview(result)
    assert facts["Fil"] == f"{DATA / 'daylio_export.csv'} (Daylio)"
    assert facts["Importeres"] == "5 indlæg på 3 dage (2026-11-18 – 2026-11-20)"
    assert facts["Tags"].endswith(" og 2 mere")
    assert (
        facts["I dagbogen"] == "1 dag er der allerede (teksten kommer efter dens egen): 2026-11-20"
    )
    assert facts["Udeladt"] == "aktiviteter kun af emoji (1)"
    assert result.stdout.splitlines()[-1] == "Intet blev skrevet."
    imported = assert_ok(journal.run("import", DATA / "daylio_export.csv"))
    assert imported.stdout.splitlines()[-2] == "Importeret: 5 indlæg på 3 dage."
    assert imported.stdout.splitlines()[-1].startswith("En sikkerhedskopi fra før importen: ")
    again = assert_ok(journal.run("import", DATA / "daylio_export.csv"))
    assert again.stdout.startswith("Intet at importere: alle 5 indlæg fra ")
    unknown = tmp_path / "noter.txt"
    unknown.write_text("Hej\n", encoding="utf-8")
    assert_user_error(
        journal.run("import", unknown), "noter.txt", "--format", "intet blev importeret"
    )


def test_the_help_names_every_format(journal: Journal) -> None:
    result = assert_ok(journal.run("import", "--help"))
    for word in ("leader-pulse", "jrnl", "dayone", "daylio", "markdown", "--dry-run", "--yes"):
        assert word in result.stdout


def test_one_markdown_note_is_imported_on_its_day(journal: Journal) -> None:
    note = DATA / "markdown_notes" / "Dagbog" / "2026-11-20.md"
    facts = preview(assert_ok(journal.run("import", note, "--dry-run")))
    assert facts["File"] == f"{note} (Markdown)"
    assert facts["To import"] == "1 entry on 1 day (2026-11-20)"
