"""Day One's JSON export (and the .zip of it) read as foreign entries (issue #19)."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, time
from typing import TYPE_CHECKING

import pytest

from tests.services.foreign_checks import DATA, assert_our_tags
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign.dayone import read_dayone
from wellbeing_desktop.services.foreign.dayone_text import moments, unescaped

if TYPE_CHECKING:
    from pathlib import Path

JOURNAL = DATA / "dayone-journal.json"
ZIP = DATA / "dayone-export.zip"


def _entry(**changes: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "uuid": "3C6E0B8A4F1D4B2E9A7C5D3F1E2B4A60",
        "creationDate": "2026-11-20T06:10:12Z",
        "timeZone": "Europe/Copenhagen",
        "text": "Hemmelig tekst om Mette\\.",
        "tags": ["møde"],
        "starred": False,
    }
    entry.update(changes)
    return {key: value for key, value in entry.items() if value is not ...}


def _file(tmp_path: Path, *entries: object) -> Path:
    path = tmp_path / "Journal.json"
    document = {"metadata": {"version": "1.0"}, "entries": list(entries)}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_each_entry_has_the_day_and_time_of_its_own_time_zone() -> None:
    entries = list(read_dayone(JOURNAL))

    assert [(e.day, e.at) for e in entries] == [
        (date(2026, 11, 20), time(7, 10, 12)),  # Copenhagen, 06:10 UTC
        (date(2026, 11, 20), time(14, 30)),
        (date(2026, 11, 20), time(23, 40, 5)),
        (date(2026, 11, 24), time(22, 30)),  # New York: already the 25th in UTC
        (date(2026, 11, 28), time(1, 20)),  # Tokyo: still the 27th in UTC
        (date(2026, 11, 30), None),  # an all-day entry (23:00 UTC the day before)
    ]
    assert [e.source_id.partition(":")[0] for e in entries][:2] == [
        "3C6E0B8A4F1D4B2E9A7C5D3F1E2B4A60",
        "A91D2E7F0C3B4A5D8E6F1B2C9D0E3F47",
    ]
    assert [e.starred for e in entries] == [False, True, False, False, True, False]
    assert {e.source for e in entries} == {"dayone"}


def test_the_zip_gives_the_same_entries_as_its_journal() -> None:
    assert list(read_dayone(ZIP)) == list(read_dayone(JOURNAL))
    with ZIP.open("rb") as stream:
        assert list(read_dayone(stream)) == list(read_dayone(JOURNAL))


def test_escapes_are_undone_and_photos_become_a_note() -> None:
    first = next(iter(read_dayone(JOURNAL)))

    assert first.text == (
        "# Morgen ☕\n\n"
        "Kaffe og plan for dagen. Budgetmøde kl. 10 - jeg er spændt!\n\n"
        "[photo not imported]\n\n"
        "Husk: 3 punkter (budget, bemanding, ferie)."
    )
    assert first.left_out == (("photos", 1), ("locations", 1), ("weather", 1))


def test_an_escape_that_keeps_the_text_from_becoming_a_list_or_emphasis_stays() -> None:
    second = list(read_dayone(JOURNAL))[1]

    assert second.text == (
        "Tre ting fra i dag:\n\n"
        "1\\. Sagde fra over for en ekstra opgave 💪\n"
        "2\\. Ros til Jonas for kundemødet\n"
        "3\\. Bad om hjælp (det var svært)\n\n"
        "\\- ikke en liste, bare en tankestreg\n\n"
        "Det er \\*ikke\\* mit ansvar alene."
    )


def test_photos_audio_places_and_weather_are_counted_as_left_out() -> None:
    tokyo = list(read_dayone(JOURNAL))[4]

    assert tokyo.text.count("[photo not imported]") == 2
    assert "[audio not imported]" in tokyo.text
    assert "dayone-moment" not in tokyo.text
    assert dict(tokyo.left_out) == {"photos": 2, "audio": 1, "weather": 1, "stars": 1}


def test_tags_become_tags_our_journal_allows_each_once() -> None:
    entries = list(read_dayone(JOURNAL))

    assert entries[0].tags == ("møde", "Budget-2027")
    assert entries[1].tags == ("1-1", "sparring")
    assert entries[4].tags == ("rejse", "søvn")  # "Rejse" is the same tag
    for entry in entries:
        assert_our_tags(entry.tags)


@pytest.mark.parametrize(
    ("day_one", "ours"),
    [
        ("Godt\\. Rigtig godt\\!", "Godt. Rigtig godt!"),
        ("a \\- b \\+ c \\# d \\> e", "a - b + c # d > e"),
        ("\\- ikke en liste", "\\- ikke en liste"),
        ("  \\+ heller ikke", "  \\+ heller ikke"),
        ("\\# ikke en overskrift", "\\# ikke en overskrift"),
        ("12\\. november", "12\\. november"),
        ("den 12\\. november", "den 12. november"),
        (
            "\\*ikke fed\\* \\_ikke kursiv\\_ \\`ikke kode\\`",
            "\\*ikke fed\\* \\_ikke kursiv\\_ \\`ikke kode\\`",
        ),
        ("sti: C:\\\\Data\\.", "sti: C:\\\\Data."),
        ("\\<b\\>", "\\<b>"),
        ("æøå \\(ÆØÅ\\) 😬", "æøå (ÆØÅ) 😬"),
    ],
)
def test_day_ones_escapes(day_one: str, ours: str) -> None:
    assert unescaped(day_one) == ours


def test_moments_of_each_kind_become_notes_and_are_counted() -> None:
    text = (
        "![](dayone-moment://AB12) ![](dayone-moment:/video/CD34)\n"
        "![](dayone-moment:/pdfAttachment/EF56) ![](dayone-moment://AB13) ![](billede.png)"
    )

    kept, counts = moments(text)

    assert kept == (
        "[photo not imported] [video not imported]\n"
        "[attachment not imported] [photo not imported] ![](billede.png)"
    )
    assert counts == {"photos": 2, "videos": 1, "attachments": 1}


def test_photos_listed_but_not_in_the_text_are_counted_too(tmp_path: Path) -> None:
    path = _file(tmp_path, _entry(photos=[{"identifier": "A"}, {"identifier": "B"}]))

    (entry,) = read_dayone(path)

    assert entry.left_out == (("photos", 2),)


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (_entry(uuid=...), "entry 2: uuid is missing; expected a text."),
        (_entry(uuid="ikke et id!"), "entry 2: uuid is not allowed; expected a text."),
        (
            _entry(creationDate=...),
            "entry 2 (3C6E0B8A4F1D4B2E9A7C5D3F1E2B4A60): creationDate is missing",
        ),
        (
            _entry(creationDate="20-11-2026"),
            "entry 2 (3C6E0B8A4F1D4B2E9A7C5D3F1E2B4A60): creationDate is not allowed; expected a "
            "time in UTC",
        ),
        (
            _entry(creationDate="2026-11-20T06:10:12"),
            "creationDate is not allowed; expected a time in UTC",
        ),
        (
            _entry(timeZone="Europe/Aarhus"),
            "timeZone is not allowed; expected a time zone name such as Europe/Copenhagen.",
        ),
        (_entry(timeZone="../../etc/passwd"), "timeZone is not allowed; expected a time zone name"),
        (_entry(timeZone="Europe"), "timeZone is not allowed; expected a time zone name"),
        (_entry(text=7), "text is not allowed; expected a text."),
        (_entry(tags=[1]), "tags is not allowed; expected a list of texts."),
        (_entry(starred=1), "starred is not allowed; expected true or false."),
        ([_entry()], "entry 2: entry is not allowed; expected an object"),
    ],
)
def test_a_wrong_entry_is_one_line_naming_the_file_the_entry_and_the_field(
    tmp_path: Path, entry: object, words: str
) -> None:
    path = _file(tmp_path, _entry(), entry)

    with pytest.raises(ForeignFileError) as raised:
        list(read_dayone(path))

    message = str(raised.value)
    assert message.startswith("import: Journal.json, entry 2")
    assert words in message
    assert message.endswith("Nothing was imported.")
    assert "\n" not in message
    assert "Hemmelig" not in message


def test_an_entry_without_a_time_zone_is_read_in_utc(tmp_path: Path) -> None:
    path = _file(tmp_path, _entry(timeZone=..., creationDate="2026-11-20T23:30:00Z"))

    (entry,) = read_dayone(path)

    assert (entry.day, entry.at) == (date(2026, 11, 20), time(23, 30))


def _zip(tmp_path: Path, members: dict[str, bytes]) -> Path:
    path = tmp_path / "Day One.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return path


def test_a_zip_of_two_journals_gives_both_in_the_order_of_their_names(tmp_path: Path) -> None:
    work = json.dumps({"entries": [_entry(uuid="B1")]}).encode()
    home = json.dumps({"entries": [_entry(uuid="A1"), _entry(uuid="A2")]}).encode()
    path = _zip(tmp_path, {"Work.json": work, "Hjem.json": home, "photos/x.jpeg": b"x"})

    assert [e.source_id.partition(":")[0] for e in read_dayone(path)] == ["A1", "A2", "B1"]


def test_an_error_inside_a_zip_names_the_zip_and_the_journal(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"Journal.json": json.dumps({"entries": [_entry(starred=1)]}).encode()})

    with pytest.raises(ForeignFileError) as raised:
        list(read_dayone(path))

    assert str(raised.value).startswith("import: Day One.zip: Journal.json, entry 1 (")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "Day One.zip is a .zip file without a Day One journal (.json) in it"),
        (b"PK\x03\x04 not really a zip", "Day One.zip is a damaged .zip file"),
    ],
)
def test_a_zip_without_a_journal_is_refused_in_one_line(
    tmp_path: Path, content: bytes | None, words: str
) -> None:
    if content is None:
        path = _zip(tmp_path, {"photos/x.jpeg": b"x", "Notes/Journal.json": b"{}"})
    else:
        path = tmp_path / "Day One.zip"
        path.write_bytes(content)

    with pytest.raises(ForeignFileError) as raised:
        list(read_dayone(path))

    assert str(raised.value) == f"import: {words}; nothing was imported."


def test_a_json_file_of_another_app_is_not_a_day_one_export() -> None:
    with pytest.raises(ForeignFileError) as raised:
        list(read_dayone(io.BytesIO(b'{"metadata": {}}'), name="Journal.json"))

    assert str(raised.value) == (
        "import: Journal.json is not a Day One export (it has no list of entries); nothing "
        "was imported."
    )
