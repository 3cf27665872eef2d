"""The coach summary: only ticked coach reflections leave, the preview is the file, the log."""

from __future__ import annotations

import dataclasses
import stat
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from tests.conftest import FIXED_NOW
from tests.ui.test_one_on_one import texts_shown
from wellbeing_desktop.domain.models import DayLog, Language, OneOnOne, ShareLevel
from wellbeing_desktop.services.report_content import Section
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.common.translation import tr
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
PRIVATE = "Zebrafinken"  # a private reflection: never offered, never in any preview or file
FOR_LEADER = "Giraffehalsen"  # marked for the 1:1: not offered to a coach either
FOR_COACH = "Delegation feels like losing control"
COACH_DAY = date(2026, 11, 18)


@pytest.fixture
def session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, Language.ENGLISH)
    yield created
    created.close()


def seed(journal: Journal) -> None:
    reflections = {
        date(2026, 11, 16): (f"{PRIVATE} kept to myself", ShareLevel.PRIVATE),
        date(2026, 11, 17): (f"{FOR_LEADER} for my leader", ShareLevel.ONE_ON_ONE),
        COACH_DAY: (FOR_COACH, ShareLevel.COACH),
        date(2026, 11, 19): ("", ShareLevel.COACH),  # marked, but nothing written
    }
    for offset in range(6):
        day = date(2026, 11, 16) + timedelta(days=offset)
        text, share = reflections.get(day, ("", ShareLevel.PRIVATE))
        journal.save_day(
            DayLog(
                day=day,
                minutes={"operations": 240, "people_leadership": 150, "own_tasks": 60},
                stress_step=2,
                demands=6,
                resources=5,
                energy=3,
                reflection=text,
                share=share,
            )
        )


