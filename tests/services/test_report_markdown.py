r"""Markdown reports read as the same text once rendered (markdown-it-py, CommonMark).

Every report kind in both languages is rendered by markdown-it-py in CommonMark mode
with pipe tables, and each block's rendered text is compared with what the report
means to say: its title, dates, numbers, table cells and the user's own words, which
here start or are full of what Markdown reads as markup. A stray backslash ("\20.
nov."), a list, heading, rule, quote, link, code span or HTML made of the user's text
shows up as a difference.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

import pytest
from markdown_it import MarkdownIt

from tests.services.report_data import END, START
from tests.services.report_text_data import (
    LOOKS_LIKE_MARKUP,
    REFLECTION,
    fill_with_markup,
    markup_agenda,
)
from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.markdown_text import escape, inline
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.reports.chart_table import chart_table
from wellbeing_desktop.reports.labels import made_line
from wellbeing_desktop.reports.markdown import render_markdown
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from markdown_it.token import Token
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.report_content import Report

Block = tuple[str, str]  # where (e.g. "blockquote/p", "table/td"), the rendered text
PARSER = MarkdownIt("commonmark").enable("table")
# Inline tokens that are the report's own emphasis; anything else is markup made of text.
MARKS = {"em_open": "*", "em_close": "*", "strong_open": "**", "strong_close": "**"}


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication."""


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, Language], Report]:
    """Every report kind in both languages, from one journal full of markup-like text."""
    from tests.conftest import PASSPHRASE, fixed_clock
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.services.access import JournalAccess

    folder = tmp_path_factory.mktemp("markup")
    access = JournalAccess(
        JournalPaths(folder / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal, _code = access.create(PASSPHRASE)
    try:
        fill_with_markup(journal)
        every_day = frozenset(log.day for log in journal.days(START, END) if log.reflection)
        built: dict[tuple[str, Language], Report] = {}
        for language in Language:
            built["coach", language] = build_report(
                journal, ReportKind.COACH, START, END, language, include_reflection_days=every_day
            )
            built["one-on-one", language] = build_report(
                journal, ReportKind.ONE_ON_ONE, START, END, language
            )
            built["one-on-one edited", language] = build_report(
                journal, ReportKind.ONE_ON_ONE, START, END, language, agenda=markup_agenda()
            )
            built["coach weeks", language] = build_report(  # charts per week ("uge 47")
                journal, ReportKind.COACH, date(2026, 8, 1), END, language
            )
        return built
    finally:
        journal.close()


def rendered_blocks(markdown: str) -> list[Block]:
    """Each block of text markdown-it-py makes of ``markdown``, with where it sits."""
    blocks: list[Block] = []
    stack: list[str] = []
    for token in PARSER.parse(markdown):
        if token.nesting == 1:
            stack.append(token.tag)
        elif token.nesting == -1:
            stack.pop()
        elif token.type == "inline":
            where = "/".join(t for t in stack if t not in ("table", "thead", "tbody", "tr"))
            blocks.append((where, _inline_text(token.children or [])))
        else:  # a rule, a code block, an HTML block
            blocks.append((token.type, token.content))
    return blocks


def _inline_text(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type == "text":
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type in MARKS:
            parts.append(MARKS[child.type])
        else:  # a link, image, code span or HTML: markup the text did not mean
            parts.append(f"<{child.type}:{child.content}>")
    return "".join(parts)


def _flat(text: str) -> str:
    return " ".join(text.split())


def intended_blocks(report: Report) -> list[Block]:
    """What the report means to say, block by block, as a reader should see it."""
    blocks: list[Block] = [("h1", report.title), ("p", f"**{report.subtitle}**")]
    blocks.append(("p", f"*{made_line(report)}*"))
    if report.notice:
        blocks.append(("blockquote/p", report.notice))
    for section in report.sections:
        blocks.append(("h2" if section.level <= 1 else "h3", section.heading))
        blocks += [("p", _flat(p)) for p in section.paragraphs]
        if section.chart is not None:
            header, rows = chart_table(section.chart)
            blocks.append(("p", f"*{section.chart.title}*"))
            blocks += [("th", cell) for cell in header]
            blocks += [("td", cell) for row in rows for cell in row]
        if section.facts:
            blocks += [("th", ""), ("th", "")]
            blocks += [("td", _flat(text)) for fact in section.facts for text in fact]
        if section.items:
            if section.items_intro:
                blocks.append(("p", section.items_intro))
            for i, item in enumerate(section.items):
                source = section.item_sources[i] if i < len(section.item_sources) else ""
                text = f"{_flat(item)}\n*{source}*" if source else _flat(item)
                blocks.append(("ul/li/p", text))
        for day, text in section.quotes:
            for part in text.split("\n\n"):
                lines = [_flat(line) for line in part.splitlines() if line.strip()]
                if lines:
                    blocks.append(("blockquote/p", "\n".join(lines)))
            blocks.append(("blockquote/p", f"— {fmt.long_date(day, report.language)}"))
        blocks += [("hr", "")] * section.blank_lines
    return blocks


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", ["coach", "one-on-one", "one-on-one edited", "coach weeks"])
def test_every_report_renders_as_the_text_it_means(
    reports: dict[tuple[str, Language], Report], kind: str, language: Language
) -> None:
    report = reports[kind, language]
    markdown = render_markdown(report)
    assert rendered_blocks(markdown) == intended_blocks(report)


def test_the_users_markup_like_words_are_all_in_the_reports(
    reports: dict[tuple[str, Language], Report],
) -> None:
    """The comparison above covers the user's words: each one is in a report, as text."""
    coach = rendered_blocks(render_markdown(reports["coach", Language.DANISH]))
    edited = rendered_blocks(render_markdown(reports["one-on-one edited", Language.DANISH]))
    drafted = rendered_blocks(render_markdown(reports["one-on-one", Language.ENGLISH]))
    coach_items = [block.split("\n")[0] for where, block in coach if where == "ul/li/p"]
    for text in LOOKS_LIKE_MARKUP:
        assert _flat(text) in coach_items  # an open action of the last 1:1
        assert ("ul/li/p", _flat(text)) in edited  # a point of the edited agenda
    assert any(_flat(t) in block for _w, block in drafted for t in LOOKS_LIKE_MARKUP)
    quoted = [block for where, block in coach if where == "blockquote/p"]
    assert "1. Det gik godt i dag\n2. Og i morgen?\n- en liste der ikke er en liste\n---" in quoted
    assert REFLECTION.rsplit("\n", 1)[1] in quoted
    assert "1. ondt i maven – 2 dage" in [block for _w, block in coach]


@pytest.mark.parametrize("language", list(Language))
def test_dates_and_numbers_carry_no_backslash(
    reports: dict[tuple[str, Language], Report], language: Language
) -> None:
    """Danish dates ("20. nov.") start table cells and lines: no backslash in front."""
    markdown = render_markdown(reports["coach", language])
    short = fmt.short_date(END.replace(day=20), language)
    assert f"| {short} |" in markdown
    assert f"— {fmt.long_date(END.replace(day=16), language)}" in markdown
    assert "\\" + short not in markdown
    assert not [block for _where, block in rendered_blocks(markdown) if re.search(r"\\\d", block)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("20. nov. var hård", "20\\. nov. var hård"),
        ("1) først", "1\\) først"),
        ("1234567890. ikke en liste", "1234567890. ikke en liste"),
        ("- punkt", "\\- punkt"),
        ("+ punkt", "\\+ punkt"),
        ("+5 grader", "+5 grader"),
        ("# emne", "\\# emne"),
        ("#budget", "#budget"),
        ("> svar", "\\> svar"),
        ("---", "\\---"),
        ("==", "\\=="),
        ("2,5 t & 3 %", "2,5 t & 3 %"),
        ("&amp;", "\\&amp;"),
        (
            "*a* _b_ `c` <d> [e](f) g|h ~~i~~",
            "\\*a\\* \\_b\\_ \\`c\\` \\<d> \\[e\\](f) g\\|h \\~\\~i\\~\\~",
        ),
    ],
)
def test_escaping_is_only_where_markdown_would_read_markup(text: str, written: str) -> None:
    assert escape(text) == written
    rendered = rendered_blocks(written)
    assert rendered == [("p", text)]


def test_inside_a_line_a_date_stays_as_written() -> None:
    assert inline("20. nov.") == "20. nov."
    assert inline("- 3 %") == "- 3 %"
    assert rendered_blocks("| a |\n|---|\n| " + inline("1. okt. | x") + " |") == [
        ("th", "a"),
        ("td", "1. okt. | x"),
    ]
