"""Settings → "My passphrase may be known…" (issue 13, item 8b) in the real window: the
journal locks, is re-encrypted off the GUI thread under a new key, the new recovery key is
shown, and afterwards only the new passphrase (and the new recovery key) open it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.storage import backup
from wellbeing_desktop.storage.errors import StorageError
from wellbeing_desktop.ui.main_window import MainWindow
from wellbeing_desktop.ui.recovery_key_dialog import RecoveryKeyDialog
from wellbeing_desktop.ui.settings_view import SettingsView
from wellbeing_desktop.ui.shell import Page

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

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert not window.session.is_open  # locked for the rotation; the unlock screen shows
    shown = view.security.recovery_dialog
    assert isinstance(shown, RecoveryKeyDialog)
    assert shown.isVisible()
    new_code = shown.code_label.text()
    shown.reject()

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
