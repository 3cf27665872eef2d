"""Rotating the key from Settings in the real window.

Settings → "My passphrase may be known…" (issue 13, item 8b) in the real window: the
journal locks, is re-encrypted off the GUI thread under a new key, the new recovery key is
shown, and afterwards only the new passphrase (and the new recovery key) open it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import keyring
import keyring.errors
import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import backup
from wellbeing_desktop.storage.errors import StorageError
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.recovery_key_dialog import RecoveryKeyDialog

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.ui.conftest import MemoryKeyring
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("memory_keyring")

NEW_PASSPHRASE = "a new passphrase nobody has seen"


def test_my_passphrase_may_be_known_re_encrypts_under_a_new_key(
    qtbot: QtBot, unlocked_window: MainWindow, access: JournalAccess
) -> None:
    window = unlocked_window
    old_key = window.session.journal.data_key
    window.session.journal.backup()
    window.shell.show_page(Page.SETTINGS)
    view = window.shell.views[Page.SETTINGS]
    assert isinstance(view, SettingsView)
    assert view.security.rotate_key.text() == "Min adgangssætning kan være kendt…"

    view.security.rotate_key.click()
    dialog = view.security.rotate_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE)
    dialog.change_button.click()

    # The new recovery key shows BEFORE the swap: the journal is still under the old key.
    qtbot.waitUntil(lambda: getattr(dialog, "recovery_dialog", None) is not None, timeout=30000)
    shown = dialog.recovery_dialog
    assert isinstance(shown, RecoveryKeyDialog)
    qtbot.waitUntil(shown.isVisible)
    assert not window.session.is_open  # locked for the rotation; the unlock screen shows
    assert keyfile.key_fits(access.paths.key_file, old_key)
    new_code = shown.code_label.text()
    shown.stored.setChecked(True)
    shown.continue_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    with pytest.raises(keyfile.WrongPassphraseError):
        access.open_with_passphrase(PASSPHRASE)
    with pytest.raises(StorageError):
        backup.verify_database(access.paths.database, old_key)
    for path in backup.list_backups(access.paths.backups):
        key_part = path.read_bytes()
        assert access.paths.key_file.read_bytes() in key_part  # the new key file inside
    access.open_with_recovery_key(new_code).close()
    # The unlock screen opens it with the new passphrase.
    qtbot.keyClicks(window.unlock_view.passphrase, NEW_PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    assert window.session.journal.data_key != old_key


def _start_rotation(qtbot: QtBot, window: MainWindow, new: str) -> object:
    window.shell.show_page(Page.SETTINGS)
    view = window.shell.views[Page.SETTINGS]
    assert isinstance(view, SettingsView)
    view.security.rotate_key.click()
    dialog = view.security.rotate_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.repeat, new)
    dialog.change_button.click()
    return dialog


def test_cancel_at_the_new_recovery_key_changes_nothing(
    qtbot: QtBot, unlocked_window: MainWindow, access: JournalAccess
) -> None:
    window = unlocked_window
    window.session.journal.backup()
    key_file = access.paths.key_file.read_bytes()
    backups = {p: p.read_bytes() for p in backup.list_backups(access.paths.backups)}
    dialog = _start_rotation(qtbot, window, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: getattr(dialog, "recovery_dialog", None) is not None, timeout=30000)
    shown = dialog.recovery_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(shown.isVisible)
    cancel = [b for b in shown.buttons.buttons() if b is not shown.continue_button][0]
    cancel.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)  # type: ignore[attr-defined]
    assert access.paths.key_file.read_bytes() == key_file
    assert {p: p.read_bytes() for p in backup.list_backups(access.paths.backups)} == backups
    assert list(access.paths.root.glob(".rotate-*")) == []
    access.open_with_passphrase(PASSPHRASE).close()


def test_the_same_passphrase_is_refused_in_the_dialog(
    qtbot: QtBot, unlocked_window: MainWindow, access: JournalAccess
) -> None:
    key_file = access.paths.key_file.read_bytes()
    dialog = _start_rotation(qtbot, unlocked_window, PASSPHRASE)
    assert dialog.isVisible()  # type: ignore[attr-defined]
    assert "differ" in dialog.message.text() or "forskellig" in dialog.message.text()  # type: ignore[attr-defined]
    assert unlocked_window.session.is_open  # nothing was started
    assert access.paths.key_file.read_bytes() == key_file


def test_a_locked_keyring_keeping_the_old_key_is_said(
    qtbot: QtBot,
    unlocked_window: MainWindow,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = unlocked_window
    window.session.access.remember(window.session.journal)
    remembered = dict(memory_keyring.items)

    def locked(_service: str, _username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    dialog = _start_rotation(qtbot, window, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: getattr(dialog, "recovery_dialog", None) is not None, timeout=30000)
    shown = dialog.recovery_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(shown.isVisible)
    shown.stored.setChecked(True)
    shown.continue_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)  # type: ignore[attr-defined]

    view = window.shell.views[Page.SETTINGS]
    assert isinstance(view, SettingsView)
    qtbot.waitUntil(lambda: getattr(view.security, "keyring_notice", None) is not None)
    notice = view.security.keyring_notice.text()
    assert "ligger stadig i denne computers nøglering" in notice
    assert "forget --data-dir" in notice
    assert memory_keyring.items == remembered  # true: the old key is still there
