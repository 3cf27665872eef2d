"""The coach summary's controller: the offered reflections, the preview, saving, the log.

The dialog (coach_dialog.py) holds the widgets; this wires them to the services: which
reflections are offered (the service's sharing rule), the report built off the GUI thread
for the preview, and the file written and logged as one unit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import ShareLevel
from wellbeing_desktop.reports import render_report_file
from wellbeing_desktop.reports.html import render_html
from wellbeing_desktop.services.export_files import publish_report
from wellbeing_desktop.services.report_content import Section
from wellbeing_desktop.services.sharing import reflections_for
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr, translatable
from wellbeing_desktop.ui.common.widgets import warning_style
from wellbeing_desktop.ui.export_log.export_log_files import (
    choose_export_file,
    describe_write_error,
)
from wellbeing_desktop.ui.export_log.export_log_view import ExportLogDialog
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.domain.models import ExportRecord
    from wellbeing_desktop.services.report_content import Report
    from wellbeing_desktop.ui.coach.coach_dialog import CoachSummaryDialog
    from wellbeing_desktop.ui.coach.coach_preview import Choices
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession

PREVIEW_DELAY_MS = 250
FILE_STEM = translatable("coach_dialog", "leader-pulse-coach")


class CoachSummaryController(QObject):
    """What the coach summary dialog does; the dialog only shows it."""

    def __init__(
        self, view: CoachSummaryDialog, session: JournalSession, tasks: TaskRunner
    ) -> None:
        super().__init__(view)
        self._view = view
        self._session = session
        self._tasks = tasks
        self._generation = 0
        self._report: Report | None = None  # what the preview shows (and Save writes)
        self._report_key: Choices | None = None
        self._building = False
        self._saving = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.build_preview)

    @property
    def has_report(self) -> bool:
        return self._report is not None

    # --- choices ------------------------------------------------------------------------------

    def period_changed(self) -> None:
        self.load_candidates()
        self.choices_changed()

    def choices_changed(self, *_args: object) -> None:
        self.update_reflection_notes()
        self.schedule_preview()

    def load_candidates(self) -> None:
        """The coach-marked reflections of the period (ticks kept for days still in it)."""
        view = self._view
        if not self._session.is_open:
            return
        start, end = view.period()
        if end < start:
            view.reflections.set_days([])
            return
        try:
            days = reflections_for(self._session.journal, ShareLevel.COACH, start, end)
        except WellbeingError as exc:
            self.show_message(user_message(exc, self._session.language), error=True)
            return
        view.reflections.set_days(days)

    def update_reflection_notes(self) -> None:
        view, language = self._view, self._session.language
        total = view.reflections.rowCount()
        enabled = Section.REFLECTIONS in view.chosen_sections()
        view.reflection_list.setVisible(total > 0)
        view.reflection_list.setEnabled(enabled)
        if total == 0:
            note = tr(words.REFLECTIONS_NONE, language)
        elif not enabled:
            note = tr(words.REFLECTIONS_OFF, language)
        else:
            note = ""
        view.reflections_none.setText(note)
        view.reflections_none.setVisible(bool(note))
        ticked = len(view.reflections.ticked()) if enabled else 0
        view.chosen_count.setText(
            tr(words.CHOSEN_COUNT, language).format(n=ticked, total=total) if total else ""
        )
        view.chosen_count.setVisible(total > 0)

    # --- the preview ----------------------------------------------------------------------------

    def is_current(self) -> bool:
        """The preview shows the report for exactly the choices on screen (Save writes it)."""
        return (
            self._report is not None
            and self._report_key == self._view.choices()
            and not self.timer.isActive()
            and not self._building
        )

    def update_save(self) -> None:
        self._view.save_button.setEnabled(
            self._session.is_open and not self._saving and self.is_current()
        )

    def schedule_preview(self) -> None:
        self._generation += 1
        self._view.preview_state.setText(tr(words.PREVIEW_BUSY, self._session.language))
        self.timer.start()
        self.update_save()

    def build_preview(self) -> None:
        """Build and render the report off the GUI thread; show it when it arrives."""
        if not self._session.is_open:
            return
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        key = self._view.choices()
        if not key.sections:
            self._no_preview(tr(words.NO_SECTIONS, self._session.language))
            return
        if key.end < key.start:
            self._no_preview(tr(words.PERIOD_BACKWARDS, self._session.language))
            return
        journal = self._session.journal
        self._building = True
        self._view.preview_state.setText(tr(words.PREVIEW_BUSY, self._session.language))
        self.update_save()

        def work() -> tuple[Report, str]:
            report = key.build(journal)
            return report, render_html(report)

        self._tasks.run(
            work,
            lambda result: self._built(generation, key, result),
            lambda exc: self._build_failed(generation, exc),
        )

    def _built(self, generation: int, key: Choices, result: tuple[Report, str]) -> None:
        if generation != self._generation or not self._session.is_open:
            return
        self._building = False
        report, html = result
        self._view.show_preview(html)
        self._report, self._report_key = report, key
        self._view.preview_state.clear()
        self.update_reflection_notes()
        self.update_save()

    def _build_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        reason = user_message(exc, self._session.language)
        if isinstance(exc, ValidationError) and exc.field == "from":
            reason = tr(words.PERIOD_BACKWARDS, self._session.language)
        self._no_preview(tr(words.PREVIEW_FAILED, self._session.language).format(reason=reason))

    def _no_preview(self, text: str) -> None:
        self._building = False
        self._report, self._report_key = None, None
        self._view.preview.clear()
        self._view.preview_state.setText(text)
        self.update_save()

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Save the summary where the user chooses, and log it.

        Ask where (the dialog says the file is not encrypted), write what the preview
        shows, and log it in the consent log.
        """
        if not self._session.is_open or not self.is_current() or self._saving:
            return
        report = self._report
        assert report is not None
        view, language = self._view, self._session.language
        start, end = view.period()
        stem = f"{tr(FILE_STEM, language)}-{start.isoformat()}-{end.isoformat()}"
        choice = choose_export_file(view, language, stem, view.chosen_format())
        if choice is None or not self._session.is_open:
            return
        path, file_format = choice
        journal = self._session.journal
        self._saving = True
        self.update_save()
        self.show_message(tr(words.EXPORTING, language))
        self._tasks.run(
            lambda: publish_report(journal, report, file_format, path, render_report_file),
            lambda record: self._saved(path, record),
            self._save_failed,
        )

    def _saved(self, path: Path, record: ExportRecord) -> None:
        self._saving = False
        if not self._session.is_open:
            return
        self.update_save()
        self.show_message(tr(words.SAVED_TO, self._session.language).format(name=path.name))
        if self._view.log_dialog is not None:
            self._view.log_dialog.refresh()
        self._view.exported.emit(record)

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        if not self._session.is_open:
            return
        self.update_save()
        self.show_message(describe_write_error(exc, self._session.language), error=True)

    def open_log(self) -> None:
        """Show the consent log: what has left the app so far."""
        view = self._view
        if not self._session.is_open:
            return
        if view.log_dialog is not None:
            view.log_dialog.refresh()
            view.log_dialog.activateWindow()
            return
        dialog = ExportLogDialog(self._session, view)
        view.log_dialog = dialog
        dialog.finished.connect(lambda _result: self._log_closed(dialog))
        dialog.open()

    def _log_closed(self, dialog: ExportLogDialog) -> None:
        if self._view.log_dialog is dialog:
            self._view.log_dialog = None
        dialog.deleteLater()

    def show_message(self, text: str, *, error: bool = False) -> None:
        message = self._view.message
        message.setText(text)
        message.setStyleSheet(warning_style() if error else "")
        message.setVisible(bool(text))

    # --- lock -----------------------------------------------------------------------------------

    def stop(self) -> None:
        """Drop any preview still being built (the dialog closes or the journal locks)."""
        self.timer.stop()
        self._generation += 1

    def forget(self) -> None:
        """The journal locked: no preview is kept."""
        self.stop()
        self._report, self._report_key = None, None
