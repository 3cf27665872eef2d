"""An import the domain's rules refuse: one line naming the entry and field, nothing added.

A value the schema allows but a save would refuse (a note too long, a NUL, a tag with a
space, a day in the future, 48 h in a day …) names its place in the file as the schema's
refusals do, ends "Nothing was imported." and never echoes the file's text. A signal,
demand or resource key that is neither built in nor an own item of the file or the
journal is refused, as ``log`` refuses it.
"""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING, Any

import pytest

from tests.cli.cli_support import Journal, assert_ok, assert_user_error

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

DAY = "2026-10-22"
BASE: dict[str, Any] = {
    "format": "leader-pulse-export",
    "version": 2,
    "days": [
        {"date": "2026-10-21", "minutes": {"people_leadership": 60}},
        {
            "date": DAY,
            "minutes": {"people_leadership": 90, "operations": 30},
            "signals": ["sig-headache"],
            "demand_items": ["d2"],
            "resource_items": ["r2"],
            "reflection": "Hemmelig tekst",
            "tags": ["ok"],
        },
    ],
    "sparring_topics": [
        {"raised_on": "2026-10-20", "situation": "conflict", "with_whom": "hr", "notes": "n"}
    ],
}


def _day(change: Callable[[dict[str, Any]], object]) -> Callable[[dict[str, Any]], object]:
    return lambda document: change(document["days"][1])


CASES = [
    pytest.param(
        _day(lambda d: d.update(reflection="x" * 100_001)),
        f"days[1].reflection ({DAY}): this value is not allowed; at most 100,000 characters",
        id="long-note",
    ),
    pytest.param(
        _day(lambda d: d.update(reflection="hemmelig\x00tekst")),
        f"days[1].reflection ({DAY}): this value is not allowed; text without NUL",
        id="nul-in-note",
    ),
    pytest.param(
        _day(lambda d: d.update(tags=["to ord"])),
        f"days[1].tags ({DAY}): this value is not allowed; 1 to 50 letters",
        id="tag-with-a-space",
    ),
    pytest.param(
        _day(lambda d: d.update(signals=["s" * 121])),
        f"days[1].signals ({DAY}): this value is not allowed; at most 120 characters",
        id="long-signal",
    ),
    pytest.param(
        _day(lambda d: d.update(date="2099-01-01")),
        "days[1].date: '2099-01-01' is not allowed; today or an earlier date",
        id="future-day",
    ),
    pytest.param(
        _day(lambda d: d.update(minutes={"people_leadership": 1440, "operations": 1440})),
        f"days[1].minutes ({DAY}): 2880 is not allowed; at most 24 h",
        id="48-hours-in-a-day",
    ),
    pytest.param(
        _day(lambda d: d["minutes"].update(people_leadership=1e308)),
        f"days[1].minutes.people_leadership ({DAY}): 1e+308 is not allowed",
        id="huge-number",
    ),
    pytest.param(
        lambda document: document.update(settings={"weekly_hours_norm": -5}),
        "settings.weekly_hours_norm: -5 is not allowed",
        id="norm",
    ),
    pytest.param(
        lambda document: document["sparring_topics"][0].update(notes="a\x00b"),
        "sparring_topics[0].notes (2026-10-20): this value is not allowed; text without NUL",
        id="sparring-notes",
    ),
    pytest.param(
        _day(lambda d: d.update(signals=["sig-headache", "sig-nonexistent"])),
        f"days[1].signals[1] ({DAY}): 'sig-nonexistent' is not a known signal",
        id="unknown-signal",
    ),
    pytest.param(
        _day(lambda d: d.update(signals=["Hovedpine"])),
        f"days[1].signals[0] ({DAY}): 'Hovedpine' is not a known signal",
        id="a-label-as-a-signal",
    ),
    pytest.param(
        _day(lambda d: d.update(demand_items=["d99"])),
        f"days[1].demand_items[0] ({DAY}): 'd99' is not a known demand",
        id="unknown-demand",
    ),
    pytest.param(
        _day(lambda d: d.update(resource_items=["r2", "r0"])),
        f"days[1].resource_items[1] ({DAY}): 'r0' is not a known resource",
        id="unknown-resource",
    ),
    pytest.param(
        _day(lambda d: d.update(signals=["d2"])),
        f"days[1].signals[0] ({DAY}): 'd2' is not a known signal",
        id="a-demand-as-a-signal",
    ),
]


def _write(path: Path, change: Callable[[dict[str, Any]], object] | None = None) -> Path:
    document = copy.deepcopy(BASE)
    if change is not None:
        change(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "words"), CASES)
def test_a_refused_entry_is_named_and_nothing_is_imported(
    journal: Journal, tmp_path: Path, change: Callable[[dict[str, Any]], object], words: str
) -> None:
    before = journal.snapshot()

    result = journal.run("import", _write(tmp_path / "x.json", change))

    assert_user_error(result, f"import: {words}")
    assert result.stderr.rstrip().endswith("Nothing was imported.")
    for secret in ("emmelig", "to ord", "xxxxxxxx", "sssssss"):
        assert secret not in result.stderr
    assert journal.snapshot() == before


def test_the_untouched_file_imports(journal: Journal, tmp_path: Path) -> None:
    assert_ok(journal.run("import", _write(tmp_path / "x.json")))


def test_an_own_signal_of_the_file_or_the_journal_is_known(
    journal: Journal, tmp_path: Path
) -> None:
    own: dict[str, str | None] = {"key": "own-hovedpine", "catalogue": "signal"}
    own |= {"label_da": "Hovedpine", "label_en": "Headache", "group": None}

    def with_own(document: dict[str, Any]) -> None:
        document["own_items"] = [own]
        document["days"][1]["signals"] = ["own-hovedpine"]
        del document["sparring_topics"]

    assert_ok(journal.run("import", _write(tmp_path / "first.json", with_own)))

    def later_day(document: dict[str, Any]) -> None:
        document["days"] = [{"date": "2026-10-25", "signals": ["own-hovedpine"]}]
        del document["sparring_topics"]

    assert_ok(journal.run("import", _write(tmp_path / "second.json", later_day)))


def test_hours_below_the_categories_time_are_still_imported(
    journal: Journal, tmp_path: Path
) -> None:
    # Days logged before the hours rule (issue #17) must round-trip through an export.
    result = journal.run(
        "import", _write(tmp_path / "x.json", _day(lambda d: d.update(hours_worked_minutes=60)))
    )

    assert_ok(result)


def test_a_line_end_in_a_key_of_the_file_stays_on_the_one_line(
    journal: Journal, tmp_path: Path
) -> None:
    document = copy.deepcopy(BASE)
    document["days"][1]["mo\nod"] = "x"
    path = tmp_path / "newline-key.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    refused = assert_user_error(journal.run("import", path))

    assert refused.stderr.count("\n") == 1
    assert f"days[1].mo\ufffdod ({DAY}) is not part of a Leader Pulse export" in refused.stderr
