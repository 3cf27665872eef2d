"""Settings' Calendar card (issue #16): files, the user's address and title words, kept at once."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.wheel_support import wheel_down
from wellbeing_desktop.domain.calendar_rules import DEFAULT_RULES, KeywordRule
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.settings.calendar_file_list import FOLDER_ROLE, MISSING_ROLE
from wellbeing_desktop.ui.settings.settings_categories import NAME_COLUMN
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell.session import Change, JournalSession

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.domain.calendar_rules import CalendarSettings
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.settings.settings_calendar import CalendarCard

pytestmark = pytest.mark.usefixtures("memory_keyring")  # tests/ui/conftest.py

OUTLOOK_URL = "https://outlook.office365.com/owa/calendar/abc/reachcalendar.ics"


@pytest.fixture
def open_view(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner
) -> Iterator[Callable[[Language], tuple[SettingsView, JournalSession]]]:
    made: list[tuple[SettingsView, JournalSession]] = []  # alive until the tasks are done

    def make(language: Language) -> tuple[SettingsView, JournalSession]:
        journal.save_settings(dataclasses.replace(journal.settings(), language=language))
        session = JournalSession(access, language)
        view = SettingsView(session, tasks)
        qtbot.addWidget(view)
        view.resize(1000, 900)
        view.show()
        session.open(journal)
        made.append((view, session))
        return view, session

    yield make
    tasks.wait()
    QApplication.processEvents()  # the keyring's answer reaches the view while it lives
    for _view, session in made:
        session.close()


def stored(session: JournalSession, access: JournalAccess) -> CalendarSettings:
    """What the journal keeps on disk: lock, open it again, read the calendar's settings."""
    session.close()
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        return journal.calendar_settings()
    finally:
        journal.close()


def choose_in_dialog(monkeypatch: pytest.MonkeyPatch, path: str) -> list[str]:
    """The file dialog answers ``path``; returns the filters it was opened with."""
    filters: list[str] = []

    def answer(_parent: QWidget, _title: str, _folder: str, filter_: str) -> tuple[str, str]:
        filters.append(filter_)
        return path, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return filters


