"""The sharing rule at the service boundary: whatever a caller passes in, the store decides.

A view (or a bug in one) may hand ``build_report`` agenda points without their block,
reflection text pasted as the user's own point, a coach selection naming private or 1:1
days, or an open action copied from a reflection. The report holds none of it; what the
user typed themselves stays.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    Language,
    OneOnOne,
    ShareLevel,
    SparringTopic,
)
from wellbeing_desktop.reports.markdown import render_markdown
from wellbeing_desktop.services.export_files import publish_report
from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.report_sharing import shareable_agenda
from wellbeing_desktop.services.reports import build_report, export_record
from wellbeing_desktop.services.sharing import ShareRule, marked_for, reflections_for

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.report_content import Report

START, END = date(2026, 11, 2), date(2026, 11, 20)
PRIVATE = "Zebrafinken: I doubt I can carry the new department\nSecond line stays mine too"
ONE_ON_ONE = "Giraffehalsen wants the reorganisation discussed with my leader soon"
COACH = "Pelikanen is afraid of delegating the budget work"
NOTE = "Okapien sparring note about the merger"
DAYS = {
    date(2026, 11, 3): (PRIVATE, ShareLevel.PRIVATE),
    date(2026, 11, 5): (ONE_ON_ONE, ShareLevel.ONE_ON_ONE),
    date(2026, 11, 9): (COACH, ShareLevel.COACH),
    date(2025, 1, 7): ("Tapirgammel text from long ago, never shared", ShareLevel.PRIVATE),
}
CANARIES = ("Zebrafinken", "Second line stays", "Giraffehalsen", "Okapien", "Tapirgammel")


@pytest.fixture
def marked(journal: Journal) -> Journal:
    for day, (text, share) in DAYS.items():
        journal.save_day(DayLog(day=day, stress_step=2, reflection=text, share=share))
    for n in range(5):
        journal.save_day(DayLog(day=START + timedelta(days=10 + n), stress_step=3))
    journal.save_sparring_topic(
        SparringTopic(raised_on=START, situation="conflict", with_whom="own_leader", notes=NOTE)
    )
    return journal


def markdown(journal: Journal, kind: ReportKind, **kwargs: object) -> str:
    report = build_report(journal, kind, START, END, Language.ENGLISH, **kwargs)  # type: ignore[arg-type]
    return render_markdown(report)


def test_a_1_1_report_drops_reflection_text_however_the_agenda_was_built(
    marked: Journal,
) -> None:
    agenda = [
        AgendaDraftItem(ONE_ON_ONE, ""),  # its block tag lost on the way
        AgendaDraftItem(ONE_ON_ONE.upper() + "!!", ""),  # case and punctuation changed
        AgendaDraftItem("Second line stays mine too", ""),  # one line of a private one
        AgendaDraftItem("Zebrafinken: I doubt I ca…", ""),  # cut mid-word, as a draft cuts
        AgendaDraftItem("Talk about: the reorganisation discussed with my leader", ""),
        AgendaDraftItem("Tapirgammel text from long ago", ""),  # outside the period
        AgendaDraftItem(f"Merger: {NOTE}", ""),  # a sparring note
        AgendaDraftItem("Budget for next year", ""),  # the user's own words
        AgendaDraftItem("Hiring plan", "Giraffehalsen wants the reorganisation discussed"),
    ]
    text = markdown(marked, ReportKind.ONE_ON_ONE, agenda=agenda)
    for canary in CANARIES:
        assert canary not in text
    assert "reorganisation discussed" not in text
    assert "Budget for next year" in text
    assert "My reflections marked for the 1:1 (5 Nov)" in text


def test_a_coach_summary_quotes_only_stored_coach_days_whatever_is_chosen(
    marked: Journal,
) -> None:
    chosen = frozenset(DAYS)  # a view passing every day, private and 1:1 among them
    report = build_report(
        marked, ReportKind.COACH, START, END, Language.ENGLISH, include_reflection_days=chosen
    )
    text = render_markdown(report)
    assert COACH in text
    for canary in CANARIES:
        assert canary not in text
    assert report.reflection_days == (date(2026, 11, 9),)
    assert export_record(report, "md", marked.now()).reflection_days == (date(2026, 11, 9),)


def test_open_actions_copied_from_reflections_stay_out_of_a_coach_summary(
    marked: Journal,
) -> None:
    marked.save_one_on_one(
        OneOnOne(
            held_on=date(2026, 11, 10),
            with_whom="Kim",
            actions=(
                ActionItem(PRIVATE.splitlines()[0]),
                ActionItem(COACH),  # coach-marked but not ticked
                ActionItem("Book the offsite"),
            ),
        )
    )
    text = markdown(marked, ReportKind.COACH)
    assert "Book the offsite" in text
    assert "Zebrafinken" not in text
    assert "Pelikanen" not in text
    ticked = markdown(
        marked, ReportKind.COACH, include_reflection_days=frozenset({date(2026, 11, 9)})
    )
    assert "Pelikanen" in ticked  # ticked: the reflection (and the same words) may go


def test_the_1_1_consent_entry_names_the_days_it_names(marked: Journal) -> None:
    report = build_report(marked, ReportKind.ONE_ON_ONE, START, END, Language.ENGLISH)
    assert report.reflection_days == ()  # no text quoted
    assert export_record(report, "pdf", marked.now()).reflection_days == (date(2026, 11, 5),)


def test_shareable_agenda_for_print(marked: Journal) -> None:
    kept = shareable_agenda(
        marked,
        [AgendaDraftItem(ONE_ON_ONE, "", "reflections"), AgendaDraftItem("Own point", "")],
        START,
        END,
        Language.ENGLISH,
    )
    assert [item.text for item in kept] == [
        "Own point",
        "My reflections marked for the 1:1 (5 Nov).",
    ]


def test_short_own_words_are_not_taken_for_a_reflection(marked: Journal) -> None:
    rule = ShareRule(marked)
    for own in ("Budget", "the budget work", "Delegation", "My leader"):
        assert not rule.leaks(own)
    assert rule.leaks("afraid of delegating the budget work")  # six words of the coach one
    assert rule.leaks("Delegating the budget work?")  # a piece of it, whole words
    assert not rule.leaks(COACH, frozenset({date(2026, 11, 9)}))


def test_reflection_text_pasted_decomposed_or_with_invisible_marks_is_recognised(
    journal: Journal,
) -> None:
    """Private text stays out whatever its Unicode form.

    Text copied from another program may arrive in NFD ("a" + a combining ring for "å", as macOS and
    some PDFs give it) or with zero-width characters: still the stored private reflection, still
    left out (independent attack, issue #13).
    """
    private = "Jeg tænker på at sige op i år, måske allerede på fredag"
    journal.save_day(DayLog(day=START, stress_step=2, reflection=private))
    decomposed = unicodedata.normalize("NFD", private)
    assert decomposed != private
    hidden = private.replace("sige", "si\u200bge").replace("fredag", "fre\u00adda\u200dg")
    agenda = [AgendaDraftItem(decomposed, ""), AgendaDraftItem(hidden, "")]
    text = unicodedata.normalize("NFC", markdown(journal, ReportKind.ONE_ON_ONE, agenda=agenda))
    assert "sige op" not in text
    assert "allerede" not in text


def test_one_rule_says_which_reflections_go_to_a_coach_and_to_a_1_1(marked: Journal) -> None:
    marked.save_day(
        DayLog(day=date(2026, 11, 10), stress_step=2, reflection="  ", share=ShareLevel.COACH)
    )
    assert [d.day for d in reflections_for(marked, ShareLevel.COACH, START, END)] == [
        date(2026, 11, 9)
    ]
    assert [d.day for d in reflections_for(marked, ShareLevel.ONE_ON_ONE, START, END)] == [
        date(2026, 11, 5)
    ]
    assert reflections_for(marked, ShareLevel.COACH, START, date(2026, 11, 8)) == []
    blank = DayLog(day=START, reflection=" \n", share=ShareLevel.COACH)
    assert not marked_for(blank, ShareLevel.COACH)
    coach = DayLog(day=START, reflection=COACH, share=ShareLevel.COACH)
    assert marked_for(coach, ShareLevel.COACH)
    assert not marked_for(coach, ShareLevel.ONE_ON_ONE)


def test_a_preview_written_later_is_checked_against_the_store_again(
    marked: Journal, tmp_path: Path
) -> None:
    preview = build_report(
        marked,
        ReportKind.COACH,
        START,
        END,
        Language.ENGLISH,
        include_reflection_days=frozenset({date(2026, 11, 9)}),
    )
    assert preview.reflection_days == (date(2026, 11, 9),)
    # The day is made private before the file is written.
    marked.save_day(DayLog(day=date(2026, 11, 9), stress_step=2, reflection=COACH))
    rendered: list[str] = []

    def render(report: Report, fmt: str, path: Path) -> None:
        text = render_markdown(report)
        rendered.append(text)
        path.write_text(text, encoding="utf-8")

    target = tmp_path / "coach.md"
    record = publish_report(marked, preview, "md", target, render)

    assert "Pelikanen" not in target.read_text(encoding="utf-8")
    assert "Pelikanen" not in rendered[0]
    assert record.reflection_days == ()
    assert (record.kind, record.format) == ("coach", "md")
    assert marked.export_log()[0] == record
