"""``pulse``: a leader group's round through the real CLI (issue #18).

Six journals filled by the real ``demo`` command (six seeds) share their pulse for a
round a seventh, the facilitator's, started; the group picture is checked against
figures computed here, directly from each journal's JSON export.

The journals are made once for the module (a copy of the cheap empty template each,
filled by ``demo``): every test that writes works on new files beside them.
"""

from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unittest import mock

import pytest

from tests.cli.cli_support import Journal, assert_ok, assert_user_error, describe, set_language
from wellbeing_desktop.domain.catalogues import DEMANDS, RESOURCES
from wellbeing_desktop.domain.pulse_values import BUILTIN_DEMANDS, BUILTIN_RESOURCES

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

SEEDS = (11, 12, 13, 14, 15, 16)
ROUND_NAME = "Ledergruppen, efterår 2026"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DEMAND_KEYS = [item.key for item in DEMANDS]
RESOURCE_KEYS = [item.key for item in RESOURCES]
WARNING = "The exported file is not encrypted. Keep it somewhere safe."


@dataclass(frozen=True)
class Group:
    """The facilitator's journal, the six leaders', the round and their pulses."""

    folder: Path
    facilitator: Journal
    leaders: tuple[Journal, ...]
    exports: tuple[dict[str, Any], ...]
    start: date
    end: date
    round_file: Path
    round_output: str
    pulses: tuple[Path, ...]
    # The facilitator's journal as it was before any combine (the guard remembers each).
    before_combining: Path


def _copy(template: Journal, root: Path) -> Journal:
    root.mkdir()
    data_dir = root / "journal"
    shutil.copytree(template.data_dir, data_dir)
    return Journal(data_dir, template.passphrase_file, template.recovery_key_file)


def _copy_journal(like: Journal, data_dir: Path, root: Path) -> Journal:
    """A copy of the journal kept in ``data_dir``, opened with ``like``'s passphrase."""
    root.mkdir()
    shutil.copytree(data_dir, root / "journal")
    return Journal(root / "journal", like.passphrase_file, like.recovery_key_file)


def _period() -> tuple[date, date]:
    """The eight whole weeks (Monday to Sunday) before this week."""
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    return monday - timedelta(weeks=8), monday - timedelta(days=1)


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory, empty_template: Journal) -> Group:
    folder = tmp_path_factory.mktemp("pulse")
    facilitator = _copy(empty_template, folder / "facilitator")
    leaders = []
    exports = []
    for seed in SEEDS:
        leader = _copy(empty_template, folder / f"leader-{seed}")
        assert_ok(leader.run("demo", "--days", "120", "--seed", str(seed)))
        leaders.append(leader)
        export = folder / f"export-{seed}.json"
        assert_ok(leader.run("export", "--format", "json", "--out", export))
        exports.append(json.loads(export.read_text(encoding="utf-8")))
        export.unlink()
    start, end = _period()
    round_file = folder / "ledergruppen.leaderpulse-round.json"
    made = assert_ok(
        facilitator.run(
            "pulse",
            "round",
            "--name",
            ROUND_NAME,
            "--from",
            start.isoformat(),
            "--to",
            end.isoformat(),
            "--out",
            round_file,
        )
    )
    before_combining = folder / "facilitator-before-combining"
    shutil.copytree(facilitator.data_dir, before_combining)
    pulses = []
    for seed, leader in zip(SEEDS, leaders, strict=True):
        pulse = folder / f"leaderpulse-pulse-{seed}.json"
        who5 = ("--include-who5",) if seed % 2 else ()
        assert_ok(leader.run("pulse", "share", round_file, "--out", pulse, "--yes", *who5))
        pulses.append(pulse)
    return Group(
        folder,
        facilitator,
        tuple(leaders),
        tuple(exports),
        start,
        end,
        round_file,
        made.stdout,
        tuple(pulses),
        before_combining,
    )


