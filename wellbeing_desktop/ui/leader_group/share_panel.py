"""Share your pulse: open a round file, see exactly what the file will hold, save it.

The preview is the very ``LeaderPulse`` that is sealed (``services.pulse.preview_pulse``),
worded by ``services.pulse_words.pulse_facts`` as the command line words it; the file and
its consent-log entry are written as one unit by ``services.pulse.share_pulse``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from wellbeing_desktop.domain.catalogues import SPARRING_SITUATIONS, localized
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import CatalogueKind
from wellbeing_desktop.services import pulse as pulse_service
from wellbeing_desktop.services.period_figures import item_labels
from wellbeing_desktop.services.pulse_words import pulse_facts, pulse_not_included
from wellbeing_desktop.ui.common.alerts import AlertBanner
from wellbeing_desktop.ui.common.locale_format import date_span, short_date
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import Card, muted
from wellbeing_desktop.ui.export_log.export_log_files import describe_write_error, export_folder
from wellbeing_desktop.ui.leader_group import leader_group_words as words

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.domain.pulse import LeaderPulse, PulseRound
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.common.translation import Message
    from wellbeing_desktop.ui.shell.session import JournalSession


def round_stem(pulse_round: PulseRound) -> str:
    """The round's name as the service puts it in file names (``ledergruppen-efterår-2026``)."""
    return pulse_service.round_file_name(pulse_round).removesuffix(pulse_service.ROUND_SUFFIX)


def documents_folder() -> Path:
    """Where the page's file dialogs start: where the app's other save dialogs start."""
    return export_folder()


ROUND_PATTERN = f"*{pulse_service.ROUND_SUFFIX}"
PULSE_PATTERN = f"{pulse_service.PULSE_PREFIX}*.json"


def file_filters(files: Message, pattern: str, language: Language) -> str:
    """The dialog's filters: the page's own files first, then any JSON, then every file."""
    return ";;".join(
        (
            f"{tr(files, language)} ({pattern})",
            f"{tr(words.JSON_FILES, language)} (*.json)",
            f"{tr(words.ALL_FILES, language)} (*)",
        )
    )


def pulse_labels(journal: Journal, language: Language) -> dict[str, str]:
    """Catalogue key → label for the demand and resource items and the situations."""
    labels = item_labels(journal, CatalogueKind.DEMAND, language)
    labels |= item_labels(journal, CatalogueKind.RESOURCE, language)
    labels |= {key: localized(texts, language) for key, texts in SPARRING_SITUATIONS.items()}
    return labels


class FactsGrid(QWidget):
    """Label → value lines in two columns; the values wrap (a narrow window, a long list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pulseFacts")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        self._lines: list[tuple[QLabel, QLabel]] = []

    def set_facts(self, facts: list[tuple[str, str]]) -> None:
        self.clear()
        for row, (label, value) in enumerate(facts):
            what = muted(label)
            what.setWordWrap(False)
            said = QLabel(value)
            said.setWordWrap(True)
            said.setAccessibleName(label)
            self.grid.addWidget(what, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(said, row, 1, Qt.AlignmentFlag.AlignTop)
            self._lines.append((what, said))

    def facts(self) -> list[tuple[str, str]]:
        """The lines shown, as (label, value)."""
        return [(what.text(), said.text()) for what, said in self._lines]

    def clear(self) -> None:
        for what, said in self._lines:
            for label in (what, said):
                self.grid.removeWidget(label)
                label.deleteLater()
        self._lines = []


def say(label: QLabel, text: str) -> None:
    """A status line: shown with its words, hidden (no empty gap) without."""
    label.setText(text)
    label.setVisible(bool(text))


def set_primary(button: QPushButton, primary: bool) -> None:
    """Make ``button`` the card's one accent button (or a plain one again)."""
    name = "primary" if primary else ""
    if button.objectName() != name:
        button.setObjectName(name)
        button.style().unpolish(button)
        button.style().polish(button)


