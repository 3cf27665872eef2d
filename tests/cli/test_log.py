"""``log`` and ``show``: every option lands in the journal; bad input changes nothing."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    SEEDED_DAY,
    Journal,
    assert_ok,
    assert_user_error,
)

if TYPE_CHECKING:
    from pathlib import Path

DAY = "2025-05-06"


def exported_days(journal: Journal, tmp_path: Path) -> dict[str, dict[str, object]]:
    document = json.loads(journal.export_json(tmp_path / "export.json"))
    return {d["date"]: d for d in document["days"]}


def show_line(journal: Journal, day: str) -> str:
    result = assert_ok(journal.run("show"))
    lines = [line for line in result.stdout.splitlines() if line.startswith(day)]
    assert len(lines) == 1, result.stdout
    return lines[0]


def test_log_with_every_option_then_show_and_export(journal: Journal, tmp_path: Path) -> None:
    assert_ok(
        journal.run(
            "log",
            "--date",
            DAY,
            "--operations",
            "5h",
            "--leadership",
            "2h30m",
            "--strategy",
            "90m",
            "--own",
            "1.5h",
            "--hours",
            "10t30",
            "--stress",
            "4",
            "--signal",
            "headache",
            "--new-signal",
            "Jaw clenching at night",
            "--demands",
            "7",
            "--resources",
            "4",
            "--demand",
            "d1",
            "--resource",
            "r1",
            "--energy",
            "2",
            "--tag",
            "budget",
            "--tag",
            "board-meeting",
            "--note",
            "Hard budget talk with the board today.",
            "--share",
            "coach",
        )
    )

    line = show_line(journal, DAY)
    # 5 h operations; 2 h 30 m + 90 m = 4 h leadership; 1.5 h own: 240 / 630 = 38 %.
    assert re.search(r"ops\s+5 h\s+lead\s+4 h\s+own\s+1 h 30 m\s+38%", line), line
    assert "step 4" in line
    assert "d/r 7/4" in line
    assert "Hard budget talk" in line

    document = json.loads(journal.export_json(tmp_path / "export.json"))
    (day,) = document["days"]
    assert day == {
        "date": DAY,
        "minutes": {"operations": 300, "own_tasks": 90, "people_leadership": 150, "strategy": 90},
        "hours_worked_minutes": 630,
        "stress_step": 4,
        "signals": ["sig-headache", "own-jaw-clenching-at-night"],
        "demands": 7,
        "resources": 4,
        "demand_items": ["d1"],
        "resource_items": ["r1"],
        "energy": 2,
        "reflection": "Hard budget talk with the board today.",
        "tags": ["budget", "board-meeting"],
        "share": "coach",
    }
    own = [(i["key"], i["label_en"]) for i in document["own_items"]]
    assert own == [("own-jaw-clenching-at-night", "Jaw clenching at night")]


def test_log_today_yesterday_note_file_and_danish_forms(journal: Journal, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Første linje.\nSecond line with æøå.\n", encoding="utf-8")
    today = date.today()

    assert_ok(journal.run("log", "--date", "today", "--operations", "2t30", "--stress", "1"))
    assert_ok(
        journal.run(
            "log",
            "--date",
            "yesterday",
            "--note-file",
            note,
            "--signal",
            "hovedpine",
            "--share",
            "one-on-one",
        )
    )

    days = exported_days(journal, tmp_path)
    if today.isoformat() not in days:  # midnight passed between the two commands
        pytest.skip("the date changed while the test ran")
    assert days[today.isoformat()]["minutes"] == {"operations": 150}
    assert days[today.isoformat()]["stress_step"] == 1
    yesterday = days[(today - timedelta(days=1)).isoformat()]
    assert yesterday["reflection"] == "Første linje.\nSecond line with æøå.\n"
    assert yesterday["signals"] == ["sig-headache"]
    assert yesterday["share"] == "one-on-one"


def test_second_log_of_a_day_changes_only_the_given_field(seeded: Journal, tmp_path: Path) -> None:
    before = exported_days(seeded, tmp_path)[SEEDED_DAY]
    assert before["stress_step"] == 2

    assert_ok(seeded.run("log", "--date", SEEDED_DAY, "--stress", "3"))

    after = exported_days(seeded, tmp_path)[SEEDED_DAY]
    assert after == {**before, "stress_step": 3}


# --- bad input -------------------------------------------------------------------------

FUTURE = (date.today() + timedelta(days=2)).isoformat()

# (id, arguments, a word the one-line message must contain)
BAD_INPUT = [
    ("month-13", ["log", "--date", "2026-13-01", "--stress", "2"], "date"),
    ("tomorrow", ["log", "--date", "tomorrow", "--stress", "2"], "date"),
    ("future-date", ["log", "--date", FUTURE, "--stress", "2"], "date"),
    ("negative-duration", ["log", "--date", SEEDED_DAY, "--operations=-1h"], "operations"),
    ("word-duration", ["log", "--date", SEEDED_DAY, "--leadership", "abc"], "leadership"),
    ("25h", ["log", "--date", SEEDED_DAY, "--strategy", "25h"], "strategy"),
    ("75-minutes", ["log", "--date", SEEDED_DAY, "--own", "2h75"], "own"),
    (
        "over-24h-summed",
        ["log", "--date", "2025-06-09", "--operations", "10h", "--leadership", "10h"]
        + ["--own", "5h"],
        "minutes",
    ),
    # The seeded day already has 7 h; 18 h more makes 25 h.
    ("over-24h-with-stored", ["log", "--date", SEEDED_DAY, "--leadership", "20h"], "minutes"),
    ("stress-0", ["log", "--date", SEEDED_DAY, "--stress", "0"], "stress"),
    ("stress-6", ["log", "--date", SEEDED_DAY, "--stress", "6"], "stress"),
    ("stress-x", ["log", "--date", SEEDED_DAY, "--stress", "x"], "stress"),
    ("demands-11", ["log", "--date", SEEDED_DAY, "--demands", "11"], "demands"),
    ("energy-0", ["log", "--date", SEEDED_DAY, "--energy", "0"], "energy"),
    ("share-public", ["log", "--date", SEEDED_DAY, "--share", "public"], "share"),
    ("note-file-missing", ["log", "--date", SEEDED_DAY, "--note-file", "/nonexistent/n"], "note"),
    ("unknown-demand", ["log", "--date", SEEDED_DAY, "--demand", "no such demand"], "demand"),
    ("tag-with-space", ["log", "--date", SEEDED_DAY, "--tag", "two words"], "tag"),
    # A bad field next to a good one and a new own signal: the whole command is refused.
    (
        "good-and-bad",
        ["log", "--date", SEEDED_DAY, "--stress", "4", "--new-signal", "new one"]
        + ["--energy", "9"],
        "energy",
    ),
    ("who5-6", ["who5", "6", "0", "0", "0", "0"], "answer"),
    ("who5-minus-1", ["who5", "0", "0", "-1", "0", "0"], "answer"),
    ("who5-future", ["who5", "1", "1", "1", "1", "1", "--date", FUTURE], "date"),
    ("demo-days-0", ["demo", "--days", "0"], "days"),
]


@pytest.mark.parametrize(("args", "field"), [pytest.param(a, f, id=i) for i, a, f in BAD_INPUT])
def test_bad_input_is_refused_with_one_line_and_changes_nothing(
    seeded: Journal, args: list[str], field: str
) -> None:
    before = seeded.snapshot()

    result = seeded.run(*args)

    assert_user_error(result, field)
    # Every file byte-identical, same mtimes, no file added or removed: nothing changed.
    assert seeded.snapshot() == before


# The refusals that happen inside the write transaction (after the stored day was read
# and merged): the journal still opens and exports exactly as before.
REFUSED_IN_TRANSACTION = ["over-24h-with-stored", "good-and-bad"]


@pytest.mark.parametrize(
    ("args", "field"),
    [pytest.param(a, f, id=i) for i, a, f in BAD_INPUT if i in REFUSED_IN_TRANSACTION],
)
def test_refused_write_leaves_the_export_identical(
    seeded: Journal, seeded_export: str, tmp_path: Path, args: list[str], field: str
) -> None:
    assert_user_error(seeded.run(*args), field)

    assert seeded.export_json(tmp_path / "after.json") == seeded_export


def test_import_of_a_file_that_is_not_json(seeded: Journal, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("this is not JSON {", encoding="utf-8")
    before = seeded.snapshot()

    assert_user_error(seeded.run("import", bad), "import", "JSON")

    assert seeded.snapshot() == before


@pytest.mark.parametrize(
    "damage",
    ["drop-date", "bad-who5", "wrong-format", "future-day"],
)
def test_import_of_a_damaged_export_changes_nothing(
    seeded: Journal, seeded_export: str, tmp_path: Path, damage: str
) -> None:
    document = json.loads(seeded_export)
    new_day = {**document["days"][0], "date": "2025-07-01"}
    document["days"] = [new_day]
    document["who5"] = [{"taken_on": "2025-07-01", "answers": [1, 2, 3, 4, 5]}]
    if damage == "drop-date":
        del new_day["date"]
    elif damage == "bad-who5":
        document["who5"][0]["answers"] = [1, 2, 3]
    elif damage == "wrong-format":
        document["format"] = "something-else"
    elif damage == "future-day":
        new_day["date"] = FUTURE
    text = json.dumps(document)
    damaged = tmp_path / "damaged.json"
    damaged.write_text(text, encoding="utf-8")
    before = seeded.snapshot()

    result = seeded.run("import", damaged)

    assert_user_error(result)
    assert seeded.snapshot() == before


def test_export_to_an_existing_file_is_refused_and_keeps_it(
    seeded: Journal, tmp_path: Path
) -> None:
    target = tmp_path / "exists.json"
    target.write_text("keep me", encoding="utf-8")
    before = seeded.snapshot()

    assert_user_error(seeded.run("export", "--format", "json", "--out", target), "out")

    assert target.read_text(encoding="utf-8") == "keep me"
    assert seeded.snapshot() == before


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["log", "--no-such-option"], id="unknown-option"),
        pytest.param(["who5", "1", "2", "3", "4"], id="who5-four-answers"),
        pytest.param(["who5", "1", "2", "3", "4", "5", "5"], id="who5-six-answers"),
        pytest.param(["export", "--format", "xml", "--out", "x"], id="export-format"),
        pytest.param(["export", "--format", "json"], id="export-no-out"),
        pytest.param(["log", "--note", "a", "--note-file", "b"], id="note-and-note-file"),
        pytest.param(["no-such-command"], id="unknown-command"),
        pytest.param(["recover"], id="recover-no-key-file"),
    ],
)
def test_bad_usage_exits_2_and_changes_nothing(seeded: Journal, args: list[str]) -> None:
    before = seeded.snapshot()

    result = seeded.run(*args)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "usage:" in result.stderr
    assert seeded.snapshot() == before
