"""Reports: what leaves the app (and what never does), the figures, and the three formats."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import unicodedata
from datetime import date, datetime
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest

from tests.services.report_data import (
    COACH_PHRASE,
    END,
    HOSTILE,
    ONE_ON_ONE_CANARY,
    PRIVATE_CANARY,
    START,
    fill,
)
from wellbeing_desktop.cli.reading_commands import _stats_lines
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.markdown_text import escape
from wellbeing_desktop.domain.models import ExportRecord, Language
from wellbeing_desktop.reports import render_report_file
from wellbeing_desktop.reports.charts import render_chart_png
from wellbeing_desktop.reports.html import render_html
from wellbeing_desktop.reports.markdown import render_markdown
from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.services.period_figures import period_figures
from wellbeing_desktop.services.report_content import (
    JOURNAL_KINDS,
    ChartKind,
    ChartSpec,
    Report,
    ReportKind,
    Section,
)
from wellbeing_desktop.services.reports import (
    build_report,
    coach_reflection_candidates,
    export_record,
)

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.journal import Journal

ALL_DAYS = frozenset(date.fromordinal(START.toordinal() + n) for n in range(14))
FORMATS = ("md", "html", "pdf")


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication (never a bare one)."""


@pytest.fixture
def filled(journal: Journal) -> Journal:
    fill(journal)
    return journal


