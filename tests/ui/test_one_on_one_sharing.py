"""Every GUI path to a 1:1 or coach file leaves out what the sharing rule keeps in the app.

Canaries sit in a private, a 1:1-marked and a coach-marked (unticked) reflection. Each
test drives one path a user can take (draft, edit, switch meetings, lock and unlock,
paste, print to a file, export, coach summary), reads back what was written (pdftotext
for PDF) and checks the consent log: the entry is there and names the right days.
"""

from __future__ import annotations

import dataclasses
import stat
import subprocess
import unicodedata
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from tests.conftest import FIXED_NOW, PASSPHRASE
from tests.ui.test_one_on_one import create_meeting, draft, texts_shown, type_and_commit
from wellbeing_desktop.domain.models import ActionItem, DayLog, Language, OneOnOne, ShareLevel
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.one_on_one.one_on_one_view import OneOnOneView
from wellbeing_desktop.ui.shell.session import JournalSession

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.coach.coach_dialog import CoachSummaryDialog

TODAY = FIXED_NOW.date()
LAST_MEETING = date(2026, 11, 12)
PRIVATE = "Quokkakanarie hides behind the budget"
ONE_ON_ONE = "Narhvalkanarie wants the reorg discussed"
COACH = "Axolotlkanarie fears delegation"
PRIVATE_DAY, ONE_ON_ONE_DAY, COACH_DAY = date(2026, 11, 16), date(2026, 11, 18), date(2026, 11, 19)
CANARIES = ("Quokkakanarie", "Narhvalkanarie", "Axolotlkanarie")


@pytest.fixture
def session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, Language.ENGLISH)
    yield created
    created.close()


def seed(journal: Journal) -> None:
    journal.save_one_on_one(
        OneOnOne(held_on=LAST_MEETING, with_whom="Kim", agenda=("Budget",), notes="Budget talk")
    )
    texts = {
        PRIVATE_DAY: (PRIVATE, ShareLevel.PRIVATE),
        ONE_ON_ONE_DAY: (ONE_ON_ONE, ShareLevel.ONE_ON_ONE),
        COACH_DAY: (COACH, ShareLevel.COACH),
    }
    for offset in range(6):
        day = PRIVATE_DAY + timedelta(days=offset)
        text, share = texts.get(day, ("", ShareLevel.PRIVATE))
        journal.save_day(
            DayLog(
                day=day,
                minutes={"operations": 240, "people_leadership": 120, "own_tasks": 60},
                stress_step=2,
                demands=6,
                resources=5,
                energy=3,
                reflection=text,
                share=share,
            )
        )


def make_view(qtbot: QtBot, session: JournalSession, journal: Journal) -> OneOnOneView:
    journal.save_settings(dataclasses.replace(journal.settings(), language=session.language))
    view = OneOnOneView(session, TaskRunner())
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    session.open(journal)
    return view


def drafted_view(qtbot: QtBot, session: JournalSession, journal: Journal) -> OneOnOneView:
    """A new 1:1 for today with a drafted agenda: the 1:1 reflection is one of its points."""
    seed(journal)
    view = make_view(qtbot, session, journal)
    create_meeting(qtbot, view)
    draft(qtbot, view)
    assert ONE_ON_ONE in [b.text for b in view.agenda.blocks()]  # shown in the app
    view.save_now()
    return view


def read_back(path: Path) -> str:
    if path.suffix == ".pdf":
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        # NFKC: a ligature ("ﬂ") must neither hide a canary nor break a phrase.
        return unicodedata.normalize("NFKC", " ".join(done.stdout.decode("utf-8").split()))
    return path.read_text(encoding="utf-8")


def export(qtbot: QtBot, view: OneOnOneView, target: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    filters = {".md": "Markdown (*.md)", ".html": "HTML (*.html)", ".pdf": "PDF (*.pdf)"}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(target), filters[target.suffix])
    )
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.saved.text() == f"Exported to {target.name}", timeout=20000)
    return read_back(target)


