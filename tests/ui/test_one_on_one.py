"""The 1:1 view: create, draft, reorder, edit, notes and actions, export, print, lock, language."""

from __future__ import annotations

import dataclasses
import stat
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.conftest import FIXED_NOW, PASSPHRASE
from tests.ui.wheel_support import wheel_down
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    Language,
    OneOnOne,
    ShareLevel,
)
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.one_on_one import one_on_one_view
from wellbeing_desktop.ui.one_on_one.one_on_one_models import SOURCE_ROLE
from wellbeing_desktop.ui.one_on_one.one_on_one_view import OneOnOneView
from wellbeing_desktop.ui.shell.session import JournalSession

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.one_on_one.one_on_one_form import MeetingDialog

TODAY = FIXED_NOW.date()  # Thursday 26 November 2026
LAST_MEETING = date(2026, 11, 12)
OPEN_ACTIONS = ("Ask for a budget owner", "Share the hiring plan")
CANARY = "Zebrafinken"  # private text: never leaves the journal
FOR_LEADER = "Giraffehalsen needs more support"  # a reflection marked for the 1:1


@pytest.fixture
def session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, Language.ENGLISH)
    yield created
    created.close()


def seed(journal: Journal) -> None:
    """The last 1:1 (two open actions, one done) and a week of days since."""
    journal.save_one_on_one(
        OneOnOne(
            held_on=LAST_MEETING,
            with_whom="Kim",
            agenda=("Budget",),
            notes="We talked about the budget.",
            actions=(
                ActionItem(OPEN_ACTIONS[0]),
                ActionItem("Book the offsite", done=True),
                ActionItem(OPEN_ACTIONS[1]),
            ),
        )
    )
    for offset in range(5):
        day = date(2026, 11, 16) + timedelta(days=offset)
        journal.save_day(
            DayLog(
                day=day,
                minutes={"operations": 240, "people_leadership": 120, "own_tasks": 60},
                stress_step=2 + offset % 2,
                demands=7,
                resources=4,
                energy=3,
                reflection={0: f"{CANARY} private thought", 2: FOR_LEADER}.get(offset, ""),
                share=ShareLevel.ONE_ON_ONE if offset == 2 else ShareLevel.PRIVATE,
            )
        )


def make_view(
    qtbot: QtBot, session: JournalSession, journal: Journal, *, size: tuple[int, int] = (1000, 760)
) -> OneOnOneView:
    journal.save_settings(dataclasses.replace(journal.settings(), language=session.language))
    view = OneOnOneView(session, TaskRunner())
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    session.open(journal)
    view.meeting_list.setFocus()
    return view


