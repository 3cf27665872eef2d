"""Issue #19: importing another journal from Settings, as a user sees it.

A real journal, the real sample exports of ``tests/data/foreign/``, the real dialog: its
preview, the warning about shared days, the import writing the days, one line for a file
it cannot read (and nothing written), Cancel writing nothing, and the Danish words.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.domain.models import DayLog, Language, ShareLevel
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services import interchange
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.foreign_import import ImportFormat, ImportPlan
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.transfer.import_dialog import FORMATS, ImportDialog
from wellbeing_desktop.ui.transfer.import_preview import plan_texts

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "foreign"
JRNL = SAMPLES / "jrnl-4.6.json"
NOVEMBER_20 = date(2026, 11, 20)


def _evening() -> datetime:
    return datetime(2026, 12, 7, 17, 30)  # after every sample's last entry


@pytest.fixture
def access(tmp_path: Path) -> JournalAccess:
    """A journal whose today is 7 December 2026 (the Day One sample ends on 28 Nov)."""
    return JournalAccess(JournalPaths(tmp_path / "journal"), kdf=keyfile.TEST_KDF, clock=_evening)


def open_dialog(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, language: Language = Language.ENGLISH
) -> tuple[ImportDialog, JournalSession]:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    session = JournalSession(JournalAccess(JournalPaths(Path("unused"))), language)
    session.open(journal)
    dialog = ImportDialog(session, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, session


def load(qtbot: QtBot, dialog: ImportDialog, path: Path, fmt: ImportFormat | None = None) -> None:
    dialog.load(path, fmt)
    qtbot.waitUntil(lambda: not dialog.status.isVisible(), timeout=10000)


def shown(dialog: ImportDialog) -> list[str]:
    """The preview's lines a user sees, top to bottom."""
    return [label.text() for label in (dialog.summary, *dialog.lines) if label.isVisible()]


def import_now(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def test_the_preview_says_what_the_jrnl_file_brings(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner
) -> None:
    journal.save_day(DayLog(day=NOVEMBER_20, reflection="Written in Leader Pulse."))
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, JRNL)

    assert dialog.format_box.currentText() == "jrnl"
    assert dialog.chosen.path() == str(JRNL)
    assert shown(dialog) == [
        "7 entries from 20–24 Nov 2026, on 4 days",
        "Tags: 1til1, chef, møde, projekt-x, sparring-ledelse, sygefravær, søvn, team",
        "Already in the journal (the text goes after what is there): 1 day: 20 Nov 2026",
        "Left out (the journal cannot hold it): the stars on 2 entries (not kept)",
    ]
    assert dialog.warning.isHidden()  # the day is private
    assert dialog.import_button.text() == "Import 7 entries"
    assert dialog.import_button.isEnabled()
    assert dialog.height() <= 728  # fits 1366×768 without scrolling


def test_the_preview_counts_what_is_left_out(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner
) -> None:
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, SAMPLES / "dayone-export.zip")

    assert dialog.format_box.currentText() == "Day One"
    lines = shown(dialog)
    assert lines[0].startswith("6 entries from ")
    assert lines[-1] == (
        "Left out (the journal cannot hold it): 1 sound recording, 2 locations, "
        "4 photos, the stars on 2 entries (not kept), weather on 2 entries"
    )
    load(qtbot, dialog, SAMPLES / "daylio_export.csv")
    assert dialog.format_box.currentText() == "Daylio"
    assert shown(dialog)[-1] == (
        "Left out (the journal cannot hold it): 1 activity that cannot be a tag (only an emoji)"
    )


def test_shared_days_are_warned_about_before_the_import(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner
) -> None:
    journal.save_day(DayLog(day=NOVEMBER_20, reflection="Before.", share=ShareLevel.ONE_ON_ONE))
    dialog, session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, JRNL)

    assert dialog.warning.isVisible()
    assert dialog.warning.text.text() == (
        "Careful: 1 day you share (1:1 or coach) would get private text from the file, "
        "and it would be shared with them: 20 Nov 2026. Make that day private in Today "
        "first if the text should stay private."
    )
    with qtbot.waitSignal(session.changed) as changed:
        import_now(qtbot, dialog)
    assert changed.args[0] is Change.DAY
    kept = journal.day(NOVEMBER_20)
    assert kept is not None
    assert kept.share is ShareLevel.ONE_ON_ONE  # the day keeps its level, as warned
    assert kept.reflection.startswith("Before.\n\n— ")


