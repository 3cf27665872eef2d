"""The unlock screen's message for a damaged journal names its folder (issue #13, 13).

The restore command it shows, pasted as it is, must restore the journal this window
opened, not the one in the default folder: it carries ``--data-dir``, shell-quoted.
"""

from __future__ import annotations

import shlex
from datetime import date
from typing import TYPE_CHECKING

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.shell.unlock_view import UnlockView

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.ui.common.tasks import TaskRunner


def test_the_damage_message_shows_a_restore_command_for_this_folder(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner
) -> None:
    access = JournalAccess(
        JournalPaths(tmp_path / "team's journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal, _code = access.create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2026, 10, 1), reflection="Tekst"))
    good = journal.backup("manual")
    journal.close()
    access.paths.database.write_bytes(b"")  # emptied: a damage the Danish words name

    session = JournalSession(access, Language.DANISH)
    view = UnlockView(session, tasks)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    view.submit.click()
    qtbot.waitUntil(view.isEnabled, timeout=10000)

    command = shlex.join(
        ["wellbeing-desktop", "restore", "--data-dir", str(access.paths.root), str(good)]
    )
    assert view.message.text().startswith(
        f"Dagbogsfilen {access.paths.database} er beskadiget (den er tom)"
    )
    assert view.message.text().endswith(command)
