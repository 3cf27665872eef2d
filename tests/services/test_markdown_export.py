"""The Markdown export's files: what a user (or another Markdown tool) finds in the folder.

The front matter is read back with a real YAML parser (PyYAML, as a script would), the
body compared byte for byte, and the pages rendered by a CommonMark renderer
(markdown-it-py), as Obsidian, Typora or GitHub would show them.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from datetime import date
from typing import TYPE_CHECKING

import pytest
import yaml
from markdown_it import MarkdownIt

from tests.conftest import FIXED_NOW, PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.models import (
    ActionItem,
    ActivityKind,
    Category,
    DayLog,
    Language,
    OneOnOne,
    ShareLevel,
    SparringTopic,
    TopicStatus,
)
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services import interchange
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.markdown_export import export_markdown

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

FULL_DAY = date(2026, 11, 20)
FULL_TEXT = "Budgetmødet gik godt 😀 – æøå ÆØÅ.\n\nI morgen: *drift* og #team.\n"
FIGURES_ONLY = date(2026, 11, 21)
RULE_FIRST = date(2026, 11, 22)
RULE_TEXT = "---\nEn linje efter en streg.\n---\nOg én til."
HEADING_FIRST = date(2026, 11, 23)
HEADING_TEXT = "# Overskrift\n\nTekst under overskriften.  \n\n"
TAGS_ONLY = date(2026, 11, 24)
EMPTY_DAY = date(2026, 11, 25)
CMARK = MarkdownIt("commonmark")


def set_language(journal: Journal, language: Language) -> Journal:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    return journal


@pytest.fixture
def filled(journal: Journal) -> Journal:
    """A Danish journal with every kind of day, a 1:1 and two sparring topics."""
    set_language(journal, Language.DANISH)
    own = journal.add_own_signal("Ondt i maven")
    journal.save_day(
        DayLog(
            day=FULL_DAY,
            minutes={"people_leadership": 90, "operations": 240},
            hours_worked_minutes=450,
            stress_step=2,
            signals=("sig-sleep", own.key),
            demands=7,
            resources=4,
            demand_items=("d2",),
            resource_items=("r1",),
            energy=3,
            reflection=FULL_TEXT,
            tags=("budget", "travl-dag", "økonomi", "2026", "yes"),
            share=ShareLevel.ONE_ON_ONE,
        )
    )
    journal.save_day(DayLog(day=FIGURES_ONLY, stress_step=1, energy=5, demands=0))
    journal.save_day(DayLog(day=RULE_FIRST, reflection=RULE_TEXT, share=ShareLevel.COACH))
    journal.save_day(DayLog(day=HEADING_FIRST, reflection=HEADING_TEXT))
    journal.save_day(DayLog(day=TAGS_ONLY, tags=("kun-tags",)))
    journal.save_day(DayLog(day=EMPTY_DAY, reflection="", minutes={}))
    journal.save_one_on_one(
        OneOnOne(
            held_on=FULL_DAY,
            with_whom="Mette *chef*",
            agenda=("Budget", "- ikke en liste", "1. ikke nummereret"),
            notes="Vi aftalte **tre** ting.\n\n- en\n- to",
            actions=(ActionItem("Book tid", done=True), ActionItem("Ring til HR")),
        )
    )
    journal.save_one_on_one(OneOnOne(held_on=FULL_DAY, with_whom="mette *CHEF*"))
    journal.save_sparring_topic(
        SparringTopic(
            raised_on=date(2026, 11, 18),
            situation="conflict",
            with_whom="hr",
            notes="Noter om konflikten.",
            status=TopicStatus.RESOLVED,
            resolved_on=date(2026, 11, 24),
        )
    )
    journal.save_sparring_topic(
        SparringTopic(raised_on=date(2026, 11, 18), situation="conflict", with_whom="own_leader")
    )
    return journal


def front_and_body(path: Path) -> tuple[dict[str, object], bytes]:
    """The front matter as YAML reads it, and the body's bytes after the closing line."""
    data = path.read_bytes()
    assert data.startswith(b"---\n")
    end = data.index(b"\n---\n", 3)
    return yaml.safe_load(data[4:end].decode("utf-8")), data[end + 5 :]


