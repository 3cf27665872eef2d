"""``run_cli`` runs ``main(argv)`` in the test process and leaves no state.

``run_cli`` runs ``main(argv)`` in the test process: each run leaves the process as it
found it, so the next test (or the next run) sees no state of this one.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

from tests.cli.cli_support import PASSPHRASE, assert_ok, assert_user_error, run_cli

if TYPE_CHECKING:
    import pytest

    from tests.cli.cli_support import Journal


def _state() -> dict[str, object]:
    import keyring.core

    return {
        "handlers": list(logging.getLogger().handlers),
        "root_level": logging.getLogger().level,
        "app_level": logging.getLogger("wellbeing_desktop").level,
        "environ": dict(os.environ),
        "stdin": sys.stdin,
        "cwd": os.getcwd(),
        "gc": gc.isenabled(),
        "frozen": gc.get_freeze_count(),
        "keyring": keyring.core._keyring_backend,
    }


def test_a_run_leaves_no_process_state_behind(seeded: Journal) -> None:
    before = _state()
    assert_ok(seeded.run("show", env={"WELLBEING_DEBUG": ""}))
    assert _state() == before
    # An error, and the parser's exit, too.
    assert seeded.run("log", "--date", "not-a-date").returncode == 1
    assert run_cli("--no-such-option").returncode == 2
    assert _state() == before


def test_a_run_sees_only_its_own_environment(
    seeded: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WELLBEING_PASSPHRASE", PASSPHRASE)  # cli_env leaves it out
    assert_user_error(run_cli("show", data_dir=seeded.data_dir), "no passphrase given")
    assert_ok(run_cli("show", data_dir=seeded.data_dir, env={"WELLBEING_PASSPHRASE": PASSPHRASE}))
