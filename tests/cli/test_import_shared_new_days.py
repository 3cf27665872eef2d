"""``import``: every shared day that would get text is told and needs a yes (issue #19).

A shared day with figures and no reflection yet is a day already in the journal; a new
day our own Markdown export brings shared (its ``share:``) is told as such. Both need
``--yes`` without a terminal, and a dry run lists them.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import Journal, assert_ok, assert_user_error, set_language
from tests.cli.test_import_formats import days_of, preview

if TYPE_CHECKING:
    from pathlib import Path

DAY = "2026-11-20"


@pytest.fixture
def other(empty_template: Journal, tmp_path: Path) -> Journal:
    """A second new journal (the one an export is brought into)."""
    root = tmp_path / "anden"
    root.mkdir()
    shutil.copytree(empty_template.data_dir, root / "journal")
    shutil.copy2(empty_template.recovery_key_file, root / "recovery-key.txt")
    return Journal(root / "journal", empty_template.passphrase_file, root / "recovery-key.txt")


def _notes(tmp_path: Path) -> Path:
    folder = tmp_path / "noter"
    folder.mkdir()
    (folder / f"{DAY}.md").write_text("---\ntags: [x]\n---\nMin private tanke om Mette\n")
    return folder


def test_a_shared_day_with_figures_only_is_told_and_refused_without_yes(
    journal: Journal, tmp_path: Path
) -> None:
    assert_ok(journal.run("log", "--date", DAY, "--energy", "3", "--share", "coach"))
    files = journal.snapshot()

    refused = journal.run("import", _notes(tmp_path))

    assert_user_error(refused, "1 day you share", "nothing was written", "--yes")
    facts = preview(refused)
    assert facts["In the journal"] == (
        f"1 day is there already (the text goes after its own): {DAY}"
    )
    assert facts["Shared days"] == f"1 of them you share (1:1 or coach): {DAY}"
    assert journal.snapshot() == files
    assert_ok(journal.run("import", tmp_path / "noter", "--yes"))
    day = next(d for d in days_of(journal, tmp_path) if d["date"] == DAY)
    assert (day["share"], day["reflection"]) == ("coach", "Min private tanke om Mette")


def test_new_days_of_our_export_that_come_in_shared_are_told_and_need_yes(
    journal: Journal, other: Journal, tmp_path: Path
) -> None:
    assert_ok(journal.run("log", "--date", DAY, "--note", "Til min coach.", "--share", "coach"))
    assert_ok(journal.run("export", "--format", "markdown", "--out", tmp_path / "eksport"))

    dry = assert_ok(other.run("import", tmp_path / "eksport", "--dry-run"))
    facts = preview(dry)
    assert facts["In the journal"] == "no day (every day is new)"
    assert facts["New shared days"] == f"shared (1:1 or coach), as the file says: {DAY}"
    assert "a new day takes the one the file gives" in dry.stdout
    refused = other.run("import", tmp_path / "eksport")
    assert_user_error(refused, "1 day you share", "nothing was written", "--yes")
    assert days_of(other, tmp_path) == []

    imported = assert_ok(other.run("import", tmp_path / "eksport", "--yes"))
    assert imported.stdout.splitlines()[-1] == "Imported 1 entry into 1 day."
    assert [(d["date"], d["share"]) for d in days_of(other, tmp_path)] == [(DAY, "coach")]


def test_the_new_shared_days_are_told_in_danish(
    journal: Journal, other: Journal, tmp_path: Path
) -> None:
    assert_ok(journal.run("log", "--date", DAY, "--note", "Til 1:1.", "--share", "one-on-one"))
    assert_ok(journal.run("export", "--format", "markdown", "--out", tmp_path / "eksport"))
    set_language(other, "da")

    facts = preview(assert_ok(other.run("import", tmp_path / "eksport", "--dry-run")))

    assert facts["I dagbogen"] == "ingen dag (alle dage er nye)"
    assert facts["Nye delte dage"] == f"delt (1:1 eller coach), som filen angiver: {DAY}"
