"""The journal (or a period) as a new folder of Markdown files (issue #19).

The layout and the front matter are documented in ``docs/markdown-export.md``; our
Markdown import (``services/foreign/markdown.py``) reads the day files back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from wellbeing_desktop.domain.models import ExportRecord
    from wellbeing_desktop.services.journal import Journal


@dataclass(frozen=True, slots=True)
class MarkdownExport:
    """What a Markdown export wrote: how many files of each kind, and its consent entry."""

    folder: Path
    days: int
    one_on_ones: int
    sparring_topics: int
    record: ExportRecord


def export_markdown(
    journal: Journal, target: Path, start: date | None = None, end: date | None = None
) -> MarkdownExport:
    """Write the days from ``start`` to ``end`` (None: open-ended) as a new folder ``target``.

    The folder is built hidden beside ``target`` (0700, files 0600), the consent entry
    is committed, and only then is the folder given its name; a failure leaves nothing
    under ``target`` and nothing logged.

    Raises:
        FileExistsError: ``target`` exists (a file or a folder, even an empty one); it is
            left untouched and nothing is logged.
        OSError: the folder could not be written; nothing is left or logged.
        WellbeingError: the entry could not be recorded; nothing is left.
    """
    raise NotImplementedError  # issue #19: being written (contract for the CLI and GUI)
