"""jrnl's JSON export read as foreign entries (issue #19), from real jrnl 4.6 output."""

from __future__ import annotations

import codecs
import io
import json
from datetime import date, time
from typing import TYPE_CHECKING

import pytest

from tests.services.foreign_checks import DATA, assert_our_tags
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign.jrnl import read_jrnl

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

REAL = DATA / "jrnl-4.6.json"


def _entry(**changes: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "title": "Morgenmøde.",
        "body": "Hemmelig tekst om Mette.",
        "date": "2026-11-20",
        "time": "07:45",
        "tags": ["@møde"],
        "starred": False,
    }
    entry.update(changes)
    return {key: value for key, value in entry.items() if value is not ...}


def _file(tmp_path: Path, *entries: object, name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"tags": {}, "entries": list(entries)}), encoding="utf-8")
    return path


def test_real_jrnl_output_gives_every_entry_in_order_with_its_local_day_and_time() -> None:
    entries = list(read_jrnl(REAL))

    assert [(e.day, e.at) for e in entries] == [
        (date(2026, 11, 20), time(7, 45)),
        (date(2026, 11, 20), time(16, 30)),
        (date(2026, 11, 20), time(22, 10)),
        (date(2026, 11, 21), time(0, 5)),
        (date(2026, 11, 23), time(9, 0)),
        (date(2026, 11, 24), time(12, 0)),
        (date(2026, 11, 24), time(18, 45)),
    ]
    assert [e.starred for e in entries] == [False, True, False, False, False, True, False]
    assert {e.source for e in entries} == {"jrnl"}
    assert all(e.left_out == ((("stars", 1),) if e.starred else ()) for e in entries)


def test_title_and_body_are_kept_as_jrnl_keeps_them_with_danish_letters_and_emoji() -> None:
    entries = list(read_jrnl(REAL))

    assert entries[1].text == (
        "Svær samtale med Mette 😬.\n"
        "Hun er overbelastet; vi aftalte at flytte to opgaver.\n\n"
        "- Følg op fredag\n- Tal med HR om @sygefravær\n\n"
        "Jeg er stolt af, hvordan jeg holdt roen. 💪 #1til1"
    )
    assert (
        entries[5].text
        == "Frokost med chefen 🍽️.\nHun roste projektet! @chef @projekt-x @sparring/ledelse"
    )
    assert entries[6].text == "Kort."  # a title without a body


def test_tags_lose_their_sign_and_become_tags_our_journal_allows() -> None:
    entries = list(read_jrnl(REAL))

    assert entries[0].tags == ("møde", "team")
    assert entries[1].tags == ("sygefravær", "1til1")
    assert set(entries[5].tags) == {"chef", "projekt-x", "sparring-ledelse"}
    for entry in entries:
        assert_our_tags(entry.tags)


def test_the_same_file_read_again_gives_the_same_ids_and_no_two_entries_share_one() -> None:
    first = [e.source_id for e in read_jrnl(REAL)]
    with REAL.open("rb") as stream:
        again = [e.source_id for e in read_jrnl(stream)]

    assert first == again
    assert len(set(first)) == len(first)


def test_two_identical_entries_in_a_row_are_two_entries(tmp_path: Path) -> None:
    path = _file(tmp_path, _entry(), _entry(), _entry(time="08:00"))

    ids = [e.source_id for e in read_jrnl(path)]

    assert len(set(ids)) == 3
    assert ids == [e.source_id for e in read_jrnl(path)]


def test_a_stream_without_a_name_is_called_the_file() -> None:
    with pytest.raises(ForeignFileError) as raised:
        list(read_jrnl(io.BytesIO(b'{"entries": [{"title": 1}]}')))

    assert str(raised.value).startswith("import: the file, entry 1: title is not allowed")


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (_entry(date=...), "entry 2: date is missing; expected a date such as 2026-11-20."),
        (_entry(date="20/11/2026"), "entry 2: date is not allowed; expected a date such as"),
        (_entry(time="25:99"), "entry 2: time is not allowed; expected a time such as 16:30."),
        (_entry(title=...), "entry 2: title is missing; expected a text."),
        (_entry(body=["x"]), "entry 2: body is not allowed; expected a text."),
        (_entry(tags="@møde"), "entry 2: tags is not allowed; expected a list of texts."),
        (_entry(starred="yes"), "entry 2: starred is not allowed; expected true or false."),
        ("just words", "entry 2: entry is not allowed; expected an object with the entry's"),
    ],
)
def test_a_wrong_entry_is_one_line_naming_the_file_the_entry_and_the_field(
    tmp_path: Path, entry: object, words: str
) -> None:
    path = _file(tmp_path, _entry(), entry, name="min-jrnl.json")

    with pytest.raises(ForeignFileError) as raised:
        list(read_jrnl(path))

    message = str(raised.value)
    assert message.startswith(f"import: min-jrnl.json, {words}")
    assert message.endswith("Nothing was imported.")
    assert "\n" not in message
    assert "Hemmelig" not in message  # journal text is never echoed


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"tags": {}, "entries": [{"title": "Cut', "ends in the middle of entry 1; it may"),
        (
            b'{"entries": [' + json.dumps(_entry()).encode() + b', {"title": "Hemmelig"',
            "ends in the middle of entry 2",
        ),
        (b'{"entries": [{"title": "Hemmelig" "x"}]}', "is not valid JSON (at entry 1 or before"),
        (b"\xff\xfe Hemmelig", "is not valid JSON (at entry 1 or before it)"),
        (b"", "is not valid JSON"),
        (b'{"tags": {"@a": 1}}', "is not a jrnl export (it has no list of entries)"),
        (b"[1, 2]", "is not a jrnl export (it has no list of entries)"),
        (b'{"entries": {"title": "x"}}', "is not a jrnl export (it has no list of entries)"),
    ],
)
def test_a_file_that_is_not_a_jrnl_export_is_refused_in_one_line(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(content)

    with pytest.raises(ForeignFileError) as raised:
        list(read_jrnl(path))

    message = str(raised.value)
    assert message.startswith(f"import: export.json {words}")
    assert "\n" not in message
    assert "Hemmelig" not in message  # the parser's words quote the file: never shown


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ForeignFileError) as raised:
        list(read_jrnl(tmp_path / "findes-ikke.json"))

    assert raised.value.message.text == msg.FOREIGN_NOT_READ
    assert "findes-ikke.json" in str(raised.value)


@pytest.mark.parametrize(
    "encoded",
    [
        lambda text: text.encode("utf-8-sig"),  # saved again by Notepad
        lambda text: text.encode("utf-16"),  # `jrnl --format json > fil.json` in PowerShell
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    ],
    ids=["utf-8-bom", "utf-16", "utf-16-be"],
)
def test_an_export_saved_by_windows_tools_with_a_byte_order_mark_reads_the_same(
    tmp_path: Path, encoded: Callable[[str], bytes]
) -> None:
    path = tmp_path / "windows.json"
    path.write_bytes(encoded(REAL.read_text(encoding="utf-8")))

    assert list(read_jrnl(path)) == list(read_jrnl(REAL))
