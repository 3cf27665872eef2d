"""What the quick commands load (a fresh interpreter each: the test process has it all).

``--version`` and ``--help`` (of the program and of a command) answer from the parser:
no database driver, ORM, services, keyring or Qt is imported for them. The GUI's own
start does not build the parser (its first paint waits for nothing it does not need).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cli.cli_support import TIMEOUT, cli_env

HEAVY = (
    "sqlalchemy",
    "sqlcipher3",
    "keyring",
    "PySide6",
    "argon2",
    "wellbeing_desktop.services",
    "wellbeing_desktop.storage",
    "wellbeing_desktop.cli.unlock",
)

PROBE = """
import json, sys
from wellbeing_desktop.cli import main
try:
    main(json.loads(sys.argv[1]))
except SystemExit:
    pass
heavy = json.loads(sys.argv[2])
sys.stderr.write(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy
                                   or any(m == h or m.startswith(h + ".") for h in heavy))))
"""


def _loaded(argv: list[str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv), json.dumps(HEAVY)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=TIMEOUT,
        check=True,
    )
    loaded: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize(
    "argv",
    [["--version"], ["--help"], ["show", "--help"], ["log", "--version"], ["report", "--help"]],
    ids=" ".join,
)
def test_version_and_help_load_no_driver_services_keyring_or_qt(argv: list[str]) -> None:
    assert _loaded(argv) == []


def test_the_gui_start_check_builds_no_parser() -> None:
    probe = (
        "import sys\n"
        "from wellbeing_desktop.cli import entry\n"
        "assert entry._gui_start(['--data-dir', '/x']) == (True, '/x')\n"
        "print(sorted(m for m in sys.modules if m.startswith('wellbeing_desktop.cli.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=TIMEOUT,
        check=True,
    )
    assert done.stdout.strip() == "['wellbeing_desktop.cli.entry']"
