"""``backup`` and ``restore``, the daily backup, damaged journals, and the log, end to end."""

from __future__ import annotations

import re
import shlex
import time
from pathlib import Path

from tests.cli.cli_support import (
    PASSPHRASE,
    SEEDED_DAY,
    Journal,
    assert_ok,
    assert_user_error,
    describe,
    run_cli,
)

BACKED_UP = re.compile(r"^Backed up to (.+\.lpbackup)\.$", re.MULTILINE)


def backed_up(result_stdout: str) -> Path:
    match = BACKED_UP.search(result_stdout)
    assert match, result_stdout
    return Path(match[1])


def daily_backups(journal: Journal) -> list[Path]:
    return sorted((journal.data_dir / "backups").glob("*-daily.lpbackup"))


def test_backup_prints_where_and_opens_on_another_computer(
    seeded: Journal, seeded_export: str, tmp_path: Path
) -> None:
    made = backed_up(assert_ok(seeded.run("backup")).stdout)

    assert made.parent == seeded.data_dir / "backups"
    assert re.fullmatch(r"journal-\d{4}-\d\d-\d\dT\d{6}-manual(-\d+)?\.lpbackup", made.name)
    assert made.stat().st_mode & 0o777 == 0o600
    assert (seeded.data_dir / "backups").stat().st_mode & 0o777 == 0o700

    elsewhere = Journal(tmp_path / "other-computer" / "data", seeded.passphrase_file, tmp_path)
    result = assert_ok(elsewhere.run("restore", made))
    assert f"from {made}" in result.stdout
    assert "kept as" not in result.stdout  # there was nothing to keep
    assert elsewhere.export_json(tmp_path / "e.json") == seeded_export