def test_import_writes_the_days_and_says_so(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner
) -> None:
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, SAMPLES / "markdown_notes")
    assert dialog.format_box.currentText() == "Markdown daily notes (Obsidian and others)"
    with qtbot.waitSignal(dialog.imported):
        import_now(qtbot, dialog)

    assert dialog.done_line.text() == "Imported 4 entries on 4 days."
    assert not dialog.import_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    days = journal.days()
    assert [log.day for log in days] == [
        date(2026, 11, 5),
        date(2026, 11, 18),
        date(2026, 11, 19),
        NOVEMBER_20,
    ]
    assert all(log.share is ShareLevel.PRIVATE and log.reflection for log in days)

    load(qtbot, dialog, SAMPLES / "markdown_notes")  # the same folder again
    assert shown(dialog) == [
        "Nothing new to import: everything in this file is in the journal already.",
        "Left out (the journal cannot hold it): 2 files that are not daily notes",
        "4 entries imported before: they are passed over",
    ]
    assert not dialog.import_button.isEnabled()


def test_a_malformed_file_gets_one_line_and_nothing_is_written(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    broken = tmp_path / "journal.json"
    broken.write_text('{"entries": [{"title": "Møde", "date": ', encoding="utf-8")
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, broken)

    line = dialog.message.text()
    assert dialog.message.isVisible()
    assert "journal.json" in line
    assert "\n" not in line
    assert "Traceback" not in line
    assert not dialog.preview_frame.isVisible()
    assert not dialog.import_button.isEnabled()
    assert journal.days() == []
    for button in (dialog.choose_file, dialog.import_button):  # room for the line too
        assert button.height() >= button.sizeHint().height()

    unknown = tmp_path / "notes.txt"
    unknown.write_text("hello", encoding="utf-8")
    dialog.load(unknown)
    assert dialog.message.isVisible()
    assert "notes.txt" in dialog.message.text()
    assert dialog.format_box.currentIndex() == -1  # the user can say which app made it
    assert dialog.choose_file.height() >= dialog.choose_file.sizeHint().height()


def test_a_future_day_is_not_taken_now(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path) -> None:
    """On 26 Nov 2026 the Day One sample has an entry after today: it waits."""
    early = JournalAccess(JournalPaths(tmp_path / "early"), kdf=keyfile.TEST_KDF, clock=fixed_clock)
    opened, _code = early.create(PASSPHRASE)
    try:
        dialog, _session = open_dialog(qtbot, opened, tasks)
        load(qtbot, dialog, SAMPLES / "dayone-journal.json")
        preview = "\n".join(shown(dialog))
        assert "Not taken: 2 entries dated after today (import the file again then)" in preview
        assert dialog.import_button.isEnabled()
        assert opened.days() == []
    finally:
        opened.close()


def test_a_wrong_format_can_be_corrected(qtbot: QtBot, journal: Journal, tasks: TaskRunner) -> None:
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, JRNL)
    dialog.format_box.setCurrentIndex(FORMATS.index(ImportFormat.DAYONE))
    dialog.format_box.activated.emit(FORMATS.index(ImportFormat.DAYONE))
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
    assert "jrnl-4.6.json" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    dialog.format_box.activated.emit(FORMATS.index(ImportFormat.JRNL))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert dialog.message.isHidden()


def test_cancel_writes_nothing(qtbot: QtBot, journal: Journal, tasks: TaskRunner) -> None:
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, JRNL)
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert journal.days() == []
    assert journal.imported_ids("jrnl") == frozenset()


def test_locking_closes_the_dialog_and_forgets_the_file(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner
) -> None:
    dialog, session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, JRNL)
    session.close()
    assert not dialog.isVisible()
    assert dialog.chosen.path() == ""
    assert not dialog.summary.text()


