"""The 1:1 view's sharing controller: print, export, the coach summary, the export log.

What leaves the app is decided by the services at the moment it leaves (the sharing
rule in services/report_sharing.py); a file and its consent-log entry are written as
one unit (services/export_files.py).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.reports import render_report_file
from wellbeing_desktop.reports.pdf_pages import print_paged
from wellbeing_desktop.services.export_files import publish_report
from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import build_report
from wellbeing_desktop.ui.coach.coach_dialog import CoachSummaryDialog
from wellbeing_desktop.ui.common.translation import tr, translatable
from wellbeing_desktop.ui.export_log.export_log_files import (
    choose_export_file,
    describe_write_error,
)
from wellbeing_desktop.ui.export_log.export_log_view import ExportLogDialog
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.one_on_one.one_on_one_printing import (
    print_to_file,
    prints_to_file,
    shareable_document,
)

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QTextDocument

    from wellbeing_desktop.domain.models import ExportRecord
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.one_on_one.one_on_one_presenter import OneOnOnePresenter
    from wellbeing_desktop.ui.one_on_one.one_on_one_view import OneOnOneView
    from wellbeing_desktop.ui.shell.session import JournalSession

FILE_STEM = translatable("one_on_one_view", "leader-pulse")


class SharingController(QObject):
    """Prints and exports the selected meeting; opens the coach summary and the log."""

    def __init__(
        self,
        view: OneOnOneView,
        presenter: OneOnOnePresenter,
        session: JournalSession,
        tasks: TaskRunner,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._presenter = presenter
        self._session = session
        self._tasks = tasks
        self.exporting = False

    def _agenda(self) -> list[AgendaDraftItem]:
        """The agenda's points as edited, with where each came from."""
        return [
            AgendaDraftItem(b.text.strip(), b.source, b.block)
            for b in self._view.agenda.blocks()
            if b.text.strip()
        ]

    # --- print ------------------------------------------------------------------------------

    def print_document(self) -> QTextDocument | None:
        """The agenda (and notes and actions, if any) as a document to print."""
        meeting = self._presenter.current_form()
        if meeting is None:
            return None
        start, end = self._presenter.period()
        return shareable_document(
            self._session.journal, meeting, self._agenda(), start, end, self._session.language
        )

    def print_agenda(self) -> None:
        """Print what the sharing rule allows; printing to a file is an export (logged)."""
        view = self._view
        if self._presenter.meeting is None or not self._session.is_open:
            return
        self._presenter.save_now()
        language = self._session.language
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, view)
        dialog.setWindowTitle(tr(words.PRINT, language).rstrip("…"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted or not self._session.is_open:
            return
        # Built after the dialog: the store decides at the moment of printing.
        document = self.print_document()
        if document is None:
            return
        if not prints_to_file(printer):
            with contextlib.suppress(OSError):  # as Qt's print: the printer system tells
                print_paged(document, printer)
            return
        period = self._presenter.period()
        try:
            path, _record = print_to_file(
                self._session.journal, document, printer, period, language
            )
        except (OSError, WellbeingError) as exc:
            view.show_message(describe_write_error(exc, language))
            return
        name = path.name
        view.show_status(lambda lang: tr(words.EXPORTED, lang).format(name=name))
        self.refresh_log()

    # --- export -----------------------------------------------------------------------------

    def export_report(self) -> None:
        """Write the 1:1 report (with the agenda as edited) to a file the user picks."""
        view = self._view
        meeting = self._presenter.meeting
        if meeting is None or not self._session.is_open or self.exporting:
            return
        self._presenter.save_now()
        language = self._session.language
        start, end = self._presenter.period()
        if end < start:
            view.show_message(tr(words.PERIOD_BACKWARDS, language))
            return
        view.message.hide()
        stem = f"{tr(FILE_STEM, language)}-1-1-{meeting.held_on.isoformat()}"
        choice = choose_export_file(view, language, stem)
        if choice is None or not self._session.is_open:
            return
        path, file_format = choice
        agenda = self._agenda()
        journal = self._session.journal
        self._set_exporting(True)
        generation = self._presenter.generation

        def work() -> ExportRecord:
            report = build_report(
                journal, ReportKind.ONE_ON_ONE, start, end, language, agenda=agenda
            )
            return publish_report(journal, report, file_format, path, render_report_file)

        self._tasks.run(
            work,
            lambda _record: self._exported(generation, path),
            lambda exc: self._export_failed(generation, exc),
        )

    def _set_exporting(self, exporting: bool) -> None:
        self.exporting = exporting
        button = self._view.export_button
        button.setText(tr(words.EXPORTING if exporting else words.EXPORT, self._session.language))
        button.setEnabled(not exporting)

    def _exported(self, generation: int, path: Path) -> None:
        self._set_exporting(False)
        if not self._session.is_open:
            return
        name = path.name
        if generation == self._presenter.generation:
            self._view.show_status(lambda lang: tr(words.EXPORTED, lang).format(name=name))
        self.refresh_log()

    def _export_failed(self, generation: int, exc: Exception) -> None:
        self._set_exporting(False)
        if self._session.is_open and generation == self._presenter.generation:
            self._view.show_message(describe_write_error(exc, self._session.language))

    # --- the coach summary and the export log -------------------------------------------------

    def open_coach_summary(self) -> None:
        view = self._view
        if not self._session.is_open:
            return
        self._presenter.save_now()
        if view.coach_dialog is not None:  # already open: bring it forward
            view.coach_dialog.activateWindow()
            return
        dialog = CoachSummaryDialog(self._session, self._tasks, view)
        view.coach_dialog = dialog
        dialog.finished.connect(lambda _r: self._coach_closed(dialog))
        dialog.exported.connect(lambda _record: self.refresh_log())
        dialog.open()

    def _coach_closed(self, dialog: CoachSummaryDialog) -> None:
        if self._view.coach_dialog is dialog:
            self._view.coach_dialog = None
        dialog.deleteLater()

    def open_export_log(self) -> None:
        view = self._view
        if not self._session.is_open:
            return
        if view.log_dialog is not None:  # already open: show the latest and bring it forward
            view.log_dialog.refresh()
            view.log_dialog.activateWindow()
            return
        dialog = ExportLogDialog(self._session, view)
        view.log_dialog = dialog
        dialog.finished.connect(lambda _r: self._log_closed(dialog))
        dialog.open()

    def refresh_log(self) -> None:
        if self._view.log_dialog is not None:
            self._view.log_dialog.refresh()

    def _log_closed(self, dialog: ExportLogDialog) -> None:
        if self._view.log_dialog is dialog:
            self._view.log_dialog = None
        dialog.deleteLater()
