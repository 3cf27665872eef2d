"""The coach summary's preview browser and the choices a report is built from."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.report_content import Report, Section


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