def test_a_day_file_holds_every_figure_and_the_reflection_exactly(
    filled: Journal, tmp_path: Path
) -> None:
    export_markdown(filled, tmp_path / "eksport")

    front, body = front_and_body(tmp_path / "eksport" / "Dage" / "2026-11-20.md")

    assert front == {
        "date": FULL_DAY,
        "leader_pulse_export": 1,
        "share": "one-on-one",
        "tags": ["budget", "travl-dag", "økonomi", "2026", "yes"],
        "time_split_minutes": {"operations": 240, "people_leadership": 90},
        "hours_worked_minutes": 450,
        "stress_step": 2,
        "signals": ["sig-sleep", "own-ondt-i-maven"],
        "demands": 7,
        "resources": 4,
        "demand_items": ["d2"],
        "resource_items": ["r1"],
        "energy": 3,
        "own_items": {"own-ondt-i-maven": "Ondt i maven"},
    }
    assert body == FULL_TEXT.encode("utf-8") + b"\n"
    # The contract's order, so the file reads as the doc shows it.
    keys = [line.split(":")[0] for line in front_and_text(tmp_path, "2026-11-20")]
    assert keys[:5] == ["date", "leader_pulse_export", "share", "tags", "time_split_minutes"]
    assert keys[-2:] == ["energy", "own_items"]


def front_and_text(root: Path, day: str) -> list[str]:
    text = (root / "eksport" / "Dage" / f"{day}.md").read_text(encoding="utf-8")
    return [line for line in text.split("---\n")[1].splitlines() if not line.startswith(" ")]


def test_figures_not_logged_have_no_key_and_an_empty_reflection_no_body(
    filled: Journal, tmp_path: Path
) -> None:
    export_markdown(filled, tmp_path / "eksport")

    front, body = front_and_body(tmp_path / "eksport" / "Dage" / "2026-11-21.md")

    assert front == {
        "date": FIGURES_ONLY,
        "leader_pulse_export": 1,
        "share": "private",
        "stress_step": 1,
        "demands": 0,  # a logged 0 is a figure
        "energy": 5,
    }
    assert body == b""
    assert (tmp_path / "eksport" / "Dage" / "2026-11-21.md").read_bytes().endswith(b"\n---\n")


@pytest.mark.parametrize(
    ("day", "text", "share"),
    [(RULE_FIRST, RULE_TEXT, "coach"), (HEADING_FIRST, HEADING_TEXT, "private")],
)
def test_a_reflection_that_starts_with_a_rule_or_a_heading_stays_the_body(
    filled: Journal, tmp_path: Path, day: date, text: str, share: str
) -> None:
    export_markdown(filled, tmp_path / "eksport")

    front, body = front_and_body(tmp_path / "eksport" / "Dage" / f"{day.isoformat()}.md")

    assert front == {"date": day, "leader_pulse_export": 1, "share": share}
    assert body == text.encode("utf-8") + b"\n"


def test_a_day_with_only_tags_is_written_and_an_empty_day_is_not(
    filled: Journal, tmp_path: Path
) -> None:
    export = export_markdown(filled, tmp_path / "eksport")

    days = sorted(p.name for p in (tmp_path / "eksport" / "Dage").iterdir())
    assert days == [
        "2026-11-20.md",
        "2026-11-21.md",
        "2026-11-22.md",
        "2026-11-23.md",
        "2026-11-24.md",
    ]
    assert export.days == 5
    front, _body = front_and_body(tmp_path / "eksport" / "Dage" / "2026-11-24.md")
    assert front["tags"] == ["kun-tags"]


