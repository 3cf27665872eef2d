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
