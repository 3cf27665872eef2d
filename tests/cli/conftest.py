"""Fixtures for the CLI tests.

Creating a journal costs an Argon2id derivation, so one journal is made with ``init`` per
test session and each test works on its own copy of that template folder.

Every unlock costs that derivation again (about half a second with the app's settings),
and these tests run the CLI a few hundred times. So the template's passphrase slot is
re-wrapped once with the key file's cheap test settings (``keyfile.TEST_KDF``), through
the app's own key-file API. The CLI reads the KDF settings from the slot, exactly as for
any journal; tests that create a journal themselves (``init``, ``demo``) or change its
passphrase (``passwd``, ``recover``) run the full-cost derivation.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    OTHER_PASSPHRASE,
    PASSPHRASE,
    SEEDED_DAY,
    Journal,
    assert_ok,
    run_cli,
    write_secret,
)
from wellbeing_desktop.security import keyfile

if TYPE_CHECKING:
    import subprocess
    from pathlib import Path


@pytest.fixture(scope="session")
def secrets_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("secrets")
    write_secret(folder / "passphrase.txt", PASSPHRASE)
    write_secret(folder / "other-passphrase.txt", OTHER_PASSPHRASE)
    write_secret(folder / "wrong-passphrase.txt", "not the passphrase at all")
    return folder


@pytest.fixture(scope="session")
def passphrase_file(secrets_dir: Path) -> Path:
    return secrets_dir / "passphrase.txt"


@pytest.fixture(scope="session")
def other_passphrase_file(secrets_dir: Path) -> Path:
    return secrets_dir / "other-passphrase.txt"


@pytest.fixture(scope="session")
def wrong_passphrase_file(secrets_dir: Path) -> Path:
    return secrets_dir / "wrong-passphrase.txt"


@pytest.fixture(scope="session")
def template_init(
    tmp_path_factory: pytest.TempPathFactory, passphrase_file: Path
) -> tuple[Journal, subprocess.CompletedProcess[str]]:
    """``init --recovery-key-out`` into a new folder: the journal and what init printed."""
    root = tmp_path_factory.mktemp("template-empty")
    recovery = root / "recovery-key.txt"
    data_dir = root / "journal"
    result = run_cli(
        "init",
        "--recovery-key-out",
        recovery,
        data_dir=data_dir,
        passphrase_file=passphrase_file,
    )
    assert_ok(result)
    return Journal(data_dir, passphrase_file, recovery), result


@pytest.fixture(scope="session")
def empty_template(template_init: tuple[Journal, subprocess.CompletedProcess[str]]) -> Journal:
    """The journal ``init`` made (no days yet), with a cheap passphrase slot; read-only."""
    journal, _result = template_init
    key_file = journal.data_dir / "journal.key"
    data_key = keyfile.unlock_with_passphrase(key_file, PASSPHRASE)
    keyfile.change_passphrase(key_file, data_key, PASSPHRASE, kdf=keyfile.TEST_KDF)
    return journal


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory, empty_template: Journal) -> Journal:
    """The empty template plus one fully logged day (SEEDED_DAY) and a WHO-5 check-in."""
    root = tmp_path_factory.mktemp("template-seeded")
    journal = _copy(empty_template, root / "copy")
    assert_ok(
        journal.run(
            "log",
            "--date",
            SEEDED_DAY,
            "--operations",
            "3h",
            "--leadership",
            "2h",
            "--strategy",
            "1h",
            "--own",
            "1h",
            "--hours",
            "8h",
            "--stress",
            "2",
            "--signal",
            "headache",
            "--demands",
            "5",
            "--resources",
            "6",
            "--energy",
            "4",
            "--tag",
            "seeded",
            "--note",
            "A calm seeded day.",
        )
    )
    assert_ok(journal.run("who5", "3", "3", "3", "3", "3", "--date", SEEDED_DAY))
    return journal


@pytest.fixture(scope="session")
def seeded_export(seeded_template: Journal, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The JSON export of the seeded template, to compare copies against."""
    return seeded_template.export_json(tmp_path_factory.mktemp("export") / "seeded.json")


def _copy(template: Journal, root: Path) -> Journal:
    root.mkdir()
    data_dir = root / "journal"
    shutil.copytree(template.data_dir, data_dir)  # copy2: modes and mtimes are kept
    recovery = root / "recovery-key.txt"
    shutil.copy2(template.recovery_key_file, recovery)
    return Journal(data_dir, template.passphrase_file, recovery)


@pytest.fixture
def journal(empty_template: Journal, tmp_path: Path) -> Journal:
    """A fresh copy of the empty journal for one test."""
    return _copy(empty_template, tmp_path / "empty")


@pytest.fixture
def seeded(seeded_template: Journal, tmp_path: Path) -> Journal:
    """A fresh copy of the journal with one logged day for one test."""
    return _copy(seeded_template, tmp_path / "seeded")
