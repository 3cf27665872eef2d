"""Settings' "Bring in and take out" card: import another journal, export all as Markdown.

Import opens ``ImportDialog``. The Markdown export asks for a parent folder (the dialog's
title says the files are not encrypted, as the card does before), makes the new folder's
name ("Leader Pulse 2026-12-07", " (2)" if that is taken: ``free_folder``), writes it
off the GUI thread with ``services.markdown_export.export_markdown`` and then says where
it is, with a button to open it. A lock meanwhile asks the export to stop and waits for
it (``lock_notices``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from wellbeing_desktop.services.markdown_export import export_markdown, free_folder
from wellbeing_desktop.ui.common.guarded_tasks import GuardedTasks
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import Card, muted
from wellbeing_desktop.ui.export_log.export_log_files import export_folder
from wellbeing_desktop.ui.settings.settings_parts import buttons, error_line, show_line
from wellbeing_desktop.ui.transfer import transfer_words as words
from wellbeing_desktop.ui.transfer.import_dialog import ImportDialog
from wellbeing_desktop.ui.transfer.import_preview import counted
from wellbeing_desktop.ui.transfer.lock_notices import export_notice, tell_after_unlock

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.markdown_export import MarkdownExport
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession


def describe_failure(exc: Exception, target: Path, language: Language) -> str:
    """The one line for an export that wrote nothing."""
    if isinstance(exc, FileExistsError):
        return tr(words.FOLDER_EXISTS, language).format(name=target.name)
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return tr(words.NOT_WRITTEN, language).format(reason=reason)
    return user_message(exc, language)


class TransferCard(Card):
    """Two buttons with a plain note each, and the export's outcome under them."""

    def __init__(self, session: JournalSession, tasks: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("card")
        self._session = session
        self._tasks = tasks
        self._guarded = GuardedTasks(tasks)
        self._stop = threading.Event()  # set by the lock: the export stops between files
        self.exporting = False
        self.exported_to: Path | None = None
        self._exported: MarkdownExport | None = None
        self.dialog: ImportDialog | None = None

        self.note = muted()
        self.import_button = QPushButton()
        self.import_note = muted()
        self.export_button = QPushButton()
        self.export_note = muted()
        self.export_warning = muted()
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.hide()
        self.export_message = error_line()
        self.open_folder = QPushButton()
        self.open_folder.hide()
        self.body.addWidget(self.note)
        self.body.addLayout(buttons(self.import_button))
        self.body.addWidget(self.import_note)
        self.body.addSpacing(6)
        self.body.addLayout(buttons(self.export_button))
        self.body.addWidget(self.export_note)
        self.body.addWidget(self.export_warning)
        self.body.addWidget(self.export_status)
        self.body.addLayout(buttons(self.open_folder))
        self.body.addWidget(self.export_message)

        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export)
        self.open_folder.clicked.connect(self._open_folder)
        session.locking.connect(self.journal_locking)

    def tab_chain(self) -> list[Any]:
        return [self.import_button, self.export_button, self.open_folder]

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(words.CARD_TITLE, language))
        self.note.setText(tr(words.CARD_NOTE, language))
        for button, text in (
            (self.import_button, words.IMPORT_BUTTON),
            (self.export_button, words.EXPORT_BUTTON),
            (self.open_folder, words.OPEN_FOLDER),
        ):
            button.setText(tr(text, language))
            button.setAccessibleName(tr(text, language).rstrip("…"))
        self.import_note.setText(tr(words.IMPORT_NOTE, language))
        self.import_button.setAccessibleDescription(self.import_note.text())
        self.export_note.setText(tr(words.EXPORT_NOTE, language))
        self.export_warning.setText(tr(words.EXPORT_WARNING, language))
        self.export_button.setAccessibleDescription(
            f"{self.export_note.text()} {self.export_warning.text()}"
        )
        self._say_exported()

    def journal_locking(self) -> None:
        """The journal is about to lock: an export under way stops (or ends) first.

        Waits, with the journal still open, until the worker has ended; the user is told
        how it ended after the next unlock (``lock_notices``).
        """
        if not self.exporting:
            return
        self._stop.set()
        outcome = self._guarded.finish()
        self.exporting = False
        if outcome is not None:
            tell_after_unlock(self._session, export_notice(outcome))

    def clear(self) -> None:
        """The journal closed: drop what the card says about it (and a pending result)."""
        self._guarded.drop()
        self.exporting = False
        self.exported_to, self._exported = None, None
        self.export_button.setEnabled(True)
        show_line(self.export_status, "")
        show_line(self.export_message, "")
        self.open_folder.hide()

    # --- import ---------------------------------------------------------------------

    def open_import(self) -> None:
        if not self._session.is_open:
            return
        self.dialog = ImportDialog(self._session, self._tasks, self.window())
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        self.dialog.choose_file.setFocus()

    # --- export ---------------------------------------------------------------------

    def export(self) -> None:
        """Ask for the parent folder, then write the new Markdown folder off the GUI thread."""
        if not self._session.is_open or self.exporting:
            return
        language = self._session.language
        parent = QFileDialog.getExistingDirectory(
            self.window(), tr(words.EXPORT_CAPTION, language), str(export_folder())
        )
        if not parent or not self._session.is_open:
            return
        journal = self._session.journal
        name = tr(words.FOLDER_NAME, language).format(date=journal.today().isoformat())
        target = free_folder(Path(parent), name)
        stop = self._stop = threading.Event()
        self.exporting = True
        self.export_button.setEnabled(False)
        self.open_folder.hide()
        show_line(self.export_message, "")
        show_line(self.export_status, tr(words.EXPORTING, language))
        self._guarded.run_write(
            lambda: export_markdown(journal, target, stop=stop.is_set),
            self._done,
            lambda exc: self._failed(exc, target),
        )

    def _done(self, result: MarkdownExport) -> None:
        self.exporting = False
        self.export_button.setEnabled(True)
        self._exported = result
        self.exported_to = result.folder
        self._say_exported()
        self.open_folder.show()
        self.open_folder.setFocus()

    def _failed(self, exc: Exception, target: Path) -> None:
        self.exporting = False
        self.export_button.setEnabled(True)
        show_line(self.export_status, "")
        show_line(self.export_message, describe_failure(exc, target, self._session.language))

    def _say_exported(self) -> None:
        result = self._exported
        if result is None:
            return
        language = self._session.language
        show_line(
            self.export_status,
            tr(words.EXPORTED, language).format(
                days=counted(words.DAYS, result.days, language),
                meetings=counted(words.MEETINGS, result.one_on_ones, language),
                topics=counted(words.TOPICS, result.sparring_topics, language),
                checkins=counted(words.CHECK_INS, result.who5, language),
                path=str(result.folder),
            ),
        )

    def _open_folder(self) -> None:
        if self.exported_to is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported_to)))
