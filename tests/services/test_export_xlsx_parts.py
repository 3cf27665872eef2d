"""The xlsx export's hidden parts folder: a full disk, a killed export, long names.

XlsxWriter's temporary files (the sheets in plain text) live in a hidden folder beside
the target. A disk that fills while the workbook is zipped fails as the OSError it is
(no stray error later); a folder a killed export left is removed by the next xlsx export
there, but never one a running export holds or one that is not ours; the folder's name
is short, so a file name that fits as the hidden temporary file fits here too.
"""

from __future__ import annotations

import errno
import gc
import io
import os
import sys
from typing import TYPE_CHECKING, Any

import openpyxl
import pytest

from tests.services.export_data import export_to, open_filled
from wellbeing_desktop.services import export_xlsx, journal_export

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    opened = open_filled(tmp_path_factory.mktemp("xlsx-parts"))
    yield opened
    opened.close()


class _SmallDisk(io.FileIO):
    """A file on a disk with ``room`` bytes left: a write past it fails with ENOSPC."""

    room = 4096

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(data)


def _open_on_small_disk(path: Any, mode: str = "r", buffering: int = -1, **kw: Any) -> Any:
    assert mode == "wb"
    return _SmallDisk(path, "w")  # unbuffered: the zip's writes reach the disk as made


def test_a_full_disk_while_zipping_raises_no_space_and_leaves_nothing(
    filled: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stray: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", stray.append)
    monkeypatch.setattr(journal_export, "open", _open_on_small_disk, raising=False)
    before = len(filled.export_log())

    with pytest.raises(OSError, match="No space left") as raised:
        export_to(filled, "xlsx", tmp_path / "out.xlsx")
    error = (type(raised.value), raised.value.errno)
    del raised  # its traceback holds XlsxWriter's frames: they go now
    gc.collect()

    assert error == (OSError, errno.ENOSPC)  # not XlsxWriter's own error
    assert stray == []  # no ZipFile left to finish a closed file from its __del__
    assert list(tmp_path.iterdir()) == []  # no temporary file, no parts folder
    assert len(filled.export_log()) == before


def test_the_next_export_removes_a_killed_exports_parts_folder(
    filled: Journal, tmp_path: Path
) -> None:
    killed = tmp_path / f".lp-xlsx.{'ab' * 8}.parts"
    killed.mkdir(mode=0o700)
    (killed / export_xlsx.PARTS_MARKER).write_bytes(export_xlsx.PARTS_MARKER_TEXT)
    (killed / "tmpabc123").write_text("<row>plaintext</row>")

    export_to(filled, "xlsx", tmp_path / "next.xlsx")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["next.xlsx"]


def test_a_running_exports_folder_and_folders_not_ours_are_kept(tmp_path: Path) -> None:
    running = export_xlsx._Parts.make(tmp_path)  # holds its lock, as an export does
    no_marker = tmp_path / f".lp-xlsx.{'cd' * 8}.parts"
    no_marker.mkdir()
    other_words = tmp_path / f".lp-xlsx.{'ef' * 8}.parts"
    other_words.mkdir()
    (other_words / export_xlsx.PARTS_MARKER).write_text("someone else's\n")
    other_name = tmp_path / ".lp-xlsx.mine.parts"
    other_name.mkdir()
    (other_name / export_xlsx.PARTS_MARKER).write_bytes(export_xlsx.PARTS_MARKER_TEXT)
    link = tmp_path / f".lp-xlsx.{'01' * 8}.parts"
    link.symlink_to(other_name)
    try:
        assert export_xlsx.remove_parts_leftovers(tmp_path) == []
        assert running.folder.is_dir()
        assert all(p.exists() for p in (no_marker, other_words, other_name, link))
    finally:
        running.remove()
    assert not running.folder.exists()


def test_a_folder_whose_export_died_is_no_longer_locked(tmp_path: Path) -> None:
    dead = export_xlsx._Parts.make(tmp_path)
    os.close(dead.lock)  # what a kill does to its lock

    assert export_xlsx.remove_parts_leftovers(tmp_path) == [dead.folder]
    assert list(tmp_path.iterdir()) == []


def test_a_long_file_name_fits(filled: Journal, tmp_path: Path) -> None:
    # 255 bytes is the longest name: the hidden temporary file adds 1 + 22 of them.
    target = tmp_path / ("b" * (255 - 23 - 5) + ".xlsx")

    export_to(filled, "xlsx", target)

    assert openpyxl.load_workbook(target).sheetnames
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
