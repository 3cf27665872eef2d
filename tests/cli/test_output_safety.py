"""What the commands print is safe to print.

No terminal control from a note reaches the terminal or a pipe, and a reader that stops
early (``… | head -1``) gets no error.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import TIMEOUT, Journal, assert_ok, cli_env
from wellbeing_desktop.cli.safe_text import printable
from wellbeing_desktop.domain.models import DayLog, JournalContent
from wellbeing_desktop.services import interchange

if TYPE_CHECKING:
    from pathlib import Path

DAY = "2025-05-06"
# Red text, a screen clear, a window title, a hidden link, a carriage return that would
# overwrite the line, a C1 CSI, a bell and a right-to-left override.
TRICKS = (
    "Kæmpe\x1b[31mRØD\x1b[0m dag \x1b[2J\x1b]0;owned\x07 "
    "\x1b]8;;http://example.invalid\x1b\\link\x1b]8;;\x1b\\ ok\rX \x9b2J \x07 "
    "\u202eexe.fdp canary"
)
CONTROL = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]
BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


def _assert_clean(text: str) -> None:
    for ch in (*CONTROL, *BIDI):
        assert ch not in text, (hex(ord(ch)), text)


def test_printable_replaces_each_sequence_and_control_by_one_mark() -> None:
    assert printable("a\x1b[31mred\x1b[0m b") == "a\ufffdred\ufffd b"
    assert printable("x\x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\ y") == "x\ufffdlink\ufffd y"
    assert printable("over\rwrite \x85 \x9b2J \u202eabc \u2067") == (
        "over\ufffdwrite \ufffd \ufffd \ufffdabc \ufffd"
    )
    assert printable("tab\tand\nnewline kept; æøå – … ok") == "tab\tand\nnewline kept; æøå – … ok"
    _assert_clean(printable("".join(CONTROL + BIDI)))


def test_show_and_search_print_no_terminal_control_from_a_note(journal: Journal) -> None:
    assert_ok(journal.run("log", "--date", DAY, "--stress", "2", "--note", TRICKS))

    shown = assert_ok(journal.run("show")).stdout
    found = assert_ok(journal.run("search", "canary")).stdout

    for output in (shown, found):
        _assert_clean(output)
        assert "\ufffd" in output
    assert "Kæmpe\ufffdRØD\ufffd dag" in shown
    assert "canary" in found


def test_calendar_titles_are_printed_without_their_controls(
    journal: Journal, tmp_path: Path
) -> None:
    calendar = tmp_path / "tricks.ics"
    calendar.write_text(
        "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//test//EN",
                "BEGIN:VEVENT",
                "UID:1@test",
                "DTSTART:20250506T080000Z",
                "DTEND:20250506T090000Z",
                "SUMMARY:Møde \x1b[2J\x1b]0;title\x07 \u202eslut",
                "END:VEVENT",
                "END:VCALENDAR",
                "",
            ]
        ),
        encoding="utf-8",
    )

    result = assert_ok(journal.run("calendar", "show", calendar, "--date", DAY))

    _assert_clean(result.stdout + result.stderr)
    assert "Møde \ufffd\ufffd \ufffdslut" in result.stdout


# --- a reader that stops early -----------------------------------------------------------


def _popen(journal: Journal, *args: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "wellbeing_desktop", *args]
    command += [
        "--data-dir",
        str(journal.data_dir),
        "--passphrase-file",
        str(journal.passphrase_file),
    ]
    env = cli_env(None)
    env.pop("PYTHONUNBUFFERED", None)  # buffered, as for a user: the last flush is at the end
    return subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def _fill(journal: Journal, tmp_path: Path, days: int) -> None:
    """``days`` days, each with a long reflection holding "canary": well past a pipe's 64 KiB."""
    first = date(2020, 1, 1)
    content = JournalContent(
        days=tuple(
            DayLog(
                day=first + timedelta(days=n),
                minutes={"operations": 300},
                stress_step=2,
                reflection=f"Dag {n}: canary " + "en lang refleksion " * 20,
            )
            for n in range(days)
        )
    )
    path = tmp_path / "content.json"
    path.write_text(interchange.content_to_json(content), encoding="utf-8")
    assert_ok(journal.run("import", path))


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["show"], id="show"),
        pytest.param(["search", "canary"], id="search"),
        pytest.param(["items"], id="items"),
    ],
)
def test_a_reader_that_stops_after_one_line_gets_no_error(
    journal: Journal, tmp_path: Path, args: list[str]
) -> None:
    """`show | head -1` said "cannot use: Broken pipe" and exited 1."""
    _fill(journal, tmp_path, 700)
    with _popen(journal, *args) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # what `head -1` does after its line
        stderr = process.stderr.read().decode("utf-8")
        code = process.wait(timeout=TIMEOUT)
    assert first.strip()
    assert stderr == ""
    assert code in (0, 141)  # all of it may have fit in the pipe before it closed


def test_a_reader_gone_before_the_last_flush_gets_no_error(journal: Journal) -> None:
    """The reader is gone before the (short) output is written: no line at the exit flush."""
    assert_ok(journal.run("log", "--date", DAY, "--stress", "2", "--note", "canary"))
    with _popen(journal, "show") as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()  # `… | true`: the reader never reads
        stderr = process.stderr.read().decode("utf-8")
        code = process.wait(timeout=TIMEOUT)
    assert stderr == ""
    assert code == 141


def test_json_of_the_calendar_stays_json(journal: Journal, tmp_path: Path) -> None:
    calendar = tmp_path / "one.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:1@t\r\n"
        "DTSTART:20250506T080000Z\r\nDTEND:20250506T090000Z\r\nSUMMARY:A\x1b[1mB\u202eC\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )

    result = assert_ok(journal.run("calendar", "show", calendar, "--date", DAY, "--json"))

    _assert_clean(result.stdout)
    json.loads(result.stdout)
