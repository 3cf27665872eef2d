"""Private folders and crash-safe private files (wellbeing_desktop.files)."""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.files import ensure_private_dir, write_private_file_atomic

if TYPE_CHECKING:
    from pathlib import Path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_000")
def test_ensure_private_dir_creates_owner_only_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "data"
    tmp_path.chmod(0o755)

    assert ensure_private_dir(target) == target

    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert folder.is_dir()
        assert mode(folder) == 0o700
    assert mode(tmp_path) == 0o755  # a parent that already existed is left alone


@pytest.mark.usefixtures("umask_000")
def test_ensure_private_dir_tightens_an_existing_folder(tmp_path: Path) -> None:
    parent_mode = mode(tmp_path)
    target = tmp_path / "data"
    target.mkdir(mode=0o777)
    target.chmod(0o777)

    ensure_private_dir(str(target))

    assert mode(target) == 0o700
    assert mode(tmp_path) == parent_mode


def test_ensure_private_dir_refuses_a_file(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(NotADirectoryError):
        ensure_private_dir(tmp_path / "data")
    with pytest.raises(NotADirectoryError):
        ensure_private_dir(tmp_path / "data" / "below")
    assert mode(tmp_path / "data") != 0o700


@pytest.mark.usefixtures("umask_000")
def test_write_private_file_atomic_creates_a_0600_file(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"

    write_private_file_atomic(target, b"first")

    assert target.read_bytes() == b"first"
    assert mode(target) == 0o600
    assert os.listdir(tmp_path) == ["settings.json"]


@pytest.mark.usefixtures("umask_000")
def test_write_private_file_atomic_replaces_and_tightens(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old contents that are longer")
    target.chmod(0o666)

    write_private_file_atomic(target, b"new")

    assert target.read_bytes() == b"new"
    assert mode(target) == 0o600
    assert os.listdir(tmp_path) == ["settings.json"]


def test_write_private_file_atomic_large_and_empty(tmp_path: Path) -> None:
    big = os.urandom(5 * 1024 * 1024)
    write_private_file_atomic(tmp_path / "big", big)
    assert (tmp_path / "big").read_bytes() == big
    write_private_file_atomic(tmp_path / "empty", b"")
    assert (tmp_path / "empty").read_bytes() == b""


def test_no_clobber_mode_keeps_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "journal.key"
    write_private_file_atomic(target, b"created", overwrite=False)
    assert target.read_bytes() == b"created"
    assert mode(target) == 0o600

    with pytest.raises(FileExistsError):
        write_private_file_atomic(target, b"second", overwrite=False)

    assert target.read_bytes() == b"created"
    assert os.listdir(tmp_path) == ["journal.key"]


def test_no_clobber_mode_without_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)  # the os module files.py calls
    target = tmp_path / "journal.key"

    write_private_file_atomic(target, b"created", overwrite=False)
    with pytest.raises(FileExistsError):
        write_private_file_atomic(target, b"second", overwrite=False)

    assert target.read_bytes() == b"created"
    assert os.listdir(tmp_path) == ["journal.key"]


def test_failed_write_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)  # the os module files.py calls
    with pytest.raises(OSError, match="No space left"):
        write_private_file_atomic(target, b"new")

    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["settings.json"]


def test_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_private_file_atomic(tmp_path / "missing" / "file", b"x")
    assert os.listdir(tmp_path) == []
