"""The log file: private, rotating, and never holding journal text, secrets or messages."""

from __future__ import annotations

import logging
import os
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop import cli, logs
from wellbeing_desktop.cli import maintenance_commands
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess, daily_backup
from wellbeing_desktop.services.unlock_throttle import FixedDelay

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

CANARY = "CANARY-LOG-ZX81"


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs" / "deeper"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    yield folder
    logs.shutdown_logging()


def log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.log*")))


def test_the_folder_and_files_are_private_whatever_the_umask(log_folder: Path) -> None:
    old = os.umask(0)
    try:
        path = logs.setup_logging()
        assert path == log_folder / "wellbeing-desktop.log"
        logging.getLogger("wellbeing_desktop.test").info("something happened")
        logging.getLogger("wellbeing_desktop.test").debug("debug lines are not kept")
    finally:
        os.umask(old)
    assert log_folder.stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600
    text = log_text(log_folder)
    assert "INFO wellbeing_desktop.test: something happened" in text
    assert "debug lines" not in text


def test_rotated_files_stay_private(log_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    logs.setup_logging()
    logger = logging.getLogger("wellbeing_desktop.test")
    for n in range(200):
        logger.info("event number %d", n)
    files = sorted(log_folder.iterdir())
    assert len(files) == 1 + logs.BACKUP_COUNT
    for path in files:
        assert path.stat().st_mode & 0o777 == 0o600


def test_an_exception_is_logged_by_type_and_place_only(log_folder: Path) -> None:
    logs.setup_logging()
    logger = logging.getLogger("wellbeing_desktop.test")
    try:
        try:
            raise KeyError(f"inner {CANARY}")
        except KeyError as inner:
            raise ValueError(f"the text was {CANARY}") from inner
    except ValueError as exc:
        logger.exception("saving the day failed")
        logs.log_error(logger, "saving the day", exc)

    text = log_text(log_folder)
    assert CANARY not in text
    assert "saving the day failed" in text
    assert "Exception (types only): ValueError at test_logs.py:" in text
    assert "caused by KeyError" in text
    assert "saving the day failed (ValueError)" in text


def test_an_unusable_folder_means_no_log_file_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert logs.setup_logging(blocker / "logs") is None


def test_the_services_log_events_and_never_content_or_secrets(
    log_folder: Path, tmp_path: Path
) -> None:
    logs.setup_logging()
    access = JournalAccess(
        JournalPaths(tmp_path / "journal"),
        kdf=keyfile.TEST_KDF,
        clock=fixed_clock,
        throttle=FixedDelay(0.0, sleep=lambda _s: None),
    )
    journal, code = access.create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2026, 11, 24), reflection=f"Dagens {CANARY}", tags=(CANARY,)))
    assert journal.search(CANARY)
    data_key = journal.data_key
    saved = journal.backup(out=tmp_path / f"{CANARY}.lpbackup")
    journal.close()
    with pytest.raises(keyfile.WrongPassphraseError):
        access.open_with_passphrase(f"wrong {CANARY}")
    journal = access.open_with_passphrase(PASSPHRASE)
    daily_backup(journal)  # as a command that wrote makes it
    journal.close()
    access.restore_with_recovery_key(saved, code)

    text = log_text(log_folder)
    for event in (
        "journal created (new)",
        "journal opened (passphrase)",
        "journal locked",
        "backup made (manual): to a file",
        "backup made (daily): journal-2026-11-26T173000-daily.lpbackup",
        "unlock refused: wrong secret (1 in a row)",
        "journal restored from a backup; the files it replaced were kept as journal-",
    ):
        assert event in text
    for secret in (CANARY, CANARY.lower(), PASSPHRASE, code, data_key.hex()):
        assert secret not in text, secret


def test_the_cli_logs_an_unexpected_error_by_type_only(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError(f"a message quoting {CANARY}")

    monkeypatch.setattr(maintenance_commands, "cmd_check", broken)
    monkeypatch.delenv("WELLBEING_DEBUG", raising=False)

    assert cli.main(["check", "--data-dir", str(log_folder.parent / "journal")]) == 1

    assert CANARY not in capsys.readouterr().err
    text = log_text(log_folder)
    assert "command check" in text
    assert "command check failed (RuntimeError)" in text
    assert CANARY not in text
