"""Rendering a ``Report`` to Markdown, HTML or PDF, and writing it as a private file.

The written file is not encrypted: it is made owner-only (0600), written atomically,
and never replaces an existing file. Exports from the app and the CLI use
``render_report_file`` through ``services.export_files.publish_and_record``, which writes
the file and its consent-log entry as one unit.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.files import write_private_file_atomic

if TYPE_CHECKING:
    from wellbeing_desktop.services.report_content import Report

FORMATS = ("pdf", "md", "html")


def render_bytes(report: Report, fmt: str) -> bytes:
    """The report as the bytes of a Markdown or HTML file (PDF: see ``write_report``)."""
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


def write_report(report: Report, fmt: str, path: Path) -> None:
    """Write ``report`` as ``fmt`` (pdf, md or html) to the new file ``path``, mode 0600.

    Raises:
        ValueError: an unknown format (a bug in the caller).
        FileExistsError: ``path`` exists; it is left untouched.
        OSError: the file could not be written; nothing is left behind.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format: {fmt!r}")
    target = Path(path)
    if fmt != "pdf":
        write_private_file_atomic(target, render_bytes(report, fmt), overwrite=False)
        return
    if os.path.lexists(target):
        raise FileExistsError(f"{target} already exists")
    from wellbeing_desktop.reports.pdf import render_pdf

    # Qt writes the PDF into a 0600 temporary file beside the target; the finished
    # bytes are then put in place atomically, so a failure never leaves half a PDF.
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        render_pdf(report, temp)
        write_private_file_atomic(target, temp.read_bytes(), overwrite=False)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
