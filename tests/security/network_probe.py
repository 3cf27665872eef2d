"""The child process of the no-network test: runs the CLI and the GUI and records sockets.

Run from the repository root::

    python -m tests.security.network_probe DATA_DIR PASSPHRASE_FILE REPORT_JSON

Before anything of the app is imported, an audit hook (PEP 578) records every socket
the Python side creates, binds, connects or sends to, and every name lookup. Qt's own
sockets (the single-instance socket, D-Bus) are made in C, out of the hook's sight; for
them the process's open file descriptors are matched against the kernel's socket tables
(/proc/net/...) while the GUI is running, after every page has been shown.

Then, in this one process: the CLI makes a demo journal and runs log, who5, show, stats,
search, export (JSON and CSV) and check; then the GUI starts through ``cli.main`` (as
``wellbeing-desktop`` without a command does), is unlocked with the passphrase, shows
every page, locks and quits. The report lists what was seen.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import Any

EVENTS: list[dict[str, Any]] = []
_LOOKUPS = (
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.getservbyname",
    "socket.getservbyport",
)


def _family(sock: object) -> int:
    try:
        return int(sock.family)  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return -1


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__":
        EVENTS.append({"event": "new", "family": int(args[1])})
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        address = args[1] if len(args) > 1 else None
        EVENTS.append(
            {
                "event": event.removeprefix("socket."),
                "family": _family(args[0]),
                "address": address if isinstance(address, str) else repr(address),
            }
        )
    elif event in _LOOKUPS:
        EVENTS.append({"event": event.removeprefix("socket."), "args": repr(args)})


sys.addaudithook(_hook)

_TABLES = ("tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6", "icmp", "icmp6")


def _inodes(table: str) -> set[str]:
    path = Path("/proc/net") / table
    if not path.exists():
        return set()
    rows = path.read_text().splitlines()[1:]
    column = 6 if table == "unix" else 9
    return {row.split()[column] for row in rows if len(row.split()) > column}


def open_sockets() -> dict[str, list[str]]:
    """This process's open sockets by kind: unix, netlink, network, other (inodes)."""
    found: dict[str, list[str]] = {"unix": [], "netlink": [], "network": [], "other": []}
    unix = _inodes("unix")
    netlink = _inodes("netlink")
    network = set().union(*(_inodes(t) for t in _TABLES))
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if not target.startswith("socket:["):
            continue
        inode = target[len("socket:[") : -1]
        kind = (
            "unix"
            if inode in unix
            else "netlink"
            if inode in netlink
            else "network"
            if inode in network
            else "other"
        )
        found[kind].append(inode)
    return found


def run_cli(data_dir: Path, passphrase_file: Path) -> list[tuple[str, int]]:
    import contextlib
    import io

    from wellbeing_desktop import cli

    common = ["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file)]
    out = data_dir.parent
    calendar = out / "calendar.ics"  # a daily team meeting: every day has a counted event
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//probe//EN\r\nBEGIN:VEVENT\r\n"
        "UID:probe-team\r\nDTSTART:20200101T080000Z\r\nDTEND:20200101T090000Z\r\n"
        "RRULE:FREQ=DAILY\r\nSUMMARY:Team\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    commands = [
        ["demo", "--days", "30", "--recovery-key-out", str(out / "recovery.txt")],
        ["log", "--date", "yesterday", "--note", "probe note", "--hours", "8h"],
        ["who5", "3", "3", "4", "2", "3"],
        ["show"],
        ["calendar", "show", str(calendar), "--date", "yesterday"],
        ["log", "--date", "yesterday", "--from-calendar", str(calendar)],
        ["stats"],
        ["search", "probe"],
        ["export", "--format", "json", "--out", str(out / "export.json")],
        ["export", "--format", "csv", "--out", str(out / "export.csv")],
        ["export", "--format", "xlsx", "--out", str(out / "export.xlsx")],
        ["check"],
    ]
    codes = []
    for command in commands:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            codes.append((command[0], cli.main([command[0], *common, *command[1:]])))
        if command[0] == "demo":
            _cheap_passphrase_slot(data_dir, passphrase_file)
    return codes


def _cheap_passphrase_slot(data_dir: Path, passphrase_file: Path) -> None:
    """Re-wrap the new journal's passphrase slot with the cheap test KDF.

    As the CLI tests' template is (tests/cli/conftest.py): each command and the GUI's
    unlock below then derive in milliseconds, not half a second; which sockets they
    open does not depend on it (``demo`` made the journal with the app's full KDF).
    """
    from wellbeing_desktop.security import keyfile

    passphrase = passphrase_file.read_text(encoding="utf-8").split("\n", 1)[0]
    key_file = data_dir / "journal.key"
    data_key = keyfile.unlock_with_passphrase(key_file, passphrase)
    keyfile.change_passphrase(key_file, data_key, passphrase, kdf=keyfile.TEST_KDF)


def run_gui(data_dir: Path, passphrase: str, report: dict[str, Any]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop import cli
    from wellbeing_desktop.ui.shell.app_shell import Page
    from wellbeing_desktop.ui.shell.main_window import MainWindow

    _app = QApplication([sys.argv[0]])  # cli.main's run_gui uses this one
    steps: list[str] = []
    report["gui_steps"] = steps

    def window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def after(ms: int, step: Any) -> None:
        QTimer.singleShot(ms, step)

    def unlock() -> None:
        main = window()
        main.unlock_view.passphrase.setText(passphrase)
        main.unlock_view.submit.click()
        steps.append("unlock")
        wait_open(0)

    def wait_open(tries: int) -> None:
        if window().session.is_open:
            tour(0)
        elif tries < 300:
            after(100, lambda: wait_open(tries + 1))
        else:
            steps.append("did not open")
            QApplication.quit()

    def tour(index: int) -> None:
        pages = list(Page)
        if index < len(pages):
            window().shell.show_page(pages[index])
            steps.append(pages[index].name)
            after(300, lambda: tour(index + 1))
        else:
            report["sockets_while_running"] = open_sockets()
            window().lock()
            steps.append("lock")
            after(100, window().close)

    after(0, unlock)
    return cli.main(["--data-dir", str(data_dir)])


def main(argv: list[str]) -> None:
    data_dir, passphrase_file, report_path = (Path(a) for a in argv)
    passphrase = passphrase_file.read_text(encoding="utf-8").split("\n", 1)[0]
    report: dict[str, Any] = {"af_unix": int(socket.AF_UNIX)}
    report["cli"] = run_cli(data_dir, passphrase_file)
    report["gui_exit"] = run_gui(data_dir, passphrase, report)
    report["sockets_at_exit"] = open_sockets()
    report["events"] = EVENTS
    report_path.write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