def assert_only_named(text: str, journal: Journal, path: Path) -> None:
    """No canary in the file; the file is private; the log names the 1:1 day only."""
    for canary in CANARIES:
        assert canary not in text
    assert "My reflections marked for the 1:1 (18 Nov" in " ".join(text.split())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    (record,) = journal.export_log()
    assert record.kind == "one-on-one"
    assert record.reflection_days == (ONE_ON_ONE_DAY,)


def test_switching_meetings_and_back_then_export(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = drafted_view(qtbot, session, journal)
    view.meeting_list.setCurrentIndex(view.meetings.index(1))
    view.meeting_list.setCurrentIndex(view.meetings.index(0))
    assert ONE_ON_ONE in [b.text for b in view.agenda.blocks()]
    target = tmp_path / "switched.md"
    assert_only_named(export(qtbot, view, target, monkeypatch), journal, target)

    # The consent log in the app names the day, says its text stayed, and shows no text.
    qtbot.mouseClick(view.shared_button, Qt.MouseButton.LeftButton)
    log = view.log_dialog
    assert log is not None
    qtbot.waitUntil(log.isVisible)
    row = [str(log.model.index(0, c).data()) for c in range(log.model.columnCount(QModelIndex()))]
    assert row[5] == "1 named (18 Nov), the text stayed in the app"
    shown = "\n".join(texts_shown(log))
    for canary in CANARIES:
        assert canary not in shown


def test_lock_unlock_and_an_edited_reflection_point_then_export(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    access: JournalAccess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = drafted_view(qtbot, session, journal)
    session.close()
    session.open(access.open_with_passphrase(PASSPHRASE))
    journal = session.journal
    row = [b.text for b in view.agenda.blocks()].index(ONE_ON_ONE)
    view.agenda_list.setFocus()
    view.agenda_list.setCurrentIndex(view.agenda.index(row))
    view.agenda_list.edit(view.agenda.index(row))
    type_and_commit(qtbot, view.agenda_list, f"{ONE_ON_ONE} - let us talk")
    target = tmp_path / "edited.html"
    assert_only_named(export(qtbot, view, target, monkeypatch), journal, target)


def test_a_private_reflection_pasted_as_a_point_then_pdf_export(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = drafted_view(qtbot, session, journal)
    qtbot.mouseClick(view.add_point_button, Qt.MouseButton.LeftButton)
    type_and_commit(qtbot, view.agenda_list, PRIVATE)
    qtbot.mouseClick(view.add_point_button, Qt.MouseButton.LeftButton)
    type_and_commit(qtbot, view.agenda_list, "My own point about hiring")
    target = tmp_path / "pasted.pdf"
    text = export(qtbot, view, target, monkeypatch)
    assert "My own point about hiring" in text  # what the user typed is theirs
    assert_only_named(text, journal, target)


def test_print_to_a_pdf_file_is_an_export(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = drafted_view(qtbot, session, journal)
    view.notes.setPlainText(f"Notes for Kim\n{PRIVATE}")
    target = tmp_path / "printed.pdf"

    def to_file(dialog: QPrintDialog) -> int:
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.saved.text() == "Exported to printed.pdf", timeout=20000)
    text = read_back(target)
    assert "1:1 with Kim" in text
    assert "Notes for Kim" in text
    assert_only_named(text, journal, target)
    (record,) = journal.export_log()
    assert record.format == "pdf"


def test_print_to_paper_carries_no_reflection_text(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = drafted_view(qtbot, session, journal)
    view.meeting_list.setCurrentIndex(view.meetings.index(1))
    view.meeting_list.setCurrentIndex(view.meetings.index(0))
    printed: list[str] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QPrintDialog.DialogCode.Accepted)
    # The paper's printer: what would be drawn on it, page by page.
    monkeypatch.setattr(
        "wellbeing_desktop.ui.one_on_one.one_on_one_sharing.print_paged",
        lambda document, _printer: printed.append(document.toPlainText()),
    )
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    (text,) = printed
    for canary in CANARIES:
        assert canary not in text
    assert journal.export_log() == []  # nothing was written to a file


def open_coach(qtbot: QtBot, view: OneOnOneView) -> CoachSummaryDialog:
    qtbot.mouseClick(view.coach_button, Qt.MouseButton.LeftButton)
    dialog = view.coach_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    return dialog


def save_coach(
    qtbot: QtBot, dialog: CoachSummaryDialog, target: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    dialog.format_buttons[target.suffix.lstrip(".")].click()
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), "x"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Saved to"), timeout=20000)
    return read_back(target)


def test_coach_summary_with_reflections_pasted_into_1_1_actions(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Open 1:1 actions go into the coach summary: one pasted from a reflection may not."""
    seed(journal)
    journal.save_one_on_one(
        OneOnOne(
            held_on=TODAY - timedelta(days=1),
            with_whom="Kim",
            actions=(ActionItem(PRIVATE), ActionItem(ONE_ON_ONE), ActionItem("Book a coach")),
        )
    )
    view = make_view(qtbot, session, journal)
    dialog = open_coach(qtbot, view)
    target = tmp_path / "coach.md"
    text = save_coach(qtbot, dialog, target, monkeypatch)
    assert "Book a coach" in text
    for canary in CANARIES:  # the coach reflection is offered, but not ticked
        assert canary not in text
    (record,) = journal.export_log()
    assert (record.kind, record.reflection_days) == ("coach", ())
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_coach_summary_quotes_only_the_ticked_coach_reflection(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(journal)
    view = make_view(qtbot, session, journal)
    dialog = open_coach(qtbot, view)
    dialog.reflection_list.setFocus()
    dialog.reflection_list.setCurrentIndex(dialog.reflections.index(0))
    qtbot.keyClick(dialog.reflection_list, Qt.Key.Key_Space)
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    target = tmp_path / "coach.pdf"
    text = save_coach(qtbot, dialog, target, monkeypatch)
    assert COACH in text
    assert "Quokkakanarie" not in text
    assert "Narhvalkanarie" not in text
    (record,) = journal.export_log()
    assert record.reflection_days == (COACH_DAY,)


# --- the file and its consent entry: both or neither (item 6) ---------------------------------


def fail_consent_at_commit(journal: Journal) -> None:
    """A deferred foreign key in the journal itself: the entry's COMMIT fails for real."""
    from tests.cli.test_export_consent_unit import FAIL_AT_COMMIT
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.storage.engine import connect_keyed

    data_key = keyfile.unlock_with_passphrase(journal.paths.key_file, PASSPHRASE)
    conn = connect_keyed(journal.paths.database, data_key)
    try:
        conn.executescript(FAIL_AT_COMMIT)
        conn.commit()
    finally:
        conn.close()


def test_gui_export_and_print_to_file_leave_nothing_when_the_consent_entry_fails(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = drafted_view(qtbot, session, journal)
    fail_consent_at_commit(journal)
    folder = tmp_path / "out"
    folder.mkdir()

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(folder / "a.md"), "Markdown (*.md)")
    )
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.message.isVisible() and view.export_button.isEnabled(), timeout=20000
    )
    assert list(folder.iterdir()) == []
    assert view.message.text().startswith("The file was not saved")

    def to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(folder / "printed.pdf"))
        return QPrintDialog.DialogCode.Accepted

    view.message.hide()
    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert view.message.isVisible()
    assert view.message.text().startswith("The file was not saved")
    assert list(folder.iterdir()) == []
    assert journal.export_log() == []


def test_a_share_level_changed_after_the_preview_is_what_counts(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ticked in the preview, then made private elsewhere (the CLI, another window)."""
    seed(journal)
    view = make_view(qtbot, session, journal)
    dialog = open_coach(qtbot, view)
    dialog.reflection_list.setFocus()
    dialog.reflection_list.setCurrentIndex(dialog.reflections.index(0))
    qtbot.keyClick(dialog.reflection_list, Qt.Key.Key_Space)
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    assert COACH in dialog.preview.toPlainText()
    day = journal.day(COACH_DAY)
    assert day is not None
    journal.save_day(dataclasses.replace(day, share=ShareLevel.PRIVATE))  # no GUI notice

    target = tmp_path / "coach.md"
    text = save_coach(qtbot, dialog, target, monkeypatch)
    for canary in CANARIES:
        assert canary not in text
    (record,) = journal.export_log()
    assert record.reflection_days == ()