class SharePanel(Card):
    """The card every leader uses: open the round file, preview, save the pulse file.

    Signals:
    shared(object): a pulse file was written and logged (the ExportRecord).
    """

    shared = Signal(object)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("card")
        self._session = session
        self.pulse_round: PulseRound | None = None
        self.pulse: LeaderPulse | None = None
        self.saved_to: Path | None = None
        self.saved_pulse: LeaderPulse | None = None  # what the saved file holds
        self._no_days = False

        self.open_button = QPushButton()
        self.open_button.setObjectName("primary")
        self.empty = muted()
        self.round_line = QLabel()
        self.round_line.setObjectName("pulseRound")
        self.round_line.setWordWrap(True)
        font = self.round_line.font()
        font.setBold(True)
        self.round_line.setFont(font)
        self.key_code = muted()
        self.facts_heading = QLabel()
        self.facts_heading.setObjectName("pulseFactsHeading")
        bold = self.facts_heading.font()
        bold.setBold(True)
        self.facts_heading.setFont(bold)
        self.facts = FactsGrid()
        self.never = muted()
        self.who5 = QCheckBox()
        self.save_button = QPushButton()
        self.alert = AlertBanner()
        self.status = muted()
        self.status.setObjectName("pulseStatus")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(12)
        top.addWidget(self.empty, 1)
        top.addWidget(self.round_line, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.who5, 1)
        actions.addWidget(self.save_button)
        self.body.addLayout(top)
        self.body.addWidget(self.alert)
        self.body.addWidget(self.key_code)
        self.body.addWidget(self.facts_heading)
        self.body.addWidget(self.facts)
        self.body.addWidget(self.never)
        self.body.addLayout(actions)
        self.body.addWidget(self.status)
        self.body.addStretch(1)

        self.open_button.clicked.connect(self.choose_round_file)
        self.who5.toggled.connect(lambda _on: self.refresh_preview())
        self.save_button.clicked.connect(self.save)
        self.clear()

    # --- words ----------------------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(words.SHARE_TITLE, language))
        self.open_button.setText(tr(words.OPEN_ROUND, language))
        self.open_button.setAccessibleName(tr(words.OPEN_ROUND, language).rstrip("…"))
        self.open_button.setToolTip(tr(words.OPEN_ROUND_TIP, language))
        self.empty.setText(tr(words.SHARE_EMPTY, language))
        self.facts_heading.setText(tr(words.FACTS, language))
        self.facts.setAccessibleName(tr(words.FACTS, language))
        self.who5.setText(tr(words.WHO5_BOX, language))
        self.who5.setAccessibleName(tr(words.WHO5_BOX, language))
        self.save_button.setText(tr(words.SAVE_PULSE, language))
        self.save_button.setAccessibleName(tr(words.SAVE_PULSE, language).rstrip("…"))
        self.save_button.setToolTip(tr(words.SAVE_PULSE_TIP, language))
        self._show_round()
        self._show_facts()

    # --- the round ------------------------------------------------------------------------------

    def choose_round_file(self) -> None:
        if not self._session.is_open:
            return
        language = self._session.language
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            tr(words.OPEN_ROUND_CAPTION, language),
            str(documents_folder()),
            file_filters(words.ROUND_FILES, ROUND_PATTERN, language),
        )
        if chosen:
            self.open_round_file(Path(chosen))

    def open_round_file(self, path: Path) -> None:
        """Read the round file and show what would be shared.

        A file that cannot be read clears the card (no earlier round's preview or "Saved
        to" stays under the error, as if it belonged to this file) and says why in one line.
        """
        if not self._session.is_open:
            return
        try:
            pulse_round = pulse_service.read_round_file(path)
        except WellbeingError as exc:
            self.clear()
            self.alert.show_text(user_message(exc, self._session.language))
            return
        self.alert.show_text("")
        self.pulse_round = pulse_round
        self.saved_to, self.saved_pulse = None, None
        self.who5.setChecked(False)  # off by default, for every round
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Build the pulse for the open round (and the WHO-5 choice) and show it."""
        self.pulse, self._no_days = None, False
        if self.pulse_round is not None and self._session.is_open:
            try:
                self.pulse = pulse_service.preview_pulse(
                    self._session.journal, self.pulse_round, include_who5=self.who5.isChecked()
                )
            except ValidationError:
                self._no_days = True
            except WellbeingError as exc:
                self.alert.show_text(user_message(exc, self._session.language))
        self._show_round()
        self._show_facts()

    def _show_round(self) -> None:
        language = self._session.language
        shown = self.pulse_round
        self.empty.setVisible(shown is None)
        for widget in (self.round_line, self.key_code, self.who5, self.save_button):
            widget.setVisible(shown is not None)
        for shown_with_pulse in (self.facts_heading, self.facts, self.never):
            shown_with_pulse.setVisible(self.pulse is not None)
        self.save_button.setEnabled(self.pulse is not None)
        set_primary(self.open_button, shown is None)
        set_primary(self.save_button, shown is not None)
        self.who5.setEnabled(self.pulse is not None)
        if shown is None:
            return
        period = date_span(shown.start, shown.end, language)
        self.round_line.setText(
            tr(words.ROUND_LINE, language).format(name=shown.name, period=period)
        )
        self.key_code.setText(tr(words.KEY_CODE, language).format(code=shown.fingerprint))

    def _show_facts(self) -> None:
        self.facts.clear()
        shown, pulse = self.pulse_round, self.pulse
        if shown is not None and pulse is not None and self._session.is_open:
            language = self._session.language
            labels = pulse_labels(self._session.journal, language)
            self.facts.set_facts(
                pulse_facts(pulse, shown, language, labels, who5_asked=self.who5.isChecked())
            )
            self.never.setText(pulse_not_included(language))
        self._show_status()

    def _show_status(self) -> None:
        """The line under the card: saved (and whether the file still holds the preview)."""
        shown = self.pulse_round
        if shown is None or not self._session.is_open:
            say(self.status, "")
            return
        language = self._session.language
        if self.saved_to is not None:
            same = self.pulse is not None and self.pulse == self.saved_pulse
            saved = words.PULSE_SAVED if same else words.PULSE_SAVED_EARLIER
            say(self.status, tr(saved, language).format(path=str(self.saved_to)))
        elif self.pulse is None and self._no_days:
            start, end = short_date(shown.start, language), short_date(shown.end, language)
            say(self.status, tr(words.NO_DAYS, language).format(start=start, end=end))
        else:
            say(self.status, "")

    # --- saving ---------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        assert self.pulse_round is not None
        return pulse_service.pulse_file_name(self.pulse_round)

    def save(self) -> None:
        """Ask where, then seal what the preview shows and write it with its log entry."""
        if not self._session.is_open or self.pulse is None or self.pulse_round is None:
            return
        language = self._session.language
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            tr(words.SAVE_PULSE_CAPTION, language),
            str(documents_folder() / self.suggested_name()),
            file_filters(words.PULSE_FILES, PULSE_PATTERN, language),
        )
        if not chosen or not self._session.is_open:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(f"{path.name}.json")
        try:
            record = pulse_service.share_pulse(
                self._session.journal, self.pulse_round, self.pulse, path
            )
        except (OSError, WellbeingError) as exc:
            self.alert.show_text(describe_write_error(exc, language))
            return
        self.alert.show_text("")
        self.saved_to, self.saved_pulse = path, self.pulse
        self._show_status()
        self.shared.emit(record)

    # --- lock -----------------------------------------------------------------------------------

    def clear(self) -> None:
        """The journal locked (or no round yet): nothing of a round or a pulse is kept."""
        self.pulse_round, self.pulse, self._no_days = None, None, False
        self.saved_to, self.saved_pulse = None, None
        self.facts.clear()
        self.round_line.clear()
        self.key_code.clear()
        self.alert.show_text("")
        say(self.status, "")
        self.who5.setChecked(False)
        self._show_round()
