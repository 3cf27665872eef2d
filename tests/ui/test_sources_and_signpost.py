"""The Sources card in Settings and the signpost banner's alert role (issue #17)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QAccessible

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.suggestions import (
    SIGNPOST_STEP_HIGH,
    SIGNPOST_TEXTS,
    SIGNPOST_WHO5_LOW,
)
from wellbeing_desktop.services.today import Suggestions
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.journal.journal_words import list_texts
from wellbeing_desktop.ui.one_on_one.one_on_one_models import day_in_sentence
from wellbeing_desktop.ui.one_on_one.one_on_one_words import DELETE_QUESTION
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.today.banners import SuggestionBanners

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibleEvent
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

pytestmark = pytest.mark.usefixtures("memory_keyring")  # tests/ui/conftest.py


def test_settings_has_a_sources_card_with_full_references(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner
) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.DANISH))
    session = JournalSession(access, Language.DANISH)
    view = SettingsView(session, tasks)
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    session.open(journal)
    card = view.sources_card
    assert card.title.text() == "KILDER"
    shown = "\n".join(label.text() for label in card.references)
    for reference in (
        "Topp, C. W., Østergaard, S. D., Søndergaard, S. & Bech, P. (2015)",
        "Psychotherapy and Psychosomatics, 84(3), 167–176",
        "Bakker, A. B. & Demerouti, E. (2007)",
        "Friis Andersen, M. & Kingston, M. (2016). Stop stress – Håndbog for ledere",
        "Ugenormen på 37 timer",
        "overenskomster",
    ):
        assert reference in shown
    assert "domænenoter" not in shown
    assert "diagnose" in card.not_diagnosis.text()
    session.set_language(Language.ENGLISH)
    assert card.title.text() == "SOURCES"
    assert "The 37-hour weekly norm" in "\n".join(label.text() for label in card.references)
    assert card.references[0].accessibleName().startswith("WHO-5, its cut-offs")
    tasks.wait()
    session.close()


def test_the_signpost_is_an_alert_announced_when_it_appears(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    posted: list[tuple[object, QAccessible.Event]] = []

    def record(event: QAccessibleEvent) -> None:
        posted.append((event.object(), event.type()))

    # alerts posts through QAccessible: record what it posts.
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    banners = SuggestionBanners()
    qtbot.addWidget(banners)
    banners.retranslate(Language.DANISH)
    banners.show()
    assert posted == []
    banners.show_suggestions(Suggestions(signpost=SIGNPOST_WHO5_LOW))
    signpost = banners.signpost
    assert posted == [(signpost, QAccessible.Event.Alert)]
    interface = QAccessible.queryAccessibleInterface(signpost)
    assert interface is not None
    assert interface.role() == QAccessible.Role.AlertMessage
    assert interface.text(QAccessible.Text.Name) == SIGNPOST_TEXTS[SIGNPOST_WHO5_LOW][0]
    # The same words again (a re-read of the day) are not announced twice ...
    banners.show_suggestions(Suggestions(signpost=SIGNPOST_WHO5_LOW))
    assert len(posted) == 1
    # ... new words are, and a banner that went away is announced when it comes back.
    banners.show_suggestions(Suggestions(signpost=SIGNPOST_STEP_HIGH))
    banners.clear()
    banners.show_suggestions(Suggestions(signpost=SIGNPOST_STEP_HIGH))
    assert len(posted) == 3
    # The other banners are no alerts.
    nudge = QAccessible.queryAccessibleInterface(banners.nudge)
    assert nudge is not None
    assert nudge.role() != QAccessible.Role.AlertMessage


def test_a_weekday_inside_a_danish_sentence_is_lower_case(qtbot: QtBot) -> None:
    day = date(2026, 11, 12)
    assert day_in_sentence(day, Language.DANISH) == "torsdag den 12. november 2026"
    assert day_in_sentence(day, Language.ENGLISH) == "Thursday 12 November 2026"
    question = tr(DELETE_QUESTION, Language.DANISH).format(
        who="Kim", day=day_in_sentence(day, Language.DANISH)
    )
    assert question.startswith("Slet 1:1 med Kim torsdag den 12. november 2026?")
    # A month mid-sentence too; the list's heading keeps its capital.
    texts = list_texts(0, "", 2026, 11, Language.DANISH, full=False)
    assert texts[0] == "November 2026"
    assert texts.empty.startswith("Ingen dage skrevet i november 2026.")
    english = list_texts(0, "", 2026, 11, Language.ENGLISH, full=False)
    assert "November 2026" in english.empty
