"""Issue #18's review: the start-a-round dialog offers whole weeks and says the rule early.

A round covers whole Monday–Sunday weeks, at least two (``check_round``). The dialog
starts on the last eight whole weeks, and the line under the dates says the weeks chosen
or which date breaks the rule before Save is pressed; a refused period keeps no round.
The re-attack: the default overlapped a round the journal had (said only after Save), and
the refusal squashed the dialog and began lower-case.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_leader_group_page import _Journals, _page
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.pulse import PulseRound
from wellbeing_desktop.services import pulse as pulse_service
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.leader_group.round_dialog import (
    default_period,
    last_whole_weeks,
    period_hint,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot


@pytest.fixture
def journals(tmp_path: Path) -> Iterator[_Journals]:
    made = _Journals(tmp_path)
    yield made
    for journal in made.opened:
        if journal.is_open:
            journal.close()


def test_the_default_is_the_last_eight_whole_weeks() -> None:
    thursday, sunday, monday = date(2026, 11, 26), date(2026, 11, 29), date(2026, 11, 30)
    assert last_whole_weeks(thursday) == (date(2026, 9, 28), date(2026, 11, 22))
    # On a Sunday the week is not over yet; on a Monday the week before is whole.
    assert last_whole_weeks(sunday) == (date(2026, 9, 28), date(2026, 11, 22))
    assert last_whole_weeks(monday) == (date(2026, 10, 5), date(2026, 11, 29))


def test_the_line_under_the_dates_says_the_rule_in_both_languages() -> None:
    start, end = date(2026, 9, 28), date(2026, 11, 22)
    assert period_hint(start, end, Language.ENGLISH) == (
        "8 whole weeks, from Monday 28 Sept to Sunday 22 Nov 2026.",
        True,
    )
    assert period_hint(start, end, Language.DANISH) == (
        "8 hele uger, fra mandag 28. sep. til søndag 22. nov. 2026.",
        True,
    )
    wednesday = date(2026, 9, 30)
    assert period_hint(wednesday, end, Language.DANISH) == (
        "En runde dækker hele uger: vælg en mandag som Fra.",
        False,
    )
    assert period_hint(start, date(2026, 10, 4), Language.ENGLISH) == (
        "A round covers at least 2 whole weeks: choose a Sunday as To, 11 Oct or later.",
        False,
    )


def test_the_dialog_starts_on_whole_weeks_and_a_part_week_is_refused(
    qtbot: QtBot, journals: _Journals
) -> None:
    access, facilitator = journals.new("facilitator")
    tasks = TaskRunner()
    view = _page(qtbot, access, facilitator, tasks)
    panel = view.facilitate
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    dialog = panel.round_dialog
    assert dialog is not None
    # Today is Thursday 26 November 2026 (the tests' clock).
    assert (dialog.start.day(), dialog.end.day()) == (date(2026, 9, 28), date(2026, 11, 22))
    assert dialog.period_hint.isVisible()
    assert dialog.period_hint.text() == "8 whole weeks, from Monday 28 Sept to Sunday 22 Nov 2026."
    assert dialog.period_hint.styleSheet() == ""

    # A Wednesday as From: said at once, in the warning colour; Save refuses it too.
    dialog.start.setDate(to_qdate(date(2026, 9, 30)))
    assert "choose a Monday as From" in dialog.period_hint.text()
    assert dialog.period_hint.styleSheet() != ""
    qtbot.keyClicks(dialog.name, "Ledergruppen")
    assert not dialog.save_button.isEnabled()  # Save waits for whole weeks
    dialog.save()  # and the service refuses them all the same (Enter, a stray call)
    assert dialog.message.isVisible()
    assert "a Monday (a round covers whole weeks, Monday to Sunday)" in dialog.message.text()
    assert dialog.message.text()[0].isupper()
    assert pulse_service.rounds(facilitator) == []

    # Back on a Monday, and a week only: the rule of To.
    dialog.start.setDate(to_qdate(date(2026, 11, 16)))
    assert "choose a Sunday as To, 29 Nov or later" in dialog.period_hint.text()
    assert not dialog.save_button.isEnabled()
    dialog.start.setDate(to_qdate(date(2026, 10, 26)))
    assert dialog.period_hint.text().startswith("4 whole weeks")
    assert dialog.save_button.isEnabled()
    dialog.reject()
    tasks.wait()


def _round(start: date, end: date, name: str = "W5") -> PulseRound:
    return PulseRound(
        round_id="0" * 32,
        name=name,
        start=start,
        end=end,
        min_group=5,
        public_key=bytes(32),
    )


def test_the_default_weeks_overlap_no_round_of_the_journal() -> None:
    thursday = date(2026, 11, 26)
    last_eight = (date(2026, 9, 28), date(2026, 11, 22))
    assert default_period(thursday, []) == last_eight
    # A round before the last eight weeks, or after them, leaves them as they are.
    assert default_period(thursday, [_round(date(2026, 8, 3), date(2026, 9, 27))]) == last_eight
    assert default_period(thursday, [_round(date(2026, 11, 23), date(2027, 1, 3))]) == last_eight
    # A round over some of them: eight weeks from the Monday after its end (weeks to come).
    w5 = _round(date(2026, 10, 12), date(2026, 12, 6))
    assert default_period(thursday, [w5]) == (date(2026, 12, 7), date(2027, 1, 31))
    # ... and after the next round too, if that one covers some of those.
    later = _round(date(2027, 1, 4), date(2027, 1, 17), name="W6")
    assert default_period(thursday, [later, w5]) == (date(2027, 1, 18), date(2027, 3, 14))


def test_weeks_another_round_covers_are_said_before_save_and_save_waits(
    qtbot: QtBot, journals: _Journals
) -> None:
    access, facilitator = journals.new("facilitator")
    pulse_service.start_round(
        facilitator, name="W5", start=date(2026, 10, 12), end=date(2026, 12, 6)
    )
    tasks = TaskRunner()
    view = _page(qtbot, access, facilitator, tasks)
    qtbot.mouseClick(view.facilitate.start_button, Qt.MouseButton.LeftButton)
    dialog = view.facilitate.round_dialog
    assert dialog is not None
    # The dialog starts after W5 (a round for weeks still to come: shared when they end).
    assert (dialog.start.day(), dialog.end.day()) == (date(2026, 12, 7), date(2027, 1, 31))
    assert dialog.period_hint.text().startswith("8 whole weeks, from Monday 7 Dec 2026")
    assert dialog.save_button.isEnabled()

    # The last eight weeks overlap W5: said at once, in the warning colour; Save waits.
    dialog.start.setDate(to_qdate(date(2026, 9, 28)))
    dialog.end.setDate(to_qdate(date(2026, 11, 22)))
    assert dialog.period_hint.text() == (
        "The round “W5” already covers 12 Oct – 6 Dec 2026: choose Monday 7 Dec or later as "
        "From, or weeks before it."
    )
    assert dialog.period_hint.styleSheet() != ""
    assert not dialog.save_button.isEnabled()
    assert not dialog.message.isVisible()
    # In the journal's language.
    view._session.set_language(Language.DANISH)
    assert dialog.period_hint.text() == (
        "Runden »W5« dækker allerede 12. okt. – 6. dec. 2026: vælg mandag 7. dec. eller senere "
        "som Fra, eller uger før den."
    )
    assert not dialog.save_button.isEnabled()
    # Weeks before W5 are fine.
    dialog.end.setDate(to_qdate(date(2026, 10, 11)))
    assert dialog.period_hint.text().startswith("2 hele uger")
    assert dialog.save_button.isEnabled()
    assert [kept.name for kept in pulse_service.rounds(facilitator)] == ["W5"]
    dialog.reject()
    tasks.wait()


@pytest.mark.parametrize("size", [(1366, 728), (1024, 600)])
def test_a_refusal_grows_the_dialog_and_squeezes_nothing(
    qtbot: QtBot, journals: _Journals, size: tuple[int, int]
) -> None:
    access, facilitator = journals.new("facilitator")
    tasks = TaskRunner()
    view = _page(qtbot, access, facilitator, tasks)
    view.window().resize(*size)
    qtbot.mouseClick(view.facilitate.start_button, Qt.MouseButton.LeftButton)
    dialog = view.facilitate.round_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    before = dialog.height()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Name")  # a capital, as a sentence begins
    assert dialog.height() > before
    assert dialog.height() <= size[1]
    assert dialog.width() >= 480  # grown in height, not narrowed
    # Every line gets the height its words need at its width; the spin box its own.
    for label in (dialog.period_hint, dialog.min_help, dialog.message, dialog.intro):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert dialog.min_group.height() >= dialog.min_group.sizeHint().height()
    assert dialog.name.height() >= dialog.name.sizeHint().height()
    dialog.reject()
    tasks.wait()
