"""Settings: every change is stored at once, security actions work, lock clears the view."""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import TYPE_CHECKING

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QWidget,
)

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import ActivityKind, Language
from wellbeing_desktop.security.keyfile import WrongPassphraseError
from wellbeing_desktop.storage.backup import list_backups
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.settings.settings_categories import KIND_COLUMN, NAME_COLUMN
from wellbeing_desktop.ui.settings.settings_security import backup_time, format_when
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.session import Change, JournalSession

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from tests.ui.conftest import MemoryKeyring
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner

NEW_PASSPHRASE = "a brand new phrase of words"


pytestmark = pytest.mark.usefixtures("memory_keyring")  # tests/ui/conftest.py


def make_view(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner, language: Language
) -> tuple[SettingsView, JournalSession]:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    session = JournalSession(access, Language.DANISH)
    view = SettingsView(session, tasks)
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    session.open(journal)
    return view, session


@pytest.fixture
def english(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner
) -> Iterator[tuple[SettingsView, JournalSession]]:
    view, session = make_view(qtbot, access, journal, tasks, Language.ENGLISH)
    yield view, session
    tasks.wait()
    session.close()


@pytest.fixture
def danish(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner
) -> Iterator[tuple[SettingsView, JournalSession]]:
    view, session = make_view(qtbot, access, journal, tasks, Language.DANISH)
    yield view, session
    tasks.wait()
    session.close()


def reopened(session: JournalSession, access: JournalAccess) -> Journal:
    """Lock the session and open the journal again from disk."""
    session.close()
    return access.open_with_passphrase(PASSPHRASE)


def type_into(qtbot: QtBot, field: QWidget, text: str, confirm: bool = True) -> None:
    """Select what the field holds and type over it, like a user; Enter confirms."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    if confirm:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def choose_kind(qtbot: QtBot, view: SettingsView, row: int, kind: ActivityKind) -> None:
    """Open a category's kind with F2 and pick ``kind`` with the arrow keys and Enter."""
    table = view.categories
    index = view.category_model.index(row, KIND_COLUMN)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    steps = list(ActivityKind).index(kind) - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert combo.currentData() == kind
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)  # committed and closed


# --- working hours and goals ---------------------------------------------------------


def test_norm_and_target_typed_with_the_keyboard_are_stored(
    qtbot: QtBot, english: tuple[SettingsView, JournalSession], access: JournalAccess
) -> None:
    view, session = english
    assert view.weekly_norm.value() == 37.0
    assert view.target.value() == 40
    assert "37 hours" in view.weekly_norm_note.text()
    assert "own" in view.target_note.text()

    type_into(qtbot, view.weekly_norm, "32.5")
    type_into(qtbot, view.target, "35")
    assert session.journal.settings().weekly_hours_norm == 32.5
    assert view.saved.text().startswith("Saved ")

    # Typed but not confirmed when the journal locks: still kept.
    type_into(qtbot, view.target, "45", confirm=False)
    journal = reopened(session, access)
    try:
        settings = journal.settings()
        assert settings.weekly_hours_norm == 32.5
        assert settings.leadership_target_percent == 45
    finally:
        journal.close()


def test_the_norm_reads_danish_decimals(
    qtbot: QtBot, danish: tuple[SettingsView, JournalSession]
) -> None:
    view, session = danish
    assert view.weekly_norm.text() == "37,0 t"
    type_into(qtbot, view.weekly_norm, "30,5")
    assert session.journal.settings().weekly_hours_norm == 30.5


def test_a_refused_setting_shows_one_line_and_goes_back(
    qtbot: QtBot, english: tuple[SettingsView, JournalSession], monkeypatch: pytest.MonkeyPatch
) -> None:
    view, session = english

    def refuse(_settings: object) -> None:
        raise WellbeingError("The disk is full: the change was not saved.")

    monkeypatch.setattr(session.journal, "save_settings", refuse)
    type_into(qtbot, view.target, "70")
    assert view.hours_message.isVisible()
    assert "disk is full" in view.hours_message.text()
    assert view.target.value() == 40
    monkeypatch.undo()
    type_into(qtbot, view.target, "50")
    assert not view.hours_message.isVisible()
    assert session.journal.settings().leadership_target_percent == 50


