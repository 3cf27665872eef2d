"""``init`` and the files of secrets: each says what it is.

``init`` says when it made an existing folder private; a passphrase file that is empty, a
folder or unreadable is named for what it is (it said "wrong passphrase").
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    PASSPHRASE,
    Journal,
    assert_ok,
    assert_user_error,
    run_cli,
    write_secret,
)
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from pathlib import Path


def test_init_into_a_folder_others_can_read_says_it_is_now_private(
    tmp_path: Path, passphrase_file: Path
) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    folder.chmod(0o755)

    result = assert_ok(
        run_cli(
            "init",
            "--recovery-key-out",
            tmp_path / "key.txt",
            data_dir=folder,
            passphrase_file=passphrase_file,
        )
    )

    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert result.stderr.strip() == (
        f"data-dir: {folder} was open to other users (0755); it is now 0700, open only to you"
    )
    assert "Created an encrypted journal" in result.stdout


@pytest.mark.parametrize(("mode", "said"), [(0o700, False), (0o750, True), (0o703, True)])
def test_only_a_folder_open_to_others_gets_the_notice(
    tmp_path: Path, mode: int, said: bool
) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    folder.chmod(mode)
    access = JournalAccess(JournalPaths(folder), kdf=keyfile.TEST_KDF)

    journal, _code = access.create(PASSPHRASE)
    journal.close()

    notice = f"data-dir: {folder} was open to other users ({mode:04o}); it is now 0700"
    assert [str(n) for n in access.notices] == ([f"{notice}, open only to you"] if said else [])
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("content", "words"),
    [
        pytest.param("", ("is empty",), id="empty"),
        pytest.param("\n", ("is empty",), id="only-a-newline"),
        pytest.param("\r\n\n", ("is empty",), id="only-line-ends"),
        pytest.param("   \n", ("is empty",), id="only-spaces"),
        pytest.param(" \t \r\n\t\n", ("is empty",), id="only-spaces-and-tabs"),
        pytest.param("\ufeff\r\n", ("is empty",), id="only-a-byte-order-mark"),
        pytest.param("\ncorrect horse battery staple\n", ("first line", "is empty"), id="blank"),
    ],
)
def test_an_empty_passphrase_file_is_called_empty_not_wrong(
    seeded: Journal, tmp_path: Path, content: str, words: tuple[str, ...]
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(content, encoding="utf-8")
    before = seeded.snapshot()

    result = run_cli("show", data_dir=seeded.data_dir, passphrase_file=secret)

    assert_user_error(result, "--passphrase-file:", str(secret), *words)
    assert "wrong" not in result.stderr.lower()
    assert seeded.snapshot() == before


@pytest.mark.parametrize("line_end", ["\n", "\r\n", ""])
def test_a_passphrase_file_saved_with_a_byte_order_mark_opens_the_journal(
    seeded: Journal, tmp_path: Path, line_end: str
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(b"\xef\xbb\xbf" + (PASSPHRASE + line_end).encode("utf-8"))  # Notepad

    result = run_cli("show", data_dir=seeded.data_dir, passphrase_file=secret)

    assert_ok(result)


def test_a_passphrase_file_that_is_a_folder_or_unreadable(seeded: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    unreadable = write_secret(tmp_path / "locked.txt", "correct horse battery staple")
    unreadable.chmod(0)

    as_folder = run_cli("show", data_dir=seeded.data_dir, passphrase_file=folder)
    assert_user_error(as_folder, "--passphrase-file:", "is a folder, not a file")
    if os.geteuid() == 0:
        pytest.skip("root reads a file of mode 0000")
    locked = run_cli("show", data_dir=seeded.data_dir, passphrase_file=unreadable)
    assert_user_error(locked, "--passphrase-file:", "cannot read", "Permission denied")


def test_an_empty_new_passphrase_file_for_init_creates_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")

    result = run_cli("init", data_dir=tmp_path / "journal", passphrase_file=empty)

    assert_user_error(result, "--passphrase-file:", "is empty")
    assert not (tmp_path / "journal").exists()
