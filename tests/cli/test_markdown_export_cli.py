"""``export --format markdown --out DIR``: a new folder of Markdown files, through ``main``.

What the user sees: the line that says what was written and the warning that the folder
is not encrypted; a refusal as one line that names ``out`` (DIR exists, even empty; its
parent does not exist; ``-``), with nothing made and nothing logged; a consent entry
that fails leaves no folder.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import SEEDED_DAY, assert_ok, assert_user_error, set_language
from tests.cli.test_export_consent_unit import (
    FAIL_AT_COMMIT,
    FAIL_AT_INSERT,
    consent_count,
    sabotage,
)

if TYPE_CHECKING:
    import subprocess
    from pathlib import Path

    from tests.cli.cli_support import Journal


def export(journal: Journal, out: Path | str, *more: str) -> subprocess.CompletedProcess[str]:
    return journal.run("export", "--format", "markdown", "--out", out, *more)


def test_the_export_writes_the_folder_says_so_and_warns(seeded: Journal, tmp_path: Path) -> None:
    out = tmp_path / "export"
    before = consent_count(seeded)  # the template may hold entries of other tests' exports

    result = assert_ok(export(seeded, out))

    said = f"Exported 1 day, 0 1:1s, 0 sparring topics and 1 WHO-5 check-in to {out}.\n"
    assert result.stdout == said
    assert result.stderr == "The exported folder is not encrypted. Keep it somewhere safe.\n"
    assert sorted(os.listdir(out)) == ["1-1 meetings", "Days", "README.md", "Sparring", "WHO-5.md"]
    day = (out / "Days" / f"{SEEDED_DAY}.md").read_text(encoding="utf-8")
    assert day.startswith(f"---\ndate: {SEEDED_DAY}\nleader_pulse_export: 1\nshare: private\n")
    assert "stress_step: 2\n" in day
    assert "signals: [sig-headache]\n" in day
    assert day.endswith("\n---\nA calm seeded day.\n")
    assert oct(os.stat(out).st_mode & 0o777) == "0o700"
    assert oct(os.stat(out / "Days" / f"{SEEDED_DAY}.md").st_mode & 0o777) == "0o600"
    assert consent_count(seeded) == before + 1


def test_from_and_to_limit_the_days(seeded: Journal, tmp_path: Path) -> None:
    out = tmp_path / "later"
    before = consent_count(seeded)

    result = assert_ok(export(seeded, out, "--from", "2025-06-03", "--to", "2025-12-31"))

    assert "Exported 0 days" in result.stdout
    assert os.listdir(out / "Days") == []
    assert consent_count(seeded) == before + 1


def test_a_danish_journal_gets_danish_words_and_names(seeded: Journal, tmp_path: Path) -> None:
    set_language(seeded, "da")
    out = tmp_path / "eksport"

    result = assert_ok(export(seeded, out))

    said = f"Eksporteret: 1 dag, 0 1:1-samtaler, 0 sparringsemner og 1 WHO-5-måling til {out}.\n"
    assert result.stdout == said
    assert result.stderr == "Den eksporterede mappe er ikke krypteret. Gem den et sikkert sted.\n"
    assert sorted(os.listdir(out)) == ["1-1-samtaler", "Dage", "LÆS MIG.md", "Sparring", "WHO-5.md"]


@pytest.mark.parametrize("existing", ["empty folder", "folder", "file"])
def test_an_existing_out_is_refused_in_one_line_and_nothing_is_logged(
    seeded: Journal, tmp_path: Path, existing: str
) -> None:
    out = tmp_path / "export"
    if existing == "file":
        out.write_text("mine", encoding="utf-8")
    else:
        out.mkdir()
        if existing == "folder":
            (out / "mine.md").write_text("mine", encoding="utf-8")
    before = consent_count(seeded)

    result = export(seeded, out)

    assert_user_error(result, "out:", "a new folder (it exists already)")
    assert result.stdout == ""
    if existing == "file":
        assert out.read_text(encoding="utf-8") == "mine"
    else:
        assert os.listdir(out) == ([] if existing == "empty folder" else ["mine.md"])
    assert sorted(p for p in os.listdir(tmp_path) if p.startswith(".")) == []
    assert consent_count(seeded) == before


def test_a_missing_parent_or_a_dash_is_refused_in_one_line(seeded: Journal, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "export"
    before = consent_count(seeded)

    assert_user_error(export(seeded, out), "out:", "a new folder in a folder that exists")
    assert_user_error(export(seeded, "-"), "out: - is not supported; give a folder name")

    assert not (tmp_path / "missing").exists()
    assert consent_count(seeded) == before


@pytest.mark.parametrize("script", [FAIL_AT_INSERT, FAIL_AT_COMMIT], ids=["insert", "commit"])
def test_a_consent_entry_that_fails_leaves_no_folder(
    seeded: Journal, tmp_path: Path, script: str
) -> None:
    before = consent_count(seeded)
    sabotage(seeded, script)
    out = tmp_path / "export"

    result = export(seeded, out)

    assert_user_error(result, "out:", str(out), "was not written")
    assert sorted(os.listdir(tmp_path)) == ["seeded"]  # no folder, no hidden one
    assert consent_count(seeded) == before


def test_the_help_names_markdown(seeded: Journal) -> None:
    result = assert_ok(seeded.run("export", "--help"))

    assert "{json,csv,xlsx,markdown}" in result.stdout
    assert "markdown: a new folder of Markdown files" in " ".join(result.stdout.split())
