"""Rendering a ``Report`` to Markdown, HTML or PDF.

The written file is not encrypted: exports from the app and the CLI use
``render_report_file`` through ``services.export_files.publish_and_record``, which writes
the file owner-only (0600), never over an existing file, and its consent-log entry as
one unit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_desktop.services.report_content import Report

FORMATS = ("pdf", "md", "html")


def render_bytes(report: Report, fmt: str) -> bytes:
    """The report as the bytes of a Markdown or HTML file (PDF: see ``render_report_file``)."""
    if fmt == "md":
        from wellbeing_desktop.reports.markdown import render_markdown

        return render_markdown(report).encode("utf-8")
    if fmt == "html":
        from wellbeing_desktop.reports.html import render_html

        return render_html(report).encode("utf-8")
    raise ValueError(f"not a text report format: {fmt!r}")


def render_report_file(report: Report, fmt: str, path: Path) -> None:
    """Render a report into an existing private file.

    Render ``report`` as ``fmt`` into the existing private file ``path`` (its content
    is replaced). For ``services.export_files.publish_and_record``, which names the file
    only once its consent entry is recorded.

    Raises:
        ValueError: an unknown format (a bug in the caller).
        OSError: the file could not be written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format: {fmt!r}")
    if fmt == "pdf":
        from wellbeing_desktop.reports.pdf import render_pdf

        render_pdf(report, Path(path))
        return
    Path(path).write_bytes(render_bytes(report, fmt))
