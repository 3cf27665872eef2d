"""Settings' check of a file chosen as a calendar: only its beginning is read (#16)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services.calendar_file import check_calendar_file

if TYPE_CHECKING:
    from pathlib import Path


def test_an_export_with_a_byte_order_mark_and_blank_lines_is_taken(tmp_path: Path) -> None:
    export = tmp_path / "outlook.ics"
    export.write_bytes(b"\xef\xbb\xbf\r\n\r\nbegin:VCALENDAR\r\nVERSION:2.0\r\n" + b"X" * 10**6)
    check_calendar_file(str(export))  # no error


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("notes.ics", b"Meeting notes\n", "is not an iCalendar file (.ics)"),
        ("contacts.vcf", b"BEGIN:VCARD\r\n", "is not an iCalendar file (.ics)"),
        ("empty.ics", b"", "is not an iCalendar file (.ics)"),
    ],
)
def test_another_kind_of_file_is_refused_in_one_line(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(WellbeingError) as refused:
        check_calendar_file(str(path))
    assert str(refused.value) == f"calendar: {path} {words}; nothing was read from it"


def test_a_folder_a_missing_file_and_a_web_address_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WellbeingError, match="is a folder, not a calendar file"):
        check_calendar_file(str(tmp_path))
    with pytest.raises(WellbeingError, match="there is no file at"):
        check_calendar_file(str(tmp_path / "gone.ics"))
    with pytest.raises(WellbeingError, match="export the calendar as an .ics file"):
        check_calendar_file("webcal://p01-calendars.icloud.com/published/2/abc")
