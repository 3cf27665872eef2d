"""Shared fixtures: real encrypted journals in temporary folders, Qt offscreen."""

from __future__ import annotations

import os
import time
from datetime import datetime

import pytest

# Before any QApplication exists: widgets render offscreen, no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING

from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

PASSPHRASE = "correct horse battery staple"
FIXED_NOW = datetime(2026, 11, 26, 17, 30)


def fixed_clock() -> datetime:
    return FIXED_NOW


# The heaviest test files, heaviest first (seconds on one core, measured 2026-12-07 with
# `pytest -n 0 --durations=0`). ./scripts/test hands whole files to its two workers
# (`--dist loadfile`) in collection order (`--no-loadscope-reorder`); starting with these
# and ending with the many small files lets the two workers finish together, where xdist's
# own order (most tests first) left these one-test files for the end. A file missing here
# only runs in its usual place.
HEAVY_FIRST = (
    "tests/reliability/test_corruption.py",  # 26 s
    "tests/cli/test_rotate_key_crash.py",  # 20-25 s
    "tests/security/test_keyfile.py",  # 21 s, 105 tests
    "tests/ui/test_coach.py",  # 17 s
    "tests/ui/test_accessibility.py",  # 16 s
    "tests/services/test_backup_damaged.py",  # 16 s
    "tests/cli/test_security.py",  # 15 s
    "tests/cli/test_rotate_key_leftovers.py",  # 15 s
    "tests/ui/test_journal_view.py",  # 15 s
    "tests/security/test_cli_quick_search.py",  # 15 s (keyring: under dbus-run-session)
    "tests/security/test_no_network.py",  # 13 s
    "tests/ui/test_error_words.py",  # 13 s
    "tests/cli/test_passwd_crash.py",  # 12 s
    "tests/services/test_backup_daily.py",  # 12 s
    "tests/cli/test_report_cli.py",  # 12 s
    "tests/reliability/test_races.py",  # 11 s
    "tests/ui/test_translations.py",  # 11 s
    "tests/reliability/test_bad_input.py",  # 10 s
    "tests/ui/test_one_on_one.py",  # 10 s
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put the files of HEAVY_FIRST first, in its order (a stable sort: nothing else moves)."""
    rank = {path: n for n, path in enumerate(HEAVY_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))


@pytest.fixture(scope="session", autouse=True)
def _test_log_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Log files of this run (CLI subprocesses inherit it), never the user's log folder."""
    folder = tmp_path_factory.mktemp("logs")
    previous = os.environ.get("WELLBEING_LOG_DIR")
    os.environ["WELLBEING_LOG_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("WELLBEING_LOG_DIR", None)
    else:
        os.environ["WELLBEING_LOG_DIR"] = previous


@pytest.fixture
def access(tmp_path: Path) -> JournalAccess:
    """Access to a (not yet created) journal in a fresh folder; cheap KDF, fixed clock."""
    return JournalAccess(
        JournalPaths(tmp_path / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )


@pytest.fixture
def journal(access: JournalAccess) -> Iterator[Journal]:
    """A newly created, open journal."""
    opened, _code = access.create(PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def copenhagen() -> Iterator[None]:
    """The system's local time zone is Europe/Copenhagen for one test (restored after).

    The calendar counts in the system's zone, as the app does (``tz=None``).
    """
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Copenhagen"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
