"""Gentle notes at the top of Today: the sparring nudge, a signpost, the WHO-5 offer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.suggestions import NUDGE_TEXT, SIGNPOST_TEXTS
from wellbeing_desktop.services.today import Suggestions
from wellbeing_desktop.ui.common.alerts import AlertBanner
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import Banner
from wellbeing_desktop.ui.today import words

__all__ = ["SuggestionBanners", "Suggestions"]  # Suggestions: the service's value, shown here


class SuggestionBanners(QWidget):
    """The gentle suggestions above the form.

    Signals:
    who5_requested(): the user pressed the WHO-5 banner's button.
    """

    who5_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = Language.DANISH
        self._state = Suggestions()
        self.signpost = AlertBanner()  # announced to screen readers when it appears
        self.nudge = Banner()
        self.who5 = Banner()
        self.who5_button = QPushButton()
        self.who5_button.setObjectName("primary")
        row = self.who5.layout()
        assert isinstance(row, QHBoxLayout)  # Banner's own layout: text, then our button
        # Slim: one line with its button, so the offer never pushes the day's questions
        # out of sight at 1366×768 (with a proposal shown too).
        row.setContentsMargins(14, 3, 4, 3)
        row.addWidget(self.who5_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for banner in (self.signpost, self.nudge, self.who5):
            layout.addWidget(banner)
        for banner in (self.signpost, self.nudge):
            banner_row = banner.layout()
            assert banner_row is not None  # Banner's own layout
            banner_row.setContentsMargins(14, 6, 14, 6)
        self.who5_button.clicked.connect(self.who5_requested)
        self.hide()

    def show_suggestions(self, state: Suggestions) -> None:
        self._state = state
        self._show()

    def clear(self) -> None:
        self.show_suggestions(Suggestions())

    def retranslate(self, language: Language) -> None:
        self._language = language
        self.who5_button.setText(tr(words.WHO5_START, language))
        self.who5_button.setAccessibleName(tr(words.WHO5_START, language))
        self._show()

    def _show(self) -> None:
        language, state = self._language, self._state
        signpost = SIGNPOST_TEXTS.get(state.signpost) if state.signpost else None
        self.signpost.show_text(localized(signpost, language) if signpost else "")
        # The signpost already says "talk to someone": the nudge would only repeat it.
        self.nudge.show_text(
            localized(NUDGE_TEXT, language) if state.nudge and not signpost else ""
        )
        offer = words.WHO5_FIRST_OFFER if state.who5_first else words.WHO5_OFFER
        self.who5.show_text(tr(offer, language) if state.who5_due else "")
        self.setVisible(bool(signpost) or state.nudge or state.who5_due)