def type_into(qtbot: QtBot, field: QWidget, text: str, confirm: bool = True) -> None:
    """Select what the field holds and type over it, like a user; Enter confirms."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    if confirm:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def visible_line(label: QLabel) -> str:
    return label.text() if label.isVisible() else ""


# --- files ---------------------------------------------------------------------------


def test_a_chosen_file_is_stored_and_removed(
    qtbot: QtBot,
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    access: JournalAccess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view, session = open_view(Language.ENGLISH)
    card = view.calendar_card
    assert card.no_files.isVisible()
    assert card.no_files.text() == "No calendar file is chosen yet."
    assert not card.files.isVisible()
    assert not card.remove_file.isEnabled()

    work = tmp_path / "Work calendar.ics"
    work.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    filters = choose_in_dialog(monkeypatch, str(work))
    qtbot.mouseClick(card.add_file, Qt.MouseButton.LeftButton)
    assert filters == ["iCalendar (*.ics);;All files (*)"]
    assert card.files.count() == 1
    item = card.files.item(0)
    assert item.text() == "Work calendar.ics"
    assert item.data(FOLDER_ROLE) == str(tmp_path)
    assert item.data(MISSING_ROLE) == ""
    assert item.toolTip() == str(work)
    assert card.files.isVisible()
    assert not card.no_files.isVisible()
    assert view.saved.text().startswith("Saved ")
    assert session.journal.calendar_settings().files == (str(work),)

    # A second file, then the first removed: the second stays.
    home = tmp_path / "home.ics"
    home.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    choose_in_dialog(monkeypatch, str(home))
    card.add_file.click()
    assert [card.files.item(row).text() for row in range(2)] == ["Work calendar.ics", "home.ics"]
    card.files.setFocus()
    card.files.setCurrentRow(0)
    assert card.remove_file.isEnabled()
    qtbot.keyClick(card.files, Qt.Key.Key_Delete)  # or the Remove button
    assert [card.files.item(row).text() for row in range(card.files.count())] == ["home.ics"]
    assert stored(session, access).files == (str(home),)
    assert work.exists()  # removing a file from the list never touches the file


def test_a_file_that_is_gone_says_so(
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    journal: Journal,
    tmp_path: Path,
) -> None:
    gone = tmp_path / "old" / "kalender.ics"
    journal.save_calendar_settings(
        dataclasses.replace(journal.calendar_settings(), files=(str(gone),))
    )
    view, _session = open_view(Language.DANISH)
    item = view.calendar_card.files.item(0)
    assert item.text() == "kalender.ics"
    assert item.data(MISSING_ROLE) == "findes ikke længere"
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"kalender.ics, i {tmp_path / 'old'}: findes ikke længere"
    )


def test_a_web_address_or_another_kind_of_file_is_refused(
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    access: JournalAccess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view, session = open_view(Language.ENGLISH)
    card = view.calendar_card
    choose_in_dialog(monkeypatch, OUTLOOK_URL)
    card.add_file.click()
    line = visible_line(card.files_message)
    assert line.startswith("Not saved: ")
    assert "web address" in line
    assert "export the calendar as an .ics file" in line
    assert "\n" not in line
    assert card.files.count() == 0
    assert card.no_files.isVisible()
    # A file that is not iCalendar is refused at once, having read only its first lines.
    table = tmp_path / "Kalender.csv"
    table.write_text("Emne,Startdato,Starttidspunkt\nStyregruppe,07-12-2026,09:00\n")
    choose_in_dialog(monkeypatch, str(table))
    card.add_file.click()
    line = visible_line(card.files_message)
    assert (
        line
        == f"Not saved: calendar: {table} is not an iCalendar file (.ics); nothing was read from it"
    )
    assert card.files.count() == 0
    # Cancelling the dialog changes nothing and says nothing new.
    choose_in_dialog(monkeypatch, "")
    card.add_file.click()
    assert card.files.count() == 0
    assert stored(session, access).files == ()


# --- the user's address ------------------------------------------------------------------


def test_addresses_are_saved_and_a_bad_one_is_refused(
    qtbot: QtBot,
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    access: JournalAccess,
) -> None:
    view, session = open_view(Language.ENGLISH)
    card = view.calendar_card
    assert card.address_label.buddy() is card.address
    assert card.address.accessibleName() == "Your e-mail address"
    assert "declined" in card.address_note.text()

    type_into(qtbot, card.address, "Mette@Kommune.dk; mette.hansen@gmail.com")
    assert session.journal.calendar_settings().addresses == (
        "mette@kommune.dk",
        "mette.hansen@gmail.com",
    )
    assert card.address.text() == "mette@kommune.dk, mette.hansen@gmail.com"
    assert not card.address_message.isVisible()

    type_into(qtbot, card.address, "mette at kommune")
    line = visible_line(card.address_message)
    assert line.startswith("Not saved: address: 'mette at kommune' is not allowed")
    assert "name@example.dk" in line
    assert card.address.text() == "mette@kommune.dk, mette.hansen@gmail.com"  # back as stored

    type_into(qtbot, card.address, "")  # emptied: no address
    assert not card.address_message.isVisible()
    assert stored(session, access).addresses == ()


def test_what_is_typed_when_the_journal_locks_is_kept_and_then_cleared(
    qtbot: QtBot,
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    access: JournalAccess,
    journal: Journal,
    tmp_path: Path,
) -> None:
    settings = dataclasses.replace(journal.calendar_settings(), files=(str(tmp_path / "a.ics"),))
    journal.save_calendar_settings(settings)
    view, session = open_view(Language.ENGLISH)
    card = view.calendar_card
    type_into(qtbot, card.address, "leder@firma.dk", confirm=False)
    type_into(qtbot, card.keyword_edits["strategy"], "strategi, budget", confirm=False)
    kept = stored(session, access)
    assert kept.addresses == ("leder@firma.dk",)
    assert [r.keyword for r in kept.rules if r.category == "strategy"] == ["strategi", "budget"]
    # Nothing of the locked journal stays on screen.
    assert card.address.text() == ""
    assert card.files.count() == 0
    assert card.keyword_edits == {}
    assert not card.isEnabled()


# --- keywords ------------------------------------------------------------------------


def keyword_texts(card: CalendarCard) -> dict[str, str]:
    return {key: edit.text() for key, edit in card.keyword_edits.items()}


def test_one_row_per_category_with_the_suggested_words(
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
) -> None:
    view, _session = open_view(Language.ENGLISH)
    card = view.calendar_card
    assert list(card.keyword_edits) == ["operations", "people_leadership", "strategy", "own_tasks"]
    assert [card.keyword_labels[key].text() for key in card.keyword_edits] == [
        "Operations",
        "People leadership",
        "Strategy and development",
        "Own tasks and projects",
    ]
    assert keyword_texts(card)["own_tasks"] == "fokus, focus, fordybelse, deep work"
    assert keyword_texts(card)["people_leadership"].startswith("1:1, 1-1, one-on-one, MUS, ")
    for key, edit in card.keyword_edits.items():
        assert card.keyword_labels[key].buddy() is edit
    assert card.keyword_edits["strategy"].accessibleName() == (
        "Words in the title for Strategy and development"
    )
    assert not card.suggested.isEnabled()  # the words are the suggested ones
    assert "longest match wins" in card.keywords_note.text()


def test_keywords_edited_per_category_are_kept_in_order(
    qtbot: QtBot,
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    access: JournalAccess,
) -> None:
    view, session = open_view(Language.ENGLISH)
    card = view.calendar_card
    type_into(qtbot, card.keyword_edits["own_tasks"], "fokus,  skrivetid , fokus, deep work,")
    type_into(qtbot, card.keyword_edits["operations"], "drift, brandslukning")
    assert keyword_texts(card)["own_tasks"] == "fokus, skrivetid, deep work"
    assert card.suggested.isEnabled()
    assert view.saved.text().startswith("Saved ")

    rules = stored(session, access).rules
    people = [r for r in DEFAULT_RULES if r.category in ("people_leadership", "strategy")]
    assert rules == (
        *people,
        KeywordRule("drift", "operations"),
        KeywordRule("brandslukning", "operations"),
        KeywordRule("fokus", "own_tasks"),
        KeywordRule("skrivetid", "own_tasks"),
        KeywordRule("deep work", "own_tasks"),
    )


def test_a_too_long_word_is_refused_and_the_row_goes_back(
    qtbot: QtBot,
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
) -> None:
    view, session = open_view(Language.DANISH)
    card = view.calendar_card
    before = keyword_texts(card)["strategy"]
    type_into(qtbot, card.keyword_edits["strategy"], "budget, " + "x" * 101)
    line = visible_line(card.keywords_message)
    assert line.startswith("Ikke gemt: ")
    assert "\n" not in line
    assert keyword_texts(card)["strategy"] == before
    assert session.journal.calendar_settings().rules == DEFAULT_RULES


def test_the_suggested_words_come_back_and_the_users_own_stay(
    qtbot: QtBot,
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    access: JournalAccess,
) -> None:
    view, session = open_view(Language.ENGLISH)
    card = view.calendar_card
    type_into(qtbot, card.keyword_edits["people_leadership"], "")
    type_into(qtbot, card.keyword_edits["operations"], "brand")
    assert keyword_texts(card)["people_leadership"] == ""
    card.suggested.setFocus()
    qtbot.keyClick(card.suggested, Qt.Key.Key_Space)
    assert (
        keyword_texts(card)["operations"]
        == "brand, drift, operations, vagt, on-call, incident, support"
    )
    people = [r.keyword for r in DEFAULT_RULES if r.category == "people_leadership"]
    assert keyword_texts(card)["people_leadership"] == ", ".join(people)
    assert not card.suggested.isEnabled()
    kept = stored(session, access).rules
    assert KeywordRule("brand", "operations") in kept
    assert set(DEFAULT_RULES) <= set(kept)
    assert len(kept) == len(DEFAULT_RULES) + 1


def test_a_rule_kept_from_the_preview_shows_in_its_row(
    qtbot: QtBot,
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    access: JournalAccess,
) -> None:
    view, session = open_view(Language.DANISH)
    card = view.calendar_card
    session.journal.keep_calendar_rule("Ugemøde", "people_leadership")
    session.notify(Change.SETTINGS, object())  # as Today does after keeping it
    assert keyword_texts(card)["people_leadership"].startswith("Ugemøde, 1:1, 1-1, ")

    # Editing another row keeps it first in line (it wins a tie).
    type_into(qtbot, card.keyword_edits["strategy"], "strategi, styregruppe")
    rules = stored(session, access).rules
    assert rules[0] == KeywordRule("Ugemøde", "people_leadership")
    assert [r.keyword for r in rules if r.category == "strategy"] == ["strategi", "styregruppe"]


# --- words, keys, lock ------------------------------------------------------------------


def test_danish_and_english_words(
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
) -> None:
    view, session = open_view(Language.DANISH)
    card = view.calendar_card
    assert card.title.text() == "KALENDER"
    assert card.note.text().startswith("Tiden fra din kalender: Vælg en .ics-fil")
    assert "gemmer ingen titler" in card.note.text()
    assert card.files_label.text() == "Kalenderfiler"
    assert card.add_file.text() == "Tilføj kalenderfil…"
    assert card.remove_file.text() == "Fjern"
    assert card.address_label.text() == "Din e-mailadresse"
    assert card.keywords_heading.text() == "Ord i titlen"
    assert card.suggested.text() == "Tilføj de foreslåede ord"
    assert card.keyword_labels["operations"].text() == "Drift"
    assert card.keyword_edits["operations"].accessibleName() == "Ord i titlen for Drift"
    assert "længste ord vinder" in card.keywords_note.text()

    session.set_language(Language.ENGLISH)
    view.retranslate(Language.ENGLISH)
    assert card.title.text() == "CALENDAR"
    assert card.note.text().startswith("Time from your calendar: choose an .ics file")
    assert card.add_file.text() == "Add calendar file…"
    assert card.keyword_labels["operations"].text() == "Operations"


def test_tab_runs_through_the_card_top_to_bottom(
    qtbot: QtBot,
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    journal: Journal,
    tmp_path: Path,
) -> None:
    journal.save_calendar_settings(
        dataclasses.replace(journal.calendar_settings(), files=(str(tmp_path / "a.ics"),))
    )
    view, _session = open_view(Language.ENGLISH)
    card = view.calendar_card
    card.files.setCurrentRow(0)  # Remove is enabled with a file chosen
    expected = [
        card.files,
        card.add_file,
        card.remove_file,
        card.address,
        *card.keyword_edits.values(),
        card.suggested,
    ]
    card.suggested.setEnabled(True)
    # Rows added to a shown card show once the event loop has run (QLayout's way).
    qtbot.waitUntil(lambda: all(edit.isVisible() for edit in card.keyword_edits.values()))
    view.categories.setFocus()
    seen = []
    for _ in expected:
        qtbot.keyClick(view.window().focusWidget(), Qt.Key.Key_Tab)
        seen.append(view.window().focusWidget())
    assert seen == expected
    qtbot.keyClick(card.suggested, Qt.Key.Key_Tab)
    assert view.window().focusWidget() is view.reminder_on


def test_the_card_fits_a_narrow_window(
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    journal: Journal,
) -> None:
    journal.save_calendar_settings(
        dataclasses.replace(
            journal.calendar_settings(),
            files=(
                "/home/leder/Dokumenter/Eksport fra Outlook/" + "meget-lang-kalender" * 6 + ".ics",
            ),
        )
    )
    view, _session = open_view(Language.DANISH)
    view.resize(760, 560)  # 1024 px wide less the sidebar
    view.calendar_card.ensurePolished()
    assert view.page_scroll.horizontalScrollBar().maximum() == 0
    assert view.calendar_card.minimumSizeHint().width() < 600


def test_a_renamed_category_renames_its_row(
    qtbot: QtBot,
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
) -> None:
    view, _session = open_view(Language.ENGLISH)
    table = view.categories
    name = view.category_model.index(0, NAME_COLUMN)
    table.setFocus()
    table.setCurrentIndex(name)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(name)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Firefighting")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(name) is None)
    card = view.calendar_card
    assert card.keyword_labels["operations"].text() == "Firefighting"
    assert (
        card.keyword_edits["operations"].accessibleName() == "Words in the title for Firefighting"
    )
    assert card.keyword_edits["operations"].text().startswith("drift, operations")


def test_a_file_deleted_while_away_from_settings_says_so_on_coming_back(
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    journal: Journal,
    tmp_path: Path,
) -> None:
    work = tmp_path / "arbejde.ics"
    work.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    journal.save_calendar_settings(
        dataclasses.replace(journal.calendar_settings(), files=(str(work),))
    )
    view, _session = open_view(Language.DANISH)
    card = view.calendar_card
    assert card.files.item(0).data(MISSING_ROLE) == ""
    card.hide()
    work.unlink()
    card.show()
    assert card.files.item(0).data(MISSING_ROLE) == "findes ikke længere"


def test_the_wheel_over_the_file_list_or_the_categories_scrolls_without_an_error(
    open_view: Callable[[Language], tuple[SettingsView, JournalSession]],
    journal: Journal,
    tmp_path: Path,
) -> None:
    """Their own scroll bars were guarded: the wheel went round between list and bar."""
    files = []
    for n in range(8):  # more than the list shows: it has a scroll bar
        path = tmp_path / f"kalender{n}.ics"
        path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
        files.append(str(path))
    journal.save_calendar_settings(
        dataclasses.replace(journal.calendar_settings(), files=tuple(files))
    )
    view, _session = open_view(Language.DANISH)
    for area in (view.calendar_card.files, view.categories):
        wheel_down(area.viewport())  # a RecursionError here fails the test (Qt's event loop)
    assert view.calendar_card.files.count() == 8
