"""Issue #18's review: the start-a-round dialog offers whole weeks and says the rule early.

A round covers whole Monday–Sunday weeks, at least two (``check_round``). The dialog
starts on the last eight whole weeks, and the line under the dates says the weeks chosen
or which date breaks the rule before Save is pressed; a refused period keeps no round.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_leader_group_page import _Journals, _page
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services import pulse as pulse_service
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.leader_group.round_dialog import last_whole_weeks, period_hint

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
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible()
    assert "a Monday (a round covers whole weeks, Monday to Sunday)" in dialog.message.text()
    assert pulse_service.rounds(facilitator) == []

    # Back on a Monday, and a week only: the rule of To.
    dialog.start.setDate(to_qdate(date(2026, 11, 16)))
    assert "choose a Sunday as To, 29 Nov or later" in dialog.period_hint.text()
    dialog.start.setDate(to_qdate(date(2026, 10, 26)))
    assert dialog.period_hint.text().startswith("4 whole weeks")
    dialog.reject()
    tasks.wait()