def open_form(qtbot: QtBot, view: OneOnOneView) -> MeetingDialog:
    """Ctrl+N opens the form for a new 1:1."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = view.form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    form.activateWindow()  # as the window manager does with a new dialog
    qtbot.waitUntil(form.isActiveWindow)
    return form


def create_meeting(qtbot: QtBot, view: OneOnOneView, who: str | None = None) -> MeetingDialog:
    """New 1:1 with the keyboard: the name field has focus; Ctrl+Enter creates it."""
    form = open_form(qtbot, view)
    if who is not None:
        form.with_whom.selectAll()
        qtbot.keyClicks(form.with_whom, who)
    qtbot.keyClick(form.with_whom, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.form is None)
    return form


def draft(qtbot: QtBot, view: OneOnOneView) -> None:
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.agenda.rowCount() > 0 and view.draft_button.isEnabled(), timeout=5000
    )


def agenda_texts(view: OneOnOneView) -> list[str]:
    return [b.text for b in view.agenda.blocks()]


def stored(access: JournalAccess, session: JournalSession) -> list[OneOnOne]:
    """Lock, reopen the journal from disk and read the meetings back."""
    session.close()
    reopened = access.open_with_passphrase(PASSPHRASE)
    try:
        return reopened.one_on_ones()
    finally:
        reopened.close()


def editor(listing: QAbstractItemView) -> QLineEdit:
    """The in-place editor the list opened."""
    (field,) = [f for f in listing.viewport().findChildren(QLineEdit) if f.isVisible()]
    return field


def type_and_commit(qtbot: QtBot, listing: QAbstractItemView, text: str) -> None:
    """Type into the open in-place editor and press Enter (the delegate commits queued)."""
    field = editor(listing)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: listing.state() != QAbstractItemView.State.EditingState)


def texts_shown(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` shows or keeps: labels, fields, editors, models."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        texts += [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
            texts.append(widget.toHtml())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = (
                1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            )
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    index = model.index(row, column)
                    for role in range(Qt.ItemDataRole.UserRole + 8):
                        texts.append(str(index.data(role)))
    return texts


# --- creating and drafting ----------------------------------------------------------------


def test_new_meeting_defaults_to_the_last_name_and_today(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    seed(journal)
    view = make_view(qtbot, session, journal)
    assert view.meetings.rowCount() == 1

    form = open_form(qtbot, view)
    assert form.with_whom.text() == "Kim"
    assert form.date.day() == TODAY
    assert form.focusWidget() is form.with_whom
    form.reject()
    qtbot.waitUntil(lambda: view.form is None)

    # A 1:1 may be booked ahead: next Thursday.
    form = open_form(qtbot, view)
    form.date.setDate(form.date.date().addDays(7))
    qtbot.keyClick(form.with_whom, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.form is None)
    assert [m.held_on for m in view.meetings.meetings()] == [TODAY + timedelta(7), LAST_MEETING]
    assert view.meeting_list.currentIndex().row() == 0
    assert "upcoming" in view.meeting_day.text()
    assert view.meeting_title.text() == "1:1 with Kim"


def test_a_missing_name_is_refused_calmly_and_nothing_is_stored(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    view = make_view(qtbot, session, journal)
    assert view.no_meetings.isVisibleTo(view)
    assert view.pick_note.text().startswith("Create your next 1:1 with “New 1:1”.")
    assert not view.meeting_card.isVisibleTo(view)
    form = open_form(qtbot, view)
    assert form.with_whom.text() == ""
    qtbot.keyClick(form.with_whom, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()
    assert form.message.text() == "Write who the meeting is with."
    assert journal.one_on_ones() == []
    form.reject()


def test_draft_puts_the_open_actions_of_the_last_meeting_first_each_with_a_source(
    qtbot: QtBot, session: JournalSession, journal: Journal, access: JournalAccess
) -> None:
    seed(journal)
    view = make_view(qtbot, session, journal)
    create_meeting(qtbot, view)
    assert view.meeting_title.text() == "1:1 with Kim"
    # Since the last 1:1 (its day included), up to today.
    assert view.period() == (LAST_MEETING, TODAY)
    assert view.agenda_empty.isVisibleTo(view)

    draft(qtbot, view)

    texts = agenda_texts(view)
    assert tuple(texts[:2]) == OPEN_ACTIONS
    assert "Book the offsite" not in texts  # done: not carried over
    assert len(texts) > 2
    sources = [str(view.agenda.index(row).data(SOURCE_ROLE)) for row in range(len(texts))]
    assert all(sources), sources
    assert "open action" in sources[0]
    assert any("days of data" in s for s in sources)
    assert not any(CANARY in t for t in texts)  # private reflections never drafted
    assert FOR_LEADER in texts  # one marked for the 1:1 is, inside the app
    assert view.agenda_list.isVisibleTo(view)

    # Saved without asking (autosave).
    qtbot.waitUntil(lambda: view.saved.text().startswith("Saved"), timeout=5000)
    meetings = stored(access, session)
    assert list(meetings[0].agenda) == texts


def test_drafting_again_asks_before_replacing_the_agenda(
    qtbot: QtBot, session: JournalSession, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(journal)
    view = make_view(qtbot, session, journal)
    create_meeting(qtbot, view)
    draft(qtbot, view)
    view.agenda.set_blocks([*view.agenda.blocks()][:1])
    questions: list[str] = []

    def refuse(_parent: QWidget, _title: str, question: str, _yes: str, _no: str) -> bool:
        questions.append(question)
        return False

    monkeypatch.setattr(one_on_one_view, "ask", refuse)
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    assert questions == ["The agenda already has 1 point. Replace it with a new draft?"]
    assert len(agenda_texts(view)) == 1

    monkeypatch.setattr(one_on_one_view, "ask", lambda *_args: True)
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(agenda_texts(view)) > 1, timeout=5000)
    assert tuple(agenda_texts(view)[:2]) == OPEN_ACTIONS


def test_sources_come_back_after_locking_and_1_1_reflections_still_stay_out_of_files(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    access: JournalAccess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(journal)
    view = make_view(qtbot, session, journal)
    create_meeting(qtbot, view)
    draft(qtbot, view)
    drafted = view.agenda.blocks()
    view.save_now()

    session.close()
    assert view.agenda.rowCount() == 0
    session.open(access.open_with_passphrase(PASSPHRASE))
    assert agenda_texts(view) == [b.text for b in drafted]
    qtbot.waitUntil(lambda: view.agenda.blocks() == drafted, timeout=5000)

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "a.html"), "HTML (*.html)")
    )
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.saved.text() == "Exported to a.html", timeout=10000)
    content = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert OPEN_ACTIONS[1] in content
    assert FOR_LEADER not in content


# --- editing the agenda ---------------------------------------------------------------------


def test_reorder_edit_remove_and_add_points_with_the_keyboard_are_saved(
    qtbot: QtBot, session: JournalSession, journal: Journal, access: JournalAccess
) -> None:
    journal.save_one_on_one(
        OneOnOne(held_on=TODAY, with_whom="Kim", agenda=("First", "Second", "Third", "Fourth"))
    )
    view = make_view(qtbot, session, journal)
    assert agenda_texts(view) == ["First", "Second", "Third", "Fourth"]
    listing = view.agenda_list
    listing.setFocus()
    listing.setCurrentIndex(view.agenda.index(2))

    # Alt+Up twice: "Third" to the top; Alt+Down once: back to second place.
    qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert agenda_texts(view) == ["Third", "First", "Second", "Fourth"]
    assert listing.currentIndex().row() == 0
    assert not view.up_button.isEnabled()
    qtbot.keyClick(listing, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert agenda_texts(view) == ["First", "Third", "Second", "Fourth"]

    # F2 edits in place.
    qtbot.keyClick(listing, Qt.Key.Key_F2)
    type_and_commit(qtbot, listing, "Third, sharper")
    assert agenda_texts(view) == ["First", "Third, sharper", "Second", "Fourth"]

    # Delete removes the current point.
    listing.setCurrentIndex(view.agenda.index(3))
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert agenda_texts(view) == ["First", "Third, sharper", "Second"]

    # Add a point of one's own (after the current one), typed straight in.
    listing.setCurrentIndex(view.agenda.index(0))
    qtbot.mouseClick(view.add_point_button, Qt.MouseButton.LeftButton)
    type_and_commit(qtbot, listing, "My own point")
    assert agenda_texts(view) == ["First", "My own point", "Third, sharper", "Second"]
    assert view.agenda.index(1).data(SOURCE_ROLE) == ""

    # An added point left empty is dropped again.
    qtbot.mouseClick(view.add_point_button, Qt.MouseButton.LeftButton)
    assert len(agenda_texts(view)) == 5
    qtbot.keyClick(editor(listing), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(agenda_texts(view)) == 4)

    # The buttons do what the keys do.
    listing.setCurrentIndex(view.agenda.index(3))
    qtbot.mouseClick(view.up_button, Qt.MouseButton.LeftButton)
    assert agenda_texts(view) == ["First", "My own point", "Second", "Third, sharper"]

    qtbot.waitUntil(lambda: view.saved.text().startswith("Saved"), timeout=5000)
    (meeting,) = stored(access, session)
    assert meeting.agenda == ("First", "My own point", "Second", "Third, sharper")


def test_drag_and_drop_moves_a_block(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    journal.save_one_on_one(OneOnOne(held_on=TODAY, with_whom="Kim", agenda=("A", "B", "C")))
    view = make_view(qtbot, session, journal)
    model = view.agenda
    # What QListView's internal move does on a drop: moveRow within the list.
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert agenda_texts(view) == ["B", "C", "A"]
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert view.agenda_list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert view._dirty


def test_tab_runs_from_the_period_through_the_agenda_to_the_notes(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    journal.save_one_on_one(OneOnOne(held_on=TODAY, with_whom="Kim", agenda=("A", "B")))
    view = make_view(qtbot, session, journal)
    view.period_from.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:4] == [view.period_from, view.period_to, view.draft_button, view.agenda_list]
    assert view.notes in order
    assert order.index(view.agenda_list) < order.index(view.print_button)
    assert order.index(view.export_button) < order.index(view.notes)
    for widget in (view.notes, view.agenda_list, view.action_list, view.period_from):
        assert widget.accessibleName()


# --- after the meeting ------------------------------------------------------------------------


def test_notes_and_action_items_with_done_flags_are_kept(
    qtbot: QtBot, session: JournalSession, journal: Journal, access: JournalAccess
) -> None:
    journal.save_one_on_one(OneOnOne(held_on=TODAY, with_whom="Kim", agenda=("Budget",)))
    view = make_view(qtbot, session, journal)
    assert view.actions_empty.isVisibleTo(view)
    qtbot.keyClicks(view.notes, "Agreed to share the budget.")

    for text in ("Send the plan", "Call HR"):
        qtbot.mouseClick(view.add_action_button, Qt.MouseButton.LeftButton)
        type_and_commit(qtbot, view.action_list, text)
    assert [a.text for a in view.action_model.items()] == ["Send the plan", "Call HR"]

    # Space ticks the current action as done.
    view.action_list.setFocus()
    view.action_list.setCurrentIndex(view.action_model.index(1))
    qtbot.keyClick(view.action_list, Qt.Key.Key_Space)
    assert view.action_model.index(1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # Locking saves at once (no need to wait for the autosave).
    (meeting,) = stored(access, session)
    assert meeting.notes == "Agreed to share the budget."
    assert meeting.actions == (ActionItem("Send the plan"), ActionItem("Call HR", done=True))


def test_leaving_the_view_saves_at_once(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    journal.save_one_on_one(OneOnOne(held_on=TODAY, with_whom="Kim"))
    view = make_view(qtbot, session, journal)
    qtbot.keyClicks(view.notes, "Before I forget")
    assert view.saved.text() == "Saving…"
    view.hide()  # the shell shows another page
    assert journal.one_on_ones()[0].notes == "Before I forget"
    assert view.saved.text().startswith("Saved")


def test_a_refused_save_says_why_calmly_and_keeps_what_was_typed(
    qtbot: QtBot, session: JournalSession, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(journal)
    journal.save_one_on_one(OneOnOne(held_on=TODAY, with_whom="Kim"))
    view = make_view(qtbot, session, journal)

    def refuse(_meeting: OneOnOne) -> OneOnOne:
        raise WellbeingError("The journal file is read-only.")

    monkeypatch.setattr(journal, "save_one_on_one", refuse)
    qtbot.keyClicks(view.notes, "Keep me")
    assert not view.save_now()
    assert view.saved.text() == "Not saved: The journal file is read-only."
    assert view.saved.property("state") == "error"
    # Another meeting is not shown over what could not be saved.
    view.meeting_list.setCurrentIndex(view.meetings.index(1))
    assert view.notes.toPlainText() == "Keep me"
    assert view.meeting_list.currentIndex().row() == 0

    monkeypatch.undo()
    assert view.save_now()
    assert journal.one_on_ones()[0].notes == "Keep me"
    assert view.saved.text().startswith("Saved")


def test_switching_meetings_saves_and_shows_each_meeting(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    seed(journal)
    journal.save_one_on_one(OneOnOne(held_on=TODAY, with_whom="Kim", agenda=("Today's point",)))
    view = make_view(qtbot, session, journal)
    assert view.meeting_title.text() == "1:1 with Kim"
    assert agenda_texts(view) == ["Today's point"]
    qtbot.keyClicks(view.notes, "Note for today")
    view.meeting_list.setCurrentIndex(view.meetings.index(1))
    assert agenda_texts(view) == ["Budget"]
    assert view.notes.toPlainText() == "We talked about the budget."
    assert journal.one_on_ones()[0].notes == "Note for today"
    # The older meeting's period ends the day before it, since the one before (none here).
    assert view.period()[1] == LAST_MEETING - timedelta(days=1)


def test_delete_asks_first(
    qtbot: QtBot, session: JournalSession, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(journal)
    view = make_view(qtbot, session, journal)
    answers = [False, True]
    questions: list[str] = []

    def answer(_parent: QWidget, _title: str, question: str, _yes: str, _no: str) -> bool:
        questions.append(question)
        return answers.pop(0)

    monkeypatch.setattr(one_on_one_view, "ask", answer)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert len(journal.one_on_ones()) == 1
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert journal.one_on_ones() == []
    assert questions[0].startswith("Delete the 1:1 with Kim on Thursday 12 November 2026?")
    assert view.no_meetings.isVisibleTo(view)
    assert not view.meeting_card.isVisibleTo(view)


# --- print and export -------------------------------------------------------------------------


def test_print_document_holds_the_agenda_with_sources_notes_and_actions(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    seed(journal)
    view = make_view(qtbot, session, journal)
    create_meeting(qtbot, view)
    draft(qtbot, view)
    document = view.print_document()
    assert document is not None
    text = document.toPlainText()
    assert text.startswith("1:1 with Kim")
    assert "Thursday 26 November 2026" in text
    assert OPEN_ACTIONS[0] in text
    assert "open action from the 1:1" in text
    assert text.index(OPEN_ACTIONS[0]) < text.index(OPEN_ACTIONS[1])


def test_print_opens_the_print_dialog_and_prints_the_agenda(
    qtbot: QtBot, session: JournalSession, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.save_one_on_one(OneOnOne(held_on=TODAY, with_whom="Kim", agenda=("Budget",)))
    view = make_view(qtbot, session, journal)
    printed: list[str] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QPrintDialog.DialogCode.Accepted)
    monkeypatch.setattr(  # what would be drawn on the printer, page by page
        "wellbeing_desktop.ui.one_on_one.one_on_one_sharing.print_paged",
        lambda document, _printer: printed.append(document.toPlainText()),
    )
    view.activateWindow()
    view.agenda_list.setFocus()
    qtbot.keyClick(view.agenda_list, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 1
    assert "1:1 with Kim" in printed[0]
    assert "Budget" in printed[0]


def test_export_says_the_file_is_not_encrypted_writes_it_0600_and_logs_it(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(journal)
    view = make_view(qtbot, session, journal)
    create_meeting(qtbot, view)
    draft(qtbot, view)
    qtbot.mouseClick(view.add_point_button, Qt.MouseButton.LeftButton)
    type_and_commit(qtbot, view.agenda_list, "Point typed by hand")
    asked: list[str] = []
    target = tmp_path / "out" / "my-1-1"
    target.parent.mkdir()

    def save_as(
        _parent: QWidget, caption: str, _folder: str, filters: str, _f: str
    ) -> tuple[str, str]:
        asked.append(caption)
        assert "Markdown (*.md)" in filters
        return str(target), "Markdown (*.md)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.export_button.isEnabled, timeout=10000)  # written off the GUI thread

    assert asked == [tr(strings.EXPORT_WARNING, Language.ENGLISH)]
    written = target.with_name("my-1-1.md")
    assert written.exists()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    content = written.read_text(encoding="utf-8")
    assert OPEN_ACTIONS[0] in content
    assert "Point typed by hand" in content  # the agenda as edited, not a fresh draft
    assert CANARY not in content
    assert FOR_LEADER not in content  # its date is named; its words stay in the app
    (record,) = journal.export_log()
    assert (record.kind, record.format) == ("one-on-one", "md")
    assert (record.period_start, record.period_end) == (LAST_MEETING, TODAY)
    assert record.reflection_days == (date(2026, 11, 18),)  # named, its text stayed
    assert view.saved.text() == "Exported to my-1-1.md"

    # Never over an existing file: a calm line, the old file untouched.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(written), "Markdown (*.md)")
    )
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.export_button.isEnabled, timeout=10000)
    assert view.message.text() == "A file with that name already exists. Choose another name."
    assert written.read_text(encoding="utf-8") == content
    assert len(journal.export_log()) == 1


# --- lock and language ------------------------------------------------------------------------


def test_lock_leaves_no_meeting_text_in_any_widget(
    qtbot: QtBot, session: JournalSession, journal: Journal, access: JournalAccess
) -> None:
    journal.save_one_on_one(
        OneOnOne(
            held_on=TODAY,
            with_whom=f"{CANARY} Kim",
            agenda=(f"{CANARY} agenda",),
            notes=f"{CANARY} notes",
            actions=(ActionItem(f"{CANARY} action"),),
        )
    )
    view = make_view(qtbot, session, journal)
    view.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(view.notes, " typed")
    assert any(CANARY in text for text in texts_shown(view))

    session.close()

    leftovers = [text for text in texts_shown(view) if CANARY in text]
    assert leftovers == []
    assert view.meetings.rowCount() == view.agenda.rowCount() == 0
    # What was typed was saved on the way out.
    reopened = access.open_with_passphrase(PASSPHRASE)
    try:
        assert reopened.one_on_ones()[0].notes == f"{CANARY} notes typed"
    finally:
        reopened.close()


def test_danish_words_and_a_switch_to_english(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    session = JournalSession(access, Language.DANISH)
    try:
        seed(journal)
        view = make_view(qtbot, session, journal)
        assert view.title.text() == "1:1"
        assert view.new_button.text() == "+ Ny 1:1"
        assert view.coach_button.text() == "Opsummering til coach…"
        assert view.draft_button.text() == "Lav udkast"
        assert view.meeting_title.text() == "1:1 med Kim"
        assert view.meeting_day.text() == "Torsdag 12. november 2026"
        assert view.notes.accessibleName() == "Noter"
        assert view.period_from.accessibleName() == view.from_label.text() == "Fra"
        meta = str(view.meetings.index(0).data(Qt.ItemDataRole.UserRole + 2))
        assert "med Kim" in meta
        assert "2 åbne handlinger" in meta

        session.set_language(Language.ENGLISH)
        assert view.new_button.text() == "+ New 1:1"
        assert view.coach_button.text() == "Summary for a coach…"
        assert view.draft_button.text() == "Draft agenda"
        assert view.meeting_title.text() == "1:1 with Kim"
        assert view.meeting_day.text() == "Thursday 12 November 2026"
        assert view.notes.accessibleName() == "Notes"
        meta = str(view.meetings.index(0).data(Qt.ItemDataRole.UserRole + 2))
        assert "2 open actions" in meta
    finally:
        session.close()


def test_fits_a_small_window_without_clipping_the_buttons(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    seed(journal)
    view = make_view(qtbot, session, journal, size=(824, 640))  # 1024×700 minus the sidebar
    create_meeting(qtbot, view)
    draft(qtbot, view)
    qtbot.wait(20)
    content = view.page_scroll.widget()
    assert content is not None
    assert content.width() <= view.page_scroll.viewport().width()
    for button in view.findChildren(QAbstractButton):
        if button.isVisibleTo(view) and button.text():
            needed = button.fontMetrics().horizontalAdvance(button.text())
            assert button.width() >= needed, button.text()


def test_the_wheel_over_an_unfocused_date_scrolls_the_page_not_the_period(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    """The period the agenda is drafted from moves only when the user chose to (#15)."""
    seed(journal)
    view = make_view(qtbot, session, journal, size=(1000, 420))
    qtbot.waitUntil(lambda: view.page_scroll.verticalScrollBar().maximum() > 0)
    period = (view.period_from.date(), view.period_to.date())
    for field in (view.period_from, view.period_to):
        wheel_down(field)
    assert (view.period_from.date(), view.period_to.date()) == period
    assert view.page_scroll.verticalScrollBar().value() > 0