def test_keys_that_yaml_would_misread_are_quoted_and_read_back_the_same(
    journal: Journal, tmp_path: Path
) -> None:
    odd = 'løn: "ekstra" \\ #1'
    categories = list(journal.content().categories)
    journal.save_categories([*categories, Category(odd, "Løn", "Pay", ActivityKind.OWN_WORK, 9)])
    journal.save_day(DayLog(day=FULL_DAY, minutes={odd: 30, "operations": 60}, tags=("on",)))

    export_markdown(journal, tmp_path / "eksport")

    root = tmp_path / "eksport"
    days = next(p for p in root.iterdir() if p.is_dir() and p.name in ("Dage", "Days"))
    front, _body = front_and_body(days / "2026-11-20.md")
    assert front["time_split_minutes"] == {"operations": 60, odd: 30}
    assert front["tags"] == ["on"]


def test_the_folder_and_files_are_private_and_named_in_the_journals_language(
    filled: Journal, tmp_path: Path
) -> None:
    export_markdown(filled, tmp_path / "eksport")

    root = tmp_path / "eksport"
    assert sorted(p.name for p in root.iterdir()) == [
        "1-1-samtaler",
        "Dage",
        "LÆS MIG.md",
        "Sparring",
        "WHO-5.md",
    ]
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no hidden leftover


def test_an_english_journal_gets_english_names(journal: Journal, tmp_path: Path) -> None:
    set_language(journal, Language.ENGLISH)
    journal.save_day(DayLog(day=FULL_DAY, reflection="A good day."))
    journal.save_one_on_one(OneOnOne(held_on=FULL_DAY, with_whom="Mette"))
    journal.save_sparring_topic(SparringTopic(FULL_DAY, situation="dismissal", with_whom="hr"))

    export_markdown(journal, tmp_path / "export")

    root = tmp_path / "export"
    names = sorted(p.name for p in root.iterdir())
    assert names == ["1-1 meetings", "Days", "README.md", "Sparring", "WHO-5.md"]
    assert [p.name for p in (root / "1-1 meetings").iterdir()] == ["2026-11-20 1-1 with Mette.md"]
    assert [p.name for p in (root / "Sparring").iterdir()] == ["2026-11-20 Dismissal.md"]
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "**This folder is not encrypted.**" in readme


def test_a_1_1_file_says_when_with_whom_agenda_notes_and_actions(
    filled: Journal, tmp_path: Path
) -> None:
    export_markdown(filled, tmp_path / "eksport")

    folder = tmp_path / "eksport" / "1-1-samtaler"
    # Two 1:1s the same day with names that differ only in case: unique on every system.
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-11-20 1-1 med Mette -chef-.md",
        "2026-11-20 1-1 med mette -CHEF- (2).md",
    ]
    text = (folder / "2026-11-20 1-1 med Mette -chef-.md").read_text(encoding="utf-8")
    html = CMARK.render(text)

    assert "<h1>1:1 med Mette *chef*</h1>" in html  # the name stays text
    assert "<li>Dato: 20. november 2026</li>" in html
    assert "<h2>Dagsorden</h2>" in html
    agenda = ["<li>Budget</li>", "<li>- ikke en liste</li>", "<li>1. ikke nummereret</li>"]
    assert all(item in html for item in agenda)
    assert "<h2>Noter</h2>\n<p>Vi aftalte <strong>tre</strong> ting.</p>" in html
    assert "<h2>Handlinger</h2>\n<ul>\n<li>[x] Book tid</li>\n<li>[ ] Ring til HR</li>" in html
    assert "- [x] Book tid\n- [ ] Ring til HR\n" in text


def test_a_sparring_file_names_its_situation_partner_status_and_dates(
    filled: Journal, tmp_path: Path
) -> None:
    export_markdown(filled, tmp_path / "eksport")

    folder = tmp_path / "eksport" / "Sparring"
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-11-18 Konflikt (2).md",
        "2026-11-18 Konflikt.md",
    ]
    html = CMARK.render((folder / "2026-11-18 Konflikt.md").read_text(encoding="utf-8"))
    for line in (
        "<h1>Konflikt</h1>",
        "<li>Rejst den: 18. november 2026</li>",
        "<li>Situation: Konflikt</li>",
        "<li>Med hvem: HR</li>",
        "<li>Status: Løst</li>",
        "<li>Løst den: 24. november 2026</li>",
        "<h2>Noter</h2>\n<p>Noter om konflikten.</p>",
    ):
        assert line in html
    other = (folder / "2026-11-18 Konflikt (2).md").read_text(encoding="utf-8")
    assert "Med hvem: Egen leder" in other
    assert "Status: Åben" in other
    assert "Løst den" not in other
    assert "Noter" not in other


