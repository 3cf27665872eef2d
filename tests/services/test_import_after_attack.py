"""The import after the files attack (issue #19): what it found in the readers.

A note passed over because its text occurs inside a word of the day; one flipped bit in a
Day One zip; an entry edited in Day One (or jrnl) since the last import, a mood renamed in
Daylio; stars and moods of emoji only dropped without a count. Real SQLCipher journals
(today: 7 Dec 2026).
"""

from __future__ import annotations

import csv
import io
import json
import struct
import zipfile
import zlib
from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from tests.services.foreign_checks import DATA
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign.daylio import read_daylio
from wellbeing_desktop.services.foreign.dayone import read_dayone
from wellbeing_desktop.services.foreign_import import plan_import, run_import

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

DAY = date(2026, 12, 7)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """A new journal whose today (7 Dec 2026) is after every entry of the test files."""
    access = JournalAccess(
        JournalPaths(tmp_path / "journal"),
        kdf=keyfile.TEST_KDF,
        clock=lambda: datetime(2026, 12, 7, 16, 30),
    )
    opened, _code = access.create(PASSPHRASE)
    yield opened
    opened.close()


def _import(journal: Journal, path: Path) -> int:
    return run_import(journal, plan_import(journal, path), shared_confirmed=True).imported


def _note(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{DAY.isoformat()}.md").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("reflection", "held"),
    [
        ("Sygefravær i teamet er højt; talte med HR.", False),
        ("Syg og træt.", False),
        ("Morgen.\nSyg", False),  # the same paragraph: not a whole block
        ("Syg", True),
        ("Syg\n", True),
        ("Morgen.\n\nSyg\n\nAften.", True),
        ("Morgen.\n  \nSyg", True),  # a blank line of spaces
    ],
)
def test_a_note_is_passed_over_only_when_the_day_holds_it_as_a_whole_block(
    journal: Journal, tmp_path: Path, reflection: str, held: bool
) -> None:
    journal.save_day(DayLog(day=DAY, reflection=reflection, tags=("syg", "læge")))
    folder = _note(tmp_path / "vault", "---\ntags: [syg, læge]\n---\nSyg\n")

    plan = plan_import(journal, folder)

    assert (plan.entries, plan.already_imported) == ((0, 1) if held else (1, 0))
    run_import(journal, plan)
    stored = journal.day(DAY)
    assert stored is not None
    assert stored.reflection == (reflection if held else f"{reflection}\n\nSyg")
    assert plan_import(journal, folder).changes_nothing


def test_a_note_the_day_holds_without_all_its_tags_brings_the_tags_not_the_text(
    journal: Journal, tmp_path: Path
) -> None:
    journal.save_day(DayLog(day=DAY, reflection="Morgen.\n\nSvær samtale.", tags=("team",)))
    folder = _note(tmp_path / "vault", "---\ntags: [team, mette]\n---\nSvær samtale.\n")

    plan = plan_import(journal, folder)

    assert (plan.entries, plan.in_journal) == (1, (DAY,))
    assert run_import(journal, plan).imported == 1
    stored = journal.day(DAY)
    assert stored is not None
    assert (stored.reflection, stored.tags) == ("Morgen.\n\nSvær samtale.", ("team", "mette"))
    assert plan_import(journal, folder).changes_nothing


def _deflated_zip(path: Path, content: bytes, compressed: bytes) -> Path:
    """A .zip of one ``Journal.json`` whose deflated data is ``compressed``.

    Its sizes and checksum are those of ``content``, as a real zip has them.
    """
    name, crc = b"Journal.json", zlib.crc32(content)
    sizes = (crc, len(compressed), len(content), len(name))
    local = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 33, *sizes, 0) + name
    central = struct.pack(
        "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 33, *sizes, 0, 0, 0, 0, 0, 0
    )
    central += name
    offset = len(local) + len(compressed)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 1, 1, len(central), offset, 0)
    path.write_bytes(local + compressed + central + end)
    return path


def _deflated(content: bytes, *, ended: bool = True) -> bytes:
    packer = zlib.compressobj(wbits=-15)
    return packer.compress(content) + packer.flush(zlib.Z_FINISH if ended else zlib.Z_SYNC_FLUSH)


