"""The group picture in the app: the report as it will be written, and saving it.

The preview is the very ``Report`` that is written (``services.pulse_report.group_report``),
rendered by the HTML renderer the file uses; a saved file and its consent-log entry
(kind ``leader-group``) are written as one unit by ``publish_and_record``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.ui.coach.coach_preview import PreviewBrowser
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import muted, page_title, warning_style
from wellbeing_desktop.ui.export_log.export_log_files import (
    describe_write_error,
    save_dialog_caption,
)
from wellbeing_desktop.ui.leader_group import leader_group_words as words
from wellbeing_desktop.ui.leader_group.share_panel import documents_folder, round_stem

if TYPE_CHECKING:
    from datetime import datetime

    from wellbeing_desktop.domain.models import ExportRecord, Language
    from wellbeing_desktop.domain.pulse import GroupPicture
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.report_content import Report
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession

REPORT_FORMATS = ("pdf", "md", "html", "json")
_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "md": "Markdown (*.md)",
    "html": "HTML (*.html)",
    "json": "JSON (*.json)",
}
_FORMAT_NAMES = {"pdf": "PDF", "md": "Markdown", "html": "HTML", "json": "JSON"}


def group_preview(
    picture: GroupPicture, language: Language, made_at: datetime
) -> tuple[Report, str]:
    """The group report and its HTML (slow: charts; run off the GUI thread)."""
    from wellbeing_desktop.reports.html import render_html
    from wellbeing_desktop.services.pulse_report import group_report

    report = group_report(picture, language, made_at)
    return report, render_html(report)


def write_group_report(
    journal: Journal,
    picture: GroupPicture,
    report: Report,
    file_format: str,
    made_at: datetime,
    target: Path,
) -> ExportRecord:
    """Write the group report as ``file_format`` to the new file ``target`` and log it."""
    from wellbeing_desktop.reports import render_report_file
    from wellbeing_desktop.services.pulse_report import group_json, group_record

    def render(temp: Path) -> None:
        if file_format == "json":
            temp.write_text(group_json(picture, made_at), encoding="utf-8")
        else:
            render_report_file(report, file_format, temp)

    return publish_and_record(journal, target, group_record(report, file_format), render)


class GroupPictureDialog(QDialog):
    """The combined pulses of a round, shown as the report, with "Save report…"."""

    def __init__(
        self,
        session: JournalSession,
        tasks: TaskRunner,
        picture: GroupPicture,
        report: Report,
        html: str,
        made_at: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groupPicture")
        self.setModal(True)
        self._session = session
        self._tasks = tasks
        self.picture: GroupPicture | None = picture
        self.report: Report | None = report
        self.made_at = made_at
        self.saving = False
        self.saved_to: Path | None = None

        self.heading = page_title()
        self.intro = muted()
        self.preview = PreviewBrowser()
        self.preview.setObjectName("groupPreview")
        self.preview.setHtml(html)
        self.warning = muted()
        self.message = QLabel()
        self.message.setObjectName("groupMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.format_label = QLabel()
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.format_label)
        for number, file_format in enumerate(REPORT_FORMATS):
            radio = QRadioButton(_FORMAT_NAMES[file_format])
            radio.setAccessibleName(_FORMAT_NAMES[file_format])
            self.format_group.addButton(radio, number)
            self.format_buttons[file_format] = radio
            buttons.addWidget(radio)
        self.format_buttons["pdf"].setChecked(True)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumSize(720, 520)
        self._fit_to_parent(parent)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        session.language_changed.connect(self.retranslate)
        session.closed.connect(self.discard)
        self.retranslate(session.language)

    def _fit_to_parent(self, parent: QWidget | None) -> None:
        window = parent.window() if parent is not None else None
        if window is None:
            self.resize(900, 640)
            return
        room = window.size()
        self.resize(min(980, max(720, room.width() - 80)), min(720, max(520, room.height() - 60)))

    def retranslate(self, language: Language) -> None:
        title = tr(words.GROUP_TITLE, language)
        self.setWindowTitle(title)
        if self.picture is not None:
            self.heading.setText(f"{title} · {self.picture.round.name}")
            self.intro.setText(tr(words.GROUP_INTRO, language).format(leaders=self.picture.leaders))
        self.preview.setAccessibleName(tr(words.GROUP_PREVIEW, language))
        self.warning.setText(save_dialog_caption(language))
        self.format_label.setText(tr(words.FORMAT, language))
        self.close_button.setText(tr(words.CLOSE, language))
        self.save_button.setText(tr(words.SAVE_REPORT, language))
        self.save_button.setAccessibleName(tr(words.SAVE_REPORT, language).rstrip("…"))
        if self.saved_to is not None:
            self._say(tr(words.REPORT_SAVED, language).format(path=str(self.saved_to)))

    def chosen_format(self) -> str:
        return REPORT_FORMATS[max(0, self.format_group.checkedId())]

    def choose_file(self) -> Path | None:
        assert self.picture is not None
        language = self._session.language
        file_format = self.chosen_format()
        stem = f"{tr(words.REPORT_STEM, language)}-{round_stem(self.picture.round)}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            save_dialog_caption(language),
            str(documents_folder() / f"{stem}.{file_format}"),
            _FILTERS[file_format],
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{file_format}":
            path = path.with_name(f"{path.name}.{file_format}")
        return path

    def save(self) -> None:
        """Ask where, then write the report shown (or its JSON) with its consent entry."""
        if not self._session.is_open or self.saving or self.picture is None:
            return
        report, picture = self.report, self.picture
        assert report is not None
        file_format = self.chosen_format()
        path = self.choose_file()
        if path is None or not self._session.is_open:
            return
        journal, made_at = self._session.journal, self.made_at
        self.saving = True
        self.save_button.setEnabled(False)
        self._tasks.run(
            lambda: write_group_report(journal, picture, report, file_format, made_at, path),
            lambda _record: self._saved(path),
            self._save_failed,
        )

    def _saved(self, path: Path) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if not self._session.is_open:
            return
        self.saved_to = path
        self._say(tr(words.REPORT_SAVED, self._session.language).format(path=str(path)))

    def _save_failed(self, exc: Exception) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if self._session.is_open:
            self._say(describe_write_error(exc, self._session.language), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(warning_style() if error else "")
        self.message.setVisible(bool(text))

    def discard(self) -> None:
        """The journal locked: nothing of the picture is kept."""
        self.picture, self.report = None, None
        self.preview.clear()
        self.message.clear()
        self.reject()
