"""The coach summary lists each WHO-5 check-in once: in the chart's table (issue #17).

The tester's PDF printed the scores twice: in the table under the chart ("WHO-5 i
perioden") and again as a list without a heading under it. Checked as a reader gets the
files: ``pdftotext`` for the PDF, the Markdown's table rows, the HTML's table cells.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from html import unescape
from typing import TYPE_CHECKING

import pytest

from tests.services.report_data import END, START, day
from tests.services.test_coach_words import answers
from wellbeing_desktop.domain.models import Language, Who5CheckIn
from wellbeing_desktop.reports import render_bytes, render_report_file
from wellbeing_desktop.services.report_content import ReportKind, Section
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.journal import Journal

# Three check-ins in the period (the tester's scores), and one before it.
CHECKINS = ((date(2026, 11, 10), 60), (date(2026, 11, 16), 72), (date(2026, 11, 20), 20))
DATES = {
    Language.DANISH: ("10. november 2026", "16. november 2026", "20. november 2026"),
    Language.ENGLISH: ("10 November 2026", "16 November 2026", "20 November 2026"),
}


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication."""


def fill_who5(journal: Journal) -> None:
    for n in range(5):
        journal.save_day(day(n))
    journal.record_who5(Who5CheckIn(date(2026, 10, 30), answers(44)))
    for taken_on, score in CHECKINS:
        journal.record_who5(Who5CheckIn(taken_on, answers(score)))


@pytest.mark.parametrize("language", list(Language))
def test_each_who5_score_is_listed_once(
    journal: Journal, tmp_path: Path, language: Language
) -> None:
    fill_who5(journal)
    report = build_report(journal, ReportKind.COACH, START, END, language)
    who5 = next(s for s in report.sections if s.key == Section.WHO5.value)
    assert who5.chart is not None
    assert who5.facts == ()  # the chart's table lists them
    rows = [(d, str(score)) for d, (_day, score) in zip(DATES[language], CHECKINS, strict=True)]

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (poppler-utils)")
    path = tmp_path / "coach.pdf"
    path.touch(mode=0o600)
    render_report_file(report, "pdf", path)
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.decode("utf-8")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    title = "WHO-5 i perioden (0–100)" if language is Language.DANISH else "WHO-5 in the period"
    assert any(line.startswith(title) for line in lines)
    for when, score in rows:
        # A row of the table: the date and the score alone on a line, exactly once.
        assert lines.count(f"{when} {score}") == 1, (when, score)

    markdown = render_bytes(report, "md").decode("utf-8")
    for when, score in rows:
        row = re.compile(rf"^\|\s*{re.escape(when)}\s*\|\s*{score}\s*\|$", re.MULTILINE)
        assert len(row.findall(markdown)) == 1, (when, score)

    html = render_bytes(report, "html").decode("utf-8")
    cells = [unescape(c) for c in re.findall(r"<t[hd][^>]*>([^<]*)</t[hd]>", html)]
    for when, score in rows:
        pairs = sum(1 for a, b in zip(cells, cells[1:], strict=False) if (a, b) == (when, score))
        assert pairs == 1, (when, score)


def test_one_check_in_without_a_chart_is_still_listed(journal: Journal) -> None:
    journal.save_day(day(0))
    journal.record_who5(Who5CheckIn(date(2026, 11, 13), answers(64)))
    report = build_report(journal, ReportKind.COACH, START, END, Language.DANISH)
    who5 = next(s for s in report.sections if s.key == Section.WHO5.value)
    assert who5.chart is None
    assert who5.facts == (("13. november 2026", "64"),)
