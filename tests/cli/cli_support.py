"""Helpers for the CLI tests.

``run_cli`` runs the CLI's ``main(argv)`` in this process, as the ``wellbeing-desktop``
process would run it: its own environment, stdin closed (never a terminal), stdout and
stderr captured, the exit code of ``sys.exit(main())``; the process-wide state ``main``
sets (the log handler and levels, the keyring backend, a frozen garbage collector) is put
back after each run. ``run_cli_process`` runs the real ``python -m wellbeing_desktop``
in a subprocess, for what only a process shows (exit of the real program, a closed
stdin, imports, core dumps, crashes).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import json
import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING
from unittest import mock

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from pathlib import Path

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a different, longer passphrase"
TIMEOUT = 120

# A recovery key: eight groups of four Crockford base32 characters.
RECOVERY_KEY_PATTERN = r"[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){7}"

# The day the seeded template holds (fixed and in the past, so "today" never matters).
SEEDED_DAY = "2025-06-02"

SUBCOMMANDS = (
    "init",
    "log",
    "items",
    "show",
    "calendar",
    "search",
    "stats",
    "who5",
    "export",
    "report",
    "import",
    "demo",
    "passwd",
    "recover",
    "remember",
    "forget",
    "check",
    "backup",
    "restore",
    "pulse",
)


def cli_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of every CLI run: no journal settings inherited, no real keyring."""
    env = dict(os.environ)
    for name in ("WELLBEING_PASSPHRASE", "WELLBEING_DATA_DIR", "WELLBEING_DEBUG"):
        env.pop(name, None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    # An English system, whatever the machine's (a new journal and the lines before a
    # journal is open follow it); a test of the language passes its own.
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    env["LANG"] = "C.UTF-8"
    env["PYTHONIOENCODING"] = "utf-8"
    if extra:
        env.update(extra)
    return env


def _command_line(
    args: tuple[str | os.PathLike[str], ...], data_dir: Path | None, passphrase_file: Path | None
) -> list[str]:
    command = [str(a) for a in args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    if passphrase_file is not None:
        command += ["--passphrase-file", str(passphrase_file)]
    return command


def run_cli(
    *args: str | os.PathLike[str],
    data_dir: Path | None = None,
    passphrase_file: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``main(ARGS)`` in this process, as ``python -m wellbeing_desktop ARGS`` runs it."""
    return run_main(_command_line(args, data_dir, passphrase_file), cli_env(env))


def run_cli_process(
    *args: str | os.PathLike[str],
    data_dir: Path | None = None,
    passphrase_file: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m wellbeing_desktop ARGS`` with stdin closed (never a terminal)."""
    command = [sys.executable, "-m", "wellbeing_desktop"]
    command += _command_line(args, data_dir, passphrase_file)
    return subprocess.run(
        command,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_env(env),
        timeout=TIMEOUT,
        check=False,
    )


def run_main(argv: list[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """``sys.exit(main(argv))`` in this process with ``env`` as its whole environment."""
    from wellbeing_desktop.cli import entry

    stdout, stderr = io.StringIO(), io.StringIO()
    with (
        _process_state(env),
        # Core dumps stay on for the test process (the limit could not be raised again);
        # tests/cli/test_core_dumps.py checks the real program.
        mock.patch.object(entry, "forbid_core_dumps", return_value=None),
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
    ):
        try:
            code = entry.main(argv)
        except SystemExit as exc:  # argparse: bad usage, --help, --version
            code = _exit_code(exc.code)
    return subprocess.CompletedProcess(
        ["wellbeing-desktop", *argv], code, stdout.getvalue(), stderr.getvalue()
    )


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")  # as the interpreter does with sys.exit("message")
    return 1


@contextlib.contextmanager
def _process_state(env: Mapping[str, str]) -> Iterator[None]:
    """The environment, stdin and keyring of a new process; what a run changed, undone."""
    import keyring.core

    from wellbeing_desktop import logs

    saved_env, saved_stdin, saved_cwd = dict(os.environ), sys.stdin, os.getcwd()
    env = dict(env)  # a copy: it may be os.environ itself
    loggers = [logging.getLogger(), logging.getLogger(logs.PACKAGE_LOGGER)]
    saved_levels = [logger.level for logger in loggers]
    saved_backend = keyring.core._keyring_backend  # chosen afresh for each run
    os.environ.clear()
    os.environ.update(env)
    sys.stdin = io.StringIO()  # closed: not a terminal, and reads nothing
    keyring.core._keyring_backend = None  # from PYTHON_KEYRING_BACKEND
    try:
        yield
    finally:
        logs.shutdown_logging()
        for logger, level in zip(loggers, saved_levels, strict=True):
            logger.setLevel(level)
        keyring.core._keyring_backend = saved_backend
        os.environ.clear()
        os.environ.update(saved_env)
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        gc.unfreeze()  # the quick search freezes what it made
        gc.enable()


def describe(result: subprocess.CompletedProcess[str]) -> str:
    return (
        f"exit {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n"
        f"{result.stderr}"
    )


def assert_ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, describe(result)
    assert "Traceback" not in result.stderr, describe(result)
    return result


def assert_user_error(
    result: subprocess.CompletedProcess[str], *words: str
) -> subprocess.CompletedProcess[str]:
    """Exit 1 with exactly one plain line on stderr that mentions every one of ``words``."""
    assert result.returncode == 1, describe(result)
    assert "Traceback" not in result.stderr, describe(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, describe(result)
    # The catch-all for bugs also exits 1 with one line; a user error must not be one.
    assert "unexpected error" not in lines[0], describe(result)
    for word in words:
        assert word.lower() in lines[0].lower(), describe(result)
    return result


Snapshot = dict[str, tuple[str | None, int | None]]


def snapshot(root: Path) -> Snapshot:
    """Every file under ``root`` (recursively) -> (sha256, mtime_ns); folders -> (None, None).

    Folder mtimes are left out: SQLite creates and removes its -wal/-shm files on every
    open, which touches the folder without changing anything in it. So is the automatic
    daily backup (``backups/journal-…-daily.lpbackup``, and the folder itself): any
    successful unlock of a journal with content makes one if today has none, even when
    the command then refuses its input; it is a copy, not a change to the journal.
    """
    result: Snapshot = {}
    if not root.exists():
        return result
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if rel == "backups" or (rel.startswith("backups/") and rel.endswith("-daily.lpbackup")):
            continue
        if path.is_dir():
            result[rel] = (None, None)
        else:
            result[rel] = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    return result


@dataclass(frozen=True)
class Journal:
    """A journal folder to run the CLI against, and the secrets that open it."""

    data_dir: Path
    passphrase_file: Path
    recovery_key_file: Path

    def run(
        self, *args: str | os.PathLike[str], env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, data_dir=self.data_dir, passphrase_file=self.passphrase_file, env=env)

    def run_process(
        self, *args: str | os.PathLike[str], env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return run_cli_process(
            *args, data_dir=self.data_dir, passphrase_file=self.passphrase_file, env=env
        )

    def export_json(self, out: Path) -> str:
        """Export everything with the CLI and return the journal's content as JSON text.

        The export's time and the consent log are left out: every export changes both
        (the log gains the export's own entry), and these are compared to see whether a
        command changed what the journal holds.
        """
        assert_ok(self.run("export", "--format", "json", "--out", out))
        document = json.loads(out.read_text(encoding="utf-8"))
        out.unlink()
        for key in ("exported_at", "export_log"):
            document.pop(key, None)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def snapshot(self) -> Snapshot:
        return snapshot(self.data_dir)


def set_language(journal: Journal, language: str) -> Journal:
    """The journal's language setting ("da" or "en"), as the GUI's Settings saves it."""
    import dataclasses

    from wellbeing_desktop.domain.language import Language
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.services.access import JournalAccess

    # The cheap test settings: a default access would raise the slot to the full cost.
    paths = JournalPaths.resolve(journal.data_dir)
    access = JournalAccess(paths, kdf=keyfile.TEST_KDF)
    opened = access.open_with_passphrase(PASSPHRASE)
    try:
        chosen = Language(language)
        opened.save_settings(dataclasses.replace(opened.settings(), language=chosen))
    finally:
        opened.close()
    return journal


def write_secret(path: Path, secret: str) -> Path:
    path.write_text(secret + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def key_opens_with(key_bytes: bytes, scratch: Path) -> str:
    """Which passphrase opens these key-file bytes.

    Which passphrase opens these key-file bytes: "old" (PASSPHRASE), "new"
    (OTHER_PASSPHRASE) or "neither" (for the crash tests of passwd and rotate-key).
    """
    from wellbeing_desktop.security import keyfile

    key = scratch / "probe.key"
    key.write_bytes(key_bytes)
    try:
        # The new one first: it is the app's full KDF, the old one the template's cheap one
        # (tests/cli/conftest.py), so a miss costs milliseconds, not half a second.
        for name, passphrase in (("new", OTHER_PASSPHRASE), ("old", PASSPHRASE)):
            try:
                keyfile.unlock_with_passphrase(key, passphrase)
            except keyfile.WrongPassphraseError:
                continue
            return name
        return "neither"
    finally:
        key.unlink()
