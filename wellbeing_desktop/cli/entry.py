"""The ``wellbeing-desktop`` command: no arguments starts the GUI, subcommands work headless.

Exit codes: 0 ok, 1 a user-facing error (one line on stderr), 2 bad usage. Each command
lives in the module of its group (``COMMANDS``), imported only when it runs, so a quick
command loads only what it needs.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from typing import TYPE_CHECKING

from wellbeing_desktop import APP_NAME
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security.process_hardening import forbid_core_dumps

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence

DEBUG_ENV = "WELLBEING_DEBUG"
_log = logging.getLogger("wellbeing_desktop.cli")

# Command -> the module of wellbeing_desktop.cli that runs it (as ``cmd_<command>``).
COMMANDS: dict[str, str] = {
    "init": "key_commands",
    "log": "journal_commands",
    "items": "item_commands",
    "show": "reading_commands",
    "calendar": "calendar_commands",
    "search": "reading_commands",
    "stats": "reading_commands",
    "who5": "journal_commands",
    "export": "export_commands",
    "report": "export_commands",
    "import": "import_commands",
    "demo": "maintenance_commands",
    "passwd": "key_commands",
    "recover": "key_commands",
    "remember": "key_commands",
    "forget": "key_commands",
    "check": "maintenance_commands",
    "backup": "backup_commands",
    "restore": "backup_commands",
    "pulse": "pulse_commands",
}


def command_function(name: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs the command ``name`` (its module is imported now)."""
    module = importlib.import_module(f"wellbeing_desktop.cli.{COMMANDS[name]}")
    function: Callable[[argparse.Namespace], int] = getattr(module, f"cmd_{name}")
    return function


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command; its exit code."""
    return command_function(args.command)(args)


def _quick(args: argparse.Namespace) -> bool:
    """The command answered on its quick path (``cli.quick_read``); False: run it as usual."""
    if args.command == "log":
        from wellbeing_desktop.cli.quick_log import quick_log

        return quick_log(args)
    if args.command not in ("search", "show"):
        return False
    from wellbeing_desktop.cli.quick_read import quick_search, quick_show

    return quick_search(args) if args.command == "search" else quick_show(args)


def _gui_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Is this the GUI's own start (no command; at most ``--data-dir DIR``)?

    Answered without building the parser, which the window's first paint would wait for.
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > 11:
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the process's); the exit code."""
    # First of all, before any key or journal text is in memory (GUI, commands, quick search).
    forbid_core_dumps()
    argv = sys.argv[1:] if argv is None else list(argv)
    gui, data_dir = _gui_start(argv)
    if not gui:
        from wellbeing_desktop.cli.parser import build_parser, join_option_values

        argv = join_option_values(argv)
        args = build_parser(argv).parse_args(argv)
        gui, data_dir = args.command is None, getattr(args, "data_dir", None)
    if gui:
        from wellbeing_desktop.app import run_gui  # Qt loads only when the GUI is wanted

        return run_gui(data_dir)
    # Not before the GUI branch: the unlock window paints first (run_gui logs after that).
    from wellbeing_desktop.cli.speech import use_system_language
    from wellbeing_desktop.logs import setup_logging

    use_system_language()  # until a journal is open (a second main() in one process)

    setup_logging()
    _log.info("command %s", args.command)
    return _run_reporting_errors(args)


READER_GRACE_SECONDS = 0.02  # at most, and only while our output lies unread in the pipe


def _reader_gone() -> bool:
    """Did the reader of our output (a pipe) stop before its end, all of it written?

    Output that fits the pipe is written at once, before ``head -1`` has read its line, so
    no write fails, although the reader stopped early: the README promises 141 then, as
    when a write fails. A pipe whose reading end is closed polls as an error (Linux, BSD).
    While part of the output is still unread in the pipe (``head`` reads one block, then
    ends), this waits a little for the reader to take it or to close: never when the
    reader has taken all of it (``| cat``), at most ``READER_GRACE_SECONDS`` (a pager).
    """
    import select
    import stat
    import time

    try:
        fd = sys.stdout.fileno()
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            return False
        poller = select.poll()
        poller.register(fd, 0)  # errors and hang-ups are reported whatever is asked for
        deadline = time.monotonic() + READER_GRACE_SECONDS
        while True:
            if any(events & select.POLLERR for _fd, events in poller.poll(0)):
                return True
            left = deadline - time.monotonic()
            if left <= 0 or not _unread(fd):
                return False
            poller.poll(min(2, max(1, int(left * 1000))))  # wakes when the reader closes
    except (AttributeError, OSError, ValueError):
        return False  # no real stdout (replaced, closed): nothing to tell


def _unread(fd: int) -> int:
    """Bytes written to the pipe ``fd`` that its reader has not taken yet."""
    import array
    import fcntl
    import termios

    count = array.array("i", [0])
    fcntl.ioctl(fd, termios.FIONREAD, count, True)
    return count[0]


def _run_reporting_errors(args: argparse.Namespace) -> int:
    """Run the command; an error becomes one line on stderr and its exit code."""
    from wellbeing_desktop.cli.speech import error_line, say
    from wellbeing_desktop.logs import log_error

    try:
        code = 0 if _quick(args) else run_command(args)
        # Flush here, not at exit: a reader gone by now (`… | head -1`) is met below,
        # quietly, instead of Python's "Exception ignored … BrokenPipeError" at shutdown.
        sys.stdout.flush()
        if _reader_gone():
            raise BrokenPipeError  # it stopped before the end of our output: see below
        return code
    except WellbeingError as exc:
        log_error(_log, f"command {args.command}", exc)
        from wellbeing_desktop.cli.safe_text import printable

        # One line, always: a line end inside (a key read from an imported file) is shown
        # as "�" like any other control character, so no text can forge a line of its own.
        line = printable(error_line(exc)).replace("\r", "\ufffd").replace("\n", "\ufffd")
        print(f"{APP_NAME}: {line}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of the output stopped (``… | head``): nothing is wrong, so no line.
        # Python would complain once more when it flushes stdout at exit: point it at
        # /dev/null first. 141 is what a shell reports for a program ended by SIGPIPE.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:
        log_error(_log, f"command {args.command}", exc)
        # A file the user named (or the data folder) could not be used.
        # The system's reason (strerror) is in English: Python does not translate it.
        reason = exc.strerror or str(exc)
        if exc.filename:
            line = say("cli", "cannot use {file}: {reason}").format(
                file=exc.filename, reason=reason
            )
        else:
            line = say("cli", "cannot use: {reason}").format(reason=reason)
        print(f"{APP_NAME}: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        line = say("cli", "interrupted; nothing more was changed.")
        print(f"{APP_NAME}: {line}", file=sys.stderr)
        return 130
    except Exception as exc:
        log_error(_log, f"command {args.command}", exc)
        if os.environ.get(DEBUG_ENV):
            raise
        # The message of an unexpected error could quote journal text: name the type only.
        line = say(
            "cli",
            "unexpected error ({type}); nothing more was changed. Run with {variable}=1 for "
            "details.",
        ).format(type=type(exc).__name__, variable=DEBUG_ENV)
        print(f"{APP_NAME}: {line}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
