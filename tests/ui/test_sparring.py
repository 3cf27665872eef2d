"""The Sparring view: add, edit and resolve topics, the gentle nudge, lock and language."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tests.conftest import FIXED_NOW, PASSPHRASE
from wellbeing_desktop.domain.models import DayLog, Language, SparringTopic, TopicStatus
from wellbeing_desktop.domain.suggestions import NUDGE_TEXT
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.sparring.sparring_model import META_ROLE, NOTES_ROLE
from wellbeing_desktop.ui.sparring.sparring_view import SparringView

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.sparring.sparring_form import SparringTopicDialog

TODAY = FIXED_NOW.date()
NOTE = "Budget talk with Kim went sideways"


@pytest.fixture
def session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, Language.ENGLISH)
    yield created
    created.close()


def make_view(qtbot: QtBot, session: JournalSession, journal: Journal) -> SparringView:
    """The view over the journal, in the session's language (opening takes the journal's)."""
    journal.save_settings(dataclasses.replace(journal.settings(), language=session.language))
    view = SparringView(session, TaskRunner())
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    session.open(journal)
    return view


def open_form(qtbot: QtBot, view: SparringView) -> SparringTopicDialog:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = view.form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    form.activateWindow()  # as the window manager does with a new dialog
    qtbot.waitUntil(form.isActiveWindow)
    return form


def fill_form_by_keyboard(qtbot: QtBot, form: SparringTopicDialog, notes: str) -> None:
    """Situation: four down (Dismissal → Conflict), Tab, partner: one down (HR), Tab, Tab."""
    assert form.focusWidget() is form.situation
    for _ in range(4):
        qtbot.keyClick(form.situation, Qt.Key.Key_Down)
    qtbot.keyClick(form.situation, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.with_whom
    qtbot.keyClick(form.with_whom, Qt.Key.Key_Down)
    qtbot.keyClick(form.with_whom, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.date  # today is already there
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.notes
    qtbot.keyClicks(form.notes, notes)


def resolve_button(view: SparringView) -> QPushButton:
    button = view.open.resolve
    assert button is not None
    return button


def card_texts(view: SparringView, open_list: bool = True) -> list[str]:
    model = (view.open if open_list else view.resolved).model
    return [str(model.index(row).data()) for row in range(model.rowCount())]


def texts_shown(root: QWidget) -> str:
    """Every text a widget under ``root`` holds, models of item views included."""
    parts: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QLineEdit):
            parts.append(widget.text())
        parts.append(widget.accessibleName())
        parts.append(widget.toolTip())
    views = [root] if isinstance(root, SparringView) else root.findChildren(SparringView)
    for view in views:
        for model in (view.open.model, view.resolved.model):
            for row in range(model.rowCount()):
                index = model.index(row)
                for role in range(Qt.ItemDataRole.UserRole + 4):
                    parts.append(str(index.data(role)))
    return "\n".join(parts)


def test_add_a_topic_with_the_keyboard_and_find_it_after_reopening(
    qtbot: QtBot, session: JournalSession, journal: Journal, access: JournalAccess
) -> None:
    view = make_view(qtbot, session, journal)
    assert card_texts(view) == []
    assert view.open.empty.isVisibleTo(view)

    form = open_form(qtbot, view)
    assert form.date.date().toPython() == TODAY
    fill_form_by_keyboard(qtbot, form, NOTE)
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.form is None)

    assert card_texts(view) == ["Conflict"]
    index = view.open.model.index(0)
    assert "With: HR" in str(index.data(META_ROLE))
    assert "26 Nov 2026" in str(index.data(META_ROLE))
    assert NOTE in str(index.data(NOTES_ROLE))
    assert view.open.card.title.text() == "OPEN TOPICS  ·  1"
    assert not view.open.empty.isVisibleTo(view)

    session.close()
    reopened = access.open_with_passphrase(PASSPHRASE)
    try:
        (topic,) = reopened.sparring_topics()
        assert (topic.situation, topic.with_whom, topic.notes) == ("conflict", "hr", NOTE)
        assert topic.raised_on == TODAY
        assert topic.status is TopicStatus.OPEN
    finally:
        reopened.close()


def test_resolve_moves_a_topic_to_the_resolved_list_and_stores_it(
    qtbot: QtBot, session: JournalSession, journal: Journal, access: JournalAccess
) -> None:
    journal.save_sparring_topic(SparringTopic(date(2026, 11, 2), "dismissal", "hr", "Notice"))
    journal.save_sparring_topic(SparringTopic(date(2026, 11, 20), "conflict", "coach", NOTE))
    view = make_view(qtbot, session, journal)
    assert card_texts(view) == ["Conflict", "Dismissal"]
    assert not resolve_button(view).isEnabled()

    # Choose the card with the mouse, then the button.
    rect = view.open.list.visualRect(view.open.model.index(0))
    qtbot.mouseClick(view.open.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.open.selected() is not None
    assert resolve_button(view).isEnabled()
    changes: list[Change] = []
    session.changed.connect(lambda change, _who: changes.append(change))
    qtbot.mouseClick(resolve_button(view), Qt.MouseButton.LeftButton)

    assert changes == [Change.SPARRING]
    assert card_texts(view) == ["Dismissal"]
    assert card_texts(view, open_list=False) == ["Conflict"]
    meta = str(view.resolved.model.index(0).data(META_ROLE))
    assert "resolved 26 Nov 2026" in meta
    assert view.resolved.card.title.text() == "RESOLVED TOPICS  ·  1"

    session.close()
    reopened = access.open_with_passphrase(PASSPHRASE)
    try:
        stored = {t.situation: t for t in reopened.sparring_topics()}
        assert stored["conflict"].status is TopicStatus.RESOLVED
        assert stored["conflict"].resolved_on == TODAY
        assert stored["dismissal"].status is TopicStatus.OPEN
    finally:
        reopened.close()


def test_resolve_with_the_keyboard(qtbot: QtBot, session: JournalSession, journal: Journal) -> None:
    journal.save_sparring_topic(SparringTopic(date(2026, 11, 2), "dismissal", "hr"))
    view = make_view(qtbot, session, journal)
    view.open.list.setFocus()
    qtbot.keyClick(view.open.list, Qt.Key.Key_Down)
    assert view.open.selected() is not None
    qtbot.keyClick(view.open.list, Qt.Key.Key_Tab)
    assert view.focusWidget() is resolve_button(view)
    qtbot.keyClick(resolve_button(view), Qt.Key.Key_Space)
    assert card_texts(view) == []
    assert card_texts(view, open_list=False) == ["Dismissal"]
    assert journal.sparring_topics()[0].status is TopicStatus.RESOLVED


def test_a_future_date_is_refused_with_a_message_and_nothing_is_stored(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    view = make_view(qtbot, session, journal)
    form = open_form(qtbot, view)
    qtbot.keyClicks(form.notes, NOTE)
    # The field and its calendar stop at today: tomorrow cannot be chosen.
    form.date.setDate(to_qdate(TODAY + timedelta(days=1)))
    assert form.date.day() == TODAY
    assert form.date.calendarWidget().maximumDate() == to_qdate(TODAY)
    # Should one get past the field (a clock set back), the journal refuses it calmly.
    form.date.setMaximumDate(to_qdate(TODAY + timedelta(days=30)))
    form.date.setDate(to_qdate(TODAY + timedelta(days=1)))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.isVisible()
    assert form.message.isVisibleTo(form)
    assert form.message.text() == "That date is in the future. Choose today or an earlier date."
    assert form.notes.toPlainText() == NOTE  # what was typed is kept
    assert journal.sparring_topics() == []
    assert card_texts(view) == []

    form.date.setDate(to_qdate(TODAY))
    form.save_button.click()
    qtbot.waitUntil(lambda: view.form is None)
    assert len(journal.sparring_topics()) == 1


def test_cancel_stores_nothing(qtbot: QtBot, session: JournalSession, journal: Journal) -> None:
    view = make_view(qtbot, session, journal)
    form = open_form(qtbot, view)
    qtbot.keyClicks(form.notes, NOTE)
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.form is None)
    assert journal.sparring_topics() == []


def test_edit_the_notes_of_a_topic(qtbot: QtBot, session: JournalSession, journal: Journal) -> None:
    journal.save_sparring_topic(SparringTopic(date(2026, 11, 2), "dismissal", "hr", "Notice"))
    view = make_view(qtbot, session, journal)
    rect = view.open.list.visualRect(view.open.model.index(0))
    # A real double-click: a click, then the second press that Qt reports as a double-click.
    qtbot.mouseClick(view.open.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.open.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = view.form
    assert form is not None
    assert form.heading.text() == "Edit sparring"
    assert form.notes.toPlainText() == "Notice"
    form.notes.selectAll()
    qtbot.keyClicks(form.notes, "Went well in the end")
    form.save_button.click()
    qtbot.waitUntil(lambda: view.form is None)

    (topic,) = journal.sparring_topics()
    assert topic.notes == "Went well in the end"
    assert topic.situation == "dismissal"
    assert "Went well" in str(view.open.model.index(0).data(NOTES_ROLE))


def test_the_nudge_shows_after_three_hard_days_and_hides_once_a_topic_is_added(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    # An old topic (more than 30 days ago) does not count as recent sparring.
    journal.save_sparring_topic(SparringTopic(date(2026, 9, 1), "conflict", "hr"))
    for back, step in ((3, 3), (2, 4), (0, 3)):
        journal.save_day(DayLog(day=TODAY - timedelta(days=back), stress_step=step))
    view = make_view(qtbot, session, journal)
    assert view.banner.isVisibleTo(view)
    assert view.banner.text.text() == NUDGE_TEXT[1]

    form = open_form(qtbot, view)
    form.save_button.click()
    qtbot.waitUntil(lambda: view.form is None)
    assert not view.banner.isVisibleTo(view)


def test_the_nudge_follows_the_days_written_elsewhere(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    for back in (2, 1):
        journal.save_day(DayLog(day=TODAY - timedelta(days=back), stress_step=3))
    view = make_view(qtbot, session, journal)
    assert not view.banner.isVisibleTo(view)  # two days are not "several"

    journal.save_day(DayLog(day=TODAY, stress_step=5))
    session.notify(Change.DAY, object())  # as Today does after a save
    assert view.banner.isVisibleTo(view)

    journal.save_day(DayLog(day=TODAY, stress_step=2))
    session.notify(Change.DAY, object())
    assert not view.banner.isVisibleTo(view)


def test_danish_words_and_a_language_switch(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    journal.save_sparring_topic(SparringTopic(date(2026, 11, 2), "first_appraisal", "own_leader"))
    session = JournalSession(access, Language.DANISH)
    view = make_view(qtbot, session, journal)
    assert view.title.text() == "Sparring"
    assert view.new_button.accessibleName() == "Ny sparring"
    assert view.open.card.title.text() == "ÅBNE EMNER  ·  1"
    assert "sundhedsforsikringens rådgivning" in view.intro.text()
    assert card_texts(view) == ["Første MUS-samtaler"]
    meta = str(view.open.model.index(0).data(META_ROLE))
    assert meta.startswith("Med: Egen leder")
    assert "2. nov. 2026" in meta

    session.set_language(Language.ENGLISH)
    assert view.new_button.accessibleName() == "New sparring"
    assert view.open.card.title.text() == "OPEN TOPICS  ·  1"
    assert card_texts(view) == ["First appraisal interviews (MUS)"]
    assert "health-insurance counselling" in view.intro.text()
    session.close()


def test_the_form_offers_the_seed_situations_first_and_labels_every_field(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    view = make_view(qtbot, session, journal)
    form = open_form(qtbot, view)
    situations = [form.situation.itemText(i) for i in range(form.situation.count())]
    assert situations[:3] == [
        "First appraisal interviews (MUS)",
        "First employee satisfaction survey",
        "Employee on long-term sick leave",
    ]
    assert situations[-1] == "Other"
    assert form.with_whom.itemText(form.with_whom.count() - 2) == "Health-insurance counselling"
    names = [w.accessibleName() for w in (form.situation, form.with_whom, form.date, form.notes)]
    assert names == ["Situation", "With whom", "Date", "Notes"]
    form.reject()


def test_lock_clears_the_view_and_an_open_form(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    journal.save_sparring_topic(SparringTopic(date(2026, 11, 2), "conflict", "hr", NOTE))
    journal.save_sparring_topic(
        SparringTopic(
            date(2026, 10, 1),
            "dismissal",
            "hr",
            "Secret resolved",
            TopicStatus.RESOLVED,
            date(2026, 10, 9),
        )
    )
    for back in (2, 1, 0):
        journal.save_day(DayLog(day=TODAY - timedelta(days=back), stress_step=4))
    view = make_view(qtbot, session, journal)
    form = open_form(qtbot, view)
    qtbot.keyClicks(form.notes, "half-typed private words")
    assert NOTE in texts_shown(view)

    session.close()
    assert view.form is None or not view.form.isVisible()
    assert form.notes.toPlainText() == ""
    shown = texts_shown(view)
    for secret in (NOTE, "Secret resolved", "half-typed", "Conflict", "Dismissal"):
        assert secret not in shown
    assert view.open.model.rowCount() == 0
    assert view.resolved.model.rowCount() == 0
    assert not view.banner.isVisibleTo(view)
    assert view.banner.text.text() == ""


def test_the_app_shows_the_view_and_lock_clears_it(qtbot: QtBot, unlocked_window) -> None:
    window = unlocked_window
    window.session.journal.save_sparring_topic(
        SparringTopic(date(2026, 11, 2), "conflict", "hr", NOTE)
    )
    window.session.notify(Change.SPARRING, None)
    window.shell.show_page(Page.SPARRING)
    view = window.shell.views[Page.SPARRING]
    assert isinstance(view, SparringView)
    assert view.open.model.rowCount() == 1
    qtbot.keyClick(window.shell, "l", modifier=Qt.KeyboardModifier.ControlModifier)
    assert view.open.model.rowCount() == 0
    assert NOTE not in texts_shown(window)
