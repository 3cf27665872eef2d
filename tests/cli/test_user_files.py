"""Files the user names on the command line are read with limits (attack finding 5).

A FIFO, a device or a huge file handed to ``import``, ``--note-file``, a passphrase or a
recovery-key option is refused in one line naming the option and the file, before
anything is read and before the journal is opened; a FIFO where the log file belongs
makes the app log nowhere instead of hanging. Every run that meets a FIFO or a device is
the real command line in a subprocess with a short timeout, so a command that waits
forever fails the test; the others run the CLI in this process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import (
    Journal,
    assert_ok,
    assert_user_error,
    cli_env,
    run_cli,
    write_secret,
)
from wellbeing_desktop.services import user_files

if TYPE_CHECKING:
    from pathlib import Path

HANG_TIMEOUT = 30  # seconds; each command here takes one or two


def run(
    journal: Journal,
    *args: str | os.PathLike[str],
    passphrase_file: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """The CLI on ``journal``; a command still running after HANG_TIMEOUT fails the test."""
    command = [sys.executable, "-m", "wellbeing_desktop", *map(str, args)]
    command += ["--data-dir", str(journal.data_dir)]
    command += ["--passphrase-file", str(passphrase_file or journal.passphrase_file)]
    try:
        return subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=cli_env(env),
            timeout=HANG_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{' '.join(map(str, args))} hung for {HANG_TIMEOUT} s")


def _sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no room on disk (all zeros)."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


# (option as named in the message, extra arguments before the file, after it)
OPTIONS = {
    "import": ("import", ("import",), ("--format", "leader-pulse")),  # detected: test_import_*
    "--note-file": ("--note-file", ("log", "--note-file"), ()),
    "--passphrase-file": ("--passphrase-file", ("show",), ()),
    "--recovery-key-file (recover)": (
        "--recovery-key-file",
        ("recover", "--recovery-key-file"),
        ("--new-passphrase-file", "NEW"),
    ),
    "--new-passphrase-file (recover)": (
        "--new-passphrase-file",
        ("recover", "--recovery-key-file", "KEY", "--new-passphrase-file"),
        (),
    ),
    "--new-passphrase-file (passwd)": (
        "--new-passphrase-file",
        ("passwd", "--new-passphrase-file"),
        (),
    ),
    "--recovery-key-file (restore)": (
        "--recovery-key-file",
        ("restore", "BACKUP", "--recovery-key-file"),
        (),
    ),
}

LIMITS = {
    "import": user_files.IMPORT_FILE_LIMIT,
    "--note-file": user_files.NOTE_FILE_LIMIT,
    "--passphrase-file": user_files.SECRET_FILE_LIMIT,
    "--recovery-key-file": user_files.SECRET_FILE_LIMIT,
    "--new-passphrase-file": user_files.SECRET_FILE_LIMIT,
}


def _command(
    case: str, seeded: Journal, tmp_path: Path, bad: Path
) -> tuple[str, list[str | os.PathLike[str]], Path | None]:
    """How a bad file reaches an option, and the passphrase file to pass.

    The option's name, the command line with ``bad`` in the option's place, and the
    passphrase file to pass (``bad`` itself for ``--passphrase-file``).
    """
    option, before, after = OPTIONS[case]
    fills: dict[str, str | os.PathLike[str]] = {
        "NEW": write_secret(tmp_path / "new.txt", "a new passphrase of some length"),
        "KEY": seeded.recovery_key_file,
    }
    if "BACKUP" in before:
        backup = tmp_path / "copy.lpbackup"
        assert_ok(seeded.run("backup", "--out", backup))
        fills["BACKUP"] = backup
    args: list[str | os.PathLike[str]] = [fills.get(a, a) for a in before]
    if option == "--passphrase-file":
        return option, args, bad
    return option, [*args, bad, *(fills.get(a, a) for a in after)], None


@pytest.mark.parametrize("case", list(OPTIONS))
def test_a_fifo_is_refused_at_once_naming_the_option(
    case: str, seeded: Journal, tmp_path: Path
) -> None:
    fifo = tmp_path / "handed-over"
    os.mkfifo(fifo)
    option, args, passphrase = _command(case, seeded, tmp_path, fifo)
    before = seeded.snapshot()

    result = run(seeded, *args, passphrase_file=passphrase)

    line = assert_user_error(result, f"{option}: {fifo} is not a regular file").stderr
    assert "Traceback" not in line
    assert seeded.snapshot() == before


@pytest.mark.parametrize("case", list(OPTIONS))
def test_a_file_larger_than_its_field_is_refused_unread(
    case: str, seeded: Journal, tmp_path: Path
) -> None:
    option = OPTIONS[case][0]
    big = _sparse(tmp_path / "big", LIMITS[option] + 1)
    option, args, passphrase = _command(case, seeded, tmp_path, big)
    before = seeded.snapshot()

    # Refused unread: no hang to guard against, so in this process.
    result = run_cli(
        *args, data_dir=seeded.data_dir, passphrase_file=passphrase or seeded.passphrase_file
    )

    assert_user_error(result, f"{option}: {big} is larger than {LIMITS[option]:,} bytes")
    assert seeded.snapshot() == before


def test_dev_zero_as_a_note_is_refused(seeded: Journal) -> None:
    before = seeded.snapshot()
    result = run(seeded, "log", "--note-file", "/dev/zero")
    assert_user_error(result, "--note-file: /dev/zero is not a regular file")
    assert seeded.snapshot() == before


def test_a_folder_as_a_note_is_refused(seeded: Journal, tmp_path: Path) -> None:
    result = seeded.run("log", "--note-file", tmp_path)
    assert_user_error(result, f"--note-file: {tmp_path} is a folder, not a file")


def test_a_note_at_the_limit_is_still_read(seeded: Journal, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("A long day, written down.\n", encoding="utf-8")
    assert_ok(seeded.run("log", "--date", "2025-06-03", "--note-file", note))
    assert "A long day, written down." in assert_ok(seeded.run("show")).stdout


def test_a_fifo_as_the_log_file_makes_the_app_log_nowhere(seeded: Journal, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    fifo = logs / "wellbeing-desktop.log"
    os.mkfifo(fifo)

    result = assert_ok(run(seeded, "show", env={"WELLBEING_LOG_DIR": str(logs)}))

    assert "A calm seeded day." in result.stdout
    assert result.stderr.strip().splitlines() == [
        f"wellbeing-desktop: the log file {fifo} is not a regular file; logging nowhere"
    ]


def test_the_refusals_have_danish_words() -> None:
    from wellbeing_desktop.domain.errors import Message
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services import messages as msg
    from wellbeing_desktop.ui.common import error_words

    da = Language.DANISH
    not_regular = Message(msg.USER_FILE_NOT_REGULAR, name="--note-file", path="/tmp/n")
    assert str(not_regular) == "--note-file: /tmp/n is not a regular file"
    assert error_words.translate(not_regular, da) == (
        "--note-file: /tmp/n er ikke en almindelig fil"
    )
    too_large = Message(msg.USER_FILE_TOO_LARGE, name="import", path="/tmp/x", n=268_435_456)
    assert str(too_large) == "import: /tmp/x is larger than 268,435,456 bytes; nothing was read"
    assert error_words.translate(too_large, da) == (
        "import: /tmp/x er større end 268.435.456 byte; intet blev læst"
    )
    for message in (
        Message(msg.USER_FILE_IS_FOLDER, name="--passphrase-file", path="/tmp/d"),
        Message(
            msg.USER_FILE_NOT_READ,
            name="--recovery-key-file",
            path="/tmp/k",
            reason="Permission denied",
        ),
        Message(msg.USER_FILE_NOT_UTF8, name="import", path="/tmp/x"),
    ):
        assert error_words.translate(message, da) not in (None, str(message))
