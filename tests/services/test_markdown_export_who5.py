"""Issue #19 (GUI attack finding 4): the Markdown export holds the WHO-5 check-ins too.

``WHO-5.md`` in the folder: each check-in's date, score (as the app shows it) and five
answers, the source and the "reflection, not diagnosis" words; read by a CommonMark
renderer as a user's Markdown tool would. The read-me says what comes back in an import.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt

from wellbeing_desktop.domain.models import DayLog, Language, Who5CheckIn
from wellbeing_desktop.services.markdown_export import export_markdown

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

CMARK = MarkdownIt("commonmark")


def _language(journal: Journal, language: Language) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every heading, paragraph and list item as rendered, in order."""
    found, kind = [], ""
    for token in CMARK.parse(text):
        if token.type in ("heading_open", "paragraph_open", "list_item_open"):
            kind = kind or token.tag
        elif token.type == "inline":
            found.append((kind, token.content))
            kind = ""
    return found


def test_the_who5_page_holds_every_check_in_with_its_source(
    journal: Journal, tmp_path: Path
) -> None:
    _language(journal, Language.DANISH)
    journal.record_who5(Who5CheckIn(taken_on=date(2026, 11, 2), answers=(4, 3, 3, 2, 4)))
    journal.record_who5(Who5CheckIn(taken_on=date(2026, 10, 19), answers=(0, 1, 2, 5, 1)))
    result = export_markdown(journal, tmp_path / "eksport")

    assert result.who5 == 2
    text = (tmp_path / "eksport" / "WHO-5.md").read_text(encoding="utf-8")
    shown = _tokens(text)
    assert shown[0] == ("h1", "WHO-5 Trivselsindeks")
    assert "ikke en diagnose" in shown[1][1]
    headings = [words for kind, words in shown if kind == "h2"]
    assert headings == ["19. oktober 2026", "2. november 2026", "Kilder"]
    assert ("p", "Score: 64 af 100") in shown  # (4+3+3+2+4) × 4, as the app shows it
    html = CMARK.render(text)
    assert html.count("<ol>") == 2  # the five answers of each check-in, numbered
    assert (
        "<li>I de sidste 2 uger har jeg været glad og i godt humør: 4 (Det meste af tiden)" in html
    )
    assert "<li>I de sidste 2 uger er jeg vågnet frisk og udhvilet: 5 (Hele tiden)" in html
    assert "Topp, C. W., Østergaard, S. D., Søndergaard, S. &amp; Bech, P. (2015)" in html
    assert "Psykiatrisk Forskningsenhed" in html
    assert shown[-1][1].startswith(
        "Lederpuls er til din egen refleksion. Den stiller ingen diagnose"
    )


def test_no_check_ins_says_so_and_the_readme_tells_what_comes_back(
    journal: Journal, tmp_path: Path
) -> None:
    _language(journal, Language.ENGLISH)
    journal.save_day(DayLog(day=date(2026, 11, 2), reflection="A day."))
    result = export_markdown(journal, tmp_path / "export")

    assert result.who5 == 0
    page = (tmp_path / "export" / "WHO-5.md").read_text(encoding="utf-8")
    assert ("p", "No WHO-5 check-ins in the period.") in _tokens(page)
    readme = _tokens((tmp_path / "export" / "README.md").read_text(encoding="utf-8"))
    assert (
        "li",
        "**WHO-5.md**: your WHO-5 check-ins: the date, the five answers and the score, with "
        "the source.",
    ) in readme
    assert (
        "p",
        "Leader Pulse can read the days back in with their reflections and figures (import "
        "the folder). The 1:1s, sparring and WHO-5 are for reading and are not imported; a "
        "JSON export moves a whole journal.",
    ) in readme
