"""Every date option of every command: a result, or one line naming the option.

The accepted days run from ``EARLIEST_DAY`` (1970-01-01) to ``LATEST_DAY`` (2099-12-31),
the same range for each option (``domain.day_range``); a date outside it, or text that is
no date, is refused in one line that names the option, never "unexpected error".
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.cli_support import Journal, assert_ok, assert_user_error, describe
from wellbeing_desktop.domain.day_range import EARLIEST_DAY, LATEST_DAY

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:1@test\r\nDTSTAMP:20250602T080000Z\r\nDTSTART:20250602T090000\r\n"
    "DTEND:20250602T100000\r\nSUMMARY:Drift\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

# Each date option: the command line around it (``{}`` is where ``--option=VALUE`` goes,
# so a value that starts with "-" is still the option's value) and the option's name as
# the error line names it.


_FILES = itertools.count()  # each report or export goes to a new file


def _commands(folder: Path) -> list[tuple[str, Callable[[str], list[str]]]]:
    ics = folder / "day.ics"
    ics.write_text(ICS, encoding="utf-8")
    files = _FILES

    def out(suffix: str) -> str:
        return str(folder / f"out-{next(files)}.{suffix}")

    return [
        ("date", lambda v: ["log", f"--date={v}", "--energy", "3"]),
        ("date", lambda v: ["who5", "3", "3", "3", "3", "3", f"--date={v}"]),
        ("date", lambda v: ["calendar", "show", str(ics), f"--date={v}"]),
        ("from", lambda v: ["show", f"--from={v}"]),
        ("to", lambda v: ["show", f"--to={v}"]),
        ("from", lambda v: ["stats", f"--from={v}"]),
        ("to", lambda v: ["stats", f"--to={v}"]),
        ("from", lambda v: ["export", "--format", "json", "--out", out("json"), f"--from={v}"]),
        ("to", lambda v: ["export", "--format", "csv", "--out", out("csv"), f"--to={v}"]),
        ("from", lambda v: ["report", "--kind", "one-on-one", "--format", "md", "--out",
                            out("md"), f"--from={v}"]),
        ("to", lambda v: ["report", "--kind", "coach", "--format", "md", "--out", out("md"),
                          f"--to={v}"]),
    ]  # fmt: skip


def _is_result_or_one_line(result: object, field: str) -> None:
    import subprocess

    assert isinstance(result, subprocess.CompletedProcess)
    if result.returncode == 0:
        return
    assert_user_error(result)  # exit 1, one line, not "unexpected error"
    assert result.stderr.startswith(f"wellbeing-desktop: {field}: "), describe(result)


_ISO = st.dates().map(date.isoformat)
_EDGES = st.sampled_from(
    [
        "1900-01-01", "0001-01-01", "9999-12-31", "1969-12-31", "1970-01-01", "2099-12-31",
        "2100-01-01", "today", "yesterday", "i går", "2025-02-29", "2025-06-02", "",
        "+2025-06-02", "２０２５-06-02", "-1",
    ]
)  # fmt: skip
_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=14)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_date_string_gives_a_result_or_one_line_naming_the_option(
    seeded: Journal, tmp_path: Path, data: st.DataObject
) -> None:
    commands = _commands(tmp_path)
    field, command = data.draw(st.sampled_from(commands), label="option")
    value = data.draw(st.one_of(_EDGES, _ISO, _TEXT), label="value")
    _is_result_or_one_line(seeded.run(*command(value)), field)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("report", "--kind", "one-on-one", "--from", "1900-01-01"), "from"),
        (("report", "--kind", "coach", "--to", "9999-12-31"), "to"),
        (("stats", "--from", "1969-12-31"), "from"),
        (("log", "--date", "1969-12-31", "--energy", "2"), "date"),
        (("who5", "1", "1", "1", "1", "1", "--date", "2100-01-01"), "date"),
    ],
)
def test_a_day_outside_the_range_is_refused_naming_the_option_and_the_range(
    seeded: Journal, tmp_path: Path, args: tuple[str, ...], field: str
) -> None:
    extra = ("--format", "md", "--out", tmp_path / "r.md") if args[0] == "report" else ()
    result = assert_user_error(seeded.run(*args, *extra))
    assert result.stderr.startswith(f"wellbeing-desktop: {field}: "), describe(result)
    assert f"a day from {EARLIEST_DAY} to {LATEST_DAY}" in result.stderr
    assert not (tmp_path / "r.md").exists()


def test_the_edges_of_the_range_are_accepted(seeded: Journal, tmp_path: Path) -> None:
    first, last = EARLIEST_DAY.isoformat(), LATEST_DAY.isoformat()
    for kind in ("one-on-one", "coach"):
        out = tmp_path / f"{kind}.md"
        result = assert_ok(
            seeded.run("report", "--kind", kind, "--from", first, "--to", last,
                       "--format", "md", "--out", out)
        )  # fmt: skip
        # A report looks back: a --to after today is read as today.
        assert f"for {first} – {date.today().isoformat()}" in result.stdout
        assert out.is_file()
    assert "2025-06-02" in assert_ok(seeded.run("show", "--from", first, "--to", last)).stdout
    # The coach summary's default 30 days before the first day stop at the first day.
    result = assert_ok(
        seeded.run("report", "--kind", "coach", "--to", first, "--format", "md",
                   "--out", tmp_path / "first.md")
    )  # fmt: skip
    assert f"for {first} – {first}" in result.stdout


def test_a_report_starting_after_today_is_refused(seeded: Journal, tmp_path: Path) -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    out = tmp_path / "later.md"
    last = LATEST_DAY.isoformat()
    result = seeded.run("report", "--kind", "coach", "--from", tomorrow, "--to", last,
                        "--format", "md", "--out", out)  # fmt: skip
    assert_user_error(result, f"from: '{tomorrow}' is not allowed; a day on or before")
    assert not out.exists()
