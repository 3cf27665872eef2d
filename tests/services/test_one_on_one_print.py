"""The 1:1 printout's HTML (reports/one_on_one_print.py): the journal's words escaped."""

from __future__ import annotations

from datetime import date

from wellbeing_desktop.domain.models import ActionItem, OneOnOne
from wellbeing_desktop.reports.one_on_one_print import PrintWords, agenda_html
from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem

WORDS = PrintWords(
    title="1:1 with {who}",
    day="Thursday 26 November 2026",
    period="Period: 12 Nov 2026 – 26 Nov 2026",
    agenda="Agenda",
    notes="Notes",
    actions="Action items",
)


def test_the_printout_escapes_every_journal_word_and_skips_empty_points() -> None:
    meeting = OneOnOne(
        held_on=date(2026, 11, 26),
        with_whom="Mette <b>",
        notes="First & foremost\nSecond",
        actions=(ActionItem("Send <the> plan", done=True), ActionItem("Call HR")),
    )
    items = [AgendaDraftItem("  Budget <script>  ", "from 12 days"), AgendaDraftItem("   ")]

    html = agenda_html(meeting, items, WORDS)

    assert "<h1>1:1 with Mette &lt;b&gt;</h1>" in html
    assert "<li>Budget &lt;script&gt;<br/>" in html
    assert "from 12 days</span></li>" in html
    assert html.count("<li>") == 3  # one point, two actions
    assert "<p>First &amp; foremost</p>\n<p>Second</p>" in html
    assert "<li>☑ Send &lt;the&gt; plan</li>" in html
    assert "<li>☐ Call HR</li>" in html
    assert "Period: 12 Nov 2026 – 26 Nov 2026" in html


def test_a_meeting_without_notes_or_actions_prints_only_the_agenda() -> None:
    meeting = OneOnOne(held_on=date(2026, 11, 26), with_whom="Mette")
    html = agenda_html(meeting, [], WORDS)
    assert "<h2>Agenda</h2>" in html
    assert "Notes" not in html
    assert "Action items" not in html
    assert "<ol>" not in html


def test_the_printout_shows_control_characters_as_replacement_marks() -> None:
    meeting = OneOnOne(
        held_on=date(2026, 11, 26),
        with_whom="Mette\u202e",
        notes="Kopieret \x1b[31mrød\x1b[0m tekst\x07",
        actions=(ActionItem("Ring\x00 HR"),),
    )
    items = [AgendaDraftItem("Budget\x9b2J", "from 12 days")]

    html = agenda_html(meeting, items, WORDS)

    assert "Mette�" in html
    assert "Kopieret �rød� tekst�" in html
    assert "Ring� HR" in html
    assert "Budget�" in html
    assert not [ch for ch in html if ch != "\n" and (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F)]
