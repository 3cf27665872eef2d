"""The quick ``log`` reads its options as the ordinary ``log`` reads them, or steps aside (#20).

``cli.quick_log`` has its own small reading of ``log``'s options (the ordinary one loads
the unlock path). For any mix of the options it takes, it asks for the same changes as
``journal_commands``; whatever the ordinary command refuses it leaves to it (so every
refusal is the ordinary one, in the journal's language); options it does not take, a
passphrase given and nothing to log make it step aside before the journal is touched.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing_desktop.cli import journal_commands, quick_log
from wellbeing_desktop.cli.parser import build_parser, join_option_values
from wellbeing_desktop.domain.durations import parse_day
from wellbeing_desktop.domain.errors import WellbeingError

if TYPE_CHECKING:
    import argparse

TODAY = date(2026, 11, 26)


def _args(argv: list[str]) -> argparse.Namespace:
    argv = join_option_values(["log", *argv])
    return build_parser(argv).parse_args(argv)


def test_its_tables_are_the_ordinary_commands() -> None:
    assert quick_log.CLI_CATEGORIES == journal_commands._CLI_CATEGORIES
    assert {
        w: level.value for w, level in journal_commands._SHARE_WORDS.items()
    } == quick_log.SHARE_WORDS
    every = set(vars(_args(["--energy", "3"])))
    assert every <= quick_log.QUICK_OPTIONS | quick_log.ORDINARY_OPTIONS
    assert set(journal_commands.LOG_FIELDS) <= quick_log.QUICK_OPTIONS | quick_log.ORDINARY_OPTIONS


durations = st.sampled_from(["2h", "90m", "1.5h", "0", "2h30m", "-1h", "25h", "x", " 45m ", "1,5t"])
numbers = st.sampled_from(["0", "1", "3", "5", "6", "10", "11", "-1", "x", " 4 ", "2.5"])
option_values = {
    "--date": st.sampled_from(["today", "yesterday", "2026-11-20", "2099-01-01", "20261120"]),
    "--operations": durations,
    "--leadership": durations,
    "--strategy": durations,
    "--own": durations,
    "--hours": durations,
    "--stress": numbers,
    "--demands": numbers,
    "--resources": numbers,
    "--energy": numbers,
    # Not "-…": the parser reads that as an option and stops with a usage error.
    "--note": st.text(max_size=20).filter(lambda text: not text.startswith("-")),
    "--share": st.sampled_from(["private", "coach", "1:1", "One-on-one ", "public"]),
}


@st.composite
def argvs(draw: st.DrawFn) -> list[str]:
    chosen = draw(st.lists(st.sampled_from(sorted(option_values)), unique=True, max_size=6))
    argv: list[str] = []
    for option in chosen:
        argv += [option, draw(option_values[option])]
    for tag in draw(st.lists(st.sampled_from(["budget", " team ", "x"]), max_size=2)):
        argv += ["--tag", tag]
    return argv


@settings(max_examples=300, deadline=None)
@given(argv=argvs())
def test_the_same_changes_as_the_ordinary_log_or_it_steps_aside(argv: list[str]) -> None:
    args = _args(argv)
    quick = quick_log._parsed(args, TODAY)
    if journal_commands._nothing_to_log(args):
        assert quick is None
        return
    try:
        day = parse_day(args.date, today=TODAY)
        # No journal is needed when no signal or item is named (the quick path's case).
        changes, new_signals = journal_commands._day_changes(args, None, args.note)  # type: ignore[arg-type]
    except WellbeingError:
        assert quick is None  # refused by the ordinary command, in the journal's language
        return
    assert new_signals == []
    assert quick == (day, changes)


@pytest.mark.parametrize(
    "argv",
    [
        ["--signal", "headache"],
        ["--new-signal", "ondt i maven"],
        ["--demand", "d1"],
        ["--resource", "r1"],
        ["--note-file", "note.txt"],
        ["--from-calendar"],
        ["--passphrase-file", "secret.txt"],
        ["--date", "today"],
        [],
    ],
    ids=" ".join,
)
def test_what_it_does_not_take_is_left_to_the_ordinary_command(argv: list[str]) -> None:
    args = _args(argv if argv[:1] in (["--date"], []) else ["--energy", "3", *argv])
    assert quick_log._parsed(args, TODAY) is None


def test_a_passphrase_in_the_environment_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    assert quick_log._parsed(_args(["--energy", "3"]), TODAY) is not None
    monkeypatch.setenv(quick_log.PASSPHRASE_ENV, "secret")
    assert quick_log._parsed(_args(["--energy", "3"]), TODAY) is None