def _combine(
    journal: Journal, round_file: Path, pulses: tuple[Path, ...] | list[Path], out: Path, fmt: str
) -> subprocess.CompletedProcess[str]:
    return journal.run("pulse", "combine", round_file, *pulses, "--format", fmt, "--out", out)


# --- the figures, computed here from each journal's export -----------------------------


def _days(export: dict[str, Any], start: date, end: date) -> list[dict[str, Any]]:
    return [d for d in export["days"] if start <= date.fromisoformat(d["date"]) <= end]


def _weeks(days: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    weeks: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for day in days:
        on = date.fromisoformat(day["date"])
        weeks[on - timedelta(days=on.weekday())].append(day)
    return [weeks[monday] for monday in sorted(weeks)]


def _leader(export: dict[str, Any], start: date, end: date) -> dict[str, Any]:
    """One leader's figures for the period: medians of weekly values, shares of days."""
    kinds = {c["key"]: c["kind"] for c in export["categories"]}
    days = _days(export, start, end)
    shares, hours = [], []
    for week in _weeks(days):
        logged = sum(m for day in week for m in day.get("minutes", {}).values())
        leading = sum(
            m
            for day in week
            for key, m in day.get("minutes", {}).items()
            if kinds[key] == "leadership"
        )
        if logged:
            shares.append(leading / logged)
        worked = 0
        for day in week:
            stated = day.get("hours_worked_minutes")
            worked += stated if stated is not None else sum(day.get("minutes", {}).values())
        if worked:  # a week with no time tells nothing of the hours
            hours.append(worked / 60)
    steps = Counter(d["stress_step"] for d in days if d.get("stress_step"))
    stepped = sum(steps.values())
    demands = [d["demands"] for d in days if d.get("demands") is not None]
    resources = [d["resources"] for d in days if d.get("resources") is not None]
    demand_days = Counter(key for d in days for key in d.get("demand_items", []))
    resource_days = Counter(key for d in days for key in d.get("resource_items", []))
    topics = export["sparring_topics"]
    facing = [
        t
        for t in topics
        if t["situation"] != "other"
        and date.fromisoformat(t["raised_on"]) <= end
        and (t["status"] == "open" or date.fromisoformat(t["resolved_on"]) > end)
    ]
    during = [
        t
        for t in topics
        if date.fromisoformat(t["raised_on"]) <= end
        and not (t.get("resolved_on") and date.fromisoformat(t["resolved_on"]) < start)
    ]
    return {
        "top_demands": _top_three(demand_days, BUILTIN_DEMANDS),
        "top_resources": _top_three(resource_days, BUILTIN_RESOURCES),
        "facing": bool(facing),
        "sparring": bool(during),
        # A week over the norm by more than 2 h (to the tenth of an hour, as shown).
        "over": any(
            round(h, 1) > round(export["settings"]["weekly_hours_norm"] + 2, 1) for h in hours
        ),
        "days": len(days),
        "share": statistics.median(shares) if shares else None,
        "hours": statistics.median(hours) if hours else None,
        "steps": [steps[n] / stepped for n in range(1, 6)] if stepped else None,
        "demands": statistics.fmean(demands) if demands else None,
        "resources": statistics.fmean(resources) if resources else None,
        "target": export["settings"]["leadership_target_percent"],
        "norm": export["settings"]["weekly_hours_norm"],
    }


def _top_three(days_per_key: Counter[str], builtin: Collection[str]) -> list[str]:
    """The three built-in keys picked on most days (ties by key)."""
    ranked = sorted(
        (key for key in days_per_key if key in builtin), key=lambda k: (-days_per_key[k], k)
    )
    return ranked[:3]


def _named_by_three(tops: list[list[str]], catalogue: Sequence[str]) -> list[tuple[str, int]]:
    """The keys in at least three leaders' top three: (key, leaders), most leaders first.

    Ties in the catalogue's order (d2 before d10).
    """
    named = Counter(key for top in tops for key in top)
    kept = [(k, n) for k, n in named.items() if n >= 3]
    return sorted(kept, key=lambda kn: (-kn[1], list(catalogue).index(kn[0])))


def _whole_percent(share: float) -> float:
    """A share as the report writes it (whole percent), as a fraction: 0.3125 -> 0.31."""
    return float(f"{100 * share:.0f}") / 100


def _shown(count: int, of: int) -> dict[str, object]:
    """A count of leaders as the JSON holds it: its number only with 3 on each side."""
    if count < 3:
        return {"shown": "few"}
    if count > of - 3:
        return {"shown": "most"}
    return {"shown": "exact", "count": count}


def _numbers(document: object) -> list[float]:
    """Every number in a JSON document, in order (to find a figure whatever its key)."""
    if isinstance(document, bool):
        return []
    if isinstance(document, int | float):
        return [float(document)]
    if isinstance(document, dict):
        return [n for value in document.values() for n in _numbers(value)]
    if isinstance(document, list):
        return [n for value in document for n in _numbers(value)]
    return []


def _holds(document: object, value: float, places: int = 3) -> bool:
    """``value`` is in the document, rounded to ``places`` decimals at most, or as a percent."""
    numbers = _numbers(document)
    tolerance = 0.5 * 10**-places
    return any(abs(n - value) <= tolerance or abs(n - 100 * value) <= 0.5 for n in numbers)


# --- the round -------------------------------------------------------------------------


def test_the_round_file_names_the_period_and_the_key_code(group: Group) -> None:
    from wellbeing_desktop.services.pulse import read_round_file

    pulse_round = read_round_file(group.round_file)
    assert str(group.round_file) in group.round_output
    assert group.start.isoformat() in group.round_output
    assert group.end.isoformat() in group.round_output
    assert pulse_round.fingerprint in group.round_output
    assert "Read it out to the leaders" in group.round_output
    assert pulse_round.name == ROUND_NAME
    assert (pulse_round.start, pulse_round.end, pulse_round.min_group) == (
        group.start,
        group.end,
        5,
    )
    listed = assert_ok(group.facilitator.run("pulse", "rounds")).stdout
    assert ROUND_NAME in listed
    assert pulse_round.fingerprint in listed
    assert f"{group.start.isoformat()} – {group.end.isoformat()}" in listed
    # A leader's journal started no round.
    assert "no round" in assert_ok(group.leaders[0].run("pulse", "rounds")).stdout


def test_a_pulse_file_holds_no_journal_text(group: Group) -> None:
    for export, pulse in zip(group.exports, group.pulses, strict=True):
        raw = pulse.read_text(encoding="utf-8")
        document = json.loads(raw)
        assert document["format"] == "leader-pulse-pulse"
        assert pulse.stat().st_mode & 0o777 == 0o600
        for day in _days(export, group.start, group.end):
            for word in day.get("reflection", "").split()[:3]:
                if len(word) > 4:
                    assert word not in raw
            assert day["date"] not in raw


# --- the group picture -----------------------------------------------------------------


def test_the_group_picture_matches_the_journals(group: Group, tmp_path: Path) -> None:
    out = tmp_path / "gruppen.json"
    result = assert_ok(_combine(group.facilitator, group.round_file, group.pulses, out, "json"))
    assert "6 leaders" in result.stdout
    assert "6 pulse files" in result.stdout
    assert "replaced" not in result.stdout
    assert WARNING in result.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    picture = json.loads(out.read_text(encoding="utf-8"))
    assert picture["round"] == ROUND_NAME
    assert picture["from"] == group.start.isoformat()
    assert picture["to"] == group.end.isoformat()
    assert picture["leaders"] == 6

    leaders = [_leader(export, group.start, group.end) for export in group.exports]
    assert all(leader["days"] for leader in leaders)
    assert "days_logged_total" not in picture  # with the median it could pin one leader
    assert picture["days_logged_median"] == statistics.median(lr["days"] for lr in leaders)
    steps = [leader["steps"] for leader in leaders if leader["steps"]]
    assert picture["step_leaders"] == len(steps) == 6
    distribution = [statistics.fmean(s[n] for s in steps) for n in range(5)]
    # Rounded as the report shows them: shares to whole percent, means and hours to 0.1.
    assert picture["step_shares"] == [_whole_percent(share) for share in distribution]
    assert picture["leadership_share_median"] == _whole_percent(
        statistics.median(leader["share"] for leader in leaders)
    )
    assert picture["below_target"] == _shown(
        sum(1 for leader in leaders if leader["share"] * 100 < leader["target"]), 6
    )
    assert picture["hours_per_week_median"] == round(
        statistics.median(leader["hours"] for leader in leaders), 1
    )
    assert picture["over_norm"] == _shown(sum(1 for leader in leaders if leader["over"]), 6)
    assert picture["demands_mean"] == round(
        statistics.fmean(leader["demands"] for leader in leaders), 1
    )
    assert picture["resources_mean"] == round(
        statistics.fmean(leader["resources"] for leader in leaders), 1
    )
    for kind, catalogue in (("top_demands", DEMAND_KEYS), ("top_resources", RESOURCE_KEYS)):
        named = _named_by_three([leader[kind] for leader in leaders], catalogue)
        assert [(i["key"], i["leaders"]) for i in picture[kind]] == [
            (key, _shown(n, 6)) for key, n in named
        ], kind
    assert picture["facing_situation"] == _shown(
        sum(1 for leader in leaders if leader["facing"]), 6
    )
    assert picture["with_sparring"] == _shown(sum(1 for leader in leaders if leader["sparring"]), 6)
    # Three of the six shared their WHO-5 band: too few to show.
    assert picture["who5_leaders"] <= 3
    assert picture["who5_bands"] is None

    # The facilitator's consent log: the group report, not a pulse.
    logged = group.facilitator.run("export", "--format", "json", "--out", tmp_path / "e.json")
    assert_ok(logged)
    entries = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["export_log"]
    assert ("leader-group", "json") in [(e["kind"], e["format"]) for e in entries]
    assert ("pulse", "pulse") not in [(e["kind"], e["format"]) for e in entries]
    # A leader's consent log: the pulse it shared.
    assert_ok(group.leaders[3].run("export", "--format", "json", "--out", tmp_path / "l.json"))
    entries = json.loads((tmp_path / "l.json").read_text(encoding="utf-8"))["export_log"]
    assert ("pulse", "pulse") in [(e["kind"], e["format"]) for e in entries]


def test_fewer_than_five_leaders_are_refused_and_nothing_is_written(
    group: Group, tmp_path: Path
) -> None:
    out = tmp_path / "four.json"
    result = _combine(group.facilitator, group.round_file, group.pulses[:4], out, "json")
    assert_user_error(result, "at least 5 leaders", "1 more needed")
    assert not out.exists()


def test_a_pulse_sent_again_counts_once(group: Group, tmp_path: Path) -> None:
    again = tmp_path / "leaderpulse-pulse-again.json"
    assert_ok(group.leaders[0].run("pulse", "share", group.round_file, "--out", again, "--yes"))
    # Four leaders and one of them twice: still four, refused.
    out = tmp_path / "five-files.json"
    refused = _combine(group.facilitator, group.round_file, [*group.pulses[:4], again], out, "json")
    assert_user_error(refused, "1 more needed")
    assert not out.exists()
    # All six and the one sent again: six leaders (on the journal as it was before any
    # other combine: after a picture of the six, one changed leader is refused, below).
    fresh = _copy_journal(group.facilitator, group.before_combining, tmp_path / "fresh")
    result = assert_ok(_combine(fresh, group.round_file, [*group.pulses, again], out, "json"))
    assert json.loads(out.read_text(encoding="utf-8"))["leaders"] == 6
    assert "6 leaders from 7 pulse files" in result.stdout
    assert "1 pulse sent again replaced an earlier one" in result.stdout
    # The guard: after that picture, the six with the earlier pulse instead would show
    # that one leader's change.
    out.unlink()
    refused = _combine(fresh, group.round_file, group.pulses, out, "json")
    assert_user_error(refused, "a pulse sent again after the group picture of", "change")
    assert not out.exists()


def test_one_file_named_twice_or_copied_is_no_pulse_sent_again(
    group: Group, tmp_path: Path
) -> None:
    fresh = _copy_journal(group.facilitator, group.before_combining, tmp_path / "fresh")
    first = group.pulses[0]
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.json"
    link.symlink_to(first)
    hard = tmp_path / "hard.json"
    hard.hardlink_to(first)
    copy = tmp_path / "copy.json"
    shutil.copy(first, copy)
    named_again = [tmp_path / "sub" / ".." / "link.json", link, hard, first]
    out = tmp_path / "twice.json"

    result = assert_ok(
        _combine(fresh, group.round_file, [*named_again, *group.pulses[1:]], out, "json")
    )

    assert "6 leaders from 6 pulse files." in result.stdout
    assert "sent again" not in result.stdout
    # A copy is another file, but the same pulse: not a pulse sent again either.
    out.unlink()
    result = assert_ok(_combine(fresh, group.round_file, [copy, *group.pulses], out, "json"))
    assert "6 leaders from 7 pulse files." in result.stdout
    assert "sent again" not in result.stdout


@pytest.mark.parametrize("given", ["4", "0", "-5", "501", "five", "5.5", ""])
def test_a_min_group_the_domain_refuses_is_one_line_naming_it(
    group: Group, tmp_path: Path, given: str
) -> None:
    facilitator = _copy_journal(group.facilitator, group.before_combining, tmp_path / "f")
    before = assert_ok(facilitator.run("pulse", "rounds")).stdout
    target = tmp_path / "amu.leaderpulse-round.json"
    result = facilitator.run(
        "pulse",
        "round",
        "--name",
        "Arbejdsmiljøudvalget",
        "--from",
        group.start.isoformat(),
        "--to",
        group.end.isoformat(),
        "--min-group",
        given,
        "--out",
        target,
    )
    assert_user_error(result, "min-group", "a whole number from 5 to 500")
    assert not target.exists()
    assert assert_ok(facilitator.run("pulse", "rounds")).stdout == before


def test_a_round_file_with_a_low_order_key_is_refused_naming_it(
    group: Group, tmp_path: Path
) -> None:
    document = json.loads(group.round_file.read_text(encoding="utf-8"))
    # The all-zero key: every pulse sealed to it could be opened by anyone.
    document["public_key"] = "A" * 43 + "="
    made_by_hand = tmp_path / "hand.leaderpulse-round.json"
    made_by_hand.write_text(json.dumps(document), encoding="utf-8")
    pulse = tmp_path / "leaderpulse-pulse-hand.json"

    refused = group.leaders[0].run("pulse", "share", made_by_hand, "--out", pulse, "--yes")

    assert_user_error(refused, str(made_by_hand), "damaged", "public_key is not valid")
    assert not pulse.exists()


def test_a_pulse_of_another_round_is_refused_naming_the_file(group: Group, tmp_path: Path) -> None:
    other_round = tmp_path / "other.leaderpulse-round.json"
    assert_ok(
        group.facilitator.run(
            "pulse",
            "round",
            "--name",
            "Arbejdsmiljøudvalget",
            "--from",
            (group.start - timedelta(weeks=8)).isoformat(),
            "--to",
            (group.start - timedelta(days=1)).isoformat(),
            "--min-group",
            "6",
            "--out",
            other_round,
        )
    )
    stray = tmp_path / "leaderpulse-pulse-stray.json"
    assert_ok(group.leaders[1].run("pulse", "share", other_round, "--out", stray, "--yes"))
    out = tmp_path / "mixed.md"
    result = _combine(group.facilitator, group.round_file, [*group.pulses, stray], out, "md")
    assert_user_error(result, stray.name, "another round")
    assert not out.exists()
    # A damaged file is refused the same way.
    damaged = tmp_path / "leaderpulse-pulse-damaged.json"
    damaged.write_text(group.pulses[2].read_text(encoding="utf-8")[:-40], encoding="utf-8")
    result = _combine(group.facilitator, group.round_file, [*group.pulses, damaged], out, "md")
    assert_user_error(result, damaged.name)
    assert not out.exists()


def test_a_journal_without_the_rounds_key_cannot_combine(group: Group, tmp_path: Path) -> None:
    out = tmp_path / "not-mine.json"
    result = _combine(group.leaders[0], group.round_file, group.pulses, out, "json")
    assert_user_error(result, "did not start this round")
    assert not out.exists()


def test_a_period_with_no_logged_days_shares_nothing(group: Group, tmp_path: Path) -> None:
    empty_round = tmp_path / "empty.leaderpulse-round.json"
    assert_ok(
        group.facilitator.run(
            "pulse",
            "round",
            "--name",
            "Foråret 2020",
            "--from",
            "2020-03-02",
            "--to",
            "2020-04-26",
            "--out",
            empty_round,
        )
    )
    pulse = tmp_path / "leaderpulse-pulse-empty.json"
    result = group.leaders[0].run("pulse", "share", empty_round, "--out", pulse, "--yes")
    assert_user_error(result, "no day is logged from 2020-03-02 to 2020-04-26")
    assert not pulse.exists()
    assert not list(tmp_path.glob(".*"))  # no temporary file left either


def _days_named(text: str) -> set[tuple[int, int]]:
    """(month, day) of every date in ``text``: ISO, or as the English report writes it."""
    named = {(int(m), int(d)) for m, d in re.findall(r"\b\d{4}-(\d{2})-(\d{2})\b", text)}
    for day, month in re.findall(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)})\b", text):
        named.add((MONTHS.index(month) + 1, int(day)))
    return named


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_the_group_report_names_no_leader_and_no_single_day(group: Group, tmp_path: Path) -> None:
    # The period's first and last day, and the day the report was made.
    allowed = {(d.month, d.day) for d in (group.start, group.end, date.today())}
    texts = []
    for fmt in ("md", "pdf"):
        out = tmp_path / f"gruppen.{fmt}"
        assert_ok(_combine(group.facilitator, group.round_file, group.pulses, out, fmt))
        text = out.read_text(encoding="utf-8") if fmt == "md" else _pdf_text(out)
        assert ROUND_NAME in text
        assert (group.start.month, group.start.day) in _days_named(text)
        assert _days_named(text) <= allowed, _days_named(text) - allowed
        texts.append(text)
    for export in group.exports:
        for day in _days(export, group.start, group.end):
            if len(day.get("reflection", "")) >= 30:
                assert day["reflection"][:30] not in texts[0]
        for topic in export["sparring_topics"]:
            assert topic["notes"][:30] not in texts[0]
            assert topic["notes"][:30] not in texts[1]


