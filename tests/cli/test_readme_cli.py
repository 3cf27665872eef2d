"""The README's command-line section is true: its commands and options exist, its examples run.

Every command of the table and every option it names is in that command's ``--help``;
every line of the section's shell examples runs through the real CLI (``cli.main``) on a
new, empty journal in a temporary folder (``/tmp/try`` there), with a passphrase file
instead of the prompt, and exits 0.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from tests.cli.cli_support import Journal, assert_ok, describe, run_cli
from wellbeing_desktop.cli.entry import COMMANDS

README = Path(__file__).resolve().parents[2] / "README.md"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## The command line\n")
    return text[start : text.index("\n## ", start + 1)]


def _table_commands() -> list[tuple[tuple[str, ...], set[str]]]:
    """(command words, options) of each command in the table's first column."""
    found = []
    for row in re.findall(r"^\| (`.+?) \| ", _section(), re.MULTILINE):
        for code in re.findall(r"`([^`]+)`", row):
            words = code.split()
            command = tuple(w for w in words[:2] if re.fullmatch(r"[a-z0-9]+", w))
            if command[0] not in ("calendar", "pulse"):  # commands with actions
                command = command[:1]
            found.append((command, set(re.findall(r"--[a-z][a-z0-9-]*", code))))
    return found


def _example_lines() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", _section(), re.DOTALL)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line]


def test_the_table_names_every_command_and_only_real_options(passphrase_file: Path) -> None:
    commands = _table_commands()
    named = {c[0] for c, _options in commands}
    assert named == set(COMMANDS)  # every command, and only commands
    for command, options in commands:
        help_text = assert_ok(run_cli(*command, "--help")).stdout
        for option in options:
            assert re.search(rf"{option}\b", help_text), f"{' '.join(command)} {option}"


def test_every_example_runs(journal: Journal, tmp_path: Path) -> None:
    """On a new, empty journal (``demo`` fills one; the fixture's unlocks cheaply)."""
    passphrase_file = journal.passphrase_file
    lines = _example_lines()
    assert len(lines) >= 5
    assert lines[0].startswith("wellbeing-desktop demo ")
    for line in lines:
        line = line.replace("/tmp/try-", f"{tmp_path}/try-").replace(
            "/tmp/try", str(journal.data_dir)
        )
        words = shlex.split(line)
        assert words[0] == "wellbeing-desktop"
        result = run_cli(*words[1:], "--passphrase-file", passphrase_file)
        assert result.returncode == 0, f"{line}\n{describe(result)}"
        assert result.stdout.strip(), line
    stats = run_cli("stats", "--data-dir", journal.data_dir, "--passphrase-file", passphrase_file)
    assert "Period:            last 4 weeks, " in stats.stdout


@pytest.mark.parametrize("what", ["200 of ", "last 4 weeks", "1970-01-01 to 2099-12-31"])
def test_the_section_says_what_a_new_user_looked_for(what: str) -> None:
    assert what in " ".join(_section().split())