@pytest.mark.parametrize("damage", ["a flipped bit", "cut short", "a wrong checksum"])
def test_a_damaged_journal_in_a_day_one_zip_is_one_line_naming_it(
    tmp_path: Path, damage: str
) -> None:
    content = (DATA / "dayone-journal.json").read_bytes()
    path = tmp_path / "Day One.zip"
    deflated = _deflated(content)
    if damage == "a flipped bit":  # the first block's type becomes 3, which none has
        _deflated_zip(path, content, bytes([deflated[0] | 0b110]) + deflated[1:])
    elif damage == "cut short":  # the data ends before the end of the deflated stream
        _deflated_zip(path, content, _deflated(content[: len(content) // 2], ended=False))
    else:
        _deflated_zip(path, content.replace(b"Morgen", b"Morgon"), deflated)
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["Journal.json"]  # a zip as zipfile reads one

    with pytest.raises(ForeignFileError) as refused:
        list(read_dayone(path))

    assert str(refused.value) == (
        "import: Day One.zip: Journal.json is a damaged .zip file; nothing was imported."
    )


def test_a_day_one_entry_edited_since_the_last_import_comes_again(
    journal: Journal, tmp_path: Path
) -> None:
    assert _import(journal, DATA / "dayone-journal.json") == 6
    document = json.loads((DATA / "dayone-journal.json").read_text(encoding="utf-8"))
    first = document["entries"][0]
    first["text"] += "\n\nEfter mødet: budgettet holdt."
    edited = tmp_path / "Journal.json"
    edited.write_text(json.dumps(document), encoding="utf-8")

    plan = plan_import(journal, edited)

    assert (plan.entries, plan.already_imported) == (1, 5)
    assert plan.in_journal == (date(2026, 11, 20),)
    assert run_import(journal, plan).imported == 1
    stored = journal.day(date(2026, 11, 20))
    assert stored is not None
    assert stored.reflection.count("Kaffe og plan for dagen") == 2  # the old text stays
    assert stored.reflection.rstrip().endswith("Efter mødet: budgettet holdt.")
    assert plan_import(journal, edited).changes_nothing


def _daylio_renamed(tmp_path: Path) -> Path:
    """The test export after renaming the mood "presset" and the activity "arbejde"."""
    text = (DATA / "daylio_export.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    for row in rows[1:]:
        row[4] = "stresset" if row[4] == "presset" else row[4]
        row[5] = row[5].replace("arbejde", "job")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path = tmp_path / "daylio_export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_a_mood_renamed_in_daylio_brings_nothing_again(journal: Journal, tmp_path: Path) -> None:
    imported = _import(journal, DATA / "daylio_export.csv")
    renamed = _daylio_renamed(tmp_path)
    assert "stresset" in renamed.read_text(encoding="utf-8")

    plan = plan_import(journal, renamed)

    assert plan.changes_nothing
    assert plan.already_imported == imported
    # The new name is not added to the days imported before (their entries are passed over).
    assert all("mood-stresset" not in log.tags for log in journal.days())


def test_a_jrnl_entry_edited_comes_again_and_a_star_is_counted(
    journal: Journal, tmp_path: Path
) -> None:
    entry = {"title": "Møde.", "body": "", "date": "2026-11-20", "time": "09:00", "tags": []}
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"entries": [{**entry, "starred": True}]}), encoding="utf-8")
    plan = plan_import(journal, path)
    assert dict(plan.left_out) == {"stars": 1}
    run_import(journal, plan)

    path.write_text(json.dumps({"entries": [{**entry, "body": "Godt.", "starred": False}]}))
    plan = plan_import(journal, path)

    assert (plan.entries, plan.in_journal) == (1, (date(2026, 11, 20),))


def test_a_daylio_mood_of_emoji_only_is_no_tag_and_is_counted(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-20,20. nov.,fredag,08:12,😀,arbejde | ☕,,\n",
        encoding="utf-8",
    )

    (entry,) = read_daylio(path)

    assert entry.tags == ("arbejde",)
    assert dict(entry.left_out) == {"activities": 1, "moods": 1}