def test_a_change_made_elsewhere_is_shown(english: tuple[SettingsView, JournalSession]) -> None:
    view, session = english
    journal = session.journal
    journal.save_settings(dataclasses.replace(journal.settings(), leadership_target_percent=55))
    session.notify(Change.SETTINGS, object())
    assert view.target.value() == 55


# --- categories ----------------------------------------------------------------------


def test_rename_a_category_and_change_its_kind(
    qtbot: QtBot, english: tuple[SettingsView, JournalSession], access: JournalAccess
) -> None:
    view, session = english
    model, table = view.category_model, view.categories
    assert model.rowCount() == 4
    assert model.index(0, NAME_COLUMN).data() == "Operations"
    assert model.index(0, KIND_COLUMN).data() == "Operations"

    name = model.index(1, NAME_COLUMN)
    table.setFocus()
    table.setCurrentIndex(name)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(name)
    assert isinstance(editor, QLineEdit)
    assert editor.accessibleName() == "Category"
    editor.selectAll()
    qtbot.keyClicks(editor, "Coaching the team")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(name) is None)
    choose_kind(qtbot, view, 0, ActivityKind.OWN_WORK)
    assert model.index(0, KIND_COLUMN).data() == "Own work"
    assert not view.categories_message.isVisible()

    journal = reopened(session, access)
    try:
        categories = journal.categories()
    finally:
        journal.close()
    assert categories[1].name_en == "Coaching the team"
    assert categories[1].name_da == "Personaleledelse"  # only the current language's name
    assert categories[0].kind is ActivityKind.OWN_WORK
    assert [c.key for c in categories] == [
        "operations",
        "people_leadership",
        "strategy",
        "own_tasks",
    ]


def test_without_a_leadership_category_nothing_is_saved(
    qtbot: QtBot, english: tuple[SettingsView, JournalSession], access: JournalAccess
) -> None:
    view, session = english
    choose_kind(qtbot, view, 1, ActivityKind.OPERATIONS)  # one leadership category is left
    assert session.journal.categories()[1].kind is ActivityKind.OPERATIONS

    choose_kind(qtbot, view, 2, ActivityKind.OPERATIONS)  # none left: refused
    assert view.categories_message.isVisible()
    assert "leadership" in view.categories_message.text()
    assert session.journal.categories()[2].kind is ActivityKind.LEADERSHIP
    # What the user chose stays on screen, so a swap can be finished …
    assert view.category_model.index(2, KIND_COLUMN).data() == "Operations"

    choose_kind(qtbot, view, 0, ActivityKind.LEADERSHIP)  # … and then everything is saved
    assert not view.categories_message.isVisible()
    journal = reopened(session, access)
    try:
        kinds = [c.kind for c in journal.categories()]
    finally:
        journal.close()
    assert kinds == [
        ActivityKind.LEADERSHIP,
        ActivityKind.OPERATIONS,
        ActivityKind.OPERATIONS,
        ActivityKind.OWN_WORK,
    ]


def test_an_emptied_category_name_is_not_saved(
    qtbot: QtBot, danish: tuple[SettingsView, JournalSession]
) -> None:
    view, session = danish
    table = view.categories
    index = view.category_model.index(0, NAME_COLUMN)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)
    assert "navn" in view.categories_message.text()
    assert session.journal.categories()[0].name_da == "Drift"


# --- reminder and auto-lock ----------------------------------------------------------


def test_reminder_time_can_be_set_and_turned_off(
    qtbot: QtBot, english: tuple[SettingsView, JournalSession]
) -> None:
    view, session = english
    assert view.reminder_on.isChecked()
    # As after Tab into the field: the hour is selected, typing goes section by section.
    view.reminder_time.setFocus()
    view.reminder_time.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(view.reminder_time, "16:45")
    qtbot.keyClick(view.reminder_time, Qt.Key.Key_Return)
    assert session.journal.settings().reminder_time == time(16, 45)
    view.reminder_on.click()
    assert not view.reminder_time.isEnabled()
    assert session.journal.settings().reminder_time is None
    assert "Monday to Friday" in view.reminder_note.text()


def test_auto_lock_minutes_reach_the_window(qtbot: QtBot, unlocked_window) -> None:
    window = unlocked_window
    window.shell.show_page(Page.SETTINGS)
    view = window.shell.views[Page.SETTINGS]
    assert isinstance(view, SettingsView)
    spin = view.security.auto_lock
    assert spin.value() == 10
    assert window.idle_lock.active
    type_into(qtbot, spin, "0")
    assert spin.text() == "Aldrig"
    assert window.session.journal.settings().auto_lock_minutes == 0
    assert not window.idle_lock.active
    type_into(qtbot, spin, "25")
    assert window.session.journal.settings().auto_lock_minutes == 25
    assert window.idle_lock.active


