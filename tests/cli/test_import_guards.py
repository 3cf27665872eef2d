"""``import`` after the GUI attack (issue #19): what a user reads.

An old date, a backup before the import, files that are no export, folders without notes.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.cli_support import Journal, assert_ok, assert_user_error, set_language

DATA = Path(__file__).resolve().parents[1] / "data" / "foreign"


def _jrnl(path: Path, *days: str) -> Path:
    entries = [
        {"title": "Hej.", "body": "", "date": day, "time": "09:00", "tags": [], "starred": False}
        for day in days
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_a_date_before_1970_is_refused_by_the_dry_run_and_the_import(
    journal: Journal, tmp_path: Path
) -> None:
    path = _jrnl(tmp_path / "gammel.json", "2026-11-20", "1901-05-04")
    files = journal.snapshot()
    for dry_run in (("--dry-run",), ()):
        result = journal.run("import", path, *dry_run)
        assert_user_error(result, "import: gammel.json, entry 2: its date 1901-05-04 is before")
        assert result.stdout == ""
    assert journal.snapshot() == files


def test_an_import_into_a_journal_with_content_names_its_backup(
    journal: Journal, tmp_path: Path
) -> None:
    assert_ok(journal.run("log", "--date", "2026-11-02", "--note", "Min egen dag."))
    result = assert_ok(journal.run("import", _jrnl(tmp_path / "ny.json", "2026-11-20")))
    *_preview, done, backup = result.stdout.splitlines()
    assert done == "Imported 1 entry into 1 day."
    prefix = "A backup from before the import: "
    assert backup.startswith(prefix)
    made = Path(backup.removeprefix(prefix))
    assert made.parent == journal.data_dir / "backups"
    assert made.name.endswith("-before-import.lpbackup")
    assert made.is_file()


def test_a_dry_run_and_an_import_of_nothing_new_make_no_backup(
    journal: Journal, tmp_path: Path
) -> None:
    assert_ok(journal.run("log", "--date", "2026-11-02", "--note", "Min egen dag."))
    path = _jrnl(tmp_path / "ny.json", "2026-11-20")
    assert_ok(journal.run("import", path, "--dry-run"))
    assert not list((journal.data_dir / "backups").glob("*before-import*"))
    assert_ok(journal.run("import", path))
    again = assert_ok(journal.run("import", path))
    assert "A backup" not in again.stdout
    assert len(list((journal.data_dir / "backups").glob("*before-import*"))) == 1


def test_a_zip_that_is_no_zip_is_not_called_json(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "dagbog.zip"
    path.write_text('{"metadata": {}, "entries": []}', encoding="utf-8")
    result = assert_user_error(journal.run("import", path), "dagbog.zip is a damaged .zip file")
    assert "JSON" not in result.stderr


def test_every_refusal_names_the_file_by_its_name_alone(journal: Journal, tmp_path: Path) -> None:
    wrong = tmp_path / "forkert.csv"
    wrong.write_text("dato,humør\n2026-11-20,godt\n", encoding="utf-8")
    bad_day = tmp_path / "dårlig.csv"
    text = (DATA / "daylio_export.csv").read_text(encoding="utf-8")
    bad_day.write_text(text.replace("2026-11-19", "2026-02-30", 1), encoding="utf-8")
    for path in (wrong, bad_day):
        result = assert_user_error(journal.run("import", path), f"import: {path.name}")
        assert str(tmp_path) not in result.stderr


def test_a_newer_export_and_an_entry_are_said_in_danish(journal: Journal, tmp_path: Path) -> None:
    set_language(journal, "da")
    newer = tmp_path / "ny.json"
    newer.write_text('{"format": "leader-pulse-export", "version": 999}', encoding="utf-8")
    assert_user_error(
        journal.run("import", newer), "import: eksportversion '999' understøttes ikke"
    )
    future = _jrnl(tmp_path / "frem.json", "2026-11-20", "2099-01-01")
    said = assert_ok(journal.run("import", future, "--dry-run")).stdout
    assert "indlæg dateret efter i dag, importer dem igen den dag (1)" in said


def test_a_folder_without_daily_notes_holds_no_entries(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "Dokumenter"
    (folder / "undermappe").mkdir(parents=True)
    (folder / "indkøb.txt").write_text("mælk\n", encoding="utf-8")
    (folder / "undermappe" / "README.md").write_text("# Læs mig\n", encoding="utf-8")
    result = assert_ok(journal.run("import", folder))
    assert result.stdout == f"Nothing to import: {folder} holds no entries.\n"
