"""PDF reports as third-party tools read them: qpdf, pdfinfo and pdftotext (poppler-utils).

Every report kind in both languages: the file is sound, its properties (title, author,
subject, keywords, language, outline) are set, and its text is there once, in order,
inside the page. A long made-up report checks the page breaks: no line twice, none cut.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtGui import QPageLayout

from tests.services.report_data import START, fill
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.reports import render_report_file
from wellbeing_desktop.reports.chart_table import chart_table
from wellbeing_desktop.reports.labels import (
    app_name,
    app_name_in,
    document_keywords,
    document_subject,
    page_footer,
)
from wellbeing_desktop.reports.pdf import body_box
from wellbeing_desktop.reports.pdf_info import require_whole
from wellbeing_desktop.services.report_content import (
    JOURNAL_KINDS,
    Report,
    ReportKind,
    ReportSection,
)
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.journal import Journal

END = date(2026, 11, 22)
ALL_DAYS = frozenset(date.fromordinal(START.toordinal() + n) for n in range(14))
ONCE_FROM = 25  # characters: a shorter piece ("Tid") may well be part of another
TOLERANCE = 2.0  # points: a glyph's box may reach a little beyond its line


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication."""


def run(*command: str) -> str:
    """A poppler/qpdf tool's output; the test is skipped where the tool is missing."""
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (poppler-utils, qpdf)")
    result = subprocess.run(command, capture_output=True, check=True, timeout=60)
    return unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))


