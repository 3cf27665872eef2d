"""The 1:1 preparation: the default period and the drafted agenda (domain notes §6.3)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.services.report_data import (
    COACH_PHRASE,
    END,
    ONE_ON_ONE_CANARY,
    PRIVATE_CANARY,
    START,
    day,
    fill,
)
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import ActionItem, Language, OneOnOne
from wellbeing_desktop.services.one_on_one_prep import (
    BLOCK_ACTIONS,
    BLOCK_AGREEMENTS,
    BLOCK_BALANCE,
    BLOCK_DEVELOPMENT,
    BLOCK_PRIORITIES,
    BLOCK_REFLECTIONS,
    BLOCK_SPARRING,
    BLOCK_STATUS,
    BLOCK_TIME,
    default_period,
    draft_agenda,
    stress_trend,
)

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal

TODAY = date(2026, 11, 26)


def test_without_a_past_meeting_the_period_is_the_last_14_days(journal: Journal) -> None:
    # A meeting planned for later does not count as "the last 1:1".
    journal.save_one_on_one(OneOnOne(held_on=TODAY + timedelta(days=3), with_whom="Mette"))
    assert default_period(journal) == (TODAY - timedelta(days=13), TODAY)


def test_the_period_runs_from_the_last_meeting_before_today(journal: Journal) -> None:
    journal.save_one_on_one(OneOnOne(held_on=date(2026, 10, 1), with_whom="Mette"))
    journal.save_one_on_one(OneOnOne(held_on=date(2026, 11, 12), with_whom="Mette"))
    journal.save_one_on_one(OneOnOne(held_on=TODAY, with_whom="Mette"))  # the one being prepared
    assert default_period(journal) == (date(2026, 11, 12), TODAY)


def test_a_past_meeting_is_prepared_from_the_days_before_it(journal: Journal) -> None:
    journal.save_one_on_one(OneOnOne(held_on=date(2026, 10, 1), with_whom="Mette"))
    journal.save_one_on_one(OneOnOne(held_on=date(2026, 11, 12), with_whom="Mette"))
    # Since the 1:1 before it (that day included), up to the day before it.
    assert default_period(journal, date(2026, 11, 12)) == (date(2026, 10, 1), date(2026, 11, 11))
    # The first one: the 14 days before it.
    assert default_period(journal, date(2026, 10, 1)) == (date(2026, 9, 17), date(2026, 9, 30))
    # Today or ahead: as without a day.
    assert default_period(journal, TODAY) == default_period(journal)
    assert default_period(journal, TODAY + timedelta(days=7)) == (date(2026, 11, 12), TODAY)


def test_a_past_meeting_the_day_after_the_one_before_gets_a_one_day_period(
    journal: Journal,
) -> None:
    journal.save_one_on_one(OneOnOne(held_on=date(2026, 11, 12), with_whom="Mette"))
    journal.save_one_on_one(OneOnOne(held_on=date(2026, 11, 13), with_whom="Mette"))
    assert default_period(journal, date(2026, 11, 13)) == (date(2026, 11, 12), date(2026, 11, 12))


def test_open_actions_of_the_previous_meeting_come_first(journal: Journal) -> None:
    fill(journal)

    items = draft_agenda(journal, START, END, Language.DANISH)

    assert [i.text for i in items[:2]] == [
        "Book protected strategy time",
        "Ask HR about the sick-leave process",
    ]
    assert all(i.block == BLOCK_ACTIONS for i in items[:2])
    assert items[0].source == "åben handling fra 1:1 9. nov."
    texts = [i.text for i in items]
    assert "Send the rota" not in texts  # done
    assert "An older open action" not in texts  # not the previous meeting
    assert all(i.block != BLOCK_ACTIONS for i in items[2:])


def test_the_blocks_follow_the_domain_notes_order(journal: Journal) -> None:
    fill(journal)

    blocks = [i.block for i in draft_agenda(journal, START, END, Language.ENGLISH)]

    order = [
        BLOCK_ACTIONS,
        BLOCK_STATUS,
        BLOCK_BALANCE,
        BLOCK_TIME,
        BLOCK_PRIORITIES,
        BLOCK_SPARRING,
        BLOCK_REFLECTIONS,
        BLOCK_DEVELOPMENT,
        BLOCK_AGREEMENTS,
    ]
    assert list(dict.fromkeys(blocks)) == order


def test_the_draft_is_made_from_the_period_in_danish(journal: Journal) -> None:
    fill(journal)

    items = {i.block: i for i in reversed(draft_agenda(journal, START, END, Language.DANISH))}

    status = items[BLOCK_STATUS]
    assert status.text.startswith("Status: oftest på trin 2 (Opvarmet)")
    assert "i snit 2,4 og højst trin 4" in status.text
    assert "seneste WHO-5 64 (13. nov., op fra 40)" in status.text
    assert status.source == "fra 10 dage med data"
    time = items[BLOCK_TIME]
    assert "34 % ledelse (mål 40 %)" in time.text
    assert "40,0 t om ugen (norm 37 t)" in time.text
    assert "Driften tog tid fra ledelse: 6 procentpoint under mit mål" in time.text
    balance = items[BLOCK_BALANCE]
    assert "krav 7,0 og ressourcer 4,0 i snit – kravene overstiger ressourcerne med 3,0" in (
        balance.text
    )
    assert "tungest: Tidspres og deadlines (9 af 10), Drift og brandslukning (9)" in balance.text
    assert items[BLOCK_SPARRING].text == "Sparring: Konflikt – med egen leder."
    assert items[BLOCK_SPARRING].source == "åbent sparringsemne siden 3. nov."
    assert items[BLOCK_DEVELOPMENT].text.startswith(
        "Udvikling: »Første gang«-situationer fyldte på 1 dag."
    )


def test_the_draft_in_english(journal: Journal) -> None:
    fill(journal)

    items = draft_agenda(journal, START, END, Language.ENGLISH)
    text = "\n".join(i.text for i in items)

    assert "Status: mostly on step 2 (Heated) of the stress staircase" in text
    assert "latest WHO-5 64 (13 Nov, up from 40)" in text
    assert "34% leadership (target 40%)" in text
    assert "40.0 h a week (norm 37 h)" in text
    assert "demands exceed resources by 3.0" in text
    assert "Sparring: Conflict – with own leader." in text
    assert items[0].source == "open action from the 1:1 of 9 Nov"
    assert any(i.source == "from 10 days of data" for i in items)


def test_only_reflections_marked_for_the_1_1_are_drafted(journal: Journal) -> None:
    fill(journal)

    items = draft_agenda(journal, START, END, Language.ENGLISH)

    reflections = [i for i in items if i.block == BLOCK_REFLECTIONS]
    assert [(i.text, i.source) for i in reflections] == [
        (ONE_ON_ONE_CANARY, "reflection of 12 Nov, marked for 1:1")
    ]
    everything = " ".join(f"{i.text} {i.source}" for i in items)
    assert PRIVATE_CANARY not in everything
    assert COACH_PHRASE not in everything
    assert "secret sparring notes" not in everything  # notes were never marked for sharing


def test_resolved_topics_are_not_on_the_agenda(journal: Journal) -> None:
    fill(journal)
    items = draft_agenda(journal, START, END, Language.ENGLISH)
    assert not any("Dismissal" in i.text for i in items)


def test_resources_picked_less_than_usual_are_drafted_as_missed(journal: Journal) -> None:
    # Before the period "Sparring with own manager" (r1) was there every day; in it, never.
    for n in range(1, 11):
        journal.save_day(day(-n, resource_items=("r1", "r7")))
    for n in range(5):
        journal.save_day(day(n, resource_items=("r7",)))

    items = draft_agenda(journal, START, END, Language.ENGLISH)

    missed = [i for i in items if i.text.startswith("Resources I have missed")]
    assert [i.text for i in missed] == ["Resources I have missed: Sparring with own manager."]
    assert missed[0].source == "picked on fewer days than in the 90 days before the period"


def test_an_empty_period_still_gives_the_questions(journal: Journal) -> None:
    items = draft_agenda(journal, START, END, Language.DANISH)
    assert [i.block for i in items] == [BLOCK_PRIORITIES, BLOCK_DEVELOPMENT, BLOCK_AGREEMENTS]


def test_open_actions_come_from_the_meeting_before_the_period_end(journal: Journal) -> None:
    journal.save_one_on_one(
        OneOnOne(held_on=date(2026, 11, 20), with_whom="M", actions=(ActionItem("late"),))
    )
    journal.save_one_on_one(
        OneOnOne(held_on=date(2026, 11, 2), with_whom="M", actions=(ActionItem("early"),))
    )
    items = draft_agenda(journal, date(2026, 11, 2), date(2026, 11, 15), Language.ENGLISH)
    assert items[0].text == "early"


def test_a_reversed_period_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError):
        draft_agenda(journal, END, START, Language.ENGLISH)


def test_the_trend_compares_the_halves() -> None:
    rising = [day(n, stress_step=s) for n, s in enumerate((1, 1, 2, 3, 3))]
    assert stress_trend(rising) == 1
    assert stress_trend(list(reversed(rising))) == 1  # the order of the list does not matter
    assert stress_trend([day(n, stress_step=s) for n, s in enumerate((3, 3, 1, 1))]) == -1
    assert stress_trend([day(n, stress_step=2) for n in range(6)]) == 0
    assert stress_trend([day(0, stress_step=1), day(1, stress_step=5)]) == 0  # too few days