# --- what a leader sees before sharing -------------------------------------------------


def test_the_preview_comes_first_and_no_means_nothing_is_written(
    group: Group, tmp_path: Path
) -> None:
    from wellbeing_desktop.cli import pulse_commands

    pulse = tmp_path / "leaderpulse-pulse-maybe.json"
    leader = group.leaders[2]
    asked: list[str] = []

    def answer(question: str) -> str:
        asked.append(question)
        return "n"

    with (
        mock.patch.object(pulse_commands, "interactive", return_value=True),
        mock.patch("builtins.input", side_effect=answer),
    ):
        result = assert_ok(leader.run("pulse", "share", group.round_file, "--out", pulse))
    assert asked == ["Write this pulse file? [y/N] "]
    assert "The pulse file holds exactly this:" in result.stdout
    assert "Never included:" in result.stdout
    assert "Nothing was written." in result.stdout
    assert not pulse.exists()
    # Without a terminal and without --yes: the preview, then one line; nothing written.
    refused = leader.run("pulse", "share", group.round_file, "--out", pulse)
    assert_user_error(refused, "--yes")
    assert "The pulse file holds exactly this:" in refused.stdout
    assert not pulse.exists()
    # Answered yes: written, after the same preview.
    with (
        mock.patch.object(pulse_commands, "interactive", return_value=True),
        mock.patch("builtins.input", return_value="y"),
    ):
        written = assert_ok(leader.run("pulse", "share", group.round_file, "--out", pulse))
    assert pulse.exists(), describe(written)
    preview = written.stdout.index("The pulse file holds exactly this:")
    assert preview < written.stdout.index(f"Wrote your pulse to {pulse}")


