"""Two programs changing the same day: nothing either saved is lost (issue #13, item 17).

``Journal.save_day_edit`` is the GUI's save: a three-way merge of the day as the user
loaded it (base), as they edited it, and as it is stored now. Each test uses real
journals; "the CLI" and "a second window" are second ``Journal`` objects on the same
file, each with its own connection.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayChanges, DayLog, Language, ShareLevel
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wellbeing_desktop.services.journal import Journal

DAY = date(2026, 11, 24)
CLI_SAVED_AT = datetime(2026, 11, 26, 17, 42)


@pytest.fixture
def other(access: JournalAccess, journal: Journal) -> Iterator[Journal]:
    """The same journal opened a second time (the CLI), whose clock says 17:42."""
    second = JournalAccess(
        JournalPaths(access.paths.root),
        kdf=keyfile.TEST_KDF,
        clock=lambda: CLI_SAVED_AT,
    ).open_with_passphrase(PASSPHRASE)
    yield second
    second.close()


def test_both_reflections_are_kept_under_a_marked_line_in_the_journals_language(
    journal: Journal, other: Journal
) -> None:
    journal.save_day(DayLog(day=DAY, reflection="Morgen."))
    base = journal.day(DAY)
    other.update_day(DAY, DayChanges(reflection="Skrevet i terminalen."))

    merge = journal.save_day_edit(base, DayLog(day=DAY, reflection="Morgen. Og aften i GUI'en."))

    expected = (
        "Morgen. Og aften i GUI'en.\n\n— Gemt et andet sted kl. 17.42 —\nSkrevet i terminalen."
    )
    assert merge.day.reflection == expected
    assert merge.kept_both
    assert merge.both_changed == ("reflection",)
    assert journal.day(DAY) == merge.day
    assert [hit.day for hit in journal.search("terminalen")] == [DAY]


def test_an_english_journal_marks_the_line_in_english(journal: Journal, other: Journal) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.ENGLISH))
    journal.save_day(DayLog(day=DAY, reflection="Morning."))
    base = journal.day(DAY)
    other.update_day(DAY, DayChanges(reflection="From the terminal."))

    merge = journal.save_day_edit(base, DayLog(day=DAY, reflection="Evening."))

    assert merge.day.reflection == "Evening.\n\n— Saved elsewhere at 17:42 —\nFrom the terminal."


def test_tags_and_picks_are_the_union_and_numbers_are_the_users_named(
    journal: Journal, other: Journal
) -> None:
    journal.save_day(DayLog(day=DAY, tags=("a",), stress_step=2, energy=3, signals=("sleep",)))
    base = journal.day(DAY)
    assert base is not None
    other.update_day(
        DAY, DayChanges(tags=("a", "cli"), stress_step=4, energy=2, signals=("headache",))
    )

    edited = dataclasses.replace(base, tags=("gui",), stress_step=3, signals=("sleep", "tension"))
    merge = journal.save_day_edit(base, edited)

    stored = journal.day(DAY)
    assert stored == merge.day
    assert set(stored.tags) == {"gui", "a", "cli"}
    assert set(stored.signals) == {"sleep", "tension", "headache"}
    assert stored.stress_step == 3  # the user's value wins ...
    assert "stress_step" in merge.both_changed  # ... and is named
    assert stored.energy == 2  # not touched here: the other program's value stays
    assert not merge.kept_both


def test_text_kept_private_elsewhere_is_not_shared_by_the_merge(
    journal: Journal, other: Journal
) -> None:
    journal.save_day(DayLog(day=DAY, reflection="Start."))
    base = journal.day(DAY)
    other.update_day(DAY, DayChanges(reflection="Kun til mig selv."))

    edited = DayLog(day=DAY, reflection="Til coachen.", share=ShareLevel.COACH)
    merge = journal.save_day_edit(base, edited)

    assert "Kun til mig selv." in merge.day.reflection
    assert merge.day.share is ShareLevel.PRIVATE
    assert "share" in merge.both_changed


def test_a_share_level_ticked_on_one_text_does_not_share_the_text_saved_elsewhere(
    journal: Journal, other: Journal
) -> None:
    """A coach tick does not share text the CLI replaced.

    The GUI ticks "coach" on the text it shows while the CLI replaces that text with a private one:
    the CLI's text is not shared by the tick (independent attack, #13).
    """
    journal.save_day(DayLog(day=DAY, reflection="Harmless text I may share."))
    base = journal.day(DAY)
    assert base is not None
    other.update_day(
        DAY, DayChanges(reflection="CANARY: I am thinking of quitting.", share=ShareLevel.PRIVATE)
    )

    edited = dataclasses.replace(base, share=ShareLevel.COACH)
    merge = journal.save_day_edit(base, edited)

    assert merge.day.reflection == "CANARY: I am thinking of quitting."
    assert merge.day.share is ShareLevel.PRIVATE
    assert "share" in merge.both_changed  # Today says so


def test_text_written_in_the_gui_is_not_shared_by_a_level_set_elsewhere(
    journal: Journal, other: Journal
) -> None:
    journal.save_day(DayLog(day=DAY, reflection="Old words, fine for the coach."))
    base = journal.day(DAY)
    assert base is not None
    other.update_day(DAY, DayChanges(share=ShareLevel.COACH))

    edited = dataclasses.replace(base, reflection="New and private: my doubts about Bo.")
    merge = journal.save_day_edit(base, edited)

    assert merge.day.reflection == "New and private: my doubts about Bo."
    assert merge.day.share is ShareLevel.PRIVATE


def test_one_side_alone_changing_the_level_is_simply_kept(journal: Journal, other: Journal) -> None:
    journal.save_day(DayLog(day=DAY, reflection="Words.", stress_step=2))
    base = journal.day(DAY)
    assert base is not None
    other.update_day(DAY, DayChanges(stress_step=4))

    merge = journal.save_day_edit(base, dataclasses.replace(base, share=ShareLevel.COACH))

    assert merge.day.share is ShareLevel.COACH
    assert merge.day.stress_step == 4
    assert merge.both_changed == ()


def test_two_windows_saving_in_turns_lose_no_text(journal: Journal, other: Journal) -> None:
    journal.save_day(DayLog(day=DAY, reflection="0"))
    first_base = journal.day(DAY)
    second_base = other.day(DAY)
    assert first_base is not None
    assert second_base is not None
    written: list[str] = []
    for n in range(1, 7):
        # Each window saves its own growing text from the day as it last saw it.
        text = f"window-{n % 2}-note-{n}"
        written.append(text)
        if n % 2:
            first_base = journal.save_day_edit(
                first_base, DayLog(day=DAY, reflection=f"{first_base.reflection} {text}")
            ).day
        else:
            second_base = other.save_day_edit(
                second_base, DayLog(day=DAY, reflection=f"{second_base.reflection} {text}")
            ).day

    stored = journal.day(DAY)
    assert stored is not None
    for text in written:
        assert text in stored.reflection, text
