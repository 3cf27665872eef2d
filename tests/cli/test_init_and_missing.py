"""``init`` and what every command does when there is no (complete) journal."""

from __future__ import annotations

import re
import stat
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    RECOVERY_KEY_PATTERN,
    Journal,
    assert_ok,
    assert_user_error,
    describe,
    run_cli,
    run_cli_process,
    write_secret,
)

if TYPE_CHECKING:
    import subprocess
    from pathlib import Path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_init_creates_private_files_and_prints_a_working_recovery_key_once(
    tmp_path: Path, passphrase_file: Path, other_passphrase_file: Path
) -> None:
    data_dir = tmp_path / "new" / "journal"

    result = assert_ok(run_cli("init", data_dir=data_dir, passphrase_file=passphrase_file))

    files = ["journal.db", "journal.key", "journal.lock"]
    assert sorted(p.name for p in data_dir.iterdir()) == files
    assert mode(data_dir) == 0o700
    for name in files:
        assert mode(data_dir / name) == 0o600
    codes = re.findall(RECOVERY_KEY_PATTERN, result.stdout)
    assert len(codes) == 1, result.stdout
    assert codes[0] not in result.stderr
    # The printed key is a real one, even typed from paper in lower case with spaces: it
    # sets a new passphrase, which then opens the journal.
    typed = codes[0].replace("-", " ").lower()
    key_file = write_secret(tmp_path / "printed-key.txt", typed)
    assert_ok(
        run_cli(
            "recover",
            "--recovery-key-file",
            key_file,
            "--new-passphrase-file",
            other_passphrase_file,
            data_dir=data_dir,
        )
    )
    assert_ok(run_cli("show", data_dir=data_dir, passphrase_file=other_passphrase_file))


def test_init_with_recovery_key_out_writes_the_key_only_to_the_file(
    template_init: tuple[Journal, subprocess.CompletedProcess[str]],
) -> None:
    # The session's template journal was made with --recovery-key-out: check that run.
    journal, result = template_init
    key_file = journal.recovery_key_file
    assert mode(key_file) == 0o600
    codes = re.findall(RECOVERY_KEY_PATTERN, key_file.read_text(encoding="utf-8"))
    assert len(codes) == 1
    assert not re.search(RECOVERY_KEY_PATTERN, result.stdout), result.stdout
    assert codes[0] not in result.stderr
    assert str(key_file) in result.stdout


@pytest.mark.parametrize("command", ["init", "demo"])
def test_recovery_key_out_into_a_missing_folder_never_loses_the_key(
    tmp_path: Path, passphrase_file: Path, command: str
) -> None:
    """If the key cannot be written, there is either no journal or the key is shown."""
    data_dir = tmp_path / "journal"
    extra = ["--days", "1"] if command == "demo" else []

    result = run_cli(
        command,
        *extra,
        "--recovery-key-out",
        tmp_path / "no-such-folder" / "key.txt",
        data_dir=data_dir,
        passphrase_file=passphrase_file,
    )

    assert "Traceback" not in result.stderr
    journal_made = (data_dir / "journal.key").exists()
    key_shown = re.search(RECOVERY_KEY_PATTERN, result.stdout) is not None
    assert key_shown or not journal_made, describe(result)
    if result.returncode != 0:
        assert_user_error(result)


def test_init_into_a_data_dir_that_is_a_file(tmp_path: Path, passphrase_file: Path) -> None:
    not_a_folder = tmp_path / "journal"
    not_a_folder.write_text("something else", encoding="utf-8")

    result = run_cli("init", data_dir=not_a_folder, passphrase_file=passphrase_file)

    assert_user_error(result)
    assert not_a_folder.read_text(encoding="utf-8") == "something else"


def test_init_twice_refuses_and_leaves_the_files_identical(journal: Journal) -> None:
    before = journal.snapshot()

    result = journal.run("init")

    assert_user_error(result, "already exists")
    assert journal.snapshot() == before
    assert not re.search(RECOVERY_KEY_PATTERN, result.stdout)


def test_init_with_a_too_short_passphrase_creates_nothing(tmp_path: Path) -> None:
    short = write_secret(tmp_path / "short.txt", "short")
    data_dir = tmp_path / "journal"

    assert_user_error(run_cli("init", data_dir=data_dir, passphrase_file=short), "passphrase")

    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_init_without_a_passphrase_source_off_a_terminal_fails_clearly(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"

    # The real program with its stdin closed (run_cli's stdin is an empty StringIO).
    assert_user_error(run_cli_process("init", data_dir=data_dir), "passphrase")

    assert not data_dir.exists() or not any(data_dir.iterdir())


# --- no journal, or half of one ----------------------------------------------------------

COMMANDS_THAT_OPEN = [
    ("show",),
    ("log", "--stress", "2"),
    ("passwd", "--new-passphrase-file", "{other}"),
]


def _args(args: tuple[str, ...], other: Path) -> list[str]:
    return [a.replace("{other}", str(other)) for a in args]


@pytest.mark.parametrize("args", [("show",), ("log", "--stress", "2")])
def test_no_journal_in_an_empty_folder_says_to_run_init_and_creates_nothing(
    tmp_path: Path, passphrase_file: Path, args: tuple[str, ...]
) -> None:
    data_dir = tmp_path / "empty"
    data_dir.mkdir()

    result = run_cli(*args, data_dir=data_dir, passphrase_file=passphrase_file)

    assert_user_error(result, "init")
    assert list(data_dir.iterdir()) == []


def test_no_journal_in_a_missing_folder_creates_no_folder(
    tmp_path: Path, passphrase_file: Path
) -> None:
    data_dir = tmp_path / "missing"

    assert_user_error(run_cli("show", data_dir=data_dir, passphrase_file=passphrase_file), "init")

    assert not data_dir.exists()


@pytest.mark.parametrize("args", COMMANDS_THAT_OPEN, ids=lambda a: a[0])
def test_key_file_without_database_fails_and_creates_no_database(
    journal: Journal, other_passphrase_file: Path, args: tuple[str, ...]
) -> None:
    (journal.data_dir / "journal.db").unlink()
    before = journal.snapshot()

    result = journal.run(*_args(args, other_passphrase_file))

    assert_user_error(result, "journal.db", "missing")
    assert not (journal.data_dir / "journal.db").exists()
    assert journal.snapshot() == before


def test_database_without_key_file_fails_and_leaves_the_database_alone(journal: Journal) -> None:
    (journal.data_dir / "journal.key").unlink()
    before = journal.snapshot()

    assert_user_error(journal.run("show"), "key file")
    assert_user_error(journal.run("init"), "already exists")

    assert journal.snapshot() == before


def test_empty_database_file_is_not_overwritten(journal: Journal) -> None:
    (journal.data_dir / "journal.db").write_bytes(b"")
    before = journal.snapshot()

    result = journal.run("log", "--stress", "2")

    assert_user_error(result)
    assert journal.snapshot() == before
    assert (journal.data_dir / "journal.db").stat().st_size == 0


def test_data_dir_from_the_environment(journal: Journal) -> None:
    result = run_cli(
        "show",
        passphrase_file=journal.passphrase_file,
        env={"WELLBEING_DATA_DIR": str(journal.data_dir)},
    )
    assert_ok(result)
    assert "No days logged" in result.stdout
