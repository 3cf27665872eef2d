"""Share your pulse: open a round file, see exactly what the file will hold, save it.

The preview is the very ``LeaderPulse`` that is sealed (``services.pulse.preview_pulse``),
worded by ``services.pulse_words.pulse_facts`` as the command line words it; the file and
its consent-log entry are written as one unit by ``services.pulse.share_pulse``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
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
from wellbeing_desktop.ui.export_log.export_log_files import describe_write_error
from wellbeing_desktop.ui.leader_group import leader_group_words as words

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.domain.pulse import LeaderPulse, PulseRound
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.shell.session import JournalSession


def round_stem(pulse_round: PulseRound) -> str:
    """The round's name as the service puts it in file names (``ledergruppen-efterår-2026``)."""
    return pulse_service.round_file_name(pulse_round).removesuffix(pulse_service.ROUND_SUFFIX)


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


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
        if self.saved_to is not None:
            self._say_saved()

    # --- the round ------------------------------------------------------------------------------

    def choose_round_file(self) -> None:
        if not self._session.is_open:
            return
        language = self._session.language
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            tr(words.OPEN_ROUND_CAPTION, language),
            str(documents_folder()),
            tr(words.ROUND_FILES, language),
        )
        if chosen:
            self.open_round_file(Path(chosen))

    def open_round_file(self, path: Path) -> None:
        """Read the round file and show what would be shared; a bad file changes nothing."""
        if not self._session.is_open:
            return
        try:
            pulse_round = pulse_service.read_round_file(path)
        except WellbeingError as exc:
            self.alert.show_text(user_message(exc, self._session.language))
            return
        self.alert.show_text("")
        self.pulse_round = pulse_round
        self.who5.setChecked(False)  # off by default, for every round
        self.saved_to = None
        say(self.status, "")
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
        if shown is None or not self._session.is_open:
            return
        language = self._session.language
        if pulse is None:
            if self._no_days:
                say(
                    self.status,
                    tr(words.NO_DAYS, language).format(
                        start=short_date(shown.start, language), end=short_date(shown.end, language)
                    ),
                )
            return
        labels = pulse_labels(self._session.journal, language)
        self.facts.set_facts(pulse_facts(pulse, shown, language, labels))
        self.never.setText(pulse_not_included(language))
        if self.saved_to is None:
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
            tr(words.PULSE_FILES, language),
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
        self.saved_to = path
        self._say_saved()
        self.shared.emit(record)

    def _say_saved(self) -> None:
        assert self.saved_to is not None
        say(
            self.status,
            tr(words.PULSE_SAVED, self._session.language).format(path=str(self.saved_to)),
        )

    # --- lock -----------------------------------------------------------------------------------

    def clear(self) -> None:
        """The journal locked (or no round yet): nothing of a round or a pulse is kept."""
        self.pulse_round, self.pulse, self.saved_to, self._no_days = None, None, None, False
        self.facts.clear()
        self.round_line.clear()
        self.key_code.clear()
        self.alert.show_text("")
        say(self.status, "")
        self.who5.setChecked(False)
        self._show_round()