def open_dialog(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> tuple[OneOnOneView, CoachSummaryDialog]:
    """The 1:1 view, and the coach summary opened from its button."""
    journal.save_settings(dataclasses.replace(journal.settings(), language=session.language))
    view = OneOnOneView(session, TaskRunner())
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    session.open(journal)
    qtbot.mouseClick(view.coach_button, Qt.MouseButton.LeftButton)
    dialog = view.coach_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    return view, dialog


def offered(dialog: CoachSummaryDialog) -> list[str]:
    model = dialog.reflections
    return [str(model.index(row).data()) for row in range(model.rowCount())]


def tick(qtbot: QtBot, dialog: CoachSummaryDialog, row: int) -> None:
    """Tick a reflection with the keyboard (Space), then wait for the preview."""
    dialog.reflection_list.setFocus()
    dialog.reflection_list.setCurrentIndex(dialog.reflections.index(row))
    qtbot.keyClick(dialog.reflection_list, Qt.Key.Key_Space)
    qtbot.waitUntil(dialog.is_current, timeout=10000)


def preview(dialog: CoachSummaryDialog) -> str:
    return dialog.preview.toPlainText()


def test_only_coach_reflections_are_offered_unticked_and_enter_the_preview_when_ticked(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    seed(journal)
    _view, dialog = open_dialog(qtbot, session, journal)
    assert dialog.period() == (TODAY - timedelta(days=27), TODAY)

    assert offered(dialog) == [f"18 Nov 2026 – {FOR_COACH}"]
    state = dialog.reflections.index(0).data(Qt.ItemDataRole.CheckStateRole)
    assert state == Qt.CheckState.Unchecked  # nothing private leaves by default
    assert dialog.chosen_count.text() == "0 of 1 chosen"
    shown = "\n".join(texts_shown(dialog))
    assert PRIVATE not in shown
    assert FOR_LEADER not in shown
    text = preview(dialog)
    assert "Summary for my coach" in text
    assert FOR_COACH not in text
    assert PRIVATE not in text
    assert FOR_LEADER not in text

    tick(qtbot, dialog, 0)
    assert dialog.chosen_count.text() == "1 of 1 chosen"
    assert FOR_COACH in preview(dialog)
    assert dialog.included_days() == {COACH_DAY}

    # Turning the Reflections section off takes the quote out again.
    dialog.section_boxes[Section.REFLECTIONS].click()
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    assert FOR_COACH not in preview(dialog)
    assert not dialog.reflection_list.isEnabled()
    dialog.section_boxes[Section.REFLECTIONS].click()
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    assert FOR_COACH in preview(dialog)  # the tick was kept

    # Unticking takes it out.
    tick(qtbot, dialog, 0)
    assert FOR_COACH not in preview(dialog)
    assert PRIVATE not in preview(dialog)


def test_a_period_without_the_day_drops_its_reflection_and_its_tick(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    seed(journal)
    _view, dialog = open_dialog(qtbot, session, journal)
    tick(qtbot, dialog, 0)
    dialog.period_from.setDate(dialog.period_from.date().addDays(27 - 5))  # 21 Nov on
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    assert offered(dialog) == []
    assert dialog.reflections_none.text() == "No reflections marked “Coach” in the period."
    assert dialog.included_days() == frozenset()
    assert FOR_COACH not in preview(dialog)


def test_sections_shape_the_preview_and_none_means_nothing_to_save(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    seed(journal)
    _view, dialog = open_dialog(qtbot, session, journal)
    assert "Time split" in preview(dialog)
    assert dialog.save_button.isEnabled()

    dialog.section_boxes[Section.TIME_SPLIT].click()
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    assert "Leadership share" not in preview(dialog)

    for section, box in dialog.section_boxes.items():
        if box.isChecked():
            box.click()
        assert section not in dialog.chosen_sections()
    qtbot.waitUntil(lambda: dialog.preview_state.text() == "Choose at least one section.")
    assert not dialog.save_button.isEnabled()
    assert preview(dialog) == ""


def test_save_says_the_file_is_not_encrypted_writes_it_0600_and_logs_what_left(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(journal)
    _view, dialog = open_dialog(qtbot, session, journal)
    dialog.section_boxes[Section.WHO5].click()
    tick(qtbot, dialog, 0)
    dialog.format_buttons["html"].click()
    captions: list[str] = []
    target = tmp_path / "summary"

    def save_as(
        _parent: QWidget, caption: str, _folder: str, filters: str, _chosen: str
    ) -> tuple[str, str]:
        captions.append(caption)
        assert filters == "HTML (*.html)"
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert dialog.warning.text() == tr(strings.EXPORT_WARNING, Language.ENGLISH)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Saved to"), timeout=10000)

    assert captions == [tr(strings.EXPORT_WARNING, Language.ENGLISH)]
    written = tmp_path / "summary.html"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    content = written.read_text(encoding="utf-8")
    assert FOR_COACH in content
    assert PRIVATE not in content
    assert FOR_LEADER not in content
    (record,) = journal.export_log()
    assert (record.kind, record.format) == ("coach", "html")
    assert (record.period_start, record.period_end) == dialog.period()
    assert Section.WHO5.value not in record.sections
    assert Section.REFLECTIONS.value in record.sections
    assert record.reflection_days == (COACH_DAY,)

    # The consent log shows it, from the dialog's own button.
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    log = dialog.log_dialog
    assert log is not None
    qtbot.waitUntil(log.isVisible)
    assert log.model.rowCount() == 1
    row = [str(log.model.index(0, c).data()) for c in range(log.model.columnCount(QModelIndex()))]
    assert row[1:3] == ["Summary for a coach", "HTML"]
    assert row[0] == "26 Nov 2026, 17:30"
    assert row[3] == "30 Oct – 26 Nov 2026"
    assert "Reflections" in row[4]
    assert "WHO-5" not in row[4]
    assert row[5] == "1 (18 Nov)"
    assert FOR_COACH not in "\n".join(texts_shown(log))  # the log names days, not text


def test_a_pdf_can_be_saved_too(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(journal)
    _view, dialog = open_dialog(qtbot, session, journal)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "c.pdf"), "PDF (*.pdf)")
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Saved to"), timeout=20000)
    written = tmp_path / "c.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert journal.export_log()[0].format == "pdf"


def test_the_export_log_is_reachable_from_the_1_1_view(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=session.language))
    view = OneOnOneView(session, TaskRunner())
    qtbot.addWidget(view)
    view.show()
    session.open(journal)
    qtbot.mouseClick(view.shared_button, Qt.MouseButton.LeftButton)
    log = view.log_dialog
    assert log is not None
    qtbot.waitUntil(log.isVisible)
    assert log.empty.text() == "Nothing has been exported yet."
    assert log.empty.isVisibleTo(log)
    log.reject()
    qtbot.waitUntil(lambda: view.log_dialog is None)


def test_lock_closes_the_dialogs_and_leaves_no_reflection_text(
    qtbot: QtBot, session: JournalSession, journal: Journal
) -> None:
    seed(journal)
    journal.save_one_on_one(OneOnOne(held_on=TODAY, with_whom="Kim", notes="Kim's notes"))
    view, dialog = open_dialog(qtbot, session, journal)
    tick(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert dialog.log_dialog is not None
    qtbot.mouseClick(view.shared_button, Qt.MouseButton.LeftButton)
    assert view.log_dialog is not None
    assert FOR_COACH in "\n".join(texts_shown(view))

    session.close()

    qtbot.waitUntil(lambda: view.coach_dialog is None and view.log_dialog is None)
    log_dialog: object = dialog.log_dialog  # read anew: mypy would keep "not None"
    assert log_dialog is None
    leftovers = [t for t in texts_shown(view) if FOR_COACH in t or "Kim" in t]
    assert leftovers == []
    assert dialog.preview.toPlainText() == ""
    assert dialog.reflections.rowCount() == 0


def test_danish_words(qtbot: QtBot, access: JournalAccess, journal: Journal) -> None:
    session = JournalSession(access, Language.DANISH)
    try:
        seed(journal)
        _view, dialog = open_dialog(qtbot, session, journal)
        assert dialog.windowTitle() == "Opsummering til coach"
        assert dialog.save_button.text() == "Gem…"
        assert dialog.section_boxes[Section.STRESS].text() == "Stresstrappen"
        assert dialog.period_from.accessibleName() == dialog.from_label.text() == "Fra"
        assert dialog.warning.text() == tr(strings.EXPORT_WARNING, Language.DANISH)
        assert offered(dialog) == [f"18. nov. 2026 – {FOR_COACH}"]
        assert "Opsummering til min coach" in preview(dialog)

        session.set_language(Language.ENGLISH)
        assert dialog.save_button.text() == "Save…"
        qtbot.waitUntil(dialog.is_current, timeout=10000)
        assert "Summary for my coach" in preview(dialog)
    finally:
        session.close()
