"""``log``'s input checks (issue #17) and ``items``.

Nothing empty, nothing negative, no typo becomes a new signal; each refusal is one line
that says what to do, and changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    SEEDED_DAY,
    Journal,
    assert_ok,
    assert_user_error,
    set_language,
)

if TYPE_CHECKING:
    from pathlib import Path

DAY = "2025-05-06"


def _days(journal: Journal, tmp_path: Path) -> dict[str, dict[str, object]]:
    import json

    document = json.loads(journal.export_json(tmp_path / "export.json"))
    return {d["date"]: d for d in document["days"]}


def test_log_with_only_a_date_is_refused_and_creates_no_day(seeded: Journal) -> None:
    before = seeded.snapshot()

    result = seeded.run("log", "--date", DAY)

    line = assert_user_error(result, "log: nothing to log", "--operations", "--note").stderr
    assert "--from-calendar" in line
    assert seeded.snapshot() == before


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        pytest.param(["--hours", "8"], "hours: '8' is not allowed; a unit: 8h for hours", id="8"),
        pytest.param(["--operations", "1"], "operations: '1' is not allowed; a unit: 1h", id="1"),
        pytest.param(["--leadership", " 24 "], "a unit: 24h for hours or 24m", id="24"),
    ],
)
def test_a_bare_number_that_may_mean_hours_is_refused_asking_for_a_unit(
    seeded: Journal, args: list[str], wanted: str
) -> None:
    before = seeded.snapshot()

    result = seeded.run("log", "--date", DAY, *args)

    assert_user_error(result, wanted)
    assert seeded.snapshot() == before


def test_a_bare_number_above_24_is_minutes_and_a_unit_is_always_taken(
    seeded: Journal, tmp_path: Path
) -> None:
    assert_ok(seeded.run("log", "--date", DAY, "--operations", "90", "--hours", "8h"))

    day = _days(seeded, tmp_path)[DAY]
    assert day["minutes"] == {"operations": 90}
    assert day["hours_worked_minutes"] == 480


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--operations", "-1h"], id="space"),
        pytest.param(["--operations=-1h"], id="equals"),
        pytest.param(["--hours", "-90"], id="hours-minutes"),
        pytest.param(["--own", "\u22121,5"], id="typographic-minus"),
    ],
)
def test_a_negative_duration_is_refused_as_negative_not_as_bad_usage(
    seeded: Journal, args: list[str]
) -> None:
    before = seeded.snapshot()

    result = seeded.run("log", "--date", SEEDED_DAY, *args)

    field = args[0].removeprefix("--").split("=")[0]
    assert_user_error(result, f"{field}:", "is not allowed; a duration of 0 or more, e.g. 1h30m")
    assert "expected one argument" not in result.stderr
    assert seeded.snapshot() == before


def test_a_missing_duration_is_still_bad_usage(seeded: Journal) -> None:
    result = seeded.run("log", "--operations", "--leadership", "2h")

    assert result.returncode == 2
    assert "expected one argument" in result.stderr


def test_hours_given_below_the_time_of_the_categories_are_refused(
    seeded: Journal, tmp_path: Path
) -> None:
    # The seeded day holds 7 h in the categories and 8 h worked.
    before = seeded.snapshot()

    refused_hours = seeded.run("log", "--date", SEEDED_DAY, "--hours", "6h30")
    refused_both = seeded.run("log", "--date", SEEDED_DAY, "--operations", "5h", "--hours", "8h")
    refused_new = seeded.run("log", "--date", DAY, "--operations", "8h", "--hours", "7h")

    assert_user_error(refused_hours, "hours: '6:30'", "at least the time logged", "(7:00)")
    assert_user_error(refused_both, "hours: '8:00'", "(9:00)")
    assert_user_error(refused_new, "hours: '7:00'", "(8:00)")
    assert seeded.snapshot() == before
    # Equal is fine, and so are both raised together.
    assert_ok(seeded.run("log", "--date", SEEDED_DAY, "--hours", "7h"))
    assert_ok(seeded.run("log", "--date", SEEDED_DAY, "--operations", "5h", "--hours", "9h"))
    day = _days(seeded, tmp_path)[SEEDED_DAY]
    assert day["hours_worked_minutes"] == 540
    assert day["minutes"] == {
        "operations": 300,
        "people_leadership": 120,
        "strategy": 60,
        "own_tasks": 60,
    }


def test_time_past_the_stored_hours_is_saved_and_raises_them_in_one_line(
    seeded: Journal, tmp_path: Path
) -> None:
    # The seeded day holds 7 h in the categories (3 h of operations) and 8 h worked.
    raised = assert_ok(seeded.run("log", "--date", SEEDED_DAY, "--operations", "4h30"))

    assert raised.stdout.splitlines() == [
        f"Saved {SEEDED_DAY}.",
        "Hours worked raised from 8 h to 8 h 30 m, to cover the categories' time.",
    ]
    day = _days(seeded, tmp_path)[SEEDED_DAY]
    assert day["minutes"] == {
        "operations": 270,
        "people_leadership": 120,
        "strategy": 60,
        "own_tasks": 60,
    }
    assert day["hours_worked_minutes"] == 510
    # Hours raised to the categories' time follow it down again (a typo corrected),
    # without a word; hours above it were stated and stay.
    kept = assert_ok(seeded.run("log", "--date", SEEDED_DAY, "--operations", "4h"))
    assert kept.stdout.splitlines() == [f"Saved {SEEDED_DAY}."]
    assert _days(seeded, tmp_path)[SEEDED_DAY]["hours_worked_minutes"] == 480
    assert_ok(seeded.run("log", "--date", SEEDED_DAY, "--hours", "9h"))
    assert_ok(seeded.run("log", "--date", SEEDED_DAY, "--operations", "3h"))
    assert _days(seeded, tmp_path)[SEEDED_DAY]["hours_worked_minutes"] == 540


def test_an_unknown_demand_names_the_closest_items_and_the_items_command(
    seeded: Journal,
) -> None:
    set_language(seeded, "da")
    before = seeded.snapshot()

    demand = seeded.run("log", "--date", SEEDED_DAY, "--demand", "deadlines")
    resource = seeded.run("log", "--date", SEEDED_DAY, "--resource", "egen ledr")

    # A Danish journal: the words and the labels are the journal's.
    assert_user_error(demand, "krav: »deadlines« står ikke på listen", "d2 (Tidspres og")
    assert "items --data-dir" in demand.stderr
    assert demand.stderr.rstrip().endswith(" demands")
    assert_user_error(resource, "ressource: »egen ledr«", "r1 (Sparring med egen leder)")
    assert seeded.snapshot() == before


def test_a_typo_in_a_signal_is_refused_and_adds_no_signal(seeded: Journal) -> None:
    before = seeded.snapshot()

    result = seeded.run("log", "--date", SEEDED_DAY, "--signal", "hovedpien")

    assert_user_error(result, "signal: 'hovedpien'", "sig-headache (Headache)", "--new-signal")
    assert seeded.snapshot() == before
    items = assert_ok(seeded.run("items", "signals")).stdout
    assert "hovedpien" not in items


def test_signals_match_keys_labels_and_folded_accents(seeded: Journal, tmp_path: Path) -> None:
    assert_ok(
        seeded.run(
            "log",
            "--date",
            DAY,
            "--signal",
            "sovnproblemer",  # Søvnproblemer typed without ø
            "--signal",
            "Racing thoughts",
            "--signal",
            "SIG-HEADACHE",
            "--demand",
            "tidspres og deadlines",
        )
    )

    day = _days(seeded, tmp_path)[DAY]
    assert day["signals"] == ["sig-sleep", "sig-racing-thoughts", "sig-headache"]
    assert day["demand_items"] == ["d2"]


def test_new_signal_adds_it_says_so_and_a_later_signal_finds_it(
    seeded: Journal, tmp_path: Path
) -> None:
    added = assert_ok(seeded.run("log", "--date", DAY, "--new-signal", "Kæbespænding om natten"))
    again = assert_ok(
        seeded.run("log", "--date", SEEDED_DAY, "--signal", "kaebespaending om natten")
    )

    assert "Added your own signal 'Kæbespænding om natten'" in added.stdout
    assert "Added" not in again.stdout
    days = _days(seeded, tmp_path)
    assert days[DAY]["signals"] == ["own-kaebespaending-om-natten"]
    assert days[SEEDED_DAY]["signals"] == ["own-kaebespaending-om-natten"]
    listed = assert_ok(seeded.run("items", "signals")).stdout
    assert "own-kaebespaending-om-natten  Kæbespænding om natten  (your own)" in listed


def test_new_signal_with_the_name_of_a_listed_one_adds_nothing(
    seeded: Journal, tmp_path: Path
) -> None:
    result = assert_ok(seeded.run("log", "--date", DAY, "--new-signal", "Hovedpine"))

    assert "Added" not in result.stdout
    assert _days(seeded, tmp_path)[DAY]["signals"] == ["sig-headache"]


def test_items_lists_every_list_in_the_journals_language(seeded: Journal) -> None:
    result = assert_ok(set_language(seeded, "da").run("items"))

    lines = result.stdout.splitlines()
    for heading in ("Krav", "Ressourcer", "Signaler", "Sparringssituationer"):
        assert any(line.startswith(heading) for line in lines), result.stdout
    assert "  d2   Tidspres og deadlines" in lines
    assert "  r14  Støtte fra familie og venner" in lines
    assert any(line.startswith("  sig-headache") and "Hovedpine" in line for line in lines)
    assert any(line.startswith("  long_term_sick") for line in lines)
    assert "High workload" not in result.stdout  # Danish journal: Danish labels only


def test_items_of_one_list_and_without_a_journal(tmp_path: Path) -> None:
    from tests.cli.cli_support import run_cli

    result = assert_ok(run_cli("items", "demands", data_dir=tmp_path / "none"))

    assert "Resources" not in result.stdout
    assert "  d1   Stor arbejdsmængde — High workload" in result.stdout.splitlines()
    assert "no journal in this folder" in result.stdout
    assert "Your own signals are not listed" in result.stdout
    assert not (tmp_path / "none").exists()  # listing creates nothing


def test_items_with_an_unknown_list_is_bad_usage(seeded: Journal) -> None:
    result = seeded.run("items", "tasks")

    assert result.returncode == 2
    assert "demands" in result.stderr


def test_items_of_a_journal_without_a_passphrase_to_hand_lists_the_built_in_ones(
    seeded: Journal,
) -> None:
    from tests.cli.cli_support import run_cli

    before = seeded.snapshot()

    result = assert_ok(run_cli("items", "signals", data_dir=seeded.data_dir))

    assert "  sig-headache" in result.stdout
    assert "Hovedpine — Headache" in result.stdout
    assert "no passphrase was given" in result.stdout
    assert seeded.snapshot() == before


def test_every_option_of_log_counts_as_something_to_log() -> None:
    """A new option of ``log`` not in LOG_FIELDS would be refused as "nothing to log"."""
    from wellbeing_desktop.cli.journal_commands import LOG_FIELDS
    from wellbeing_desktop.cli.parser import build_parser

    parser = build_parser(["log"])
    log = parser._subparsers._group_actions[0].choices["log"]  # type: ignore[union-attr,index]
    common = {"help", "version", "data_dir", "passphrase_file", "date"}
    options = {action.dest for action in log._actions} - common

    assert options == set(LOG_FIELDS)


def test_a_second_who5_on_a_day_says_it_replaces_the_first(seeded: Journal) -> None:
    assert_ok(seeded.run("who5", "0", "0", "0", "0", "0", "--date", DAY))

    again = assert_ok(seeded.run("who5", "3", "3", "3", "3", "3", "--date", DAY)).stdout

    assert f"WHO-5 on {DAY}: 60 of 100." in again
    assert "It replaces the check-in of that day (0 of 100)." in again
    other_day = assert_ok(seeded.run("who5", "5", "5", "5", "5", "5", "--date", "2025-05-07"))
    assert "replaces" not in other_day.stdout
