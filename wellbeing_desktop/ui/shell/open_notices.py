"""What opening the journal did besides opening, shown once in the user's language.

The lower layers collect one English line for each thing an open did on its own:
``JournalAccess.notices`` (it finished a restore or key change a kill had interrupted, so
the journal shown may be the restored, older one) and ``Journal.open_notices`` (a damaged
write-ahead log was kept aside). The CLI prints them; the GUI shows them in a calm
information box over the journal, which stays until the user closes it: a tired user
clicking on cannot miss it, and it is not lost with a page change. The lines are
translated like error texts (``error_words``); a line without Danish words stays English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from wellbeing_desktop.domain.errors import Message as ErrorMessage
    from wellbeing_desktop.domain.language import Language
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

OK: Message = translatable("open_notices", "OK")


def take_notices(access: JournalAccess | None, journal: Journal) -> list[ErrorMessage]:
    """The open's notices, English, in order; both lists are emptied (shown once)."""
    notices = [*(access.notices if access is not None else ()), *journal.open_notices]
    if access is not None:
        access.notices.clear()
    journal.open_notices.clear()
    return notices


def in_language(notices: list[ErrorMessage], language: Language) -> list[str]:
    # Imported here: the word tables are not needed unless there is something to say.
    from wellbeing_desktop.ui.common.error_words import translate

    return [translate(notice, language) or str(notice) for notice in notices]


def show_notices(parent: QWidget, notices: list[ErrorMessage], language: Language) -> QMessageBox:
    """An information box over ``parent`` (window-modal, not blocking the event loop)."""
    box = QMessageBox(parent)
    box.setObjectName("openNotices")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr(strings.APP_NAME, language))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText("\n\n".join(in_language(notices, language)))
    box.setDefaultButton(box.addButton(tr(OK, language), QMessageBox.ButtonRole.AcceptRole))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
