"""``restore`` replaces the database and its key file as one (issue #13, items 3 and 16).

The backup restored here is of *another* journal (another data key), so a database beside
the wrong key file cannot be read: exactly the pair a kill between the two renames left
before (the next command then called the journal damaged and pointed at an older backup).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import assert_ok, assert_user_error, cli_env, describe, snapshot
from tests.reliability.support import PASSPHRASE, access_for, write_passphrase_file
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.security import keyfile

if TYPE_CHECKING:
    from pathlib import Path

OLD_TEXT = "the journal that was there"
RESTORED_TEXT = "the journal in the backup"


def _journal(root: Path, text: str, backup_to: Path | None = None) -> None:
    journal, _code = access_for(root).create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2025, 1, 1), reflection=text))
    if backup_to is not None:
        journal.backup(out=backup_to)
    journal.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(the current journal's folder, a backup of another journal, a passphrase file)."""
    base = tmp_path_factory.mktemp("restore-swap")
    _journal(base / "current", OLD_TEXT)
    backup = base / "other.lpbackup"
    _journal(base / "other", RESTORED_TEXT, backup_to=backup)
    return base / "current", backup, write_passphrase_file(base / "passphrase.txt")


def _cli(*args: str | Path, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "wellbeing_desktop", *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
        check=False,
    )


def _restore(
    root: Path, backup: Path, passphrase: Path, *more: str, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    args: tuple[str | Path, ...] = (
        "restore",
        backup,
        "--data-dir",
        root,
        "--passphrase-file",
        passphrase,
        *more,
    )
    return _cli(*args, prefix=prefix)


def _show(root: Path, passphrase: Path) -> subprocess.CompletedProcess[str]:
    return _cli("show", "--data-dir", root, "--passphrase-file", passphrase)


def test_a_backup_of_another_journal_is_refused_naming_both_ids(
    templates: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    template, backup, passphrase = templates
    root = tmp_path / "journal"
    shutil.copytree(template, root)
    before = snapshot(root)
    current_id = keyfile.journal_id(root / "journal.key")
    result = _restore(root, backup, passphrase)
    assert_user_error(result, "different journal", current_id, str(root), "--replace-other-journal")
    assert snapshot(root) == before

    assert_ok(_restore(root, backup, passphrase, "--replace-other-journal"))
    assert RESTORED_TEXT in assert_ok(_show(root, passphrase)).stdout


def test_a_folder_whose_key_file_cannot_be_read_takes_the_backup(
    templates: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """Nothing to tell the journals apart by: restoring is what the user needs here."""
    template, backup, passphrase = templates
    root = tmp_path / "journal"
    shutil.copytree(template, root)
    (root / "journal.key").write_bytes(b"not a key file")
    assert_ok(_restore(root, backup, passphrase))
    assert RESTORED_TEXT in assert_ok(_show(root, passphrase)).stdout


def _strace_works() -> bool:
    """Strace is installed and may trace here (some containers forbid ptrace)."""
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-o", "/dev/null", "true"], capture_output=True, check=False
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _strace_works(), reason="needs strace and ptrace (.ci/run installs it)")
def test_a_kill_at_any_rename_of_restore_leaves_a_pair_the_next_command_opens(
    templates: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """Kill ``restore`` at each rename until it completes.

    Kill ``restore`` at its 1st, 2nd, ... rename until it completes; after each kill
    ``show`` opens either the old journal or, when the swap had begun, the restored one
    and says it finished the interrupted restore.
    """
    template, backup, passphrase = templates
    old_key = (template / "journal.key").read_bytes()
    old_database = (template / "journal.db").read_bytes()
    states = []
    for when in range(1, 20):
        root = tmp_path / f"journal-{when}"
        shutil.copytree(template, root)
        inject = f"inject=rename:signal=SIGKILL:when={when}"
        result = _restore(
            root,
            backup,
            passphrase,
            "--replace-other-journal",
            prefix=("strace", "-f", "-o", "/dev/null", "-e", inject),
        )
        if result.returncode == 0:
            break
        assert result.returncode in (-9, 137), describe(result)
        swap_begun = (root / "journal.swap").exists()
        new_database = (root / "journal.db").read_bytes() != old_database
        old_key_file = (root / "journal.key").read_bytes() == old_key
        states.append((swap_begun, new_database, old_key_file))
        shown = _show(root, passphrase)
        assert_ok(shown)
        if swap_begun:
            assert RESTORED_TEXT in shown.stdout, describe(shown)
            assert "Finished a restore" in shown.stderr, describe(shown)
        else:
            assert OLD_TEXT in shown.stdout, describe(shown)
        assert not (root / "journal.swap").exists()
    else:
        pytest.fail("restore never completed")
    # Among the kills: one after the database was renamed and before the key file was,
    # the pair the old two-rename swap left unreadable.
    assert (True, True, True) in states, states
