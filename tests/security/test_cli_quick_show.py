"""``show`` and ``search`` with the key in a real Secret Service: the quick read (#20).

The quick path prints exactly what the ordinary open prints (hostile text included),
loads no SQLAlchemy and no ``keyring``, makes no backup, and still answers while another
program (the GUI) has the journal open.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import PASSPHRASE, TIMEOUT, cli_env, run_cli
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security import secret_service as direct_secret_service
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.keyring

NOTES = (
    ("2025-06-02", "budget \x1b[31mrødt\x1b[0m og \u202eomvendt\u202c; '; DROP TABLE day_logs; --"),
    ("2025-06-03", "et møde om budget\nanden linje\tmed tab, emoji 🧠 og \ue000privat\ue001"),
    ("2025-06-04", "budget " + "lang tekst " * 40),
)
PROBE = """
import json, sys
from wellbeing_desktop.cli import entry, main
if sys.argv[2] == "ordinary":
    entry._quick = lambda args: False  # the ordinary open, to compare with
code = main(json.loads(sys.argv[1]))
sys.stdout.flush()
sys.stderr.write("\\n" + json.dumps(sorted(
    m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "keyring"))))
sys.exit(code)
"""


def _env() -> dict[str, str]:
    env = cli_env()
    del env["PYTHON_KEYRING_BACKEND"]  # the real keyring: the Secret Service of this session
    return env


def _run(
    *args: str, passphrase_file: Path | None = None, ordinary: bool = False
) -> subprocess.CompletedProcess[str]:
    """The command in a fresh process; ``ordinary``: with its quick path switched off."""
    argv = list(args)
    if passphrase_file is not None:
        argv += ["--passphrase-file", str(passphrase_file)]
    return subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv), "ordinary" if ordinary else "quick"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=TIMEOUT,
        check=False,
    )


def _loaded(done: subprocess.CompletedProcess[str]) -> list[str]:
    loaded: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return loaded


def _last_log_line() -> str:
    log = Path(os.environ["WELLBEING_LOG_DIR"], "wellbeing-desktop.log")
    return log.read_text(encoding="utf-8").splitlines()[-1]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A journal with hostile notes, made through the CLI without any keyring."""
    folder = tmp_path_factory.mktemp("quick-show")
    root = folder / "journal"
    secret = folder / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    common = ("--data-dir", str(root), "--passphrase-file", str(secret))
    assert run_cli("init", *common).returncode == 0
    key_file = root / "journal.key"
    data_key = keyfile.unlock_with_passphrase(key_file, PASSPHRASE)
    keyfile.change_passphrase(key_file, data_key, PASSPHRASE, kdf=keyfile.TEST_KDF)
    for n, (day, note) in enumerate(NOTES, 1):
        done = run_cli(
            "log", "--date", day, "--note", note, "--operations", f"{n}h",
            "--leadership", "2h", "--stress", str(n), "--demands", "4", *common,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    shutil.rmtree(root / "backups", ignore_errors=True)
    return root, secret


@pytest.fixture
def remembered(
    template: tuple[Path, Path], tmp_path: Path, secret_service: object
) -> Iterator[tuple[Path, Path]]:
    del secret_service  # only its gate: a real Secret Service must answer
    root = tmp_path / "journal"
    shutil.copytree(template[0], root)
    secret = tmp_path / "passphrase.txt"
    shutil.copy2(template[1], secret)
    done = _run("remember", "--data-dir", str(root), passphrase_file=secret)
    assert done.returncode == 0, done.stderr
    shutil.rmtree(root / "backups", ignore_errors=True)
    yield root, secret
    # The item `remember` stored, deleted in-process (a `forget` process per test cost
    # ~1 s of the default loop); it sits where the quick path reads: the default collection.
    direct_secret_service.forget_unlocked(keyfile.journal_id(root / "journal.key"))


@pytest.mark.parametrize(
    "period",
    [(), ("--from", "2025-06-03"), ("--from", "2025-06-02", "--to", "2025-06-03"),
     ("--from", "2030-01-01")],
    ids=["all", "from", "week", "none"],
)  # fmt: skip
def test_the_quick_show_prints_what_the_full_open_prints(
    remembered: tuple[Path, Path], period: tuple[str, ...]
) -> None:
    root, secret = remembered
    quick = _run("show", "--data-dir", str(root), *period)
    assert quick.returncode == 0, quick.stderr
    assert _last_log_line().endswith("journal read read-only (keyring)")
    assert _loaded(quick) == []  # neither SQLAlchemy nor keyring's backend discovery
    full = _run("show", "--data-dir", str(root), *period, passphrase_file=secret, ordinary=True)
    assert full.returncode == 0, full.stderr
    assert "sqlalchemy" in _loaded(full)  # the ordinary open, to compare with
    assert quick.stdout == full.stdout
    given = _run("show", "--data-dir", str(root), *period, passphrase_file=secret)
    assert _last_log_line().endswith("journal read read-only (passphrase)")
    assert _loaded(given) == []  # a given passphrase reads quickly too (after Argon2id)
    assert given.stdout == full.stdout
    assert not (root / "backups").exists()  # a read makes no backup, on any path


def test_the_quick_search_loads_no_sqlalchemy(remembered: tuple[Path, Path]) -> None:
    root, _secret = remembered
    quick = _run("search", "budget", "--data-dir", str(root))
    assert quick.returncode == 0, quick.stderr
    assert _last_log_line().endswith("journal searched read-only (keyring)")
    assert _loaded(quick) == []
    assert len(quick.stdout.splitlines()) == 3
    assert not (root / "backups").exists()


def test_with_the_journal_open_elsewhere_show_and_search_stay_quick(
    remembered: tuple[Path, Path],
) -> None:
    """The GUI holds the journal open (shared lock, a log beside the file): no slow path."""
    root, secret = remembered
    access = JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        assert (root / "journal.db-wal").exists()
        shown = _run("show", "--data-dir", str(root))
        assert shown.returncode == 0, shown.stderr
        assert _last_log_line().endswith("journal read read-only (keyring)")
        found = _run("search", "budget", "--data-dir", str(root))
        assert _last_log_line().endswith("journal searched read-only (keyring)")
        full = _run("show", "--data-dir", str(root), passphrase_file=secret, ordinary=True)
        assert shown.stdout == full.stdout
        assert len(found.stdout.splitlines()) == 3
    finally:
        journal.close()
