"""``report`` in Danish from the real command line: the Markdown and HTML read right.

A Danish coach summary puts dates at the start of table cells ("20. mar.") and a
reflection that starts with "1.": rendered with markdown-it-py (CommonMark), neither gets
a stray backslash, and the reflection stays one paragraph of text, not a list. The HTML
says it is Danish and words each chart's figures in its image's text.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt

from tests.cli.cli_support import Journal, assert_ok
from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.models import Language

if TYPE_CHECKING:
    from pathlib import Path

PERIOD = ("--from", "2025-03-03", "--to", "2025-03-21")
REFLECTION = "1. Det gik godt. 20. mar. blev en god dag"
FIRST, LAST = (fmt.short_date(date(2025, 3, d), Language.DANISH) for d in (3, 20))  # 3. mar.


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.alts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "img":
            self.alts.append(values.get("alt") or "")


def _log(journal: Journal) -> None:
    for day, note in (("2025-03-03", ""), ("2025-03-20", REFLECTION)):
        args = ["log", "--date", day, "--operations", "4h", "--leadership", "2h", "--stress", "2"]
        args += ["--demands", "6", "--resources", "5"]
        if note:
            args += ["--note", note, "--share", "coach"]
        assert_ok(journal.run(*args))


def test_a_danish_coach_summary_renders_without_stray_backslashes(
    journal: Journal, tmp_path: Path
) -> None:
    _log(journal)
    out = tmp_path / "coach.md"
    assert_ok(
        journal.run(
            "report", "--kind", "coach", *PERIOD, "--language", "da",
            "--include-coach-reflections", "--format", "md", "--out", out,
        )
    )  # fmt: skip
    tokens = MarkdownIt("commonmark").enable("table").parse(out.read_text(encoding="utf-8"))
    texts = [t.content for t in tokens if t.type == "inline"]
    html = MarkdownIt("commonmark").enable("table").render(out.read_text(encoding="utf-8"))
    assert LAST in texts  # a table cell, as written
    assert FIRST in texts
    assert REFLECTION in [
        child.content
        for t in tokens
        if t.type == "inline"
        for child in (t.children or [])
        if child.type == "text"
    ]
    assert "<ol" not in html  # the reflection's "1." made no list
    assert not re.search(r"\\\d", html)


def test_a_danish_html_report_says_its_language_and_its_figures(
    journal: Journal, tmp_path: Path
) -> None:
    _log(journal)
    out = tmp_path / "prep.html"
    assert_ok(
        journal.run(
            "report", "--kind", "one-on-one", *PERIOD, "--language", "da",
            "--format", "html", "--out", out,
        )
    )  # fmt: skip
    page = _Images()
    page.feed(out.read_text(encoding="utf-8"))
    assert page.lang == "da"
    assert len(page.alts) == 2  # the time split and the stress staircase
    assert page.alts[0].startswith("Ledelsesandel pr. dag, 2 af 19 dage med data: ")
    assert "senest" in page.alts[0]
    assert f"({LAST})" in page.alts[0]
    assert '<th scope="col">Periode</th>' in out.read_text(encoding="utf-8")