def test_the_readme_says_what_it_is_and_names_every_key_used(
    filled: Journal, tmp_path: Path
) -> None:
    export_markdown(filled, tmp_path / "eksport")

    html = CMARK.render((tmp_path / "eksport" / "LÆS MIG.md").read_text(encoding="utf-8"))

    assert "<h1>Lederpuls – din dagbog som Markdown</h1>" in html
    assert "26. november 2026 kl. 17.30 (hele dagbogen)" in html
    assert "<strong>Mappen er ikke krypteret.</strong>" in html
    for folder in ("Dage/", "1-1-samtaler/", "Sparring/"):
        assert f"<li><strong>{folder}</strong>: " in html
    for key, name in (
        ("operations", "Drift"),
        ("people_leadership", "Personaleledelse"),
        ("sig-sleep", "Søvnproblemer"),
        ("own-ondt-i-maven", "Ondt i maven"),
        ("d2", "Tidspres og deadlines"),
        ("r1", "Sparring med egen leder"),
        ("1", "Tempereret"),
        ("energy", "din energi, 1 til 5"),
    ):
        assert f"<li><code>{key}</code>: {name}</li>" in html
    assert "<code>strategy</code>" not in html  # a category no day used
    assert "<code>d1</code>" not in html


def test_a_day_file_renders_as_its_reflection_under_the_front_matter(
    filled: Journal, tmp_path: Path
) -> None:
    export_markdown(filled, tmp_path / "eksport")

    _front, body = front_and_body(tmp_path / "eksport" / "Dage" / "2026-11-23.md")
    html = CMARK.render(body.decode("utf-8"))

    assert html == "<h1>Overskrift</h1>\n<p>Tekst under overskriften.</p>\n"
    _front, body = front_and_body(tmp_path / "eksport" / "Dage" / "2026-11-20.md")
    assert CMARK.render(body.decode("utf-8")) == (
        "<p>Budgetmødet gik godt 😀 – æøå ÆØÅ.</p>\n<p>I morgen: <em>drift</em> og #team.</p>\n"
    )


def test_the_consent_entry_names_the_period_and_the_days_whose_reflection_left(
    filled: Journal, tmp_path: Path
) -> None:
    export = export_markdown(filled, tmp_path / "nov", date(2026, 11, 21), date(2026, 11, 30))

    [entry] = filled.export_log()
    assert entry == export.record
    assert (entry.kind, entry.format, entry.made_at) == ("markdown", "md", FIXED_NOW)
    assert (entry.period_start, entry.period_end) == (date(2026, 11, 21), date(2026, 11, 30))
    assert entry.reflection_days == (RULE_FIRST, HEADING_FIRST)
    assert sorted(os.listdir(tmp_path / "nov" / "Dage"))[0] == "2026-11-21.md"
    assert (export.days, export.one_on_ones, export.sparring_topics) == (4, 0, 0)
    readme = (tmp_path / "nov" / "LÆS MIG.md").read_text(encoding="utf-8")
    assert "(21.–30. november 2026)" in readme


def test_the_entry_travels_in_a_json_export_to_another_journal(
    filled: Journal, tmp_path: Path
) -> None:
    export = export_markdown(filled, tmp_path / "eksport")
    document = interchange.content_to_json(filled.content())
    assert '"kind": "markdown"' in document  # the schema takes it (checked on import)

    other = JournalAccess(JournalPaths(tmp_path / "other"), kdf=keyfile.TEST_KDF, clock=fixed_clock)
    journal, _code = other.create(PASSPHRASE)
    journal.import_content(interchange.content_from_json(document))
    assert journal.export_log() == [dataclasses.replace(export.record, id=1)]
    journal.close()
