"""A PDF whose layout ``pdf_info`` does not understand still becomes the report.

``pdf_info`` adds the subject, keywords, language and outline to the PDF Qt wrote, by
reading Qt's layout. Should a later Qt lay it out otherwise, the report is kept as Qt
wrote it (a sound PDF without those extras) and one log line says so: never
"unexpected error" and a lost report.
"""

from __future__ import annotations

import logging
import shutil
import stat
import subprocess
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import Journal, assert_ok
from wellbeing_desktop.reports import pdf_info
from wellbeing_desktop.reports.pdf_info import PdfInfo, PdfStructureError, add_info_or_keep

if TYPE_CHECKING:
    from pathlib import Path

CANARY = "okapicanary subject words"
NOT_QTS = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"  # no trailer at all


def test_a_pdf_it_cannot_read_is_kept_as_it_is_and_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "other.pdf"
    path.write_bytes(NOT_QTS)
    info = PdfInfo(subject=CANARY, keywords=CANARY, language="da")
    with pytest.raises(PdfStructureError):
        pdf_info.append_info(path, info, 842.0)

    with caplog.at_level(logging.DEBUG):
        added = add_info_or_keep(path, info, 842.0)

    assert added is False
    assert path.read_bytes() == NOT_QTS
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert CANARY not in record.getMessage()


def test_the_cli_report_succeeds_when_qts_pdf_is_not_understood(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pdf_info.append_info

    def unreadable(path: Path, info: PdfInfo, page_height: float) -> None:
        # The PDF as a Qt with another layout would write it: pdf_info cannot read it.
        data = path.read_bytes().replace(b"trailer", b"trail3r")
        path.write_bytes(data)
        try:
            real(path, info, page_height)
        finally:
            path.write_bytes(data.replace(b"trail3r", b"trailer"))

    monkeypatch.setattr(pdf_info, "append_info", unreadable)
    out = tmp_path / "coach.pdf"

    result = assert_ok(
        journal.run(
            "report", "--kind", "coach", "--from", "2025-03-03", "--to", "2025-03-16",
            "--format", "pdf", "--out", out,
        )
    )  # fmt: skip

    assert "unexpected" not in (result.stdout + result.stderr).lower()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, check=False)
    assert b"No syntax or stream encoding errors found" in check.stdout