def test_danish_words(qtbot: QtBot, journal: Journal, tasks: TaskRunner) -> None:
    journal.save_day(DayLog(day=NOVEMBER_20, reflection="Før.", share=ShareLevel.COACH))
    dialog, _session = open_dialog(qtbot, journal, tasks, Language.DANISH)
    assert dialog.heading.text() == "Importer fra en anden dagbog"
    assert dialog.choose_file.text() == "Vælg en fil…"
    load(qtbot, dialog, JRNL)
    assert shown(dialog)[0] == "7 indlæg fra 20.–24. nov. 2026, fordelt på 4 dage"
    assert (
        shown(dialog)[2]
        == "Allerede i dagbogen (teksten lægges efter det, der står): 1 dag: 20. nov. 2026"
    )
    assert dialog.warning.text.text().startswith("Pas på: 1 dag, som du deler (1:1 eller coach)")
    assert dialog.import_button.text() == "Importer 7 indlæg"
    import_now(qtbot, dialog)
    assert dialog.done_line.text().startswith("Importeret: 7 indlæg på 4 dage. Dagbogen, som")
    assert dialog.cancel_button.text() == "Luk"


def test_our_own_export_is_previewed_and_imported(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    days = (DayLog(day=date(2026, 11, 2), reflection="Mandag."), DayLog(day=date(2026, 11, 3)))
    content = dataclasses.replace(journal.content(), days=days)
    export = tmp_path / "leader-pulse.json"
    export.write_text(interchange.content_to_json(content), encoding="utf-8")
    dialog, session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, export)

    assert dialog.format_box.currentText() == "Leader Pulse (JSON export)"
    assert shown(dialog)[0] == (
        "The file holds 2 days, 0 1:1 meetings, 0 sparring topics and 0 WHO-5 check-ins."
    )
    assert dialog.import_button.text() == "Import"
    with qtbot.waitSignal(session.changed):
        import_now(qtbot, dialog)
    assert [log.day for log in journal.days()] == [date(2026, 11, 2), date(2026, 11, 3)]

    again = ImportDialog(session, tasks)
    qtbot.addWidget(again)
    again.show()
    load(qtbot, again, export)  # the days are there: the preview already refuses
    assert again.message.text() == (
        "2 entries in the file are already in this journal (first: 2026-11-02); "
        "nothing was imported."
    )
    assert not again.preview_frame.isVisible()
    assert not again.import_button.isEnabled()
    assert len(journal.days()) == 2


def test_long_lists_are_cut(qapp: object) -> None:
    """Hundreds of days appended to: the first eight, then how many more."""
    days = tuple(date(2025, 1, 1) + timedelta(days=n) for n in range(220))
    plan = ImportPlan(
        path=Path("journal.json"),
        format=ImportFormat.JRNL,
        days=days,
        entries=220,
        tags=tuple(f"tag{n}" for n in range(30)),
        in_journal=days,
        shared_in_journal=days[:9],
        left_out=(("photos", 1), ("a name of a newer version", 3)),
        already_imported=1,
    )
    texts = plan_texts(plan, Language.ENGLISH)
    assert texts.appended.endswith("8 Jan 2025 and 212 more")
    assert texts.tags.endswith("tag11 and 18 more")
    (shared,) = texts.warnings  # every day is named: in a list under the sentence
    assert "9 days you share" in shared.text
    assert "shared with them: see the list below. Make those days" in shared.text
    assert (shared.listed[0], shared.listed[-1]) == ("1 Jan 2025", "9 Jan 2025")
    assert texts.warning.endswith("8 Jan 2025, 9 Jan 2025")
    assert texts.left_out.endswith("1 photo, a name of a newer version: 3")
    assert texts.summary == "220 entries from 1 Jan – 8 Aug 2025, on 220 days"
    assert texts.already == "1 entry imported before: they are passed over"


def test_figures_not_taken_are_not_what_the_journal_cannot_hold(qapp: object) -> None:
    plan = ImportPlan(
        path=Path("noter"),
        format=ImportFormat.MARKDOWN,
        days=(NOVEMBER_20,),
        entries=2,
        tags=(),
        in_journal=(NOVEMBER_20,),
        shared_in_journal=(),
        left_out=((LeftOut.KEPT_FIGURES, 1), (LeftOut.NOT_DAILY_NOTES, 2)),
        already_imported=0,
    )
    assert plan_texts(plan, Language.ENGLISH).left_out == (
        "Left out (the journal cannot hold it): 2 files that are not daily notes\n"
        "Not taken: figures of 1 day already in the journal (kept as they are)"
    )
    kept_only = dataclasses.replace(plan, left_out=((LeftOut.KEPT_FIGURES, 3),))
    assert plan_texts(kept_only, Language.DANISH).left_out == (
        "Ikke taget med: tal for 3 dage, der allerede er i dagbogen (beholdes, som de er)"
    )
