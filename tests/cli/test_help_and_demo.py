"""``--help``/``--version`` everywhere, and the big demo journal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    SUBCOMMANDS,
    Journal,
    assert_ok,
    assert_user_error,
    run_cli,
    run_cli_process,
)

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("flag", ["--help", "--version"])
@pytest.mark.parametrize("command", [None, *SUBCOMMANDS])
def test_help_and_version_on_every_command(command: str | None, flag: str, tmp_path: Path) -> None:
    args = [flag] if command is None else [command, flag]

    result = assert_ok(run_cli(*args, data_dir=tmp_path / "untouched"))

    if flag == "--version":
        assert re.search(r"wellbeing-desktop.* \d+\.\d+\.\d+", result.stdout), result.stdout
    else:
        assert "usage:" in result.stdout
        assert "--data-dir" in result.stdout
        assert "--passphrase-file" in result.stdout
    assert not (tmp_path / "untouched").exists()


def test_the_real_program_exits_0_1_and_2(tmp_path: Path) -> None:
    """``python -m wellbeing_desktop``, not ``main(argv)``: the exit codes of the process."""
    version = assert_ok(run_cli_process("--version"))
    assert re.search(r"wellbeing-desktop.* \d+\.\d+\.\d+", version.stdout), version.stdout
    usage = run_cli_process("no-such-command")
    assert usage.returncode == 2
    assert "usage:" in usage.stderr
    assert_user_error(run_cli_process("show", data_dir=tmp_path / "none"), "init")
    assert not (tmp_path / "none").exists()


def test_main_help_lists_every_subcommand() -> None:
    result = assert_ok(run_cli("--help"))
    for command in SUBCOMMANDS:
        assert command in result.stdout


@pytest.mark.slow
def test_demo_of_ten_years_fills_a_fresh_journal(tmp_path: Path, passphrase_file: Path) -> None:
    data_dir = tmp_path / "journal"

    assert_ok(
        run_cli(
            "demo",
            "--days",
            "3650",
            "--seed",
            "1",
            data_dir=data_dir,
            passphrase_file=passphrase_file,
        )
    )

    lines = assert_ok(run_cli("show", data_dir=data_dir, passphrase_file=passphrase_file))
    days = lines.stdout.splitlines()
    assert len(days) > 2000
    assert all(re.match(r"\d{4}-\d{2}-\d{2}  ", line) for line in days)
    journal = Journal(data_dir, passphrase_file, tmp_path / "no-key")
    assert_ok(journal.run("check"))