# --- language ------------------------------------------------------------------------


def test_switching_language_switches_the_app_and_is_stored(
    danish: tuple[SettingsView, JournalSession],
) -> None:
    view, session = danish
    assert view.heading.text() == "Indstillinger"
    assert view.danish.isChecked()
    view.english.click()
    assert session.language is Language.ENGLISH
    assert session.journal.settings().language is Language.ENGLISH
    assert view.heading.text() == "Settings"
    assert view.saved.text().startswith("Saved ")
    assert view.hours_card.title.text() == "WORKING HOURS AND GOALS"
    assert view.weekly_norm.accessibleName() == "Weekly hours"
    assert view.category_model.index(0, NAME_COLUMN).data() == "Operations"
    view.danish.click()
    language: Language = session.language  # read anew: mypy would keep ENGLISH from above
    assert language is Language.DANISH
    assert view.weekly_norm.accessibleName() == "Ugentlig normtid"
    assert view.category_model.index(0, NAME_COLUMN).data() == "Drift"


# --- security: passphrase, keyring, backups ------------------------------------------


def test_change_the_passphrase_through_the_dialog(
    qtbot: QtBot, english: tuple[SettingsView, JournalSession], access: JournalAccess
) -> None:
    view, session = english
    view.security.change_passphrase.click()
    dialog = view.security.dialog
    assert dialog is not None
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.current, "not my passphrase")
    qtbot.keyClicks(dialog.new, "short")
    assert "Too short" in dialog.strength.text()
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    assert "Strong" in dialog.strength.text()
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE + "!")
    dialog.change_button.click()
    assert "differ" in dialog.message.text()

    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: "wrong" in dialog.message.text(), timeout=10000)
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.current or not dialog.isActiveWindow()
    assert dialog.current.selectedText() == "not my passphrase"

    qtbot.keyClicks(dialog.current, PASSPHRASE)  # types over the selected wrong one
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert "changed" in view.security.passphrase_status.text()
    assert dialog.current.text() == dialog.new.text() == ""

    session.close()
    with pytest.raises(WrongPassphraseError):
        access.open_with_passphrase(PASSPHRASE)
    access.open_with_passphrase(NEW_PASSPHRASE).close()


def test_the_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, danish: tuple[SettingsView, JournalSession], access: JournalAccess
) -> None:
    view, session = danish
    view.security.change_passphrase.click()
    dialog = view.security.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Skift adgangssætning"
    qtbot.keyClicks(dialog.current, "forkert")
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: "forkert" in dialog.message.text(), timeout=10000)
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    session.close()
    access.open_with_passphrase(PASSPHRASE).close()
    with pytest.raises(WrongPassphraseError):
        access.open_with_passphrase(NEW_PASSPHRASE)


