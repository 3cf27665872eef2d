"""Import from another journal: choose the export, see what it would bring, then import.

The app is told from the file (``detect_format``, a quick look at its start) and can be
corrected. The whole file is read off the GUI thread (``plan_import``, which writes
nothing) and the preview says what an import would do, warning first when private text
would land on days that are shared. "Import" runs the import off the GUI thread, in one
transaction: all of it or nothing. A refusal is the error catalogue's one line, without
the command line's words (``import_refusals``). Our own
JSON export is checked as its import would be (``check_import_content``) before the
preview shows, so a refusal is seen before pressing Import. A lock while the import is
written stops it between two days (its transaction is rolled back: nothing imported) and
the user is told after the next unlock (``lock_notices``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services import interchange, user_files
from wellbeing_desktop.services.foreign_import import (
    ImportFormat,
    ImportPlan,
    ImportResult,
    detect_format,
    plan_import,
    run_import,
)
from wellbeing_desktop.ui.common.guarded_tasks import GuardedTasks
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import muted, page_title
from wellbeing_desktop.ui.export_log.export_log_files import export_folder
from wellbeing_desktop.ui.settings.settings_parts import PathLabel, error_line, show_line
from wellbeing_desktop.ui.shell.session import Change
from wellbeing_desktop.ui.transfer import transfer_words as words
from wellbeing_desktop.ui.transfer.import_preview import (
    PreviewWarning,
    content_counts,
    counted,
    plan_texts,
)
from wellbeing_desktop.ui.transfer.import_refusals import refusal_line
from wellbeing_desktop.ui.transfer.import_warning import ImportWarning
from wellbeing_desktop.ui.transfer.lock_notices import import_notice, tell_after_unlock

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.domain.models import JournalContent
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import JournalSession

FORMATS = (
    ImportFormat.JRNL,
    ImportFormat.DAYONE,
    ImportFormat.DAYLIO,
    ImportFormat.MARKDOWN,
    ImportFormat.LEADER_PULSE,
)
_PATTERNS = "*.json *.zip *.csv *.md *.markdown"
# What our own export changes: every view may show some of it.
_EVERYTHING = (
    Change.DAY,
    Change.SPARRING,
    Change.ONE_ON_ONE,
    Change.WHO5,
    Change.SETTINGS,
    Change.CATALOGUE,
)


def prepare(journal: Journal, path: Path, fmt: ImportFormat) -> ImportPlan | JournalContent:
    """Read the whole export (slow: off the GUI thread); nothing is written.

    Raises:
        WellbeingError: the file cannot be read, or its import would be refused (our own
            export: days the journal already has, an entry that breaks a rule).
    """
    if fmt is ImportFormat.LEADER_PULSE:
        text = user_files.read_user_text(path, "import", user_files.IMPORT_FILE_LIMIT)
        content = interchange.content_from_json(text)
        journal.check_import_content(content)  # the refusal Import would give
        return content
    return plan_import(journal, path, fmt)


def _line() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class ImportDialog(QDialog):
    """Choose an export, see its preview, import it.

    Signals:
        imported(): the journal changed (the rest of the app has been told).
    """

    imported = Signal()

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setModal(True)
        self._session = session
        self._tasks = tasks
        # A newer request (or the journal locking) drops older results; the lock waits
        # for an import being written.
        self._guarded = GuardedTasks(tasks)
        self.busy = False
        self._stop = threading.Event()  # set by the lock: the import stops between days
        self.path: Path | None = None
        self.format: ImportFormat | None = None
        self.preview: ImportPlan | JournalContent | None = None
        self.done_text = ""

        self.heading = page_title()
        self.intro = muted()
        self.choose_file = QPushButton()
        self.choose_folder = QPushButton()
        self.file_hints = [muted() for _ in range(4)]
        self.folder_hint = muted()
        self.chosen_label = QLabel()
        self.chosen = PathLabel()
        self.format_label = QLabel()
        self.format_box = QComboBox()
        self.format_label.setBuddy(self.format_box)
        self.status = muted()
        self.message = error_line()
        self.summary = _line()
        self.summary.setObjectName("importSummary")
        self.lines = [_line() for _ in range(4)]  # tags, appended to, left out, already
        self.warning = ImportWarning()  # an alert; every day it names is shown
        self.done_line = _line()
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self._lay_out()
        self._connect()
        self.retranslate()
        self._show_preview()

    # --- building -------------------------------------------------------------------

    def _lay_out(self) -> None:
        choices = QGridLayout()
        choices.setHorizontalSpacing(28)
        choices.setVerticalSpacing(2)
        choices.addWidget(self.choose_file, 0, 0, Qt.AlignmentFlag.AlignLeft)
        choices.addWidget(self.choose_folder, 0, 1, Qt.AlignmentFlag.AlignLeft)
        choices.setRowMinimumHeight(1, 4)
        for row, hint in enumerate(self.file_hints, start=2):
            choices.addWidget(hint, row, 0)
        choices.addWidget(
            self.folder_hint, 2, 1, len(self.file_hints), 1, Qt.AlignmentFlag.AlignTop
        )
        choices.setColumnStretch(0, 1)
        choices.setColumnStretch(1, 1)

        chosen = QGridLayout()
        chosen.setHorizontalSpacing(14)
        chosen.addWidget(self.chosen_label, 0, 0)
        chosen.addWidget(self.chosen, 0, 1)
        chosen.addWidget(self.format_label, 1, 0)
        chosen.addWidget(self.format_box, 1, 1, Qt.AlignmentFlag.AlignLeft)
        chosen.setColumnStretch(1, 1)

        self.preview_frame = QFrame()
        self.preview_frame.setObjectName("card")
        box = QVBoxLayout(self.preview_frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(6)
        for label in (self.summary, *self.lines):
            box.addWidget(label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        self.column = layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(choices)
        layout.addSpacing(6)
        layout.addLayout(chosen)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.preview_frame)
        layout.addWidget(self.warning)
        layout.addWidget(self.done_line)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(700)
        self.setMaximumWidth(900)
        QWidget.setTabOrder(self.choose_file, self.choose_folder)
        QWidget.setTabOrder(self.choose_folder, self.format_box)
        QWidget.setTabOrder(self.format_box, self.import_button)
        QWidget.setTabOrder(self.import_button, self.cancel_button)

    def _connect(self) -> None:
        self.choose_file.clicked.connect(self._pick_file)
        self.choose_folder.clicked.connect(self._pick_folder)
        self.format_box.activated.connect(self._format_chosen)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self._session.locking.connect(self._journal_locking)
        self._session.closed.connect(self._journal_closed)

    def retranslate(self) -> None:
        language = self._session.language
        self.setWindowTitle(tr(words.DIALOG_TITLE, language))
        self.heading.setText(tr(words.DIALOG_TITLE, language))
        self.intro.setText(tr(words.DIALOG_INTRO, language))
        for button, text in (
            (self.choose_file, words.CHOOSE_FILE),
            (self.choose_folder, words.CHOOSE_FOLDER),
            (self.cancel_button, words.CLOSE if self.done_text else words.CANCEL),
        ):
            button.setText(tr(text, language))
            button.setAccessibleName(tr(text, language).rstrip("…"))
        hints = (words.HINT_JRNL, words.HINT_DAYONE, words.HINT_DAYLIO, words.HINT_OURS)
        for label, hint in zip(self.file_hints, hints, strict=True):
            label.setText(tr(hint, language))
        self.folder_hint.setText(tr(words.HINT_FOLDER, language))
        self.choose_file.setAccessibleDescription(" ".join(tr(hint, language) for hint in hints))
        self.choose_folder.setAccessibleDescription(tr(words.HINT_FOLDER, language))
        self.chosen_label.setText(tr(words.CHOSEN, language))
        self.chosen.setAccessibleName(tr(words.CHOSEN, language))
        self.format_label.setText(tr(words.FORMAT, language))
        self.format_box.setAccessibleName(tr(words.FORMAT, language))
        current = self.format_box.currentIndex()
        self.format_box.clear()
        for fmt in FORMATS:
            self.format_box.addItem(tr(words.FORMAT_NAMES[fmt.value], language), fmt.value)
        self.format_box.setCurrentIndex(current)

    # --- choosing -------------------------------------------------------------------

    def _pick_file(self) -> None:
        language = self._session.language
        filters = (
            f"{tr(words.FILE_FILTER, language)} ({_PATTERNS});;{tr(words.ALL_FILES, language)} (*)"
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr(words.FILE_DIALOG, language), str(export_folder()), filters
        )
        if chosen:
            self.load(Path(chosen))

    def _pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr(words.FOLDER_DIALOG, self._session.language), str(export_folder())
        )
        if chosen:
            self.load(Path(chosen))

    def _format_chosen(self, index: int) -> None:
        if self.path is not None and 0 <= index < len(FORMATS):
            self.load(self.path, FORMATS[index])

    def load(self, path: Path, fmt: ImportFormat | None = None) -> None:
        """Show ``path``, tell (or take) its app, and read it off the GUI thread."""
        if self.busy or not self._session.is_open:
            return
        self.path = path
        self.chosen.set_path(str(path))
        self.preview = None
        self.done_text = ""
        self.retranslate()
        self._show_preview()
        language = self._session.language
        if fmt is None:
            try:
                fmt = detect_format(path)
            except WellbeingError as exc:
                self.format = None
                self.format_box.setCurrentIndex(-1)
                self._say(self.message, self._refusal(exc))
                return
        self.format = fmt
        self.format_box.setCurrentIndex(FORMATS.index(fmt))
        self._say(self.message, "")
        self._say(self.status, tr(words.READING, language))
        journal = self._session.journal
        self._run(lambda: prepare(journal, path, fmt), self._prepared, self._refused)

    def _prepared(self, preview: ImportPlan | JournalContent) -> None:
        self._say(self.status, "")
        self.preview = preview
        self._show_preview()

    def _refused(self, exc: Exception) -> None:
        """A refusal: its one line; nothing was written."""
        self.busy = False
        self._say(self.status, "")
        self.preview = None
        self._show_preview()
        self._say(self.message, self._refusal(exc))
        self._enable()

    def _refusal(self, exc: Exception) -> str:
        """The refusal's line: the catalogue's, without the command line's words."""
        box = tr(words.FORMAT, self._session.language).rstrip(": ")
        return refusal_line(exc, self._session.language, box)

    # --- the preview ----------------------------------------------------------------

    def _show_preview(self) -> None:
        language = self._session.language
        preview = self.preview
        texts: list[str] = []
        warnings: tuple[PreviewWarning, ...] = ()
        button = tr(words.IMPORT_ALL, language)
        if isinstance(preview, ImportPlan):
            shown = plan_texts(preview, language)
            made_and_left = "\n".join(line for line in (shown.new_items, shown.left_out) if line)
            texts = [shown.summary, shown.tags, shown.appended, made_and_left, shown.already]
            warnings, button = shown.warnings, shown.button
        elif preview is not None:
            texts = [
                content_counts(preview, language, words.OURS_PREVIEW),
                tr(words.OURS_NOTE, language),
            ]
        texts += [""] * (5 - len(texts))
        for label, text in zip((self.summary, *self.lines), texts, strict=True):
            label.setText(text)
            label.setAccessibleName(text)
            label.setVisible(bool(text))
        self.preview_frame.setVisible(preview is not None)
        self.warning.show_warnings(() if self.done_text else warnings)
        self.import_button.setAccessibleDescription(self.warning.said)
        self.done_line.setText(self.done_text)
        self.done_line.setVisible(bool(self.done_text))
        self.import_button.setText(button)
        self.import_button.setAccessibleName(button)
        self._enable()
        self._fit()

    def _say(self, label: QLabel, text: str) -> None:
        """Show ``text`` in the line ``label`` (empty: hide it), and fit the dialog to it.

        Every status or refusal line appears or goes here: the dialog never squeezes its
        buttons or cuts a line to make room (the preview's lines are fitted by
        ``_show_preview``).
        """
        show_line(label, text)
        self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to the lines shown, at the dialog's width: never a scroll bar."""
        layout = self.column
        layout.activate()
        height = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        self.resize(self.width(), height)

    def can_import(self) -> bool:
        preview = self.preview
        if self.busy or self.done_text or preview is None:
            return False
        return not isinstance(preview, ImportPlan) or not preview.changes_nothing

    def _enable(self) -> None:
        self.import_button.setEnabled(self.can_import())
        self.import_button.setVisible(not self.done_text)  # done: only Close is left
        for widget in (self.choose_file, self.choose_folder, self.cancel_button):
            widget.setEnabled(not self.busy)
        self.format_box.setEnabled(not self.busy and self.path is not None)

    # --- importing ------------------------------------------------------------------

    def start_import(self) -> None:
        """Import what the preview shows, off the GUI thread, all of it or nothing."""
        if not self.can_import() or not self._session.is_open:
            return
        journal, preview = self._session.journal, self.preview
        self.busy = True
        self._enable()
        self._say(self.message, "")
        self._say(self.status, tr(words.IMPORTING, self._session.language))
        if isinstance(preview, ImportPlan):
            plan = preview
            confirmed = bool(plan.shared)  # the banner warned; Import is the yes
            stop = self._stop = threading.Event()
            self._run(
                lambda: run_import(journal, plan, shared_confirmed=confirmed, stop=stop.is_set),
                self._imported,
                self._refused,
            )
        else:
            assert preview is not None
            content = preview
            self._run(lambda: journal.import_content(content), self._imported, self._refused)

    def _imported(self, result: object) -> None:
        self.busy = False
        self._say(self.status, "")
        language = self._session.language
        preview = self.preview
        if isinstance(preview, ImportPlan):
            self.done_text = tr(words.IMPORTED, language).format(
                entries=counted(words.ENTRIES, preview.entries, language),
                days=counted(words.DAYS, len(preview.days), language),
            )
            if isinstance(result, ImportResult) and result.backup is not None:
                backup = tr(words.IMPORTED_BACKUP, language).format(name=result.backup.name)
                self.done_text = f"{self.done_text} {backup}"
            changes: tuple[Change, ...] = (Change.DAY,)
        else:
            assert preview is not None
            self.done_text = content_counts(preview, language, words.IMPORTED_OURS)
            changes = _EVERYTHING
        self.retranslate()
        self._show_preview()
        for change in changes:
            self._session.notify(change, self)
        self.imported.emit()
        self.cancel_button.setFocus()

    # --- the journal ----------------------------------------------------------------

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Off the GUI thread; an older request's result is dropped.

        While ``busy`` the work is the import's write: the lock waits for it.
        """
        self._guarded.drop()
        run = self._guarded.run_write if self.busy else self._guarded.run
        run(work, done, failed)

    def reject(self) -> None:
        """Cancel or Escape: not while an import is being written (it is all or nothing)."""
        if not self.busy:
            self._guarded.drop()
            super().reject()

    def _journal_locking(self) -> None:
        """The journal is about to lock: an import being written stops first.

        It stops between two days and its one transaction is rolled back (once its commit
        has begun it finishes); the lock waits for that with the journal still open, and
        the user is told how it ended after the next unlock.
        """
        if not self.busy:
            return
        self._stop.set()
        outcome = self._guarded.finish()
        self.busy = False
        preview = self.preview
        if outcome is None or preview is None:
            return
        days = len(preview.days)
        tell_after_unlock(self._session, import_notice(outcome, days))

    def _journal_closed(self) -> None:
        """The journal locked: nothing of the file or the journal stays on screen."""
        self._guarded.drop()
        self.busy = False
        self.path, self.preview, self.format = None, None, None
        self.done_text = ""
        self.chosen.set_path("")
        show_line(self.message, "")
        show_line(self.status, "")
        self._show_preview()
        super().reject()
