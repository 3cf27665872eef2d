"""The Journal's list in a narrow window: dates read whole, never cut mid-word.

"Søndag 22. november" or "Søn. 22. nov.", never "Sønda…".
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.ui.journal.journal_delegate import JournalRowDelegate
from wellbeing_desktop.ui.journal.journal_models import Role, date_forms
from wellbeing_desktop.ui.journal.journal_view import JournalView
from wellbeing_desktop.ui.shell.session import JournalSession

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

SIDEBAR = 205
DAYS = (date(2026, 11, 22), date(2026, 11, 18), date(2026, 11, 20), date(2026, 11, 25))


def _shown_dates(view: JournalView) -> list[tuple[str, tuple[str, ...]]]:
    delegate = view.list_view.itemDelegate()
    assert isinstance(delegate, JournalRowDelegate)
    model = view.list_view.model()
    shown = []
    for number in range(model.rowCount()):
        index = model.index(number, 0)
        option = QStyleOptionViewItem()
        view.list_view.initViewItemOption(option)
        option.rect = view.list_view.visualRect(index)
        shown.append((delegate.date_shown(option, index), tuple(index.data(Role.DATE_FORMS))))
    return shown


@pytest.mark.parametrize("language", [Language.DANISH, Language.ENGLISH])
def test_the_list_shows_whole_weekdays_or_a_deliberate_short_form(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner, language: Language
) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    for day in DAYS:
        journal.save_day(
            DayLog(
                day=day,
                stress_step=2,
                minutes={"operations": 240, "people_leadership": 120, "own_tasks": 60},
                reflection="Lang dag med budgetmøder, medarbejdersamtaler og alt for lidt frokost.",
            )
        )
    session = JournalSession(access, language)
    view = JournalView(session, tasks)
    qtbot.addWidget(view)
    view.resize(1366 - SIDEBAR, 700)
    view.show()
    session.open(journal)
    qtbot.waitUntil(lambda: view.list_view.model().rowCount() == len(DAYS), timeout=10000)

    widths = {}
    for window in (1366, 1024, 900, 760):
        view.resize(window - SIDEBAR, 600)
        QApplication.processEvents()
        widths[window] = _shown_dates(view)
        for text, forms in widths[window]:
            assert "…" not in text, f"{text!r} at {window} px"
            assert text in forms  # one of the forms, whole
        # Every row in the same form: never "Fredag 20. november" above "Ons. 18. nov.".
        assert len({forms.index(text) for text, forms in widths[window]}) == 1
    # A laptop's width shows the weekday in full; a narrow one its short form.
    sunday = {"da": "Søndag 22. november", "en": "Sunday 22 November"}[language.value]
    assert any(text == sunday for text, _forms in widths[1366])
    assert all(text == forms[0] for text, forms in widths[1024])
    assert all(text != forms[-1] for text, forms in widths[900])  # the weekday stays
    assert date_forms(DAYS[0], Language.DANISH) == (
        "Søndag 22. november 2026",
        "Søn. 22. nov. 2026",
        "22. nov. 2026",
    )
