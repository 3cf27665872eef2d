"""``import``: private text never lands on a shared day without a yes; our own JSON export.

Another app's entries appended to a day shared with a 1:1 or a coach would be shared with
it: the preview lists those days, a terminal is asked, and without one the import is
refused in one line unless ``--yes``. Our JSON export (``leader-pulse``) is added all or
nothing as ever; ``--dry-run`` checks the whole file as the import would, writing nothing.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from unittest import mock

from tests.cli.cli_support import Journal, assert_ok, assert_user_error, describe, set_language
from tests.cli.test_import_formats import DATA, days_of, preview

if TYPE_CHECKING:
    import subprocess
    from pathlib import Path

DAYLIO = DATA / "daylio_export.csv"
SHARED_DAY = "2026-11-20"


def _shared(journal: Journal) -> Journal:
    assert_ok(
        journal.run("log", "--date", SHARED_DAY, "--note", "Til min coach.", "--share", "coach")
    )
    return journal


def _in_a_terminal(
    journal: Journal, answer: str
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    from wellbeing_desktop.cli import import_commands

    asked: list[str] = []

    def reply(question: str) -> str:
        asked.append(question)
        return answer

    with (
        mock.patch.object(import_commands, "interactive", return_value=True),
        mock.patch("builtins.input", side_effect=reply),
    ):
        return journal.run("import", DAYLIO), asked


def test_without_a_terminal_a_shared_day_is_refused_unless_yes(
    journal: Journal, tmp_path: Path
) -> None:
    _shared(journal)
    before = days_of(journal, tmp_path)
    files = journal.snapshot()
    refused = journal.run("import", DAYLIO)
    assert_user_error(refused, "1 day you share", "nothing was written", "--yes")
    facts = preview(refused)
    assert facts["Shared days"] == f"1 of them you share (1:1 or coach): {SHARED_DAY}"
    assert "shared as the day is" in refused.stdout
    assert journal.snapshot() == files
    # A dry run lists the shared days and asks nothing.
    dry = assert_ok(journal.run("import", DAYLIO, "--dry-run"))
    assert preview(dry)["Shared days"] == facts["Shared days"]
    assert journal.snapshot() == files
    assert days_of(journal, tmp_path) == before

    imported = assert_ok(journal.run("import", DAYLIO, "--yes"))
    assert imported.stdout.splitlines()[-2] == "Imported 5 entries into 3 days."
    day = next(d for d in days_of(journal, tmp_path) if d["date"] == SHARED_DAY)
    assert day["share"] == "coach"  # the day keeps its level
    assert day["reflection"].startswith("Til min coach.\n\n— ")
    assert "Svær samtale med Mette" in day["reflection"]


def test_in_a_terminal_the_shared_days_are_asked_about(journal: Journal, tmp_path: Path) -> None:
    _shared(journal)
    before = days_of(journal, tmp_path)
    said_no, asked = _in_a_terminal(journal, "n")
    assert_ok(said_no)
    assert asked == ["Add the imported text to these shared days? [y/N] "]
    assert said_no.stdout.splitlines()[-1] == "Nothing was written."
    assert days_of(journal, tmp_path) == before
    said_yes, _asked = _in_a_terminal(journal, "y")
    assert_ok(said_yes)
    assert said_yes.stdout.splitlines()[-2] == "Imported 5 entries into 3 days."


def test_a_private_day_appended_to_is_not_asked_about(journal: Journal, tmp_path: Path) -> None:
    assert_ok(journal.run("log", "--date", SHARED_DAY, "--note", "Kun til mig."))
    result = assert_ok(journal.run("import", DAYLIO))
    assert "Shared days" not in preview(result)
    assert result.stdout.splitlines()[-2] == "Imported 5 entries into 3 days."


def test_a_danish_journal_is_refused_in_danish(journal: Journal) -> None:
    set_language(journal, "da")
    _shared(journal)
    refused = journal.run("import", DAYLIO)
    assert_user_error(refused, "1 dag, som du deler", "intet blev skrevet", "--yes")
    assert preview(refused)["Delte dage"] == f"1 af dem deler du (1:1 eller coach): {SHARED_DAY}"


# --- our own JSON export ----------------------------------------------------------------


def _export(journal: Journal, out: Path) -> Path:
    assert_ok(journal.run("export", "--format", "json", "--out", out))
    return out


def test_our_export_dry_run_says_what_it_would_add_and_writes_nothing(
    seeded: Journal, journal: Journal, tmp_path: Path
) -> None:
    exported = _export(seeded, tmp_path / "seeded.json")
    files = journal.snapshot()
    dry = assert_ok(journal.run("import", exported, "--dry-run"))
    assert dry.stdout == (
        f"{exported}: a Leader Pulse export (JSON).\n"
        "It would add 1 day, 0 sparring topics, 0 1:1s and 1 WHO-5 check-in.\n"
        "Nothing was written.\n"
    )
    assert journal.snapshot() == files
    assert days_of(journal, tmp_path) == []

    imported = assert_ok(journal.run("import", exported))  # detected: no --format
    assert imported.stdout == "Imported 1 day, 0 sparring topics, 0 1:1s and 1 WHO-5 check-in.\n"
    assert days_of(journal, tmp_path) == days_of(seeded, tmp_path)

    # The refusal the import would give, from the dry run too; nothing written by either.
    files = journal.snapshot()
    again = journal.run("import", exported, "--dry-run", "--format", "leader-pulse")
    assert_user_error(again, "already in this journal", "nothing was imported")
    assert "It would add 1 day" in again.stdout
    assert "Nothing was written." not in again.stdout
    real = journal.run("import", exported)
    assert_user_error(real, "already in this journal")
    assert real.stderr == again.stderr
    assert journal.snapshot() == files


def test_our_export_that_breaks_a_rule_is_refused_alike_by_the_dry_run(
    journal: Journal, tmp_path: Path
) -> None:
    document: dict[str, Any] = {
        "format": "leader-pulse-export",
        "version": 2,
        "days": [
            {"date": "2026-10-21", "minutes": {"people_leadership": 60}},
            {"date": "2026-10-22", "tags": ["to ord"]},
        ],
    }
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    files = journal.snapshot()
    dry = journal.run("import", path, "--dry-run")
    assert_user_error(dry, "days[1].tags (2026-10-22)", "nothing was imported")
    real = journal.run("import", path)
    assert real.stderr == dry.stderr, describe(real)
    assert journal.snapshot() == files


def test_formats_named_for_the_wrong_file_are_one_line(journal: Journal, tmp_path: Path) -> None:
    ours = _export(journal, tmp_path / "ours.json")
    files = journal.snapshot()
    as_jrnl = journal.run("import", ours, "--format", "jrnl")
    assert_user_error(as_jrnl, "ours.json", "not a jrnl export")
    as_ours = journal.run("import", DATA / "jrnl-4.6.json", "--format", "leader-pulse")
    assert_user_error(as_ours, "not a Leader Pulse JSON export")
    assert journal.snapshot() == files
