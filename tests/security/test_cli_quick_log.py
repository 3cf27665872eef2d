"""``log`` of the day's figures with the key in a real Secret Service: the quick write (#20).

The quick path loads neither SQLAlchemy nor ``keyring``, prints what the ordinary ``log``
prints and stores the same day; every refusal is the ordinary command's, word for word,
with nothing changed; it writes while another program (the GUI) has the journal open;
today's automatic backup is still made after the first write of the day.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import PASSPHRASE, TIMEOUT, cli_env, run_cli
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.keyring

PROBE = """
import json, sys
from wellbeing_desktop.cli import entry, main
if sys.argv[2] == "ordinary":
    entry._quick = lambda args: False  # the ordinary open, to compare with
code = main(json.loads(sys.argv[1]))
sys.stdout.flush()
sys.stderr.write("\\n" + json.dumps(sorted(
    m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "keyring", "argparse"))))
sys.exit(code)
"""


def _run(root: Path, *args: str, ordinary: bool = False) -> subprocess.CompletedProcess[str]:
    """``log ARGS`` in a fresh process; ``ordinary``: with its quick path switched off."""
    return _cli(["log", *args, "--data-dir", str(root)], ordinary=ordinary)


def _cli(argv: list[str], *, ordinary: bool = False) -> subprocess.CompletedProcess[str]:
    env = cli_env()
    del env["PYTHON_KEYRING_BACKEND"]  # the real keyring: the Secret Service of this session
    return subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv), "ordinary" if ordinary else "quick"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


def _loaded(done: subprocess.CompletedProcess[str]) -> list[str]:
    loaded: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return loaded


def _error(done: subprocess.CompletedProcess[str]) -> str:
    return "\n".join(done.stderr.strip().splitlines()[:-1]).strip()


def _last_log_line() -> str:
    log = Path(os.environ["WELLBEING_LOG_DIR"], "wellbeing-desktop.log")
    return log.read_text(encoding="utf-8").splitlines()[-1]


def _digest(root: Path) -> str:
    return hashlib.sha256((root / "journal.db").read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal with a day logged yesterday, made through the CLI without any keyring."""
    root = tmp_path_factory.mktemp("quick-log") / "journal"
    secret = root.parent / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    common = ("--data-dir", str(root), "--passphrase-file", str(secret))
    assert run_cli("init", *common).returncode == 0
    key_file = root / "journal.key"
    data_key = keyfile.unlock_with_passphrase(key_file, PASSPHRASE)
    keyfile.change_passphrase(key_file, data_key, PASSPHRASE, kdf=keyfile.TEST_KDF)
    done = run_cli(
        "log", "--date", "yesterday", "--operations", "3h", "--hours", "3h", "--note",
        "budget \x1b[31mrødt\x1b[0m", "--stress", "2", *common,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return root


@pytest.fixture
def pair(template: Path, tmp_path: Path, secret_service: object) -> Iterator[tuple[Path, Path]]:
    """Two copies of the journal, its key remembered (one journal id: one keyring item)."""
    del secret_service  # only its gate: a real Secret Service must answer
    quick, ordinary = tmp_path / "quick", tmp_path / "ordinary"
    shutil.copytree(template, quick)
    secret = template.parent / "passphrase.txt"
    done = _cli(["remember", "--data-dir", str(quick), "--passphrase-file", str(secret)])
    assert done.returncode == 0, done.stderr
    shutil.copytree(quick, ordinary)
    yield quick, ordinary
    _cli(["forget", "--data-dir", str(quick)])


@pytest.mark.parametrize(
    "args",
    [
        ("--energy", "3"),
        ("--date", "yesterday", "--leadership", "2h"),  # raises the stored hours
        ("--date", "yesterday", "--operations", "1h", "--tag", "team", "--share", "coach"),
        ("--stress", "4", "--demands", "7", "--resources", "3", "--note", "møde\nom budget"),
    ],
    ids=" ".join,
)
def test_the_quick_log_prints_and_stores_what_the_ordinary_log_does(
    pair: tuple[Path, Path], args: tuple[str, ...], template: Path
) -> None:
    quick_root, ordinary_root = pair
    quick = _run(quick_root, *args)
    assert quick.returncode == 0, quick.stderr
    assert _last_log_line().endswith("day logged on the quick path (keyring)")
    assert _loaded(quick) == []  # no SQLAlchemy, keyring's backend discovery or parser
    ordinary = _run(ordinary_root, *args, ordinary=True)
    assert ordinary.returncode == 0, ordinary.stderr
    assert "sqlalchemy" in _loaded(ordinary)
    assert quick.stdout == ordinary.stdout
    secret = template.parent / "passphrase.txt"
    shown = [
        run_cli("show", "--data-dir", str(root), "--passphrase-file", str(secret)).stdout
        for root in (quick_root, ordinary_root)
    ]
    assert shown[0] == shown[1]


@pytest.mark.parametrize(
    "args",
    [
        ("--stress", "9"),
        ("--energy", "x"),
        ("--operations", "-1h"),
        ("--hours", "30h"),
        ("--date", "2099-01-01", "--energy", "3"),
        ("--date", "yesterday", "--hours", "1h"),  # below the stored categories' time
        ("--share", "everyone"),
        ("--demands", "11"),
        ("--resources", "-1"),
        ("--leadership", "abc"),
        ("--strategy", "1x"),
        ("--own", "2h", "--operations", "23h"),  # more than a day
        ("--note", "x" * 100_001),  # longer than a reflection may be
        ("--date", "today"),  # nothing to log
    ],
    ids=" ".join,
)
def test_a_refusal_is_the_ordinary_commands_word_for_word_and_changes_nothing(
    pair: tuple[Path, Path], args: tuple[str, ...]
) -> None:
    quick_root, ordinary_root = pair
    before = _digest(quick_root)
    quick = _run(quick_root, *args)
    ordinary = _run(ordinary_root, *args, ordinary=True)
    assert quick.returncode == ordinary.returncode == 1, (quick.stderr, ordinary.stderr)
    assert _error(quick) == _error(ordinary)
    assert _error(quick).count("\n") == 0
    assert quick.stdout == ordinary.stdout == ""
    assert _digest(quick_root) == before


def test_with_the_journal_open_elsewhere_the_log_stays_quick(pair: tuple[Path, Path]) -> None:
    """The GUI holds the journal open (its shared lock, a log beside the file)."""
    root, _ordinary = pair
    journal = JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF).open_with_passphrase(
        PASSPHRASE
    )
    try:
        assert (root / "journal.db-wal").exists()
        done = _run(root, "--energy", "2")
        assert done.returncode == 0, done.stderr
        assert _loaded(done) == []
        day = journal.day(date.today())
        assert day is not None
        assert day.energy == 2
    finally:
        journal.close()


def test_the_first_log_of_the_day_still_makes_todays_backup(pair: tuple[Path, Path]) -> None:
    root, _ordinary = pair
    shutil.rmtree(root / "backups", ignore_errors=True)
    first = _run(root, "--energy", "2")
    assert first.returncode == 0, first.stderr
    assert "sqlalchemy" in _loaded(first)  # the backup needs the ordinary open
    assert len(list((root / "backups").glob("*"))) == 1
    second = _run(root, "--energy", "3")
    assert second.returncode == 0, second.stderr
    assert _loaded(second) == []  # made today already: no ordinary open
    assert len(list((root / "backups").glob("*"))) == 1
