"""Start at login: an XDG autostart entry on Linux (and other freedesktop systems).

``$XDG_CONFIG_HOME/autostart/wellbeing-desktop.desktop`` (``~/.config`` when the variable
is unset or not absolute) holds only how to start the app: the launcher, and
``--data-dir`` when the journal is not in the default folder. Never anything from the
journal. The file is 0644, like every autostart entry, written atomically.

Windows and macOS have their own mechanisms (a shortcut in the Startup folder or the
``Run`` registry key; a login item or a LaunchAgent); the app does not write them, it
tells the user to add it in the system settings (``supported()`` is False there).

Pure Python, no Qt: the CLI and tests can use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop import APP_NAME
from wellbeing_desktop.files import write_private_file_atomic
from wellbeing_desktop.paths import JournalPaths

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

FILE_NAME = f"{APP_NAME}.desktop"
FILE_MODE = 0o644
# Characters that make the Desktop Entry spec require quoting an Exec argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = set('"`$\\')


class AutostartError(OSError):
    """The autostart entry could not be written or removed (the message says which file)."""


def supported(platform: str | None = None) -> bool:
    """True where XDG autostart applies (Linux and the BSDs), not on Windows or macOS."""
    name = sys.platform if platform is None else platform
    return name.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly"))


def autostart_file(env: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if env is None else env
    config = environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart" / FILE_NAME


def launcher(data_dir: Path | None = None) -> list[str]:
    """The command that starts this app as it runs now: the bundle, or Python with ``-m``.

    ``--data-dir`` is added when ``data_dir`` is not the default journal folder, so the
    app started at login opens the same journal.
    """
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "wellbeing_desktop"]
    if data_dir is not None:
        default = JournalPaths.resolve(None, env={}).root
        if Path(data_dir).expanduser().absolute() != default:
            command += ["--data-dir", str(Path(data_dir).expanduser().absolute())]
    return command


def _quote(argument: str) -> str:
    if argument and not set(argument) & _RESERVED:
        return argument
    inner = "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in argument)
    return f'"{inner}"'


def exec_line(command: Sequence[str]) -> str:
    """The ``Exec`` value for ``command``: quoted, with ``%`` doubled and string-escaped."""
    quoted = " ".join(_quote(argument) for argument in command).replace("%", "%%")
    # The value is a string first: backslashes and control characters are escaped.
    return (
        quoted.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def desktop_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Leader Pulse\n"
        "Name[da]=Lederpuls\n"
        "Comment=A private end-of-day journal for leaders\n"
        "Comment[da]=En privat dagbog for ledere ved dagens afslutning\n"
        f"Exec={exec_line(command)}\n"
        f"Icon={APP_NAME}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(env: Mapping[str, str] | None = None) -> bool:
    return autostart_file(env).is_file()


def enable(data_dir: Path | None = None, env: Mapping[str, str] | None = None) -> Path:
    """Write (or replace) the autostart entry; returns where it is."""
    path = autostart_file(env)
    try:
        text = desktop_entry(launcher(data_dir)).encode("utf-8")
    except UnicodeEncodeError:
        raise AutostartError("The program's path cannot be written to an autostart file.") from None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_private_file_atomic(path, text)
        os.chmod(path, FILE_MODE)  # readable by the desktop's session manager
    except OSError as exc:
        raise AutostartError(f"Could not write {path}: {exc.strerror or exc}") from None
    return path


def disable(env: Mapping[str, str] | None = None) -> None:
    """Remove the autostart entry (nothing happens if there is none)."""
    path = autostart_file(env)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise AutostartError(f"Could not remove {path}: {exc.strerror or exc}") from None
