"""The coach summary: choose period and sections, tick reflections, see the file, save it.

The preview is the very ``Report`` that is written, rendered by the HTML renderer the
file uses, so what the user sees is what leaves. Reflections are offered only when
marked ``coach`` and go in only when ticked; each saved file is logged in the journal.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.reports.html import render_html
from wellbeing_desktop.services.report_content import Report, ReportKind, Section
from wellbeing_desktop.services.reports import build_report, coach_reflection_candidates
from wellbeing_desktop.ui.coach.coach_models import ReflectionChoiceModel
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.qt_dates import from_qdate, to_qdate
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import tr, translatable
from wellbeing_desktop.ui.common.widgets import muted, page_title, warning_style
from wellbeing_desktop.ui.export_log.export_log_files import (
    FORMATS,
    choose_export_file,
    describe_write_error,
    write_and_record,
)
from wellbeing_desktop.ui.export_log.export_log_view import ExportLogDialog
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.sparring.sparring_form import DateField

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.domain.models import ExportRecord, Language
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.shell.session import JournalSession

PREVIEW_DELAY_MS = 250
DEFAULT_DAYS = 28  # four weeks: a usual time between two coaching sessions
LEFT_WIDTH = 350
FILE_STEM = translatable("coach_dialog", "leader-pulse-coach")


class PreviewBrowser(QTextBrowser):
    """A read-only browser that shows the renderer's embedded (data: URL) chart images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl | str) -> object:
        url = QUrl(name) if isinstance(name, str) else name
        if url.scheme() == "data" and type == QTextDocument.ResourceType.ImageResource.value:
            text = url.toString()
            header, _, payload = text.partition(",")
            if header.endswith(";base64"):
                image = QImage()
                image.loadFromData(QByteArray(base64.b64decode(payload)))
                # The file's CSS fits a chart to the page; here it fits the preview, drawn
                # at full resolution (a higher pixel ratio makes it smaller on screen).
                room = max(200, self.viewport().width() - 48)
                if image.width() > room:
                    image.setDevicePixelRatio(image.width() / room)
                return image
        return super().loadResource(type, name)


@dataclass(frozen=True, slots=True)
class Choices:
    """What the user chose: the report is built from exactly this."""

    start: date
    end: date
    sections: frozenset[Section]
    days: frozenset[date]
    language: Language

    def build(self, journal: Journal) -> Report:
        return build_report(
            journal,
            ReportKind.COACH,
            self.start,
            self.end,
            self.language,
            sections=self.sections,
            include_reflection_days=self.days,
        )


