"""The Markdown export never writes into or over anything, and a refusal logs nothing.

Each refusal leaves the target as it was (or absent), no hidden folder beside it and no
consent entry. The race (something made at the target name while the folder is written)
is checked on ``rename_no_replace`` itself, with the system's no-replace rename and with
the check-then-rename it falls back on. The day files' front matter and body are checked
for any text with hypothesis, read back by PyYAML.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date
from typing import TYPE_CHECKING

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.services import markdown_export
from wellbeing_desktop.services.markdown_export import export_markdown, rename_no_replace
from wellbeing_desktop.services.markdown_front_matter import day_file_text, yaml_scalar

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

DAY = date(2026, 11, 20)


@pytest.fixture
def written(journal: Journal) -> Journal:
    journal.save_day(DayLog(day=DAY, reflection="Det private.", energy=2))
    return journal


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_an_existing_folder_is_left_as_it_is_and_nothing_is_logged(
    written: Journal, tmp_path: Path
) -> None:
    target = tmp_path / "eksport"
    target.mkdir()
    (target / "mine.md").write_text("mit eget", encoding="utf-8")

    with pytest.raises(FileExistsError):
        export_markdown(written, target)

    assert listing(target) == ["mine.md"]
    assert (target / "mine.md").read_text(encoding="utf-8") == "mit eget"
    assert sorted(os.listdir(tmp_path)) == ["eksport", "journal"]
    assert written.export_log() == []


@pytest.mark.parametrize("kind", ["empty folder", "file", "dangling link"])
def test_an_empty_folder_a_file_or_a_link_at_the_target_is_refused(
    written: Journal, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "eksport"
    if kind == "empty folder":
        target.mkdir()
    elif kind == "file":
        target.write_bytes(b"x")
    else:
        target.symlink_to(tmp_path / "nowhere")

    with pytest.raises(FileExistsError):
        export_markdown(written, target)

    assert os.path.lexists(target)
    assert target.is_symlink() or listing(target) == [] or target.read_bytes() == b"x"
    assert not (tmp_path / "nowhere").exists()
    assert sorted(os.listdir(tmp_path)) == ["eksport", "journal"]
    assert written.export_log() == []


def test_a_missing_parent_folder_is_refused_and_nothing_is_made(
    written: Journal, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        export_markdown(written, tmp_path / "no such folder" / "eksport")

    assert sorted(os.listdir(tmp_path)) == ["journal"]
    assert written.export_log() == []


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nothing can be written in (as root: a read-only bind mount of it)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    view = tmp_path / "view"
    view.mkdir()
    for command in (
        ["mount", "--bind", str(folder), str(view)],
        ["mount", "-o", "remount,ro,bind", str(view)],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(view)], capture_output=True, check=False)
            pytest.skip(f"mount is not permitted here ({done.stderr.strip()})")
    yield view
    subprocess.run(["umount", "-l", str(view)], capture_output=True, check=False)


def test_a_read_only_parent_is_refused_and_nothing_is_logged(
    written: Journal, read_only_folder: Path
) -> None:
    with pytest.raises(OSError, match="Read-only file system|Permission denied") as refused:
        export_markdown(written, read_only_folder / "eksport")

    assert not isinstance(refused.value, FileExistsError)
    assert os.listdir(read_only_folder) == []
    assert written.export_log() == []


def test_an_entry_that_cannot_be_recorded_leaves_no_folder(
    written: Journal, tmp_path: Path
) -> None:
    # A period that ends before it starts: the consent log refuses the entry, after the
    # folder was written under its hidden name.
    with pytest.raises(WellbeingError):
        export_markdown(written, tmp_path / "eksport", date(2026, 11, 30), date(2026, 11, 1))

    assert sorted(os.listdir(tmp_path)) == ["journal"]
    assert written.export_log() == []


def test_a_folder_made_at_the_name_in_the_meantime_is_never_replaced(tmp_path: Path) -> None:
    # What the export's last step meets when an empty folder appears at the target after
    # the check: a plain rename(2) would replace it without a word.
    ours = tmp_path / ".eksport.tmp"
    ours.mkdir()
    (ours / "LÆS MIG.md").write_text("vores", encoding="utf-8")
    theirs = tmp_path / "eksport"
    theirs.mkdir()

    with pytest.raises(FileExistsError):
        rename_no_replace(ours, theirs)

    assert listing(theirs) == []
    assert listing(ours) == ["LÆS MIG.md"]


@pytest.mark.parametrize("what", ["empty folder", "folder", "file"])
def test_without_the_systems_no_replace_rename_nothing_is_replaced_either(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    # The fallback (another system, or a file system without RENAME_NOREPLACE): checked,
    # then renamed; a file or a folder with something in it makes the rename fail.
    monkeypatch.setattr(markdown_export, "_rename_exclusive", lambda _s, _t: False)
    ours = tmp_path / ".eksport.tmp"
    ours.mkdir()
    theirs = tmp_path / "eksport"
    if what == "file":
        theirs.write_bytes(b"x")
    else:
        theirs.mkdir()
        if what == "folder":
            (theirs / "mine.md").write_bytes(b"x")

    with pytest.raises(FileExistsError):
        rename_no_replace(ours, theirs)

    assert ours.is_dir()
    assert theirs.is_file() or listing(theirs) == ([] if what == "empty folder" else ["mine.md"])
    rename_no_replace(ours, tmp_path / "ny")
    assert (tmp_path / "ny").is_dir()
    assert not ours.exists()


# --- any text, read back by a YAML parser -----------------------------------------------

_ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
_KEY = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30)


@given(value=_ANY_TEXT)
# YAML 1.1's line breaks, words it reads as true/false/null, numbers, a byte-order mark.
@example("a\u2028b\u2029c\x85d")
@example("yes")
@example("Off")
@example("~")
@example("2026-11-20")
@example("1_000")
@example("\ufeffx")
@example('say "hi" \\ #no comment')
def test_any_value_reads_back_as_the_same_text(value: str) -> None:
    assert yaml.safe_load(f"key: {yaml_scalar(value)}\n") == {"key": value}
    assert yaml.safe_load(f"key: [{yaml_scalar(value)}, x]\n") == {"key": [value, "x"]}
    assert "\n" not in yaml_scalar(value)


@given(reflection=_ANY_TEXT, key=_KEY, minutes=st.integers(0, 24 * 60))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_any_reflection_is_the_body_byte_for_byte_and_the_front_matter_reads(
    reflection: str, key: str, minutes: int
) -> None:
    day = DayLog(
        day=DAY,
        minutes={key: minutes},
        signals=(key,),
        reflection=reflection,
        tags=("tag",),
        share=ShareLevel.COACH,
    )

    data = day_file_text(day, ["operations"]).encode("utf-8")

    end = data.index(b"\n---\n")
    front = yaml.safe_load(data[4:end].decode("utf-8"))
    assert front["time_split_minutes"] == {key: minutes}
    assert front["signals"] == [key]
    assert front["share"] == "coach"
    body = data[end + 5 :]
    assert body == (reflection.encode("utf-8") + b"\n" if reflection else b"")