def test_without_a_keyring_remember_is_greyed_out_with_the_reason(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # put back by memory_keyring
    view, session = make_view(qtbot, access, journal, tasks, Language.DANISH)
    security = view.security
    reason = access.keyring_unavailable_reason()
    assert reason
    assert not security.remember.isEnabled()
    assert not security.forget.isEnabled()
    assert security.keyring_note.text() == strings.keyring_unavailable(reason, Language.DANISH)
    assert "nøglering" in security.keyring_note.text()
    session.set_language(Language.ENGLISH)
    assert security.keyring_note.text() == reason
    tasks.wait()
    session.close()


def test_remember_and_forget_on_this_computer(
    qtbot: QtBot,
    english: tuple[SettingsView, JournalSession],
    access: JournalAccess,
    memory_keyring: MemoryKeyring,
) -> None:
    view, _session = english
    security = view.security
    qtbot.waitUntil(security.remember.isEnabled, timeout=10000)
    assert not security.forget.isEnabled()
    assert "each time" in security.keyring_status.text()

    security.remember.click()
    qtbot.waitUntil(security.forget.isEnabled, timeout=10000)
    assert access.is_remembered()
    assert len(memory_keyring.items) == 1
    assert "remembered" in security.keyring_status.text()
    assert not security.remember.isEnabled()

    security.forget.click()
    qtbot.waitUntil(security.remember.isEnabled, timeout=10000)
    assert not access.is_remembered()
    assert memory_keyring.items == {}


def test_back_up_now_shows_the_folder_and_the_time(
    qtbot: QtBot, english: tuple[SettingsView, JournalSession]
) -> None:
    view, session = english
    security = view.security
    folder = session.journal.paths.backups
    assert security.backup_folder.path() == str(folder)
    assert security.latest_backup.text() == "There is no backup yet."

    security.backup_now.click()
    qtbot.waitUntil(security.backup_status.isVisible, timeout=10000)
    found = list_backups(folder)
    assert len(found) == 1
    when = format_when(backup_time(found[0]), Language.ENGLISH)
    assert security.latest_backup.text() == f"Latest backup: {when}"
    assert security.backup_now.isEnabled()
    assert security.open_folder.isEnabled()


def test_backup_times_read_in_both_languages() -> None:
    from datetime import datetime

    moment = datetime(2026, 11, 26, 17, 5)
    assert format_when(moment, Language.DANISH) == "26. nov. 2026 kl. 17:05"
    assert format_when(moment, Language.ENGLISH) == "26 Nov 2026, 17:05"


# --- lock ----------------------------------------------------------------------------


def test_lock_clears_the_view(
    qtbot: QtBot, english: tuple[SettingsView, JournalSession], access: JournalAccess
) -> None:
    view, session = english
    secret = "Kaffeautomaten"
    model = view.category_model
    assert model.setData(model.index(0, NAME_COLUMN), secret)
    assert session.journal.categories()[0].name_en == secret
    type_into(qtbot, view.target, "63")
    view.security.backup_now.click()
    qtbot.waitUntil(view.security.backup_status.isVisible, timeout=10000)
    view.security.change_passphrase.click()
    dialog = view.security.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.current, "half typed")
    root = str(access.paths.root)

    session.close()

    assert model.rowCount() == 0
    assert view.target.value() == 40
    assert not view.column.isEnabled()
    assert not dialog.isVisible()
    assert dialog.current.text() == ""
    for widget in [view, *view.findChildren(QWidget)]:
        shown = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QLineEdit):
            shown.append(widget.text())
        if isinstance(widget, QAbstractSpinBox):
            shown.append(widget.text())
        for text in shown:
            assert secret not in text
            assert root not in text
            assert "63" not in text


# The offscreen platform cannot raise a popup or grab the keyboard for it; not our warning.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_picking_a_kind_from_the_open_list_saves_it(
    qtbot: QtBot, english: tuple[SettingsView, JournalSession]
) -> None:
    view, session = english
    table = view.categories
    index = view.category_model.index(3, KIND_COLUMN)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    combo = table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.showPopup()
    popup = combo.view()
    row = popup.model().index(list(ActivityKind).index(ActivityKind.LEADERSHIP), 0)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(row).center()
    )
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)
    assert session.journal.categories()[3].kind is ActivityKind.LEADERSHIP


def test_tab_runs_top_to_bottom(english: tuple[SettingsView, JournalSession]) -> None:
    view, _session = english
    security = view.security
    expected = [
        view.weekly_norm,
        view.target,
        view.categories,
        view.reminder_on,
        view.reminder_time,
        security.auto_lock,
        security.change_passphrase,
        security.remember,
        security.forget,
        security.backup_now,
        security.open_folder,
        view.danish,
        view.english,
    ]
    seen: list[QWidget] = []
    widget: QWidget = view.weekly_norm
    for _ in range(500):
        if widget in expected and widget not in seen:
            seen.append(widget)
        following = widget.nextInFocusChain()
        assert following is not None  # the focus chain is a ring
        widget = following
    assert seen == expected
    for field in (view.weekly_norm, view.target, view.reminder_time, security.auto_lock):
        assert field.accessibleName()


@pytest.mark.parametrize(("fixture", "unit_words"), [("danish", "minut"), ("english", "minute")])
def test_the_auto_lock_row_names_its_unit_once(
    fixture: str, unit_words: str, request: pytest.FixtureRequest
) -> None:
    """The row read "10 min minutter uden brug" (issue #15): the spin box's unit is enough."""
    view, _session = request.getfixturevalue(fixture)
    card = view.security
    row = " ".join(
        (card.row_labels["auto_lock"].text(), card.auto_lock.text(), card.auto_lock_note.text())
    )
    assert card.auto_lock.suffix().strip() == "min"
    assert unit_words not in row.lower(), row
