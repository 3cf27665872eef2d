"""The benchmark suite's honesty rules (benchmarks/harness.py, benchmarks/suite.py).

No timing here: these check how rows are judged and what the verdict line says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import suite
from benchmarks.harness import (
    Row,
    Samples,
    Target,
    exit_code,
    launcher,
    measured_row,
    report_row,
    unavailable_row,
    verdict_line,
)
from benchmarks.listing import LISTING

RATIO = Target("≤ 2× the floor", max_ratio=2)
SPEEDUP = Target("≥ 5× faster", min_speedup=5)


def test_ratio_target_without_baseline_is_not_measured_never_met() -> None:
    met, verdict = RATIO.judge(1.0, None, "s")
    assert met is None
    assert verdict.startswith("not measured")
    met, verdict = SPEEDUP.judge(1.0, 0.0, "s")
    assert met is None
    assert verdict.startswith("not measured")


def test_measured_row_with_a_ratio_target_and_no_baseline_is_not_measured() -> None:
    row = measured_row("x", RATIO, Samples((1.0, 1.1)), "s")
    assert row.met is None
    assert row.not_measured
    assert row.verdict.startswith("not measured")


def test_ratio_target_judged_against_its_baseline() -> None:
    assert RATIO.judge(1.9, 1.0, "s")[0] is True
    met, verdict = RATIO.judge(2.1, 1.0, "s")
    assert met is False
    assert "2.10×" in verdict
    assert SPEEDUP.judge(1.0, 6.0, "s")[0] is True
    assert SPEEDUP.judge(1.0, 4.0, "s")[0] is False


def test_absolute_target_needs_no_baseline() -> None:
    assert Target("≤ 1 s", max_value=1.0).judge(0.5, None, "s") == (True, "met")


def test_unavailable_row_says_not_measured_and_why() -> None:
    row = unavailable_row("x", "≤ 1 s", "skipped: no keyring")
    assert row.verdict == "not measured: skipped: no keyring"
    assert row.not_measured


def test_verdict_line_counts_not_measured_and_missed_rows() -> None:
    rows = [
        Row("a", "t", met=True),
        Row("b", "t", met=True),
        unavailable_row("c", "t", "skipped: no keyring"),
        measured_row("d", RATIO, Samples((1.0,)), "s"),  # no baseline
        Row("e", "t", met=False, verdict="not met: 3×"),
        report_row("f", Samples((1.0,)), "s"),  # no target by design: not counted
    ]
    line = verdict_line(rows)
    assert line.startswith("2 of 5 rows not measured: c (skipped: no keyring); d (")
    assert "1 misses its target" in line
    assert "every" not in line.lower()


def test_verdict_line_never_says_all_met_while_a_row_is_not_measured() -> None:
    rows = [Row("a", "t", met=True), unavailable_row("b", "t", "error")]
    assert "met" not in verdict_line(rows).replace("not measured", "")
    assert verdict_line([Row("a", "t", met=True)]).startswith("Every target is met")


def test_verdict_line_several_misses() -> None:
    rows = [Row("a", "t", met=False), Row("b", "t", met=False), Row("c", "t", met=True)]
    assert verdict_line(rows) == "2 miss their target (of 3 judged rows)."


@pytest.mark.parametrize(
    ("rows", "errors", "quick", "code"),
    [
        ([Row("a", "t", met=True)], 0, False, 0),
        ([Row("a", "t", met=False)], 0, False, 0),
        ([Row("a", "t")], 0, False, 2),
        ([Row("a", "t")], 0, True, 0),
        ([Row("a", "t", met=True)], 1, False, 1),
        ([report_row("a", Samples((1.0,)), "s")], 0, False, 0),
    ],
)
def test_exit_code(rows: list[Row], errors: int, quick: bool, code: int) -> None:
    assert exit_code(rows, errors=errors, quick=quick) == code


def test_quick_rows_are_not_judged() -> None:
    row = measured_row("x", RATIO, Samples((3.0,)), "s", baseline=Samples((1.0,)), judge=False)
    assert row.met is None
    assert row.verdict == "not judged (quick)"


def test_every_figure_is_listed_with_a_user_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert suite.main(["--list"]) == 0
    out = capsys.readouterr().out
    for name in LISTING:
        if name in suite.FIGURES:
            assert f"{name}: [" in out
    for name in ("cli-fixed", "cli-paths", "rss", "streams"):
        assert all(item.path and item.target for item in LISTING[name])


def test_growth_pairs_rows_across_sizes() -> None:
    small = measured_row("`search`, 10-year journal", Target("≤ 1 s", max_value=1),
                         Samples((0.2,)), "s", path="CLI")  # fmt: skip
    big = measured_row("`search`, 30-year journal", Target("≤ 1 s", max_value=1),
                       Samples((0.4,)), "s", path="CLI")  # fmt: skip
    lines = suite.growth_lines([small], [big], 2000, 6000)
    assert any("200 ms at 2000 logged days → 400 ms at 6000" in line for line in lines)
    assert any("+50.0 ms per 1,000" in line for line in lines)


def test_growth_within_the_spread_is_not_called_growth() -> None:
    target = Target("≤ 1 s", max_value=1)
    small = measured_row("`show`, 1-year journal", target, Samples((0.2, 0.3)), "s", path="CLI")
    big = measured_row("`show`, 30-year journal", target, Samples((0.25, 0.35)), "s", path="CLI")
    lines = suite.growth_lines([small], [big], 200, 6000)
    assert any("no growth beyond the spread" in line for line in lines)


# The figures whose rows name a real start (issue 20): their launchers run the app's own
# entry point and never build the window or open the journal before the app does.
REAL_START_LAUNCHERS = (
    "start_remembered.py",
    "passphrase_today.py",
    "daily_ritual.py",
    "rss_start.py",
)


@pytest.mark.parametrize("name", REAL_START_LAUNCHERS)
def test_real_start_launchers_run_the_apps_entry_point(name: str) -> None:
    source = Path(launcher(name)).read_text(encoding="utf-8")
    assert "from wellbeing_desktop.cli import main as cli_main" in source
    assert "cli_main([" in source
    for built_by_the_launcher in ("build_main_window", "build_start_window", "make_app(",
                                  "open_with_keyring(", "open_with_passphrase(",
                                  ".unlocked.emit("):  # fmt: skip
        assert built_by_the_launcher not in source


def test_the_real_start_figures_are_listed_as_such() -> None:
    for name in ("unlock", "ritual", "rss"):
        assert all("real start" in item.path for item in LISTING[name])
