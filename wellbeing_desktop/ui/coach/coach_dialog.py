"""The coach summary: choose period and sections, tick reflections, see the file, save it.

The preview is the very ``Report`` that is written, rendered by the HTML renderer the
file uses, so what the user sees is what leaves. Reflections are offered only when
marked ``coach`` and go in only when ticked; each saved file is logged in the journal.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.services.report_content import Section
from wellbeing_desktop.ui.coach.coach_controller import CoachSummaryController
from wellbeing_desktop.ui.coach.coach_models import ReflectionChoiceModel
from wellbeing_desktop.ui.coach.coach_preview import Choices, PreviewBrowser
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.qt_dates import from_qdate, to_qdate
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import muted, page_title
from wellbeing_desktop.ui.export_log.export_log_files import FORMATS
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words
from wellbeing_desktop.ui.sparring.sparring_form import DateField

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.export_log.export_log_view import ExportLogDialog
    from wellbeing_desktop.ui.shell.session import JournalSession

DEFAULT_DAYS = 28  # four weeks: a usual time between two coaching sessions
LEFT_WIDTH = 350


def _heading() -> QLabel:
    label = QLabel()
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class CoachSummaryDialog(QDialog):
    """The coach summary: choices on the left, the preview on the right.

    Signals:
    exported(object): a file was written and logged (the ExportRecord).

    Its "Shared exports" button shows the consent log itself (``log_dialog``). The dialog
    holds the widgets; ``CoachSummaryController`` (coach_controller.py) does the work.
    """

    exported = Signal(object)

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coachSummary")
        self.setModal(True)
        self._session = session
        self.log_dialog: ExportLogDialog | None = None
        self.reflections = ReflectionChoiceModel(session.language, self)
        self.heading = page_title()
        self.intro = muted()
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._build_choices())
        body.addLayout(self._build_preview_column(), 1)
        warning_frame = self._build_warning()
        buttons = self._build_buttons()
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
        self._fix_tab_order()
        self.controller = CoachSummaryController(self, session, tasks)
        self._connect()
        self._start(session)

    # --- layout ---------------------------------------------------------------------------------

    def _build_choices(self) -> QScrollArea:
        """The left column: period, sections, reflections to tick."""
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

        self._build_reflection_list()
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
        for widget in (
            self.reflections_heading,
            self.reflections_hint,
            self.reflection_list,
            self.reflections_none,
            self.chosen_count,
        ):
            left_layout.addWidget(widget)
        left_layout.addStretch(1)
        self.left_scroll = QScrollArea()
        self.left_scroll.setObjectName("coachChoices")
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setWidget(left)
        self.left_scroll.setFixedWidth(LEFT_WIDTH)
        return self.left_scroll

    def _build_reflection_list(self) -> None:
        self.reflections_heading = _heading()
        self.reflections_hint = muted()
        small = self.reflections_hint.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.reflections_hint.setFont(small)
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

    def _build_preview_column(self) -> QVBoxLayout:
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
        return right

    def _build_warning(self) -> QFrame:
        """The warning that the file is not encrypted, and the line for outcomes."""
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
        return warning_frame

    def _build_buttons(self) -> QHBoxLayout:
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
        return buttons

    def _fix_tab_order(self) -> None:
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

    def _connect(self) -> None:
        controller = self.controller
        self.period_from.dateChanged.connect(controller.period_changed)
        self.period_to.dateChanged.connect(controller.period_changed)
        for box in self.section_boxes.values():
            box.toggled.connect(controller.choices_changed)
        self.reflections.dataChanged.connect(controller.choices_changed)
        self.reflections.modelReset.connect(controller.update_reflection_notes)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.log_button.clicked.connect(self.open_log)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._session.language_changed.connect(self.retranslate)
        self._session.closed.connect(self.discard)

    def _start(self, session: JournalSession) -> None:
        today = session.journal.today()
        self.period_from.blockSignals(True)
        self.period_to.blockSignals(True)
        self.period_from.setDate(to_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.period_to.setDate(to_qdate(today))
        self.period_from.blockSignals(False)
        self.period_to.blockSignals(False)
        self.retranslate(session.language)
        self.controller.load_candidates()
        self.controller.build_preview()
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
        self.controller.update_reflection_notes()
        if self._session.is_open and self.controller.has_report:
            self.controller.schedule_preview()  # the report itself is in the language chosen

    # --- what is on screen ----------------------------------------------------------------------

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

    def show_preview(self, html: str) -> None:
        """Show the rendered report, keeping the reader's place."""
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(html)
        bar.setValue(position)

    def is_current(self) -> bool:
        """The preview shows the report for exactly the choices on screen (Save writes it)."""
        return self.controller.is_current()

    # --- actions --------------------------------------------------------------------------------

    def save(self) -> None:
        """Write what the preview shows to a file the user picks, and log it."""
        self.controller.save()

    def open_log(self) -> None:
        """Show the consent log: what has left the app so far."""
        self.controller.open_log()

    def discard(self) -> None:
        """The journal locked: forget the preview and the reflections, and close."""
        self.controller.forget()
        self.preview.clear()
        self.reflections.clear()
        self.message.clear()
        self.reject()

    def reject(self) -> None:
        self.controller.stop()
        if self.log_dialog is not None:
            self.log_dialog.reject()
        super().reject()
