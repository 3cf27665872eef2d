"""Choosing the file a report is written to, and saying why it was not written.

The save dialog says plainly that the file is not encrypted. The file itself is written
(0600, never over an existing one) together with an entry in the journal's consent log
naming what left, both or neither, by ``services.export_files.publish_report``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language

FORMATS = ("pdf", "md", "html")
_FILTERS = {"pdf": "PDF (*.pdf)", "md": "Markdown (*.md)", "html": "HTML (*.html)"}


def save_dialog_caption(language: Language) -> str:
    """The save dialog's title: the plain warning that the file is not encrypted."""
    return tr(strings.EXPORT_WARNING, language)


def export_folder() -> Path:
    """Where save and open dialogs start: the Documents folder if there is one, else home."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path.home()


def choose_export_file(
    parent: QWidget, language: Language, stem: str, fmt: str | None = None
) -> tuple[Path, str] | None:
    """Ask where to save; ``(path, format)`` or None if the user cancelled.

    With ``fmt`` given only that format is offered; otherwise the chosen file type
    decides. A name typed without a suffix gets the format's one.
    """
    folder = export_folder()
    offered = (fmt,) if fmt else FORMATS
    first = offered[0]
    filters = ";;".join(_FILTERS[f] for f in offered)
    chosen, selected_filter = QFileDialog.getSaveFileName(
        parent,
        save_dialog_caption(language),
        str(folder / f"{stem}.{first}"),
        filters,
        _FILTERS[first],
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = path.suffix.lower().lstrip(".")
    if fmt is None:
        by_filter = next((f for f, text in _FILTERS.items() if text == selected_filter), first)
        file_format = suffix if suffix in FORMATS else by_filter
    else:
        file_format = fmt
    if suffix != file_format:
        path = path.with_name(f"{path.name}.{file_format}")
    return path, file_format


def describe_write_error(exc: Exception, language: Language) -> str:
    if isinstance(exc, FileExistsError):
        return tr(words.FILE_EXISTS, language)
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return tr(words.NOT_WRITTEN, language).format(reason=reason)
    if isinstance(exc, WellbeingError):
        return tr(words.NOT_WRITTEN, language).format(reason=user_message(exc, language))
    return user_message(exc, language)
