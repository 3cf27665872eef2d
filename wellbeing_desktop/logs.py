"""The app's log: events only, to a rotating private file in the platform's log folder.

What is logged: the journal was created, opened (and how: passphrase, recovery key,
keyring) or locked; an unlock was refused; a backup was made (its file name) or failed; a
migration ran; a restore happened; an error occurred (its *type*). What is never logged:
journal text, passphrases, keys, recovery codes, file contents, exception messages (they
can quote any of those). Modules log through ``logging.getLogger(__name__)`` with fixed
messages; this module only decides where the lines go, and makes sure a traceback that
reaches the file carries exception types and code locations, never messages.

The folder is ``platformdirs.user_log_dir("wellbeing-desktop")`` (on Linux
``~/.local/state/wellbeing-desktop/log``), or ``$WELLBEING_LOG_DIR``; it is 0700 and the
files are 0600, whatever the umask. ``wellbeing-desktop.log`` rotates at 1 MB, with three
older files kept. If the folder cannot be used, or the log file is not a regular file (a
FIFO would make every command wait), the app runs without a log file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import platformdirs

from wellbeing_desktop import APP_NAME
from wellbeing_desktop.files import (
    PRIVATE_FILE_MODE,
    ensure_private_dir,
    open_regular,
    regular_file_problem,
)

if TYPE_CHECKING:
    from collections.abc import Mapping
    from io import TextIOWrapper

LOG_DIR_ENV = "WELLBEING_LOG_DIR"
LOG_FILE_NAME = f"{APP_NAME}.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 3
PACKAGE_LOGGER = "wellbeing_desktop"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_installed: logging.Handler | None = None

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$WELLBEING_LOG_DIR``, else the platform's log folder for the app."""
    env = os.environ if env is None else env
    chosen = env.get(LOG_DIR_ENV) or platformdirs.user_log_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().absolute()


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are created 0600 (the umask cannot widen them)."""

    def _open(self) -> TextIOWrapper:
        # Never a FIFO or a device (open_regular): opening a FIFO for writing waits for a
        # reader, and then every command of the app would wait with it.
        fd = open_regular(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        os.fchmod(fd, PRIVATE_FILE_MODE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


class EventsOnlyFormatter(logging.Formatter):
    """Formats tracebacks without exception messages: types and code locations only."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached a full traceback (messages and all) on the record.
        cached = record.exc_text
        record.exc_text = self.formatException(record.exc_info) if record.exc_info else None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:  # noqa: N802
        _type, exc, _tb = ei
        if exc is None:
            return ""
        return describe_exception(exc)

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return stack_info


def describe_exception(exc: BaseException) -> str:
    """``ValueError at storage/backup.py:120 in make_backup <- …`` and its causes; no messages."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)[-3:]
        where = " <- ".join(
            f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames)
        )
        parts.append(f"{type(current).__name__}" + (f" at {where}" if where else ""))
        current = current.__cause__ or current.__context__
    return "Exception (types only): " + "; caused by ".join(parts)


def log_error(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """Log that ``what`` failed with an exception of this type; never its message."""
    logger.error("%s failed (%s)", what, type(exc).__name__)


def setup_logging(directory: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send the app's log lines to the rotating file; returns the file, or None if unusable.

    Safe to call again (the previous handler is replaced). Only the app's own loggers log
    at ``level``; other libraries reach the file from WARNING up.
    """
    global _installed
    root = logging.getLogger()
    if _installed is not None:
        root.removeHandler(_installed)
        _installed.close()
        _installed = None
    folder = directory or log_dir()
    try:
        ensure_private_dir(folder)
        problem = regular_file_problem(folder / LOG_FILE_NAME)
        if problem is not None:
            # A FIFO would hang every command; log nowhere, and say so once.
            sys.stderr.write(f"{APP_NAME}: the log file {problem}; logging nowhere\n")
            return None
        handler = PrivateRotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only home must not stop the app
    handler.setFormatter(EventsOnlyFormatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logging.getLogger(PACKAGE_LOGGER).setLevel(level)
    _installed = handler
    return folder / LOG_FILE_NAME


def shutdown_logging() -> None:
    """Remove the handler ``setup_logging`` installed (tests; the app just exits)."""
    global _installed
    if _installed is not None:
        logging.getLogger().removeHandler(_installed)
        _installed.close()
        _installed = None
