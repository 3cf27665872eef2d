"""Output piped into a reader that stops early (``… | head``) ends quietly."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from tests.cli.cli_support import TIMEOUT, cli_env

if TYPE_CHECKING:
    from pathlib import Path

    from tests.cli.cli_support import Journal


def _many_events(path: Path) -> None:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for n in range(1500):  # well past a 64 KiB pipe buffer of output
        lines += [
            "BEGIN:VEVENT",
            f"UID:{n}@test",
            "DTSTART:20250602T080000Z",
            "DTEND:20250602T090000Z",
            f"SUMMARY:Møde {n}",
            "END:VEVENT",
        ]
    path.write_text("\r\n".join([*lines, "END:VCALENDAR", ""]), encoding="utf-8")


def test_a_reader_that_stops_early_gets_no_error_line(journal: Journal, tmp_path: Path) -> None:
    """`calendar show … | head -1`: the first line, then silence (it said "Broken pipe")."""
    calendar = tmp_path / "many.ics"
    _many_events(calendar)
    command = [sys.executable, "-m", "wellbeing_desktop", "calendar", "show", str(calendar)]
    command += ["--date", "2025-06-02", "--data-dir", str(journal.data_dir)]
    command += ["--passphrase-file", str(journal.passphrase_file)]
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(None),
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # what `head -1` does after its line
        stderr = process.stderr.read().decode("utf-8")
        code = process.wait(timeout=TIMEOUT)
    assert first.decode("utf-8").startswith("Calendar for 2025-06-02")
    assert stderr == ""
    assert code == 141
