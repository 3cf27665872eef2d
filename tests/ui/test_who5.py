"""The WHO-5 dialog: answer, see the score and its meaning, save or cancel, in both languages."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QRadioButton

from tests.conftest import FIXED_NOW, PASSPHRASE
from wellbeing_desktop.domain.catalogues import (
    WHO5_ATTRIBUTION,
    WHO5_ITEMS,
    WHO5_SCALE,
    WHO5_STEM,
    localized,
    who5_meaning,
)
from wellbeing_desktop.domain.help_words import HELP_DOCTOR_FIRST
from wellbeing_desktop.domain.models import Language, Who5CheckIn
from wellbeing_desktop.domain.suggestions import SIGNPOST_WHO5_LOW
from wellbeing_desktop.services.today import Suggestions
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.today.banners import SuggestionBanners
from wellbeing_desktop.ui.today.who5_dialog import Who5Dialog
from wellbeing_desktop.ui.today.who5_parts import COLUMN_VALUES

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

TODAY = FIXED_NOW.date()
ANSWERS = (3, 4, 3, 2, 4)  # raw 16, score 64


@pytest.fixture
def session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, Language.ENGLISH)
    yield created
    created.close()


def make_dialog(
    qtbot: QtBot, session: JournalSession, journal: Journal, language: Language = Language.ENGLISH
) -> Who5Dialog:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    session.open(journal)
    dialog = Who5Dialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def button(dialog: Who5Dialog, statement: int, value: int) -> QRadioButton:
    found = dialog.groups[statement].button(value)
    assert isinstance(found, QRadioButton)
    return found


def answer(qtbot: QtBot, dialog: Who5Dialog, answers: tuple[int, ...]) -> None:
    for statement, value in enumerate(answers):
        qtbot.mouseClick(button(dialog, statement, value), Qt.MouseButton.LeftButton)


def test_answers_show_the_score_and_its_meaning_and_save_stores_them(
    qtbot: QtBot, session: JournalSession, journal: Journal, access: JournalAccess
) -> None:
    dialog = make_dialog(qtbot, session, journal)
    changes: list[Change] = []
    session.changed.connect(lambda change, _who: changes.append(change))
    assert not dialog.save_button.isEnabled()
    assert not dialog.score_number.isVisibleTo(dialog)

    answer(qtbot, dialog, ANSWERS[:4])
    assert not dialog.save_button.isEnabled()  # four of five is not a check-in yet
    assert "4 of 5 answered" in dialog.progress.text()
    assert not dialog.score_number.isVisibleTo(dialog)

    answer(qtbot, dialog, ANSWERS)
    assert dialog.save_button.isEnabled()
    assert dialog.score_number.isVisibleTo(dialog)
    assert not dialog.progress.isVisibleTo(dialog)
    assert dialog.score_number.text() == "64"
    assert dialog.meaning.text() == who5_meaning(64, Language.ENGLISH)
    assert "doing well" in dialog.meaning.text()
    assert not dialog.change.isVisibleTo(dialog)  # nothing earlier to compare with

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Your WHO-5 score is 64" in dialog.confirmation.text()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert not dialog.isVisible()
    assert changes == [Change.WHO5]
    assert journal.who5_checkins() == [Who5CheckIn(TODAY, ANSWERS)]

    session.close()
    reopened = access.open_with_passphrase(PASSPHRASE)
    try:
        (stored,) = reopened.who5_checkins()
        assert stored.answers == ANSWERS
        assert stored.score == 64
    finally:
        reopened.close()


def test_cancel_stores_nothing(qtbot: QtBot, session: JournalSession, journal: Journal) -> None:
    dialog = make_dialog(qtbot, session, journal)
    answer(qtbot, dialog, ANSWERS)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert journal.who5_checkins() == []


def test_the_keyboard_alone_fills_the_form(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    dialog = make_dialog(qtbot, session, journal)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = button(dialog, 0, COLUMN_VALUES[0])
    assert dialog.focusWidget() is first

    # Space picks the focused answer; an arrow moves along the row and picks the next one.
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert dialog.answers()[0] == 5
    for _ in range(2):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert dialog.answers()[0] == 3

    # Tab goes to the next statement, not to the next answer of this one.
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    focused = dialog.focusWidget()
    assert focused in dialog.groups[1].buttons()
    # A digit picks that answer.
    qtbot.keyClick(focused, Qt.Key.Key_4)
    assert dialog.answers()[1] == 4
    for statement, value in ((2, 3), (3, 2), (4, 4)):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() in dialog.groups[statement].buttons()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_0 + value)
    assert dialog.answers() == ANSWERS
    assert dialog.score_number.text() == "64"

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.save_button
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert journal.who5_checkins() == [Who5CheckIn(TODAY, ANSWERS)]


def test_the_change_since_the_last_check_in(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    journal.record_who5(Who5CheckIn(date(2026, 11, 12), (2, 2, 2, 2, 2)))  # 40
    dialog = make_dialog(qtbot, session, journal)
    answer(qtbot, dialog, ANSWERS)
    assert dialog.change.isVisibleTo(dialog)
    assert dialog.change.text() == (
        "Since last time (12 Nov 2026: 40) your score has risen by 24 points – a clear change."
    )
    answer(qtbot, dialog, (2, 2, 2, 2, 3))  # 44: within 10 points
    assert dialog.change.text() == "Since last time (12 Nov 2026: 40) your score is about the same."


def test_a_second_check_in_on_the_same_day_says_it_replaces_the_first(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    journal.record_who5(Who5CheckIn(TODAY, (1, 1, 1, 1, 1)))
    dialog = make_dialog(qtbot, session, journal)
    assert dialog.replaces.isVisibleTo(dialog)
    dialog.date.setDate(to_qdate(TODAY - timedelta(days=1)))
    assert not dialog.replaces.isVisibleTo(dialog)


def test_a_future_date_is_refused_with_a_message(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    dialog = make_dialog(qtbot, session, journal)
    answer(qtbot, dialog, ANSWERS)
    dialog.date.setDate(to_qdate(TODAY + timedelta(days=3)))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == "That date is in the future. Choose today or an earlier date."
    assert dialog.answers() == ANSWERS
    assert journal.who5_checkins() == []


def test_english_words_and_attribution(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    dialog = make_dialog(qtbot, session, journal)
    assert dialog.windowTitle() == "WHO-5 Well-Being Index"
    assert dialog.stem.text() == WHO5_STEM[1] == "Over the last two weeks …"
    assert [label.text() for label in dialog.item_labels] == [item[1] for item in WHO5_ITEMS]
    headers = [header.text() for header in dialog.scale_headers]
    assert headers[0] == "All of the time"
    assert headers[-1] == "At no time"
    assert dialog.attribution.text() == WHO5_ATTRIBUTION[1]
    assert "not a diagnosis" in dialog.intro.text()
    assert button(dialog, 0, 5).accessibleName() == "All of the time"
    assert dialog.date.accessibleName() == "Date"
    assert dialog.save_button.text() == "Save"


def test_danish_words(qtbot: QtBot, access: JournalAccess, journal: Journal) -> None:
    session = JournalSession(access, Language.DANISH)
    dialog = make_dialog(qtbot, session, journal, Language.DANISH)
    assert dialog.windowTitle() == "WHO-5 Trivselsindeks"
    assert dialog.stem.text() == "I de sidste 2 uger …"
    assert dialog.item_labels[0].text() == "I de sidste 2 uger har jeg været glad og i godt humør"
    headers = [header.text() for header in dialog.scale_headers]
    assert headers == [WHO5_SCALE[value][0] for value in COLUMN_VALUES]
    assert headers[0] == "Hele tiden"
    assert dialog.attribution.text() == WHO5_ATTRIBUTION[0]
    assert "Besvar alle fem udsagn" in dialog.progress.text()
    assert dialog.save_button.text() == "Gem"
    assert dialog.cancel_button.text() == "Annuller"

    answer(qtbot, dialog, ANSWERS)
    assert dialog.score_number.text() == "64"
    assert dialog.meaning.text() == who5_meaning(64, Language.DANISH)
    assert dialog.score_caption.text() == "af 100"

    session.set_language(Language.ENGLISH)
    assert dialog.meaning.text() == who5_meaning(64, Language.ENGLISH)
    assert dialog.stem.text() == "Over the last two weeks …"
    session.close()


def test_a_low_score_suggests_talking_to_someone(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    dialog = make_dialog(qtbot, session, journal)
    answer(qtbot, dialog, (1, 1, 1, 1, 2))  # 24
    assert dialog.score_number.text() == "24"
    assert "talk to someone" in dialog.meaning.text()
    # The dialog, the Today banner and the Trends card name the same kinds of help, the
    # one list (test_help_words.py checks the Trends card's words).
    help_list = localized(HELP_DOCTOR_FIRST, Language.ENGLISH)
    assert dialog.meaning.text().endswith(f"someone. {help_list}")
    banners = SuggestionBanners()
    qtbot.addWidget(banners)
    banners.retranslate(Language.ENGLISH)
    banners.show_suggestions(Suggestions(signpost=SIGNPOST_WHO5_LOW))
    interface = QAccessible.queryAccessibleInterface(banners.signpost)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name).endswith(f"below. {help_list}")


def test_lock_closes_the_dialog_and_forgets_the_answers(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    dialog = make_dialog(qtbot, session, journal)
    answer(qtbot, dialog, ANSWERS)
    session.close()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.answers() == (-1, -1, -1, -1, -1)
    assert dialog.meaning.text() == ""
    assert dialog.score_number.text() == ""