def test_backup_to_a_chosen_file_never_overwrites(seeded: Journal, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "journal.lpbackup"
    target.parent.mkdir()

    assert backed_up(assert_ok(seeded.run("backup", "--out", target)).stdout) == target
    assert target.stat().st_mode & 0o777 == 0o600
    before = target.read_bytes()
    assert_user_error(seeded.run("backup", "--out", target), "out", "exists")
    assert target.read_bytes() == before


def test_restore_keeps_the_current_journal_as_a_backup(seeded: Journal, tmp_path: Path) -> None:
    saved = tmp_path / "saved.lpbackup"
    assert_ok(seeded.run("backup", "--out", saved))
    assert_ok(seeded.run("log", "--date", "2025-06-03", "--note", "written after the backup"))

    result = assert_ok(seeded.run("restore", saved))

    match = re.search(r"kept as (.+-before-restore\.lpbackup)\.", result.stdout)
    assert match, describe(result)
    shown = assert_ok(seeded.run("show")).stdout
    assert SEEDED_DAY in shown
    assert "2025-06-03" not in shown
    assert_ok(seeded.run("restore", match[1]))
    assert "2025-06-03" in assert_ok(seeded.run("show")).stdout


def test_a_wrong_passphrase_restores_nothing_and_waits(
    seeded: Journal, wrong_passphrase_file: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.lpbackup"
    assert_ok(seeded.run("backup", "--out", saved))
    before = seeded.snapshot()

    started = time.monotonic()
    result = run_cli(
        "restore", saved, data_dir=seeded.data_dir, passphrase_file=wrong_passphrase_file
    )
    took = time.monotonic() - started

    assert_user_error(result, "wrong passphrase")
    assert took >= 1.0  # the CLI waits a second after a wrong secret
    assert seeded.snapshot() == before
    assert not list(seeded.data_dir.glob(".restore-*"))


def test_a_damaged_backup_restores_nothing(seeded: Journal, tmp_path: Path) -> None:
    saved = tmp_path / "saved.lpbackup"
    assert_ok(seeded.run("backup", "--out", saved))
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0x01
    saved.write_bytes(bytes(data))
    before = seeded.snapshot()

    assert_user_error(seeded.run("restore", saved), "damaged", str(saved), "nothing was changed")
    assert_user_error(seeded.run("restore", seeded.passphrase_file), "not a leader pulse backup")
    assert seeded.snapshot() == before


def test_restore_with_the_recovery_key_into_an_empty_folder(
    seeded: Journal, seeded_export: str, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.lpbackup"
    assert_ok(seeded.run("backup", "--out", saved))
    data_dir = tmp_path / "new" / "data"

    assert_ok(
        run_cli(
            "restore", saved, "--recovery-key-file", seeded.recovery_key_file, data_dir=data_dir
        )
    )

    assert data_dir.stat().st_mode & 0o777 == 0o700
    restored = Journal(data_dir, seeded.passphrase_file, seeded.recovery_key_file)
    assert restored.export_json(tmp_path / "e.json") == seeded_export


def test_a_damaged_journal_names_the_file_and_the_restore_command(seeded: Journal) -> None:
    [daily] = daily_backups(seeded)  # today's, made when the template was filled
    database = seeded.data_dir / "journal.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x20
    database.write_bytes(bytes(data))
    before = seeded.snapshot()

    result = seeded.run("show")

    command = ["wellbeing-desktop", "restore", "--data-dir", str(seeded.data_dir), str(daily)]
    assert_user_error(result, str(database), "is damaged", shlex.join(command))
    assert database.read_bytes() == bytes(data)
    assert seeded.snapshot() == before
    # The command it names works.
    assert_ok(seeded.run("restore", daily))
    assert SEEDED_DAY in assert_ok(seeded.run("show")).stdout


def test_a_missing_journal_file_is_never_recreated(seeded: Journal) -> None:
    database = seeded.data_dir / "journal.db"
    database.unlink()
    before = seeded.snapshot()

    result = seeded.run("log", "--date", "2025-06-05", "--stress", "2")

    assert_user_error(result, "journal.db", "missing", "wellbeing-desktop restore")
    assert not database.exists()
    assert seeded.snapshot() == before


def test_one_automatic_backup_a_day_after_a_write(seeded: Journal, journal: Journal) -> None:
    for path in daily_backups(seeded):
        path.unlink()
    assert_ok(seeded.run("show"))
    assert daily_backups(seeded) == []  # a read never pays for it (#20)
    assert_ok(seeded.run("log", "--date", "2025-06-05", "--stress", "2"))
    [made] = daily_backups(seeded)
    assert made.stat().st_mode & 0o777 == 0o600
    assert_ok(seeded.run("stats"))
    assert daily_backups(seeded) == [made]

    # A journal without content gets none.
    assert_ok(journal.run("show"))
    assert not (journal.data_dir / "backups").exists()


def test_the_log_records_events_and_never_the_text_or_secrets(
    seeded: Journal, wrong_passphrase_file: Path, tmp_path: Path
) -> None:
    logs = tmp_path / "logs"
    env = {"WELLBEING_LOG_DIR": str(logs)}
    canary = "CANARYLOGQ7"
    assert_ok(seeded.run("log", "--date", "2025-06-06", "--note", canary, "--tag", canary, env=env))
    assert_ok(seeded.run("search", canary, env=env))
    saved = tmp_path / f"{canary}.lpbackup"
    assert_ok(seeded.run("backup", "--out", saved, env=env))
    assert_ok(seeded.run("restore", saved, env=env))
    run_cli("show", data_dir=seeded.data_dir, passphrase_file=wrong_passphrase_file, env=env)
    assert_user_error(seeded.run("log", "--date", "not-a-date", "--note", canary, env=env), "date")

    assert logs.stat().st_mode & 0o777 == 0o700
    files = sorted(p for p in logs.iterdir() if p.is_file())
    assert files
    text = ""
    for path in files:
        assert path.stat().st_mode & 0o777 == 0o600
        raw = path.read_bytes()
        for form in (canary, canary.lower(), PASSPHRASE, "not the passphrase at all"):
            assert form.encode("utf-8") not in raw, (path, form)
            assert form.encode("utf-16-le") not in raw, (path, form)
        text += raw.decode("utf-8")
    for event in (
        "command log",
        "journal opened (passphrase)",
        "journal locked",
        "backup made (manual): to a file",
        "journal restored from a backup",
        "unlock refused: wrong secret",
        "command show failed (WrongPassphraseError)",
        "command log failed (ValidationError)",
    ):
        assert event in text, text