def flat(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Word:
    page: int  # 1 = the title page
    text: str
    x_max: float
    y_min: float
    y_max: float


def words(path: Path) -> list[Word]:
    """Every word ``pdftotext -bbox`` finds, with its page and box (points from top left)."""
    found: list[Word] = []
    page = 0
    for line in run("pdftotext", "-bbox", str(path), "-").splitlines():
        if "<page " in line:
            page += 1
        match = re.search(
            r'xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', line
        )
        if match is None:
            continue
        y_min, x_max, y_max, text = match.groups()
        found.append(Word(page, text, float(x_max), float(y_min), float(y_max)))
    return found


def assert_inside_the_page(path: Path, report: Report, pages: int) -> None:
    """No word outside the body (a cut or hidden line): only the footer lies below it."""
    box = body_box()
    footer = flat(f"{app_name(report)} · {report.title} {page_footer(report, 1, pages)}")
    for word in words(path):
        assert word.x_max <= box.right() + TOLERANCE, word
        assert word.y_min >= box.top() - TOLERANCE, word
        if word.y_max > box.bottom() + TOLERANCE:
            # The footer's words, well below the body: never a line cut by the page.
            assert word.y_min > box.bottom() + TOLERANCE, word
            assert word.text in footer or re.fullmatch(r"\d+", word.text), word


def page_texts(path: Path) -> list[str]:
    """The text of each page (``pdftotext`` ends each with a form feed)."""
    return run("pdftotext", "-enc", "UTF-8", str(path), "-").split("\f")[:-1]


def catalog_and_outline(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The catalog dictionary and the outline, as ``qpdf --json`` gives them."""
    data = json.loads(run("qpdf", "--json", "--json-key=qpdf", "--json-key=outlines", str(path)))
    objects = data["qpdf"][1]
    root = objects["trailer"]["value"]["/Root"]
    return objects[f"obj:{root}"]["value"], data["outlines"]


def pdfinfo(path: Path) -> dict[str, str]:
    lines = run("pdfinfo", "-enc", "UTF-8", str(path)).splitlines()
    return {key: value.strip() for key, _, value in (line.partition(":") for line in lines)}


@pytest.fixture(scope="module")
def reports(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[ReportKind, Language], tuple[Report, Path]]:
    """Every kind in both languages, every section and reflection chosen, as PDF files."""
    from tests.conftest import PASSPHRASE, fixed_clock
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.services.access import JournalAccess

    folder = tmp_path_factory.mktemp("pdf")
    access = JournalAccess(
        JournalPaths(folder / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal: Journal
    journal, _code = access.create(PASSPHRASE)
    try:
        fill(journal)
        made: dict[tuple[ReportKind, Language], tuple[Report, Path]] = {}
        for kind in JOURNAL_KINDS:
            for language in Language:
                report = build_report(
                    journal, kind, START, END, language, include_reflection_days=ALL_DAYS
                )
                path = folder / f"{kind.value}-{language.value}.pdf"
                render_report_file(report, "pdf", path)
                made[kind, language] = (report, path)
        return made
    finally:
        journal.close()


CASES = [(kind, language) for kind in JOURNAL_KINDS for language in Language]


@pytest.mark.parametrize(("kind", "language"), CASES)
def test_qpdf_finds_the_file_sound(
    reports: dict[tuple[ReportKind, Language], tuple[Report, Path]],
    kind: ReportKind,
    language: Language,
) -> None:
    _report, path = reports[kind, language]
    assert "No syntax or stream encoding errors found" in run("qpdf", "--check", str(path))


@pytest.mark.parametrize(("kind", "language"), CASES)
def test_the_properties_say_what_the_file_is(
    reports: dict[tuple[ReportKind, Language], tuple[Report, Path]],
    kind: ReportKind,
    language: Language,
) -> None:
    report, path = reports[kind, language]
    info = pdfinfo(path)
    assert info["Title"] == f"{report.title} – {report.subtitle}"
    assert info["Author"] == app_name(report)  # the app: it knows no one's name
    assert info["Creator"] == app_name(report)
    assert info["Subject"] == document_subject(report)
    assert info["Keywords"] == document_keywords(report)
    assert info["PDF version"] == "1.4"
    assert info["Page size"].startswith("595 x 842 pts")
    pages = int(info["Pages"])
    assert pages >= 2
    assert flat(page_footer(report, pages, pages)) in flat(page_texts(path)[-1])

    catalog, outline = catalog_and_outline(path)
    assert catalog["/Lang"] == f"u:{language.value}"
    assert catalog["/PageMode"] == "/UseOutlines"
    top = [s for s in report.sections if s.level <= 1]
    assert [entry["title"] for entry in outline] == [s.heading for s in top]
    texts = page_texts(path)
    for entry in outline:
        for item in (entry, *entry["kids"]):
            # The bookmark leads to the page the heading is on (not the title page).
            page = item["destpageposfrom1"]
            assert page >= 2
            assert flat(item["title"]) in flat(texts[page - 1]), item
    subheadings = [kid["title"] for entry in outline for kid in entry["kids"]]
    assert subheadings == [s.heading for s in report.sections if s.level > 1]


def _in_order_once(text: str, pieces: list[str], repeated: set[str]) -> None:
    """Each piece after the one before, and as often as the report has it.

    Short pieces ("Tid") may be part of other text, and a table's header is repeated at
    the top of a page the table runs on to: for them only the order is checked.
    """
    at = 0
    whole = [flat(piece) for piece in pieces]
    for piece in whole:
        if len(piece) >= ONCE_FROM and piece not in repeated:
            assert text.count(piece) == sum(p.count(piece) for p in whole), piece
        found = text.find(piece, at)
        assert found >= 0, f"{piece!r} is not after what comes before it"
        at = found + len(piece)


@pytest.mark.parametrize(("kind", "language"), CASES)
def test_the_text_is_there_once_in_order_and_inside_the_page(
    reports: dict[tuple[ReportKind, Language], tuple[Report, Path]],
    kind: ReportKind,
    language: Language,
) -> None:
    report, path = reports[kind, language]
    texts = page_texts(path)
    footers = [flat(page_footer(report, n, len(texts))) for n in range(1, len(texts) + 1)]
    title = flat(f"{app_name(report)} · {report.title}")
    # A paragraph may run on over a page break: the footer and running title between its
    # halves go, and the halves join with one space.
    body = flat(
        " ".join(
            flat(t).replace(f, " ").replace(title, " ")
            for t, f in zip(texts[1:], footers[1:], strict=True)
        )
    )
    pieces: list[str] = []
    headers: set[str] = set()  # repeated at the top of a page a table runs on to
    for section in report.sections:
        pieces.append(section.heading)
        pieces += section.paragraphs
        if section.chart is not None:
            header, rows = chart_table(section.chart)
            pieces.append(section.chart.title)
            pieces.append(" ".join(header))
            headers.add(" ".join(header))
            # Rows repeat ("– –" on days without a log): each must follow the one before.
            pieces += [" ".join(row) for row in rows if body.count(" ".join(row)) == 1]
        pieces += [f"{label} {value}" for label, value in section.facts]
        pieces += list(section.items)
    _in_order_once(body, pieces, headers)
    if report.kind is ReportKind.COACH:
        assert any(s.chart is not None for s in report.sections)
    assert_inside_the_page(path, report, len(texts))


def long_report() -> Report:
    """Six sections of long paragraphs, quotes, tables and lists: many page breaks."""
    sections = []
    for s in range(6):
        paragraphs = tuple(
            f"Paragraph {s}-{i} " + " ".join(f"w{s}x{i}x{k}" for k in range(70)) for i in range(4)
        )
        quotes = tuple(
            (
                date(2026, 1 + s, 1 + i),
                "\n".join(f"Quote line {s}-{i}-{j} with a few more words" for j in range(9)),
            )
            for i in range(3)
        )
        sections.append(
            ReportSection(
                key="x",
                heading=f"Heading {s}",
                paragraphs=paragraphs,
                quotes=quotes,
                facts=tuple((f"Label {s}-{k}", f"value {s}-{k}") for k in range(8)),
                items=tuple(
                    f"Item {s}-{k} " + " ".join(f"i{s}x{k}x{n}" for n in range(k * 9))
                    for k in range(8)
                ),
            )
        )
    return Report(
        kind=ReportKind.COACH,
        language=Language.ENGLISH,
        title="A long report",
        subtitle="2026",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        made_at=datetime(2026, 12, 31, 17, 30),
        sections=tuple(sections),
    )


def test_a_line_at_a_page_break_is_there_once_and_whole(tmp_path: Path) -> None:
    report = long_report()
    path = tmp_path / "long.pdf"
    render_report_file(report, "pdf", path)
    pages = int(pdfinfo(path)["Pages"])
    assert pages >= 8
    # The body's lines, as laid out on the pages (the title page lists the headings).
    text = run("pdftotext", "-layout", "-f", "2", "-enc", "UTF-8", str(path), "-")
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith(app_name(report))]
    assert len(lines) > 400
    twice = sorted({line for line in lines if lines.count(line) > 1})
    assert twice == []
    # ... and in order: each paragraph's words run on from page to page.
    words_in_order = flat(" ".join(lines)).split()
    for s in range(6):
        for i in range(4):
            numbers = [int(w.split("x")[2]) for w in words_in_order if w.startswith(f"w{s}x{i}x")]
            assert numbers == list(range(70)), (s, i)
    assert_inside_the_page(path, report, pages)


# --- the 1:1 agenda printed to a PDF file (the 1:1 view's "Print…", "Print to file") --------


@pytest.mark.parametrize("language", list(Language))
def test_a_printed_1_1_agenda_is_whole_once_and_says_what_it_is(
    journal: Journal, tmp_path: Path, language: Language
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from wellbeing_desktop.domain.models import ActionItem, OneOnOne
    from wellbeing_desktop.reports.labels import PRINTED_AGENDA, kind_keywords, kind_subject
    from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem
    from wellbeing_desktop.ui.one_on_one.one_on_one_printing import (
        print_to_file,
        print_words,
        shareable_document,
    )

    meeting = OneOnOne(
        held_on=date(2026, 11, 24),
        with_whom="Mette",
        notes="\n".join(f"Note {i} " + " ".join(f"n{i}x{k}" for k in range(40)) for i in range(30)),
        actions=tuple(ActionItem(f"Action {i} to follow up", done=i % 2 == 0) for i in range(12)),
    )
    journal.save_one_on_one(meeting)
    items = [
        AgendaDraftItem(f"Point {i} " + " ".join(f"p{i}x{k}" for k in range(25)), f"source {i}")
        for i in range(25)
    ]
    document = shareable_document(journal, meeting, items, START, END, language)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    path, _record = print_to_file(journal, document, printer, (START, END), language)
    assert path == target

    assert "No syntax or stream encoding errors found" in run("qpdf", "--check", str(path))
    info = pdfinfo(path)
    words_ = print_words(meeting.held_on, START, END, language)
    assert info["Title"] == words_.title.format(who="Mette")
    assert info["Subject"] == kind_subject(PRINTED_AGENDA, language, START, END)
    assert info["Keywords"] == kind_keywords(PRINTED_AGENDA, language)
    assert info["Author"] == info["Creator"] == app_name_in(language)
    pages = int(info["Pages"])
    assert pages >= 3
    catalog, outline = catalog_and_outline(path)
    assert catalog["/Lang"] == f"u:{language.value}"
    assert [entry["title"] for entry in outline] == [words_.agenda, words_.notes, words_.actions]
    texts = page_texts(path)
    for entry in outline:
        assert flat(entry["title"]) in flat(texts[entry["destpageposfrom1"] - 1])

    body = flat(" ".join(re.sub(r"\n\d+\n*$", "\n", t) for t in texts))  # no page numbers
    pieces = [item.text for item in items] + meeting.notes.split("\n")
    pieces += [action.text for action in meeting.actions]
    _in_order_once(body, pieces, set())
    # Nothing drawn outside the 2 cm margins but the page numbers under the text.
    area = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    margin = 2 / 2.54 * 72
    for word in words(path):
        assert word.y_min >= area.top() + margin - TOLERANCE, word
        assert word.x_max <= area.right() - margin + TOLERANCE, word
        if word.y_max > area.bottom() - margin + TOLERANCE:
            assert re.fullmatch(r"\d+", word.text), word
            assert word.y_min > area.bottom() - margin, word


def test_a_pdf_cut_short_is_never_taken_for_the_report(
    reports: dict[tuple[ReportKind, Language], tuple[Report, Path]], tmp_path: Path
) -> None:
    # QPdfWriter reports no failed write: on a full disk it leaves a file cut short, which
    # was kept (and listed as shared) as if it were the report.
    _report, whole = reports[CASES[0]]
    require_whole(whole)  # a whole one passes
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(OSError, match="No space|Input/output"):
        require_whole(cut)
