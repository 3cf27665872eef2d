"""Issue #19 (GUI attack findings 5, 6, 12): the import preview's warning and words.

The warning about shared days is an alert a screen reader announces, the Import button's
description names it, and every day it names is on screen (a list under it when there
are many), inside 1366×768; one day and many have their own words. A folder without a
single daily note says so; big numbers have their thousand separators.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tests.ui.test_import_dialog import load, open_dialog, shown
from wellbeing_desktop.domain.models import DayLog, Language, OneOnOne, ShareLevel, SparringTopic
from wellbeing_desktop.services.foreign_import import ImportFormat, ImportPlan
from wellbeing_desktop.services.markdown_export import export_markdown
from wellbeing_desktop.ui.common.alerts import AlertBanner
from wellbeing_desktop.ui.transfer import transfer_words as words
from wellbeing_desktop.ui.transfer.import_preview import counted, plan_texts

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

FIRST = date(2026, 11, 1)


def shared_days(journal: Journal, folder: Path, n: int, first: date = FIRST) -> list[date]:
    """``n`` days shared with the 1:1 in the journal, and a daily note for each in ``folder``."""
    folder.mkdir()
    days = [first + timedelta(days=k) for k in range(n)]
    for day in days:
        journal.save_day(DayLog(day=day, reflection="Delt.", share=ShareLevel.ONE_ON_ONE))
        (folder / f"{day.isoformat()}.md").write_text("Privat tekst.\n", encoding="utf-8")
    return days


def test_sixteen_shared_days_are_all_shown_in_an_alert(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    shared_days(journal, tmp_path / "noter", 16)
    dialog, _session = open_dialog(qtbot, journal, tasks, Language.DANISH)
    load(qtbot, dialog, tmp_path / "noter")

    warning = dialog.warning
    assert isinstance(warning, AlertBanner)  # the alert role, announced
    assert warning.isVisible()
    assert warning.alerts == 1
    assert warning.text.text().startswith("Pas på: 16 dage, som du deler (1:1 eller coach)")
    assert "se listen nedenfor. Gør de dage private" in warning.text.text()
    days = warning.lists[0]
    assert days.isVisible()
    assert warning.rect().contains(days.geometry())  # inside the banner, its full width
    assert days.days.width() > warning.width() // 2
    assert days.days.text() == ", ".join(f"{k}. nov. 2026" for k in range(1, 17))
    assert days.accessibleName() == days.days.text()
    assert "16. nov. 2026" in warning.accessibleName()
    assert dialog.import_button.accessibleDescription() == warning.accessibleName()
    assert "Pas på: 16 dage" in dialog.import_button.accessibleDescription()
    assert dialog.height() <= 728  # fits 1366×768


def test_a_long_list_of_days_scrolls_and_the_dialog_still_fits(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    days = shared_days(journal, tmp_path / "noter", 60, date(2026, 9, 1))
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, tmp_path / "noter")

    listed = dialog.warning.lists[0]
    assert listed.days.text().count(" 2026") == len(days)
    assert listed.days.text().endswith("30 Oct 2026")
    line = listed.fontMetrics().lineSpacing()
    assert listed.height() <= 4 * line + 4
    assert listed.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    assert listed.focusPolicy() & Qt.FocusPolicy.TabFocus  # and the keyboard scrolls it
    assert dialog.height() <= 728


def test_one_shared_day_has_the_words_of_one(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    shared_days(journal, tmp_path / "noter", 1)
    dialog, _session = open_dialog(qtbot, journal, tasks, Language.DANISH)
    load(qtbot, dialog, tmp_path / "noter")

    assert dialog.warning.text.text() == (
        "Pas på: 1 dag, som du deler (1:1 eller coach), vil få privat tekst fra filen, og "
        "den bliver delt med dem: 1. nov. 2026. Gør den dag privat under I dag først, hvis "
        "teksten skal forblive privat."
    )
    assert dialog.warning.lists[0].isHidden()  # the sentence names it
    assert dialog.import_button.accessibleDescription() == dialog.warning.text.text()


def test_eight_days_are_named_in_the_sentence(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    shared_days(journal, tmp_path / "noter", 8)
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, tmp_path / "noter")

    assert "shared with them: 1 Nov 2026, 2 Nov 2026" in dialog.warning.text.text()
    assert "8 Nov 2026. Make those days private" in dialog.warning.text.text()
    assert dialog.warning.lists[0].isHidden()


def test_no_warning_no_description(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "noter"
    folder.mkdir()
    (folder / "2026-11-03.md").write_text("Privat.\n", encoding="utf-8")
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, folder)
    assert dialog.warning.isHidden()
    assert dialog.import_button.accessibleDescription() == ""


def test_a_folder_without_daily_notes_says_no_entries_were_found(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "Opskrifter"
    folder.mkdir()
    (folder / "pandekager.md").write_text("Mel, mælk, æg.\n", encoding="utf-8")
    (folder / "boller.md").write_text("Gær.\n", encoding="utf-8")
    dialog, _session = open_dialog(qtbot, journal, tasks, Language.DANISH)
    load(qtbot, dialog, folder)

    lines = shown(dialog)
    assert lines[0] == "Ingen indlæg fundet i Opskrifter."
    assert "allerede i dagbogen" not in " ".join(lines)
    assert lines[-1] == "Udeladt (dagbogen kan ikke rumme det): 2 filer, der ikke er dagsnoter"
    assert not dialog.import_button.isEnabled()


def test_big_numbers_have_thousand_separators(qapp: object) -> None:
    assert counted(words.ENTRIES, 20000, Language.DANISH) == "20.000 indlæg"
    assert counted(words.ENTRIES, 20000, Language.ENGLISH) == "20,000 entries"
    days = tuple(date(2020, 1, 1) + timedelta(days=k) for k in range(1500))
    plan = ImportPlan(
        path=Path("journal.json"),
        format=ImportFormat.JRNL,
        days=days,
        entries=20000,
        tags=(),
        in_journal=(),
        shared_in_journal=(),
        left_out=(("photos", 1200),),
        already_imported=0,
    )
    texts = plan_texts(plan, Language.DANISH)
    assert texts.summary.startswith("20.000 indlæg fra ")
    assert texts.summary.endswith("fordelt på 1.500 dage")
    assert texts.button == "Importer 20.000 indlæg"
    assert texts.left_out.endswith("1.200 fotos")


def test_our_exports_pages_for_reading_are_named(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.DANISH))
    journal.save_day(DayLog(day=FIRST, reflection="En dag."))
    journal.save_one_on_one(OneOnOne(held_on=FIRST, with_whom="Mette"))
    for situation in ("conflict", "dismissal"):
        journal.save_sparring_topic(SparringTopic(FIRST, situation=situation, with_whom="hr"))
    export_markdown(journal, tmp_path / "eksport")
    dialog, _session = open_dialog(qtbot, journal, tasks, Language.DANISH)
    load(qtbot, dialog, tmp_path / "eksport")

    lines = shown(dialog)  # the day is in the journal: passed over, the last line
    assert lines[-2] == (
        "1 1:1-note, 2 sparringsemner, 1 WHO-5-side og 1 LÆS MIG-fil er til at læse og "
        "importeres ikke."
    )
    assert not any("dagsnoter" in line for line in lines)


def test_the_same_names_in_someone_elses_folder_are_just_files(
    qtbot: QtBot, journal: Journal, tasks: TaskRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "noter"
    (folder / "Sparring").mkdir(parents=True)
    (folder / "Sparring" / "ide.md").write_text("En idé.\n", encoding="utf-8")
    (folder / "README.md").write_text("Mine noter.\n", encoding="utf-8")
    (folder / "2026-11-03.md").write_text("En dag.\n", encoding="utf-8")
    dialog, _session = open_dialog(qtbot, journal, tasks)
    load(qtbot, dialog, folder)
    assert shown(dialog)[-1] == (
        "Left out (the journal cannot hold it): 2 files that are not daily notes"
    )