def pdf_text(path: Path) -> str:
    """The PDF's text as ``pdftotext`` extracts it (poppler-utils)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))


def publish(journal: Journal, report: Report, fmt: str, path: Path) -> None:
    """Write the report as the app and the CLI do: the file with its consent entry."""
    publish_and_record(
        journal,
        path,
        export_record(report, fmt, journal.now()),
        lambda temp: render_report_file(report, fmt, temp),
    )


def written(report: Report, fmt: str, folder: Path) -> tuple[str, bytes]:
    """Write the report; its text (extracted for a PDF) and its raw bytes."""
    path = folder / f"{report.kind.value}-{report.language.value}.{fmt}"
    render_report_file(report, fmt, path)
    raw = path.read_bytes()
    text = pdf_text(path) if fmt == "pdf" else raw.decode("utf-8")
    return text, raw


def flat(text: str) -> str:
    """Whitespace (line breaks in a PDF, wrapping) as single spaces."""
    return " ".join(text.split())


# --- what never leaves, and what leaves only when chosen ---------------------------------


@pytest.mark.parametrize("kind", JOURNAL_KINDS)
@pytest.mark.parametrize("language", list(Language))
def test_private_and_1_1_reflections_never_appear(
    filled: Journal, tmp_path: Path, kind: ReportKind, language: Language
) -> None:
    # Even when every day of the period is "ticked".
    report = build_report(filled, kind, START, END, language, include_reflection_days=ALL_DAYS)
    for fmt in FORMATS:
        text, raw = written(report, fmt, tmp_path)
        for canary in (PRIVATE_CANARY, ONE_ON_ONE_CANARY, "more private words", "second line"):
            assert canary not in text, (fmt, canary)
            assert canary.encode() not in raw, (fmt, canary)
        assert "secret sparring notes" not in text


def test_a_coach_reflection_appears_only_when_ticked(filled: Journal, tmp_path: Path) -> None:
    ticked = frozenset({date(2026, 11, 13)})
    (tmp_path / "chosen").mkdir()
    (tmp_path / "none").mkdir()
    chosen = build_report(
        filled, ReportKind.COACH, START, END, Language.ENGLISH, include_reflection_days=ticked
    )
    assert chosen.reflection_days == (date(2026, 11, 13),)
    for fmt in FORMATS:
        text, _raw = written(chosen, fmt, tmp_path / "chosen")
        assert COACH_PHRASE in text, fmt
        assert "13 November 2026" in text

    none = build_report(filled, ReportKind.COACH, START, END, Language.ENGLISH)
    assert none.reflection_days == ()
    for fmt in FORMATS:
        text, _raw = written(none, fmt, tmp_path / "none")
        assert COACH_PHRASE not in text, fmt


def test_a_1_1_report_never_quotes_reflections(filled: Journal) -> None:
    report = build_report(
        filled,
        ReportKind.ONE_ON_ONE,
        START,
        END,
        Language.ENGLISH,
        include_reflection_days=ALL_DAYS,
    )
    assert report.reflection_days == ()
    agenda = report.sections[0]
    # The dates of the reflections marked for the 1:1 are named; their text stays home.
    assert "My reflections marked for the 1:1 (12 Nov)." in agenda.items
    assert agenda.item_sources[
        agenda.items.index("My reflections marked for the 1:1 (12 Nov).")
    ] == ("the text stays in the app")


def test_unchosen_reflection_section_quotes_nothing(filled: Journal) -> None:
    sections = frozenset(Section) - {Section.REFLECTIONS}
    report = build_report(
        filled,
        ReportKind.COACH,
        START,
        END,
        Language.ENGLISH,
        sections=sections,
        include_reflection_days=ALL_DAYS,
    )
    assert report.reflection_days == ()
    assert report.included_sections == tuple(s for s in Section if s in sections)


def test_the_candidates_are_the_coach_days_with_text(filled: Journal) -> None:
    days = coach_reflection_candidates(filled, START, END)
    assert [d.day for d in days] == [date(2026, 11, 13), date(2026, 11, 16)]


def test_journal_text_is_escaped(filled: Journal, tmp_path: Path) -> None:
    report = build_report(
        filled,
        ReportKind.COACH,
        START,
        END,
        Language.ENGLISH,
        include_reflection_days=frozenset({date(2026, 11, 16)}),
    )
    html = render_html(report)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *bold* | pipe # hash" in html
    markdown = render_markdown(report)
    assert not re.search(r"(?<!\\)<", markdown)  # every < is backslash-escaped: inert text
    assert escape(HOSTILE) in markdown
    text, _raw = written(report, "pdf", tmp_path)
    assert '<script>alert("x")</script>' in text  # shown as the user wrote it, not run


# --- the figures are the stats figures -----------------------------------------------------


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d+(?:[.,]\d+)?", text)


@pytest.mark.parametrize("kind", JOURNAL_KINDS)
def test_the_figures_equal_the_stats_figures(filled: Journal, kind: ReportKind) -> None:
    stats = _stats_lines(period_figures(filled, START, END), default=False)
    report = build_report(filled, kind, START, END, Language.ENGLISH)
    facts = dict(next(s for s in report.sections if s.key in ("figures", "reality")).facts)

    def stats_line(label: str) -> str:
        return next(line for line in stats if line.startswith(label)).split(":", 1)[1]

    assert facts["Days logged"] == "10"
    assert (
        _numbers(facts["Leadership share"])
        == _numbers(stats_line("Leadership share"))
        == [
            "34",
            "40",
        ]
    )
    assert _numbers(facts["Hours per week"]) == _numbers(stats_line("Hours per week"))
    assert _numbers(facts["Stress step"]) == _numbers(stats_line("Stress step")) == ["2.4", "4"]
    assert _numbers(facts["Demands / resources"]) == _numbers(stats_line("Demands/resources"))
    latest = stats_line("Latest WHO-5")  # "64 on 2026-11-13"
    assert facts["Latest WHO-5"] == "64 (13 November 2026)"
    assert latest.split()[0] == "64"
    assert facts["Days per step"] == "1: 0 · 2: 7 · 3: 2 · 4: 1 · 5: 0"


def test_danish_figures_use_a_decimal_comma(filled: Journal) -> None:
    report = build_report(filled, ReportKind.COACH, START, END, Language.DANISH)
    facts = dict(report.sections[1].facts)
    assert facts == {
        "Registrerede dage": "10",
        "Ledelsesandel": "34 % (mål 40 %)",
        "Timer pr. uge": "40,0 t (norm 37 t)",
        "Stresstrin": "gennemsnit 2,4, højst 4",
        "Dage pr. trin": "1: 0 · 2: 7 · 3: 2 · 4: 1 · 5: 0",
        "Krav / ressourcer": "7,0 / 4,0",
        "Seneste WHO-5": "64 (13. november 2026)",
    }


# --- the coach summary follows GROW --------------------------------------------------------


def test_the_coach_summary_follows_grow(filled: Journal) -> None:
    report = build_report(
        filled,
        ReportKind.COACH,
        START,
        END,
        Language.DANISH,
        include_reflection_days=frozenset({date(2026, 11, 13)}),
    )
    main = [s.heading for s in report.sections if s.level == 1]
    assert main == ["Mål", "Virkelighed", "Muligheder", "Vilje – næste skridt", "Om tallene"]
    keys = [s.key for s in report.sections]
    assert keys.index("reality") < keys.index("stress") < keys.index("reflections")
    assert keys.index("reflections") < keys.index("options")
    options = next(s for s in report.sections if s.key == "options")
    assert options.items == (
        "Løst: Afskedigelse – med HR",
        "Åben: Konflikt – med egen leder",
    )
    will = next(s for s in report.sections if s.key == "will")
    assert will.items == (
        "Book protected strategy time",
        "Ask HR about the sick-leave process",
        "An older open action",
    )
    assert will.blank_lines == 3
    stress = next(s for s in report.sections if s.key == "stress")
    assert ("2 Opvarmet", "7 dage") in stress.facts
    assert stress.items == ("Søvnproblemer – 10 dage",)
    balance = next(s for s in report.sections if s.key == "demands_resources")
    assert "Krav: Tidspres og deadlines – 9 dage" in balance.items
    assert "Ressource: Sparring med egen leder – 10 dage" in balance.items


def test_sections_not_chosen_are_left_out(filled: Journal) -> None:
    report = build_report(
        filled,
        ReportKind.COACH,
        START,
        END,
        Language.ENGLISH,
        sections=frozenset({Section.TIME_SPLIT}),
    )
    keys = {s.key for s in report.sections}
    assert "time_split" in keys
    assert not keys & {"stress", "demands_resources", "who5", "reflections"}
    facts = dict(next(s for s in report.sections if s.key == "reality").facts)
    assert set(facts) == {"Days logged", "Leadership share", "Hours per week"}
    options = next(s for s in report.sections if s.key == "options")
    assert options.items == ()  # sparring topics were not chosen


def test_an_empty_period_says_so(journal: Journal) -> None:
    report = build_report(journal, ReportKind.COACH, START, END, Language.ENGLISH)
    reality = next(s for s in report.sections if s.key == "reality")
    assert reality.facts == ()
    assert reality.paragraphs == ("No days logged in this period.",)
    assert render_markdown(report).startswith("# Summary for my coach\n")


def test_a_reversed_period_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError):
        build_report(journal, ReportKind.COACH, END, START, Language.ENGLISH)


# --- the formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            Language.DANISH,
            [
                "Opsummering til min coach",
                "Periode: 9.–22. november 2026",
                "Lavet 26. november 2026 kl. 17.30",
                "Mål",
                "Virkelighed",
                "Muligheder",
                "Vilje – næste skridt",
                "Ledelsesandel 34 % (mål 40 %)",
                "Timer pr. uge 40,0 t (norm 37 t)",
                "Stresstrin gennemsnit 2,4, højst 4",
                "Krav / ressourcer 7,0 / 4,0",
                "Seneste WHO-5 64 (13. november 2026)",
                "Side 1 af",
            ],
        ),
        (
            Language.ENGLISH,
            [
                "Summary for my coach",
                "Period: 9–22 November 2026",
                "Made 26 November 2026, 17:30",
                "Goal",
                "Reality",
                "Options",
                "Will – next steps",
                "Leadership share 34% (target 40%)",
                "Hours per week 40.0 h (norm 37 h)",
                "Stress step mean 2.4, max 4",
                "Demands / resources 7.0 / 4.0",
                "Latest WHO-5 64 (13 November 2026)",
                "Page 1 of",
            ],
        ),
    ],
)
def test_the_pdf_holds_the_headings_and_numbers(
    filled: Journal, tmp_path: Path, language: Language, words: list[str]
) -> None:
    report = build_report(filled, ReportKind.COACH, START, END, language)
    path = tmp_path / "coach.pdf"
    render_report_file(report, "pdf", path)

    raw = path.read_bytes()
    assert raw.startswith(b"%PDF-")
    assert b"/FontFile2" in raw  # the fonts are embedded
    assert re.search(rb"/MediaBox \[0 0 595(?:\.0+)? 842(?:\.0+)?\]", raw)  # A4
    text = flat(pdf_text(path))
    for word in words:
        assert word in text, word
    pages = int(re.findall(r"(?:Side|Page) 1 (?:af|of) (\d+)", text)[0])
    assert pages >= 3
    last = f"Side {pages} af {pages}" if language is Language.DANISH else f"Page {pages} of {pages}"
    assert last in text


def test_the_1_1_pdf_holds_the_agenda(filled: Journal, tmp_path: Path) -> None:
    report = build_report(filled, ReportKind.ONE_ON_ONE, START, END, Language.DANISH)
    path = tmp_path / "one-on-one.pdf"
    render_report_file(report, "pdf", path)
    text = flat(pdf_text(path))
    for word in (
        "Forberedelse til min 1:1",
        "Dagsorden",
        "Book protected strategy time åben handling fra 1:1 9. nov.",
        "Tal for perioden",
        "Ledelsesandel 34 % (mål 40 %)",
    ):
        assert word in text, word
    assert text.index("Book protected strategy time") < text.index("Status:")


class _Balance(HTMLParser):
    VOID = {"meta", "br", "img", "hr", "link", "input"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


@pytest.mark.parametrize("kind", JOURNAL_KINDS)
def test_html_is_one_balanced_self_contained_file(filled: Journal, kind: ReportKind) -> None:
    report = build_report(
        filled, kind, START, END, Language.DANISH, include_reflection_days=ALL_DAYS
    )
    html = render_html(report)
    parser = _Balance()
    parser.feed(html)
    parser.close()
    assert parser.problems == []
    assert parser.stack == []
    assert html.startswith('<!DOCTYPE html>\n<html lang="da">')
    assert "script" not in parser.tags
    assert not re.search(r"(?:src|href)=\"(?!data:)", html)  # nothing is fetched
    # 1:1: time split and stress; coach: also demands/resources (one WHO-5: no chart).
    assert parser.tags.count("img") == (2 if kind is ReportKind.ONE_ON_ONE else 3)
    assert 'src="data:image/png;base64,' in html


@pytest.mark.parametrize("kind", JOURNAL_KINDS)
def test_markdown_is_well_formed(filled: Journal, kind: ReportKind) -> None:
    report = build_report(
        filled,
        kind,
        START,
        END,
        Language.ENGLISH,
        include_reflection_days=frozenset({date(2026, 11, 16)}),
    )
    markdown = render_markdown(report)
    lines = markdown.splitlines()
    assert lines[0] == f"# {report.title}"
    assert markdown.endswith("\n")
    assert not markdown.endswith("\n\n")
    headings = [line for line in lines if line.startswith("#")]
    assert all(re.match(r"#{1,3} \S", h) for h in headings)
    assert sum(h.startswith("# ") for h in headings) == 1
    # Each table: header, separator, rows with the same number of cells.
    for i, line in enumerate(lines):
        if re.fullmatch(r"\|(?:---\|)+", line):
            cells = line.count("|") - 1
            assert lines[i - 1].startswith("| ")
            j = i + 1
            while j < len(lines) and lines[j].startswith("|"):
                assert len(re.findall(r"(?<!\\)\|", lines[j])) - 1 == cells, lines[j]
                j += 1
    # Headings and lists are set off by blank lines.
    for i, line in enumerate(lines[1:], 1):
        if line.startswith("#") or (
            line.startswith("- ") and not lines[i - 1].startswith(("- ", "  "))
        ):
            assert lines[i - 1] == "", line
    assert "- Book protected strategy time\\" in lines  # and its source on the next line
    assert lines[lines.index("- Book protected strategy time\\") + 1] == (
        "  *open action from the 1:1 of 9 Nov*"
    )


def test_reports_are_written_0600_and_never_over_a_file(filled: Journal, tmp_path: Path) -> None:
    report = build_report(filled, ReportKind.COACH, START, END, Language.ENGLISH)
    for fmt in FORMATS:
        path = tmp_path / f"report.{fmt}"
        publish(filled, report, fmt, path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        before = path.read_bytes()
        with pytest.raises(FileExistsError):
            publish(filled, report, fmt, path)
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "report.html",
        "report.md",
        "report.pdf",
    ]  # no temporary files left behind


def test_a_chart_is_a_png_of_the_asked_size(filled: Journal) -> None:
    from PySide6.QtGui import QImage

    spec = ChartSpec(
        kind=ChartKind.TIME_SPLIT,
        title="t",
        granularity=Granularity.WEEK,
        summaries=tuple(filled.summaries(Granularity.WEEK, START, END)),
        target_percent=40,
    )
    png = render_chart_png(spec, 640, 240)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(png)
    assert (image.width(), image.height()) == (640, 240)


# --- the consent log -----------------------------------------------------------------------


def test_the_consent_log_records_what_left(filled: Journal) -> None:
    report = build_report(
        filled,
        ReportKind.COACH,
        START,
        END,
        Language.ENGLISH,
        sections=frozenset({Section.STRESS, Section.REFLECTIONS}),
        include_reflection_days=frozenset({date(2026, 11, 13), date(2026, 11, 11)}),
    )
    first = filled.record_export(export_record(report, "pdf", datetime(2026, 11, 26, 9, 0)))
    second = filled.record_export(
        ExportRecord(datetime(2026, 11, 26, 10, 0), "json", "json", None, None)
    )

    log = filled.export_log()

    assert log == [second, first]  # newest first
    assert first.id is not None
    assert (first.kind, first.format, first.period_start, first.period_end) == (
        "coach",
        "pdf",
        START,
        END,
    )
    assert first.sections == ("stress", "reflections")
    assert first.reflection_days == (date(2026, 11, 13),)  # the 11th is private: never left


def test_the_consent_log_refuses_nonsense(journal: Journal) -> None:
    made = datetime(2026, 11, 26, 9, 0)
    with pytest.raises(ValidationError):
        journal.record_export(ExportRecord(made, "diary", "pdf", None, None))
    with pytest.raises(ValidationError):
        journal.record_export(ExportRecord(made, "coach", "docx", None, None))
    with pytest.raises(ValidationError):
        journal.record_export(ExportRecord(made, "coach", "pdf", END, START))
    assert journal.export_log() == []


def test_the_leader_groups_report_is_not_made_from_a_journal(filled: Journal) -> None:
    """It is made from a group picture (services/pulse_report.py), never from one journal."""
    with pytest.raises(ValueError, match="leader-group"):
        build_report(filled, ReportKind.LEADER_GROUP, START, END, Language.DANISH)
