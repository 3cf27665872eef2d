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
from types import SimpleNamespace
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


def _parsed(argv: Sequence[str]) -> argparse.Namespace:
    """``argv`` read by the command line's parser (which exits on bad usage, with code 2)."""
    from wellbeing_desktop.cli.parser import build_parser, join_option_values

    argv = join_option_values(argv)
    return build_parser(argv).parse_args(argv)


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
    args: argparse.Namespace | None = None
    if not gui:
        from wellbeing_desktop.cli.quick_args import quick_namespace

        # A plain search or show is read without the parser (see cli.quick_args).
        args = quick_namespace(argv) or _parsed(argv)
        gui, data_dir = args.command is None, getattr(args, "data_dir", None)
    if gui or args is None:
        from wellbeing_desktop.app import run_gui  # Qt loads only when the GUI is wanted

        return run_gui(data_dir)
    # Not before the GUI branch: the unlock window paints first (run_gui logs after that).
    from wellbeing_desktop.cli.speech import use_system_language
    from wellbeing_desktop.logs import setup_logging

    use_system_language()  # until a journal is open (a second main() in one process)

    setup_logging()
    _log.info("command %s", args.command)
    if sys.stdout is None:  # started with its output closed (`>&-`): say so, do nothing
        from wellbeing_desktop.cli.speech import say

        if sys.stderr is not None:
            line = say("cli", "the output is closed (nowhere to write); nothing was done")
            print(f"{APP_NAME}: {line}", file=sys.stderr)
        return 1
    return _run_reporting_errors(args, argv)


def _run_reporting_errors(args: argparse.Namespace, argv: Sequence[str] | None = None) -> int:
    """Run the command; an error becomes one line on stderr and its exit code.

    ``args`` may be read without the parser (``cli.quick_args``); when the quick path
    declines, ``argv`` is read by the parser before the ordinary command runs.
    """
    from wellbeing_desktop.cli.speech import error_line, say
    from wellbeing_desktop.logs import log_error

    try:
        quick = _quick(args)
        if not quick and isinstance(args, SimpleNamespace) and argv is not None:
            args = _parsed(argv)  # read without the parser: now the ordinary command's
        code = 0 if quick else run_command(args)
        # Flush here, not at exit: a reader gone by now (`… | head -1`) is met below,
        # quietly, instead of Python's "Exception ignored … BrokenPipeError" at shutdown.
        sys.stdout.flush()
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
        # The reader of the output stopped (``… | head``) before all of it was written:
        # nothing is wrong, so no line. (Output that all fit in the pipe before the
        # reader stopped was written: 0, as for any other program.)
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
