"""The search command with the key in a real Secret Service.

``wellbeing-desktop search`` with the key in a real Secret Service: the quick read-only path prints
exactly what the ordinary open prints, writes nothing, and a damaged journal is still refused in one
line.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import PASSPHRASE, TIMEOUT, cli_env, run_cli
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security import secret_service as direct_secret_service
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.keyring


ORDINARY = (
    "import sys\n"
    "from wellbeing_desktop.cli import entry, main\n"
    "entry._quick = lambda args: False\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _run(*args: str, passphrase_file: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = cli_env()
    del env["PYTHON_KEYRING_BACKEND"]  # the real keyring: the Secret Service of this session
    command = [sys.executable, "-m", "wellbeing_desktop", *args]
    if passphrase_file is not None:
        # The ordinary open, to compare with: a given passphrase reads quickly too (#20).
        command = [sys.executable, "-c", ORDINARY, *args, "--passphrase-file", str(passphrase_file)]
    return subprocess.run(
        command,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


def _hashes(root: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A journal with a few days and today's backup, made once; each test copies it.

    Made through the CLI with no keyring at all (``cli_env``): nothing here is remembered.
    Its passphrase slot is re-wrapped with the cheap test KDF, as the CLI tests' template
    is (tests/cli/conftest.py): the full opens below are about what they print, not the KDF.
    """
    folder = tmp_path_factory.mktemp("quick-search")
    root = folder / "journal"
    secret = folder / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    common = ("--data-dir", str(root), "--passphrase-file", str(secret))
    assert run_cli("init", *common).returncode == 0
    key_file = root / "journal.key"
    data_key = keyfile.unlock_with_passphrase(key_file, PASSPHRASE)
    keyfile.change_passphrase(key_file, data_key, PASSPHRASE, kdf=keyfile.TEST_KDF)
    for day, note in (("2025-06-02", "budget og trivsel"), ("2025-06-03", "et møde om budget")):
        done = run_cli("log", "--date", day, "--note", note, *common)
        assert done.returncode == 0, done.stderr
    assert run_cli("backup", *common).returncode == 0
    return root, secret


@pytest.fixture
def remembered(
    template: tuple[Path, Path], tmp_path: Path, secret_service: object
) -> Iterator[tuple[Path, Path]]:
    """A copy of the template journal, its key in the default keyring."""
    del secret_service  # only its gate: a real Secret Service must answer
    root = tmp_path / "journal"
    shutil.copytree(template[0], root)  # copy2: modes and mtimes are kept
    secret = tmp_path / "passphrase.txt"
    shutil.copy2(template[1], secret)
    done = _run("remember", "--data-dir", str(root), passphrase_file=secret)
    assert done.returncode == 0, done.stderr
    yield root, secret
    # The item `remember` stored, deleted in-process (a `forget` process per test cost
    # ~1 s of the default loop); it sits where the quick path reads: the default collection.
    direct_secret_service.forget_unlocked(keyfile.journal_id(root / "journal.key"))


def test_the_quick_search_prints_what_the_full_open_prints(
    remembered: tuple[Path, Path],
) -> None:
    root, secret = remembered
    before = _hashes(root)
    quick = _run("search", "budget", "--data-dir", str(root))
    assert _hashes(root) == before  # read only: nothing written, no log beside the file
    log = Path(os.environ["WELLBEING_LOG_DIR"], "wellbeing-desktop.log")
    assert (
        log.read_text(encoding="utf-8")
        .splitlines()[-1]
        .endswith("journal searched read-only (keyring)")
    )  # the quick path answered, not the full open
    full = _run("search", "budget", "--data-dir", str(root), passphrase_file=secret)
    assert quick.returncode == full.returncode == 0, quick.stderr + full.stderr
    assert quick.stdout == full.stdout
    assert quick.stdout.splitlines() == [
        "2025-06-03  day       et møde om [budget]",
        "2025-06-02  day       [budget] og trivsel",
    ]
    nothing = _run("search", "zzzz", "--data-dir", str(root))
    assert nothing.stdout == "Nothing found.\n"
    # The limit, the syntax and the count of what was left out, as the full open (#17).
    cut = _run("search", "budget", "-trivsel OR", "--limit", "0", "--data-dir", str(root))
    assert cut.returncode == 1
    assert cut.stderr.startswith("wellbeing-desktop: limit: ")
    cut = _run("search", "--limit", "1", "--data-dir", str(root), "--", "budget", "OR", "x")
    assert cut.stdout.splitlines() == [
        "2025-06-03  day       et møde om [budget]",
        "1 of 2 matches shown (the newest); use --limit 2 to see them all.",
    ]
    left_out = _run("search", "budget -trivsel", "--data-dir", str(root))
    assert left_out.stdout.splitlines() == ["2025-06-03  day       et møde om [budget]"]


def test_a_damaged_journal_is_refused_in_one_line(remembered: tuple[Path, Path]) -> None:
    root, _secret = remembered
    database = root / "journal.db"
    raw = bytearray(database.read_bytes())
    raw[4096 + 1000] ^= 0x01  # the second page
    database.write_bytes(bytes(raw))

    done = _run("search", "budget", "--data-dir", str(root))

    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "damaged" in lines[0]
    assert "Traceback" not in done.stderr


def test_the_quick_search_speaks_the_journals_language(remembered: tuple[Path, Path]) -> None:
    """The quick path reads the language with the hits: Danish here, as the full open."""
    root, secret = remembered
    access = JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        journal.save_settings(dataclasses.replace(journal.settings(), language=Language.DANISH))
    finally:
        journal.close()
    quick = _run("search", "budget", "--data-dir", str(root))
    log = Path(os.environ["WELLBEING_LOG_DIR"], "wellbeing-desktop.log")
    last = log.read_text(encoding="utf-8").splitlines()[-1]
    assert last.endswith("journal searched read-only (keyring)")  # the quick path answered
    full = _run("search", "budget", "--data-dir", str(root), passphrase_file=secret)
    assert quick.stdout.splitlines() == [
        "2025-06-03  dag       et møde om [budget]",
        "2025-06-02  dag       [budget] og trivsel",
    ]
    assert quick.stdout == full.stdout
    assert _run("search", "zzzz", "--data-dir", str(root)).stdout == "Intet fundet.\n"
