"""Control characters in the user's text never reach a report file (Markdown, HTML, PDF).

A reflection pasted from a terminal (ESC sequences, BEL), one with a bidi override and
one with old-Mac line ends: each control, or whole escape sequence, is one "�" in every
report, as the CLI prints it (``domain.safe_text``); a CR is a line break. The stored
text is unchanged.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.models import DayLog, Language, ShareLevel
from wellbeing_desktop.domain.safe_text import printable_text
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.reports import render_bytes, render_report_file
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.report_content import Report

START, END = date(2026, 11, 9), date(2026, 11, 22)
PASTED = "Kopieret \x1b[31mrød\x1b[0m tekst\x07 slut"
BIDI = "fil\u202egnp.exe og \x9b2J væk"
OLD_MAC = "linje et\rlinje to"
SHOWN = ("Kopieret �rød� tekst� slut", "fil�gnp.exe og � væk")
# C0 but tab and newline, DEL, C1, bidi overrides and isolates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication."""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    folder = tmp_path_factory.mktemp("controls")
    access = JournalAccess(
        JournalPaths(folder / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal, _code = access.create(PASSPHRASE)
    try:
        days = {date(2026, 11, 10): PASTED, date(2026, 11, 11): BIDI, date(2026, 11, 12): OLD_MAC}
        for day, text in days.items():
            journal.save_day(
                DayLog(
                    day=day,
                    minutes={"people_leadership": 60},
                    reflection=text,
                    share=ShareLevel.COACH,
                )
            )
        built = build_report(
            journal,
            ReportKind.COACH,
            START,
            END,
            Language.DANISH,
            include_reflection_days=frozenset(days),
        )
        stored = journal.day(date(2026, 11, 10))
        assert stored is not None
        assert stored.reflection == PASTED  # stored as typed
    finally:
        journal.close()
    return built


def test_printable_text_is_the_clis_rule_with_line_breaks_kept() -> None:
    assert printable_text(PASTED) == SHOWN[0]
    assert printable_text(BIDI) == SHOWN[1]
    assert printable_text(OLD_MAC) == "linje et\nlinje to"
    assert printable_text("a\r\nb\tc") == "a\nb\tc"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_markdown_and_html_hold_no_control_character(report: Report, fmt: str) -> None:
    text = render_bytes(report, fmt).decode("utf-8")

    assert not CONTROL.findall(text)
    for shown in SHOWN:
        assert shown in text
    assert "linje et" in text
    assert "linje to" in text
    assert "[31m" not in text


def test_the_pdf_holds_no_control_character(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "coach.pdf"
    path.touch()
    render_report_file(report, "pdf", path)

    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = " ".join(text.split())
    assert not CONTROL.findall(text.replace("\f", ""))  # pdftotext ends each page with FF
    assert "Kopieret" in words
    assert "rød" in words
    assert "[31m" not in words
    assert "gnp.exe" in words