def _heading() -> QLabel:
    label = QLabel()
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class CoachSummaryDialog(QDialog):
    """Signals:
    exported(object): a file was written and logged (the ExportRecord).

    Its "Shared exports" button shows the consent log itself (``log_dialog``).
    """

    exported = Signal(object)

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coachSummary")
        self.setModal(True)
        self._session = session
        self._tasks = tasks
        self._generation = 0
        self._report: Report | None = None  # what the preview shows (and Save writes)
        self._report_key: Choices | None = None
        self._building = False
        self._saving = False
        self.log_dialog: ExportLogDialog | None = None
        language = session.language

        self.heading = page_title()
        self.intro = muted()

        # -- choices (left)
        self.period_heading = _heading()
        self.from_label = QLabel()
        self.period_from = DateField()
        self.to_label = QLabel()
        self.period_to = DateField()
        self.from_label.setBuddy(self.period_from)
        self.to_label.setBuddy(self.period_to)
        period_row = QHBoxLayout()
        period_row.setSpacing(6)
        period_row.addWidget(self.from_label)
        period_row.addWidget(self.period_from, 1)
        period_row.addSpacing(6)
        period_row.addWidget(self.to_label)
        period_row.addWidget(self.period_to, 1)

        self.sections_heading = _heading()
        self.section_boxes: dict[Section, QCheckBox] = {}
        sections_grid = QGridLayout()
        sections_grid.setHorizontalSpacing(12)
        sections_grid.setVerticalSpacing(6)
        for number, section in enumerate(Section):
            box = QCheckBox()
            box.setChecked(True)
            self.section_boxes[section] = box
            sections_grid.addWidget(box, number // 2, number % 2)

        self.reflections_heading = _heading()
        self.reflections_hint = muted()
        small = self.reflections_hint.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.reflections_hint.setFont(small)
        self.reflections = ReflectionChoiceModel(language, self)
        self.reflection_list = QListView()
        self.reflection_list.setObjectName("coachReflections")
        self.reflection_list.setModel(self.reflections)
        self.reflection_list.setWordWrap(True)
        self.reflection_list.setUniformItemSizes(False)
        self.reflection_list.setSpacing(2)
        self.reflection_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reflection_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reflection_list.setMinimumHeight(90)
        self.reflection_list.setMaximumHeight(160)
        self.reflections_none = muted()
        self.chosen_count = muted()

        self.format_heading = _heading()
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        format_row = QHBoxLayout()
        format_row.setSpacing(14)
        for number, file_format in enumerate(FORMATS):
            radio = QRadioButton()
            self.format_group.addButton(radio, number)
            self.format_buttons[file_format] = radio
            format_row.addWidget(radio)
        self.format_buttons["pdf"].setChecked(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.period_heading)
        left_layout.addLayout(period_row)
        left_layout.addSpacing(6)
        left_layout.addWidget(self.sections_heading)
        left_layout.addLayout(sections_grid)
        left_layout.addSpacing(6)
        left_layout.addWidget(self.reflections_heading)
        left_layout.addWidget(self.reflections_hint)
        left_layout.addWidget(self.reflection_list)
        left_layout.addWidget(self.reflections_none)
        left_layout.addWidget(self.chosen_count)
        left_layout.addStretch(1)
        self.left_scroll = QScrollArea()
        self.left_scroll.setObjectName("coachChoices")
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setWidget(left)
        self.left_scroll.setFixedWidth(LEFT_WIDTH)

        # -- the preview (right)
        self.preview_heading = _heading()
        self.preview_state = muted()
        self.preview = PreviewBrowser()
        self.preview.setObjectName("coachPreview")
        preview_top = QHBoxLayout()
        preview_top.addWidget(self.preview_heading)
        preview_top.addStretch(1)
        preview_top.addWidget(self.preview_state)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addLayout(preview_top)
        right.addWidget(self.preview, 1)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.left_scroll)
        body.addLayout(right, 1)

        # -- bottom: the warning, the outcome, the buttons
        self.warning = QLabel()
        self.warning.setObjectName("exportWarning")
        self.warning.setWordWrap(True)
        warning_frame = QFrame()
        warning_frame.setObjectName("banner")
        warning_layout = QHBoxLayout(warning_frame)
        warning_layout.setContentsMargins(12, 7, 12, 7)
        warning_layout.addWidget(self.warning)
        self.message = QLabel()
        self.message.setObjectName("coachMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.log_button = QPushButton()
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(self.format_heading)
        buttons.addSpacing(4)
        buttons.addLayout(format_row)
        buttons.addSpacing(18)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        layout.addWidget(warning_frame)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumSize(820, 560)
        self._fit_to_parent()

        chain: list[QWidget] = [
            self.period_from,
            self.period_to,
            *self.section_boxes.values(),
            self.reflection_list,
            self.preview,
            self.log_button,
            *self.format_buttons.values(),
            self.close_button,
            self.save_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._build_preview)
        self.period_from.dateChanged.connect(self._period_changed)
        self.period_to.dateChanged.connect(self._period_changed)
        for box in self.section_boxes.values():
            box.toggled.connect(self._choices_changed)
        self.reflections.dataChanged.connect(self._choices_changed)
        self.reflections.modelReset.connect(self._update_reflection_notes)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.log_button.clicked.connect(self.open_log)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        session.language_changed.connect(self.retranslate)
        session.closed.connect(self.discard)

        today = session.journal.today()
        self.period_from.blockSignals(True)
        self.period_to.blockSignals(True)
        self.period_from.setDate(to_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.period_to.setDate(to_qdate(today))
        self.period_from.blockSignals(False)
        self.period_to.blockSignals(False)
        self.retranslate(language)
        self._load_candidates()
        self._build_preview()
        self.period_from.setFocus()

    def _fit_to_parent(self) -> None:
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        width, height = 1060, 740
        if window is not None:
            width = min(width, max(820, window.width() - 40))
            height = min(height, max(560, window.height() - 40))
        self.resize(width, height)

    # --- words ------------------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.setWindowTitle(tr(words.COACH_TITLE, language))
        self.heading.setText(tr(words.COACH_TITLE, language))
        self.intro.setText(tr(words.COACH_INTRO, language))
        self.period_heading.setText(tr(words.PERIOD, language))
        for label, field, texts in (
            (self.from_label, self.period_from, words.PERIOD_FROM),
            (self.to_label, self.period_to, words.PERIOD_TO),
        ):
            label.setText(tr(texts, language))
            field.setAccessibleName(tr(texts, language))
            field.set_language(language)
        self.sections_heading.setText(tr(words.SECTIONS, language))
        for section, box in self.section_boxes.items():
            box.setText(tr(words.SECTION_NAMES[section.value], language))
            box.setAccessibleName(box.text())
        self.reflections_heading.setText(tr(words.REFLECTIONS, language))
        self.reflections_hint.setText(tr(words.REFLECTIONS_HINT, language))
        self.reflections.set_language(language)
        self.reflection_list.setAccessibleName(tr(words.REFLECTIONS, language))
        self.format_heading.setText(tr(words.FORMAT, language))
        for file_format, radio in self.format_buttons.items():
            radio.setText(tr(words.FORMAT_NAMES[file_format], language))
            radio.setAccessibleName(radio.text())
        self.preview_heading.setText(tr(words.PREVIEW, language))
        self.preview.setAccessibleName(tr(words.PREVIEW, language))
        self.warning.setText(tr(strings.EXPORT_WARNING, language))
        self.log_button.setText(tr(words.SHARED, language))
        self.log_button.setToolTip(tr(words.SHARED_TIP, language))
        self.close_button.setText(tr(words.CLOSE, language))
        self.save_button.setText(tr(words.SAVE_FILE, language))
        self.save_button.setToolTip(tr(words.SAVE_FILE_TIP, language))
        self._update_reflection_notes()
        if self._session.is_open and self._report is not None:
            self._schedule_preview()  # the report itself is in the language chosen

    # --- choices ------------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return from_qdate(self.period_from.date()), from_qdate(self.period_to.date())

    def chosen_sections(self) -> frozenset[Section]:
        return frozenset(s for s, box in self.section_boxes.items() if box.isChecked())

    def chosen_format(self) -> str:
        return next(f for f, radio in self.format_buttons.items() if radio.isChecked())

    def included_days(self) -> frozenset[date]:
        if Section.REFLECTIONS not in self.chosen_sections():
            return frozenset()
        return self.reflections.ticked()

    def choices(self) -> Choices:
        start, end = self.period()
        return Choices(
            start, end, self.chosen_sections(), self.included_days(), self._session.language
        )

    def _period_changed(self) -> None:
        self._load_candidates()
        self._choices_changed()

    def _choices_changed(self, *_args: object) -> None:
        self._update_reflection_notes()
        self._schedule_preview()

    def _load_candidates(self) -> None:
        """The coach-marked reflections of the period (ticks kept for days still in it)."""
        if not self._session.is_open:
            return
        start, end = self.period()
        if end < start:
            self.reflections.set_days([])
            return
        try:
            days = coach_reflection_candidates(self._session.journal, start, end)
        except WellbeingError as exc:
            self._show_message(user_message(exc, self._session.language), error=True)
            return
        self.reflections.set_days(days)

    def _update_reflection_notes(self) -> None:
        language = self._session.language
        total = self.reflections.rowCount()
        enabled = Section.REFLECTIONS in self.chosen_sections()
        self.reflection_list.setVisible(total > 0)
        self.reflection_list.setEnabled(enabled)
        if total == 0:
            note = tr(words.REFLECTIONS_NONE, language)
        elif not enabled:
            note = tr(words.REFLECTIONS_OFF, language)
        else:
            note = ""
        self.reflections_none.setText(note)
        self.reflections_none.setVisible(bool(note))
        ticked = len(self.reflections.ticked()) if enabled else 0
        self.chosen_count.setText(
            tr(words.CHOSEN_COUNT, language).format(n=ticked, total=total) if total else ""
        )
        self.chosen_count.setVisible(total > 0)

    # --- the preview ----------------------------------------------------------------------------

    def is_current(self) -> bool:
        """The preview shows the report for exactly the choices on screen (Save writes it)."""
        return (
            self._report is not None
            and self._report_key == self.choices()
            and not self._timer.isActive()
            and not self._building
        )

    def _update_save(self) -> None:
        self.save_button.setEnabled(
            self._session.is_open and not self._saving and self.is_current()
        )

    def _schedule_preview(self) -> None:
        self._generation += 1
        self.preview_state.setText(tr(words.PREVIEW_BUSY, self._session.language))
        self._timer.start()
        self._update_save()

    def _build_preview(self) -> None:
        """Build and render the report off the GUI thread; show it when it arrives."""
        if not self._session.is_open:
            return
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        key = self.choices()
        if not key.sections:
            self._no_preview(tr(words.NO_SECTIONS, self._session.language))
            return
        if key.end < key.start:
            self._no_preview(tr(words.PERIOD_BACKWARDS, self._session.language))
            return
        journal = self._session.journal
        self._building = True
        self.preview_state.setText(tr(words.PREVIEW_BUSY, self._session.language))
        self._update_save()

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
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(html)
        bar.setValue(position)
        self._report, self._report_key = report, key
        self.preview_state.clear()
        self._update_reflection_notes()
        self._update_save()

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
        self.preview.clear()
        self.preview_state.setText(text)
        self._update_save()

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Ask where (the dialog says the file is not encrypted), write what the preview
        shows, and log it in the consent log.
        """
        if not self._session.is_open or not self.is_current() or self._saving:
            return
        report = self._report
        assert report is not None
        language = self._session.language
        start, end = self.period()
        stem = f"{tr(FILE_STEM, language)}-{start.isoformat()}-{end.isoformat()}"
        choice = choose_export_file(self, language, stem, self.chosen_format())
        if choice is None or not self._session.is_open:
            return
        path, file_format = choice
        journal = self._session.journal
        self._saving = True
        self._update_save()
        self._show_message(tr(words.EXPORTING, language))
        self._tasks.run(
            lambda: write_and_record(journal, report, file_format, path),
            lambda record: self._saved(path, record),
            self._save_failed,
        )

    def _saved(self, path: Path, record: ExportRecord) -> None:
        self._saving = False
        if not self._session.is_open:
            return
        self._update_save()
        self._show_message(tr(words.SAVED_TO, self._session.language).format(name=path.name))
        if self.log_dialog is not None:
            self.log_dialog.refresh()
        self.exported.emit(record)

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        if not self._session.is_open:
            return
        self._update_save()
        self._show_message(describe_write_error(exc, self._session.language), error=True)

    def open_log(self) -> None:
        """Show the consent log: what has left the app so far."""
        if not self._session.is_open:
            return
        if self.log_dialog is not None:
            self.log_dialog.refresh()
            self.log_dialog.activateWindow()
            return
        dialog = ExportLogDialog(self._session, self)
        self.log_dialog = dialog
        dialog.finished.connect(lambda _result: self._log_closed(dialog))
        dialog.open()

    def _log_closed(self, dialog: ExportLogDialog) -> None:
        if self.log_dialog is dialog:
            self.log_dialog = None
        dialog.deleteLater()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(warning_style() if error else "")
        self.message.setVisible(bool(text))

    # --- lock -----------------------------------------------------------------------------------

    def discard(self) -> None:
        """The journal locked: forget the preview and the reflections, and close."""
        self._timer.stop()
        self._generation += 1
        self._report, self._report_key = None, None
        self.preview.clear()
        self.reflections.clear()
        self.message.clear()
        self.reject()

    def reject(self) -> None:
        self._timer.stop()
        self._generation += 1
        if self.log_dialog is not None:
            self.log_dialog.reject()
        super().reject()