def test_a_danish_journal_is_asked_and_refused_in_danish(group: Group, tmp_path: Path) -> None:
    leader = _copy(group.leaders[4], tmp_path / "dansk")
    set_language(leader, "da")
    pulse = tmp_path / "leaderpulse-pulse-dansk.json"
    refused = leader.run("pulse", "share", group.round_file, "--out", pulse)
    assert_user_error(refused, "intet blev skrevet", "--yes")
    assert "Pulsfilen indeholder præcis dette:" in refused.stdout
    assert not pulse.exists()


def test_a_round_whose_file_cannot_be_written_is_not_kept(group: Group, tmp_path: Path) -> None:
    facilitator = _copy_journal(group.facilitator, group.before_combining, tmp_path / "f")
    before = assert_ok(facilitator.run("pulse", "rounds")).stdout
    # /proc takes no new file, even from root: the round is made, then its file fails.
    target = Path("/proc/amu.leaderpulse-round.json")
    result = facilitator.run(
        "pulse",
        "round",
        "--name",
        "Arbejdsmiljøudvalget",
        "--from",
        (group.start - timedelta(weeks=8)).isoformat(),
        "--to",
        (group.start - timedelta(days=1)).isoformat(),
        "--out",
        target,
    )
    assert_user_error(result, str(target), "cannot write")
    assert not target.exists()
    # No round is left that no file was sent for.
    assert assert_ok(facilitator.run("pulse", "rounds")).stdout == before
    assert "Arbejdsmiljøudvalget" not in before


