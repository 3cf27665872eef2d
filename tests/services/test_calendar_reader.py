"""The app's one CalendarReader: days kept while the files are unchanged, forgotten on lock."""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from wellbeing_desktop.services import calendar as calendar_service
from wellbeing_desktop.services.calendar import CalendarReader

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

DAY = date(2026, 11, 2)
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
    "DTSTART:20261102T080000Z\r\nDTEND:20261102T090000Z\r\nSUMMARY:Teammøde\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def _kept(reader: CalendarReader) -> int:
    return len(reader._kept)


def test_a_day_is_kept_until_the_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "work.ics"
    path.write_text(ICS, encoding="utf-8")
    reader = CalendarReader(ZoneInfo("Europe/Copenhagen"))
    first = reader.day([str(path)], DAY)
    assert reader.day([str(path)], DAY) is first  # kept: not parsed again
    path.write_text(ICS.replace("Teammøde", "Driftsmøde"), encoding="utf-8")
    again = reader.day([str(path)], DAY)
    assert [event.title for event in again.events] == ["Driftsmøde"]


def test_locking_while_a_large_file_is_parsed_neither_waits_nor_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """forget() runs on the GUI thread when the journal locks: it must not wait for a parse."""
    path = tmp_path / "work.ics"
    path.write_text(ICS, encoding="utf-8")
    reader = CalendarReader(ZoneInfo("Europe/Copenhagen"))
    parsing, go_on = threading.Event(), threading.Event()
    real_read_day = calendar_service.read_day  # type: ignore[attr-defined]

    def slow_read_day(*args: object) -> object:
        parsing.set()
        assert go_on.wait(10)
        return real_read_day(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(calendar_service, "read_day", slow_read_day)
    worker = threading.Thread(target=lambda: reader.day([str(path)], DAY))
    worker.start()
    assert parsing.wait(10)
    forgot = threading.Thread(target=reader.forget)
    forgot.start()
    forgot.join(2)
    assert not forgot.is_alive()  # the lock did not wait for the parse
    go_on.set()
    worker.join(10)
    assert _kept(reader) == 0  # what was read before the lock is not kept after it


def test_a_change_that_keeps_the_size_and_the_modification_time_is_read_again(
    tmp_path: Path,
) -> None:
    """A sync tool can write the same number of bytes and set the old time back."""
    import os

    path = tmp_path / "work.ics"
    path.write_text(ICS, encoding="utf-8")
    reader = CalendarReader(ZoneInfo("Europe/Copenhagen"))
    assert [e.title for e in reader.day([str(path)], DAY).events] == ["Teammøde"]
    before = path.stat()
    path.write_text(ICS.replace("Teammøde", "Stabmøde"), encoding="utf-8")  # same length
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert [e.title for e in reader.day([str(path)], DAY).events] == ["Stabmøde"]
