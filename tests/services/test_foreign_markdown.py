"""A folder of Markdown daily notes read into foreign entries (issue #19).

The realistic folder (tests/data/foreign/markdown_notes) is laid out as an Obsidian vault:
notes in a subfolder and at the top, ISO and Danish day-first names, front matter with
tags as a flow list and as a block list, inline ``#tags`` beside code and headings,
a note that is not a daily note, an attachment and the hidden ``.obsidian`` folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.domain.validation import validate_day_log
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign.front_matter import read_front_matter, split_front_matter
from wellbeing_desktop.services.foreign.markdown import MarkdownFolder, inline_tags, read_markdown

DATA = Path(__file__).parents[1] / "data" / "foreign" / "markdown_notes"


def _folder(tmp_path: Path, notes: dict[str, str]) -> MarkdownFolder:
    for name, text in notes.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return MarkdownFolder(tmp_path)


def test_the_realistic_folder_gives_its_daily_notes_and_counts_the_other_files() -> None:
    folder = MarkdownFolder(DATA)
    entries = {e.source_id.partition("#")[0]: e for e in folder.entries()}

    assert {sid: e.day for sid, e in entries.items()} == {
        "05-11-2026.md": date(2026, 11, 5),  # day first: 18-11-2026 settles the order
        "18-11-2026.md": date(2026, 11, 18),
        "Dagbog/2026-11-19.md": date(2026, 11, 19),
        "Dagbog/2026-11-20.md": date(2026, 11, 20),
    }
    assert folder.left_out == ["Møde med Mette.md", "Vedhæftninger/indkøb.txt"]
    friday = entries["Dagbog/2026-11-20.md"]
    # Front matter tags, then inline ones; not in code, not a URL's anchor, each once.
    assert friday.tags == ("ledelse", "1-1", "trivsel", "arbejde-1on1")
    assert friday.text.startswith("# Fredag 20. november\n\nSvær samtale med Mette")
    assert "title:" not in friday.text
    assert "---" not in friday.text
    assert "#arbejde/1on1 og #Trivsel igen." in friday.text  # the text is kept as written
    assert entries["Dagbog/2026-11-19.md"].tags == ("budget", "søvn", "omstrukturering")
    assert entries["18-11-2026.md"].tags == ("fejring",)  # "#123" is no tag
    for entry in entries.values():
        assert entry.source == "markdown"
        assert entry.at is None
        log = DayLog(day=entry.day, reflection=entry.text, tags=entry.tags)
        validate_day_log(log, today=date(2026, 12, 7), category_keys=())


def test_reading_again_gives_the_same_entries() -> None:
    assert list(read_markdown(DATA)) == list(read_markdown(DATA))


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["05-11-2026.md"], {"05-11-2026.md": date(2026, 11, 5)}),  # Danish by default
        (
            ["05.11.2026.md", "11.20.2026.md"],  # only month first fits the folder
            {"05.11.2026.md": date(2026, 5, 11), "11.20.2026.md": date(2026, 11, 20)},
        ),
        (
            ["05-11-2026.md", "11-20-2026.md", "20-11-2026.md", "03-03-2026.md"],
            {
                "11-20-2026.md": date(2026, 11, 20),
                "20-11-2026.md": date(2026, 11, 20),
                "03-03-2026.md": date(2026, 3, 3),
            },
        ),  # both orders: 05-11 is not guessed
        (["2026-11-20 fredag.md", "2026-02-30.md", "2026-11-20.txt", "notes.md"], {}),
    ],
)
def test_which_names_are_daily_notes(
    tmp_path: Path, names: list[str], expected: dict[str, date]
) -> None:
    folder = _folder(tmp_path, dict.fromkeys(names, "Tekst"))
    assert {e.source_id.partition("#")[0]: e.day for e in folder.entries()} == expected
    assert sorted(folder.left_out) == sorted(set(names) - set(expected))


def test_front_matter_tags_in_every_written_form(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "2026-11-01.md": "---\ntags:\n- Ledelse\n- 'min tid'\n---\nTekst",
            "2026-11-02.md": "---\ntag: ledelse, trivsel\n---\nTekst",
            "2026-11-03.md": "---\ntags: []\nnested:\n  a: 1\n---\n\n#kun-inline\n",
            "2026-11-04.md": "---\nikke lukket\n\nTekst #x",
        },
    )
    entries = {e.source_id.partition("#")[0]: e for e in folder.entries()}
    assert entries["2026-11-01.md"].tags == ("ledelse", "min-tid")
    assert entries["2026-11-02.md"].tags == ("ledelse", "trivsel")
    assert entries["2026-11-03.md"].tags == ("kun-inline",)
    assert entries["2026-11-03.md"].text == "#kun-inline"
    # An unclosed --- is a rule of the body, not front matter.
    assert entries["2026-11-04.md"].text == "---\nikke lukket\n\nTekst #x"
    assert entries["2026-11-04.md"].tags == ("x",)


def test_the_front_matter_reader_reads_the_subset_and_skips_the_rest() -> None:
    text = "---\na: \"x: y\" # note\nb: [1, '2, 3']\nc: |\n  t\nhumør: 😊\n---\nB"
    lines, body = split_front_matter(text)
    assert body == "B"
    assert lines is not None
    assert read_front_matter(lines) == {
        "a": "x: y",
        "b": ["1", "2, 3"],
        "c": None,
        "humør": "😊",
    }


@pytest.mark.parametrize(
    ("matter", "n"),
    [
        ("tags: {a: 1}", 3),
        ("tags:\n  work: 1", 3),
        ("tags: [a, [b]]", 3),
        ("tags: [a, 'b]", 3),
        ("tags:\n  - 'a", 4),
        ("humør: godt\nHemmeligt uden kolon", 4),
    ],
)
def test_unreadable_front_matter_gets_one_line_naming_its_line(
    tmp_path: Path, matter: str, n: int
) -> None:
    text = f"---\ntitle: Fredag\n{matter}\n---\nHemmeligt"
    folder = _folder(tmp_path, {"Dagbog/2026-11-20.md": text})
    with pytest.raises(ForeignFileError) as caught:
        list(folder.entries())
    line = str(caught.value)
    assert line.startswith(f"import: Dagbog/2026-11-20.md: line {n} of the front matter")
    assert "Hemmeligt" not in line
    assert "\n" not in line


def test_a_note_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    (tmp_path / "2026-11-20.md").write_bytes("Blåbær".encode("latin-1"))
    with pytest.raises(ForeignFileError, match=r"^import: 2026-11-20\.md: the file is not UTF-8"):
        list(read_markdown(tmp_path))
    (tmp_path / "2026-11-20.md").write_bytes(b"x" * 800_001)
    with pytest.raises(ForeignFileError, match=r"2026-11-20\.md: the note is larger than 800,000"):
        list(read_markdown(tmp_path))
    with pytest.raises(ForeignFileError, match="is neither a folder of daily notes"):
        list(read_markdown(tmp_path / "mangler"))


def test_one_note_can_be_read_on_its_own() -> None:
    (entry,) = read_markdown(DATA / "Dagbog" / "2026-11-19.md")
    assert (entry.source_id.partition("#")[0], entry.day) == ("2026-11-19.md", date(2026, 11, 19))


def test_inline_tags_are_not_read_in_code_and_a_heading_mark_is_no_tag() -> None:
    body = (
        "# Overskrift #ledelse\n##ikke-overskrift\n"
        "````md\n#inde\n```\n````nej\n#stadig-inde\n````\n"
        "~~~\n#tilde\n~~~\n"
        "Ude: #efter-koden, `#kode` og ``#mere `kode` #`` og mail#nej og #2026 og #2026-mål"
    )
    assert inline_tags(body) == ["ledelse", "efter-koden", "2026-mål"]
