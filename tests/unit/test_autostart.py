"""Start at login: the XDG autostart file, its Exec line and its mode."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from wellbeing_desktop import autostart
from wellbeing_desktop.paths import JournalPaths


def parse_exec(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry spec says a launcher does."""
    # 1. The value is a string: undo its escapes.
    text, i = "", 0
    escapes = {"\\": "\\", "n": "\n", "t": "\t", "r": "\r", "s": " "}
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            text += escapes[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    # 2. Split into arguments; double quotes group, and in them a backslash escapes.
    args: list[str] = []
    current: str | None = None
    quoted = False
    i = 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                i += 1
                current = (current or "") + text[i]
            elif c == '"':
                quoted = False
            else:
                current = (current or "") + c
        elif c == '"':
            quoted, current = True, current or ""
        elif c == " ":
            if current is not None:
                args.append(current)
            current = None
        else:
            current = (current or "") + c
        i += 1
    if current is not None:
        args.append(current)
    # 3. Field codes: "%%" is a literal percent sign.
    return [arg.replace("%%", "%") for arg in args]


def entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def test_the_file_is_in_xdg_config_home(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    assert autostart.autostart_file(env) == tmp_path / "autostart" / "wellbeing-desktop.desktop"
    # A relative XDG_CONFIG_HOME is ignored, as the spec says.
    fallback = autostart.autostart_file({"XDG_CONFIG_HOME": "relative"})
    assert fallback == Path.home() / ".config" / "autostart" / "wellbeing-desktop.desktop"


def test_enable_writes_the_entry_with_mode_0644(config_home: Path, tmp_path: Path) -> None:
    previous = os.umask(0o077)  # even a strict umask leaves it readable
    try:
        path = autostart.enable(tmp_path / "my journal")
    finally:
        os.umask(previous)
    assert path == config_home / "autostart" / "wellbeing-desktop.desktop"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert autostart.is_enabled()
    values = entry(path)
    assert values["Type"] == "Application"
    assert values["Name"] == "Leader Pulse"
    assert values["Name[da]"] == "Lederpuls"
    assert values["Terminal"] == "false"
    command = [sys.executable, "-m", "wellbeing_desktop"]
    command += ["--data-dir", str(tmp_path / "my journal")]
    assert parse_exec(values["Exec"]) == command
    # Only how to start the app: nothing else, and no temp file left beside it.
    assert set(values) == {
        "Type",
        "Name",
        "Name[da]",
        "Comment",
        "Comment[da]",
        "Exec",
        "Icon",
        "Terminal",
        "X-GNOME-Autostart-enabled",
    }
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_disable_removes_it_and_is_quiet_when_gone(config_home: Path) -> None:
    path = autostart.enable()
    autostart.disable()
    assert not path.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # nothing to remove: no error


def test_the_default_journal_folder_needs_no_data_dir() -> None:
    default = JournalPaths.resolve(None, env={}).root
    assert autostart.launcher(default) == [sys.executable, "-m", "wellbeing_desktop"]
    assert autostart.launcher(None) == [sys.executable, "-m", "wellbeing_desktop"]


def test_a_frozen_bundle_starts_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Leader Pulse/wellbeing-desktop")
    assert autostart.launcher() == ["/opt/Leader Pulse/wellbeing-desktop"]
    line = autostart.exec_line(autostart.launcher())
    assert line == '"/opt/Leader Pulse/wellbeing-desktop"'


@pytest.mark.parametrize(
    "argument",
    ["/plain/path", "/with space", "100%", 'quote"d', "$HOME", "back\\slash", "tick`", "it's"],
)
def test_exec_quoting_round_trips(argument: str) -> None:
    command = ["/usr/bin/python3", "-m", "wellbeing_desktop", "--data-dir", argument]
    line = autostart.exec_line(command)
    assert "\n" not in line
    assert parse_exec(line) == command


def test_an_unwritable_place_gives_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    with pytest.raises(autostart.AutostartError, match="Could not write .*wellbeing-desktop"):
        autostart.enable()


def test_only_freedesktop_systems_use_xdg_autostart() -> None:
    assert autostart.supported("linux")
    assert autostart.supported("freebsd14")
    assert not autostart.supported("win32")
    assert not autostart.supported("darwin")