def test_a_second_round_over_the_same_weeks_is_refused(group: Group, tmp_path: Path) -> None:
    facilitator = _copy_journal(group.facilitator, group.before_combining, tmp_path / "f")
    out = tmp_path / "amu.leaderpulse-round.json"
    result = facilitator.run(
        "pulse",
        "round",
        "--name",
        "Arbejdsmiljøudvalget",
        "--from",
        (group.end - timedelta(weeks=2) + timedelta(days=1)).isoformat(),
        "--to",
        (group.end + timedelta(weeks=2)).isoformat(),
        "--out",
        out,
    )
    assert_user_error(result, ROUND_NAME, "already covers", "no round was started")
    assert not out.exists()


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2026-11-04", "2026-11-29", ("from", "2026-11-04", "a Monday", "whole weeks")),
        ("2026-11-23", "2026-11-23", ("to", "a Sunday at least 13 days after from", "2026-12-06")),
        ("2026-11-02", "2026-11-08", ("to", "at least 2 whole weeks")),
    ],
)
def test_a_round_of_part_weeks_is_refused_and_nothing_is_kept(
    group: Group, tmp_path: Path, start: str, end: str, words: tuple[str, ...]
) -> None:
    facilitator = _copy_journal(group.facilitator, group.before_combining, tmp_path / "f")
    before = assert_ok(facilitator.run("pulse", "rounds")).stdout
    target = tmp_path / "day.leaderpulse-round.json"
    result = facilitator.run(
        "pulse", "round", "--name", "Én dag", "--from", start, "--to", end, "--out", target
    )
    assert_user_error(result, *words)
    assert not target.exists()
    assert assert_ok(facilitator.run("pulse", "rounds")).stdout == before
