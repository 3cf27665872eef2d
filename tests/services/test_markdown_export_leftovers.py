"""A killed Markdown export's hidden folder is removed by the next export, and only it.

Review finding 3: a kill before the rename leaves ``.NAME.<hex>.tmp`` (0700, plaintext)
beside the target. The next export into the same parent removes such folders when the
name fits AND our marker file is inside with our words; lookalikes are left alone. A
lock asks an export to stop (``stop``): nothing is left and nothing logged.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.services.markdown_export import (
    BUILD_MARKER,
    ExportStopped,
    export_markdown,
    remove_leftovers,
)

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal


@pytest.fixture
def written(journal: Journal) -> Journal:
    for day in range(1, 6):
        journal.save_day(DayLog(day=date(2026, 11, day), reflection=f"Privat {day}."))
    return journal


def killed_export(journal: Journal, target: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """What a kill in the middle of the export leaves: its hidden build folder."""
    with monkeypatch.context() as patch:
        patch.setattr(shutil, "rmtree", lambda *_a, **_k: None)  # no clean-up
        with pytest.raises(ExportStopped):
            export_markdown(journal, target, stop=lambda: True)
    (left,) = [p for p in target.parent.iterdir() if p.name.startswith(f".{target.name}.")]
    return left


def test_the_next_export_removes_what_a_killed_one_left(
    written: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = tmp_path / "out"
    parent.mkdir()
    left = killed_export(written, parent / "eksport", monkeypatch)
    assert (left / BUILD_MARKER).is_file()
    assert os.stat(left).st_mode & 0o777 == 0o700

    export_markdown(written, parent / "eksport")

    assert sorted(os.listdir(parent)) == ["eksport"]
    assert not (parent / "eksport" / BUILD_MARKER).exists()  # the marker never stays
    assert len(written.export_log()) == 1


def test_only_our_marked_folders_are_removed(
    written: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = tmp_path / "out"
    parent.mkdir()
    ours = killed_export(written, parent / "eksport", monkeypatch)
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(ours, elsewhere)
    no_marker = parent / ".noter.0123456789abcdef.tmp"
    no_marker.mkdir()
    (no_marker / "mine.md").write_text("mit", encoding="utf-8")
    other_words = parent / ".noter.fedcba9876543210.tmp"
    other_words.mkdir()
    (other_words / BUILD_MARKER).write_text("someone else's", encoding="utf-8")
    link = parent / ".link.00112233445566aa.tmp"
    link.symlink_to(elsewhere)  # a link to a marked folder: not ours to follow
    a_file = parent / ".fil.00112233445566bb.tmp"
    a_file.write_text("x", encoding="utf-8")
    other_name = parent / ".eksport.tmp"
    shutil.copytree(elsewhere, other_name)  # our marker, not our name

    assert remove_leftovers(parent) == [ours]

    assert sorted(p.name for p in parent.iterdir()) == sorted(
        p.name for p in (no_marker, other_words, link, a_file, other_name)
    )
    assert (elsewhere / BUILD_MARKER).is_file()
    assert (no_marker / "mine.md").read_text(encoding="utf-8") == "mit"


def test_a_stopped_export_leaves_nothing_and_logs_nothing(written: Journal, tmp_path: Path) -> None:
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3  # after a few day files

    with pytest.raises(ExportStopped):
        export_markdown(written, tmp_path / "eksport", stop=stop)

    assert sorted(os.listdir(tmp_path)) == ["journal"]
    assert written.export_log() == []
