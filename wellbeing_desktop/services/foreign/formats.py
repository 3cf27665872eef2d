"""Which app's export a file is, and its entries one at a time (issue #19)."""

from __future__ import annotations

import errno
import os
import re
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign.daylio import read_daylio
from wellbeing_desktop.services.foreign.dayone import read_dayone
from wellbeing_desktop.services.foreign.jrnl import read_jrnl
from wellbeing_desktop.services.foreign.markdown import read_markdown

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wellbeing_desktop.domain.foreign_entries import ForeignEntry

COMMAND = "import"  # what a refusal of a file that is no regular file names (as user_files)
_HEAD_BYTES = 4096  # enough of a .json file to tell Day One's from jrnl's


class ImportFormat(StrEnum):
    """The journal apps whose exports can be imported.

    ``LEADER_PULSE`` is our own JSON export (``services/interchange.py``): it is detected
    here, but imported by ``Journal.import_content``, not by ``plan_import``/``run_import``.
    """

    LEADER_PULSE = "leader-pulse"
    JRNL = "jrnl"
    DAYONE = "dayone"
    DAYLIO = "daylio"
    MARKDOWN = "markdown"


def detect_format(path: str | Path) -> ImportFormat:
    """The app whose export ``path`` is, by its kind and name (and a .json file's start).

    Raises:
        ForeignFileError: it is none of the exports this app reads.
    """
    path = Path(path)
    check_kind(path)
    suffix = path.suffix.lower()
    if path.is_dir() or suffix in (".md", ".markdown"):
        return ImportFormat.MARKDOWN
    if suffix == ".csv":
        return ImportFormat.DAYLIO
    if suffix == ".zip":
        return ImportFormat.DAYONE
    if suffix == ".json":
        try:
            with path.open("rb") as stream:
                head = stream.read(_HEAD_BYTES)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise ForeignFileError(msg.FOREIGN_NOT_READ, path=path.name, reason=reason) from None
        if re.search(rb'"format"\s*:\s*"leader-pulse-export"', head):
            return ImportFormat.LEADER_PULSE
        if b'"metadata"' in head or b'"creationDate"' in head:
            return ImportFormat.DAYONE
        return ImportFormat.JRNL
    raise ForeignFileError(msg.FOREIGN_UNKNOWN_FORMAT, path=path.name)


def check_kind(path: Path) -> None:
    """Refuse a path that is not there, or is neither a folder nor a regular file.

    A FIFO that no one writes would make the read wait forever, a device never end.
    """
    if not path.exists():
        reason = os.strerror(errno.ENOENT)
        raise ForeignFileError(msg.FOREIGN_NOT_READ, path=path.name, reason=reason)
    if not (path.is_dir() or path.is_file()):
        raise ForeignFileError(msg.USER_FILE_NOT_REGULAR, name=COMMAND, path=path.name)


def read_entries(path: str | Path, fmt: ImportFormat) -> Iterator[ForeignEntry]:
    """The entries of the export at ``path``, in the file's order, one at a time."""
    if fmt is ImportFormat.LEADER_PULSE:
        raise ValueError("our own JSON export is imported by Journal.import_content")
    if fmt is ImportFormat.JRNL:
        return read_jrnl(path)
    if fmt is ImportFormat.DAYONE:
        return read_dayone(path)
    if fmt is ImportFormat.DAYLIO:
        return read_daylio(path)
    return read_markdown(path)
