"""``search``, ``stats`` and ``who5``: what a user reads back from the journal."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from tests.cli.cli_support import Journal, assert_ok

if TYPE_CHECKING:
    from pathlib import Path

# Monday 3 March 2025 to Sunday 9 March 2025: exactly one week.
WEEK = ("--from", "2025-03-03", "--to", "2025-03-09")


def import_days(journal: Journal, folder: Path, days: dict[str, str]) -> None:
    """Put days (date -> reflection) into the journal with one ``import``."""
    # A fresh journal takes the file's settings, its language too (Danish when the file
    # names none): this one stays English, as the words below are.
    document = {
        "format": "leader-pulse-export",
        "version": 1,
        "settings": {"language": "en"},
        "days": [{"date": day, "reflection": text} for day, text in days.items()],
    }
    path = folder / "days.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert_ok(journal.run("import", path))
    path.unlink()


def test_search_lists_matches_newest_first_with_a_snippet(journal: Journal, tmp_path: Path) -> None:
    import_days(
        journal,
        tmp_path,
        {"2025-03-03": "Budget meeting went fine.", "2025-03-05": "Talked to HR about it."},
    )
    assert_ok(journal.run("log", "--date", "2025-03-10", "--note", "Another budget worry today."))

    result = assert_ok(journal.run("search", "budget"))

    lines = result.stdout.strip().splitlines()
    assert [line[:10] for line in lines] == ["2025-03-10", "2025-03-03"]
    assert "worry" in lines[0]
    assert re.search(r"budget", lines[1], re.IGNORECASE)
    # A prefix finds the word; text nobody wrote finds nothing.
    assert "Nothing found" in assert_ok(journal.run("search", "budg zebra")).stdout
    # What would be query syntax to SQLite's full-text search is just text here.
    found = assert_ok(journal.run("search", '"HR* -about'))
    assert found.stdout.startswith("2025-03-05"), found.stdout


def test_stats_reports_share_hours_stress_balance_and_who5(journal: Journal) -> None:
    # Day 1: 4 h operations, 2 h + 1 h leadership, 1 h own -> 3 of 8 h leadership.
    assert_ok(
        journal.run(
            "log", "--date", "2025-03-03", "--operations", "4h", "--leadership", "2h",
            "--strategy", "1h", "--own", "1h", "--hours", "10h", "--stress", "2",
            "--demands", "6", "--resources", "4",
        )
    )  # fmt: skip
    # Day 2: 2 h operations, 4 h leadership, 2 h own -> 4 of 8 h leadership.
    assert_ok(
        journal.run(
            "log", "--date", "2025-03-04", "--operations", "2h", "--leadership", "4h",
            "--own", "2h", "--hours", "8h", "--stress", "4", "--demands", "8",
            "--resources", "2",
        )
    )  # fmt: skip
    result = assert_ok(journal.run("who5", "3", "4", "3", "2", "4", "--date", "2025-03-05"))
    assert "64" in result.stdout

    stats = assert_ok(journal.run("stats", *WEEK)).stdout

    # 7 of 16 logged hours are leadership: 43.75 % -> 44 %; default target 40 %.
    assert re.search(r"Leadership share:\s+44% \(target 40%\)", stats), stats
    # 10 h + 8 h worked in a one-week period; default norm 37 h.
    assert re.search(r"Hours per week:\s+18\.0 h \(norm 37 h\)", stats), stats
    assert re.search(r"Stress step:\s+mean 3\.0, max 4", stats), stats
    assert re.search(r"Demands/resources:\s+7\.0 / 3\.0", stats), stats
    assert re.search(r"Latest WHO-5:\s+64 on 2025-03-05", stats), stats
    assert "2 days logged" in stats

    # "Latest" is the latest date, not the check-in entered last.
    assert_ok(journal.run("who5", "0", "0", "0", "0", "1", "--date", "2025-03-01"))
    stats = assert_ok(journal.run("stats", *WEEK)).stdout
    assert re.search(r"Latest WHO-5:\s+64 on 2025-03-05", stats), stats


def test_stats_on_an_empty_period(journal: Journal) -> None:
    assert "No days logged" in assert_ok(journal.run("stats", *WEEK)).stdout


def test_show_limits_to_the_period(journal: Journal, tmp_path: Path) -> None:
    days = ("2025-03-02", "2025-03-03", "2025-03-09", "2025-03-10")
    import_days(journal, tmp_path, {day: f"Day {day}" for day in days})

    lines = assert_ok(journal.run("show", *WEEK)).stdout.splitlines()

    assert [line[:10] for line in lines] == ["2025-03-03", "2025-03-09"]
