"""``search``, ``show`` and ``log`` read without the parser (cli/quick_args.py, issue #20).

What ``quick_namespace`` reads, it reads as the parser does; everything else is left to
the parser (None), so its messages and exit codes stay the only ones.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import TIMEOUT, cli_env
from wellbeing_desktop.cli.parser import build_parser, join_option_values
from wellbeing_desktop.cli.quick_args import quick_namespace

if TYPE_CHECKING:
    from tests.cli.cli_support import Journal

READ = [
    ["search", "budget"],
    ["search", "budget", "møde", "--data-dir", "/tmp/j"],
    ["search", "--data-dir=/tmp/j", "budget", "-MUS", "NOT", "x"],
    ["search", "budget", "--limit", "5", "--passphrase-file", "p.txt"],
    ["search", "--limit=0", "--", "-budget", "--data-dir", "x"],
    ["search", "--limit", "abc", "budget"],  # the ordinary path words the refusal
    ["search", "", "budget"],
    ["search", '"svær samtale" -MUS'],
    ["show"],
    ["show", "--from", "2026-01-01", "--to", "today", "--data-dir", "/tmp/j"],
    ["show", "--from=2026-01-01", "--to=", "--passphrase-file=p.txt"],
    ["log"],  # nothing to log: the quick log declines, the ordinary command says so
    ["log", "--energy", "3"],
    ["log", "--date", "2026-12-01", "--energy=3", "--data-dir", "/tmp/j"],
    ["log", "--operations", "2h", "--leadership=90m", "--strategy", "1.5h", "--own", "0"],
    ["log", "--hours", "8h", "--stress", "2", "--demands", "4", "--resources", "7"],
    ["log", "--tag", "budget", "--note", "en god dag", "--tag=møde", "--share", "coach"],
    ["log", "--note=", "--date", "yesterday", "--passphrase-file", "p.txt"],
    ["log", "--energy", "9"],  # the ordinary path words the refusal
]

LEFT_TO_THE_PARSER = [
    [],
    ["stats"],
    ["log", "--energy", "3", "--energy", "4"],
    ["log", "--ener", "3"],
    ["log", "--operations", "-1h"],
    ["log", "--signal", "sleep", "--energy", "3"],
    ["log", "--note-file", "n.txt"],
    ["log", "--from-calendar"],
    ["log", "--energy", "3", "extra"],
    ["log", "-h"],
    ["log", "--", "--energy", "3"],
    ["search"],
    ["search", "--"],
    ["search", "--help"],
    ["search", "-h", "budget"],
    ["search", "budget", "--version"],
    ["search", "budget", "--lim", "5"],  # an abbreviation: the parser's to accept
    ["search", "budget", "--limit"],
    ["search", "budget", "--limit", "-5"],
    ["search", "budget", "--data-dir", "a", "--data-dir", "b"],
    ["search", "budget", "--unknown"],
    ["search", "-"],
    ["show", "extra"],
    ["show", "-h"],
    ["show", "--from"],
    ["show", "--from", "-1"],
    ["show", "--", "x"],
    ["show", "--limit", "5"],
    ["show", "--data-dir", ""],
]


@pytest.mark.parametrize("argv", READ, ids=" ".join)
def test_what_is_read_is_what_the_parser_reads(argv: list[str]) -> None:
    quick = quick_namespace(argv)
    assert quick is not None
    joined = join_option_values(argv)
    assert vars(quick) == vars(build_parser(joined).parse_args(joined))


@pytest.mark.parametrize("argv", LEFT_TO_THE_PARSER, ids=" ".join)
def test_anything_else_is_left_to_the_parser(argv: list[str]) -> None:
    assert quick_namespace(argv) is None


PROBE = """
import json, sys
from wellbeing_desktop.cli import main
try:
    code = main(json.loads(sys.argv[1]))
except SystemExit as exc:  # --help
    code = exc.code
sys.stdout.flush()
sys.stderr.write("\\n" + json.dumps(sorted(m for m in sys.modules if m in sys.argv[2:])))
sys.exit(code)
"""
HEAVY = ("argparse", "wellbeing_desktop.cli.parser", "wellbeing_desktop.domain.models")


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        (["search", "calm"], []),
        (["show"], ["wellbeing_desktop.domain.models"]),  # its lines are the journal's days
        (["search", "calm", "--help"], ["argparse", "wellbeing_desktop.cli.parser"]),
    ],
    ids=" ".join,
)
def test_the_quick_commands_build_no_parser(
    seeded: Journal, argv: list[str], loaded: list[str]
) -> None:
    """A search loads neither the parser nor the journal's models; ``--help`` needs both."""
    argv = [*argv, "--data-dir", str(seeded.data_dir)]
    passphrase = seeded.passphrase_file.read_text(encoding="utf-8").strip()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv), *HEAVY],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=cli_env({"WELLBEING_PASSPHRASE": passphrase}),  # a file loads the text checks
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert json.loads(done.stderr.splitlines()[-1]) == loaded
