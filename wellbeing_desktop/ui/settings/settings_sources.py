"""The Sources card in Settings: the published sources behind the app's content.

The insights name their sources in short ("Topp et al. 2015"); this card, the app's help
on where things come from, lists the full references (domain/sources.py), so a user can
look each one up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.sources import NOT_DIAGNOSIS, REFERENCES
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.common.widgets import Card, muted

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language

SOURCES: Message = translatable("settings_sources", "Sources")
SOURCES_INTRO: Message = translatable(
    "settings_sources",
    "The scales, limits and structures in Leader Pulse rest on these published sources. "
    "The sentences under Trends name them in short.",
)


class SourcesCard(Card):
    """Where the app's scales, thresholds and structures come from, in full."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = muted()
        self.body.addWidget(self.intro)
        self.references: list[QLabel] = []
        for _ in REFERENCES:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body.addWidget(label)
            self.references.append(label)
        self.not_diagnosis = muted()
        self.body.addWidget(self.not_diagnosis)

    def retranslate(self, language: Language) -> None:
        self.set_title(tr(SOURCES, language))
        self.intro.setText(tr(SOURCES_INTRO, language))
        for label, texts in zip(self.references, REFERENCES, strict=True):
            text = localized(texts, language)
            label.setText(f"• {text}")
            label.setAccessibleName(text)
        self.not_diagnosis.setText(localized(NOT_DIAGNOSIS, language))
