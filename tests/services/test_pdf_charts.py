"""The charts of a PDF report: laid out as stand-ins, decoded only to be drawn (issue #20).

Decoded, the four charts of a coach summary held 18 MB for as long as its laid-out
document lived. The layout now gets a stand-in of the same proportions; these tests
check that the page comes out the same with the chart itself, and that the file still
holds every chart, whole.
"""

from __future__ import annotations

import subprocess
from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
from PySide6.QtGui import QColor, QImage, QPdfWriter, QPixmap, QTextDocument

from tests.services.report_data import fill
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.reports import render_report_file
from wellbeing_desktop.reports.pdf import CHART_PIXELS, _Chart, _ChartsDocument
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.journal import Journal


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication."""


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
    return bytes(data.data())


def test_a_chart_is_drawn_from_one_opaque_pixmap_decoded_once() -> None:
    # Qt draws a document's image as a pixmap: a QImage was copied into one at each draw
    # (two 4.4 MB copies of a chart at once). The pixmap is opaque (the PNG's alpha is
    # all 255), the format the PDF's JPEG is made from without a further copy.
    document = _ChartsDocument([_Chart(_png(*CHART_PIXELS), *CHART_PIXELS)])
    document.draw_charts()
    first = document.loadResource(QTextDocument.ResourceType.ImageResource.value, "chart:0")
    again = document.loadResource(QTextDocument.ResourceType.ImageResource.value, "chart:0")
    assert isinstance(first, QPixmap)
    assert (first.width(), first.height()) == CHART_PIXELS
    assert not first.hasAlphaChannel()
    assert isinstance(again, QPixmap)
    assert again.cacheKey() == first.cacheKey()  # decoded once while its page is drawn


@pytest.mark.parametrize("size", [CHART_PIXELS, (1800, 437), (1200, 500), (7, 3)])
def test_a_chart_takes_the_same_room_as_its_stand_in(size: tuple[int, int]) -> None:
    target = QBuffer()
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(target)
    writer.setResolution(300)
    document = _ChartsDocument([_Chart(_png(*size), *size)])
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(QSizeF(2000, 3000))
    document.setHtml('<p>Før</p><p><img src="chart:0" width="613"></p><p>Efter</p>')
    laid_out = document.documentLayout().documentSize()

    document.draw_charts()
    document.markContentsDirty(0, document.characterCount())

    assert document.documentLayout().documentSize() == laid_out
    assert laid_out.height() > 613 * size[1] / size[0]  # the picture is in the layout


def test_the_file_holds_every_chart_whole(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    report = build_report(
        journal, ReportKind.COACH, date(2026, 11, 1), date(2026, 11, 22), Language.DANISH
    )
    charts = [s.chart for s in report.sections if s.chart is not None]
    path = tmp_path / "coach.pdf"
    path.touch(mode=0o600)
    render_report_file(report, "pdf", path)

    listed = subprocess.run(
        ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]  # below the two lines of headings
    images = [line.split() for line in listed if line.split()[2] == "image"]
    assert len(charts) >= 3
    assert len(images) == len(charts)
    assert {(int(i[3]), int(i[4])) for i in images} == {CHART_PIXELS}
