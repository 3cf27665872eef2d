"""Shared fixtures: real encrypted journals in temporary folders, Qt offscreen."""

from __future__ import annotations

import os
import shutil
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


@pytest.fixture(scope="session", autouse=True)
def _test_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The quick read's check records of this run (storage/check_record.py), not the user's."""
    folder = tmp_path_factory.mktemp("cache")
    previous = os.environ.get("WELLBEING_CACHE_DIR")
    os.environ["WELLBEING_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("WELLBEING_CACHE_DIR", None)
    else:
        os.environ["WELLBEING_CACHE_DIR"] = previous


@pytest.fixture(autouse=True)
def _cli_language_undecided() -> Iterator[None]:
    """Each test starts with the command line's language undecided, as a new process does.

    ``main`` run in-process (tests/cli/cli_support.run_cli) leaves the CLI speaking the last
    journal's language (``cli.speech`` is process-wide); a later test on the same worker that
    reads the CLI's words directly then read Danish after a Danish journal (the report
    figures' test failed so, depending on which files the worker ran before it).
    """
    yield
    from wellbeing_desktop.cli import speech  # the CLI layer: only to reset it

    speech.use_system_language()


@pytest.fixture
def access(tmp_path: Path) -> JournalAccess:
    """Access to a (not yet created) journal in a fresh folder; cheap KDF, fixed clock."""
    return JournalAccess(
        JournalPaths(tmp_path / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )


@pytest.fixture(scope="session")
def new_journal_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal exactly as ``access.create`` makes it, made once per test process.

    Creating one costs about a quarter of a second (the key file, the schema and its
    migrations); a copy of this one opened with the cheap test KDF costs a fifth of
    that, and the fixtures below need many. Tests of creating a journal call
    ``access.create`` themselves. Read-only: copy it with :func:`place_new_journal`.
    """
    root = tmp_path_factory.mktemp("new-journal") / "journal"
    made = JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF, clock=fixed_clock)
    made.create(PASSPHRASE)[0].close()
    return root


def place_new_journal(template: Path, paths: JournalPaths) -> None:
    """A copy of the new journal ``template`` at ``paths`` (closed; PASSPHRASE opens it).

    The folder is owner-only, as ``create`` leaves it; the lock file is not copied.
    """
    shutil.copytree(template, paths.root, ignore=shutil.ignore_patterns("*.lock"))
    paths.root.chmod(0o700)


@pytest.fixture
def journal(access: JournalAccess, new_journal_template: Path) -> Iterator[Journal]:
    """A new, open journal (a copy of the one ``access.create`` made for this process)."""
    place_new_journal(new_journal_template, access.paths)
    opened = access.open_with_passphrase(PASSPHRASE)
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
